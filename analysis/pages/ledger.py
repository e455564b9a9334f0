"""The reproduction ledger: each claim of ``data/ledger_claims.csv`` set against what
the public data of ``data/`` give for it, with a verdict and the reason for it.

A claim is a figure, a change between two figures, or a stated direction or rank,
printed in the thesis summary or in one of the four context documents. For each claim a
method (one function per indicator key) computes what the public tables give, in the
claim's own unit, from the book's quantities (:mod:`analysis.pages.quantities`: the same
figures and aggregates every page prints). One rule,
:func:`analysis.compute.verdicts.verdict`, then compares the two; every ledger row keeps
the columns the rule reads (``rule``, ``reported``,
``reported_high``, ``qualifier``, ``tolerance``, ``public``, ``public_high``,
``margin``, ``precision``, ``number_only``), so that the verdict can be recomputed from
the row alone (a test does).

The verdicts (``reproduced``, ``reproduced in number only``, ``close``, ``differs``,
``not reproducible``) and how a qualifier changes the comparison are defined once, in
:mod:`analysis.compute.verdicts`.

Nothing here types a public figure: every value is read from a table of ``data/``
(whose rows name their publisher's table) or computed from such values.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pandas as pd

from ..compute import indicators, text
from ..compute.verdicts import (CLOSE_RELATIVE, COMPUTED, EPS, ROUNDING_UNITS, RULES,  # noqa: F401
                                VERDICTS, direction_verdict, printed_decimals, printed_form,
                                range_verdict, rounding_tolerance, value_verdict, verdict)
from ..data import regions, store
from .. import data
from . import quantities as Q

#: The precision of the figures a direction claim compares, by indicator key: half a unit
#: of the last digit they are printed with (:data:`analysis.pages.quantities.PRECISION`).
DIRECTION_PRECISION = {
    "income_gap_vs_country": Q.PRECISION["income_gap"],
    "poverty_rate": Q.PRECISION["poverty_rate"],
    "population_density": 0.5,            # persons per km2, printed whole
    "grdp_per_capita_rank": 0.05,         # million VND per person, one decimal
    "housing_vs_population": 0.05,        # m2 per person, one decimal
    "labour_force": 0.05,                 # thousand persons, one decimal
    "basic_services_rank": 0.005,         # per 10,000 people and m2, two decimals
    "gdp_growth_lowest": 0.005,           # % a year, two decimals
    "insurance_fund_balance": 0.5,        # billion VND, whole
    # persons per km2 printed whole; the same half unit asked of the urban share's rise
    # (points), more than its figures' precision (thousand persons to two decimals)
    "urbanisation": 0.5,
    "labour_productivity_growth": 0.05,   # % a year, one decimal
    "unemployment_rate": 0.005,           # %, two decimals
}

#: The documents the claims come from: a short attribution and the bibliography key.
DOCUMENTS = {
    "thesis-summary-2023": (text.SUMMARY, "nhung2023summary"),
    "khuyen-resolution-42-article": ("Hoang Kim Khuyen, Resolution 42 article", "khuyen-resolution42"),
    "tri-2021-role-of-social-security": ("Nguyen Minh Tri et al. (2021)", "tri2021role"),
    "hcmc-social-security-policy-article": ("Thành phố Hồ Chí Minh article (undated)", "hcmc-ss-policy"),
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

#: Where the claims come from (named in error messages).
CLAIMS_FILE = "data/ledger_claims.csv"


class NotReproducible(Exception):
    """No public figure here for a claim; the message says what is missing."""


@dataclass(frozen=True)
class Public:
    """What the public data give for one claim.

    ``value`` (and ``value_high`` for a span of public values) in the claim's unit, None
    for a direction; ``decimals`` to show it with; ``method`` what was computed from
    what; ``sources`` the source ids; ``margins`` for a direction, each comparison's
    margin in the claimed direction (positive: as claimed), labelled; ``bound``
    "at most"/"at least" when the public value is a bound; ``number_only`` the reason
    when the number can match but what it counts cannot.
    """

    value: float | None
    decimals: int
    method: str
    sources: tuple[str, ...]
    margins: tuple[tuple[str, float], ...] = field(default=())
    bound: str = ""
    value_high: float | None = None
    number_only: str = ""


# --- reading the public tables ----------------------------------------------------------------

def _the(geo: str) -> str:
    """A geography's name as it reads in a sentence ("the whole country", "the
    Northern KER", "Hà Nội")."""
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


def _survey_years_or_raise(*years: int | None) -> list[int]:
    survey = data.survey_years()
    absent = [y for y in years if y is not None and y not in survey]
    if absent:
        raise NotReproducible(f"no province quintile table for {absent[0]} (the public table "
                              f"covers {survey[0]}-{survey[-1]})")
    return survey


INEQUALITY_SOURCES = ("gso-income-quintile-province-2018", "gso-average-population-province-2018")


# --- one method per indicator key -------------------------------------------------------------

def _gso_gini(claim: dict) -> Public:
    geo, year = claim["geo"], _year(claim)
    if year in Q.years("gini_gso", geo):
        q = Q.at("gini_gso", geo, year)
        status = " (marked preliminary by GSO)" if q.status == "preliminary" else ""
        return Public(q.value, printed_decimals(q.value),
                      f"GSO's published income Gini for {_the(geo)}, {year}{status}", q.sources)
    years = Q.years("gini_gso", geo)
    try:
        value, row = press_value("gso_gini", geo, year, claim["unit"])
    except NotReproducible as exc:
        raise NotReproducible(f"GSO's Gini table gives {years[0]}-{years[-1]} only, and {exc}") \
            from None
    return Public(value, printed_decimals(value),
                  f"GSO's income Gini for {year} as printed by the press ({row['printed']})",
                  (row["source"],))


