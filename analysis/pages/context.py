"""Reported figures for the national context: the context documents' own figures
(``document_figures``) and the figures printed on official pages and in the press
(``press_*`` tables), put side by side without ever being turned into one series.

Every row these functions return keeps what it is: its ``origin`` (a document or a
press page), its ``status`` (reported, preliminary, estimate, target, survey or
policy), the qualifier it was printed with (over, about, nearly, under) and its
source id. A reported figure is not a GSO table: charts built from these rows say so.
"""
from __future__ import annotations

import re

import pandas as pd

from .. import data
from ..compute.text import as_reported, number
from ..data import regions, series
from . import quantities as Q

#: How a document figure's ``kind`` reads as a status beside the press tables'
#: ``status`` (a document states its own measurements as reported figures).
DOCUMENT_STATUS = {
    "measurement": "reported",
    "estimate": "estimate",
    "target": "target",
    "survey": "survey",
    "policy": "policy",
}

#: Persons per unit, for the participant counts printed in persons, thousands or millions.
PERSONS = {"persons": 1, "thousand persons": 1_000, "million persons": 1_000_000}

#: Insurance schemes by indicator prefix.
SCHEMES = {"si": "Social insurance", "hi": "Health insurance", "ui": "Unemployment insurance"}

#: The denominators of the coverage rates (indicator suffix after ``_coverage_``).
DENOMINATORS = {
    "labour_force": "of the labour force",
    "workforce": "of the workforce",
    "working_age_labour_force": "of the working-age labour force",
    "population": "of the population",
}

_YEAR = re.compile(r"[0-9]{4}")
_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def period_date(period: str | None, year_at: str = "end") -> str | None:
    """The date (ISO) at which a reference period is drawn on a time axis.

    A year (``'2020'``) is drawn at its end (``year_at="end"``, for stocks such as
    participants and coverage rates, which the tables date at the year's end) or at
    its middle (``year_at="mid"``, for survey years); a month (``'2022-09'``) at its
    15th day; a dated point (``'2018-10-31'``) at that date. A span of years or
    months (``'2015/2021'``) and a missing period have no single date: None.
    """
    if period is None or (isinstance(period, float) and period != period) or period == "":
        return None
    if _DAY.fullmatch(period):
        return period
    if m := _MONTH.fullmatch(period):
        return f"{m.group(1)}-{m.group(2)}-15"
    if _YEAR.fullmatch(period):
        if year_at == "end":
            return f"{period}-12-31"
        if year_at == "mid":
            return f"{period}-07-01"
        raise ValueError(f"year_at must be 'end' or 'mid', not {year_at!r}")
    return None


def status_of_document_kind(kind: str) -> str:
    """A document figure's ``kind`` as a status (see :data:`DOCUMENT_STATUS`)."""
    try:
        return DOCUMENT_STATUS[kind]
    except KeyError:
        raise ValueError(f"unknown document figure kind {kind!r}; valid: "
                         + ", ".join(DOCUMENT_STATUS)) from None


def to_persons(value: float, unit: str) -> float:
    """A count printed in persons, thousand persons or million persons, in persons."""
    try:
        return float(value) * PERSONS[unit]
    except KeyError:
        raise ValueError(f"{unit!r} is not a count of persons; valid: "
                         + ", ".join(PERSONS)) from None


def _cite(source_ids: pd.Series) -> list[str]:
    cache: dict[str, str] = {}
    return [cache.setdefault(s, data.cite(s)) for s in source_ids]


_COLUMNS = ["indicator", "geo", "group", "standard", "period", "year", "value", "unit",
            "qualifier", "printed", "status", "origin", "source", "cite", "attributed_to"]


def press(table: str, indicators: list[str] | None = None,
          geos: list[str] | None = None) -> pd.DataFrame:
    """Rows of a ``press_*`` table (optionally only some indicators and geographies),
    in the common columns: origin ``'press'``, ``cite`` the page's short citation."""
    rows = data.load(table)
    if indicators is not None:
        rows = rows[rows["indicator"].isin(indicators)]
    if geos is not None:
        rows = rows[rows["geo"].isin(geos)]
    rows = rows.copy()
    for col in ("group", "standard"):
        if col not in rows:
            rows[col] = "total" if col == "group" else "not-applicable"
    rows["origin"] = "press"
    rows["cite"] = _cite(rows["source"])
    rows["attributed_to"] = ""
    return rows[_COLUMNS].reset_index(drop=True)


