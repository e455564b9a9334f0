"""Reading one row of a tidy table in the data tests."""
from __future__ import annotations

from analysis import data


def cell(table: str, **where) -> dict:
    """The one row of a tidy table of ``data/`` that matches ``where`` (a failed test
    names the table, the match and how many rows it found)."""
    frame = data.load(table)
    for col, want in where.items():
        frame = frame[frame[col] == want]
    assert len(frame) == 1, f"{table} {where}: {len(frame)} rows"
    return frame.iloc[0].to_dict()
