"""GSO living-standards and basic-services tables (data/rekey/gso_living.py).

Expected values are read by hand from the GSO tables in
../shared/data-candidates/gso-2018-choisy (the cell is named in a comment) and
compared with the tidy tables and with the series API.
"""
import pytest

from analysis import data
from analysis.data import regions, series

POVERTY_PROVINCE = "Health__Culture_and_Living_Standard_Poverty_rate_by_province.csv"
POVERTY_REGION = "Health__Culture_and_Living_Standard_General_poverty_rate_by_region.csv"

NORTHERN_KER = ["ha-noi", "vinh-phuc", "bac-ninh", "quang-ninh", "hai-duong", "hai-phong",
                "hung-yen"]
# GSO, Average population by province (2018 edition), column "Total 2010", thousand:
POP_2010 = {"ha-noi": 6633.6, "vinh-phuc": 1007.6, "bac-ninh": 1044.2, "quang-ninh": 1157.2,
            "hai-duong": 1716.4, "hai-phong": 1857.8, "hung-yen": 1132.3}


def row(table, **where):
    frame = data.load(table)
    for col, want in where.items():
        frame = frame[frame[col] == want]
    assert len(frame) == 1, (table, where, len(frame))
    return frame.iloc[0]


def value(key, geo, year):
    frame = series.get(key, geo)
    frame = frame[frame["year"] == year]
    assert len(frame) == 1, (key, geo, year, len(frame))
    return frame.iloc[0]


# --- poverty rate ----------------------------------------------------------------------

@pytest.mark.parametrize("geo, year, expected, status, source", [
    # POVERTY_PROVINCE, row "Ha Giang", column "2010": 50.0
    ("ha-giang", 2010, 50.0, "final", "gso-poverty-province-2018"),
    # POVERTY_PROVINCE, row "Bac Ninh", column "Pre. 2016": 1.6
    ("bac-ninh", 2016, 1.6, "preliminary", "gso-poverty-province-2018"),
    # POVERTY_REGION, row "red_river_delta", column "X2011": "7.1" (not in the province table)
    ("red-river-delta", 2011, 7.1, "final", "gso-poverty-region-2018"),
    # POVERTY_REGION, row "whole_country", column "Pre..2016": "5.8"
    ("whole-country", 2016, 5.8, "preliminary", "gso-poverty-region-2018"),
])
def test_poverty_rate_hand_read(geo, year, expected, status, source):
    r = row("poverty_rate", geo=geo, year=year)
    assert (r["value"], r["status"], r["source"]) == (expected, status, source)
    s = value("poverty_rate", geo, year)
    assert s["value"] == pytest.approx(expected)
    assert s["method"] == "published"


def test_poverty_gap_stays_a_gap():
    # POVERTY_PROVINCE, row "Ho Chi Minh city", column "Pre. 2016": ".."
    assert 2016 not in set(series.get("poverty_rate", "ho-chi-minh-city")["year"])
    assert series.get("poverty_rate", "northern-ker").query("year == 2016").shape[0] == 1
    assert series.get("poverty_rate", "southern-ker").query("year == 2016").empty


def test_poverty_rate_of_northern_ker_is_population_weighted():
    # POVERTY_PROVINCE, column "2010": Ha Noi 5.3, Vinh Phuc 10.4, Bac Ninh 7.0,
    # Quang Ninh 8.0, Hai Duong 10.8, Hai Phong 6.5, Hung Yen 11.1
    rates = {"ha-noi": 5.3, "vinh-phuc": 10.4, "bac-ninh": 7.0, "quang-ninh": 8.0,
             "hai-duong": 10.8, "hai-phong": 6.5, "hung-yen": 11.1}
    expected = sum(rates[g] * POP_2010[g] for g in NORTHERN_KER) / sum(POP_2010.values())
    s = value("poverty_rate", "northern-ker", 2010)
    assert s["value"] == pytest.approx(expected)
    assert s["method"] == ("weighted by average population (pre-2019-census) "
                           "over 7 provinces")


# --- patient beds ----------------------------------------------------------------------

BEDS = "Health__Culture_and_Living_Standard_Number_of_patient_beds.csv"
BEDS_PROVINCE = ("Health__Culture_and_Living_Standard_Number_of_patient_beds_under_provincial_"
                 "departments_of_health_by_province.csv")


