"""The reproduction ledger: each claim of ``data/ledger_claims.csv`` set against what
the public data of ``data/`` give for it, with a verdict and the reason for it.

A claim is a figure (or a stated direction) printed in the thesis summary or in one of
the four context documents. For each claim, a method (one function per indicator key)
computes the value the public tables give, in the claim's own unit, and
:func:`value_verdict` or :func:`direction_verdict` compares the two:

``reproduced``
    the public value lies within the rounding of the printed value: at most
    :data:`ROUNDING_UNITS` of a unit in its last printed digit (0.433 stands for
    0.4325 to 0.4335; 545 thousand for 544.5 to 545.5 thousand). The digits are those
    of the numeral in the claim's quotation (0.430 has three); a figure printed in
    words ("double", "one-third") is exact and has no rounding tolerance;
``close``
    not reproduced, but within :data:`CLOSE_RELATIVE` (5 %) of the reported value;
``differs``
    further apart than that;
``not reproducible``
    the public tables here hold no figure for the claim; the reason says exactly
    what is missing. A claim whose test basis (in the claims table) is ``partial``
    or ``none`` gets this verdict with the reason the claims table states: a proxy
    of another definition, geography or period is not a test of the claim.

A qualifier changes the comparison: "over X" is reproduced by any public value at
or above X (less the rounding), "under X" by any value at or below it; a shortfall
is then judged against the 5 % band like a difference. A claimed direction
("increased", "always higher than the national average") is reproduced when every
public change or gap points the claimed way by more than the precision the claim's
document prints the quantity in (:data:`GINI_PRECISION`, :data:`GAP_PRECISION`,
:data:`POVERTY_PRECISION`),
close when none points the other way by more than that precision, and differs
otherwise.

Nothing here types a public figure: every value is read from a table of ``data/``
(whose rows name their publisher's table) or computed from such values.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal

import pandas as pd

from . import data, regions, text

#: Verdicts, in the order the book lists them.
VERDICTS = ("reproduced", "close", "differs", "not reproducible")
COMPUTED = VERDICTS[:3]

#: ``reproduced``: at most this many units of the last printed digit apart (half a
#: unit: the public value rounds to the printed one).
ROUNDING_UNITS = 0.5
#: ``close``: at most this share of the reported value apart.
CLOSE_RELATIVE = 0.05
#: Floating-point slack, so that a value exactly on a boundary counts as inside it.
EPS = 1e-9

#: Direction claims on the Gini coefficient: the thesis prints it to three decimals,
#: so a change of at most half a unit of the third decimal is no change.
GINI_PRECISION = 0.0005
#: Direction claims on the income gap to the national average: the thesis prints the
#: gap in whole percent, so half a percentage point is the precision.
GAP_PRECISION = 0.5
#: Direction claims on poverty rates: GSO prints them to one decimal.
POVERTY_PRECISION = 0.05

#: The documents the claims come from: a short attribution and the bibliography key.
DOCUMENTS = {
    "thesis-summary-2023": (text.SUMMARY, "nhung2023summary"),
    "khuyen-resolution-42-article": ("Hoang Kim Khuyen, Resolution 42 article", "khuyen-resolution42"),
    "tri-2021-role-of-social-security": ("Nguyen Minh Tri et al. (2021)", "tri2021role"),
    "hcmc-social-security-policy-article": ("Ho Chi Minh City article (undated)", "hcmc-ss-policy"),
    "news-2025-voluntary-si-ethnic-minority": ("News item (2025), voluntary SI", "news-voluntary-si-2025"),
}

#: Press tables: where an indicator key of the claims is found, and under which name.
PRESS = {
    "hi_coverage": ("press_insurance", "hi_coverage_population"),
    "si_voluntary_participants": ("press_insurance", "si_voluntary_participants"),
    "mpi_headcount": ("press_poverty", "mpi_headcount"),
    "gso_gini": ("press_living_standards", "gini"),
    "si_coverage_labour_force": ("press_insurance", "si_coverage_labour_force"),
    "si_participants": ("press_insurance", "si_participants"),
    "hi_participants": ("press_insurance", "hi_participants"),
}

#: Statuses of press rows that state a result (targets are left out).
RESULT_STATUSES = ("reported", "preliminary", "estimate")

#: Factor from a table's unit to a claim's unit.
UNIT_FACTORS = {("persons", "thousand persons"): 1e-3, ("persons", "million persons"): 1e-6}


class NotReproducible(Exception):
    """No public figure here for a claim; the message says what is missing."""


@dataclass(frozen=True)
class Public:
    """What the public data give for one claim.

    ``value``: in the claim's unit (None for a direction claim); ``decimals``: to show
    it with; ``method``: what was computed from what; ``sources``: source ids;
    ``margins``: for a direction claim, each comparison's margin in the claimed
    direction (positive: as claimed), labelled; ``bound``: "at most"/"at least" when
    the public value is a bound, not a point.
    """

    value: float | None
    decimals: int
    method: str
    sources: tuple[str, ...]
    margins: tuple[tuple[str, float], ...] = field(default=())
    bound: str = ""


# --- the verdict rules (pure) ---------------------------------------------------------

def printed_decimals(value: float) -> int:
    """Decimals of a value as stored (0.433 -> 3, 545 -> 0, 93.35 -> 2); a trailing
    zero is not kept (0.430 -> 2): :func:`printed_form` reads the printed one."""
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return max(0, -int(exponent))


_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def printed_form(value: float, quotation: str) -> str | None:
    """The numeral of the quotation that prints ``value`` ("0.430", "4,118"), or None
    when the quotation gives the figure in words ("double", "one-third")."""
    for token in _NUMERAL.findall(quotation):
        if float(token.replace(",", "")) == float(value):
            return token
    return None


def rounding_tolerance(reported: float, printed: str | None = "") -> float:
    """Half a unit in the last printed digit of the reported value.

    ``printed``: the numeral as printed (its decimals count, trailing zeros included);
    "" to take the decimals of the stored value; None for a figure printed in words,
    which is exact (no rounding tolerance).
    """
    if printed is None:
        return 0.0
    decimals = len(printed.split(".")[1]) if "." in printed else (
        0 if printed else printed_decimals(reported))
    return ROUNDING_UNITS * 10.0 ** -decimals


def value_verdict(reported: float, public: float, qualifier: str = "exact",
                  tolerance: float | None = None) -> str:
    """Verdict of a reported figure against the public one (see the module docstring).

    ``qualifier``: exact, about, nearly (a point), over (at least), under (at most);
    ``tolerance``: the rounding tolerance (default: :func:`rounding_tolerance` of the
    stored value).
    """
    tol = rounding_tolerance(reported) if tolerance is None else tolerance
    slack = EPS * max(1.0, abs(reported))
    if qualifier in ("exact", "about", "nearly"):
        gap = abs(public - reported)
    elif qualifier == "over":
        gap = max(0.0, reported - public)
    elif qualifier == "under":
        gap = max(0.0, public - reported)
    else:
        raise ValueError(f"no verdict rule for qualifier {qualifier!r}")
    if gap <= tol + slack:
        return "reproduced"
    if gap <= CLOSE_RELATIVE * abs(reported) + slack:
        return "close"
    return "differs"


def direction_verdict(margins: list[float], precision: float) -> str:
    """Verdict of a claimed direction from margins in the claimed direction.

    Each margin is positive when the public data point the claimed way (a rise for
    "increase", a positive gap for "higher than"). Reproduced: every margin exceeds
    ``precision``; close: none is below ``-precision``; differs: one is.
    """
    if not margins:
        raise ValueError("a direction needs at least one comparison")
    slack = EPS * max(1.0, precision)
    if all(m > precision + slack for m in margins):
        return "reproduced"
    if all(m >= -precision - slack for m in margins):
        return "close"
    return "differs"


# --- reading the public tables ----------------------------------------------------------

def _the(geo: str) -> str:
    """A geography's name as it reads in a sentence ("the whole country", "the
    Northern KER", "Ha Noi")."""
    g = regions.get(geo)
    if g.is_province:
        return g.name
    if geo == "whole-country":
        return "the whole country"
    return "the " + g.name


