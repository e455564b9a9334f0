"""Indicators against hand-worked cases and GSO's published national figures."""
import math
from itertools import product

import numpy as np
import pandas as pd
import pytest

from analysis import data
from analysis.compute import indicators as ind, indicators


def discrete_gini(x):
    """Textbook definition: mean absolute difference over twice the mean."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    return sum(abs(a - b) for a, b in product(x, x)) / (2 * n * n * x.mean())


def test_gini_of_equal_incomes_is_zero():
    assert indicators.gini([5, 5, 5, 5]) == pytest.approx(0.0)


def test_gini_hand_worked_two_people():
    # incomes 1 and 3: Lorenz points (0,0) (.5,.25) (1,1)
    # B = .5*(0+.25)/2 + .5*(.25+1)/2 = .0625 + .3125 = .375 -> G = 1 - .75 = .25
    assert indicators.gini([3, 1]) == pytest.approx(0.25)


def test_gini_one_person_has_everything():
    # n people, one holds all income: G = (n - 1) / n
    assert indicators.gini([0, 0, 0, 10]) == pytest.approx(0.75)


@pytest.mark.parametrize("values", [[1, 2, 3, 4, 10], [7, 1, 1, 2], [3.5, 0.5, 9, 2, 2, 8]])
def test_gini_equals_standard_discrete_gini(values):
    assert indicators.gini(values) == pytest.approx(discrete_gini(values))


def test_gini_weights_equal_repeated_values():
    # a value with weight 2 is the same as that value listed twice
    assert indicators.gini([1, 4], weights=[2, 1]) == pytest.approx(indicators.gini([1, 1, 4]))


def test_gini_hand_worked_weighted_groups():
    # groups: income 1 for 3 people, income 5 for 1 person; total income 8
    # Lorenz (0,0) (.75,.375) (1,1): B = .75*.375/2 + .25*(1.375)/2 = .140625 + .171875
    assert indicators.gini([5, 1], weights=[1, 3]) == pytest.approx(1 - 2 * 0.3125)


def test_lorenz_curve_points():
    curve = indicators.lorenz_curve([3, 1])
    assert curve["population_share"].tolist() == pytest.approx([0, 0.5, 1])
    assert curve["income_share"].tolist() == pytest.approx([0, 0.25, 1])


def test_lorenz_curve_weighted_starts_at_origin_and_sorts():
    curve = indicators.lorenz_curve([10, 2, 4], weights=[1, 2, 1])
    assert curve.iloc[0].tolist() == [0, 0]
    # sorted ascending: 2 (w2), 4 (w1), 10 (w1); income 4, 4, 10 of 18
    assert curve["population_share"].tolist() == pytest.approx([0, 0.5, 0.75, 1])
    assert curve["income_share"].tolist() == pytest.approx([0, 4 / 18, 8 / 18, 1])


def test_a40_and_r5_r1_hand_worked():
    q = [1, 2, 3, 4, 10]
    assert indicators.a40(q) == pytest.approx(3 / 20)
    assert indicators.r5_r1(q) == pytest.approx(10.0)


def test_gso_2010_national_a40_and_r5_r1():
    """GSO published for 2010: the poorest 40 % received 15.0 % of income and the
    richest fifth 9.2 times the poorest fifth's income."""
    q = data.published_quintiles("whole-country", 2010)
    assert indicators.a40(q) * 100 == pytest.approx(15.0, abs=0.05)
    assert indicators.r5_r1(q) == pytest.approx(9.2, abs=0.05)


def test_quintile_means_of_five_equal_groups_are_the_groups():
    q = [100, 200, 300, 400, 1000]
    assert indicators.quintile_means(q, [1] * 5) == pytest.approx(q)


def test_quintile_means_of_pooled_groups():
    # ten people with incomes 1..10: each fifth holds two people
    values = np.arange(1, 11)
    assert indicators.quintile_means(values) == pytest.approx([1.5, 3.5, 5.5, 7.5, 9.5])


@pytest.mark.parametrize("bad, message", [
    ([], "non-empty"),
    ([1, -2], "negative"),
    ([1, float("nan")], "finite"),
    ([0, 0], "zero"),
])
def test_gini_rejects_bad_values(bad, message):
    with pytest.raises(ValueError, match=message):
        indicators.gini(bad)


def test_gini_rejects_bad_weights():
    with pytest.raises(ValueError, match="differ in length"):
        indicators.gini([1, 2], weights=[1])
    with pytest.raises(ValueError, match="positive"):
        indicators.gini([1, 2], weights=[1, 0])


@pytest.mark.parametrize("func", [indicators.a40, indicators.r5_r1])
def test_quintile_indicators_reject_bad_input(func):
    with pytest.raises(ValueError, match="5 quintile"):
        func([1, 2, 3])
    with pytest.raises(ValueError, match="ordered"):
        func([5, 4, 3, 2, 1])