def _gini_pooled(claim: dict) -> Public:
    geo, year, start = claim["geo"], _year(claim), _start_year(claim)
    _survey_years_or_raise(start, year)
    if claim["claim_type"] == "change":
        d = Q.difference(Q.at("gini", geo, start), Q.at("gini", geo, year))
        return Public(d.value, 4, (f"change of the Gini of {_the(geo)}'s pooled province "
                                   f"quintile groups (the book's approximation), {start} "
                                   f"({text.number(Q.at('gini', geo, start).value, 4)}) "
                                   f"to {year} "
                                   f"({text.number(Q.at('gini', geo, year).value, 4)})"),
                      INEQUALITY_SOURCES)
    q = Q.at("gini", geo, year)
    return Public(q.value, 4, (f"Gini of {_the(geo)}'s province quintile groups pooled with "
                               f"population weights (the book's approximation), {year}"),
                  INEQUALITY_SOURCES)


def _income_gap(claim: dict) -> Public:
    geo, year, start = claim["geo"], _year(claim), _start_year(claim)
    years = Q.years("income_per_capita", geo)  # the survey rounds, 2018 included
    how = (f"income per head of {_the(geo)} over the whole country's, each its provinces' "
           "means weighted by population")
    if claim["claim_type"] == "direction":
        span = [y for y in years if start <= y <= year]
        margins = tuple((str(y), Q.relative("income_per_capita", geo, y, form="above").value)
                        for y in span)
        return Public(None, 1, f"{how}, survey years {span[0]}-{span[-1]}", INEQUALITY_SOURCES,
                      margins=margins)
    _survey_years_or_raise(year)
    return Public(Q.relative("income_per_capita", geo, year, form="above").value, 1,
                  f"{how}, {year}, minus one", INEQUALITY_SOURCES)


def _press(claim: dict) -> Public:
    geo, year = claim["geo"], _year(claim)
    try:
        value, row = press_value(claim["indicator"], geo, year, claim["unit"])
    except NotReproducible:
        # the same figure printed for another year: the number may match, the year does not
        rows = press_rows(claim["indicator"], geo)
        same = rows[rows["value"] == claim["value"]]
        if same.empty:
            raise
        row = same.sort_values("year").iloc[0].to_dict()
        return Public(float(row["value"]), printed_decimals(row["value"]),
                      f"{row['label']}, {_the(geo)}, as printed by the press "
                      f"({row['printed']} {row['printed_unit']}) for {int(row['year'])}",
                      (row["source"],),
                      number_only=(f"the public figure is for {int(row['year'])}, not "
                                   f"{year}, and the tables have none for {year}; the document's "
                                   f"figure may come from another series for {year} that the "
                                   "tables here do not hold"))
    decimals = max(0, printed_decimals(row["value"]) - round(-math.log10(
        UNIT_FACTORS.get((row["unit"], claim["unit"]), 1.0))))
    return Public(value, decimals, f"{row['label']}, {_the(geo)}, {year}, as "
                  f"printed by the press ({row['printed']} {row['printed_unit']})",
                  (row["source"],))


def _nsdp(indicator: str, year: int) -> dict | None:
    """GSO's annual national figure of the National Summary Data Page (thousand persons)."""
    t = data.load("labour_national")
    hit = t[(t["indicator"] == indicator) & (t["geo"] == "whole-country") & (t["year"] == year)
            & (t["frequency"] == "annual")]
    return None if hit.empty else hit.iloc[0].to_dict()


#: The labour force a claim is set against. A claim on the working-age labour force
#: (VSS's basis) cannot be tested: the public tables give the labour force aged 15 and
#: over only. A claim that names no basis is set against the labour force aged 15 and
#: over, and the reason says so.
WORKING_AGE = re.compile(r"working-age|in the age group|working age", re.I)


def labour_force_basis(claim: dict) -> str:
    """``'working-age'`` when the claim's own words set it on the working-age labour
    force, else ``'15+'``; one rule for every claim on the labour force."""
    return "working-age" if WORKING_AGE.search(claim["quotation"]) else "15+"


def _si_coverage(claim: dict) -> Public:
    if labour_force_basis(claim) == "working-age":
        raise NotReproducible("the claim is set on the working-age labour force, which the "
                              "public tables do not give (they give the labour force aged 15 "
                              "and over)")
    return _press(claim)


def _si_non_participants(claim: dict) -> Public:
    """The labour force (the basis :func:`labour_force_basis` names) minus the
    social-insurance participants (press, VSS), in the latest year both exist."""
    if labour_force_basis(claim) == "working-age":
        raise NotReproducible("the claim is set on the working-age labour force, which the "
                              "public tables do not give")
    parts = press_rows("si_participants", claim["geo"])
    years = [int(y) for y in sorted(parts["year"].unique(), reverse=True)
             if _nsdp("labour_force", int(y)) is not None]
    if not years:
        raise NotReproducible("no year with both social-insurance participants (press) and "
                              "GSO's annual labour force")
    year = years[0]
    n, prow = press_value("si_participants", claim["geo"], year, "million persons")
    lf = _nsdp("labour_force", year)
    return Public(lf["value"] / 1000.0 - n, 1,
                  (f"GSO's labour force aged 15 and over in {year} "
                   f"({text.number(lf['value'] / 1000, 2)} million, mean of the four quarters; "
                   f"the claim names no basis, so the public one) minus {text.number(n, 2)} "
                   f"million social-insurance participants (as "
                   f"printed by the press); the claim prints no year"),
                  (lf["source"], prow["source"]))