def _year(claim: dict) -> int | None:
    y = claim.get("year")
    return None if y is None or y != y else int(y)


def _start_year(claim: dict) -> int | None:
    y = claim.get("start_year")
    return None if y is None or y != y else int(y)


def mean_income(geo: str, year: int) -> float:
    """Monthly income per head (thousand VND) of a geography in a survey year.

    GSO's own general average for the country, a GSO region or a province; for a KER,
    the member provinces' general averages weighted by their average population
    (vintage :data:`analysis.data.INCOME_WEIGHT_VINTAGE`).
    """
    inc = data.load("income_by_quintile")
    inc = inc[(inc["year"] == year) & (inc["quintile"] == 0)]
    own = inc[inc["geo"] == geo]
    if len(own) == 1:
        return float(own["value"].iloc[0])
    members = [p.slug for p in regions.members(geo)]
    pop = data.population(data.INCOME_WEIGHT_VINTAGE)
    pop = pop[(pop["year"] == year) & pop["geo"].isin(members)][["geo", "value"]]
    both = inc[inc["geo"].isin(members)][["geo", "value"]].merge(
        pop.rename(columns={"value": "population"}), on="geo")
    if len(both) != len(members):
        missing = sorted(set(members) - set(both["geo"]))
        raise NotReproducible(f"no income or population for {', '.join(missing)} in {year}")
    return float((both["value"] * both["population"]).sum() / both["population"].sum())


