"""Figures that others print, as quantities: the thesis summary's figures, the context
documents' figures, the figures of press and official pages (among them the rates of
MOLISA's household review) and Viet Nam Social Security's coverage rates.

Each function here gives one kind of printed figure one identity
(:class:`analysis.pages.quantities.Quantity`): its indicator with where it is printed
("(thesis)", "(document)", "(press)"), its place and period, and a basis naming the
page or document and, where the row names one, its poverty standard. Every page that
states a printed figure builds it here, so that the same figure carries the same
identity wherever it appears, and the book-wide check of glued quantities compares
them. The figures GSO publishes in its statistical tables are not here: they are
series (:func:`analysis.pages.quantities.at`).

A lookup that matches no row, or rows with different values, stops with the table,
the keys asked for and the choices there are.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .. import data
from ..compute import text
from ..compute.verdicts import printed_decimals
from . import context
from . import quantities as Q
from .quantities import Quantity

#: The thesis summary's source id.
THESIS = "thesis-summary-2023"

#: How a context document's figures are attributed in their basis.
DOCUMENT_BASIS = {
    "khuyen-resolution-42-article": "as the Resolution 42 article prints it",
    "tri-2021-role-of-social-security": "as the article on social progress prints it",
    "hcmc-social-security-policy-article": "as the article on Thành phố Hồ Chí Minh prints it",
    "news-2025-voluntary-si-ethnic-minority": "as printed in the news item",
}

#: The basis of Viet Nam Social Security's coverage rates: participants over the
#: working-age labour force, although the pages print "of the labour force" (the
#: participants the same page counts, over the printed rate, give a base well below GSO's
#: labour force aged 15 and over). Resolution 42-NQ/TW's target is set on it.
VSS_BASIS = "VSS's rate over the working-age labour force (printed as 'the labour force')"

def _one(rows: pd.DataFrame, table: str, asked: dict, column: str = "value") -> pd.Series:
    """The row of a lookup: one row, or several printing the same value."""
    if rows.empty:
        raise KeyError(f"{table}: no row for {asked}")
    if rows[column].nunique() > 1:
        raise KeyError(f"{table}: {len(rows)} rows with different values for {asked} "
                       f"({sorted(rows[column])}); name one more column")
    return rows.iloc[0]


def _match(rows: pd.DataFrame, table: str, match: dict) -> pd.DataFrame:
    for col, want in match.items():
        if col not in rows.columns:
            raise KeyError(f"{table} has no column {col!r}; columns: {', '.join(rows.columns)}")
        rows = rows[rows[col] == want]
    return rows


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def standard_text(standard: str) -> str:
    """A poverty standard as a basis reads it."""
    return "standard not stated" if standard == "unstated" else f"{standard} standard"


def thesis(indicator: str, geo: str | None = None, year: int | None = None,
           **match) -> Quantity:
    """A figure of the thesis summary (``thesis_figures``): indicator, and geography,
    year or any other column where the indicator has several."""
    rows = data.load("thesis_figures")
    asked = {"indicator": indicator, "geo": geo, "year": year, **match}
    rows = rows[rows["indicator"] == indicator]
    if geo is not None:
        rows = rows[rows["geo"] == geo]
    if year is not None:
        rows = rows[rows["year"] == year]
    r = _one(_match(rows, "thesis_figures", match), "thesis_figures", asked)
    return Quantity(f"{indicator} (thesis)", r["geo"], str(int(r["year"])),
                    f"printed in the thesis, {r['reference']}", float(r["value"]), r["unit"],
                    (THESIS,))


def document_row(document: str, item: int) -> pd.Series:
    """One figure of a context document (``document_figures``), by its item number."""
    rows = data.load("document_figures")
    rows = rows[(rows["document"] == document) & (rows["item"] == item)]
    if len(rows) != 1:
        raise KeyError(f"document_figures has no item {item} of {document!r}")
    return rows.iloc[0]


def document(document: str, item: int, high: bool = False) -> Quantity:
    """One figure of a context document, by its item number (``high``: the upper end of
    a printed range). A figure for a group is its own indicator; a figure on a poverty
    standard names the standard in its basis."""
    if document not in DOCUMENT_BASIS:
        raise KeyError(f"unknown document {document!r}; valid: {', '.join(DOCUMENT_BASIS)}")
    r = document_row(document, item)
    group, basis = _text(r["group"]), DOCUMENT_BASIS[document]
    if group.startswith("poverty line "):
        basis, group = f"{basis}, {group}", ""
    name = f"{r['indicator']}, {group} (document)" if group else f"{r['indicator']} (document)"
    if high:
        if pd.isna(r["value_high"]):
            raise KeyError(f"document_figures: item {item} of {document!r} prints no range")
        name = name.replace(" (document)", ", upper end (document)")
    period = r["period"].replace("/", "-") if _text(r["period"]) else (
        "" if pd.isna(r["year"]) else str(int(r["year"])))
    return Quantity(name, r["geo"], period, basis,
                    float(r["value_high"] if high else r["value"]), r["unit"],
                    (r["document"],), context.status_of_document_kind(r["kind"]))


def document_figure(indicator: str, geo: str = "whole-country", high: bool = False,
                    **match) -> Quantity:
    """The one figure of the context documents with this indicator and geography (and
    any other column of ``document_figures`` given as a keyword), as :func:`document`
    states it."""
    rows = data.load("document_figures")
    asked = {"indicator": indicator, "geo": geo, **match}
    rows = _match(rows[(rows["indicator"] == indicator) & (rows["geo"] == geo)],
                  "document_figures", match)
    r = _one(rows, "document_figures", asked)
    return document(r["document"], int(r["item"]), high)


def press_row(table: str, source: str | None, indicator: str, geo: str = "whole-country",
              period: str | None = None, **match) -> pd.Series:
    """The row of a ``press_*`` table for this page (None: any page printing the same
    value), indicator, geography, period and any other column given as a keyword."""
    rows = data.load(table)
    asked = {"source": source, "indicator": indicator, "geo": geo, "period": period, **match}
    rows = rows[(rows["indicator"] == indicator) & (rows["geo"] == geo)]
    if source is not None:
        rows = rows[rows["source"] == source]
    if period is not None:
        rows = rows[rows["period"] == str(period)]
    return _one(_match(rows, table, match), table, asked)


def press(table: str, source: str | None, indicator: str, geo: str = "whole-country",
          period: str | None = None, per: float = 1.0, unit: str | None = None,
          **match) -> Quantity:
    """One figure of a press or official page (a row of a ``press_*`` table, found by
    :func:`press_row`), as :func:`press_figure` states it."""
    return press_figure(press_row(table, source, indicator, geo, period, **match), per, unit)


def press_figure(row: pd.Series | dict, per: float = 1.0, unit: str | None = None) -> Quantity:
    """A row of a ``press_*`` table as a quantity, as printed (in ``unit``: the stored
    value divided by ``per``, 1e6 for persons as million persons). The page is its
    basis, with the poverty standard when the row names one (the rates of MOLISA's
    household review, the survey's multidimensional rates); a figure for a group is its
    own indicator."""
    group = _text(row.get("group"))
    name = (f"{row['indicator']}, {group} (press)" if group and group != "total"
            else f"{row['indicator']} (press)")
    basis = f"as printed by {data.outlet(row['source'])}"
    if _text(row.get("standard")) and row["standard"] != "not-applicable":
        basis += f", {standard_text(row['standard'])}"
    return Quantity(name, row["geo"], str(row["period"]), basis, float(row["value"]) / per,
                    unit or row["unit"], (row["source"],), row["status"])


def as_printed(row: pd.Series | dict) -> tuple[Quantity, str]:
    """A ``press_*`` row's figure as its page prints it: the quantity in the printed
    unit (a figure stored in thousand VND and printed in million VND is scaled) and the
    text to paste, the number marked with its quantity, to the printed decimals, with
    "million VND" when the unit changed ("3.88 million VND")."""
    million = (str(row["printed_unit"]).startswith("million")
               and str(row["unit"]).startswith("thousand"))
    printed = press_figure(row)
    if million:
        printed = printed.scaled(0.001, str(row["unit"]).replace("thousand", "million"))
    shown = Q.stated(printed, text.number(printed.value, press_decimals(row)))
    return printed, shown + (" million VND" if million else "")


def press_decimals(row: pd.Series | dict) -> int:
    """The decimals a ``press_*`` row's figure is printed with, as its page prints it
    (column ``printed``, Vietnamese numerals: a decimal comma, "0,3482" -> 4, "3,88" -> 2;
    no comma, no decimals: "1.360" is 1,360)."""
    printed = _text(row.get("printed"))
    return len(printed.split(",")[1]) if printed and "," in printed else 0


def vss_coverage(period: str, scheme: str = "si",
                 geo: str = "whole-country") -> tuple[Quantity, str]:
    """Viet Nam Social Security's coverage rate of a scheme (``si`` or ``ui``) for a
    place and a period ('2015', '2021-04'), as printed by the press, on
    :data:`VSS_BASIS`: the quantity and the qualifier it was printed with ('exact',
    'over', 'about')."""
    rows = data.load("press_insurance")
    rows = rows[(rows["indicator"] == f"{scheme}_coverage_labour_force")
                & (rows["geo"] == geo) & (rows["period"] == str(period))
                & (rows["status"] == "reported")]
    r = _one(rows, "press_insurance", {"scheme": scheme, "geo": geo, "period": period})
    return (Quantity(f"{scheme} coverage", geo, str(period), VSS_BASIS, float(r["value"]),
                     "%", (r["source"],), r["status"]), r["qualifier"])


def coverage_target(scheme: str = "si") -> Quantity:
    """The coverage target of a scheme that Resolution 42-NQ/TW sets (as the Resolution 42
    article states it), on VSS's basis."""
    rows = data.load("document_figures")
    rows = rows[(rows["indicator"] == f"{scheme}_coverage_labour_force")
                & (rows["kind"] == "target")]
    r = _one(rows, "document_figures", {"scheme": scheme, "kind": "target"})
    return Quantity(f"{scheme} coverage target", "whole-country", str(int(r["year"])),
                    VSS_BASIS, float(r["value"]), "%", (r["document"],), "target")


def vss_periods(scheme: str = "si") -> list[str]:
    """The periods of Viet Nam Social Security's national coverage rates of a scheme
    printed by the press, earliest first."""
    rows = data.load("press_insurance")
    rows = rows[(rows["indicator"] == f"{scheme}_coverage_labour_force")
                & (rows["geo"] == "whole-country") & (rows["status"] == "reported")]
    periods = sorted(set(rows["period"]), key=lambda p: context.period_date(p))
    if not periods:
        raise KeyError(f"press_insurance: no national coverage rate of {scheme!r}")
    return periods


def vss_participants(period: str, scheme: str = "si") -> Quantity:
    """The participants Viet Nam Social Security counted in a period, as printed by the
    press, in million persons (the pages printing it must agree)."""
    return press("press_insurance", None, f"{scheme}_participants", period=period,
                 per=1e6, unit="million persons", status="reported")


#: Whom Viet Nam Social Security counts as a participant of each scheme, as its reports
#: and the pages quoting them use the word: not GSO's "persons insured" of its yearbook
#: table, so the two are never joined.
VSS_DEFINITIONS = {
    "si": "persons paying social-insurance contributions, compulsory and voluntary",
    "hi": "holders of a health-insurance card, including those whose contribution the "
          "State pays",
    "ui": "employees paying unemployment-insurance contributions",
}

#: Bounds printed for one year by several pages that are all true together: "over 16.1"
#: and "over 16.16" million say "over 16.16"; "nearly" the same with the smallest.
_TIGHTEST = {"over": max, "nearly": min}


def _decimals(value: float) -> int:
    """The decimals a figure is printed with (13.34 -> 2), read to six places."""
    return printed_decimals(round(float(value), 6))


def _agree_as_printed(values: list[float]) -> bool:
    """Whether figures printed with different precision are one figure: each within
    half a unit of the coarsest's last digit of the others."""
    half = 0.5 * 10 ** -min(_decimals(v) for v in values)
    return max(values) - min(values) < half


def vss_year_end(scheme: str = "si", last: int = 2022) -> pd.DataFrame:
    """Viet Nam Social Security's national count of a scheme's participants at the end
    of each year (:data:`VSS_DEFINITIONS`), as the press prints it, to ``last``: one row
    per year (year, value in million persons, qualifier, status, sources), a series of
    its own. A year's count is a figure printed for the whole year (not a month), as
    reported or as an end-of-year estimate (a target is not a count). Pages printing one
    year alike give one row; bounds of one kind give the tightest; pages that disagree
    otherwise leave the year out, with its figures still shown as points; two exact
    figures that differ by less than half the last digit of the coarser (13.34 and
    13.343 million) agree, and the finer is kept."""
    rows = data.load("press_insurance")
    rows = rows[(rows["indicator"] == f"{scheme}_participants") & (rows["geo"] == "whole-country")
                & rows["period"].astype(str).str.fullmatch(r"\d{4}")
                & rows["status"].isin(["reported", "estimate"])]
    rows = rows.assign(year=rows["period"].astype(int))
    out = []
    for year, group in rows[rows["year"] <= last].groupby("year"):
        kinds = set(group["qualifier"])
        if group["value"].nunique() == 1 and len(kinds) == 1:
            value = float(group["value"].iloc[0])
        elif kinds == {"exact"} and _agree_as_printed(list(group["value"] / 1e6)):
            value = float(max(group["value"], key=lambda v: _decimals(v / 1e6)))
        elif len(kinds) == 1 and kinds <= set(_TIGHTEST):
            value = float(_TIGHTEST[next(iter(kinds))](group["value"]))
        else:
            continue
        kept = group[group["value"] == value]
        out.append({"year": int(year), "value": value / 1e6, "qualifier": next(iter(kinds)),
                    "status": "estimate" if (kept["status"] == "estimate").any() else "reported",
                    "sources": ";".join(sorted(set(kept["source"])))})
    return pd.DataFrame(out, columns=["year", "value", "qualifier", "status", "sources"])


def vss_year_end_figure(scheme: str, year: int) -> Quantity:
    """One year of :func:`vss_year_end` as a quantity, in million persons, on VSS's
    definition (the qualifier, when a bound, in the basis)."""
    frame = vss_year_end(scheme)
    row = frame[frame["year"] == int(year)]
    if row.empty:
        raise KeyError(f"VSS's year-end count of {scheme} participants has no {year}; it has "
                       f"{list(frame['year'])}")
    r = row.iloc[0]
    basis = f"VSS's year-end count: {VSS_DEFINITIONS[scheme]}"
    if r["qualifier"] != "exact":
        basis += f" (printed as '{r['qualifier']}')"
    return Quantity(f"{scheme} participants (VSS)", "whole-country", str(int(year)), basis,
                    float(r["value"]), "million persons", tuple(r["sources"].split(";")),
                    r["status"])


def vss_implied_base(period: str, scheme: str = "si") -> Quantity:
    """The base Viet Nam Social Security's rate implies: its participants over its rate
    of the same period, in million persons. Set against GSO's labour force aged 15 and
    over it shows what VSS's rates are computed over (:data:`VSS_BASIS`). When the rate
    is printed as 'more than', the base is an upper bound, and the basis says so."""
    rate, qualifier = vss_coverage(period, scheme)
    part = vss_participants(period, scheme)
    basis = "VSS participants over VSS's printed rate"
    if qualifier == "over":
        basis += " (an upper bound: the rate is printed as 'more than')"
    return Quantity("labour force implied by VSS's coverage rate", "whole-country",
                    str(period), basis, part.value / (rate.value / 100), "million persons",
                    part.sources + rate.sources)


@dataclass(frozen=True)
class TargetReading:
    """Resolution 42-NQ/TW's coverage target read against VSS's own rates (one basis):
    the first and latest rates with the qualifiers they are printed with, the gap to the
    target, the pace needed to close it and the pace of the past, their ratio, and what
    the target means in persons on the base VSS's latest figures imply.

    VSS's base is not fixed: the base its first figures imply (``first_base``) is larger
    than the one its latest imply, over the years in which GSO redefined the labour force
    in its 2021 survey. So the past pace of the rate mixes the growth of participants with
    a smaller base. Counted in people, which the change of base does not touch: the
    participants added a year in the past (``persons_past``), those the target needs a
    year on the latest base (``persons_needed``) and their ratio (``persons_ratio``; the
    book's computation, beside VSS's printed rates)."""

    target: Quantity
    first: Quantity
    first_qualifier: str
    last: Quantity
    last_qualifier: str
    gap: Quantity
    needed: Quantity
    past: Quantity
    ratio: Quantity
    years_left: int
    participants: Quantity
    implied_base: Quantity
    target_persons: Quantity
    first_base: Quantity
    persons_past: Quantity
    persons_needed: Quantity
    persons_ratio: Quantity

    @property
    def bound(self) -> str:
        """How the gap, the pace needed and their ratio read when the latest rate is a
        lower bound ('at most'), or a point ('about')."""
        return "at most" if self.last_qualifier == "over" else "about"


def target_reading(scheme: str = "si") -> TargetReading:
    """The one reading of the coverage target that every page states (:class:`TargetReading`)."""
    periods = vss_periods(scheme)
    first, q_first = vss_coverage(periods[0], scheme)
    last, q_last = vss_coverage(periods[-1], scheme)
    target = coverage_target(scheme)
    needed = Q.pace_to_target(last, target)
    past = Q.pace(first, last)
    base = vss_implied_base(last.period, scheme)
    first_base = vss_implied_base(first.period, scheme)
    part_first = vss_participants(first.period, scheme)
    part_last = vss_participants(last.period, scheme)
    span = int(last.period[:4]) - int(first.period[:4])
    left = int(target.period) - int(last.period[:4])
    persons_past = Quantity(f"{scheme}_participants: added a year", "whole-country",
                            f"{first.period}-{last.period}", "VSS participants as printed",
                            (part_last.value - part_first.value) / span,
                            "million persons a year", part_first.sources + part_last.sources)
    persons_needed = Quantity(f"{scheme}_participants: added a year the target needs",
                              "whole-country", f"{last.period}-{target.period}",
                              "the target over the base VSS's latest figures imply",
                              (target.value / 100 * base.value - part_last.value) / left,
                              "million persons a year", base.sources + target.sources)
    return TargetReading(
        target=target, first=first, first_qualifier=q_first, last=last, last_qualifier=q_last,
        gap=Quantity(f"{scheme} coverage: gap to the target", "whole-country",
                     f"{last.period}-{target.period}", VSS_BASIS, target.value - last.value,
                     "points", last.sources + target.sources),
        needed=needed, past=past,
        ratio=Quantity(f"{scheme} coverage: pace needed over pace past", "whole-country",
                       f"{first.period}-{target.period}", VSS_BASIS,
                       needed.value / past.value, "times", first.sources + last.sources
                       + target.sources),
        years_left=int(target.period) - int(last.period[:4]),
        participants=vss_participants(last.period, scheme),
        implied_base=base,
        target_persons=Quantity("insured persons the target means", "whole-country",
                                target.period, f"{VSS_BASIS}; the implied base of {last.period}",
                                base.value * target.value / 100, "million persons",
                                base.sources + target.sources),
        first_base=first_base, persons_past=persons_past, persons_needed=persons_needed,
        persons_ratio=Quantity(f"{scheme}_participants: pace needed over pace past",
                               "whole-country", f"{first.period}-{target.period}",
                               "VSS participants; the target over the base VSS's latest "
                               "figures imply", persons_needed.value / persons_past.value,
                               "times", persons_past.sources + persons_needed.sources))