def _hi_coverage(claim: dict) -> Public:
    """One rule for a printed coverage rate: recomputed as the health-insurance
    participants printed for the year (by the claim's own document, or the press) over
    GSO's population of the year."""
    geo, year = claim["geo"], _year(claim)
    pop = _nsdp("population", year) if geo == "whole-country" else None
    if pop is None:
        raise NotReproducible(f"no GSO population of {_the(geo)} for {year} in the public tables")
    figures = data.load("document_figures")
    own = figures[(figures["document"] == claim["source"])
                  & (figures["indicator"] == "hi_participants") & (figures["year"] == year)
                  & (figures["geo"] == geo)]
    if len(own):
        r = own.iloc[0]
        n = float(r["value"]) * {"persons": 1, "million persons": 1e6,
                                 "thousand persons": 1e3}[r["unit"]]
        what, bound = f"participants as the document prints them ({r['printed']})", \
            "at least" if r["qualifier"] == "over" else ""
        source = r["document"]
    else:
        try:
            n, prow = press_value("hi_participants", geo, year, "persons")
        except NotReproducible as exc:
            raise NotReproducible(f"no participant count for {year} ({exc})") from None
        what, bound, source = "participants as printed by the press", "", prow["source"]
    value = 100.0 * n / (pop["value"] * 1000.0)
    return Public(value, printed_decimals(claim["value"]) + 1,
                  (f"{text.number(n / 1e6, 2)} million health-insurance {what}, over GSO's "
                   f"population of "
                   f"{text.number(pop['value'] / 1000, 2)} million ({pop['vintage']}), {year}"),
                  tuple(dict.fromkeys((source, pop["source"]))), bound=bound)


def _area(claim: dict) -> Public:
    geo = claim["geo"]
    years = Q.years("area", geo)
    year = years[-1]
    factor = {"thousand km2": 1e-3, "km2": 1.0}[claim["unit"]]
    first = Q.at("area", geo, years[0]).value * factor
    return Public(Q.at("area", geo, year).value * factor, printed_decimals(claim["value"]) + 1,
                  (f"sum of the natural area of {_the(geo)}'s provinces in {year}, the latest "
                   f"year of the table (the sum is {text.number(first, 2)} in {years[0]}); "
                   f"the claim prints no year"), ("gso-area-province-2018",))


def _trained_ratio(claim: dict) -> Public:
    """The region's trained share over the country's, both from their provinces, in the
    latest year of the latest vintage (the revised series, 2015-2018); the range over
    each vintage's years is stated, the two vintages apart."""
    geo = claim["geo"]
    spans = []
    for vintage in TRAINED_VINTAGES:
        years = Q.years("trained_share", geo, vintage)
        ratios = [Q.relative("trained_share", geo, y, vintage=vintage).value for y in years]
        spans.append((vintage, years, ratios))
    vintage, years, ratios = spans[-1]
    ranges = "; ".join(f"{text.number(min(r), 2)} to {text.number(max(r), 2)} over "
                       f"{y[0]}-{y[-1]} ({v})"
                       for v, y, r in spans)
    return Public(ratios[-1], printed_decimals(claim["value"]) + 2,
                  (f"share of trained employed workers of {_the(geo)} over the country's, both "
                   f"from their provinces' shares weighted by their labour force of the same "
                   f"vintage, {years[-1]}, the latest year ({vintage}); the ratio runs "
                   f"{ranges}; the claim prints no year"),
                  ("gso-trained-share-province-2018", "gso-labour-force-province-2018",
                   "nso-trained-share-province-2021", "nso-labour-force-province-v0234"))


#: NSO's labour tables by province: the labour force survey's two bases, each its span.
SURVEY_BASES = ("post-2019-census", "icls-19")


def _survey_spans(key: str, geo: str) -> list[tuple[str, int, int]]:
    """(vintage, first year, last year) of a series for each basis of the survey."""
    spans = []
    for v in SURVEY_BASES:
        ys = Q.years(key, geo, v)
        spans.append((v, ys[0], ys[-1]))
    return spans


def _unemployment(claim: dict) -> Public:
    """A province's unemployment rate of the labour force at working age (NSO E02.63), in
    the survey basis of its year (:data:`SURVEY_BASES`: to 2020, from 2021)."""
    geo = claim["geo"]
    if claim["claim_type"] == "direction":  # the change within each basis of the survey
        margins, spans = [], []
        for v, y0, y1 in _survey_spans("unemployment_rate_province", geo):
            d = Q.difference(Q.at("unemployment_rate_province", geo, y0, v),
                             Q.at("unemployment_rate_province", geo, y1, v))
            margins.append((f"{y0}-{y1}", d.value))
            spans.append(f"{y0}-{y1}")
        return Public(None, 2, (f"change of the unemployment rate of {_the(geo)} (its "
                                f"provinces weighted by their employed persons) over "
                                f"{' and '.join(spans)}, each on one basis of the survey"),
                      ("nso-unemployment-province-e0263", "nso-employed-province-e0245"),
                      margins=tuple(margins))
    year = _year(claim)
    v = SURVEY_BASES[0] if year <= 2020 else SURVEY_BASES[1]
    if year not in Q.years("unemployment_rate_province", geo, v):
        raise NotReproducible(f"no unemployment rate for {_the(geo)} in {year} in the public "
                              "tables (NSO's table by province starts in 2018)")
    q = Q.at("unemployment_rate_province", geo, year, v)
    return Public(q.value, 2, (f"unemployment rate of the labour force at working age of "
                               f"{_the(geo)}, {year}, as NSO publishes it ({v})"), q.sources)


