"""GSO labour, insurance, budget and national-accounts tables (2018 edition) against
cells read by hand from the candidate files in ../shared/data-candidates/gso-2018-choisy.

Each expected value below is copied from the candidate CSV; the comment names the
file (abbreviated), the row label and the column header of the cell.
"""
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import data
from analysis.compute import indicators
from analysis.data import series
from support.tables import cell

ROOT = Path(__file__).resolve().parents[1]


#: The vintage of GSO's 2018 edition in the tables that also hold the revised series.
OLD = "pre-2019-census"


def api(key: str, geo: str, year: int, vintage: str | None = None) -> dict:
    frame = series.get(key, geo, vintage)
    frame = frame[frame["year"] == year]
    assert len(frame) == 1, f"{key} {geo} {year}: {len(frame)} rows"
    return frame.iloc[0].to_dict()


# --- labour force ------------------------------------------------------------------------

@pytest.mark.parametrize("geo, year, value, status", [
    ("ha-noi", 2015, 3820.9, "final"),             # Labour_force...: "Ha Noi", "2015"
    ("bac-ninh", 2016, 666.9, "preliminary"),      # "Bac Ninh", "Prel. 2016"
    ("whole-country", 2010, 50392.9, "final"),     # " WHOLE COUNTRY", "2010"
])
def test_labour_force_cells(geo, year, value, status):
    row = cell("labour_force", geo=geo, year=year, vintage=OLD)
    assert row["value"] == pytest.approx(value)
    assert row["status"] == status
    got = api("labour_force", geo, year, OLD)
    assert got["value"] == pytest.approx(value) and got["method"] == "published"


def test_labour_force_of_northern_ker_is_hand_summed():
    # Labour_force..., column "2015": Ha Noi 3820.9, Vinh Phuc 631.4, Bac Ninh 661.7,
    # Quang Ninh 692.4, Hai Duong 1037.5, Hai Phong 1128.1, Hung Yen 702.4
    # 3820.9 + 631.4 + 661.7 + 692.4 + 1037.5 + 1128.1 + 702.4 = 8674.4
    got = api("labour_force", "northern-ker", 2015, OLD)
    assert got["value"] == pytest.approx(8674.4)
    assert got["method"] == "sum of 7 provinces"
    assert got["status"] == "final"
    # "Prel. 2016" columns make the 2016 aggregate preliminary
    assert api("labour_force", "northern-ker", 2016, OLD)["status"] == "preliminary"


# --- employed share -----------------------------------------------------------------------

@pytest.mark.parametrize("geo, year, value, status", [
    ("ha-noi", 2015, 51.9, "final"),               # Percentage_of_employed...: "Ha Noi", "2015"
    ("hai-phong", 2010, 55.3, "final"),            # "Hai Phong", "2010"
    ("whole-country", 2016, 57.5, "preliminary"),  # " WHOLE COUNTRY", "Prel. 2016"
])
def test_employed_share_cells(geo, year, value, status):
    row = cell("employed_share", geo=geo, year=year)
    assert (row["value"], row["status"]) == (pytest.approx(value), status)
    assert api("employed_share", geo, year)["value"] == pytest.approx(value)


def test_employed_share_of_a_ker_is_weighted_by_population():
    # Percentage_of_employed..., column "2015", the Central KER's five provinces:
    # Thua Thien-Hue 53.7, Da Nang 50.9, Quang  Nam 58.3, Quang  Ngai 59.5, Binh Dinh 58.7;
    # Average_population..., column "Total 2015": 1141.7, 1026.8, 1479.8, 1246.4, 1520.2
    shares = [53.7, 50.9, 58.3, 59.5, 58.7]
    pops = [1141.7, 1026.8, 1479.8, 1246.4, 1520.2]
    # 61309.29 + 52264.12 + 86272.34 + 74160.8 + 89235.74 = 363242.29 over 6414.9
    assert sum(s * p for s, p in zip(shares, pops)) == pytest.approx(363242.29)
    assert sum(pops) == pytest.approx(6414.9)
    expected = 363242.29 / 6414.9  # = 56.6248
    got = api("employed_share", "central-ker", 2015)
    assert got["value"] == pytest.approx(expected)
    assert got["value"] == pytest.approx(56.6248, abs=1e-4)
    # shares of the pre-2019-census vintage are weighted by the population of the same
    # vintage (the population table also holds the revised, post-census series)
    assert got["method"].startswith("weighted by average population (pre-2019-census)")


