"""Indicators of the thesis (section 2.3) as pure functions: no file or network I/O.

Each function states its formula and where the thesis defines it. Inputs are plain
sequences or numpy arrays; bad input raises ``ValueError`` with the reason.

A note on the direction of an elasticity. The thesis prints the elasticity of poverty
with respect to income as %Δincome / %Δpoverty, but reads it the standard way: a
negative sign means that poverty falls as income rises, and a value below -1 means
that poverty falls faster than income grows. That reading belongs to the standard
definition %Δpoverty / %Δincome, which is what :func:`elasticity` computes (called
with poverty as ``y`` and income as ``x``).
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



# --- growth, ratios and elasticities (thesis 2.3.1 to 2.3.3) ----------------------------

def _positive(name: str, value) -> float:
    v = float(value)
    if not np.isfinite(v):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    if v <= 0:
        raise ValueError(f"{name} must be positive, got {value!r}")
    return v


def _ratio(numerator, denominator, scale: float, num_name: str, den_name: str):
    """scale * numerator / denominator for numbers or aligned pandas Series; a
    denominator of zero or less, or a negative numerator, is an error."""
    if isinstance(numerator, pd.Series) or isinstance(denominator, pd.Series):
        num = pd.to_numeric(pd.Series(numerator) if isinstance(numerator, pd.Series)
                            else numerator)
        den = pd.to_numeric(pd.Series(denominator) if isinstance(denominator, pd.Series)
                            else denominator)
        if (pd.Series(den).dropna() <= 0).any():
            raise ValueError(f"{den_name} must be positive")
        if (pd.Series(num).dropna() < 0).any():
            raise ValueError(f"{num_name} must not be negative")
        return scale * num / den
    if not np.isfinite(float(numerator)) or float(numerator) < 0:
        raise ValueError(f"{num_name} must be a finite number not below zero, "
                         f"got {numerator!r}")
    return scale * float(numerator) / _positive(den_name, denominator)


def percent_of(part, whole):
    """100 * part / whole: a region's population as a percentage of the country's, or
    insured persons as a percentage of the labour force (both in the same unit).
    Numbers or pandas Series aligned by year; a whole of zero or less, or a negative
    part, is an error."""
    return _ratio(part, whole, 100.0, "the part", "the whole")


def per_10000(count, population_thousand):
    """A count per 10,000 people, the population given in thousand persons (as GSO
    prints it): count / (population_thousand * 1000) * 10,000 = 10 * count /
    population_thousand."""
    return _ratio(count, population_thousand, 10.0, "the count", "the population")


def labour_productivity(grdp, employed):
    """Labour productivity = GRDP / average number of employed persons (thesis 2.3.2.1).

    With output in billion VND and employed persons in thousands, the result is in
    million VND per employed person (10^9 / 10^3 = 10^6). Numbers or aligned pandas
    Series; employed persons of zero or less are an error.
    """
    return _ratio(grdp, employed, 1.0, "output", "employed persons")


def per_head(output, population_thousand):
    """Output per head = output / average population: with output in billion VND and
    the population in thousand persons (as GSO prints both), million VND per person
    (10^9 / 10^3 = 10^6). Numbers or aligned pandas Series; a population of zero or
    less is an error."""
    return _ratio(output, population_thousand, 1.0, "output", "the population")


def insurance_gdp_ratio(spending, gdp):
    """Insurance spending as a percentage of GDP (or GRDP): 100 * spending / GDP.

    The thesis (2.3.1) defines the ratio as total local insurance expenditure over
    GRDP; it is returned here in per cent.

    Both in the same unit (e.g. billion VND at current prices). Numbers or aligned
    pandas Series; a GDP of zero or less is an error.
    """
    return _ratio(spending, gdp, 100.0, "spending", "GDP")


def growth_rate(series: pd.Series) -> pd.Series:
    """Year-on-year growth in per cent: g_t = 100 * (x_t / x_{t-1} - 1).

    ``series`` is indexed by year (integers). The growth of year t needs the value
    of year t - 1: where that year is missing (or its value is NaN), year t has no
    growth (NaN), never a growth over two years. The first year has none either.
    A base of zero or less is an error (the growth is undefined).
    """
    if not isinstance(series, pd.Series):
        raise ValueError("growth_rate needs a pandas Series indexed by year")
    try:
        years = [int(y) for y in series.index]
    except (TypeError, ValueError):
        raise ValueError("the index of the series must be years (integers)") from None
    if len(set(years)) != len(years):
        raise ValueError("the series has a year twice")
    values = pd.Series(series.to_numpy(dtype=float), index=years).sort_index()
    base = values.rename(lambda y: y + 1)  # the value of year t - 1, indexed by t
    previous = base.reindex(values.index)
    bad = previous[previous <= 0]
    if len(bad):
        raise ValueError(f"growth is undefined after year {int(bad.index[0]) - 1}: "
                         f"base value {bad.iloc[0]!r} is not positive")
    out = 100.0 * (values / previous - 1.0)
    out.index.name = series.index.name
    return out


def cagr(first, last, years) -> float:
    """Compound annual growth rate in per cent: 100 * ((last / first) ** (1 / years) - 1).

    ``years`` is the number of years between the two values (2015 - 2010 = 5), not
    the number of values.
    """
    f = _positive("first value", first)
    if float(last) < 0 or not np.isfinite(float(last)):
        raise ValueError(f"last value must be a finite number not below zero, got {last!r}")
    n = float(years)
    if not np.isfinite(n) or n <= 0:
        raise ValueError(f"years must be positive, got {years!r}")
    return 100.0 * ((float(last) / f) ** (1.0 / n) - 1.0)


def elasticity(y0, y1, x0, x1) -> float:
    """Arc elasticity of y with respect to x between two dates: (%Δy) / (%Δx)
    (thesis 2.3.3 for poverty and income; 2.3.1 for insurance participants and GDP).

    %Δy = (y1 - y0) / y0 and %Δx = (x1 - x0) / x0. For the elasticity of poverty
    with respect to income, y is the poverty rate and x the income (see the module
    note on how the thesis prints it). The bases y0 and x0 must be positive and x
    must change (a %Δx of zero leaves the elasticity undefined).
    """
    y0 = _positive("y0 (the base of y)", y0)
    x0 = _positive("x0 (the base of x)", x0)
    for name, v in (("y1", y1), ("x1", x1)):
        if not np.isfinite(float(v)):
            raise ValueError(f"{name} must be a finite number, got {v!r}")
    dx = (float(x1) - x0) / x0
    if dx == 0:
        raise ValueError("x does not change (%Δx = 0): the elasticity is undefined")
    dy = (float(y1) - y0) / y0
    return dy / dx


def year_series(series: pd.Series, name: str = "series") -> pd.Series:
    """A pandas Series indexed by year, as the period functions expect it: integer
    years, each once, float values, missing years dropped, sorted."""
    if not isinstance(series, pd.Series):
        raise ValueError(f"{name} must be a pandas Series indexed by year")
    try:
        years = [int(y) for y in series.index]
    except (TypeError, ValueError):
        raise ValueError(f"the index of {name} must be years (integers)") from None
    if len(set(years)) != len(years):
        raise ValueError(f"{name} has a year twice")
    return pd.Series(series.to_numpy(dtype=float), index=years).dropna().sort_index()


#: The bands of an elasticity of poverty to income growth (%Δpoverty / %Δincome,
#: income growing), as the thesis reads them (its 2.3.3), each with the one reading
#: every page prints: below -1, poverty falls faster than income grows; between -1 and
#: 0, more slowly (the thesis: growth goes with a less equal distribution); above 0, it
#: rises.
POVERTY_ELASTICITY_READINGS = {
    "faster": "poverty fell proportionally faster than income rose",
    "equal": "poverty fell at the same rate as income rose",
    "slower": "poverty fell, but more slowly than income rose",
    "none": "poverty did not respond to growth",
    "same-direction": "poverty rose despite growth",
}
POVERTY_ELASTICITY_BANDS = tuple(POVERTY_ELASTICITY_READINGS)


def poverty_elasticity_band(e: float) -> str:
    """Which of :data:`POVERTY_ELASTICITY_BANDS` an elasticity falls in."""
    e = float(e)
    if not np.isfinite(e):
        raise ValueError(f"the elasticity must be a finite number, got {e!r}")
    if e < -1:
        return "faster"
    if e == -1:
        return "equal"
    if e < 0:
        return "slower"
    if e == 0:
        return "none"
    return "same-direction"


def poverty_elasticity_reading(e: float) -> str:
    """The reading of an elasticity of poverty to income growth
    (:data:`POVERTY_ELASTICITY_READINGS`)."""
    return POVERTY_ELASTICITY_READINGS[poverty_elasticity_band(e)]


# --- periods, changes and prices ------------------------------------------------------

def consecutive_periods(years) -> list[tuple[int, int]]:
    """The periods between consecutive years of a list: [2010, 2012, 2013] gives
    [(2010, 2012), (2012, 2013)]."""
    ys = sorted({int(y) for y in years})
    return list(zip(ys[:-1], ys[1:]))


CHANGE_COLUMNS = ["start", "end", "period", "span", "y0", "y1", "x0", "x1", "pct_y", "pct_x",
                  "y_cagr", "x_cagr", "elasticity"]


def changes(y: pd.Series, x: pd.Series, periods=None) -> pd.DataFrame:
    """Change of ``y`` and of ``x`` over each period, and the arc elasticity of y to x
    (thesis 2.3.1 for insurance participants and GDP, 2.3.3 for poverty and income).

    For a period (s, e): ``pct_y`` = 100 (y_e / y_s - 1) and ``pct_x`` the same for x,
    ``elasticity`` = pct_y / pct_x (:func:`elasticity`), ``y_cagr`` and ``x_cagr`` the
    compound annual rates over ``span`` = e - s years. ``periods`` defaults to the
    consecutive years both series have (:func:`consecutive_periods`). A period whose
    two ends are not both in both series is left out, never bridged; a period in which
    x does not change has no elasticity (NaN).
    """
    y, x = year_series(y, "y"), year_series(x, "x")
    if periods is None:
        periods = consecutive_periods(set(y.index) & set(x.index))
    rows = []
    for start, end in periods:
        start, end = int(start), int(end)
        if end <= start:
            raise ValueError(f"period {start}-{end}: the end must come after the start")
        if not {start, end} <= set(y.index) & set(x.index):
            continue
        y0, y1, x0, x1 = y[start], y[end], x[start], x[end]
        try:
            e = elasticity(y0, y1, x0, x1)
        except ValueError as err:
            if "does not change" not in str(err):
                raise
            e = float("nan")
        rows.append({"start": start, "end": end, "period": f"{start}-{end}",
                     "span": end - start, "y0": y0, "y1": y1, "x0": x0, "x1": x1,
                     "pct_y": 100.0 * (y1 / y0 - 1.0), "pct_x": 100.0 * (x1 / x0 - 1.0),
                     "y_cagr": cagr(y0, y1, end - start), "x_cagr": cagr(x0, x1, end - start),
                     "elasticity": e})
    return pd.DataFrame(rows, columns=CHANGE_COLUMNS)


def deflator(current: pd.Series, constant: pd.Series) -> pd.Series:
    """Implicit price deflator, 100 × current-price value / constant-price value, for
    the years both series have (the base year, where the two are equal, gives 100)."""
    current, constant = year_series(current, "current"), year_series(constant, "constant")
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
    nominal, price_index = year_series(nominal, "nominal"), year_series(price_index, "price index")
    missing = sorted(set(nominal.index) - set(price_index.index))
    if missing:
        raise ValueError(f"no price index for year(s) {missing}")
    idx = price_index[nominal.index]
    if (idx <= 0).any():
        raise ValueError("a price index value is not positive")
    return nominal * 100.0 / idx


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
