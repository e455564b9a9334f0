"""Indicators of the thesis (section 2.3) as pure functions: no file or network I/O.

Each function states its formula and where the thesis defines it. Inputs are plain
sequences or numpy arrays; bad input raises ``ValueError`` with the reason.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd


def _as_groups(values, weights=None) -> tuple[np.ndarray, np.ndarray]:
    v = np.asarray(values, dtype=float)
    if v.ndim != 1 or v.size == 0:
        raise ValueError("values must be a non-empty one-dimensional sequence")
    w = np.ones_like(v) if weights is None else np.asarray(weights, dtype=float)
    if w.shape != v.shape:
        raise ValueError(f"values ({v.size}) and weights ({w.size}) differ in length")
    if not (np.isfinite(v).all() and np.isfinite(w).all()):
        raise ValueError("values and weights must be finite numbers (no NaN)")
    if (v < 0).any():
        raise ValueError("values must not be negative")
    if (w <= 0).any():
        raise ValueError("weights must be positive")
    if (v * w).sum() <= 0:
        raise ValueError("total income is zero")
    order = np.argsort(v, kind="stable")
    return v[order], w[order]


def lorenz_curve(values, weights=None) -> pd.DataFrame:
    """Points of the Lorenz curve, starting at (0, 0) and ending at (1, 1).

    ``values`` are incomes (per person, or per group), ``weights`` the number of
    people each value stands for (e.g. the population of a province's quintile
    group). Groups are sorted by value ascending; point *i* is the share of the
    population in the *i* poorest groups and the share of income they receive.
    """
    v, w = _as_groups(values, weights)
    pop = np.concatenate([[0.0], np.cumsum(w)]) / w.sum()
    inc = np.concatenate([[0.0], np.cumsum(v * w)]) / (v * w).sum()
    return pd.DataFrame({"population_share": pop, "income_share": inc})


def gini(values, weights=None) -> float:
    """Gini coefficient G = A / (A + B) (thesis 2.3.2.2).

    A is the area between the line of equality and the Lorenz curve, B the area
    under the curve, so A + B = 1/2 and G = 1 - 2B. B is summed with trapezoids
    over the Lorenz points: B = sum_i (P_i - P_{i-1}) (L_i + L_{i-1}) / 2.
    For equally weighted individual values this equals the standard discrete Gini
    sum_i sum_j |x_i - x_j| / (2 n^2 mean). With grouped data each group is taken
    as equal incomes, so within-group inequality is left out and the result is a
    lower bound of the Gini of the underlying individuals.
    """
    curve = lorenz_curve(values, weights)
    p = curve["population_share"].to_numpy()
    L = curve["income_share"].to_numpy()
    b = float(np.sum(np.diff(p) * (L[1:] + L[:-1])) / 2)
    return 1.0 - 2.0 * b


def _check_quintiles(quintile_means: Sequence[float]) -> np.ndarray:
    q = np.asarray(quintile_means, dtype=float)
    if q.shape != (5,):
        raise ValueError(f"expected the 5 quintile means (poorest first), got {q.size} values")
    if not np.isfinite(q).all() or (q < 0).any():
        raise ValueError("quintile means must be finite and non-negative")
    if (np.diff(q) < 0).any():
        raise ValueError("quintile means must be ordered from the poorest (Q1) to the richest (Q5)")
    return q


def a40(quintile_means: Sequence[float]) -> float:
    """Income share of the poorest 40 % of the population, 0-1 (thesis 2.3.2.2).

    With five equal-size groups: A40 = (Q1 + Q2) / (Q1 + Q2 + Q3 + Q4 + Q5).
    The World Bank reading quoted by the thesis: about 17 % is medium inequality,
    above 17 % favours the poor, below it signals large inequality.
    """
    q = _check_quintiles(quintile_means)
    return float((q[0] + q[1]) / q.sum())


def r5_r1(quintile_means: Sequence[float]) -> float:
    """Ratio B = R5 / R1 (thesis 2.3.2.2): mean income of the richest fifth over the
    mean income of the poorest fifth."""
    q = _check_quintiles(quintile_means)
    if q[0] == 0:
        raise ValueError("the poorest quintile has zero income; R5/R1 is undefined")
    return float(q[4] / q[0])


def quintile_means(values, weights=None) -> np.ndarray:
    """Mean income of each fifth of a pooled population (poorest first).

    The groups (e.g. the five quintile groups of every province in a KER, weighted
    by population) are sorted and pooled; each fifth of the pooled population takes
    income from the Lorenz curve, which is linear inside a group:
    Q_k = (L(k/5) - L((k-1)/5)) * mean / 0.2.
    """
    v, w = _as_groups(values, weights)
    curve = lorenz_curve(v, w)
    cuts = np.linspace(0.0, 1.0, 6)
    L = np.interp(cuts, curve["population_share"], curve["income_share"])
    mean = (v * w).sum() / w.sum()
    return np.diff(L) * mean / 0.2

