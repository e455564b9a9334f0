"""analysis.correlations: hand-worked cases from cells of the data tables."""
import math

import pandas as pd
import pytest

from analysis import charts, data
from analysis.compute import inequality


def test_gini_of_groups_two_equal_groups():
    # incomes 1 and 3, equal populations: discrete Gini = sum|xi - xj| / (2 n^2 mean)
    # = (2 + 2) / (2 * 4 * 2) = 0.25
    groups = pd.DataFrame({"geo": ["a", "a"], "quintile": [1, 2], "income": [1.0, 3.0],
                           "population": [10.0, 10.0]})
    assert inequality.gini_of_groups(groups) == pytest.approx(0.25)
    # the richer group read as 1: everyone equal, Gini 0
    assert inequality.gini_of_groups(inequality.replace_group_income(groups, "a", 2, 1.0)) == pytest.approx(0.0)
    assert groups["income"].tolist() == [1.0, 3.0]  # the input is not changed


def test_replace_group_income_vinh_phuc_2016():
    # data/income_by_quintile.csv vinh-phuc 2016 quintile 5: 6280 (quintile table); GSO's
    # R5/R1 table prints 6208, the figure the book reads (data.income_quintiles).
    groups = data.quintile_groups("northern-ker", 2016)
    assert groups[(groups["geo"] == "vinh-phuc") & (groups["quintile"] == 5)]["income"].iloc[0] \
        == 6208
    swapped = inequality.replace_group_income(groups, "vinh-phuc", 5, 6280)
    assert swapped[(swapped["geo"] == "vinh-phuc")
                   & (swapped["quintile"] == 5)]["income"].iloc[0] == 6280
    assert len(swapped) == len(groups) == 35
    # a higher top income in one province raises the pooled Gini, by little
    before, after = inequality.gini_of_groups(groups), inequality.gini_of_groups(swapped)
    assert 0 < after - before < 0.005
    assert before == pytest.approx(data.income_inequality("northern-ker", 2016)["gini"])


def test_replace_group_income_bad_input():
    groups = pd.DataFrame({"geo": ["a"], "quintile": [1], "income": [1.0],
                           "population": [1.0]})
    with pytest.raises(ValueError, match="no quintile group b Q1"):
        inequality.replace_group_income(groups, "b", 1, 2.0)
    with pytest.raises(ValueError, match="positive"):
        inequality.replace_group_income(groups, "a", 1, -2.0)
    with pytest.raises(ValueError, match="lack column"):
        inequality.gini_of_groups(groups.drop(columns="population"))


def test_mark_gaps_insurance_2011():
    # data/insurance_national.csv has 2010 and 2012-2015: 2011 becomes an empty row
    frame = pd.DataFrame({"scheme": ["social"] * 3 + ["health"] * 2,
                          "year": [2010, 2012, 2013, 2012, 2013],
                          "value": [64068.0, 98714.0, 117890.0, 32474.0, 38455.0]})
    out = charts.mark_gaps(frame, "scheme")
    social = out[out["scheme"] == "social"]
    assert social["year"].tolist() == [2010, 2011, 2012, 2013]
    assert math.isnan(social[social["year"] == 2011]["value"].iloc[0])
    assert out[out["scheme"] == "health"]["year"].tolist() == [2012, 2013]  # no hole
    assert len(out) == 6 and list(out.columns) == ["scheme", "year", "value"]


def test_mark_gaps_bad_input():
    with pytest.raises(ValueError, match="no column"):
        charts.mark_gaps(pd.DataFrame({"year": [2010]}), "scheme")
    with pytest.raises(ValueError, match="year twice"):
        charts.mark_gaps(pd.DataFrame({"s": ["a", "a"], "year": [2010, 2010]}), "s")