def income_gap(geo: str, year: int) -> float:
    """Mean income per head of a geography over the national mean, minus one (percent)."""
    return 100.0 * (mean_income(geo, year) / mean_income("whole-country", year) - 1.0)


def table_values(table: str, year: int) -> pd.Series:
    """One year of a table with one value per geography and year (``poverty_rate``,
    ``trained_share``, ``area``; ``labour_force`` and ``population`` in the vintage
    :data:`analysis.data.INCOME_WEIGHT_VINTAGE`), by geography."""
    t = data.load(table)
    if "vintage" in t.columns:
        t = t[t["vintage"] == data.INCOME_WEIGHT_VINTAGE]
    return t[t["year"] == year].set_index("geo")["value"]


def weighted_mean(table: str, geo: str, year: int, weight: str) -> float:
    """A rate of a region: its provinces' rates weighted by ``weight`` (``population``
    or ``labour_force``, vintage :data:`analysis.data.INCOME_WEIGHT_VINTAGE`, the one
    in use when these 2010-2016 results were published); GSO's own row when it prints
    one. Raises :class:`NotReproducible` naming the provinces with no value."""
    values = table_values(table, year)
    if geo in values.index:
        return float(values[geo])
    weights = table_values(weight, year)
    members = [p.slug for p in regions.members(geo)]
    missing = [m for m in members if m not in values.index or m not in weights.index]
    if missing:
        raise NotReproducible(f"no {table.replace('_', ' ')} or {weight.replace('_', ' ')} "
                              f"for {', '.join(_the(m) for m in missing)} in {year}")
    v, w = values[members], weights[members]
    return float((v * w).sum() / w.sum())


def _years(table: str) -> list[int]:
    """The years in which a table has a value for at least one province."""
    t = data.load(table)
    provinces = {p.slug for p in regions.provinces()}
    return sorted(int(y) for y in t.loc[t["geo"].isin(provinces), "year"].unique())


def press_rows(indicator_key: str, geo: str) -> pd.DataFrame:
    """Annual result rows (period = the year, whole group) of a press indicator."""
    table, name = PRESS[indicator_key]
    rows = data.load(table)
    rows = rows[(rows["indicator"] == name) & (rows["geo"] == geo)
                & (rows["period"] == rows["year"].astype(str))
                & rows["status"].isin(RESULT_STATUSES)]
    if "group" in rows.columns:
        rows = rows[rows["group"] == "total"]
    return rows




