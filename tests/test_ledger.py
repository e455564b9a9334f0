"""The reproduction ledger: public values checked by hand against the cells of the source
tables, and the verdict rules at the boundaries of each tolerance."""
import math

import pytest

from analysis import data
from analysis.data import regions
from analysis.pages import ledger
from analysis.pages import quantities as Q


@pytest.fixture(scope="module")
def table():
    return ledger.ledger().set_index("claim")


#: The Northern KER's provinces, as the thesis names them.
NORTHERN = {"ha-noi", "hai-phong", "quang-ninh", "hai-duong", "hung-yen", "vinh-phuc",
            "bac-ninh"}


def _provinces_weighted(table_name, year, weight="population", vintage="pre-2019-census",
                        geos=None, **match):
    """A table's values for the 63 provinces in a year, weighted by the population (or
    labour force) of ``vintage`` (by default the one before the 2019 census): read from
    the CSV files here, not through the book's series code. A table with vintages is read
    in the same vintage."""
    import pandas as pd
    from analysis.data.paths import DATA_DIR

    provinces = geos or {g.slug for g in regions.provinces()}
    values = pd.read_csv(DATA_DIR / f"{table_name}.csv")
    values = values[(values["year"] == year) & values["geo"].isin(provinces)]
    if "vintage" in values:
        values = values[values["vintage"] == vintage]
    for col, want in match.items():
        values = values[values[col] == want]
    w = pd.read_csv(DATA_DIR / f"{weight}.csv")
    w = w[(w["year"] == year) & w["geo"].isin(provinces) & (w["vintage"] == vintage)]
    both = values.merge(w[["geo", "value"]], on="geo", suffixes=("", "_w"))
    assert len(both) == len(provinces)
    return float((both["value"] * both["value_w"]).sum() / both["value_w"].sum())


def _claim(cid):
    claims = data.load("ledger_claims")
    return claims[claims["claim"] == cid].iloc[0].to_dict()


# --- public values, by hand from the CSV cells ----------------------------------------

def test_gso_gini_is_the_published_cell(table):
    # gini_gso.csv: whole-country,2010,total,0.433 / whole-country,2016,total,0.436 (preliminary)
    # / red-river-delta,2016,total,0.407
    assert table.loc["T08", "public"] == 0.433
    assert table.loc["T09", "public"] == 0.436
    assert table.loc["T12", "public"] == 0.407


def test_press_gini_2020(table):
    # press_living_standards.csv: gini,whole-country,2020,...,0.375 (printed "0,375")
    assert table.loc["T10", "public"] == 0.375


def test_press_figures_in_the_claims_unit(table):
    # press_insurance.csv: si_voluntary_participants,whole-country,2019,...,551000 persons
    assert table.loc["D07", "public"] == pytest.approx(551.0)
    # document_figures.csv: "more than 93.6 million people were enrolled in health insurance"
    # (2023), over labour_national.csv: population, whole-country, 2023, post-2019-census,
    # 100309.20866603316 thousand: a lower bound, and the printed 93.35 % lies above it
    assert table.loc["D03", "public"] == pytest.approx(100 * 93.6 / 100.30920866603316)
    assert table.loc["D03", "public_bound"] == "at least"
    assert table.loc["D03", "verdict"] == "reproduced"


def test_non_participants_from_labour_force_and_participants(table):
    # labour_national.csv: labour_force, whole-country, 2023, annual (mean of four quarters)
    # 52371.402 thousand; press_insurance.csv: si_participants, 2023, 18,250,000 persons
    assert table.loc["D20", "public"] == pytest.approx(52.371402 - 18.25)
    assert table.loc["D20", "verdict"] == "close"  # 34.1 is 2.5 % short of 'over 35'


def test_health_insurance_coverage_from_participants_and_population(table):
    # press_insurance.csv: hi_participants, 2019, 85,390,000 persons; labour_national.csv:
    # population, whole-country, 2019, 96483.981 thousand (post-2019-census)
    assert table.loc["D08", "public"] == pytest.approx(100 * 85.39 / 96.483981)
    assert table.loc["D08", "verdict"] == "close"


