"""What the re-keying scripts share: where things are, one error type for a source file
that does not read as expected, and one writer of the tidy CSV tables."""
from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: The tidy tables' folder (``data/``) and the repository.
DATA = HERE.parent
ROOT = HERE.parents[1]


def shared_dir() -> Path:
    """The folder ``shared`` beside the repository (or beside its worktree folder)."""
    for parent in HERE.parents:
        if (parent / "shared" / "data-candidates").is_dir():
            return parent / "shared"
    return HERE.parents[2].parent / "shared"


#: The publishers' files, as collected (never copied into the repository).
CANDIDATES = shared_dir() / "data-candidates"


class RekeyError(ValueError):
    """A source file that does not read as expected (file and row named)."""


def fail(path: Path, message: str, row: str | int | None = None) -> None:
    """Stop with the file (relative to the candidates' folder when inside it) and row."""
    where = str(path.relative_to(CANDIDATES)) if path.is_relative_to(CANDIDATES) else path.name
    if row is not None:
        where += f", row {row!r}" if isinstance(row, str) else f", row {row}"
    raise RekeyError(f"{where}: {message}")


def fmt(value: float) -> str:
    """A number as the CSV stores it: no trailing zeros, no float noise."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def require_every(path: Path, seen: set[tuple[str, int]], expected: set[str]) -> None:
    """Stop unless every expected geography has a row in every year the table has
    (``seen``: the (geography, year) pairs read from ``path``)."""
    for year in sorted({y for _, y in seen}):
        missing = expected - {g for g, y in seen if y == year}
        if missing:
            fail(path, f"{year}: no row for {', '.join(sorted(missing))}")


def replace_sources(rows: list[dict], path: Path | None = None) -> None:
    """Put a script's rows into ``data/sources.csv``: a row whose id is already there
    replaces it in its place, a new id is added at the end. The file is the same
    whatever order the scripts run in (once each id is in it)."""
    path = path or DATA / "sources.csv"
    new = {r["id"]: {k: str(v) for k, v in r.items()} for r in rows}
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = reader.fieldnames
        old = list(reader)
    present = {r["id"] for r in old}
    out = [new.get(r["id"], r) for r in old] + [r for i, r in new.items() if i not in present]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)


def write_table(name: str, fields: list[str], rows: Iterable[dict], *,
                key: list[str] | None = None,
                sort: Callable[[dict], tuple] | None = None,
                extrasaction: str = "raise", folder: Path = DATA) -> list[dict]:
    """Write ``<folder>/<name>`` (``data/`` by default; ``.csv`` added when missing), one
    row per dict, in the order
    ``sort`` gives (default: the ``key`` fields as text, else as given). With ``key``, a
    key that repeats stops the script. Prints the row count; returns the rows written."""
    rows = list(rows)
    if key:
        seen: dict[tuple, int] = {}
        for i, r in enumerate(rows):
            k = tuple(r[f] for f in key)
            if k in seen:
                raise RekeyError(f"{name}: key {dict(zip(key, k))} twice")
            seen[k] = i
    if sort is not None:
        rows.sort(key=sort)
    elif key:
        rows.sort(key=lambda r: tuple(str(r[f]) for f in key))
    file = name if name.endswith(".csv") else f"{name}.csv"
    with open(folder / file, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n",
                                extrasaction=extrasaction)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{file}: {len(rows)} rows")
    return rows