def press_value(indicator_key: str, geo: str, year: int, unit: str) -> tuple[float, dict]:
    """The press figure of one indicator, geography and year, in ``unit``; and its row.

    Raises :class:`NotReproducible` (naming the years there are) when the press tables
    have no annual figure for that year, and ValueError when their pages disagree.
    """
    rows = press_rows(indicator_key, geo)
    table, name = PRESS[indicator_key]
    hit = rows[rows["year"] == year]
    if hit.empty:
        there = ", ".join(f"{int(r.year)} ({r.printed} {r.printed_unit}, "
                          f"{data.publisher(r.source)})" for r in rows.sort_values("year").itertuples())
        label = rows["label"].iloc[0] if len(rows) else name.replace("_", " ")
        raise NotReproducible(
            f"the press tables give no annual figure of the {label[0].lower() + label[1:]} for "
            f"{_the(geo)} in {year}" + (f"; they give {there}" if there else ""))
    if hit["value"].nunique() > 1:
        raise ValueError(f"{table}: pages disagree on {name}, {geo}, {year}: "
                         f"{sorted(hit['value'])}")
    row = hit.iloc[0].to_dict()
    factor = 1.0 if row["unit"] == unit else UNIT_FACTORS[(row["unit"], unit)]
    return float(row["value"]) * factor, row


# --- one method per indicator key -----------------------------------------------------

def _gso_gini(claim: dict) -> Public:
    geo, year = claim["geo"], _year(claim)
    gini = data.load("gini_gso")
    hit = gini[(gini["geo"] == geo) & (gini["year"] == year) & (gini["area"] == "total")]
    if len(hit) == 1:
        row = hit.iloc[0]
        status = " (marked preliminary by GSO)" if row["status"] == "preliminary" else ""
        return Public(float(row["value"]), printed_decimals(row["value"]),
                      f"GSO's published income Gini for {_the(geo)}, {year}{status}",
                      (row["source"],))
    years = sorted(int(y) for y in gini[(gini["geo"] == geo)]["year"].unique())
    try:
        value, row = press_value("gso_gini", geo, year, claim["unit"])
    except NotReproducible as exc:
        raise NotReproducible(f"GSO's Gini table gives {years[0]}-{years[-1]} only, and {exc}") from None
    return Public(value, printed_decimals(value),
                  f"GSO's income Gini for {year} as printed by the press ({row['printed']})",
                  (row["source"],))


def _gini_pooled(claim: dict) -> Public:
    geo, year, start = claim["geo"], _year(claim), _start_year(claim)
    years = data.survey_years()
    need = [y for y in (start, year) if y is not None]
    absent = [y for y in need if y not in years]
    if absent:
        raise NotReproducible(f"no province quintile table for {absent[0]} (the public table "
                              f"covers {years[0]}-{years[-1]})")
    sources = ("gso-income-quintile-province-2018", "gso-average-population-province-2018")
    if claim["claim_type"] == "direction":
        g0 = data.income_inequality(geo, start)["gini"]
        g1 = data.income_inequality(geo, year)["gini"]
        sign = {"increase": 1, "decrease": -1}[claim["direction"]]
        return Public(None, 4, (f"Gini of the pooled province quintile groups, {start} "
                                f"({g0:.4f}) and {year} ({g1:.4f})"), sources,
                      margins=((f"{start}-{year}", sign * (g1 - g0)),))
    g = data.income_inequality(geo, year)["gini"]
    return Public(g, 4, (f"Gini of {_the(geo)}'s province quintile groups "
                         f"pooled with population weights, {year}"), sources)


def _income_gap(claim: dict) -> Public:
    geo, year, start = claim["geo"], _year(claim), _start_year(claim)
    years = data.survey_years()
    sources = ("gso-income-quintile-province-2018", "gso-average-population-province-2018")
    name = _the(geo)
    if claim["claim_type"] == "direction":
        span = [y for y in years if start <= y <= year]
        margins = tuple((str(y), income_gap(geo, y)) for y in span)
        return Public(None, 1, (f"income per head of {name} (its provinces' means weighted "
                                f"by population) over GSO's national mean, survey years "
                                f"{span[0]}-{span[-1]}"), sources, margins=margins)
    if year not in years:
        raise NotReproducible(f"no province income for {year} (the public table covers "
                              f"{years[0]}-{years[-1]})")
    return Public(income_gap(geo, year), 1,
                  (f"income per head of {name} (its provinces' means weighted by "
                   f"population) over GSO's national mean, {year}, minus one"), sources)