def outside_units(geo: str) -> dict[str, list[str]]:
    """The parts of the country beside a region, for "first in the country": each of GSO's
    six regions without the region's own provinces (the Red River Delta holds all of the
    Northern KER's), by name, with their provinces; a region left empty is left out."""
    own = {p.slug for p in regions.members(geo)}
    units = {}
    for r in regions.gso_regions():
        rest = [p.slug for p in regions.members(r.slug) if p.slug not in own]
        if rest:
            name = r.name if len(rest) == len(regions.members(r.slug)) else \
                f"{r.name} outside {_the(geo)}"
            units[name] = rest
    return units


def _productivity_growth_of(name: str, provinces: list[str], vintage: str, y0: int,
                            y1: int) -> Q.Quantity:
    """Growth of GRDP per employed person (current prices, % a year) of a set of
    provinces, weighted by their employed persons."""
    return Q.cagr(*(Q.weighted_over("labour_productivity", "employed_persons", provinces, y,
                                    vintage, name) for y in (y0, y1)))


def productivity_growth_outside(geo: str, vintage: str, y0: int, y1: int) -> dict[str, Q.Quantity]:
    """Growth of GRDP per employed person of each of :func:`outside_units`."""
    return {name: _productivity_growth_of(name, ps, vintage, y0, y1)
            for name, ps in outside_units(geo).items()}


def productivity_growth_rest(geo: str, vintage: str, y0: int, y1: int) -> Q.Quantity:
    """Growth of GRDP per employed person of the rest of the country taken together
    (every province outside the region)."""
    own = {p.slug for p in regions.members(geo)}
    return _productivity_growth_of(f"the country outside {_the(geo)}",
                                   [p.slug for p in regions.provinces() if p.slug not in own],
                                   vintage, y0, y1)


def _productivity_growth(claim: dict) -> Public:
    """"Ranked first in the country for productivity growth": the region's growth of GRDP
    per employed person (current prices) against each other KER's and against each part
    of the rest of the country (GSO's six regions without the region's own provinces,
    :func:`outside_units`), over each basis of the survey; every figure from provinces
    weighted by their employed persons (one basis)."""
    geo, margins, spans = claim["geo"], [], []
    for v, y0, y1 in _survey_spans("labour_productivity", geo):
        def growth(g: str) -> float:
            return Q.cagr(Q.from_provinces("labour_productivity", g, y0, v),
                          Q.from_provinces("labour_productivity", g, y1, v)).value
        own = growth(geo)
        kers = {regions.get(g).name: growth(g) for g in _kers_other_than(geo)}
        rest = {n: q.value for n, q in productivity_growth_outside(geo, v, y0, y1).items()}
        for label, group in (("the fastest other KER", kers),
                             ("the fastest of GSO's six regions without the region's provinces",
                              rest)):
            best = max(group, key=group.get)
            margins.append((f"{y0}-{y1}, against {label} ({best}, {text.number(group[best], 1)} %)",
                            own - group[best]))
        spans.append(f"{y0}-{y1} ({text.number(own, 1)} % a year)")
    return Public(None, 1, (f"growth of GRDP per employed person of {_the(geo)} at current "
                            f"prices over {' and '.join(spans)}, against the fastest other KER "
                            "and the fastest of GSO's six regions without the region's own "
                            "provinces, every figure from provinces weighted by their employed "
                            "persons"),
                  ("nso-productivity-province-e0258", "nso-employed-province-e0245"),
                  margins=tuple(margins))


#: The thesis's period within the urban population's years (2011-2022).
URBAN_SPAN = (2011, 2021)


def _urbanisation(claim: dict) -> Public:
    """"Densely populated with rapid urbanisation": the region against the country, on
    density (the latest year of the area table) and on the rise of the urban share over
    the thesis's years, both from provinces."""
    geo, (y0, y1) = claim["geo"], URBAN_SPAN
    rise = {g: Q.difference(Q.urban_share(g, y0), Q.urban_share(g, y1)).value
            for g in (geo, "whole-country")}
    year = max(Q.years("area", geo))
    dense = Q.density(geo, year).value - Q.density("whole-country", year).value
    return Public(None, 1, (f"population density of {_the(geo)} over the country's in {year} "
                            f"(persons per km2), and the rise of its urban share {y0}-{y1} over "
                            f"the country's ({text.number(rise[geo], 1)} against "
                            f"{text.number(rise['whole-country'], 1)} points), each from "
                            f"provinces"),
                  ("nso-urban-rural-population-province", "gso-area-province-2018",
                   "gso-average-population-province-2018"),
                  margins=((f"density {year}", dense),
                           (f"urban share rise {y0}-{y1}", rise[geo] - rise["whole-country"])))


#: The trained share's two vintages, older first (GSO's 2018 edition, the revised series).
TRAINED_VINTAGES = ("pre-2019-census", "post-2019-census")


def _kers_other_than(geo: str) -> list[str]:
    return [k.slug for k in regions.kers() if k.slug != geo]


def _rank_margins(key: str, geo: str, years, lowest: bool = False,
                  vintage: str | None = None) -> tuple[tuple[str, float], ...]:
    """For each year, the margin by which the region leads the best of the other KERs
    (highest, or lowest with ``lowest``), in the series' unit."""
    margins = []
    for y in years:
        own = Q.at(key, geo, y, vintage).value
        others = {g: Q.at(key, g, y, vintage).value for g in _kers_other_than(geo)}
        best = (min if lowest else max)(others, key=others.get)
        margin = (others[best] - own) if lowest else (own - others[best])
        margins.append((f"{y}, against {_the(best)}", margin))
    return tuple(margins)


def _common_years(key: str, geos: list[str], vintage: str | None = None) -> list[int]:
    return sorted(set.intersection(*[set(Q.years(key, g, vintage)) for g in geos]))