def test_r5_r1_undefined_when_poorest_have_nothing():
    with pytest.raises(ValueError, match="undefined"):
        indicators.r5_r1([0, 1, 2, 3, 4])


# --- growth, ratios and elasticities ---------------------------------------------------

def test_labour_productivity_units():
    # 4,192,862 billion VND over 52,800 thousand persons:
    # 4192862 / 52800 = 79.410 million VND per person
    assert indicators.labour_productivity(4192862, 52800) == pytest.approx(79.41027, rel=1e-6)
    assert indicators.labour_productivity(300, 4) == pytest.approx(75.0)


def test_labour_productivity_on_series_aligns_by_year():
    out = indicators.labour_productivity(pd.Series({2010: 100.0, 2011: 150.0}),
                                         pd.Series({2010: 4.0, 2011: 5.0}))
    assert out.to_dict() == {2010: 25.0, 2011: 30.0}


@pytest.mark.parametrize("employed", [0, -3])
def test_labour_productivity_needs_positive_employment(employed):
    with pytest.raises(ValueError, match="employed persons must be positive"):
        indicators.labour_productivity(100, employed)
    with pytest.raises(ValueError, match="employed persons must be positive"):
        indicators.labour_productivity(pd.Series({2010: 1.0}), pd.Series({2010: employed}))


def test_insurance_gdp_ratio_is_a_percentage():
    # 201,533 / 4,192,862 = 0.048066 -> 4.8066 %
    assert indicators.insurance_gdp_ratio(201533, 4192862) == pytest.approx(4.80657, rel=1e-5)
    assert indicators.insurance_gdp_ratio(5, 200) == pytest.approx(2.5)
    assert indicators.insurance_gdp_ratio(pd.Series([5.0, 9.0]),
                                          pd.Series([200.0, 300.0])).tolist() == [2.5, 3.0]


def test_insurance_gdp_ratio_rejects_zero_gdp():
    with pytest.raises(ValueError, match="GDP must be positive"):
        indicators.insurance_gdp_ratio(5, 0)
    with pytest.raises(ValueError, match="spending must be a finite number not below zero"):
        indicators.insurance_gdp_ratio(-5, 100)


def test_growth_rate_year_on_year():
    # 100 -> 110 is +10 %, 110 -> 99 is -10 %
    g = indicators.growth_rate(pd.Series({2010: 100.0, 2011: 110.0, 2012: 99.0}))
    assert np.isnan(g[2010])
    assert g[2011] == pytest.approx(10.0)
    assert g[2012] == pytest.approx(-10.0)


def test_growth_rate_missing_year_gives_no_growth_not_two_year_growth():
    # 2011 missing: 2012 has no growth (not 100 -> 121 = +21 % over two years);
    # 2013 is 121 -> 133.1 = +10 %
    g = indicators.growth_rate(pd.Series({2010: 100.0, 2012: 121.0, 2013: 133.1}))
    assert list(g.index) == [2010, 2012, 2013]
    assert np.isnan(g[2010]) and np.isnan(g[2012])
    assert g[2013] == pytest.approx(10.0)


def test_growth_rate_sorts_years_and_skips_a_nan_base():
    g = indicators.growth_rate(pd.Series([50.0, 40.0, np.nan, 60.0],
                                         index=[2011, 2010, 2012, 2013]))
    assert list(g.index) == [2010, 2011, 2012, 2013]
    assert g[2011] == pytest.approx(25.0)
    assert np.isnan(g[2012]) and np.isnan(g[2013])


def test_growth_rate_bad_input():
    with pytest.raises(ValueError, match="not positive"):
        indicators.growth_rate(pd.Series({2010: 0.0, 2011: 5.0}))
    with pytest.raises(ValueError, match="a year twice"):
        indicators.growth_rate(pd.Series([1.0, 2.0], index=[2010, 2010]))
    with pytest.raises(ValueError, match="pandas Series"):
        indicators.growth_rate([1.0, 2.0])


def test_cagr_hand_worked():
    # 100 -> 121 in two years: sqrt(1.21) = 1.1 -> 10 % a year
    assert indicators.cagr(100, 121, 2) == pytest.approx(10.0)
    # 200 -> 100 in one year: -50 %
    assert indicators.cagr(200, 100, 1) == pytest.approx(-50.0)
    # 9,682.6 -> 12,290.5 thousand insured, 2010 -> 2015:
    # (12290.5 / 9682.6) ** 0.2 = 1.269339 ** 0.2 = 1.048855 -> 4.8855 %
    assert indicators.cagr(9682.6, 12290.5, 5) == pytest.approx(4.8855, abs=1e-3)


