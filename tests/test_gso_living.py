"""GSO living-standards and basic-services tables (data/rekey/gso_living.py).

Expected values are read by hand from the GSO tables in
../shared/data-candidates/gso-2018-choisy (the cell is named in a comment) and
compared with the tidy tables and with the series API.
"""
import pytest

from analysis import data, series

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