def _poverty_lowest(claim: dict) -> Public:
    geo = claim["geo"]
    kers = [k.slug for k in regions.kers()]
    years = _common_years("poverty_rate", kers)
    left_out = sorted(set(Q.years("poverty_rate", geo)) - set(years))
    gap = f"; left out: {text.years_list(left_out)} (a KER lacks a figure)" if left_out else ""
    return Public(None, 2, (f"poverty rate of each KER (its provinces' rates weighted by "
                            f"population), {_the(geo)} against the lowest of the other three, "
                            f"every year all four have a figure{gap}"),
                  ("gso-poverty-province-2018", "gso-average-population-province-2018"),
                  margins=_rank_margins("poverty_rate", geo, years, lowest=True))


def _population_density(claim: dict) -> Public:
    geo = claim["geo"]
    kers = [k.slug for k in regions.kers()]
    years = _common_years("area", kers)
    margins = []
    for y in years:
        dens = {g: Q.density(g, y).value for g in kers}
        others = {g: v for g, v in dens.items() if g != geo}
        best = max(others, key=others.get)
        margins.append((f"{y}, against {_the(best)}", dens[geo] - others[best]))
    return Public(None, 0, (f"persons per km2 of each KER (average population, "
                            f"{Q.DENSITY_VINTAGE}, over the provinces' natural area), "
                            f"{_the(geo)} against the densest of the other three, "
                            f"{years[0]}-{years[-1]}"),
                  ("gso-area-province-2018", "gso-average-population-province-2018"),
                  margins=tuple(margins))


def _grdp_rank(claim: dict) -> Public:
    geo = claim["geo"]
    kers = [k.slug for k in regions.kers()]
    years = _common_years("grdp_per_capita", kers)
    return Public(None, 1, (f"GRDP per head at current prices of each KER (its provinces' GRDP "
                            f"over their population), {_the(geo)} against the highest of the "
                            f"other three, {years[0]}-{years[-1]}"),
                  ("nso-grdp-per-capita-province", "nso-population-area-province"),
                  margins=_rank_margins("grdp_per_capita", geo, years))


#: The basic services with province tables, per head: (series key or count key, label).
SERVICES = (("dwelling_area", "dwelling area per person"),
            ("beds_per_10k", "patient beds per 10,000 people"),
            ("health_establishments", "health establishments per 10,000 people"),
            ("schools", "schools of general education per 10,000 people"))


def _service(key: str, geo: str, year: int) -> float:
    if key in ("dwelling_area", "beds_per_10k"):
        return Q.at(key, geo, year).value
    return indicators.per_10000(Q.at(key, geo, year).value,
                                Q.at("population", geo, year, "pre-2019-census").value)


def _services_rank(claim: dict) -> Public:
    geo = claim["geo"]
    kers = [k.slug for k in regions.kers()]
    margins = []
    for key, label in SERVICES:
        year = _common_years("dwelling_area" if key == "dwelling_area" else
                             ("patient_beds_health_departments" if key == "beds_per_10k"
                              else key), kers)[-1]
        values = {g: _service(key, geo if g == geo else g, year) for g in kers}
        others = {g: v for g, v in values.items() if g != geo}
        best = max(others, key=others.get)
        margins.append((f"{label}, {year}, against {_the(best)}", values[geo] - others[best]))
    return Public(None, 2, (f"each basic service with a province table, per head, {_the(geo)} "
                            "against the best of the other three KERs in the latest year all "
                            "four have a figure"),
                  ("gso-dwelling-area-province-2018", "gso-patient-beds-province-2018",
                   "gso-health-establishments-province-2018", "gso-schools-province-2018",
                   "gso-average-population-province-2018"), margins=tuple(margins))


def _dwelling_range(claim: dict) -> Public:
    geo = claim["geo"]
    years = Q.years("dwelling_area", geo)
    values = [Q.at("dwelling_area", geo, y).value for y in years]
    return Public(min(values), 1, (f"average dwelling area per person of {_the(geo)} (its "
                                   f"provinces' figures weighted by population) in "
                                   f"{text.years_list(years)}: "
                                   + "; ".join(f"{text.number(v, 1)}" for v in values)),
                  ("gso-dwelling-area-province-2018", "gso-average-population-province-2018"),
                  value_high=max(values))


def _housing(claim: dict) -> Public:
    geo = claim["geo"]
    years = Q.years("dwelling_area", geo)
    steps = indicators.consecutive_periods(years)
    margins = tuple((f"{a}-{b}", -Q.difference(Q.at("dwelling_area", geo, a),
                                               Q.at("dwelling_area", geo, b)).value)
                    for a, b in steps)
    return Public(None, 1, (f"change of the dwelling area per person of {_the(geo)} between the "
                            f"survey years with province figures ({text.years_list(years)}): a "
                            "fall would show housing lagging population"),
                  ("gso-dwelling-area-province-2018", "gso-average-population-province-2018"),
                  margins=margins)


#: The labour force's vintage that covers the thesis's period (NSO V02.34, 2010-2021).
LABOUR_FORCE_VINTAGE = "post-2019-census"


def _labour_force(claim: dict) -> Public:
    geo, v = claim["geo"], LABOUR_FORCE_VINTAGE
    years = [y for y in Q.years("labour_force", geo, v)
             if _start_year(claim) <= y <= _year(claim)]
    change = Q.difference(Q.at("labour_force", geo, years[0], v),
                          Q.at("labour_force", geo, years[-1], v))
    return Public(None, 1, (f"change of the labour force aged 15 and over of {_the(geo)} (its "
                            f"provinces summed) over the period, {years[0]} to {years[-1]}, "
                            f"in the series revised after the 2019 census ({v})"),
                  ("nso-labour-force-province-v0234",),
                  margins=((f"{years[0]}-{years[-1]}", change.value),))