@pytest.mark.parametrize("args, message", [((0, 5, 2), "first value must be positive"),
                                           ((-1, 5, 2), "first value must be positive"),
                                           ((1, 5, 0), "years must be positive"),
                                           ((1, -5, 2), "last value")])
def test_cagr_bad_input(args, message):
    with pytest.raises(ValueError, match=message):
        indicators.cagr(*args)


def test_elasticity_hand_worked():
    # poverty 20 -> 15 (-25 %), income 100 -> 125 (+25 %): -25 / 25 = -1
    assert indicators.elasticity(20, 15, 100, 125) == pytest.approx(-1.0)
    # poverty 10 -> 9 (-10 %), income 100 -> 120 (+20 %): -0.5 (between 0 and -1)
    assert indicators.elasticity(10, 9, 100, 120) == pytest.approx(-0.5)
    # poverty 14.2 -> 5.8 (-59.15 %), income 1,387 -> 3,049 (+119.83 %):
    # (-8.4 / 14.2) / (1662 / 1387) = -0.591549 / 1.198270 = -0.493670
    assert indicators.elasticity(14.2, 5.8, 1387, 3049) == pytest.approx(-0.49367, abs=1e-5)


def test_elasticity_errors():
    with pytest.raises(ValueError, match="x does not change"):
        indicators.elasticity(10, 9, 100, 100)
    with pytest.raises(ValueError, match=r"y0 \(the base of y\) must be positive"):
        indicators.elasticity(0, 9, 100, 110)
    with pytest.raises(ValueError, match=r"x0 \(the base of x\) must be positive"):
        indicators.elasticity(10, 9, -100, 110)


@pytest.mark.parametrize("e, band", [(-1.5, "faster"), (-1, "equal"), (-0.2, "slower"),
                                     (0, "none"), (0.4, "same-direction")])
def test_poverty_elasticity_bands(e, band):
    assert indicators.poverty_elasticity_band(e) == band


def test_year_series_rejects_what_is_not_a_year_series():
    s = indicators.year_series(pd.Series([3.0, None, 1.0], index=["2012", "2011", "2010"]))
    assert list(s.index) == [2010, 2012] and list(s) == [1.0, 3.0]
    with pytest.raises(ValueError, match="has a year twice"):
        indicators.year_series(pd.Series([1.0, 2.0], index=[2010, 2010]), "income")
    with pytest.raises(ValueError, match="must be years"):
        indicators.year_series(pd.Series([1.0], index=["one"]), "income")


# --- changes between years, prices and readings (from the data tables, by hand) ----------

# data/insurance_national.csv: whole-country, insured, social (thousand persons)
SI_INSURED = pd.Series({2010: 9682.6, 2012: 10565.4, 2013: 11057.4, 2014: 11645.8,
                        2015: 12290.5})
# data/national_accounts_gso.csv: whole-country, pre-revision, gdp_constant_2010
GDP_CONSTANT = pd.Series({2010: 2157828, 2011: 2292483, 2012: 2412778, 2013: 2543596,
                          2014: 2695796, 2015: 2875856})


def test_changes_between_successive_years_si_participants_to_gdp():
    table = ind.changes(SI_INSURED, GDP_CONSTANT)
    # pairs of successive years both series have: 2011 has no participants, so the
    # first pair spans 2010-2012
    assert list(zip(table["start"], table["end"])) == [(2010, 2012), (2012, 2013),
                                                       (2013, 2014), (2014, 2015)]
    last = table.iloc[-1]
    # 2014-2015: (12290.5 - 11645.8) / 11645.8 = 644.7 / 11645.8 = 5.5359 %
    #            (2875856 - 2695796) / 2695796 = 180060 / 2695796 = 6.6793 %
    #            5.5359 / 6.6793 = 0.82882
    assert last["pct_y"] == pytest.approx(5.5359, abs=1e-4)
    assert last["pct_x"] == pytest.approx(6.6793, abs=1e-4)
    assert last["elasticity"] == pytest.approx(0.82882, abs=1e-5)
    assert last["span"] == 1


def test_changes_over_chosen_periods():
    out = ind.changes(SI_INSURED, GDP_CONSTANT, [(2010, 2012), (2010, 2015)]).set_index("period")
    # 10565.4 / 9682.6 = 1.0911739 -> +9.117 %; 2412778 / 2157828 = 1.1181512 -> +11.815 %
    assert out.loc["2010-2012", "pct_y"] == pytest.approx(9.117386, abs=1e-5)
    assert out.loc["2010-2012", "pct_x"] == pytest.approx(11.815122, abs=1e-5)
    assert out.loc["2010-2012", "elasticity"] == pytest.approx(0.771671, abs=1e-5)
    # 12290.5 / 9682.6 = 1.2693388; 2875856 / 2157828 = 1.3327550; 26.93388 / 33.27550 = 0.80942
    assert out.loc["2010-2015", "elasticity"] == pytest.approx(0.809421, abs=1e-5)
    # (1.2693388) ** (1/5) = 1.0488551 -> 4.8855 % a year
    assert out.loc["2010-2015", "y_cagr"] == pytest.approx(4.88551, abs=1e-4)


