"""Small pure helpers for the worked examples of Chapter 2 and the data paragraphs of
Chapter 4: elasticities between successive years, deflating by a price index,
coverage rates, the pace needed to reach a target, and the reading of an elasticity.
No file or network I/O; series are pandas Series indexed by year.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from . import indicators

ELASTICITY_COLUMNS = ["start", "end", "span", "y0", "y1", "x0", "x1", "pct_y", "pct_x",
                      "elasticity"]


def _by_year(series: pd.Series, name: str) -> pd.Series:
    if not isinstance(series, pd.Series):
        raise ValueError(f"{name} must be a pandas Series indexed by year")
    try:
        years = [int(y) for y in series.index]
    except (TypeError, ValueError):
        raise ValueError(f"the index of {name} must be years (integers)") from None
    if len(set(years)) != len(years):
        raise ValueError(f"{name} has a year twice")
    return pd.Series(series.to_numpy(dtype=float), index=years).dropna().sort_index()


def elasticities(y: pd.Series, x: pd.Series, max_span: int | None = None) -> pd.DataFrame:
    """Arc elasticity of ``y`` with respect to ``x`` between each pair of successive
    years that both series have: %Δy / %Δx with %Δ = (v_end - v_start) / v_start
    (thesis 2.3.1 and 2.3.3; :func:`analysis.indicators.elasticity`).

    ``pct_y`` and ``pct_x`` are in per cent. A pair further apart than ``max_span``
    years is left out (never bridged). A pair in which ``x`` does not change has no
    elasticity and is an error.
    """
    y, x = _by_year(y, "y"), _by_year(x, "x")
    years = sorted(set(y.index) & set(x.index))
    rows = []
    for start, end in zip(years, years[1:]):
        if max_span is not None and end - start > max_span:
            continue
        y0, y1, x0, x1 = y[start], y[end], x[start], x[end]
        rows.append({"start": start, "end": end, "span": end - start,
                     "y0": y0, "y1": y1, "x0": x0, "x1": x1,
                     "pct_y": 100.0 * (y1 - y0) / y0, "pct_x": 100.0 * (x1 - x0) / x0,
                     "elasticity": indicators.elasticity(y0, y1, x0, x1)})
    return pd.DataFrame(rows, columns=ELASTICITY_COLUMNS)


def deflator(current: pd.Series, constant: pd.Series) -> pd.Series:
    """Implicit price deflator, 100 × current-price value / constant-price value, for
    the years both series have (the base year, where the two are equal, gives 100)."""
    current, constant = _by_year(current, "current"), _by_year(constant, "constant")
    years = sorted(set(current.index) & set(constant.index))
    if not years:
        raise ValueError("the current- and constant-price series share no year")
    if (constant[years] <= 0).any():
        raise ValueError("a constant-price value is not positive")
    return 100.0 * current[years] / constant[years]


def to_constant_prices(nominal: pd.Series, price_index: pd.Series) -> pd.Series:
    """A nominal series in the prices of the index's base year: nominal × 100 / index.
    Every year of ``nominal`` needs an index value (a missing one is an error, never
    interpolated)."""
    nominal, price_index = _by_year(nominal, "nominal"), _by_year(price_index, "price index")
    missing = sorted(set(nominal.index) - set(price_index.index))
    if missing:
        raise ValueError(f"no price index for year(s) {missing}")
    idx = price_index[nominal.index]
    if (idx <= 0).any():
        raise ValueError("a price index value is not positive")
    return nominal * 100.0 / idx


def coverage_rate(insured, base):
    """Coverage in per cent: 100 × insured / base (e.g. social-insurance participants
    over the labour force, both in thousand persons). Numbers or pandas Series aligned
    by year."""
    return indicators._ratio(insured, base, 100.0, "insured persons", "base population")


def pace_to_target(value: float, year: int, target: float, target_year: int) -> float:
    """Change per year needed to go from ``value`` in ``year`` to ``target`` in
    ``target_year``, in the unit of the values (percentage points for a rate):
    (target - value) / (target_year - year)."""
    for name, v in (("value", value), ("target", target)):
        if not np.isfinite(float(v)):
            raise ValueError(f"{name} must be a finite number, got {v!r}")
    if int(target_year) <= int(year):
        raise ValueError(f"the target year {target_year} is not after {year}")
    return (float(target) - float(value)) / (int(target_year) - int(year))


def poverty_elasticity_reading(e: float) -> str:
    """How Chapter 2's table reads an elasticity of poverty to income growth
    (%Δpoverty / %Δincome, income growing)."""
    e = float(e)
    if not np.isfinite(e):
        raise ValueError(f"the elasticity must be a finite number, got {e!r}")
    if e < -1:
        return "poverty fell proportionally faster than income rose"
    if e == -1:
        return "poverty fell at the same rate as income rose"
    if e < 0:
        return "poverty fell, but more slowly than income rose"
    if e == 0:
        return "poverty did not respond to growth"
    return "poverty rose despite growth"


def tex_number(value: float, decimals: int = 0) -> str:
    """A number for LaTeX with a thousands separator: 1{,}038 or 4{,}192{,}862.5."""
    return f"{float(value):,.{decimals}f}".replace(",", "{,}")