@pytest.mark.parametrize("geo, year, coverage, establishment, expected", [
    # BEDS, row "Number (Thous. Beds)";"TOTAL", column "2010": 246.30 thousand
    ("whole-country", 2010, "all", "total", 246300),
    # BEDS, row "Number (Thous. Beds)";"Hospital", column "2016": 232.30 thousand
    ("whole-country", 2016, "all", "hospital", 232300),
    # BEDS_PROVINCE, row "Ha Noi", column "2010 Total": 11536
    ("ha-noi", 2010, "provincial-health-departments", "total", 11536),
    # BEDS_PROVINCE, row "Vinh Phuc", column "2016 Hospital": 2915
    ("vinh-phuc", 2016, "provincial-health-departments", "hospital", 2915),
])
def test_hospital_beds_hand_read(geo, year, coverage, establishment, expected):
    r = row("hospital_beds", geo=geo, year=year, coverage=coverage,
            establishment=establishment)
    assert r["value"] == expected


def test_beds_series_hand_read():
    assert value("patient_beds", "whole-country", 2010)["value"] == 246300
    assert value("patient_beds_health_departments", "ha-noi", 2016)["value"] == 14336
    # BEDS_PROVINCE, row " WHOLE COUNTRY", column "2016 Total": 273066
    assert value("patient_beds_health_departments", "whole-country", 2016)["value"] == 273066
    # the national table has no province rows: no key-region figure from it
    assert series.get("patient_beds", "northern-ker").empty


def test_beds_of_northern_ker_are_summed():
    # BEDS_PROVINCE, column "2010 Total": Ha Noi 11536, Vinh Phuc 3810, Bac Ninh 2300,
    # Quang Ninh 2886, Hai Duong 4725, Hai Phong 5915, Hung Yen 2760
    expected = 11536 + 3810 + 2300 + 2886 + 4725 + 5915 + 2760
    s = value("patient_beds_health_departments", "northern-ker", 2010)
    assert s["value"] == expected == 33932
    assert s["method"] == "sum of 7 provinces"


def test_beds_per_10k_is_beds_over_population():
    # 11536 beds (above) over 6633.6 thousand persons (population 2010, Ha Noi)
    s = value("beds_per_10k", "ha-noi", 2010)
    assert s["value"] == pytest.approx(11536 / 6633.6 / 1000 * 10000)
    assert s["vintage"] == "pre-2019-census"
    nker = value("beds_per_10k", "northern-ker", 2010)
    assert nker["value"] == pytest.approx(33932 / sum(POP_2010.values()) * 10)
    assert "sum of 7 provinces" in nker["method"]


def test_gso_beds_per_10k_leaves_out_commune_and_office_units():
    # GSO's national "Bed per 10000 inhabitant" (BEDS, last "Number" row) is reproduced
    # within 0.06 by (all beds - commune units - office units) / average population.
    # BEDS rows "TOTAL", "Medical service units in communes, precincts", "... in offices,
    # enterprises", "Bed per 10000 inhabitant(**)", columns 2010-2016 (thousand beds):
    total = [246.3, 266.7, 275.1, 280.7, 295.8, 306.1, 305.7]
    commune = [50.3, 50.6, 50.7, 51.8, 52.1, 52.8, 52.2]
    office = [5.0, 5.0, 3.4, 5.0, 5.0, 5.0, 5.0]
    printed = [22.0, 24.0, 24.9, 25.0, 26.3, 27.1, 26.8]
    pop = series.get("population", "whole-country", vintage="pre-2019-census")
    pop = dict(zip(pop["year"], pop["value"]))
    for i, year in enumerate(range(2010, 2017)):
        beds = row("hospital_beds", geo="whole-country", year=year, coverage="all",
                   establishment="total")["value"]
        assert beds == pytest.approx(total[i] * 1000)
        rebuilt = (total[i] - commune[i] - office[i]) * 1000 / pop[year] * 10
        assert abs(rebuilt - printed[i]) < 0.06, year


# --- health establishments and schools -------------------------------------------------

ESTABLISHMENTS = ("Health__Culture_and_Living_Standard_Number_of_health_establishments_under_"
                  "provincial_departments_of_health_by_province.csv")
SCHOOLS = "Education_Number_of_school_of_general_education_as_of_30_September_by_province.csv"