def _fund_balance(claim: dict) -> Public:
    funds = Q.fund_balances()
    margins = tuple((f"{r.name[0].upper() + r.name[1:]} {r.year}", -r.balance)
                    for r in funds.itertuples())
    return Public(None, 0, (f"spending minus revenue of each of the three national funds, "
                            f"{funds['year'].min()}-{funds['year'].max()}: spending exceeded "
                            f"revenue in {int(funds['short'].sum())} of {len(funds)} "
                            "scheme-years"), ("gso-insurance-2018",), margins=margins)


def _gdp_growth_lowest(claim: dict) -> Public:
    start, year = _start_year(claim), _year(claim)
    wb = data.load("world_bank")
    g = wb[(wb["indicator"] == "NY.GDP.MKTP.KD.ZG") & (wb["geo"] == "whole-country")]
    g = g.set_index("year")["value"]
    before = g[(g.index >= start - 20) & (g.index < start)]
    if len(before) < 20:
        raise NotReproducible(f"the World Bank's growth series has {len(before)} of the 20 years "
                              f"before {start}")
    low = float(before.min())
    margins = tuple((str(y), low - float(g[y])) for y in range(start, year + 1))
    return Public(None, 2, (f"real GDP growth of Viet Nam (World Bank, NY.GDP.MKTP.KD.ZG) in "
                            f"{start}-{year} against the lowest of the 20 years before, "
                            f"{text.number(low, 2)} % in {int(before.idxmin())}"), ("wb-wdi-2025",),
                  margins=margins)


def _schools(claim: dict) -> Public:
    geo = claim["geo"]
    years = Q.years("schools", geo)
    year = years[-1]
    return Public(Q.at("schools", geo, year).value, 0,
                  (f"schools of general education (primary and secondary) of {_the(geo)}'s "
                   f"provinces, {year}, the latest year of the table; the claim prints no year"),
                  ("gso-schools-province-2018",),
                  number_only=("the public count is of schools of general education only, "
                               "not of 'training institutions ranging from pre-school to "
                               "higher education'"))


def _budget_share(claim: dict) -> Public:
    start, year = _start_year(claim), _year(claim)
    years = [y for y in Q.years("budget_pension_social_relief", "whole-country")
             if start <= y <= year]
    if claim["indicator"] == "ss_spending_share_gdp":
        shares = [Q.share(Q.at("budget_pension_social_relief", "whole-country", y),
                          Q.at("gdp_current_gso", "whole-country", y)).value for y in years]
        what = "state budget spending on pensions and social relief over GDP (as published " \
               "before the revision)"
    else:
        shares = [Q.at("budget_pension_social_relief_share", "whole-country", y).value
                  for y in years]
        what = "pensions and social relief as a share of state budget spending (as printed)"
    return Public(sum(shares) / len(shares), 2,
                  f"mean of the yearly {what}, {years[0]}-{years[-1]}",
                  ("gso-budget-expenditure-2018", "gso-national-accounts-2018"))


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


def _poverty_pace(claim: dict) -> Public:
    geo, start, year = claim["geo"], _start_year(claim), _year(claim)
    last = Q.years("poverty_rate", geo)[-1]
    end = min(year, last)
    paces = {}
    for g in (geo, "whole-country"):
        r0, r1 = Q.at("poverty_rate", g, start), Q.at("poverty_rate", g, end)
        paces[g] = (r0.value, r1.value, Q.cagr(r0, r1).value, -Q.pace(r0, r1).value)
    (a0, a1, ar, ap), (b0, b1, br, bp) = paces[geo], paces["whole-country"]
    raise NotReproducible(
        f"The claim's 'relatively high' names no benchmark, and the public tables stop in "
        f"{last}, before the later periods the thesis sets it against. For what they show: "
        f"{_the(geo)}'s poverty rate fell from {text.number(a0, 1)} % to "
        f"{text.number(a1, 1)} % over {start}-{end} ({text.number(ar, 1, sign=True)} % a "
        f"year, {text.number(ap, 2)} points a year), the country's from "
        f"{text.number(b0, 1)} % to {text.number(b1, 1)} % ({text.number(br, 1, sign=True)} "
        f"% a year, {text.number(bp, 2)} points a year): faster than the country's "
        f"in relative terms, slower in points, so no reading of the claim is settled by them")


METHODS = {
    "area_km2": _area,
    "trained_worker_share_ratio": _trained_ratio,
    "urbanisation": _urbanisation,
    "labour_productivity_growth": _productivity_growth,
    "unemployment_rate": _unemployment,
    "poverty_rate": _poverty_lowest,
    "poverty_rate_change": _poverty_pace,
    "agri_employment_share": _wb_series,
    "gso_gini": _gso_gini,
    "gini_pooled": _gini_pooled,
    "income_gap_vs_country": _income_gap,
    "hi_coverage": _hi_coverage,
    "si_coverage_labour_force": _si_coverage,
    "si_voluntary_participants": _press,
    "mpi_headcount": _press,
    "si_non_participants": _si_non_participants,
    "training_institutions": _schools,
    "dwelling_area": _dwelling_range,
    "insurance_fund_balance": _fund_balance,
    "ss_spending_share_gdp": _budget_share,
    "ss_spending_share_budget": _budget_share,
    "population_density": _population_density,
    "grdp_per_capita_rank": _grdp_rank,
    "basic_services_rank": _services_rank,
    "housing_vs_population": _housing,
    "labour_force": _labour_force,
    "gdp_growth_lowest": _gdp_growth_lowest,
}