def documents(indicators: list[str] | None = None, geos: list[str] | None = None,
              kinds: list[str] | None = None) -> pd.DataFrame:
    """Rows of ``document_figures`` in the common columns: origin ``'document'``,
    status from the figure's kind, source the document's id, ``group`` empty when
    the figure is for the whole geography. A figure a document states twice (same
    indicator, place, period and value) is kept once."""
    rows = data.load("document_figures")
    if indicators is not None:
        rows = rows[rows["indicator"].isin(indicators)]
    if geos is not None:
        rows = rows[rows["geo"].isin(geos)]
    if kinds is not None:
        rows = rows[rows["kind"].isin(kinds)]
    rows = rows.rename(columns={"document": "source"}).copy()
    rows["group"] = rows["group"].fillna("")
    rows["standard"] = "not-applicable"
    rows["status"] = [status_of_document_kind(k) for k in rows["kind"]]
    rows["origin"] = "document"
    rows["cite"] = _cite(rows["source"])
    rows["attributed_to"] = rows["attributed_to"].fillna("")
    rows = rows.drop_duplicates(subset=["source", "indicator", "geo", "group", "period",
                                        "value"], keep="first")
    return rows[_COLUMNS].reset_index(drop=True)


def coverage(scheme: str, geos: tuple[str, ...] = ("whole-country",)) -> pd.DataFrame:
    """Every reported coverage rate of one insurance scheme (``'si'``, ``'hi'``,
    ``'ui'``): the press figures of ``press_insurance`` and the documents' figures,
    with the denominator in ``denominator``. Figures with no reference year are left
    out (a document's undated statement cannot be placed in time); targets are kept
    with status ``'target'``."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown scheme {scheme!r}; valid: {', '.join(SCHEMES)}")
    wanted = [f"{scheme}_coverage_{d}" for d in DENOMINATORS]
    frame = pd.concat([press("press_insurance", wanted, list(geos)),
                       documents(wanted, list(geos))], ignore_index=True)
    frame = frame[frame["year"].notna()].copy()
    frame["year"] = frame["year"].astype("int64")
    frame["denominator"] = [DENOMINATORS[i.split("_coverage_", 1)[1]] for i in frame["indicator"]]
    frame["scheme"] = SCHEMES[scheme]
    frame["date"] = [period_date(p) for p in frame["period"]]
    return frame.sort_values(["denominator", "date", "origin"]).reset_index(drop=True)


def participants(indicator: str, geos: tuple[str, ...] = ("whole-country",)) -> pd.DataFrame:
    """Reported participant counts of one indicator (e.g. ``si_voluntary_participants``)
    from ``press_insurance`` and the documents, converted to persons in ``persons``;
    rows with no single reference date (a span of years, no year) are left out."""
    frame = pd.concat([press("press_insurance", [indicator], list(geos)),
                       documents([indicator], list(geos))], ignore_index=True)
    frame["date"] = [period_date(p) for p in frame["period"]]
    frame = frame[frame["date"].notna()].copy()
    frame["persons"] = [to_persons(v, u) for v, u in zip(frame["value"], frame["unit"])]
    frame["year"] = frame["year"].astype("int64")
    return frame.sort_values(["date", "origin"]).reset_index(drop=True)


def survey_shares() -> pd.DataFrame:
    """The Thành phố Hồ Chí Minh article's survey results stated as shares (percent), with
    the counts printed beside them where there are any: ``share_from_counts`` is
    100 × count / base (empty when no counts are printed) and ``gap`` the printed
    share minus it, in percentage points."""
    rows = data.load("document_figures")
    rows = rows[(rows["document"] == "hcmc-social-security-policy-article")
                & (rows["kind"] == "survey") & (rows["unit"] == "percent")].copy()
    counted = rows["count"].notna() & rows["base"].notna()
    rows["share_from_counts"] = (100 * rows["count"] / rows["base"]).where(counted)
    rows["gap"] = rows["value"] - rows["share_from_counts"]
    rows["group"] = rows["group"].fillna("")
    return rows[["item", "indicator", "group", "value", "qualifier", "printed", "count",
                 "base", "share_from_counts", "gap", "quotation", "location",
                 "note"]].reset_index(drop=True)


def subsidies() -> pd.DataFrame:
    """Provincial top-ups of the voluntary social-insurance contribution (percent of
    the contribution, on top of the central subsidy) in the 2025 news item, with the
    province's name and key economic region (empty when it is in none)."""
    rows = documents(["vsi_extra_contribution_subsidy"])
    rows["province"] = [regions.get(g).name for g in rows["geo"]]
    rows["ker"] = [regions.get(regions.get(g).ker).name if regions.get(g).ker else ""
                   for g in rows["geo"]]
    return rows.reset_index(drop=True)


