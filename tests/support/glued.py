"""What the executed notebooks glue into the book's prose, and whether one quantity is
printed with two values anywhere in the book.

A number glued with :func:`analysis.quantities.glue` carries its identity (indicator,
geography, period, basis) in the output's metadata; a glued Markdown block or table
may list the quantities it states. This module reads them back from the ``.ipynb``
files and compares them: the book states a quantity consistently when every glued
value of one identity is the same number (a ratio and its "percent above" form
compared as the ratio, a value shown in another unit in its own unit).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from myst_nb.ext.glue import GLUE_PREFIX  # noqa: F401 (tests build outputs with it)

from analysis.pages.quantities import METADATA_KEY

#: Relative tolerance for "the same number": values computed by one function agree
#: to the last bits; two computations of one quantity that differ by more differ.
REL_TOL = 1e-9


@dataclass(frozen=True)
class Glued:
    page: str
    name: str
    key: tuple[str, str, str, str]
    value: float
    canonical: float


def _outputs(nb: dict):
    for cell in nb.get("cells", []):
        for out in cell.get("outputs", []) or []:
            if out.get("output_type") == "display_data":
                yield out


def glued(path: Path | str, nb: dict | None = None) -> tuple[list[Glued], list[str]]:
    """The quantities a notebook glues, and the names of glued fractional numbers
    that carry no identity."""
    path = Path(path)
    nb = nb if nb is not None else json.loads(path.read_text(encoding="utf-8"))
    found, untagged = [], []
    for out in _outputs(nb):
        meta = out.get("metadata", {})
        scrap = meta.get("scrapbook")
        if not scrap:
            continue
        name = scrap.get("name", "?")
        entries = []
        if METADATA_KEY in meta:
            entries.append(meta[METADATA_KEY])
        entries += meta.get(METADATA_KEY + "_list", [])
        for q in entries:
            found.append(Glued(path.stem, name,
                               (q["indicator"], q["geo"], str(q["period"]), q["basis"]),
                               float(q["value"]), float(q["canonical"])))
        if not entries:
            plain = out.get("data", {}).get(GLUE_PREFIX + "text/plain")
            if isinstance(plain, list):
                plain = "".join(plain)
            if plain is not None and _is_fraction(plain):
                untagged.append(f"{path.stem}: {name} = {plain}")
    return found, untagged


def _is_fraction(text: str) -> bool:
    text = text.strip()
    try:
        int(text)
        return False
    except ValueError:
        pass
    try:
        float(text)
        return True
    except ValueError:
        return False


def inconsistencies(items: list[Glued], rel_tol: float = REL_TOL) -> list[str]:
    """One line per identity glued with two different values (naming the pages and
    glue names of each value); empty when the book is consistent."""
    by_key: dict[tuple, list[Glued]] = {}
    for g in items:
        by_key.setdefault(g.key, []).append(g)
    problems = []
    for key, group in sorted(by_key.items()):
        ref = group[0].canonical
        if all(math.isclose(g.canonical, ref, rel_tol=rel_tol, abs_tol=1e-12) for g in group):
            continue
        shown = "; ".join(f"{g.page}:{g.name} = {g.value:.6g}" for g in group)
        problems.append(f"{' | '.join(key)}: {shown}")
    return problems


def book_notebooks(root: Path) -> list[Path]:
    """The executed notebooks of the book's pages (chapters and region profiles)."""
    return sorted((root / "book").glob("*.ipynb")) + sorted((root / "book" / "regions").glob("*.ipynb"))
