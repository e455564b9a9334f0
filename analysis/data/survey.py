"""The household living standards survey by province: income per head by quintile,
the province quintile groups a region pools, and the inequality measures computed from
them (Gini, A40, R5/R1, Lorenz curves). The formulas are
:mod:`analysis.compute.indicators`; this module reads the tables they need."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ..compute import indicators
from ..compute.text import number
from . import regions
from . import tables
from .tables import load


def population(vintage: str) -> pd.DataFrame:
    """Average population (thousand) of one vintage, all geographies and years."""
    pop = load("population")
    vintages = sorted(pop["vintage"].unique())
    if vintage not in vintages:
        raise ValueError(f"unknown population vintage {vintage!r}; valid: {', '.join(vintages)}")
    return pop[pop["vintage"] == vintage].reset_index(drop=True)


#: The population series used to weight the income-survey years 2010-2016: the one
#: in use when those survey results were published (before the 2019 census revision).
INCOME_WEIGHT_VINTAGE = "pre-2019-census"


def income_quintiles() -> pd.DataFrame:
    """GSO's income per head by quintile (``income_by_quintile``; quintile 0 is the
    general average), with GSO's printing slips resolved.

    GSO prints the income of the richest and poorest fifth of each province twice: in the
    quintile table and beside its R5/R1 ratio (``r5r1_incomes_gso``). Where the two differ
    (in the latest survey year, four provinces whose two figures have the same digits in
    another order), the figure kept is the one with which the five quintile means average
    closest to the province's general average as GSO prints it: the quintile means are of
    fifths of the population, so their mean is the general average. A resolved row says so
    in ``resolved`` (the other printed figure and the table it is from); the data files
    keep both figures as printed."""
    def make() -> pd.DataFrame:
        inc = load("income_by_quintile").copy()
        inc["resolved"] = ""
        beside = load("r5r1_incomes_gso")
        both = inc.merge(beside, on=["geo", "year", "quintile"], suffixes=("", "_r"))
        for r in both[both["value"] != both["value_r"]].itertuples():
            rows = inc[(inc["geo"] == r.geo) & (inc["year"] == r.year)]
            general = float(rows.loc[rows["quintile"] == 0, "value"].iloc[0])
            total = float(rows.loc[rows["quintile"] > 0, "value"].sum())
            as_quintile = abs((total) / 5 - general)
            as_ratio = abs((total - r.value + r.value_r) / 5 - general)
            if as_ratio < as_quintile:
                at = (inc["geo"] == r.geo) & (inc["year"] == r.year) & (inc["quintile"] == r.quintile)
                inc.loc[at, "value"] = r.value_r
                inc.loc[at, "resolved"] = (f"read from the R5/R1 table ({number(r.value_r, 0)}); "
                                           f"the quintile table prints {number(r.value, 0)}")
        return inc
    return tables.cached(("income-quintiles",), tables.data_version(), make).copy()


def quintile_groups(geo: str, year: int) -> pd.DataFrame:
    """The province quintile groups that make up a geography in a survey year.

    One row per province and quintile: mean income (thousand VND/month) and the
    population the group stands for (a fifth of the province's average population,
    thousand persons, vintage :data:`INCOME_WEIGHT_VINTAGE`). Raises when a member
    province lacks income or population for that year.
    """
    inc = income_quintiles()
    years = sorted(inc["year"].unique())
    if year not in years:
        raise ValueError(f"no income survey results for {year}; years: {years}")
    members = [p.slug for p in regions.members(geo)]
    inc = inc[(inc["year"] == year) & (inc["quintile"] > 0) & inc["geo"].isin(members)]
    pop = population(INCOME_WEIGHT_VINTAGE)
    pop = pop[(pop["year"] == year) & pop["geo"].isin(members)][["geo", "value"]]
    missing = sorted(set(members) - set(inc["geo"]) | set(members) - set(pop["geo"]))
    if missing:
        raise ValueError(f"{geo} {year}: no income or population for {', '.join(missing)}")
    groups = inc.merge(pop.rename(columns={"value": "population"}), on="geo")
    groups["population"] = groups["population"] / 5
    return groups[["geo", "quintile", "value", "population"]].rename(columns={"value": "income"})


def published_quintiles(geo: str, year: int) -> np.ndarray | None:
    """GSO's own five quintile means for a geography (country, GSO region, province),
    or None when GSO publishes none for it (e.g. a KER); printing slips resolved
    (:func:`income_quintiles`)."""
    inc = income_quintiles()
    rows = inc[(inc["geo"] == geo) & (inc["year"] == year) & (inc["quintile"] > 0)]
    if len(rows) != 5:
        return None
    return rows.sort_values("quintile")["value"].to_numpy(dtype=float)


def income_inequality(geo: str, year: int, method: str = "pooled") -> dict:
    """Gini, A40 and R5/R1 of a geography in a survey year.

    ``method="pooled"``: pool the quintile groups of the member provinces, weighted
    by population (any geography). ``method="published"``: GSO's own five quintile
    means of the geography (whole country, GSO regions, provinces).
    """
    if method == "pooled":
        g = quintile_groups(geo, year)
        values, weights = g["income"].to_numpy(), g["population"].to_numpy()
        q = indicators.quintile_means(values, weights)
        n = len(g)
    elif method == "published":
        q = published_quintiles(geo, year)
        if q is None:
            raise ValueError(f"GSO publishes no quintile means for {geo}")
        values, weights = q, None
        n = 5
    else:
        raise ValueError(f"unknown method {method!r}; valid: pooled, published")
    return {"geo": geo, "year": year, "method": method, "groups": n,
            "gini": indicators.gini(values, weights), "a40": indicators.a40(q),
            "r5_r1": indicators.r5_r1(q)}


def lorenz_points(geo: str, year: int, method: str = "pooled") -> pd.DataFrame:
    """Lorenz-curve points of a geography in a survey year (see :func:`income_inequality`)."""
    if method == "pooled":
        g = quintile_groups(geo, year)
        curve = indicators.lorenz_curve(g["income"], g["population"])
    else:
        q = published_quintiles(geo, year)
        if q is None:
            raise ValueError(f"GSO publishes no quintile means for {geo}")
        curve = indicators.lorenz_curve(q)
    curve.insert(0, "year", year)
    curve.insert(0, "geo", geo)
    return curve


def survey_years() -> list[int]:
    """The years with income-by-quintile results (the VHLSS rounds in the table)."""
    return sorted(int(y) for y in load("income_by_quintile")["year"].unique())


def inequality_table(geos: list[str], method: str = "pooled") -> pd.DataFrame:
    """:func:`income_inequality` for every geography and survey year, as a table
    with the geography's display name in ``region``."""
    rows = [income_inequality(g, y, method) for g in geos for y in survey_years()]
    table = pd.DataFrame(rows)
    table.insert(1, "region", [regions.get(g).name for g in table["geo"]])
    return table


def provincial_gini_mean(geo: str, year: int, weighted: bool = True) -> float:
    """Mean of the member provinces' Gini coefficients, each from GSO's five
    quintile means; population-weighted (vintage :data:`INCOME_WEIGHT_VINTAGE`)
    or simple. Unlike the pooled Gini, it leaves out the inequality *between*
    provinces."""
    ginis, weights = [], []
    groups = quintile_groups(geo, year)
    for province, g in groups.groupby("geo", sort=True):
        q = g.sort_values("quintile")["income"].to_numpy()
        ginis.append(indicators.gini(q))
        weights.append(g["population"].sum())
    return float(np.average(ginis, weights=weights if weighted else None))