def test_income_gap_2010_by_hand(table):
    # income_by_quintile.csv, 2010, quintile 0 (general average, thousand VND/month) and
    # population.csv, 2010, pre-2019-census (thousand), the seven provinces:
    cells = {"ha-noi": (2013, 6633.6), "hai-phong": (1694, 1857.8), "quang-ninh": (1787, 1157.2),
             "hai-duong": (1306, 1716.4), "hung-yen": (1199, 1132.3), "bac-ninh": (1646, 1044.2),
             "vinh-phuc": (1232, 1007.6)}
    weighted = sum(i * p for i, p in cells.values()) / sum(p for _, p in cells.values())
    assert weighted == pytest.approx(1727.105, abs=0.001)
    # the country on the same basis: its 63 provinces weighted by the same population
    # (GSO prints 1387 for the whole country; the ratio takes both sides from provinces)
    national = _provinces_weighted("income_by_quintile", 2010, quintile=0)
    assert national == pytest.approx(1398.01, abs=0.01)
    assert table.loc["T03", "public"] == pytest.approx(100 * (weighted / national - 1))
    assert table.loc["T03", "public"] == pytest.approx(23.54, abs=0.01)


def test_area_by_hand(table):
    # area.csv (km2), 2016 (the latest year): Ha Noi 3358.9, Vinh Phuc
    # 1235.3, Bac Ninh 822.8, Quang Ninh 6177.7, Hai Duong 1668.3, Hai Phong 1561.7, Hung Yen 930.3
    total = 3358.9 + 1235.3 + 822.8 + 6177.7 + 1668.3 + 1561.7 + 930.3
    assert total == pytest.approx(15755.0)
    assert table.loc["T01", "public"] == pytest.approx(15.755)
    assert table.loc["T01", "verdict"] == "close"  # 3.0 % above the printed 15.3


def test_agriculture_share_is_the_world_bank_cell(table):
    # world_bank.csv: SL.AGR.EMPL.ZS, 2011 -> 48.3142513725539; 2019 -> 34.7053966130988
    assert table.loc["D09", "public"] == pytest.approx(48.3142513725539)
    assert table.loc["D10", "public"] == pytest.approx(34.7053966130988)


def test_trained_ratio_2018_by_hand(table):
    # the latest year of the revised series: trained_employee15_vn.csv (%, 2018) and
    # V02.34.json (labour force, thousand persons, 2018), read by hand
    cells = {"ha-noi": (42.0, 4064.8), "vinh-phuc": (22.4, 630.5), "bac-ninh": (28.0, 751.6),
             "quang-ninh": (35.6, 734.7), "hai-duong": (17.5, 1067.6),
             "hai-phong": (31.3, 1138.2), "hung-yen": (20.4, 717.9)}
    share = sum(s * w for s, w in cells.values()) / sum(w for _, w in cells.values())
    assert share == pytest.approx(33.06, abs=0.01)
    # the whole country on the same basis: its 63 provinces weighted by labour force
    national = _provinces_weighted("trained_share", 2018, weight="labour_force",
                                   vintage="post-2019-census")
    assert Q.relative("trained_share", "northern-ker", 2018, vintage="post-2019-census")\
        .value == pytest.approx(share / national)
    # the ledger takes the latest year of the revised series, by the same computation
    last = Q.years("trained_share", "northern-ker", "post-2019-census")[-1]
    assert table.loc["T19", "public"] == pytest.approx(
        _provinces_weighted("trained_share", last, weight="labour_force",
                            vintage="post-2019-census", geos=NORTHERN)
        / _provinces_weighted("trained_share", last, weight="labour_force",
                              vintage="post-2019-census"))
    assert table.loc["T19", "verdict"] == "differs"  # 'double' is printed in words: exact