def test_no_count_of_employed_persons_is_derived():
    # the share times the population exceeds the labour force in Thai Nguyen 2015:
    # 59.9 % x 1215.3 = 727.96 > 725.5 (Labour_force..., "Thai  Nguyen", "2015"),
    # so the share's denominator is not exactly this population
    assert cell("employed_share", geo="thai-nguyen", year=2015)["value"] == 59.9
    assert cell("labour_force", geo="thai-nguyen", year=2015, vintage=OLD)["value"] == 725.5
    assert "employed" not in series.keys()


# --- trained share ------------------------------------------------------------------------

@pytest.mark.parametrize("geo, year, value, status", [
    ("ha-noi", 2015, 39.4, "final"),               # Percentage_of_trained...: "Ha Noi", "2015"
    ("da-nang", 2016, 40.9, "preliminary"),        # "Da Nang", "Prel. 2016"
    ("ca-mau", 2010, 5.8, "final"),                # "Ca Mau", "2010"
])
def test_trained_share_cells(geo, year, value, status):
    row = cell("trained_share", geo=geo, year=year, vintage=OLD)
    assert (row["value"], row["status"]) == (pytest.approx(value), status)
    assert api("trained_share", geo, year, OLD)["value"] == pytest.approx(value)


def test_trained_share_of_northern_ker_is_weighted_by_labour_force():
    # Percentage_of_trained..., "2015": Ha Noi 39.4, Vinh Phuc 22.5, Bac Ninh 24.2,
    # Quang Ninh 35.6, Hai Duong 18.8, Hai Phong 31.8, Hung Yen 21.5; weights: the
    # labour force cells of the sum test above (total 8674.4)
    # 150543.46 + 14206.5 + 16013.14 + 24649.44 + 19505.0 + 35873.58 + 15101.6
    #   = 275892.72; / 8674.4 = 31.8054
    got = api("trained_share", "northern-ker", 2015, OLD)
    assert got["value"] == pytest.approx(275892.72 / 8674.4)
    assert got["value"] == pytest.approx(31.8054, abs=1e-4)
    assert got["method"].startswith("weighted by labour force")


def test_labour_force_weights_reproduce_gsos_regional_trained_share():
    # Percentage_of_trained..., "Red River Delta", "2015": 27.5 as GSO prints it;
    # the labour-force-weighted mean of its 11 provinces comes within 0.15 point
    assert series.get("trained_share", "red-river-delta", OLD)\
        .set_index("year").loc[2015, "value"] == pytest.approx(27.5)
    pooled = series.from_provinces("trained_share", "red-river-delta", OLD)
    assert pooled.set_index("year").loc[2015, "value"] == pytest.approx(27.5, abs=0.15)


# --- unemployment -------------------------------------------------------------------------

@pytest.mark.parametrize("geo, year, indicator, age, value, status", [
    # Unemployment_and_underemployment...: row "2015";"Red River Delta",
    # column "Unemployment rate General"
    ("red-river-delta", 2015, "unemployment", "total", 2.42, "final"),
    # row "Prel. 2016";"Whole country", column "Unemployment rate General"
    ("whole-country", 2016, "unemployment", "total", 2.30, "preliminary"),
    # row "2014";"Mekong River Delta", column "Underemployment rate General"
    ("mekong-river-delta", 2014, "underemployment", "total", 4.20, "final"),
    # row "2015";"Whole country", column "Unemployment rate 15-24"
    ("whole-country", 2015, "unemployment", "15-24", 7.03, "final"),
])
def test_unemployment_cells(geo, year, indicator, age, value, status):
    row = cell("unemployment", geo=geo, year=year, indicator=indicator, age_group=age)
    assert (row["value"], row["status"], row["area"]) == (pytest.approx(value), status, "total")
    key = {("unemployment", "total"): "unemployment_rate",
           ("unemployment", "15-24"): "unemployment_rate_15_24",
           ("underemployment", "total"): "underemployment_rate"}[(indicator, age)]
    assert api(key, geo, year)["value"] == pytest.approx(value)


