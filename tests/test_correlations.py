"""analysis.correlations: hand-worked cases from cells of the data tables."""
import math

import pandas as pd
import pytest

from analysis import correlations as c
from analysis import data


# data/insurance_national.csv: whole-country, insured, social (thousand persons)
#   2010 9682.6 | 2012 10565.4 | 2015 12290.5
# data/national_accounts_gso.csv: gdp_constant_2010 (billion VND at 2010 prices)
#   2010 2157828 | 2012 2412778 | 2015 2875856
SI = pd.Series({2010: 9682.6, 2012: 10565.4, 2015: 12290.5})
GDP = pd.Series({2010: 2157828.0, 2011: 2292483.0, 2012: 2412778.0, 2015: 2875856.0})


def test_period_changes_si_participants_to_gdp():
    out = c.period_changes(SI, GDP, [(2010, 2012), (2010, 2015)]).set_index("period")
    # 10565.4 / 9682.6 = 1.0911739 -> +9.117 %; 2412778 / 2157828 = 1.1181512 -> +11.815 %
    assert out.loc["2010-2012", "y_change"] == pytest.approx(9.117386, abs=1e-5)
    assert out.loc["2010-2012", "x_change"] == pytest.approx(11.815122, abs=1e-5)
    # 9.117386 / 11.815122 = 0.77167
    assert out.loc["2010-2012", "elasticity"] == pytest.approx(0.771671, abs=1e-5)
    # 12290.5 / 9682.6 = 1.2693388; 2875856 / 2157828 = 1.3327550; 26.93388 / 33.27550 = 0.80942
    assert out.loc["2010-2015", "elasticity"] == pytest.approx(0.809421, abs=1e-5)
    # (1.2693388) ** (1/5) = 1.0488551 -> 4.8855 % a year
    assert out.loc["2010-2015", "y_cagr"] == pytest.approx(4.88551, abs=1e-4)


def test_period_changes_leaves_out_a_missing_year():
    # SI has no 2011 figure (the GSO table has no 2011 column): 2010-2011 is left out,
    # 2011-2012 too; nothing is bridged.
    out = c.period_changes(SI, GDP, [(2010, 2011), (2011, 2012), (2012, 2015)])
    assert out["period"].tolist() == ["2012-2015"]


def test_period_changes_poverty_to_income_whole_country():
    # data/poverty_rate.csv whole-country: 2010 14.2, 2014 8.4 (percent)
    # data/income_by_quintile.csv whole-country quintile 0: 2010 1387, 2014 2637
    # %dP = 8.4 / 14.2 - 1 = -40.845 %; %dY = 2637 / 1387 - 1 = +90.123 %; e = -0.45322
    out = c.period_changes(pd.Series({2010: 14.2, 2014: 8.4}),
                           pd.Series({2010: 1387, 2014: 2637}), [(2010, 2014)])
    assert out["elasticity"].iloc[0] == pytest.approx(-0.453217, abs=1e-5)
    assert c.poverty_reading(out["elasticity"].iloc[0]) == \
        "poverty falls more slowly than income grows"


def test_period_changes_x_constant_has_no_elasticity():
    out = c.period_changes(pd.Series({1: 2.0, 2: 3.0}), pd.Series({1: 5.0, 2: 5.0}), [(1, 2)])
    assert math.isnan(out["elasticity"].iloc[0])
    assert out["y_change"].iloc[0] == pytest.approx(50.0)


def test_period_changes_bad_input():
    with pytest.raises(ValueError, match="end must come after"):
        c.period_changes(SI, GDP, [(2012, 2010)])
    with pytest.raises(ValueError, match="pandas Series"):
        c.period_changes([1, 2], GDP, [(2010, 2012)])
    with pytest.raises(ValueError, match="year twice"):
        c.period_changes(pd.Series([1.0, 2.0], index=[2010, 2010]), GDP, [(2010, 2012)])
    with pytest.raises(ValueError, match="base of y"):
        c.period_changes(pd.Series({2010: 0.0, 2012: 1.0}), GDP, [(2010, 2012)])


def test_consecutive_periods():
    assert c.consecutive_periods([2015, 2010, 2012, 2013, 2014]) == \
        [(2010, 2012), (2012, 2013), (2013, 2014), (2014, 2015)]
    assert c.consecutive_periods([2010]) == []


@pytest.mark.parametrize("e, reading", [
    (-1.5, "poverty falls faster than income grows"),
    (-1.0, "poverty falls as fast as income grows"),
    (-0.3, "poverty falls more slowly than income grows"),
    (0.0, "poverty does not respond to income"),
    (0.2, "poverty and income move in the same direction"),
])
def test_poverty_reading(e, reading):
    assert c.poverty_reading(e) == reading


def test_poverty_reading_rejects_nan():
    with pytest.raises(ValueError, match="finite"):
        c.poverty_reading(float("nan"))


def test_relative_to():
    # thesis 3.3.2: a regional income 10 % above the national one; GSO 2010 whole
    # country 1387 thousand VND: 1525.7 / 1387 = 1.10
    assert c.relative_to(1525.7, 1387) == pytest.approx(10.0)
    assert c.relative_to(1387, 1387) == 0.0
    # data/income_by_quintile.csv quintile 0, 2010: red-river-delta 1580, whole-country 1387
    # 1580 / 1387 = 1.139149 -> +13.9149 %
    assert c.relative_to(1580, 1387) == pytest.approx(13.9149, abs=1e-4)
    with pytest.raises(ValueError, match="reference"):
        c.relative_to(1, 0)