def test_trained_ratio_2016_by_hand():
    # GSO's 2018 edition: trained_share.csv (%) and labour_force.csv (thousand persons,
    # pre-2019-census), 2016 (preliminary); the ledger states this vintage's range
    cells = {"ha-noi": (42.7, 3822.5), "vinh-phuc": (19.7, 629.8), "bac-ninh": (23.4, 666.9),
             "quang-ninh": (34.2, 691.9), "hai-duong": (19.1, 1035.2),
             "hai-phong": (32.3, 1131.6), "hung-yen": (21.3, 704.4)}
    share = sum(s * w for s, w in cells.values()) / sum(w for _, w in cells.values())
    assert share == pytest.approx(32.97, abs=0.01)
    # the whole country on the same basis (GSO prints 20.6 %)
    national = _provinces_weighted("trained_share", 2016, weight="labour_force")
    assert national == pytest.approx(20.57, abs=0.01)
    assert Q.relative("trained_share", "northern-ker", 2016, vintage="pre-2019-census")\
        .value == pytest.approx(share / national)


def test_poverty_lowest_by_hand(table):
    # poverty_rate.csv 2010 (%), and population.csv 2010, pre-2019-census (thousand)
    north = {"ha-noi": (5.3, 6633.6), "hai-phong": (6.5, 1857.8), "quang-ninh": (8, 1157.2),
             "hai-duong": (10.8, 1716.4), "hung-yen": (11.1, 1132.3), "bac-ninh": (7, 1044.2),
             "vinh-phuc": (10.4, 1007.6)}
    south = {"ho-chi-minh-city": (0.3, 7346.6), "dong-nai": (3.7, 2571.5),
             "ba-ria-vung-tau": (6.8, 1011.3), "binh-duong": (0.5, 1590.8),
             "binh-phuoc": (9.4, 885.8), "tay-ninh": (6, 1074.3), "long-an": (7.5, 1442.8),
             "tien-giang": (10.6, 1678)}

    def rate(cells):
        return sum(r * p for r, p in cells.values()) / sum(p for _, p in cells.values())

    assert rate(north) == pytest.approx(7.24, abs=0.01)
    assert rate(south) == pytest.approx(3.57, abs=0.01)
    assert f"2010, against the Southern KER: {rate(south) - rate(north):+.2f}" in \
        table.loc["T20", "public_text"]
    assert table.loc["T20", "verdict"] == "differs"


def test_pooled_gini_is_the_chapters_computation(table):
    assert table.loc["T13", "public"] == data.income_inequality("northern-ker", 2010)["gini"]


# --- the verdict rules ---------------------------------------------------------------

def test_printed_form():
    assert ledger.printed_form(0.43, "The whole country 0.433 0.424 0.430 0.431") == "0.430"
    assert ledger.printed_form(4118, "has 4,118 training institutions") == "4,118"
    assert ledger.printed_form(2, "double higher rate of skilled training") is None
    assert ledger.rounding_tolerance(0.43, "0.430") == pytest.approx(0.0005)
    assert ledger.rounding_tolerance(0.43) == pytest.approx(0.005)
    assert ledger.rounding_tolerance(2, None) == 0.0


def test_words_have_no_rounding():
    assert ledger.value_verdict(2, 2.4, tolerance=0.0) == "differs"
    assert ledger.value_verdict(2, 2.1, tolerance=0.0) == "close"
    assert ledger.value_verdict(2, 2.0, tolerance=0.0) == "reproduced"
    assert ledger.value_verdict(2, 2.4) == "reproduced"  # a printed numeral 2


def test_printed_decimals():
    assert ledger.printed_decimals(0.433) == 3
    assert ledger.printed_decimals(545.0) == 0
    assert ledger.printed_decimals(93.35) == 2
    assert ledger.printed_decimals(10) == 0
    assert ledger.rounding_tolerance(0.433) == pytest.approx(0.0005)
    assert ledger.rounding_tolerance(93.35) == pytest.approx(0.005)


@pytest.mark.parametrize("public, verdict", [
    (0.433, "reproduced"),
    (0.4335, "reproduced"),            # on the rounding boundary
    (0.4325, "reproduced"),
    (0.4336, "close"),                 # just past it
    (0.433 * 1.05, "close"),           # on the 5 % boundary: 0.45465
    (0.433 * 0.95, "close"),
    (0.4547, "differs"),               # just past it
    (0.41, "differs"),
])
def test_value_verdict_three_decimals(public, verdict):
    assert ledger.value_verdict(0.433, public) == verdict