@pytest.mark.parametrize("geo, year, kind, expected", [
    ("ha-noi", 2010, "total", 650),           # ESTABLISHMENTS, "Ha Noi", "2010 Total"
    ("vinh-phuc", 2016, "total", 162),        # ESTABLISHMENTS, "Vinh Phuc", "2016 Total"
    ("whole-country", 2016, "hospital", 1012),  # ESTABLISHMENTS, " WHOLE COUNTRY", "2016 Hospital"
])
def test_health_establishments_hand_read(geo, year, kind, expected):
    assert row("health_establishments", geo=geo, year=year, establishment=kind)["value"] \
        == expected
    if kind == "total":
        assert value("health_establishments", geo, year)["value"] == expected


def test_swapped_2016_columns_are_left_out():
    # ESTABLISHMENTS, " WHOLE COUNTRY": "2015 Regional polyclinic" 613, "2015 Sanatorium
    # ..." 34; "2016 Regional polyclinic" 35, "2016 Sanatorium ..." 602 (headers swapped)
    frame = data.load("health_establishments")
    kinds = set(frame[frame["year"] == 2016]["establishment"])
    assert kinds == {"total", "hospital", "medical-service-unit"}
    assert row("health_establishments", geo="whole-country", year=2015,
               establishment="regional-polyclinic")["value"] == 613


def test_establishments_of_northern_ker_are_summed():
    # ESTABLISHMENTS, column "2010 Total": Ha Noi 650, Vinh Phuc 161, Bac Ninh 139,
    # Quang Ninh 217, Hai Duong 293, Hai Phong 251, Hung Yen 178
    s = value("health_establishments", "northern-ker", 2010)
    assert s["value"] == 650 + 161 + 139 + 217 + 293 + 251 + 178
    assert s["method"] == "sum of 7 provinces"


def test_printed_region_total_is_kept_where_provinces_do_not_add_up():
    # ESTABLISHMENTS, column "2016 Total": "Northern midlands and mountain areas" 2965;
    # its 14 provinces sum to 2959 (Phu Tho prints 287 beside 16 hospitals and 277
    # medical service units)
    s = value("health_establishments", "northern-midlands-and-mountains", 2016)
    assert (s["value"], s["method"]) == (2965, "published")
    assert row("health_establishments", geo="phu-tho", year=2016,
               establishment="total")["value"] == 287
    frame = data.load("health_establishments")
    frame = frame[(frame["year"] == 2016) & (frame["establishment"] == "total")]
    members = [p.slug for p in regions.members("northern-midlands-and-mountains")]
    assert len(members) == 14
    assert frame[frame["geo"].isin(members)]["value"].sum() == 2959


@pytest.mark.parametrize("geo, year, level, expected", [
    ("ha-noi", 2010, "total", 1471),          # SCHOOLS, "Ha Noi", "2010 Total"
    ("hai-phong", 2016, "total", 468),        # SCHOOLS, "Hai Phong", "2016 Total"
    ("whole-country", 2016, "primary", 15052),  # SCHOOLS, " WHOLE COUNTRY", "2016 Primary"
])
def test_schools_hand_read(geo, year, level, expected):
    assert row("schools", geo=geo, year=year, level=level)["value"] == expected
    if level == "total":
        assert value("schools", geo, year)["value"] == expected


def test_schools_of_northern_ker_are_summed():
    # SCHOOLS, column "2016 Total": Ha Noi 1546, Vinh Phuc 362, Bac Ninh 327,
    # Quang Ninh 426, Hai Duong 609, Hai Phong 468, Hung Yen 380
    s = value("schools", "northern-ker", 2016)
    assert s["value"] == 1546 + 362 + 327 + 426 + 609 + 468 + 380 == 4118
    assert s["method"] == "sum of 7 provinces"


# --- dwelling area ---------------------------------------------------------------------

DWELLING_REGION = "Health__Culture_and_Living_Standard_Average_dwelling_area_per_capita_by_region.csv"
DWELLING_PROVINCE = ("Health__Culture_and_Living_Standard_Average_dwelling_area_per_capita_by_"
                     "type_of_house_and_by_province.csv")