#: The national poverty measures, each its own series (never joined into one):
#: (origin, indicator) -> label.
POVERTY_MEASURES = {
    ("press", "mpi_headcount"): "GSO-UNDP multidimensional poverty index: headcount",
    ("press", "vhlss_multidim_poor_household_rate"):
        "GSO living standards survey: multidimensionally poor households",
    ("press", "admin_poor_household_rate"): "MOLISA household review: poor households",
    ("document", "multidim_poverty_rate"):
        "Multidimensional poverty rate as the Resolution 42 article cites it",
    ("document", "poor_household_rate"): "Poor households as the 2021 article reports them",
}

#: The poverty standards (poverty lines) by the label a row carries.
STANDARDS = {
    "2011-2015": "2011-2015 standard (income only)",
    "2016-2020": "2016-2020 standard (multidimensional)",
    "2022-2025": "2022-2025 standard (multidimensional)",
    "unstated": "standard not stated",
}

_LINE = re.compile(r"poverty line ([0-9]{4}-[0-9]{4})")


def poverty_national() -> pd.DataFrame:
    """Every reported national poverty rate of the whole population (percent): the
    measures of :data:`POVERTY_MEASURES`, with ``measure`` and ``standard_label``
    (:data:`STANDARDS`). A document row's standard is read from its group
    (``'poverty line 2011-2015'``); a document that names none has ``'unstated'``.
    Rows with no reference year are left out."""
    press_rows = press("press_poverty", [i for o, i in POVERTY_MEASURES if o == "press"],
                       ["whole-country"])
    press_rows = press_rows[press_rows["group"] == "total"]
    doc_rows = documents([i for o, i in POVERTY_MEASURES if o == "document"], ["whole-country"])
    doc_rows["standard"] = [m.group(1) if (m := _LINE.fullmatch(g)) else "unstated"
                            for g in doc_rows["group"]]
    frame = pd.concat([press_rows, doc_rows], ignore_index=True)
    frame = frame[frame["year"].notna() & (frame["unit"] == "percent")].copy()
    frame["year"] = frame["year"].astype("int64")
    frame["measure"] = [POVERTY_MEASURES[(o, i)] for o, i in zip(frame["origin"],
                                                                 frame["indicator"])]
    unknown = sorted(set(frame["standard"]) - set(STANDARDS))
    if unknown:
        raise ValueError(f"poverty standard(s) with no label: {', '.join(unknown)}")
    frame["standard_label"] = [STANDARDS[s] for s in frame["standard"]]
    frame["date"] = [period_date(p, year_at="mid") for p in frame["period"]]
    return frame.sort_values(["measure", "year"]).reset_index(drop=True)


def span_text(frame: pd.DataFrame, value: str = "value", suffix: str = " %",
              decimals: int = 1) -> str:
    """'from <first> (<period>) to <last> (<period>)': the earliest and the latest
    dated figure of ``frame`` (by ``date``, then in row order), each as reported with
    its qualifier; for the text alternatives of the charts."""
    rows = frame[frame["date"].notna()].sort_values("date", kind="stable")
    if rows.empty:
        raise ValueError("no dated figure to describe")
    first, last = rows.iloc[0], rows.iloc[-1]
    def one(r):
        return f"{as_reported(r[value], r['qualifier'], suffix, decimals=decimals)} ({r['period']})"
    return f"from {one(first)} to {one(last)}"