def public_value(claim: dict) -> Public:
    """What the public data give for one claim (raises :class:`NotReproducible`)."""
    if claim["test_basis"] in ("partial", "none"):
        raise NotReproducible(regions.with_display_names(claim["not_reproducible_reason"]))
    if claim["claim_type"] == "target":
        latest = press_rows(claim["indicator"], claim["geo"]).sort_values("year").iloc[-1]
        raise NotReproducible(
            f"a target for {_year(claim)} is a plan, not a measurement; the latest public "
            f"figure is {latest['printed']} {latest['printed_unit']} in {int(latest['year'])} "
            f"({latest['label'][0].lower() + latest['label'][1:]}, "
            f"{data.publisher(latest['source'])})")
    if claim["indicator"] not in METHODS:
        raise data.DataError(CLAIMS_FILE, (f"claim {claim['claim']}: no ledger method for the "
                                           f"indicator {claim['indicator']!r} (test basis "
                                           f"{claim['test_basis']}); known: "
                                           f"{', '.join(sorted(METHODS))}"),
                             line=claim.get("line"), column="indicator")
    return METHODS[claim["indicator"]](claim)


# --- the ledger -------------------------------------------------------------------------------

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
    when = f", {_year(claim)}" if _year(claim) else ""
    if claim["claim_type"] == "change":
        a = text.number(claim["value"], reported_decimals(claim))
        b = text.number(claim["value_high"], printed_decimals(claim["value_high"]))
        return f"from {a} ({_start_year(claim)}) to {b}{when} {claim['unit']}"
    if qualifier == "range":
        shown = (f"{text.number(claim['value'], reported_decimals(claim))}-"
                 f"{text.number(claim['value_high'], printed_decimals(claim['value_high']))}")
    else:
        shown = text.as_reported(claim["value"], qualifier, decimals=reported_decimals(claim))
    words = " (printed in words)" if printed_form(claim["value"], claim["quotation"]) is None else ""
    return f"{shown} {claim['unit']}{when}{words}"


def _tolerance(claim: dict) -> float:
    tol = rounding_tolerance(claim["value"], printed_form(claim["value"], claim["quotation"]))
    if claim["claim_type"] == "change":  # two printed figures: the rounding of each
        tol += rounding_tolerance(claim["value_high"],
                                  printed_form(claim["value_high"], claim["quotation"]))
    return tol


def rule_of(claim: dict) -> str:
    """Which rule of :func:`verdict` a claim is judged by."""
    if claim["claim_type"] == "direction":
        return "direction"
    if claim["claim_type"] == "change":
        return "change"
    if claim["qualifier"] == "range":
        return "range"
    return "value"


def _reason(claim: dict, pub: Public, row: dict) -> str:
    unit, v = claim["unit"], row["verdict"]
    if row["rule"] == "direction":
        parts = "; ".join(f"{label}: {m:+.{pub.decimals}f}" for label, m in pub.margins)
        against = all(m < -row["precision"] for _, m in pub.margins)
        tail = {"reproduced": f"every one points the claimed way by more than the precision "
                              f"of the figures (±{row['precision']:g}).",
                "differs": ((f"every one points the other way by more than the precision of "
                             f"the figures (±{row['precision']:g}): the public data show the "
                             "opposite of what is claimed.") if against else
                            (f"not every one points the claimed way by more than the precision "
                             f"of the figures (±{row['precision']:g}): the public data do not "
                             "show what is claimed."))}[v]
        return (f"Margins in the claimed direction ({claim['direction']}): {parts}; {tail}")
    dec = max(pub.decimals, reported_decimals(claim) + 1)
    if row["rule"] == "range":
        return (f"Public data give {text.number(row['public'], pub.decimals)} to "
                f"{text.number(row['public_high'], pub.decimals)} {unit} against the printed "
                f"range {reported_text(claim)}: " + {
                    "reproduced": "inside it.", "close": "outside it, by less than 5 %.",
                    "differs": "outside it, by more than 5 %."}[v])
    if row["rule"] == "change":
        claimed = row["reported_high"] - row["reported"]
        d = row["public"] - claimed
        return (f"The printed figures make a change of {text.formatted(claimed, f'+.{dec}f')} "
                f"{unit}; public data give {text.formatted(row['public'], f'+.{dec}f')}: a "
                f"difference of {text.formatted(d, f'+.{dec}f')}, "
                + ("within the rounding of the two printed figures." if v == "reproduced"
                   else f"{text.formatted(abs(d) / abs(claimed), '.0%')} of the claimed change."))
    reported, value = claim["value"], row["public"]
    d = value - reported
    rel = abs(d) / abs(reported)
    shown = f"{pub.bound + ' ' if pub.bound else ''}{text.number(value, pub.decimals)}"
    head = f"Public data give {shown} {unit} against the reported {reported_text(claim)}: "
    tol = row["tolerance"]
    if pub.bound and v == "reproduced":
        body = (f"the reported figure lies on the side of the public bound (±{tol:g}): the two "
                "agree.")
    elif claim["qualifier"] in ("over", "under"):
        side = "at or above" if claim["qualifier"] == "over" else "at or below"
        if v in ("reproduced", "reproduced in number only"):
            body = f"{side} the reported bound, less its rounding (±{tol:g})."
        else:
            body = (f"short of the bound by {text.formatted(abs(d), f',.{dec}f')} {unit} "
                    f"({text.formatted(rel, '.1%')} of it); "
                    + ("within" if v == "close" else "beyond")
                    + f" the {text.formatted(CLOSE_RELATIVE, '.0%')} band.")
    elif v in ("reproduced", "reproduced in number only"):
        body = (f"a difference of {text.formatted(d, f'+,.{dec}f')}, within the rounding of "
                f"the printed value (±{tol:g}).")
    else:
        words = printed_form(reported, claim["quotation"]) is None
        band = text.formatted(CLOSE_RELATIVE, '.0%')
        if words:
            where = ("printed in words, the figure has no rounding, and the gap is "
                     + ("within " if v == "close" else "more than ") + band)
        elif v == "close":
            where = f"beyond the rounding of the printed value (±{tol:g}) but within {band}"
        else:
            where = f"more than {band}"
        body = (f"a difference of {text.formatted(d, f'+,.{dec}f')} "
                f"({text.formatted(rel, '.1%')} of the reported value); {where}.")
    if v == "reproduced in number only":
        body += f" But {pub.number_only}."
    return head + body


