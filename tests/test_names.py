"""Vietnamese names as a reader of the built site meets them: every province, and the
thesis's author, with their diacritics ("Hà Nội", "Nguyễn Hồng Nhung") in the prose,
tables, captions, alt texts, tooltips, chart specs and page titles; the bibliography
with the author's name in full and sorted as if it had no diacritics; and a search
index that holds each such word in both spellings (the search itself, in a browser:
tests/test_site.py).

The names looked for are derived from the registry (``data/geographies.csv``): each
province whose ASCII spelling (``name``) differs from its Vietnamese name (``name_vi``).
A name in its ASCII spelling is allowed in one context only: inside a text the book
quotes as its publisher prints it, i.e. a source's publisher or title
(``data/sources.csv``), the outlet or the words of a context document
(``data/documents.csv``, ``data/document_figures.csv``), a quotation of a claim
(``data/ledger_claims.csv``), or a title, venue or series of ``book/references.bib``.
Each such text is allowed where it occurs whole, nowhere else. Links' addresses are not
text and are not read. Needs the site (``make book``).
"""
from __future__ import annotations

import csv
import html.parser
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import pytest
from pybtex.database import parse_file

from analysis.charts.core import dataset_rows
from analysis.data.regions import without_diacritics

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "_build" / "html"
DATA = ROOT / "data"
BIB = ROOT / "book" / "references.bib"

#: The thesis author, as the book writes her name and as the English copies print it.
AUTHOR, AUTHOR_ASCII = "Nguyễn Hồng Nhung", "Nguyen Hong Nhung"