@pytest.mark.parametrize("public, verdict", [
    (545.5, "reproduced"), (544.5, "reproduced"), (545.6, "close"),
    (572.25, "close"),  # 545 * 1.05
    (572.3, "differs"), (517.7, "differs"),
])
def test_value_verdict_whole_numbers(public, verdict):
    assert ledger.value_verdict(545, public) == verdict


@pytest.mark.parametrize("qualifier, public, verdict", [
    ("over", 40.0, "reproduced"),    # any value above the bound
    ("over", 34.5, "reproduced"),    # the bound less its rounding
    ("over", 34.4, "close"),
    ("over", 33.25, "close"),        # 5 % short
    ("over", 33.2, "differs"),
    ("under", 2.0, "reproduced"),
    ("under", 3.5, "reproduced"),
    ("under", 3.6, "differs"),       # 5 % of 3 is 0.15 < the rounding 0.5: no close band
])
def test_value_verdict_bounds(qualifier, public, verdict):
    reported = 35 if qualifier == "over" else 3
    assert ledger.value_verdict(reported, public, qualifier) == verdict


def test_value_verdict_unknown_qualifier():
    with pytest.raises(ValueError, match="range"):
        ledger.value_verdict(20, 25, "range")


@pytest.mark.parametrize("margin, verdict", [
    (0.0006, "reproduced"),
    (0.0005, "differs"),              # exactly the precision: no change at that precision
    (0.0004, "differs"),
    (-0.0006, "differs"),
])
def test_direction_verdict(margin, verdict):
    assert ledger.direction_verdict(margin, 0.0005) == verdict


@pytest.mark.parametrize("public_low, public_high, verdict", [
    (23.5, 25.0, "reproduced"),       # inside 20-30
    (19.95, 30.05, "reproduced"),     # on the rounding of the printed ends (±0.5 here)
    (19.0, 25.0, "close"),            # 0.5 beyond the rounding of 20: within 5 % of 20
    (31.0, 31.5, "close"),            # 1.0 beyond the rounding of 30: within 5 % of 30
    (40.0, 41.0, "differs"),
])
def test_range_verdict(public_low, public_high, verdict):
    assert ledger.range_verdict(20, 30, public_low, public_high, 0.5) == verdict


def test_change_rule_uses_the_rounding_of_both_figures():
    # printed 0.303 -> 0.325: a change of +0.022, each figure rounded to ±0.0005
    kw = dict(reported=0.303, reported_high=0.325, tolerance=0.001)
    assert ledger.verdict("change", public=0.0225, **kw) == "reproduced"
    assert ledger.verdict("change", public=0.0231, **kw) == "close"     # 5 % of 0.022 is 0.0011
    assert ledger.verdict("change", public=0.0234, **kw) == "differs"
    assert ledger.verdict("change", public=0.0219, **kw) == "reproduced"
    assert ledger.verdict("change", public=0.0004, **kw) == "differs"


def test_number_only_and_unknown_rule():
    assert ledger.verdict("value", reported=9.9, public=9.9, tolerance=0.05,
                          number_only=True) == "reproduced in number only"
    # a number that differs is not rescued or changed by the flag
    assert ledger.verdict("value", reported=9.9, public=12.0, tolerance=0.05,
                          number_only=True) == "differs"
    assert ledger.verdict("none") == "not reproducible"
    with pytest.raises(ValueError, match="valid: value, range, change, direction, none"):
        ledger.verdict("trend")


def test_a_public_bound_is_judged_on_its_side():
    # public value 'at least 93.31': a printed 93.35 is consistent, a printed 90 is not
    assert ledger.value_verdict(93.35, 93.31, tolerance=0.005, public_bound="at least") == \
        "reproduced"
    assert ledger.value_verdict(90, 93.31, tolerance=0.5, public_bound="at least") == "close"
    assert ledger.value_verdict(80, 93.31, tolerance=0.5, public_bound="at least") == "differs"


# --- the ledger as a whole ---------------------------------------------------------------