def _press(claim: dict) -> Public:
    geo, year = claim["geo"], _year(claim)
    value, row = press_value(claim["indicator"], geo, year, claim["unit"])
    decimals = max(0, printed_decimals(row["value"]) - round(-math.log10(
        UNIT_FACTORS.get((row["unit"], claim["unit"]), 1.0))))
    return Public(value, decimals, f"{row['label']}, {_the(geo)}, {year}, as "
                  f"printed by the press ({row['printed']} {row['printed_unit']})",
                  (row["source"],))


def _si_non_participants(claim: dict) -> Public:
    """Labour force aged 15 and over (GSO, mean of the four quarters) minus the
    social-insurance participants (press, VSS), in the latest year both exist."""
    geo = claim["geo"]
    parts = press_rows("si_participants", geo)
    years = [int(y) for y in sorted(parts["year"].unique(), reverse=True)
             if _nsdp("labour_force", int(y)) is not None]
    if not years:
        raise NotReproducible("no year with both social-insurance participants (press) and "
                              "GSO's annual labour force")
    year = years[0]
    n, prow = press_value("si_participants", geo, year, "million persons")
    lf = _nsdp("labour_force", year)
    return Public(lf["value"] / 1000.0 - n, 1,
                  (f"GSO's labour force aged 15 and over in {year} ({lf['value'] / 1000:.2f} "
                   f"million, mean of the four quarters) minus {n:.2f} million social-insurance "
                   f"participants (as printed by the press); the claim prints no year"),
                  (lf["source"], prow["source"]))


def _area(claim: dict) -> Public:
    geo = claim["geo"]
    t = data.load("area")
    members = [p.slug for p in regions.members(geo)]
    years = sorted(int(y) for y, g in t.groupby("year") if set(members) <= set(g["geo"]))
    year = years[-1]
    by_year = {y: t[(t["year"] == y) & t["geo"].isin(members)]["value"].sum() for y in years}
    factor = {"thousand km2": 1e-3, "km2": 1.0}[claim["unit"]]
    return Public(by_year[year] * factor, printed_decimals(claim["value"]) + 1,
                  (f"sum of the natural area of {_the(geo)}'s {len(members)} provinces in "
                   f"{year}, the latest year of the table (the sum is "
                   f"{by_year[years[0]] * factor:.2f} in {years[0]}); the claim prints no year"),
                  ("gso-area-province-2018",))


def _trained_ratio(claim: dict) -> Public:
    geo = claim["geo"]
    years = _years("trained_share")
    ratios = {y: weighted_mean("trained_share", geo, y, "labour_force")
              / weighted_mean("trained_share", "whole-country", y, "labour_force")
              for y in years}
    year = years[-1]
    return Public(ratios[year], printed_decimals(claim["value"]) + 2,
                  (f"share of trained employed workers of {_the(geo)} (its provinces' shares "
                   f"weighted by their labour force) over the national share, {year}, the "
                   f"latest year (from {min(ratios.values()):.2f} to "
                   f"{max(ratios.values()):.2f} over {years[0]}-{years[-1]}); the claim prints "
                   f"no year"),
                  ("gso-trained-share-province-2018", "gso-labour-force-province-2018"))


def _poverty_lowest(claim: dict) -> Public:
    geo = claim["geo"]
    years = _years("poverty_rate")
    peers = [k.slug for k in regions.kers() if k.slug != geo]
    margins, skipped = [], []
    for y in years:
        try:
            own = weighted_mean("poverty_rate", geo, y, "population")
            others = {p: weighted_mean("poverty_rate", p, y, "population") for p in peers}
        except NotReproducible as exc:
            skipped.append(f"{y} ({exc})")
            continue
        low = min(others, key=others.get)
        margins.append((f"{y}, against {_the(low)}", others[low] - own))
    gap = f"; left out: {'; '.join(skipped)}" if skipped else ""
    return Public(None, 2, (f"poverty rate of each KER (its provinces' rates "
                            f"weighted by population), {_the(geo)} against "
                            f"the lowest of the other three, every year of the table{gap}"),
                  ("gso-poverty-province-2018", "gso-average-population-province-2018"),
                  margins=tuple(margins))