def test_changes_leave_out_a_missing_year_and_need_a_change_in_x():
    # SI has no 2011 figure (the GSO table has no 2011 column): nothing is bridged
    out = ind.changes(SI_INSURED, GDP_CONSTANT, [(2010, 2011), (2011, 2012), (2012, 2015)])
    assert out["period"].tolist() == ["2012-2015"]
    flat = ind.changes(pd.Series({1: 2.0, 2: 3.0}), pd.Series({1: 5.0, 2: 5.0}))
    assert math.isnan(flat["elasticity"].iloc[0]) and flat["pct_y"].iloc[0] == pytest.approx(50.0)


def test_changes_bad_input():
    with pytest.raises(ValueError, match="end must come after"):
        ind.changes(SI_INSURED, GDP_CONSTANT, [(2012, 2010)])
    with pytest.raises(ValueError, match="pandas Series"):
        ind.changes([1, 2], GDP_CONSTANT)
    with pytest.raises(ValueError, match="year twice"):
        ind.changes(pd.Series([1.0, 2.0], index=[2010, 2010]), GDP_CONSTANT)
    with pytest.raises(ValueError, match="base of y"):
        ind.changes(pd.Series({2010: 0.0, 2012: 1.0}), GDP_CONSTANT)
    with pytest.raises(ValueError, match="years"):
        ind.changes(pd.Series({"a": 1.0}), GDP_CONSTANT)


def test_consecutive_periods():
    assert ind.consecutive_periods([2015, 2010, 2012, 2013, 2014]) == \
        [(2010, 2012), (2012, 2013), (2013, 2014), (2014, 2015)]
    assert ind.consecutive_periods([2010]) == []


def test_deflator_and_constant_prices():
    # 2015: 100 x 4192862 / 2875856 = 145.795 (data/national_accounts_gso.csv, gdp_current)
    index = ind.deflator(pd.Series({2010: 2157828, 2015: 4192862}), GDP_CONSTANT)
    assert index[2010] == pytest.approx(100.0)
    assert index[2015] == pytest.approx(145.795, abs=1e-3)
    # 2,000 at 2015 prices is 2,000 x 100 / 145.795 = 1371.79 at 2010 prices
    real = ind.to_constant_prices(pd.Series({2015: 2000.0}), index)
    assert real[2015] == pytest.approx(1371.79, abs=1e-2)
    with pytest.raises(ValueError, match="2016"):
        ind.to_constant_prices(pd.Series({2016: 1.0}), pd.Series({2015: 100.0}))


def test_percent_of_series_and_pace_to_target():
    # data/insurance_national.csv (2015, insured, social) 12290.5 over
    # data/labour_force.csv summed for 2015 (whole country 53984.2): 22.767 %
    assert ind.percent_of(12290.5, 53984.2) == pytest.approx(22.767, abs=1e-3)
    out = ind.percent_of(pd.Series({2015: 12290.5}), pd.Series({2015: 53984.2}))
    assert out[2015] == pytest.approx(22.767, abs=1e-3)
    with pytest.raises(ValueError, match="whole"):
        ind.percent_of(1.0, 0.0)
    # over 39 % in 2023, 60 % by 2030: 21 / 7 = 3 points a year
    assert ind.pace_to_target(39, 2023, 60, 2030) == pytest.approx(3.0)
    with pytest.raises(ValueError, match="not after"):
        ind.pace_to_target(39, 2030, 60, 2030)


def test_relative_to():
    # data/income_by_quintile.csv quintile 0, 2010: red-river-delta 1580, whole-country 1387
    # 1580 / 1387 = 1.139149 -> +13.9149 %
    assert ind.relative_to(1580, 1387) == pytest.approx(13.9149, abs=1e-4)
    assert ind.relative_to(1387, 1387) == 0.0
    with pytest.raises(ValueError, match="reference"):
        ind.relative_to(1, 0)


@pytest.mark.parametrize("e, words", [(-1.5, "proportionally faster"), (-1.0, "same rate"),
                                      (-0.4, "more slowly"), (0.0, "did not respond"),
                                      (0.3, "rose despite")])
def test_poverty_elasticity_reading(e, words):
    assert words in ind.poverty_elasticity_reading(e)


def test_poverty_elasticity_reading_rejects_nan():
    with pytest.raises(ValueError, match="finite"):
        ind.poverty_elasticity_reading(float("nan"))