def test_every_claim_once_with_a_verdict_and_a_reason(table):
    claims = data.load("ledger_claims")
    assert list(table.index) == list(claims["claim"])
    assert set(table["verdict"]) <= set(ledger.VERDICTS)
    assert table["reason"].str.len().min() > 20


def test_enough_computed_verdicts(table):
    computed = table[table["verdict"].isin(ledger.COMPUTED)]
    assert len(computed) >= 20, ledger.counts(table.reset_index())
    assert computed["method"].str.len().min() > 10
    assert computed["public_sources"].str.len().min() > 0


def test_untestable_claims_keep_their_stated_reason(table):
    """The reason as the claims table states it, its provinces named as the book shows
    them (with their diacritics: "Hà Nội", where the table keeps "Ha Noi")."""
    claims = data.load("ledger_claims").set_index("claim")
    renamed = 0
    for cid in claims[claims["test_basis"].isin(["partial", "none"])].index:
        stated = claims.loc[cid, "not_reproducible_reason"]
        assert table.loc[cid, "verdict"] == "not reproducible"
        assert table.loc[cid, "reason"].rstrip(".") == \
            regions.with_display_names(stated).rstrip(".")
        renamed += regions.with_display_names(stated) != stated
    assert renamed >= 1  # "... 2020 income for Hà Nội but not for the other six provinces"


def test_a_number_for_another_year_is_reproduced_in_number_only(table):
    # press_poverty.csv has the GSO-UNDP rate 9.9 % for 2016, none for 2015 (the claim's year)
    assert table.loc["D02", "verdict"] == "reproduced in number only"
    assert table.loc["D02", "public"] == 9.9
    assert "2016, not 2015" in table.loc["D02", "reason"]


def test_every_verdict_recomputes_from_its_row(table):
    rows = table.reset_index()
    wrong = [r["claim"] for _, r in rows.iterrows() if ledger.recompute(r) != r["verdict"]]
    assert wrong == []
    # a planted public value equal to the printed one would change the verdict of T13
    planted = rows[rows["claim"] == "T13"].iloc[0].copy()
    assert planted["verdict"] == "differs"
    planted["public"] = planted["reported"]
    assert ledger.recompute(planted) == "reproduced"


def test_an_overlap_claim_is_tested_on_what_is_covered_and_says_what_is_not(table):
    # dwelling_area.csv gives 2014 and 2016 only; the claim's range is for 2022
    assert table.loc["T05", "test_basis"] == "overlap"
    assert table.loc["T05", "verdict"] == "reproduced"
    assert "Caveat: tested on 2014 and 2016" in table.loc["T05", "reason"]


def test_a_target_is_not_a_measurement(table):
    assert table.loc["D01", "verdict"] == "not reproducible"
    assert "target" in table.loc["D01", "reason"]


def test_change_of_the_pooled_gini(table):
    # the printed rise 0.303 -> 0.325 (+0.022) against the change of the pooled Gini
    g14 = data.income_inequality("northern-ker", 2014)["gini"]
    g16 = data.income_inequality("northern-ker", 2016)["gini"]
    assert table.loc["T16", "rule"] == "change"
    assert table.loc["T16", "public"] == pytest.approx(g16 - g14)
    assert abs((g16 - g14) - 0.022) > 0.05 * 0.022
    assert table.loc["T16", "verdict"] == "differs"


def test_a_claim_with_no_method_stops_with_file_line_and_column():
    claim = {**_claim("T08"), "indicator": "no_such_indicator", "line": 9}
    with pytest.raises(data.DataError, match=r"ledger_claims.csv, line 9, column 'indicator'"):
        ledger.assess(claim)
    claim = {**_claim("T08"), "source": "no-such-document", "line": 9}
    with pytest.raises(data.DataError, match=r"line 9, column 'source'.*no-such-document"):
        ledger.assess(claim)


def test_counts_cover_every_verdict(table):
    c = ledger.counts(table.reset_index())
    assert list(c) == list(ledger.VERDICTS)
    assert sum(c.values()) == len(table)
    assert not math.isnan(table.loc["T08", "public"])