def _poverty_pace(claim: dict) -> Public:
    geo, start, year = claim["geo"], _start_year(claim), _year(claim)
    paces = {}
    for g in (geo, "whole-country"):
        r0 = weighted_mean("poverty_rate", g, start, "population")
        r1 = weighted_mean("poverty_rate", g, year, "population")
        paces[g] = (r0, r1, 100 * ((r1 / r0) ** (1 / (year - start)) - 1), (r0 - r1) / (year - start))
    (a0, a1, ar, ap), (b0, b1, br, bp) = paces[geo], paces["whole-country"]
    last = _years("poverty_rate")[-1]
    raise NotReproducible(
        f"The claim's 'relatively high' names no benchmark, and the public tables stop in "
        f"{last}, before the later periods the thesis sets it against. For what they show: "
        f"{_the(geo)}'s poverty rate fell from {a0:.1f} % to {a1:.1f} % over "
        f"{start}-{year} ({ar:+.1f} % a year, {ap:.2f} points a year), the country's from "
        f"{b0:.1f} % to {b1:.1f} % ({br:+.1f} % a year, {bp:.2f} points a year): faster than the "
        f"country's in relative terms, slower in points, so no reading of the claim is settled "
        f"by them")


def _wb_series(claim: dict) -> Public:
    code = {"agri_employment_share": "SL.AGR.EMPL.ZS"}[claim["indicator"]]
    wb = data.load("world_bank")
    hit = wb[(wb["indicator"] == code) & (wb["geo"] == claim["geo"]) & (wb["year"] == _year(claim))]
    if hit.empty:
        raise NotReproducible(f"no World Bank value of {code} for {_year(claim)}")
    row = hit.iloc[0]
    return Public(float(row["value"]), printed_decimals(claim["value"]) + 2,
                  (f"{row['title']}, {_the(claim['geo'])}, {_year(claim)} (World Bank WDI, "
                   f"{code})"), (row["source"],))


def _nsdp(indicator: str, year: int) -> dict | None:
    """GSO's annual national figure of the National Summary Data Page (thousand persons)."""
    t = data.load("labour_national")
    hit = t[(t["indicator"] == indicator) & (t["geo"] == "whole-country") & (t["year"] == year)
            & (t["frequency"] == "annual")]
    return None if hit.empty else hit.iloc[0].to_dict()


def _hi_coverage(claim: dict) -> Public:
    """Health-insurance participants (press, VSS) over GSO's population, when both are
    there for the year; otherwise VSS's own coverage rate as printed."""
    geo, year = claim["geo"], _year(claim)
    pop = _nsdp("population", year) if geo == "whole-country" else None
    try:
        n, prow = press_value("hi_participants", geo, year, "persons")
    except NotReproducible:
        n = None
    if pop is None or n is None:
        return _press(claim)
    rate, crow = press_value("hi_coverage", geo, year, "percent")
    value = 100.0 * n / (pop["value"] * 1000.0)
    return Public(value, printed_decimals(claim["value"]) + 1,
                  (f"{n / 1e6:.2f} million health-insurance participants ({year}, as printed by "
                   f"the press) over GSO's population of {pop['value'] / 1000:.2f} million "
                   f"({pop['vintage']}); Viet Nam Social Security printed {crow['printed']} %"),
                  tuple(dict.fromkeys((prow["source"], pop["source"], crow["source"]))))


METHODS = {
    "area_km2": _area,
    "trained_worker_share_ratio": _trained_ratio,
    "poverty_rate": _poverty_lowest,
    "poverty_rate_change": _poverty_pace,
    "agri_employment_share": _wb_series,
    "gso_gini": _gso_gini,
    "gini_pooled": _gini_pooled,
    "income_gap_vs_country": _income_gap,
    "hi_coverage": _hi_coverage,
    "si_voluntary_participants": _press,
    "mpi_headcount": _press,
    "si_non_participants": _si_non_participants,
}

