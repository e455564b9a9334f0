"""The built site as a reader's browser sees it: every page loads from this machine
alone and every chart on it renders.

Needs the site (``make book``; ``make test`` builds it first) and Debian's chromium.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.browser import Browser, is_local, serve

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "_build" / "html"


def content_pages() -> list[Path]:
    if not SITE.exists():
        raise RuntimeError("the site is not built: run `make book` first")
    return [p for p in sorted(SITE.rglob("*.html"))
            if "_static" not in p.parts and "_sources" not in p.parts]


@pytest.fixture(scope="module")
def visits():
    """Every page of the site, loaded once in headless chromium."""
    server, base = serve(SITE)
    try:
        with Browser() as browser:
            yield base, {p.relative_to(SITE).as_posix():
                         browser.visit(f"{base}/{p.relative_to(SITE).as_posix()}")
                         for p in content_pages()}
    finally:
        server.shutdown()


def test_the_book_has_chapters_and_region_profiles():
    names = {p.relative_to(SITE).as_posix() for p in content_pages()}
    assert "book/ch3-current-status.html" in names
    profiles = {n for n in names if n.startswith("book/regions/")}
    assert len(profiles) >= 2, profiles


def test_every_chart_renders(visits):
    _, pages = visits
    total = 0
    for name, visit in pages.items():
        built = (SITE / name).read_text(encoding="utf-8")
        expected = len(re.findall(r'<div id="vg-[0-9a-f]{12}" class="ssker-chart"', built))
        assert visit.charts == expected, f"{name}: {visit.charts} charts in the page, {expected} built"
        assert not visit.failed, f"{name}: charts failed to draw: {visit.failed}"
        assert visit.drawn == expected, f"{name}: {visit.drawn} of {expected} charts rendered"
        total += expected
    assert total >= 3


def test_every_chart_has_a_text_alternative(visits):
    _, pages = visits
    for name, visit in pages.items():
        for tag in re.findall(r'<div id="vg-[0-9a-f]{12}" class="ssker-chart"[^>]*>', visit.dom):
            assert re.search(r'aria-label="[^"]{20,}"', tag), f"{name}: {tag}"


def test_no_page_asks_for_anything_off_this_machine(visits):
    base, pages = visits
    for name, visit in pages.items():
        remote = [u for u in visit.requests if not is_local(u, base)]
        assert remote == [], f"{name} asked for: {remote}"


def test_built_html_names_no_remote_script_or_stylesheet():
    pattern = re.compile(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?(https?:)?//", re.I)
    for page in content_pages():
        match = pattern.search(page.read_text(encoding="utf-8"))
        assert not match, f"{page.relative_to(SITE)}: {match.group(0)}"
