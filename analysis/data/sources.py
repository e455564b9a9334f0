"""The sources table: who published a table, its title and edition, and how the book
cites it."""
from __future__ import annotations

import re

from ..compute import text
from .paths import DATA_DIR
from .tables import DataError, cached, data_version, validated_rows


def _by_id() -> dict[str, dict]:
    """The sources rows by id, made once per version of the data (the site's build cites
    a source some 18,000 times: reading and scanning the table for each took 2.5 s)."""
    return cached(("sources-by-id",), data_version(),
                  lambda: {row["id"]: row for row in validated_rows("sources")})


def source_of(source_id: str) -> dict:
    """The sources row with this id (publisher, title, edition, ...), a fresh dict."""
    row = _by_id().get(source_id)
    if row is None:
        raise DataError(DATA_DIR / "sources.csv", f"no source with id {source_id!r}")
    return dict(row)


def publisher(source_id: str, short: bool = False) -> str:
    """The publisher of a source, without its bracketed detail ('Viet Nam Social
    Security'), a person named as the book writes the name (the thesis's author with her
    diacritics, :func:`analysis.compute.text.person_names`); ``short=True`` abbreviates
    the General Statistics Office to 'GSO'."""
    name = re.sub(r"\s*\(.*?\)", "", source_of(source_id)["publisher"]).strip()
    name = text.person_names(name)
    return {"General Statistics Office of Viet Nam": "GSO"}.get(name, name) if short else name


def edition(source_id: str) -> str:
    """The edition of a source ('2018'), or '' when it has none (web pages and
    documents with no dated edition)."""
    value = source_of(source_id).get("edition")
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def outlet(source_id: str) -> str:
    """A short name of a source for a chart's tooltip: the publisher and the year of
    the edition when there is one ('Viet Nam Social Security, 2019'). The full
    citation goes under the chart."""
    ed = edition(source_id)
    return f"{publisher(source_id)}, {ed}" if ed else publisher(source_id)


def cite(source_id: str) -> str:
    """Short citation: publisher, *title* (edition year); no edition part when the
    source has none."""
    ed = edition(source_id)
    head = f"{publisher(source_id, short=True)}, {source_of(source_id)['title']}"
    return f"{head} ({ed} edition)" if ed else head