#: Direction claims: the precision of the quantity, by indicator key.
DIRECTION_PRECISION = {"gini_pooled": GINI_PRECISION, "income_gap_vs_country": GAP_PRECISION,
                       "poverty_rate": POVERTY_PRECISION}


#: Where the claims come from (named in error messages).
CLAIMS_FILE = "data/ledger_claims.csv"


def public_value(claim: dict) -> Public:
    """What the public data give for one claim (raises :class:`NotReproducible`)."""
    if claim["test_basis"] in ("partial", "none"):
        raise NotReproducible(claim["not_reproducible_reason"])
    if claim["claim_type"] == "target":
        latest = press_rows(claim["indicator"], claim["geo"]).sort_values("year").iloc[-1]
        raise NotReproducible(
            f"a target for {_year(claim)} is a plan, not a measurement; the latest public "
            f"figure is {latest['printed']} {latest['printed_unit']} in {int(latest['year'])} "
            f"({latest['label'][0].lower() + latest['label'][1:]}, {data.publisher(latest['source'])})")
    if claim["indicator"] not in METHODS:
        raise data.DataError(CLAIMS_FILE, (f"claim {claim['claim']}: no ledger method for the "
                                           f"indicator {claim['indicator']!r} (test basis "
                                           f"{claim['test_basis']}); known: "
                                           f"{', '.join(sorted(METHODS))}"),
                             line=claim.get("line"), column="indicator")
    return METHODS[claim["indicator"]](claim)


# --- the ledger ---------------------------------------------------------------------------

def reported_decimals(claim: dict) -> int:
    """Decimals the claim's document prints its figure with."""
    printed = printed_form(claim["value"], claim["quotation"])
    if printed and "." in printed:
        return len(printed.split(".")[1])
    return printed_decimals(claim["value"])


def reported_text(claim: dict) -> str:
    """The reported value as the ledger shows it: qualifier, number, unit."""
    if claim["value"] != claim["value"]:
        return f"{claim['direction']} ({claim['unit']})"
    qualifier = claim["qualifier"]
    if qualifier == "range":
        shown = (f"{text.number(claim['value'], reported_decimals(claim))}-"
                 f"{text.number(claim['value_high'], printed_decimals(claim['value_high']))}")
    else:
        shown = text.as_reported(claim["value"], qualifier, decimals=reported_decimals(claim))
    when = f", {_year(claim)}" if _year(claim) else ""
    words = " (printed in words)" if printed_form(claim["value"], claim["quotation"]) is None else ""
    return f"{shown} {claim['unit']}{when}{words}"


def _tolerance(claim: dict) -> float:
    return rounding_tolerance(claim["value"], printed_form(claim["value"], claim["quotation"]))


def _value_reason(claim: dict, pub: Public, verdict: str) -> str:
    reported, value, unit = claim["value"], pub.value, claim["unit"]
    d = value - reported
    dec = max(pub.decimals, reported_decimals(claim) + 1)
    tol = _tolerance(claim)
    words = printed_form(reported, claim["quotation"]) is None
    shown = f"{pub.bound + ' ' if pub.bound else ''}{text.number(value, pub.decimals)}"
    head = (f"Public data give {shown} {unit} against the reported "
            f"{reported_text(claim)}: ")
    rel = abs(d) / abs(reported)
    if claim["qualifier"] in ("over", "under"):
        side = "at or above" if claim["qualifier"] == "over" else "at or below"
        if verdict == "reproduced":
            return head + f"{side} the reported bound, less its rounding (±{tol:g})."
        return head + (f"short of the bound by {abs(d):,.{dec}f} {unit} ({rel:.1%} of it); "
                       + ("within" if verdict == "close" else "beyond")
                       + f" the {CLOSE_RELATIVE:.0%} band.")
    if verdict == "reproduced":
        return head + (f"a difference of {d:+,.{dec}f}, within the rounding of the printed "
                       f"value (±{tol:g}).")
    if words:
        where = ("printed in words, the figure has no rounding, and the gap is "
                 + ("within " if verdict == "close" else "more than ") + f"{CLOSE_RELATIVE:.0%}")
    else:
        where = ("beyond the rounding of the printed value (±" + f"{tol:g}) but within "
                 f"{CLOSE_RELATIVE:.0%}") if verdict == "close" else f"more than {CLOSE_RELATIVE:.0%}"
    sep = ";" if words else ","
    return head + f"a difference of {d:+,.{dec}f} ({rel:.1%} of the reported value){sep} {where}."