def test_unemployment_has_no_ker_figure():
    # region-level table: no province figures to add up, so a KER stays empty
    assert series.get("unemployment_rate", "northern-ker").empty


# --- national tables ----------------------------------------------------------------------

@pytest.mark.parametrize("industry, year, value, status", [
    ("total", 2015, 79.4, "final"),                # Productivity...: "TOTAL", "2015"
    ("A", 2010, 16.3, "final"),      # "Agriculture, forestry and fishing", "2010"
    ("C", 2016, 72.4, "preliminary"),              # "Manufacturing", "Prel. 2016"
])
def test_productivity_cells(industry, year, value, status):
    row = cell("productivity_national", industry=industry, year=year)
    assert (row["value"], row["status"]) == (pytest.approx(value), status)
    if industry == "total":
        assert api("labour_productivity_gso", "whole-country", year)["value"] == \
            pytest.approx(value)


@pytest.mark.parametrize("measure, scheme, year, value, unit, key", [
    # Social_insurance...: "Number of insured persons (Thous. persons) - Social insurance", "2010"
    ("insured", "social", 2010, 9682.6, "thousand persons", "si_insured"),
    # "Total expenditure (Bill. dongs)", "2015"
    ("expenditure", "all", 2015, 201533.0, "billion VND", "insurance_spending"),
    # "Number of monthly unemployment insurance beneficiaries (Person)", "2012"
    ("monthly_beneficiaries", "unemployment", 2012, 611543.0, "persons", None),
    # "Total revenue (Bill. dongs) - Health insurance", "2013"
    ("revenue", "health", 2013, 50233.0, "billion VND", "hi_revenue"),
])
def test_insurance_cells(measure, scheme, year, value, unit, key):
    row = cell("insurance_national", measure=measure, scheme=scheme, year=year)
    assert (row["value"], row["unit"]) == (pytest.approx(value), unit)
    if key:
        assert api(key, "whole-country", year)["value"] == pytest.approx(value)


def test_insurance_table_has_no_2011_and_growth_skips_it():
    # the table's columns are 2010, 2012, 2013, 2014, 2015; GSO's 2018 yearbook adds 2017
    frame = series.get("si_insured", "whole-country").set_index("year")["value"]
    assert list(frame.index) == [2010, 2012, 2013, 2014, 2015, 2017]
    growth = indicators.growth_rate(frame)
    assert growth.isna()[2010] and growth.isna()[2012]  # no two-year growth for 2012
    assert growth.isna()[2017]  # nor over the missing 2016
    # 10565.4 -> 11057.4: 492.0 / 10565.4 = 4.6567 %
    assert growth[2013] == pytest.approx(4.6567, abs=1e-4)


def test_insurance_spending_over_gdp_2015():
    # Social_insurance...: "Total expenditure (Bill. dongs)", "2015" = 201533.0
    # Key_indicators...: "Gross domestic product at current prices (Bill. Dongs)",
    # "2015" = 4192862.00; 201533 / 4192862 = 4.8066 %
    spend = api("insurance_spending", "whole-country", 2015)["value"]
    gdp = api("gdp_current_gso", "whole-country", 2015)["value"]
    assert indicators.insurance_gdp_ratio(spend, gdp) == pytest.approx(4.8066, abs=1e-4)