@pytest.mark.parametrize("geo, year, house_type, expected, status, source", [
    # DWELLING_REGION, row "red_river_delta", column "X2010": "19.4"
    ("red-river-delta", 2010, "total", 19.4, "final", "gso-dwelling-area-region-2018"),
    # DWELLING_PROVINCE, row "Quang Ninh", column "Pre. 2016 Simple permanent house": 18.5
    ("quang-ninh", 2016, "simple-permanent", 18.5, "preliminary",
     "gso-dwelling-area-province-2018"),
    # DWELLING_PROVINCE, row "Can Tho", column "2014 Total": 20.2
    ("can-tho", 2014, "total", 20.2, "final", "gso-dwelling-area-province-2018"),
])
def test_dwelling_area_hand_read(geo, year, house_type, expected, status, source):
    r = row("dwelling_area", geo=geo, year=year, house_type=house_type)
    assert (r["value"], r["status"], r["source"]) == (expected, status, source)
    if house_type == "total":
        assert value("dwelling_area", geo, year)["value"] == pytest.approx(expected)


def test_dwelling_totals_printed_twice_are_keyed_once():
    # DWELLING_REGION "whole_country" "X2014" 21.4 = DWELLING_PROVINCE " WHOLE COUNTRY"
    # "2014 Total" 21.4: one row, from the region table
    r = row("dwelling_area", geo="whole-country", year=2014, house_type="total")
    assert (r["value"], r["source"]) == (21.4, "gso-dwelling-area-region-2018")
    # the province table has no 2010 by type; a gap stays a gap
    assert series.get("dwelling_area", "ha-noi")["year"].tolist() == [2014, 2016]


def test_dwelling_area_of_northern_ker_is_population_weighted():
    # DWELLING_PROVINCE, column "2014 Total": Ha Noi 25.1, Vinh Phuc 23.3, Bac Ninh 25.0,
    # Quang Ninh 24.1, Hai Duong 22.5, Hai Phong 18.5, Hung Yen 22.2; GSO, Average
    # population by province, column "Total 2014": 7095.9, 1041.9, 1131.2, 1199.4,
    # 1763.2, 1946.0, 1158.1 (thousand)
    area = [25.1, 23.3, 25.0, 24.1, 22.5, 18.5, 22.2]
    pop = [7095.9, 1041.9, 1131.2, 1199.4, 1763.2, 1946.0, 1158.1]
    expected = sum(a * p for a, p in zip(area, pop)) / sum(pop)
    s = value("dwelling_area", "northern-ker", 2014)
    assert s["value"] == pytest.approx(expected)
    assert round(s["value"], 1) == 23.5  # 360951.72 / 15335.7 = 23.537
    assert series.get("dwelling_area", "northern-ker")["year"].tolist() == [2014, 2016]


# --- monthly income per head by region -------------------------------------------------

INCOME_REGION = ("Health__Culture_and_Living_Standard_Monthly_average_income_per_capita_at_"
                 "current_prices_by_region.csv")
# INCOME_REGION, columns "X2010", "X2012", "X2014", "X2016" (thousand VND per month).
# Its 1999-2008 columns are outside the book's period; its 2010-2016 columns repeat the
# "General average" of income_by_quintile, so they are not keyed again: they must agree.
INCOME_BY_REGION = {
    "whole-country": [1387, 2000, 2637, 3049],
    "red-river-delta": [1580, 2351, 3265, 3610],
    "northern-midlands-and-mountains": [905, 1258, 1613, 2033],
    "north-central-and-central-coast": [1018, 1505, 1982, 2432],
    "central-highlands": [1088, 1643, 2008, 2562],
    "southeast": [2304, 3173, 4125, 4485],
    "mekong-river-delta": [1247, 1797, 2327, 2798],
}


@pytest.mark.parametrize("geo", sorted(INCOME_BY_REGION))
def test_income_by_region_agrees_with_the_quintile_table(geo):
    for year, expected in zip((2010, 2012, 2014, 2016), INCOME_BY_REGION[geo]):
        assert row("income_by_quintile", geo=geo, year=year, quintile=0)["value"] == expected
        s = value("income_per_capita", geo, year)
        assert (s["value"], s["method"]) == (expected, "published")


# --- R5/R1 as printed by GSO -----------------------------------------------------------

R5R1 = ("Health__Culture_and_Living_Standard_Difference_between_the_highest_income_quintile_"
        "and_the_lowest_income_quintile_on_monthly_average_income_per_capita_at_current_"
        "prices_by_province.csv")
QUINTILES = ("Health__Culture_and_Living_Standard_Monthly_average_income_per_capita_at_"
             "current_prices_by_income_quintile_and_by_province.csv")