def _direction_reason(claim: dict, pub: Public, verdict: str, precision: float) -> str:
    parts = "; ".join(f"{label}: {m:+.{pub.decimals}f}" for label, m in pub.margins)
    what = {"gini_pooled": "change of the Gini coefficient in the claimed direction",
            "income_gap_vs_country": "gap to the national average (percent)",
            "poverty_rate": ("margin by which the region's poverty rate lies below the lowest "
                             "of the other KERs (percentage points)")}[claim["indicator"]]
    tail = {"reproduced": f"every one exceeds the printed precision (±{precision:g}), as claimed.",
            "close": (f"none points the other way, but not every one exceeds the printed "
                      f"precision (±{precision:g}): at that precision there is no change."),
            "differs": f"at least one points the other way by more than ±{precision:g}."}[verdict]
    return f"The {what}: {parts}; {tail}"


def assess(claim: dict) -> dict:
    """One ledger row: the claim, what public data give, the verdict and its reason."""
    if claim["source"] not in DOCUMENTS:
        raise data.DataError(CLAIMS_FILE, (f"claim {claim['claim']}: unknown document "
                                           f"{claim['source']!r}; known: {', '.join(DOCUMENTS)}"),
                             line=claim.get("line"), column="source")
    row = {"claim": claim["claim"], "source": claim["source"],
           "document": DOCUMENTS[claim["source"]][0], "location": claim["location"],
           "quotation": claim["quotation"], "indicator": claim["indicator"], "geo": claim["geo"],
           "reported": claim["value"], "reported_text": reported_text(claim),
           "unit": claim["unit"], "kind": claim["claim_type"]}
    try:
        pub = public_value(claim)
    except NotReproducible as exc:
        reason = str(exc)
        reason = reason[0].upper() + reason[1:]
        return {**row, "public": float("nan"), "public_text": "none here", "method": "",
                "public_sources": "", "verdict": "not reproducible",
                "reason": reason if reason.endswith(".") else reason + "."}
    if claim["claim_type"] == "direction":
        precision = DIRECTION_PRECISION[claim["indicator"]]
        verdict = direction_verdict([m for _, m in pub.margins], precision)
        shown = "; ".join(f"{label}: {m:+.{pub.decimals}f}" for label, m in pub.margins)
        reason = _direction_reason(claim, pub, verdict, precision)
    else:
        verdict = value_verdict(claim["value"], pub.value, claim["qualifier"], _tolerance(claim))
        pub = Public(pub.value, max(pub.decimals, reported_decimals(claim)), pub.method,
                     pub.sources, pub.margins, pub.bound)
        shown = f"{pub.bound + ' ' if pub.bound else ''}{text.number(pub.value, pub.decimals)} {claim['unit']}"
        reason = _value_reason(claim, pub, verdict)
    return {**row, "public": pub.value if pub.value is not None else float("nan"),
            "public_text": shown, "method": pub.method, "public_sources": "; ".join(pub.sources),
            "verdict": verdict, "reason": reason}


def ledger() -> pd.DataFrame:
    """Every claim of the claims table, assessed, in the table's order."""
    claims = data.load("ledger_claims").to_dict("records")
    # line in the file (after the header), for error messages
    return pd.DataFrame([assess({**c, "line": i + 2}) for i, c in enumerate(claims)])


def counts(table: pd.DataFrame | None = None) -> dict[str, int]:
    """Number of claims per verdict (every verdict listed, zero included)."""
    table = ledger() if table is None else table
    return {v: int((table["verdict"] == v).sum()) for v in VERDICTS}