def test_gini_of_groups_two_equal_groups():
    # incomes 1 and 3, equal populations: discrete Gini = sum|xi - xj| / (2 n^2 mean)
    # = (2 + 2) / (2 * 4 * 2) = 0.25
    groups = pd.DataFrame({"geo": ["a", "a"], "quintile": [1, 2], "income": [1.0, 3.0],
                           "population": [10.0, 10.0]})
    assert c.gini_of_groups(groups) == pytest.approx(0.25)
    # the richer group read as 1: everyone equal, Gini 0
    assert c.gini_of_groups(c.replace_group_income(groups, "a", 2, 1.0)) == pytest.approx(0.0)
    assert groups["income"].tolist() == [1.0, 3.0]  # the input is not changed


def test_replace_group_income_vinh_phuc_2016():
    # data/income_by_quintile.csv vinh-phuc 2016 quintile 5: 6280 (quintile table);
    # data/r5r1_gso.csv is computed from 6208, the figure GSO's R5/R1 table prints.
    groups = data.quintile_groups("northern-ker", 2016)
    assert groups[(groups["geo"] == "vinh-phuc") & (groups["quintile"] == 5)]["income"].iloc[0] \
        == 6280
    swapped = c.replace_group_income(groups, "vinh-phuc", 5, 6208)
    assert swapped[(swapped["geo"] == "vinh-phuc")
                   & (swapped["quintile"] == 5)]["income"].iloc[0] == 6208
    assert len(swapped) == len(groups) == 35
    # a lower top income in one province lowers the pooled Gini, by little
    before, after = c.gini_of_groups(groups), c.gini_of_groups(swapped)
    assert 0 < before - after < 0.005
    assert before == pytest.approx(data.income_inequality("northern-ker", 2016)["gini"])


def test_replace_group_income_bad_input():
    groups = pd.DataFrame({"geo": ["a"], "quintile": [1], "income": [1.0],
                           "population": [1.0]})
    with pytest.raises(ValueError, match="no quintile group b Q1"):
        c.replace_group_income(groups, "b", 1, 2.0)
    with pytest.raises(ValueError, match="positive"):
        c.replace_group_income(groups, "a", 1, -2.0)
    with pytest.raises(ValueError, match="lack column"):
        c.gini_of_groups(groups.drop(columns="population"))


def test_poverty_elasticity_northern_ker_2014_2016():
    """The page's figure for the Northern KER, worked by hand from the province cells.

    data/poverty_rate.csv, data/income_by_quintile.csv (quintile 0) and
    data/population.csv (pre-2019-census), 2014 | 2016:
      ha-noi      2.3 4113 7095.9 | 1.3 5057 7328.4
      quang-ninh  4.1 3053 1199.4 | 3.7 3791 1224.6
      vinh-phuc   4.9 2378 1041.9 | 2.9 2847 1066
      bac-ninh    2.6 3512 1131.2 | 1.6 4346 1178.6
      hai-duong   4.7 2755 1763.2 | 2.3 3153 1785.8
      hai-phong   3.8 3923 1946   | 2.1 4614 1980.8
      hung-yen    4.7 2192 1158.1 | 2.6 2881 1170.2
    Population-weighted: poverty 50409.45 / 15335.7 = 3.28707 (2014), 30344.64 / 15734.4
    = 1.92855 (2016); income 54327946.7 / 15335.7 = 3542.580 (2014), 68000659.8 / 15734.4
    = 4321.783 (2016). %dP = -41.329 %, %dY = +21.995 %, e = -1.87899.
    """
    from analysis import series

    def by_year(key):
        return series.get(key, "northern-ker").set_index("year")["value"]

    poverty, income = by_year("poverty_rate"), by_year("income_per_capita")
    assert poverty[2014] == pytest.approx(3.28707, abs=1e-5)
    assert poverty[2016] == pytest.approx(1.92855, abs=1e-5)
    assert income[2014] == pytest.approx(3542.580, abs=1e-3)
    assert income[2016] == pytest.approx(4321.783, abs=1e-3)
    out = c.period_changes(poverty, income, [(2014, 2016)])
    assert out["elasticity"].iloc[0] == pytest.approx(-1.87899, abs=1e-5)
    assert c.poverty_reading(out["elasticity"].iloc[0]) == \
        "poverty falls faster than income grows"


def test_mark_gaps_insurance_2011():
    # data/insurance_national.csv has 2010 and 2012-2015: 2011 becomes an empty row
    frame = pd.DataFrame({"scheme": ["social"] * 3 + ["health"] * 2,
                          "year": [2010, 2012, 2013, 2012, 2013],
                          "value": [64068.0, 98714.0, 117890.0, 32474.0, 38455.0]})
    out = c.mark_gaps(frame, "scheme")
    social = out[out["scheme"] == "social"]
    assert social["year"].tolist() == [2010, 2011, 2012, 2013]
    assert math.isnan(social[social["year"] == 2011]["value"].iloc[0])
    assert out[out["scheme"] == "health"]["year"].tolist() == [2012, 2013]  # no hole
    assert len(out) == 6 and list(out.columns) == ["scheme", "year", "value"]


def test_mark_gaps_bad_input():
    with pytest.raises(ValueError, match="no column"):
        c.mark_gaps(pd.DataFrame({"year": [2010]}), "scheme")
    with pytest.raises(ValueError, match="year twice"):
        c.mark_gaps(pd.DataFrame({"s": ["a", "a"], "year": [2010, 2010]}), "s")