def assess(claim: dict) -> dict:
    """One ledger row: the claim, what public data give, the columns of the verdict rule,
    the verdict and its reason."""
    if claim["source"] not in DOCUMENTS:
        raise data.DataError(CLAIMS_FILE, (f"claim {claim['claim']}: unknown document "
                                           f"{claim['source']!r}; known: {', '.join(DOCUMENTS)}"),
                             line=claim.get("line"), column="source")
    caveat = regions.with_display_names(claim["not_reproducible_reason"]) \
        if claim["test_basis"] == "overlap" else ""
    row = {"claim": claim["claim"], "source": claim["source"],
           "document": DOCUMENTS[claim["source"]][0], "location": claim["location"],
           "quotation": claim["quotation"], "indicator": claim["indicator"], "geo": claim["geo"],
           "test_basis": claim["test_basis"], "reported_text": reported_text(claim),
           "unit": claim["unit"], "kind": claim["claim_type"], "caveat": caveat,
           "rule": "none", "reported": claim["value"], "reported_high": claim["value_high"],
           "qualifier": claim["qualifier"], "tolerance": math.nan, "public": math.nan,
           "public_high": math.nan, "public_bound": "", "margin": math.nan,
           "precision": math.nan, "number_only": False}
    try:
        pub = public_value(claim)
    except NotReproducible as exc:
        reason = str(exc)
        reason = reason[0].upper() + reason[1:]
        row.update(public_text="none here", method="", public_sources="",
                   verdict=verdict("none"),
                   reason=reason if reason.endswith(".") else reason + ".")
        return row
    rule = rule_of(claim)
    row["rule"] = rule
    if rule == "direction":
        row["margin"] = min(m for _, m in pub.margins)
        row["precision"] = DIRECTION_PRECISION[claim["indicator"]]
        shown = "; ".join(f"{label}: {m:+.{pub.decimals}f}" for label, m in pub.margins)
    else:
        row["tolerance"] = _tolerance(claim)
        row["public"] = pub.value
        row["public_high"] = pub.value_high if pub.value_high is not None else math.nan
        row["number_only"] = bool(pub.number_only)
        row["public_bound"] = pub.bound
        decimals = max(pub.decimals, reported_decimals(claim))
        shown = (f"{pub.bound + ' ' if pub.bound else ''}{text.number(pub.value, decimals)}"
                 + (f" to {text.number(pub.value_high, decimals)}" if pub.value_high is not None
                    else "") + f" {claim['unit']}")
        if rule == "change":
            shown = f"{text.formatted(pub.value, f'+.{decimals}f')} {claim['unit']}"
    row["verdict"] = verdict(rule, reported=row["reported"], reported_high=row["reported_high"],
                             qualifier=row["qualifier"], tolerance=row["tolerance"],
                             public=row["public"], public_high=row["public_high"],
                             public_bound=row["public_bound"], margin=row["margin"],
                             precision=row["precision"], number_only=row["number_only"])
    reason = _reason(claim, pub, row)
    if caveat:
        reason += f" Caveat: {caveat[0].lower() + caveat[1:]}"
    row.update(public_text=shown, method=pub.method, public_sources="; ".join(pub.sources),
               reason=reason)
    return row


#: The modules the ledger's values come from (its key in the store of derived values).
LEDGER_CODE = tuple(Path(__file__).parent / f"{m}.py"
                    for m in ("ledger", "quantities", "reported", "context"))


def ledger() -> pd.DataFrame:
    """Every claim of the claims table, assessed, in the table's order (made once per
    version of the data and of the code, then served from the store of derived values:
    six pages state the ledger's counts)."""
    return store.get_or_make("ledger", "all", _assess_all, *LEDGER_CODE).copy()


def _assess_all() -> pd.DataFrame:
    claims = data.load("ledger_claims").to_dict("records")
    # line in the file (after the header), for error messages
    return pd.DataFrame([assess({**c, "line": i + 2}) for i, c in enumerate(claims)])


def recompute(row: dict | pd.Series) -> str:
    """The verdict of a ledger row recomputed from its own columns by :func:`verdict`."""
    return verdict(row["rule"], reported=row["reported"], reported_high=row["reported_high"],
                   qualifier=row["qualifier"], tolerance=row["tolerance"], public=row["public"],
                   public_high=row["public_high"], public_bound=row["public_bound"],
                   margin=row["margin"], precision=row["precision"],
                   number_only=bool(row["number_only"]))


def verdict_text(row: dict | pd.Series) -> str:
    """A row's verdict as the book prints it: a claim tested on the part of its period or
    geography the public data cover says so."""
    return row["verdict"] + (" (on the part covered)" if row["test_basis"] == "overlap"
                             and row["verdict"] != "not reproducible" else "")


def counts(table: pd.DataFrame | None = None) -> dict[str, int]:
    """Number of claims per verdict (every verdict listed, zero included)."""
    table = ledger() if table is None else table
    return {v: int((table["verdict"] == v).sum()) for v in VERDICTS}