def _rows(name: str) -> list[dict]:
    with open(DATA / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def ascii_names() -> dict[str, str]:
    """ASCII spelling -> the name the book shows, for every province whose two differ,
    and for the thesis author."""
    names = {r["name"]: r["name_vi"] for r in _rows("geographies.csv")
             if r["kind"] == "province" and r["name"] != r["name_vi"]}
    names[AUTHOR_ASCII] = AUTHOR
    return names


def _pattern(names) -> re.Pattern:
    # a name is a whole word; the spaces and the dash of a name may be line breaks or
    # spaces in the page ("Ha\nNoi", "Ba Ria - Vung Tau")
    def one(name):
        return r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", name))
    return re.compile(r"(?<![\w-])(?:" + "|".join(one(n) for n in
                                                 sorted(names, key=len, reverse=True))
                      + r")(?![\w-])")


ASCII = _pattern(ascii_names())


def _plain(text: str) -> str:
    """Typography aside (curly quotes, non-breaking spaces, composed letters)."""
    text = unicodedata.normalize("NFC", text)
    return (text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
            .replace("\u00a0", " "))


@lru_cache(maxsize=None)
def quoted_texts() -> tuple[str, ...]:
    """The texts the book quotes as their publishers print them, which may spell a
    province in ASCII (only those that do: the others cannot excuse anything)."""
    texts = []
    for r in _rows("sources.csv"):
        texts += [r["publisher"], r["title"]]
    for r in _rows("documents.csv"):
        texts += [r["outlet"], r["attributed_to"]]
    for r in _rows("document_figures.csv"):
        texts += [r["attributed_to"], r["quotation"]]
    for r in _rows("ledger_claims.csv"):
        texts.append(r["quotation"])
    for entry in parse_file(str(BIB)).entries.values():
        for field in ("title", "booktitle", "journal", "howpublished"):
            if field in entry.fields:
                texts.append(re.sub(r"[{}]", "", entry.fields[field]))
    texts = {_plain(t).strip() for t in texts if t and ASCII.search(t)}
    return tuple(sorted(texts, key=len, reverse=True))


def ascii_hits(text: str) -> list[str]:
    """The ASCII names in ``text`` outside the quoted texts it holds whole, each with
    some context."""
    text = _plain(text)
    allowed = []
    for quoted in quoted_texts():
        start = text.find(quoted)
        while start >= 0:
            allowed.append((start, start + len(quoted)))
            start = text.find(quoted, start + 1)
    hits = []
    for m in ASCII.finditer(text):
        if not any(a <= m.start() and m.end() <= b for a, b in allowed):
            hits.append(f"{m.group(0)!r} in ...{text[max(0, m.start() - 70):m.end() + 70]}...")
    return hits


def _strings(value):
    """Every string of a JSON value, keys and values."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


#: Attributes whose value a reader sees or hears (tooltips, alt texts, labels).
SHOWN_ATTRS = {"title", "alt", "aria-label", "aria-description", "placeholder",
               "data-tooltip"}


class _Shown(html.parser.HTMLParser):
    """What a page shows a reader: its text (title, prose, tables, captions, code), the
    attributes above and ``<meta>`` descriptions, and every string of its JSON scripts
    (chart specs and their data, the provenance tooltips). Other scripts and styles
    are code that is not shown."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: list[tuple[str, str]] = []  # (where, text)
        self._raw: str | None = None  # inside <script>/<style>: "json", "skip"
        self._buffer: list[str] = []
        self._where = "text"

    #: Where a name is shown in ASCII on purpose: the finder page's second spelling of
    #: each province, so that a reader who knows it only that way recognises it.
    SECOND_SPELLING = "ssker-finder-ascii"

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "span" and self.SECOND_SPELLING in (values.get("class") or "").split():
            self._second = getattr(self, "_second", 0) + 1
        elif tag == "span" and getattr(self, "_second", 0):
            self._second += 1
        for name in SHOWN_ATTRS:
            if values.get(name):
                self.texts.append((f"<{tag} {name}>", values[name]))
        if tag == "meta" and values.get("content") and (
                "description" in (values.get("name") or values.get("property") or "")):
            self.texts.append(("<meta description>", values["content"]))
        if tag == "script":
            json_script = (values.get("type") or "").endswith("json")
            self._raw = "json" if json_script else "skip"
            self._where = f"<script id={values.get('id')}>"
            self._buffer = []
        elif tag == "style":
            self._raw = "skip"

    def handle_endtag(self, tag):
        if tag == "span" and getattr(self, "_second", 0):
            self._second -= 1
        if tag in ("script", "style") and self._raw:
            if self._raw == "json":
                value = json.loads("".join(self._buffer))
                if isinstance(value, dict) and isinstance(value.get("datasets"), dict):
                    # a chart's data written as CSV text, read as its rows
                    value = dict(value, datasets={n: dataset_rows(value, n)
                                                  for n in value["datasets"]})
                for s in _strings(value):
                    self.texts.append((self._where, s))
            self._raw, self._buffer = None, []

    def handle_data(self, data):
        if self._raw == "json":
            self._buffer.append(data)
        elif self._raw is None and data.strip() and not getattr(self, "_second", 0):
            self.texts.append(("text", data))


def shown(html_text: str) -> list[tuple[str, str]]:
    parser = _Shown()
    parser.feed(html_text)
    parser.close()
    return parser.texts


def content_pages() -> list[Path]:
    if not SITE.exists():
        raise RuntimeError("the site is not built: run `make book` first")
    return [p for p in sorted(SITE.rglob("*.html"))
            if "_static" not in p.parts and "_sources" not in p.parts]


# --- the check, on made-up pages ----------------------------------------------------------

def test_the_check_finds_an_ascii_name_wherever_a_reader_meets_it():
    spec = json.dumps({"title": "GRDP", "data": {"values": [{"region": "Hai Duong"}]}})
    page = ("<html><head><title>Region profile: Ha Noi</title></head><body>"
            "<p>around Quang\nNinh and Ba Ria - Vung Tau</p><img alt='a map of Bac Ninh'>"
            "<span title='As printed (Nguyen Hong Nhung, 2023b)'>1</span>"
            f"<script type='application/json' id='vg-1-spec'>{spec}</script>"
            "<script>var x = 'Can Tho';</script><a href='https://x/Da Nang'>link</a>"
            "</body></html>")
    found = [h for _, t in shown(page) for h in ascii_hits(t)]
    assert [h.split(" in ")[0] for h in found] == [
        "'Ha Noi'", "'Quang\\nNinh'", "'Ba Ria - Vung Tau'", "'Bac Ninh'",
        "'Nguyen Hong Nhung'", "'Hai Duong'"], found
    fixed = page
    for ascii_name, name in [("Ha Noi", "Hà Nội"), ("Quang\nNinh", "Quảng Ninh"),
                             ("Ba Ria - Vung Tau", "Bà Rịa-Vũng Tàu"), ("Bac Ninh", "Bắc Ninh"),
                             ("Nguyen Hong Nhung", AUTHOR), ("Hai Duong", "Hải Dương")]:
        fixed = fixed.replace(ascii_name, name)
    assert not [h for _, t in shown(fixed) for h in ascii_hits(t)]


def test_a_quoted_title_excuses_its_own_words_only():
    title = "Inspecting dissemination on social security and health insurance in Bac Ninh"
    assert title in quoted_texts()
    assert ascii_hits(f"Viet Nam Social Security, {title} (2019 edition)") == []
    assert len(ascii_hits(f"{title}; the rate of Bac Ninh")) == 1
    assert len(ascii_hits("health insurance in Bac Ninh")) == 1


# --- the built site -----------------------------------------------------------------------

def test_no_page_shows_a_province_or_the_author_in_ascii():
    problems, shown_names = [], 0
    names = tuple(set(ascii_names().values()))
    for page in content_pages():
        for where, text in shown(page.read_text(encoding="utf-8")):
            problems += [f"{page.relative_to(SITE)} {where}: {h}" for h in ascii_hits(text)]
            shown_names += sum(_plain(text).count(n) for n in names)
    assert len(content_pages()) >= 30
    assert shown_names > 1000, "the pages should name provinces with their diacritics"
    assert not problems, f"{len(problems)} ASCII names shown:\n" + "\n".join(problems[:60])


def test_page_titles_chart_labels_and_tooltips_name_the_province_with_diacritics():
    profile = (SITE / "book" / "regions" / "ha-noi.html").read_text(encoding="utf-8")
    assert "<title>Region profile: Hà Nội &#8212;" in profile
    assert re.search(r"<h1>Region profile: Hà Nội<", profile)
    texts = [t for w, t in shown(profile) if w.startswith("<script id=vg-")]
    assert "Hà Nội" in texts  # a chart's data, legend and tooltips name the province
    records = [t for w, t in shown(profile) if w == f"<script id={'ssker-q-data'}>"]
    assert any(t.startswith("Hà Nội, ") for t in records)  # a number's tooltip: where
    correlations = (SITE / "book" / "ch3-correlations.html").read_text(encoding="utf-8")
    places = {t for w, t in shown(correlations) if w.startswith("<script id=vg-")}
    assert {"Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh"} <= places


# --- the bibliography ---------------------------------------------------------------------

def test_the_bibliography_writes_the_authors_and_places_the_book_names_with_diacritics():
    """Authors, places of publication and notes are the book's words; titles, venues
    and series are quoted (see quoted_texts)."""
    bib = parse_file(str(BIB))
    problems = []
    for key, entry in bib.entries.items():
        persons = [str(p) for people in entry.persons.values() for p in people]
        words = persons + [entry.fields.get(f, "") for f in ("address", "note", "school")]
        problems += [f"{key}: {h}" for w in words for h in ascii_hits(re.sub(r"[{}]", "", w))]
    assert not problems, problems
    theirs = [k for k, e in bib.entries.items()
              if any(AUTHOR in str(p) for p in e.persons.get("author", []))]
    assert len(theirs) == 10 and "nhung2023summary" in theirs


def _sort_key(entry) -> tuple:
    """An entry's place in an alphabetical list: its authors' family names, then given
    names, as they read without diacritics (pybtex's author-year-title order)."""
    from pybtex.richtext import Text

    def read(parts):
        return without_diacritics(Text.from_latex(" ".join(parts)).render_as("text")).lower()
    people = entry.persons.get("author", [])
    return tuple((read(p.prelast_names + p.last_names), read(p.first_names + p.middle_names))
                 for p in people)


def test_the_author_year_citations_and_the_bibliography_read_and_sort_as_names():
    from pybtex.richtext import Text

    intro = re.sub(r"<[^>]+>", "", (SITE / "book" / "intro.html").read_text(encoding="utf-8"))
    assert f"{AUTHOR} (2023b)" in intro
    chapter = (SITE / "book" / "ch1-research-overview.html").read_text(encoding="utf-8")
    listed = [_plain(re.sub(r"<[^>]+>", "", p)) for p in re.findall(
        r'<div class="citation" id="[^"]+"[^>]*>\s*<span class="label">.*?</span>\s*<p>(.*?)</p>',
        chapter, re.S)]
    bib = parse_file(str(BIB)).entries
    assert len(listed) == len(bib), "Chapter 1 lists every entry once"
    order = []
    heads = {k: _plain(Text.from_latex(e.fields["title"]).render_as("text"))[:30]
             for k, e in bib.items()}
    for text in listed:
        # an entry reads "Authors. Title. ..." (or "Title. ..." with no author): its
        # title is the first one the text holds
        at = {k: 0 if text.startswith(head) else text.find(f". {head}")
              for k, head in heads.items()}
        first = min((i for i in at.values() if i >= 0), default=-1)
        assert first >= 0, text
        # the thesis and its summary share author and title: either may come first here
        same = [bib[k] for k, i in at.items() if i == first and bib[k] not in order]
        assert len({_sort_key(e) for e in same}) == 1, text
        order.append(same[0])
    assert len(order) == len(bib)
    keys = [_sort_key(e) for e in order]
    assert keys == sorted(keys), [k[0][0] if k else "" for k in keys]
    # the thesis author's works stand together, before Nguyen Minh Tri's
    authors = [t.split(". ")[0] for t in listed]
    first = authors.index(AUTHOR)
    assert all(a.startswith(AUTHOR) for a in authors[first:first + 8]), authors
    assert authors.index("Nguyen Minh Tri, Dao Tuan Hau, and Nguyen Thi Thuy Duyen") > first


# --- the search index ---------------------------------------------------------------------

def test_the_search_index_holds_a_vietnamese_word_in_both_spellings():
    text = (SITE / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1:text.rindex(")")])
    doc = index["docnames"].index("book/regions/ha-noi")

    def pages(word):
        found = set()
        for table in ("terms", "titleterms"):
            hit = index[table].get(word, [])
            found |= {hit} if isinstance(hit, int) else set(hit)
        return found

    for word in ("hà", "nội", "ha", "noi"):
        assert doc in pages(word), word
    assert pages("nguyễn") and pages("nguyễn") <= pages("nguyen")


@pytest.mark.parametrize("name", ["Hà Nội", "Đà Nẵng", "Bà Rịa-Vũng Tàu", "Nguyễn Hồng Nhung"])
def test_the_search_splits_a_name_into_its_words_with_and_without_diacritics(name):
    from analysis.site.sphinx_ext import SearchEnglishVietnamese

    words = SearchEnglishVietnamese({}).split(unicodedata.normalize("NFD", name))
    expected = []
    for word in re.findall(r"\w+", name):
        expected += [word] if word.isascii() else [word, without_diacritics(word)]
    assert words == expected
    assert "Nhung" in SearchEnglishVietnamese({}).split(AUTHOR)
