"""How to cite the book: its version, the identity of its sources, its date, and the
citation in BibTeX and plain text (the "How to cite" page, ``book/cite.md``, shows them
through MyST substitutions set by :mod:`analysis.site.sphinx_ext`).

The values depend on the sources only, so that identical sources give an identical page:

* the version is the package's (``pyproject.toml``);
* the sources' identity is a hash of what the book is made from (the chapters, the
  ``analysis`` package, the data package, the configuration and the table of contents),
  whatever their modification times;
* the date is that of the last commit that changed any of those files (``git log``), not
  the day of the build; outside a git checkout there is no such date, and the page says
  the sources are undated rather than printing the day the site happened to be built.

``CITATION.cff`` at the repository's root says the same (a test keeps the two in step).
"""
from __future__ import annotations

import hashlib
import subprocess
import tomllib
from pathlib import Path

import yaml

from ..data.paths import ROOT

#: What the book is made from (relative to the repository's root).
SOURCES = ["book", "analysis", "data", "_config.yml", "_toc.yml", "pyproject.toml"]

#: Files under SOURCES that are made by the build, not written: left out of the identity.
MADE = (".ipynb", ".pyc")


def _files(root: Path) -> list[Path]:
    found = []
    for name in SOURCES:
        path = root / name
        if path.is_file():
            found.append(path)
        elif path.is_dir():
            found += [p for p in path.rglob("*") if p.is_file() and p.suffix not in MADE
                      and "__pycache__" not in p.parts and ".ipynb_checkpoints" not in p.parts]
    return sorted(found)


def version(root: Path = ROOT) -> str:
    """The book's version: the package version of ``pyproject.toml``."""
    with open(root / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def sources_id(root: Path = ROOT) -> str:
    """Twelve hex digits naming the sources' content (paths and bytes)."""
    h = hashlib.sha256()
    for path in _files(root):
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:12]


def sources_date(root: Path = ROOT) -> str | None:
    """The date (YYYY-MM-DD) of the last commit that changed the sources, or None outside
    a git checkout."""
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%cs", "--", *SOURCES], cwd=root,
                             capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    date = out.stdout.strip()
    return date if out.returncode == 0 and date else None


def book_config(root: Path = ROOT) -> dict:
    return yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))


def citation(root: Path = ROOT) -> dict[str, str]:
    """Everything the "How to cite" page prints, by substitution name."""
    config = book_config(root)
    title, author = config["title"], config["author"]
    ver, ident, date = version(root), sources_id(root), sources_date(root)
    year = date[:4] if date else "n.d."
    shown_date = date or "undated (not built from a git checkout)"
    plain = (f"{author} ({year}). {title}. A reproduction from public data, version {ver} "
             f"(sources {ident}, {shown_date}). Jupyter Book.")
    key = "ssker" + (date[:4] if date else "")
    bibtex = "\n".join([
        f"@book{{{key},",
        f"  title   = {{{title}}},",
        f"  author  = {{{{{author}}}}},",  # a group author: kept whole by BibTeX
        f"  year    = {{{year}}},",
        f"  edition = {{Version {ver}}},",
        f"  note    = {{A reproduction from public data; sources {ident}, {shown_date}; "
        "Jupyter Book}",
        "}",
    ])
    return {"book_title": title, "book_author": author, "book_version": ver,
            "book_sources": ident, "book_date": shown_date, "cite_plain": plain,
            "cite_bibtex": "```bibtex\n" + bibtex + "\n```"}


def key(root: Path = ROOT) -> str:
    """A hash of the citation's values: the site is built again when it changes."""
    return hashlib.sha256(repr(sorted(citation(root).items())).encode()).hexdigest()