@pytest.mark.parametrize("geo, year, expected, status", [
    ("whole-country", 2010, 9.2, "final"),    # R5R1, " WHOLE COUNTRY", "2010 The highest ... (Time)"
    ("ha-noi", 2016, 8.5, "preliminary"),     # R5R1, "Ha Noi", "Pre. 2016 The highest ... (Time)"
    ("bac-ninh", 2014, 6.5, "final"),         # R5R1, "Bac Ninh", "2014 The highest ... (Time)"
])
def test_r5r1_gso_hand_read(geo, year, expected, status):
    r = row("r5r1_gso", geo=geo, year=year)
    assert (r["value"], r["status"]) == (expected, status)
    s = value("r5_r1_gso", geo, year)
    assert (s["value"], s["method"]) == (expected, "published")
    assert series.get("r5_r1_gso", "northern-ker").empty  # rule "none"


#: (geo, 2016): richest fifth's income as printed in QUINTILES and in R5R1 ("Pre. 2016
#: Quintile 5" and "Pre. 2016 Monthly average income ... The highest income quintile").
TRANSPOSED_2016 = {"vinh-phuc": (6280, 6208), "ha-nam": (7540, 5740),
                   "thai-nguyen": (6973, 6937), "quang-tri": (4476, 4467)}


def test_r5r1_gso_against_our_ratio_of_quintile_means():
    """GSO prints R5/R1 to one decimal from its unrounded quintile means; ours divides the
    printed (rounded) means. Where the two differ after rounding, the printed ratio must be
    reachable by means within +-0.5 of the printed ones. The richest fifths the two GSO
    tables print with transposed digits are read from the R5/R1 table
    (data.income_quintiles), so no province is left unexplained."""
    inc = data.income_quintiles().set_index(["geo", "year", "quintile"])["value"]
    differ, unexplained = [], []
    for _, r in data.load("r5r1_gso").iterrows():
        ours = data.income_inequality(r["geo"], r["year"], "published")["r5_r1"]
        assert ours == pytest.approx(inc[(r["geo"], r["year"], 5)]
                                     / inc[(r["geo"], r["year"], 1)])
        if abs(ours - r["value"]) < 0.05:
            continue
        differ.append((r["geo"], r["year"]))
        q1, q5 = inc[(r["geo"], r["year"], 1)], inc[(r["geo"], r["year"], 5)]
        low, high = (q5 - 0.5) / (q1 + 0.5), (q5 + 0.5) / (q1 - 0.5)
        if not (low < r["value"] + 0.05 and high >= r["value"] - 0.05):
            unexplained.append((r["geo"], r["year"]))
    assert unexplained == []
    assert len(differ) < 0.1 * len(data.load("r5r1_gso"))


def test_transposed_2016_incomes():
    # QUINTILES, "Ha Nam": "Pre. 2016 Quintile 1" 944, "Pre. 2016 Quintile 5" 7540;
    # R5R1, "Ha Nam": 944.0, 5740.0, ratio 6.1. 5740 / 944 = 6.08; 7540 / 944 = 7.99.
    # QUINTILES, "Thai Nguyen": Q1 896, Q5 6973; R5R1: 896.0, 6937.0, ratio 7.7
    # (6937 / 896 = 7.74; 6973 / 896 = 7.78).
    for geo, (in_quintile_table, in_r5r1_table) in TRANSPOSED_2016.items():
        assert row("income_by_quintile", geo=geo, year=2016, quintile=5)["value"] \
            == in_quintile_table
        assert sorted(str(int(in_quintile_table))) == sorted(str(in_r5r1_table))
    assert round(5740 / 944, 1) == value("r5_r1_gso", "ha-nam", 2016)["value"] == 6.1
    # the book reads the R5/R1 table's figure: with it the five quintile means average to the
    # general average GSO prints (2814), with the quintile table's they do not
    assert data.income_inequality("ha-nam", 2016, "published")["r5_r1"] == \
        pytest.approx(5740 / 944)
    q = data.income_quintiles()
    ha_nam = q[(q["geo"] == "ha-nam") & (q["year"] == 2016)].set_index("quintile")["value"]
    assert ha_nam[5] == 5740 and "7,540" in q[(q["geo"] == "ha-nam") & (q["year"] == 2016)
                                             & (q["quintile"] == 5)]["resolved"].iloc[0]
    assert abs(ha_nam[1:].mean() / ha_nam[0] - 1) < 0.005
    assert abs((ha_nam[1:].sum() - 5740 + 7540) / 5 / ha_nam[0] - 1) > 0.1
    assert (q["resolved"] != "").sum() == len(TRANSPOSED_2016)
    assert round(6937 / 896, 1) == value("r5_r1_gso", "thai-nguyen", 2016)["value"] == 7.7


