"""Reader for GSO PX-Web CSV exports (title line, blank line, header, data rows;
';' separated, UTF-8 with BOM, '..' = not available, 'Pre.'/'Prel.' = preliminary).

Used only by the re-keying scripts in this folder; the book reads the tidy tables.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from rekey import common

CANDIDATES = common.CANDIDATES

_PRELIM = re.compile(r"\bPrel?\.\s*")


@dataclass
class Cell:
    row_label: str
    column: str        # header text with the preliminary marker removed
    year: int | None   # four-digit year found in the header, if any
    preliminary: bool
    raw: str           # the value exactly as printed


def read(path: Path) -> tuple[str, list[Cell]]:
    """Return (title, cells) of a PX-Web CSV file."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh, delimiter=";"))
    title = lines[0][0]
    header = lines[2]
    cells = []
    for row in lines[3:]:
        if not row or not row[0].strip():
            continue
        for head, raw in zip(header[1:], row[1:]):
            prelim = bool(_PRELIM.search(head))
            clean = _PRELIM.sub("", head).strip()
            match = re.search(r"\b(19|20)\d\d\b", clean)
            cells.append(Cell(row[0], clean, int(match.group()) if match else None, prelim, raw.strip()))
    return title, cells


def number(raw: str) -> float | None:
    """A GSO English-table number ('1,387.5' style or plain); None for '..' or '-'."""
    raw = raw.strip()
    if raw in {"..", "...", "-", ""}:
        return None
    return float(raw.replace(",", ""))
