"""Helpers for the worked examples of Chapter 2, the data paragraphs of Chapter 4 and
the conclusion.

The first part is pure (no file or network I/O; series are pandas Series indexed by
year): elasticities between successive years, deflating by a price index, coverage
rates, the pace needed to reach a target, and the reading of an elasticity. The last
part, :func:`by_year`, :func:`si_participant_elasticities` and
:func:`poverty_income_elasticities`, reads the book's series (:mod:`analysis.series`)
so that the chapters compute these indicators the same way.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from . import indicators

ELASTICITY_COLUMNS = ["start", "end", "span", "y0", "y1", "x0", "x1", "pct_y", "pct_x",
                      "elasticity"]


def elasticities(y: pd.Series, x: pd.Series, max_span: int | None = None) -> pd.DataFrame:
    """Arc elasticity of ``y`` with respect to ``x`` between each pair of successive
    years that both series have: %Δy / %Δx with %Δ = (v_end - v_start) / v_start
    (thesis 2.3.1 and 2.3.3; :func:`analysis.indicators.elasticity`).

    ``pct_y`` and ``pct_x`` are in per cent. A pair further apart than ``max_span``
    years is left out (never bridged). A pair in which ``x`` does not change has no
    elasticity and is an error.
    """
    y, x = indicators.year_series(y, "y"), indicators.year_series(x, "x")
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
    current, constant = indicators.year_series(current, "current"), indicators.year_series(constant, "constant")
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
    nominal, price_index = indicators.year_series(nominal, "nominal"), indicators.year_series(price_index, "price index")
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
    return {band: text for band, text in zip(indicators.POVERTY_ELASTICITY_BANDS, (
        "poverty fell proportionally faster than income rose",
        "poverty fell at the same rate as income rose",
        "poverty fell, but more slowly than income rose",
        "poverty did not respond to growth",
        "poverty rose despite growth",
    ))}[indicators.poverty_elasticity_band(e)]


def tex_number(value: float, decimals: int = 0) -> str:
    """A number for LaTeX with a thousands separator: 1{,}038 or 4{,}192{,}862.5."""
    return f"{float(value):,.{decimals}f}".replace(",", "{,}")



# --- the indicators from the book's tables ---------------------------------------------

def by_year(key: str, geo: str = "whole-country", vintage: str | None = None) -> pd.Series:
    """One series of the book (:func:`analysis.series.get`) for one geography, as values
    indexed by year. A series with several vintages for the geography needs ``vintage``
    (two vintages are never read as one series)."""
    from . import series

    frame = series.get(key, geo, vintage)
    if frame["vintage"].nunique() > 1:
        raise ValueError(f"{key} for {geo} has vintages {sorted(frame['vintage'].unique())}: "
                         "name one")
    return frame.set_index("year")["value"].rename(key)


def si_participant_elasticities(scheme: str = "si") -> pd.DataFrame:
    """Elasticity of the persons insured (``scheme``: si, hi or ui) to GDP at constant
    2010 prices, whole country, between successive years of GSO's insurance table
    (thesis 2.3.1; GDP of the same 2018 edition, before the later revision)."""
    return elasticities(by_year(f"{scheme}_insured"), by_year("gdp_constant_gso"))


def poverty_income_elasticities(geo: str) -> pd.DataFrame:
    """Elasticity of GSO's general poverty rate to real mean income per head between
    successive survey years (thesis 2.3.3): income at current prices deflated by the
    implicit GDP deflator of GSO's revised national accounts (2010 = 100). The column
    ``nominal_elasticity`` gives the same ratio with income at current prices."""
    poverty = by_year("poverty_rate", geo)
    income = by_year("income_per_capita", geo)
    price = deflator(by_year("gdp_current"), by_year("gdp_constant_2010"))
    table = elasticities(poverty, to_constant_prices(income, price))
    nominal = elasticities(poverty, income)
    if list(nominal["start"]) != list(table["start"]):
        raise ValueError(f"{geo}: income at current and constant prices cover other years")
    table["nominal_elasticity"] = nominal["elasticity"].to_numpy()
    table.insert(0, "geo", geo)
    return table
