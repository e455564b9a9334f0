"""Correlations between social security and growth (thesis 3.3) as pure functions.

The pages of Chapter 3 on correlations and evaluation call these with series read
from ``data/`` (through :mod:`analysis.series`); nothing here reads a file. Inputs
are pandas Series indexed by year (or plain numbers); bad input raises
``ValueError`` with the reason.

* :func:`period_changes` -- for each period (start, end), the change of two series
  in per cent and the arc elasticity of one to the other (thesis 2.3.1 for insurance
  participants and GDP, 2.3.3 for poverty and income). A period whose start or end
  year is missing in either series is left out, never bridged.
* :func:`consecutive_periods` -- the periods between consecutive years a series
  has (2010-2012 when 2011 is missing).
* :func:`poverty_reading` -- the thesis's reading of the sign and size of the
  elasticity of poverty to income (its section 2.3.3), for the standard ratio
  %Δpoverty / %Δincome.
* :func:`relative_to` -- a value as a percentage of a reference (a region against the
  country).
* :func:`replace_group_income` and :func:`gini_of_groups` -- the pooled Gini of
  province quintile groups, and the same after one group's income is replaced (a
  sensitivity check on a printed figure).
* :func:`mark_gaps` -- empty rows for the years a series lacks, so that a chart's
  line breaks there instead of bridging the gap.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from . import indicators


def consecutive_periods(years) -> list[tuple[int, int]]:
    """The periods between consecutive years of a list: [2010, 2012, 2013] gives
    [(2010, 2012), (2012, 2013)]."""
    ys = sorted({int(y) for y in years})
    return list(zip(ys[:-1], ys[1:]))


def period_changes(y: pd.Series, x: pd.Series, periods) -> pd.DataFrame:
    """Change of ``y`` and of ``x`` over each period, and the elasticity of y to x.

    For a period (s, e): ``y_change`` = 100 (y_e / y_s - 1), ``x_change`` the same for
    x, ``elasticity`` = y_change / x_change (:func:`analysis.indicators.elasticity`),
    ``y_cagr`` and ``x_cagr`` the compound annual rates over e - s years. Periods
    whose two ends are not both in both series are left out. A period in which x
    does not change has no elasticity (NaN).
    """
    y, x = indicators.year_series(y, "y"), indicators.year_series(x, "x")
    rows = []
    for start, end in periods:
        start, end = int(start), int(end)
        if end <= start:
            raise ValueError(f"period {start}-{end}: the end must come after the start")
        if not {start, end} <= set(y.index) & set(x.index):
            continue
        y0, y1, x0, x1 = y[start], y[end], x[start], x[end]
        try:
            e = indicators.elasticity(y0, y1, x0, x1)
        except ValueError as err:
            if "does not change" not in str(err):
                raise
            e = math.nan
        rows.append({"start": start, "end": end, "period": f"{start}-{end}",
                     "y_start": y0, "y_end": y1, "x_start": x0, "x_end": x1,
                     "y_change": 100.0 * (y1 / y0 - 1.0), "x_change": 100.0 * (x1 / x0 - 1.0),
                     "y_cagr": indicators.cagr(y0, y1, end - start),
                     "x_cagr": indicators.cagr(x0, x1, end - start),
                     "elasticity": e})
    return pd.DataFrame(rows, columns=["start", "end", "period", "y_start", "y_end",
                                       "x_start", "x_end", "y_change", "x_change",
                                       "y_cagr", "x_cagr", "elasticity"])


def poverty_reading(e: float) -> str:
    """The thesis's reading (2.3.3) of an elasticity of poverty to income growth,
    e = %Δpoverty / %Δincome.

    * e < -1: poverty falls faster than income grows;
    * e = -1: poverty falls as fast as income grows;
    * -1 < e < 0: poverty falls, more slowly than income grows (growth goes with
      a less equal distribution, in the thesis's words);
    * e = 0: poverty does not respond to growth;
    * e > 0: poverty and income move in the same direction.
    """
    return {band: text for band, text in zip(indicators.POVERTY_ELASTICITY_BANDS, (
        "poverty falls faster than income grows",
        "poverty falls as fast as income grows",
        "poverty falls more slowly than income grows",
        "poverty does not respond to income",
        "poverty and income move in the same direction",
    ))}[indicators.poverty_elasticity_band(e)]


def relative_to(value, reference) -> float:
    """``value`` as a percentage above (+) or below (-) ``reference``:
    100 (value / reference - 1)."""
    v = float(value)
    if not np.isfinite(v):
        raise ValueError(f"value must be a finite number, got {value!r}")
    r = float(reference)
    if not np.isfinite(r) or r <= 0:
        raise ValueError(f"reference must be a positive number, got {reference!r}")
    return 100.0 * (v / r - 1.0)


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
