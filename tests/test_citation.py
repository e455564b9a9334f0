"""The book is citable: CITATION.cff agrees with the book's configuration and package, and
the "How to cite" page prints a version, a sources identity and a date that depend on the
sources only (identical sources, identical citation)."""
from __future__ import annotations

import html
import os
import re
import shutil
import tomllib
from pathlib import Path

import yaml

from analysis.site import citation

ROOT = Path(__file__).resolve().parents[1]


def test_citation_file_agrees_with_the_book():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    with open(ROOT / "pyproject.toml", "rb") as fh:
        project = tomllib.load(fh)["project"]
    assert cff["cff-version"] == "1.2.0"
    assert cff["title"] == config["title"]
    assert [a["name"] for a in cff["authors"]] == [config["author"]]
    assert cff["version"] == project["version"] == citation.version()
    assert "authors of this book" not in config["author"]


def _copy(tmp_path: Path) -> Path:
    dest = tmp_path / "repo"
    dest.mkdir()
    for name in citation.SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns(
                "*.ipynb", "__pycache__", "*.pyc", "boundaries"))
        else:
            shutil.copy2(src, dest / name)
    return dest


def test_the_sources_identity_follows_content_not_time(tmp_path):
    repo = _copy(tmp_path)
    first = citation.sources_id(repo)
    assert citation.sources_id(repo) == first
    toc = repo / "_toc.yml"
    os.utime(toc, (1, 1))  # touched: same content, same identity
    assert citation.sources_id(repo) == first
    toc.write_text(toc.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert citation.sources_id(repo) != first
    # outside a git checkout there is no date of the sources, and the page says so
    assert citation.sources_date(repo) is None
    assert citation.citation(repo)["book_date"].startswith("undated")


def test_the_date_is_the_last_change_to_the_sources():
    date = citation.sources_date()
    assert date is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)
    assert citation.citation()["book_date"] == date


def test_the_cite_page_prints_the_citation():
    page = (ROOT / "_build" / "html" / "book" / "cite.html").read_text(encoding="utf-8")
    text = html.unescape(re.sub(r"<[^>]+>", "", page))
    values = citation.citation()
    for name in ("book_version", "book_sources", "book_date", "book_author"):
        assert values[name] in text, name
    assert "@book{" in text and "{{" + values["book_author"] + "}}" in text
    assert values["cite_plain"].replace("'", "’") in text.replace("'", "’")
