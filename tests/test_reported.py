"""Figures others print, as quantities: each kind with one identity, read from the cells
of the tables (checked here by hand against the CSV lines), and lookups that stop with
the keys and the choices when they do not find one figure."""
import pytest

from analysis.pages import reported


def test_thesis_figure():
    # thesis_figures.csv line 25: natural_area, northern-ker, 2023, 15.3 thousand km2, 3.1.1
    q = reported.thesis("natural_area")
    assert (q.indicator, q.geo, q.period, q.value, q.unit) == (
        "natural_area (thesis)", "northern-ker", "2023", 15.3, "thousand km2")
    assert q.basis == "printed in the thesis, 3.1.1"
    assert q.sources == ("thesis-summary-2023",)


def test_thesis_lookup_with_two_values_asks_for_more():
    # the Northern KER's Gini has one row per year of Table 3.20 (and the sentences)
    with pytest.raises(KeyError, match="different values.*name one more column"):
        reported.thesis("gini", geo="northern-ker")
    assert reported.thesis("gini", geo="northern-ker", year=2016,
                           reference="Table 3.20").value == 0.325
    with pytest.raises(KeyError, match="no column 'table'"):
        reported.thesis("gini", geo="northern-ker", year=2016, table="3.20")


def test_document_figure():
    # document_figures.csv line 169: item 41 of the Ho Chi Minh City article, 87.2 %
    q = reported.document("hcmc-social-security-policy-article", 41)
    assert q.value == 87.2 and q.geo == "ho-chi-minh-city"
    assert q.indicator == "survey_propaganda_irregular_share (document)"
    assert q.basis == "as the article on Thành phố Hồ Chí Minh prints it"
    assert q.status == "survey"
    with pytest.raises(KeyError, match="no item 999"):
        reported.document("hcmc-social-security-policy-article", 999)
    with pytest.raises(KeyError, match="valid: khuyen-resolution-42-article"):
        reported.document("no-such-article", 1)


def test_press_figure_in_another_unit():
    # press_insurance.csv line 64: si_participants, whole-country, 2023, 18,250,000 persons
    q = reported.press("press_insurance", "vietnamplus-2024-hi-93", "si_participants",
                       period="2023", per=1e6, unit="million persons")
    assert q.value == pytest.approx(18.25) and q.unit == "million persons"
    assert q.indicator == "si_participants (press)" and q.period == "2023"
    assert q.basis.startswith("as printed by ")


def test_press_group_and_standard():
    # press_poverty.csv line 48: VHLSS 2020, whole country, total: 4.8
    q = reported.press("press_poverty", "baomoi-vhlss-2020-poverty",
                       "vhlss_multidim_poor_household_rate", period="2020", group="total")
    assert q.value == 4.8
    # three rows (total, urban, rural) with different values without the group: not one figure
    with pytest.raises(KeyError, match="3 rows with different values"):
        reported.press("press_poverty", "baomoi-vhlss-2020-poverty",
                       "vhlss_multidim_poor_household_rate", period="2020")
    urban = reported.press("press_poverty", "baomoi-vhlss-2020-poverty",
                           "vhlss_multidim_poor_household_rate", period="2020", group="urban")
    assert urban.indicator == "vhlss_multidim_poor_household_rate, urban (press)"
    assert urban.key != q.key


def test_vss_rates_on_one_basis_for_the_country_and_a_province():
    # press_insurance.csv line 43: 24.8 % (2015); line 42: Bac Ninh 47.7 % (2019-09)
    nat, qualifier = reported.vss_coverage("2015")
    bn, _ = reported.vss_coverage("2019-09", geo="bac-ninh")
    assert (nat.value, qualifier, bn.value) == (24.8, "exact", 47.7)
    assert nat.basis == bn.basis == reported.VSS_BASIS
    with pytest.raises(KeyError, match="no row"):
        reported.vss_coverage("1999")


def test_the_coverage_target_is_a_target_on_vss_basis():
    t = reported.coverage_target("si")
    assert t.basis == reported.VSS_BASIS and t.status == "target"
    assert t.sources == ("khuyen-resolution-42-article",)
