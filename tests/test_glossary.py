"""The glossary: every abbreviation the book uses is defined on its page, and on every
other page the first use of each term, and only the first, links to its entry (never a
title)."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from analysis.site.sphinx_ext import GLOSSARY_TERMS

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "_build" / "html"
LINK = re.compile(r'<a class="reference internal" href="(?:\.\./)*(?:book/)?glossary\.html#term-([^"]+)"')


def _pages():
    return [p for p in sorted((SITE / "book").rglob("*.html")) if p.name != "glossary.html"]


def test_the_glossary_defines_every_term_the_issue_lists():
    page = (SITE / "book" / "glossary.html").read_text(encoding="utf-8")
    wanted = {"VSS", "MOLISA", "VHLSS", "GRDP", "MPI", "KER", "SI", "HI", "UI", "A40", "R5/R1"}
    assert wanted <= set(GLOSSARY_TERMS)
    for term in GLOSSARY_TERMS:
        assert f'id="term-{term.replace("/", "-")}"' in page, term


def test_first_uses_link_to_the_glossary_once_per_page():
    linked = Counter()
    for page in _pages():
        html = page.read_text(encoding="utf-8")
        terms = LINK.findall(html)
        assert len(terms) == len(set(terms)), (page.name, Counter(terms).most_common(3))
        linked.update(terms)
        for title in re.findall(r"<h1>.*?</h1>", html, re.S):
            assert "glossary.html" not in title, page.name
    assert linked["VSS"] >= 3 and linked["KER"] >= 10 and linked["GRDP"] >= 3, linked


def test_the_link_is_the_first_use_in_the_prose():
    html = (SITE / "book" / "ch3-components.html").read_text(encoding="utf-8")
    body = html[html.index('<article'):]
    # the prose only: not the scripts, the title, or the folded code (never linked)
    body = re.sub(r"<script.*?</script>|<h1>.*?</h1>|<pre>.*?</pre>", "", body, flags=re.S)
    first_link = body.index('glossary.html#term-VSS')
    text_before = re.sub(r"<[^>]+>", "", body[:first_link])
    assert not re.search(r"(?<![\w/-])VSS(?![\w/-])", text_before)