@pytest.mark.parametrize("item, measure, year, value, status", [
    # State_budget...: "Pension and social relief", "Total (Bill.dongs) 2010"
    ("pension_social_relief", "amount", 2010, 64218.0, "final"),
    # "Pension and social relief", "Structue (%) Pre. 2015"
    ("pension_social_relief", "share", 2015, 10.27, "preliminary"),
    # "Pension and social relief", "Total (Bill.dongs) Est.2016"
    ("pension_social_relief", "amount", 2016, 122905.0, "estimate"),
    # "TOTAL EXPENDITURE", "Total (Bill.dongs) 2014"
    ("total", "amount", 2014, 1103983.0, "final"),
])
def test_budget_cells(item, measure, year, value, status):
    row = cell("budget_national", item=item, measure=measure, year=year)
    assert (row["value"], row["status"]) == (pytest.approx(value), status)
    key = {("pension_social_relief", "amount"): "budget_pension_social_relief",
           ("pension_social_relief", "share"): "budget_pension_social_relief_share",
           ("total", "amount"): "budget_total"}[(item, measure)]
    got = api(key, "whole-country", year)
    assert (got["value"], got["status"]) == (pytest.approx(value), status)


def test_budget_keeps_only_the_total_and_social_lines():
    assert set(data.load("budget_national")["item"]) == {
        "total", "social_economic_services", "education_training", "health_care",
        "pension_social_relief"}


@pytest.mark.parametrize("item, year, value, status, key", [
    # Key_indicators...: "Gross domestic product at current prices (Bill. Dongs)", "2015"
    ("gdp_current", 2015, 4192862.0, "final", "gdp_current_gso"),
    # "Growth rate of GDP at constant 2010 prices(Previous year = 100) (%)", "2010"
    ("gdp_growth", 2010, 6.42, "final", "gdp_growth_gso"),
    # "Per capita gross domestic product ... (USD)", "Prel.2016"
    ("gdp_per_capita_usd", 2016, 2215.0, "preliminary", "gdp_per_capita_usd_gso"),
])
def test_national_accounts_cells(item, year, value, status, key):
    row = cell("national_accounts_gso", item=item, year=year)
    assert (row["value"], row["status"], row["vintage"]) == \
        (pytest.approx(value), status, "pre-revision")
    assert api(key, "whole-country", year)["value"] == pytest.approx(value)


def test_gdp_growth_from_constant_prices_matches_the_printed_rate():
    # Key_indicators...: GDP at constant 2010 prices "2015" 2875856, "2014" 2695796;
    # 2875856 / 2695796 = 1.066793 -> 6.68 %, as printed in the growth row ("2015": 6.68)
    gdp = series.get("gdp_constant_gso", "whole-country").set_index("year")["value"]
    assert indicators.growth_rate(gdp)[2015] == pytest.approx(6.68, abs=0.005)


# --- the package and the series registry --------------------------------------------------

NEW_TABLES = ["labour_force", "employed_share", "trained_share", "unemployment",
              "productivity_national", "insurance_national", "budget_national",
              "national_accounts_gso"]


@pytest.mark.parametrize("table", NEW_TABLES)
def test_tables_have_schema_source_and_key(table):
    res = data.resource(table)
    assert res["schema"]["primaryKey"][:2] == ["geo", "year"]
    assert res["licenses"] and res["sources"][0]["title"].startswith(
        "General Statistics Office of Viet Nam")
    for source in set(data.load(table)["source"]):
        assert data.source_of(source)["publisher"] == "General Statistics Office of Viet Nam (GSO)"


def test_series_components_and_rules():
    rules = {k: (series.spec(k).component, series.spec(k).aggregate, series.spec(k).weight)
             for k in ("labour_force", "employed_share", "trained_share", "unemployment_rate",
                       "si_insured", "gdp_current_gso")}
    assert rules == {"labour_force": ("labour", "sum", None),
                     "employed_share": ("labour", "weighted", "population"),
                     "trained_share": ("labour", "weighted", "labour_force"),
                     "unemployment_rate": ("labour", "none", None),
                     "si_insured": ("insurance", "none", None),
                     "gdp_current_gso": ("growth", "none", None)}