# --- some key social indicators --------------------------------------------------------

SOCIAL = "Health__Culture_and_Living_Standard_Some_key_social_indicators.csv"


@pytest.mark.parametrize("indicator, year, expected, status", [
    ("hdi", 2010, 0.649, "final"),              # SOCIAL, "Human Development Index (HDI)", "2010"
    ("life_expectancy", 2016, 73.39, "preliminary"),  # "Life expectancy at birth (Year)", "Prel. 2016"
    ("doctors_per_10k", 2013, 7.6, "final"),    # "Doctor  per 10,000 inhabitants (Person)", "2013"
    ("households_hygienic_water", 2014, 93.0, "final"),  # "Percentage of household having hygienic water (%)"
])
def test_social_indicators_hand_read(indicator, year, expected, status):
    r = row("social_indicators", geo="whole-country", year=year, indicator=indicator)
    assert (r["value"], r["status"]) == (expected, status)
    s = value(indicator, "whole-country", year)
    assert s["value"] == pytest.approx(expected)


def test_social_indicator_gaps_stay_gaps():
    # SOCIAL, "Percentage of household using electricity (%)", columns "2013", "2015": ".."
    years = series.get("households_electricity", "whole-country")["year"].tolist()
    assert years == [2010, 2012, 2014, 2016]
    assert series.get("hdi", "northern-ker").empty


def test_social_indicators_repeat_the_other_tables():
    social = data.load("social_indicators").set_index(["indicator", "year"])["value"]
    for year in (2010, 2012, 2013, 2014, 2015, 2016):
        assert social[("poverty_rate", year)] == \
            row("poverty_rate", geo="whole-country", year=year)["value"]
        # printed beside the bed counts in the national beds table ("Bed per 10000
        # inhabitant(**) (Bed)": 22.00 24.00 24.90 25.00 26.30 27.10 26.80 for 2010-2016)
        assert social[("beds_per_10k", year)] == \
            {2010: 22.0, 2012: 24.9, 2013: 25.0, 2014: 26.3, 2015: 27.1, 2016: 26.8}[year]
    for year in (2010, 2012, 2014, 2016):
        assert social[("income_per_capita", year)] == \
            row("income_by_quintile", geo="whole-country", year=year, quintile=0)["value"]
        assert social[("gini", year)] == \
            row("gini_gso", geo="whole-country", year=year, area="total")["value"]
        assert social[("dwelling_area", year)] == \
            row("dwelling_area", geo="whole-country", year=year, house_type="total")["value"]


# --- the tables validate, and bad rows are refused -------------------------------------

TABLES = ["poverty_rate", "hospital_beds", "health_establishments", "schools",
          "dwelling_area", "r5r1_gso", "social_indicators"]


def test_validate_command_passes():
    import subprocess
    import sys
    from pathlib import Path
    done = subprocess.run([sys.executable, "-m", "analysis", "validate"],
                          cwd=Path(__file__).resolve().parents[1], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    assert "data package valid" in done.stdout


@pytest.mark.parametrize("table", TABLES)
def test_tables_have_schema_sources_and_keys(table):
    res = data.resource(table)
    assert res["schema"]["primaryKey"][:2] == ["geo", "year"]
    refs = {fk["reference"]["resource"] for fk in res["schema"]["foreignKeys"]}
    assert refs == {"geographies", "sources"}
    for sid in set(data.load(table)["source"]):
        src = data.source_of(sid)
        assert src["publisher"].startswith("General Statistics Office") and src["title"]


def test_a_poverty_rate_above_100_is_refused(tmp_path):
    import shutil
    from pathlib import Path
    root = Path(__file__).resolve().parents[1] / "data"
    dest = tmp_path / "data"
    shutil.copytree(root, dest, ignore=shutil.ignore_patterns("rekey"))
    path = dest / "poverty_rate.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[1].startswith("an-giang,2010,9.2,")
    lines[1] = lines[1].replace(",9.2,", ",192,")
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(data.DataError) as info:
        data.load("poverty_rate", dest / "datapackage.json")
    assert (info.value.line, info.value.column) == (2, "value")
    assert "poverty_rate.csv, line 2, column 'value'" in str(info.value)
