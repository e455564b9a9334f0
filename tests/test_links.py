"""Every link and reference inside the built site resolves: each local href/src of
every HTML page (other pages, anchors ``#...`` on them or on the page itself, static
files, downloads) names a file of the site, and each anchor an element id there.

The build already fails on a broken cross-reference (Sphinx runs nitpicky, warnings
as errors); this checks the HTML as written, theme and extensions included.
Needs the site (``make book``).
"""
from __future__ import annotations

import html.parser
import posixpath
import urllib.parse
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "_build" / "html"

#: Attributes that point at something the page needs or offers.
LINK_ATTRS = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"),
              ("iframe", "src"), ("source", "src"), ("video", "src"), ("audio", "src"),
              ("area", "href"), ("form", "action")}


class _Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (tag, url)

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for key in ("id", "name") if tag == "a" else ("id",):
            if values.get(key):
                self.ids.add(values[key])
        for name, value in attrs:
            if (tag, name) in LINK_ATTRS and value is not None:
                self.links.append((tag, value))


@lru_cache(maxsize=None)
def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def html_pages() -> list[Path]:
    if not SITE.exists():
        raise RuntimeError("the site is not built: run `make book` first")
    # _static holds no pages: its .html files are the themes' Jinja macro files
    # (webpack-macros.html), copied with the static assets and never served as pages
    return sorted(p for p in SITE.rglob("*.html")
                  if "_sources" not in p.parts and "_static" not in p.parts)


def is_local(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    return not parts.scheme and not parts.netloc and not url.startswith("//")


def broken_links(page: Path) -> list[str]:
    """The local links of ``page`` that do not resolve, each with the reason."""
    problems = []
    here = page.relative_to(SITE).as_posix()
    for tag, url in parse(page).links:
        if not is_local(url) or url in ("", "#"):
            continue
        parts = urllib.parse.urlsplit(url)
        path = urllib.parse.unquote(parts.path)
        if path:
            rel = posixpath.normpath(posixpath.join(posixpath.dirname(here), path))
            if rel.startswith("../") or rel == "..":
                problems.append(f"<{tag}> {url}: outside the site")
                continue
            target = SITE / rel
            if path.endswith("/") or target.is_dir():
                target = target / "index.html"
        else:
            target = page
        if not target.is_file():
            problems.append(f"<{tag}> {url}: no file {target.relative_to(SITE)}")
            continue
        anchor = urllib.parse.unquote(parts.fragment)
        if anchor and target.suffix == ".html" and anchor not in parse(target).ids:
            problems.append(f"<{tag}> {url}: no element with id {anchor!r} "
                            f"in {target.relative_to(SITE)}")
    return problems


def test_every_local_link_resolves():
    problems = {}
    for page in html_pages():
        found = broken_links(page)
        if found:
            problems[page.relative_to(SITE).as_posix()] = found
    assert not problems, "\n".join(f"{page}: {p}" for page, found in problems.items()
                                   for p in found)


def test_cross_references_are_checked(tmp_path, monkeypatch):
    """The checker itself finds a missing page, a missing anchor and a missing file."""
    (tmp_path / "book").mkdir()
    (tmp_path / "_static").mkdir()
    (tmp_path / "_static" / "x.js").write_text("")
    (tmp_path / "book" / "b.html").write_text('<h1 id="top">B</h1>')
    page = tmp_path / "book" / "a.html"
    page.write_text(
        '<p id="here"><a href="#here">ok</a> <a href="b.html#top">ok</a> '
        '<script src="../_static/x.js"></script> <a href="https://example.org/">remote</a>'
        '<a href="b.html#nowhere">bad anchor</a> <a href="c.html">bad page</a> '
        '<img src="../_static/y.png" alt="bad file"> <a href="#gone">bad local anchor</a></p>')
    monkeypatch.setattr(__import__(__name__), "SITE", tmp_path)
    parse.cache_clear()
    try:
        found = broken_links(page)
    finally:
        parse.cache_clear()
    assert len(found) == 4, found
    assert any("'nowhere'" in p for p in found) and any("c.html" in p for p in found)
    assert any("y.png" in p for p in found) and any("'gone'" in p for p in found)


@pytest.mark.parametrize("url,local", [("a.html", True), ("#x", True), ("../b.html", True),
                                       ("https://x.org", False), ("//x.org/a", False),
                                       ("mailto:a@b.c", False), ("data:,x", False)])
def test_local_means_inside_the_site(url, local):
    assert is_local(url) is local
