"""Where a number of the prose comes from, in words: what it measures, for which
geography and period, how it was made, and from which publisher's tables.

:func:`analysis.pages.quantities.glue` writes a quantity's identity into the executed
notebook (indicator, geography, period, basis, status, sources); the site's Sphinx
extension reads it back for every number glued into the prose and shows the words of
:func:`describe` beside it (on hover or keyboard focus), with a link to each source's
entry in the data appendix (:func:`source_anchor`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..data import regions, series, sources, tables

#: The data appendix page and the anchor of each source's entry in its sources table.
APPENDIX_DOC = "book/appendix-data"
ANCHOR_PREFIX = "src-"

#: The statuses a reader is told of (a figure the publisher marks preliminary, an
#: estimate made before the final figures, a target or a plan), as the tooltip names them.
STATUS_WORDS = {"preliminary": "preliminary figure", "estimate": "estimate",
                "target": "a target, not an outcome", "plan": "a planned figure"}


def source_anchor(source_id: str) -> str:
    """The HTML id of a source's row in the data appendix's sources table."""
    return ANCHOR_PREFIX + source_id


@dataclass(frozen=True)
class Provenance:
    """A glued number's provenance in words; ``sources`` pairs each source id with its
    short citation."""

    what: str
    where: str
    how: tuple[str, ...]
    status: str
    sources: tuple[tuple[str, str], ...]


def _alternation(words) -> re.Pattern:
    """One pattern for any of ``words`` standing alone (longest first: a key inside
    another is not taken for it)."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, ordered)) + r")(?![\w-])")


def _names() -> tuple[re.Pattern, dict, re.Pattern, dict]:
    """The series keys with their titles and the geography slugs with their names, each
    as one pattern, made once per version of the data (the Sphinx build describes some
    5,000 numbers: a pattern per key and per slug for each took 4 s of it). The keys
    that are plain English words ('population', 'area') are left as words."""
    def make():
        titles = {k: series.spec(k).title for k in series.keys()
                  if "_" in k or k in ("gini", "a40", "hdi")}
        names = {g.slug: "the whole country" if g.slug == "whole-country" else g.name
                 for g in regions.all_geographies()}
        return _alternation(titles), titles, _alternation(names), names
    return tables.cached(("provenance-names",), series.data_stamp(), make)


def _geo_name(slug: str) -> str:
    try:
        return regions.get(slug).name
    except regions.UnknownGeography:
        return slug


def _mid_sentence(title: str) -> str:
    """A title within a sentence: its first letter in lower case unless it starts an
    abbreviation ('Poverty rate' → 'poverty rate'; 'GDP at ...' stays)."""
    return title[:1].lower() + title[1:] if title[1:2].islower() else title


def readable(text: str) -> str:
    """``text`` with each series key and geography slug in it named as a reader would
    ('poverty_rate: change a year' → 'General poverty rate: change a year'); a name of
    the publisher's own that is not a registered series is shown without its
    underscores."""
    keys, titles, slugs, names = _names()
    out = keys.sub(lambda m: titles[m.group(1)] if m.start() == 0
                   else _mid_sentence(titles[m.group(1)]), text)
    out = slugs.sub(lambda m: _upper_first(names[m.group(1)]) if m.start() == 0
                    else names[m.group(1)], out)
    out = re.sub(r"\b([a-z0-9]+(?:_[a-z0-9]+)+)\b", lambda m: m.group(1).replace("_", " "), out)
    out = re.sub(r"\b(hi|si|ui|vsi|grdp|gdp)\b", lambda m: m.group(1).upper(), out)
    return _upper_first(out)


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _period(period: str) -> str:
    return str(period).replace("-", "–")


def _how(basis: str) -> str:
    """A basis in words; a basis naming one of the book's modules is a rule of its code."""
    if re.fullmatch(r"analysis(\.\w+)+", basis):
        return f"A rule of the book's code ({basis})"
    return readable(basis)


def describe(meta: dict) -> Provenance:
    """The provenance of a glued quantity from its metadata
    (:meth:`analysis.pages.quantities.Quantity.metadata`). ``how`` has one line per
    input of a derived quantity (its basis joins them with ' | '). A source id the
    sources table does not have is an error naming it."""
    what = readable(meta["indicator"])
    place = _geo_name(meta["geo"]) if meta.get("geo") else ""
    where = ", ".join(part for part in (_upper_first(place),
                                        _period(meta.get("period") or "")) if part)
    status = STATUS_WORDS.get(meta.get("status") or "final", "")
    cited = tuple((sid, sources.cite(sid)) for sid in meta.get("sources") or ())
    how = tuple(_how(part) for part in meta["basis"].split(" | "))
    return Provenance(what=what, where=where, how=how, status=status, sources=cited)
