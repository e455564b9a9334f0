"""The pooled Gini of province quintile groups and its sensitivity to one printed
figure (thesis 3.3). Pure functions: nothing here reads a file.

:func:`replace_group_income` and :func:`gini_of_groups` give the pooled Gini of province
quintile groups, and the same after one group's income is replaced (a sensitivity check
on a printed figure). Changes, elasticities and their readings are
:func:`analysis.compute.indicators.changes` and
:func:`analysis.compute.indicators.poverty_elasticity_reading`.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from . import indicators


GROUP_COLUMNS = ("geo", "quintile", "income", "population")


def _check_groups(groups: pd.DataFrame) -> None:
    missing = [c for c in GROUP_COLUMNS if c not in groups.columns]
    if missing:
        raise ValueError(f"quintile groups lack column(s) {missing}")
    if groups.duplicated(["geo", "quintile"]).any():
        raise ValueError("quintile groups have a province and quintile twice")


def gini_of_groups(groups: pd.DataFrame) -> float:
    """Gini of pooled quintile groups (columns geo, quintile, income, population),
    each group weighted by its population (thesis 2.3.2.2; see
    :func:`analysis.compute.indicators.gini`)."""
    _check_groups(groups)
    return indicators.gini(groups["income"].to_numpy(), groups["population"].to_numpy())


def replace_group_income(groups: pd.DataFrame, geo: str, quintile: int,
                         income: float) -> pd.DataFrame:
    """A copy of ``groups`` with the income of one province quintile replaced.

    For a sensitivity check: how much a pooled figure moves when one printed
    income is read another way. The group must exist; the income must be positive.
    """
    _check_groups(groups)
    hit = (groups["geo"] == geo) & (groups["quintile"] == int(quintile))
    if hit.sum() != 1:
        raise ValueError(f"no quintile group {geo} Q{quintile} among the groups")
    v = float(income)
    if not np.isfinite(v) or v <= 0:
        raise ValueError(f"income must be a positive number, got {income!r}")
    out = groups.copy()
    out["income"] = out["income"].astype(float)
    out.loc[hit, "income"] = v
    return out
