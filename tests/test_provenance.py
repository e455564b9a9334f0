"""Every number glued into the prose shows where it comes from.

On the built site, each number glued from a quantity (``{glue:text}`` of a quantity, or
a ``{stated}`` number of a glued text) is focusable and described by a tooltip that names
what it measures, the geography and period, how it was made and its sources, each linked
to its row in the data appendix. The counts are checked against the executed notebooks
(the glued outputs' metadata), the words against ``geographies.csv`` and ``sources.csv``,
and the tooltip's behaviour (hover, keyboard focus, Escape) in a real browser.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from analysis.pages import provenance
from analysis.pages.quantities import METADATA_KEY, stated, tag_of, Quantity
from support.browser import served_page

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "_build" / "html"
DATA = ROOT / "data"

_NUMBER = re.compile(r'<span class="ssker-q-n" tabindex="0" data-q="(\d+)">(.*?)</span>')
_RECORDS = re.compile(r'<script type="application/json" id="ssker-q-data">(.*?)</script>')
_GLUE_TEXT = re.compile(r"\{glue:text\}`([^`:]+)(?::[^`]*)?`")
_STATED = re.compile(r"\{stated\}`([0-9a-f]{10}):")


def _pages() -> list[Path]:
    if not SITE.exists():
        pytest.skip("the site is not built: run `make book` first")
    return [p for p in sorted((SITE / "book").rglob("*.html")) if "_static" not in p.parts]


def _notebook(page: Path) -> dict:
    rel = page.relative_to(SITE).with_suffix(".ipynb")
    return json.loads((ROOT / rel).read_text(encoding="utf-8"))


def _expected(nb: dict) -> int:
    """How many numbers of the page's prose are glued from quantities, read from the
    executed notebook: each ``{glue:text}`` use of an output with one quantity, and
    each ``{stated}`` number of the glued texts its ``glue:md`` pastes."""
    glued = {}
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            meta = out.get("metadata", {})
            name = meta.get("scrapbook", {}).get("name")
            if name:
                glued[name] = (meta, out.get("data", {}))
    prose = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    n = 0
    for key in _GLUE_TEXT.findall(prose):
        meta = glued[key][0]
        if METADATA_KEY in meta or len(meta.get(METADATA_KEY + "_list") or ()) == 1:
            n += 1
    for key in re.findall(r"\{glue:md\}`([^`:]+)|```\{glue:md\} (\S+)", prose):
        meta, bundle = glued[key[0] or key[1]]
        text = "".join(v if isinstance(v, str) else "".join(v) for k, v in bundle.items()
                       if k.endswith("text/markdown"))
        n += len(_STATED.findall(text))
    return n


def _records(body: str) -> dict:
    found = _RECORDS.findall(body)
    return json.loads(found[0]) if found else {"q": [], "s": {}}


def test_every_glued_number_of_every_page_carries_its_provenance():
    total = 0
    for page in _pages():
        body = page.read_text(encoding="utf-8")
        numbers = _NUMBER.findall(body)
        assert len(numbers) == _expected(_notebook(page)), page.name
        assert "{stated}" not in body, page.name
        records = _records(body)
        assert len(_RECORDS.findall(body)) == (1 if numbers else 0), page.name
        # each number points at a record; no record is left without a number
        assert {int(i) for i, _ in numbers} == set(range(len(records["q"]))), page.name
        total += len(numbers)
    assert total > 1000  # the chapters and the profiles both


def test_every_record_names_its_geography_and_sources_that_the_appendix_lists():
    appendix = (SITE / "book" / "appendix-data.html").read_text(encoding="utf-8")
    anchors = set(re.findall(r'<tr id="(src-[^"]+)"', appendix))
    with open(DATA / "sources.csv", encoding="utf-8", newline="") as fh:
        cites = {row["id"]: row for row in csv.DictReader(fh)}
    assert anchors == {f"src-{i}" for i in cites}
    with open(DATA / "geographies.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    # the names the book shows: a province's with its diacritics (name_vi), a region's
    # English one (name); a province's ASCII spelling is never shown
    names = {row["name_vi"] if row["kind"] == "province" else row["name"] for row in rows} \
        | {"The country"}
    ascii_only = {row["name"] for row in rows
                  if row["kind"] == "province" and row["name"] != row["name_vi"]}
    for page in _pages():
        records = _records(page.read_text(encoding="utf-8"))
        if not records["q"]:
            continue
        assert (page.parent / records["appendix"]).resolve() == \
            (SITE / "book" / "appendix-data.html").resolve()
        for what, where, status, how, sids in records["q"]:
            assert what and how, (page.name, what)
            # a registered geography or a part of one ("... outside the Northern KER");
            # a rule or a bound has no place
            place = where.split(", ")[0]
            assert not any(n in where for n in ascii_only), (page.name, what, where)
            if place and not place[0].isdigit():
                assert any(place == n or place.startswith(n + " ") for n in names), \
                    (page.name, what, where)
            # a number of a place and a period comes from some table; only a rule of the
            # book's code or a bound, which has no place, may name no source
            assert sids or not where, (page.name, what, where)
            for sid in sids:
                assert records["anchor"] + sid in anchors, (page.name, sid)
                # the citation names the source's publisher-table title
                assert cites[sid]["title"] in records["s"][sid], (page.name, sid)


def test_a_stated_number_is_matched_by_its_identity():
    q = Quantity("poverty_rate", "ha-noi", "2016", "published", 1.5, "%", ("gso-x",))
    assert stated(q, "1.5") == f"{{stated}}`{q.tag}:1.5`"
    assert q.tag == tag_of(q.metadata()) and len(q.tag) == 10
    other = Quantity("poverty_rate", "ha-noi", "2016", "weighted", 1.5, "%", ("gso-x",))
    assert other.tag != q.tag  # another basis is another quantity
    with pytest.raises(ValueError, match="backtick"):
        stated(q, "1`5")


def test_the_words_name_series_and_places_as_a_reader_would():
    p = provenance.describe({"indicator": "poverty_rate: change a year", "geo": "ha-noi",
                             "period": "2014-2016", "basis": "published | whole-country: "
                             "published", "status": "preliminary",
                             "sources": ["gso-poverty-province-2018"]})
    assert p.what.startswith("General poverty rate: change a year")
    assert p.where == "Hà Nội, 2014–2016"
    assert p.how == ("Published", "The whole country: published")
    assert p.status == "preliminary figure"
    assert p.sources[0][0] == "gso-poverty-province-2018" and "GSO" in p.sources[0][1]


@pytest.fixture(scope="module")
def browser_page():
    _pages()
    with served_page(SITE) as served:
        yield served


def test_hover_and_keyboard_focus_show_the_tooltip_and_escape_hides_it(browser_page):
    base, page, errors = browser_page
    page.goto(f"{base}/book/ch3-region.html", wait_until="load")
    numbers = page.locator(".ssker-q-n")
    # the page's script gave every number its tooltip
    assert page.locator(".ssker-q > .ssker-q-n + .ssker-q-tip").count() == numbers.count() > 0
    tip = page.locator(".ssker-q-tip").nth(0)
    assert not tip.is_visible()
    # the keyboard: Tab reaches a number (it is in the tab order) and shows its tooltip
    page.locator("#main-content a").first.focus()
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('ssker-q-n')"):
            break
    focused = page.evaluate("document.activeElement.getAttribute('aria-describedby')")
    assert focused, "no glued number is reached with the Tab key"
    shown = page.locator(f"#{focused}")
    assert shown.is_visible()
    text = shown.inner_text()
    assert "Source:" in text or "the book's own figure" in text.lower()
    page.keyboard.press("Escape")
    assert not shown.is_visible()
    # the pointer
    page.mouse.move(0, 0)
    numbers.nth(1).hover()
    second = page.locator(".ssker-q-tip").nth(1)
    assert second.is_visible()
    # the tip stays while the pointer moves onto it, so its link can be followed
    link = second.locator("a").first
    link.hover()
    assert second.is_visible()
    href = link.get_attribute("href")
    link.click()
    page.wait_for_load_state("load")
    assert page.url.endswith(href.split("/")[-1])
    assert page.locator(f"#{href.split('#')[1]}").count() == 1
    assert errors == []


def test_the_tooltip_is_not_printed(browser_page):
    base, page, _ = browser_page
    page.goto(f"{base}/book/regions/bac-ninh.html", wait_until="load")
    page.emulate_media(media="print")
    try:
        page.locator(".ssker-q-n").first.focus()
        assert not page.locator(".ssker-q-tip").first.is_visible()
    finally:
        page.emulate_media(media="screen")
