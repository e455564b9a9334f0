"""The code that computes each page is on the page, folded under "Show code", and pages
stay light enough to read on a slow connection.

The cells of every chapter and profile are tagged ``hide-input`` (the profile's
``parameters`` cell and the added how-to-run cell stay hidden): the built page has one
folded block per such cell, closed, that opens on a click in a real browser.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from analysis.site import build
from support.browser import served_page

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "_build" / "html"

#: A page's own weight (its HTML, with its charts' specs inline), apart from the shared
#: bundle every page loads once (scripts, styles, fonts).
PAGE_LIMIT = 400 * 1024
#: A region's profile, with its eight charts and its locator map inline.
PROFILE_LIMIT = 200 * 1024

_FOLDED = re.compile(r'<div class="cell tag_hide-input docutils container">\s*'
                     r'<details class="admonition hide above-input">\s*'
                     r'<summary aria-label="Toggle hidden content">\s*'
                     r'<p class="collapsed admonition-title">Show code</p>')


def _pages() -> dict[str, Path]:
    if not SITE.exists():
        pytest.skip("the site is not built: run `make book` first")
    return {doc: SITE / f"{doc}.html" for doc in build.toc_files()}


def _tagged(notebook: Path) -> int:
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    return sum(1 for c in nb["cells"] if c["cell_type"] == "code"
               and "hide-input" in c.get("metadata", {}).get("tags", []))


def test_every_computing_cell_is_folded_under_show_code():
    folded_pages = 0
    for doc, page in _pages().items():
        want = _tagged(ROOT / f"{doc}.ipynb")
        got = len(_FOLDED.findall(page.read_text(encoding="utf-8")))
        assert got == want, f"{doc}: {got} folded cells, {want} in the notebook"
        folded_pages += bool(got)
    assert folded_pages >= 25  # the chapters and every profile


def test_the_sources_fold_every_code_cell_but_the_parameters():
    sources = sorted((ROOT / "book").glob("*.md")) + [ROOT / "book/regions/profile-template.md"]
    for md in sources:
        for tags in re.findall(r"```\{code-cell\}[^\n]*\n:tags: \[([^\]]*)\]", md.read_text()):
            assert tags in ("hide-input", "parameters, remove-cell"), (md.name, tags)


def test_every_page_is_within_its_weight():
    for doc, page in _pages().items():
        limit = PROFILE_LIMIT if doc.startswith("book/regions/") else PAGE_LIMIT
        assert page.stat().st_size <= limit, f"{doc}: {page.stat().st_size // 1024} KB"
    profiles = [doc for doc in _pages() if doc.startswith("book/regions/")]
    assert len(profiles) == 74, len(profiles)


def test_the_code_opens_on_a_click():
    _pages()
    with served_page(SITE) as (base, page, errors):
        page.goto(f"{base}/book/ch3-region.html", wait_until="load")
        block = page.locator("div.tag_hide-input details").first
        code = block.locator("pre")
        assert not code.is_visible()
        block.locator("summary").click()
        assert code.is_visible()
        assert "from analysis" in code.inner_text()
        assert errors == []
