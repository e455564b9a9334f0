"""The pooled Gini of province quintile groups and its sensitivity to one printed
figure, and the gaps of a chart's series (thesis 3.3). Pure functions: nothing here
reads a file.

* :func:`replace_group_income` and :func:`gini_of_groups` -- the pooled Gini of
  province quintile groups, and the same after one group's income is replaced (a
  sensitivity check on a printed figure).
* :func:`mark_gaps` -- empty rows for the years a series lacks, so that a chart's
  line breaks there instead of bridging the gap.

Changes, elasticities and their readings are :func:`analysis.indicators.changes` and
:func:`analysis.indicators.poverty_elasticity_reading`.
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
    :func:`analysis.indicators.gini`)."""
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


def mark_gaps(frame: pd.DataFrame, by, year: str = "year") -> pd.DataFrame:
    """Add an empty row (values missing) for every year missing inside a series' span.

    For line charts: a line breaks at a missing value, so a year the publisher does
    not print (GSO's insurance table has no 2011 column) shows as a gap rather than
    as a line drawn across it. ``by`` names the column(s) that identify a series;
    only years between a series' first and last year are added, and the other
    columns of an added row are left empty.
    """
    by = [by] if isinstance(by, str) else list(by)
    missing = [c for c in by + [year] if c not in frame.columns]
    if missing:
        raise ValueError(f"the frame has no column(s) {missing}")
    parts = []
    for key, part in frame.groupby(by, sort=False):
        key = key if isinstance(key, tuple) else (key,)
        years = sorted(int(y) for y in part[year])
        if len(set(years)) != len(years):
            raise ValueError(f"series {key} has a year twice")
        holes = sorted(set(range(years[0], years[-1] + 1)) - set(years))
        parts.append(part)
        if holes:
            fill = pd.DataFrame({year: holes})
            for col, v in zip(by, key):
                fill[col] = v
            parts.append(fill)
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(by + [year], kind="stable").reset_index(drop=True)[frame.columns]