# --- the same quantities from GSO tables, computed here ---------------------------------------

#: How the charts label each scheme's coverage computed from GSO tables (the
#: denominators are :data:`analysis.pages.quantities.GSO_COVERAGE`).
GSO_DENOMINATORS = {
    "si": "of the labour force (GSO tables, computed here)",
    "ui": "of the labour force (GSO tables, computed here)",
    "hi": "of the population (GSO tables, computed here)",
}


def gso_coverage(scheme: str) -> pd.DataFrame:
    """Coverage of a scheme computed from GSO tables, whole country, as
    :func:`analysis.pages.quantities.gso_coverage` computes it, in percent (one decimal), for
    the years both tables have. ``origin`` is ``'gso'``; a year whose denominator is
    preliminary is ``'preliminary'``, else ``'final'``. Same columns as
    :func:`coverage`, so the charts can draw it beside the reported figures as its
    own series."""

    if scheme not in GSO_DENOMINATORS:
        raise ValueError(f"unknown scheme {scheme!r}; valid: {', '.join(GSO_DENOMINATORS)}")
    label = GSO_DENOMINATORS[scheme]
    key, vintage = Q.GSO_COVERAGE[scheme], Q.GSO_COVERAGE_VINTAGE
    insured = series.get(f"{scheme}_insured", "whole-country")
    denom = series.get(key, "whole-country")
    denom = denom[denom["vintage"] == vintage]
    both = insured.merge(denom, on="year", suffixes=("_ins", "_den"))
    frame = pd.DataFrame({
        "indicator": f"{scheme}_coverage_gso", "geo": "whole-country", "group": "total",
        "standard": "not-applicable", "period": both["year"].astype(str),
        "year": both["year"].astype("int64"),
        "value": [round(Q.gso_coverage(scheme, int(y)).value, 1) for y in both["year"]],
        "unit": "percent", "qualifier": "exact",
        "printed": [f"{number(i, 1)} ÷ {number(d, 1)} thousand persons" for i, d in
                    zip(both["value_ins"], both["value_den"])],
        "status": ["preliminary" if "preliminary" in (a, b) else "final"
                   for a, b in zip(both["status_ins"], both["status_den"])],
        "origin": "gso",
        "source": both["source_ins"] + ";" + both["source_den"],
        "cite": [f"{data.cite(a)}; {data.cite(b)}" for a, b in
                 zip(both["source_ins"], both["source_den"])],
        "attributed_to": "",
    })
    frame["denominator"] = label
    frame["scheme"] = SCHEMES[scheme]
    frame["date"] = [period_date(p) for p in frame["period"]]
    return frame.reset_index(drop=True)


def gso_poverty() -> pd.DataFrame:
    """GSO's general poverty rate, whole country (its table prints no poverty line), in
    the columns of :func:`poverty_national`, origin ``'gso'``, status ``'final'`` or
    ``'preliminary'`` as the table marks it."""
    rows = data.load("poverty_rate")
    rows = rows[rows["geo"] == "whole-country"].sort_values("year")
    frame = pd.DataFrame({
        "indicator": "poverty_rate_gso", "geo": "whole-country", "group": "total",
        "standard": "unstated", "period": rows["year"].astype(str),
        "year": rows["year"].astype("int64"), "value": rows["value"], "unit": "percent",
        "qualifier": "exact", "printed": [f"{v:g}" for v in rows["value"]],
        "status": rows["status"], "origin": "gso", "source": rows["source"],
        "cite": _cite(rows["source"]), "attributed_to": "",
    })
    frame["measure"] = "GSO table: general poverty rate (no poverty line printed)"
    frame["standard_label"] = STANDARDS["unstated"]
    frame["date"] = [period_date(p, year_at="mid") for p in frame["period"]]
    return frame.reset_index(drop=True)
