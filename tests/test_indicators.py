"""Indicators against hand-worked cases and GSO's published national figures."""
from itertools import product

import numpy as np
import pytest

from analysis import data, indicators


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