def test_validate_command_passes():
    out = subprocess.run([sys.executable, "-m", "analysis", "validate"], cwd=ROOT,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "data package valid" in out.stdout


# --- the re-keying script ------------------------------------------------------------------

def _rekey_module():
    from rekey import gso_labour

    return gso_labour


def test_rekey_reproduces_the_committed_tables(tmp_path, monkeypatch):
    rekey = _rekey_module()
    if not rekey.SRC.exists():
        pytest.skip("the candidate files are not on this machine")
    from rekey.common import write_table

    specs = {r["name"]: r for r in rekey.schemas()}
    for name, reader in rekey.READERS.items():
        write_table(name, rekey.TABLE_COLUMNS[name], reader(),
                    key=specs[name]["schema"]["primaryKey"], folder=tmp_path)
        assert (tmp_path / f"{name}.csv").read_bytes() == \
            (ROOT / "data" / f"{name}.csv").read_bytes(), name


def test_rekey_names_file_and_row_of_an_unknown_province(tmp_path, monkeypatch):
    rekey = _rekey_module()
    name = rekey.TABLES["gso-labour-force-province-2018"][0]
    (tmp_path / name).write_text(
        '\ufeff"Labour force at 15 years of age and above by province by Cities"\n\n'
        '"Cities, provincies";"2015"\n" WHOLE COUNTRY";53984.2\n"Atlantis";12.0\n',
        encoding="utf-8")
    monkeypatch.setattr(rekey, "SRC", tmp_path)
    with pytest.raises(rekey.RekeyError, match=rf"{name}, row 'Atlantis': unknown place"):
        rekey.labour_force()


def test_rekey_reports_a_province_missing_in_a_year(tmp_path, monkeypatch):
    rekey = _rekey_module()
    name = rekey.TABLES["gso-trained-share-province-2018"][0]
    (tmp_path / name).write_text(
        '"Percentage of trained employed workers at 15 years of age and above by province"'
        '\n\n"Cities, provincies";"2015"\n" WHOLE COUNTRY";19.9\n"Ha Noi";39.4\n',
        encoding="utf-8")
    monkeypatch.setattr(rekey, "SRC", tmp_path)
    with pytest.raises(rekey.RekeyError, match=r"2015: no row for an-giang"):
        rekey.trained_share()


@pytest.mark.parametrize("ker", ["northern-ker", "central-ker", "southern-ker",
                                 "mekong-delta-ker"])
def test_labour_force_weights_move_a_kers_unemployment_rate_little(ker):
    # the catalogue's note on unemployment_rate_province: weighting the provinces' rates
    # by the labour force aged 15+ (V02.34) instead of employed persons moves a KER's
    # rate by less than 0.06 point in 2018-2021
    from analysis.data import regions
    provinces = [p.slug for p in regions.provinces() if p.ker == ker]
    rate = series.get("unemployment_rate_province", provinces)
    for year, vintage in [(2018, "post-2019-census"), (2019, "post-2019-census"),
                          (2020, "post-2019-census"), (2021, "icls-19")]:
        def weights(key):
            frame = series.get(key, provinces, vintage)
            return frame[frame["year"] == year].set_index("geo")["value"]
        r = rate[(rate["year"] == year) & (rate["vintage"] == vintage)].set_index("geo")["value"]
        assert len(r) == len(provinces)
        lf, em = weights("labour_force").reindex(r.index), weights("employed_persons").reindex(r.index)
        assert lf.notna().all() and em.notna().all()
        by_employed = series.get("unemployment_rate_province", ker, vintage)
        by_employed = by_employed.set_index("year").loc[year, "value"]
        assert by_employed == pytest.approx((r * em).sum() / em.sum())
        assert abs((r * lf).sum() / lf.sum() - by_employed) < 0.06
