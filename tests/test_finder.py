"""Every province and region has a profile, found from a map or a list.

The finder page (``book/find-a-region``) links every profile of the registry's 74
geographies, names each province in both spellings, draws a map whose provinces open
their profiles, and filters its list as a reader types a name with or without
diacritics. The front page and every profile link to it.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pytest

from support.browser import served_page

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "_build" / "html"
FINDER = SITE / "book" / "find-a-region.html"


def _registry() -> list[dict]:
    with open(ROOT / "data" / "geographies.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return "".join(c for c in text if not c.isspace() and c != ".")


@pytest.fixture(scope="module")
def finder_html() -> str:
    if not FINDER.exists():
        pytest.skip("the site is not built: run `make book` first")
    return FINDER.read_text(encoding="utf-8")


def test_the_finder_links_every_profile_and_names_provinces_both_ways(finder_html):
    registry = _registry()
    links = re.findall(r'<li data-names="[^"]*"><a href="regions/([a-z-]+)\.html">', finder_html)
    assert sorted(links) == sorted(r["slug"] for r in registry) and len(links) == 74
    for slug in links:
        assert (SITE / "book" / "regions" / f"{slug}.html").exists(), slug
    for row in registry:
        if row["kind"] != "province":
            continue
        link = f'regions/{row["slug"]}.html">{row["name_vi"]}</a>'
        if row["name_vi"] != row["name"]:  # "Kon Tum" is spelt one way
            link += f' <span class="ssker-finder-ascii">({row["name"]})</span>'
        assert link + "</li>" in finder_html, row["slug"]


def test_the_front_page_and_every_profile_link_the_finder():
    if not FINDER.exists():
        pytest.skip("the site is not built: run `make book` first")
    assert 'href="find-a-region.html"' in (SITE / "book" / "intro.html").read_text()
    for page in (SITE / "book" / "regions").glob("*.html"):
        assert 'href="../find-a-region.html"' in page.read_text(encoding="utf-8"), page.name


@pytest.fixture(scope="module")
def page(finder_html):
    with served_page(SITE) as served:
        yield served


def test_typing_a_name_either_way_keeps_its_profiles(page):
    base, tab, errors = page
    tab.goto(f"{base}/book/find-a-region.html", wait_until="load")
    box = tab.locator("#ssker-finder-q")
    entries = tab.locator(".ssker-finder li")
    assert entries.count() == 74
    for typed in ("Hà Nội", "ha noi", "HA NOI", "Hanoi", "Danang", "Đà", "da"):
        box.fill(typed)
        want = sorted(r["slug"] for r in _registry()
                      if _fold(typed) in _fold(r["name_vi"] if r["kind"] == "province"
                                               else r["name"]) or
                      _fold(typed) in _fold(r["name"]))
        shown = sorted(tab.eval_on_selector_all(
            ".ssker-finder li:not([hidden]) a",
            "links => links.map(a => a.getAttribute('href').slice(8, -5))"))
        assert shown == want, typed
        count = tab.locator(".ssker-finder-count").inner_text()
        assert count.startswith(f"{len(want)} profile"), (typed, count)
    for typed in ("Saigon", "Sài Gòn", "HCMC"):  # another name of one city
        box.fill(typed)
        shown = tab.eval_on_selector_all(
            ".ssker-finder li:not([hidden]) a",
            "links => links.map(a => a.getAttribute('href').slice(8, -5))")
        assert shown == ["ho-chi-minh-city"], typed
    box.fill("")
    assert tab.locator(".ssker-finder li:not([hidden])").count() == 74
    assert errors == []


def test_a_click_on_a_province_opens_its_profile(page):
    base, tab, errors = page
    tab.goto(f"{base}/book/find-a-region.html", wait_until="load")
    tab.wait_for_selector(".ssker-chart svg path[aria-label^='Hà Nội']")
    tab.locator(".ssker-chart svg path[aria-label^='Hà Nội']").first.click(force=True)
    tab.wait_for_url(re.compile(r"/book/regions/ha-noi\.html$"))
    assert tab.locator("h1").first.inner_text().startswith("Region profile: Hà Nội")
    assert errors == []
