"""Load the tidy tables of ``data/`` with validation.

Every table is a resource of ``data/datapackage.json`` (a Frictionless Data Package).
:func:`load` reads a table and checks it against its schema: field types,
constraints (required, minimum/maximum, enum, pattern, unique), the primary key and
the foreign keys to the geography registry and the sources list. Any failure raises
:class:`DataError` naming the file, the line and the column.
"""
from __future__ import annotations

import csv
import json
import math
import os
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .paths import DATA_DIR, ROOT

DESCRIPTOR = DATA_DIR / "datapackage.json"

#: When set, the path of every data file read is appended to this file (the build
#: uses it to re-execute exactly the notebooks that read a changed table).
TRACE_ENV = "ANALYSIS_DATA_TRACE"


class DataError(ValueError):
    """A table that does not match its schema, with the place of the fault."""

    def __init__(self, file: str | Path, message: str, line: int | None = None,
                 column: str | None = None):
        self.file = str(file)
        self.line = line
        self.column = column
        where = self.file
        if line is not None:
            where += f", line {line}"
        if column is not None:
            where += f", column '{column}'"
        super().__init__(f"{where}: {message}")


# --- descriptor -----------------------------------------------------------------------

@lru_cache(maxsize=4)
def _descriptor(path: Path = DESCRIPTOR) -> dict:
    if not path.exists():
        raise DataError(show_path(path), "the data package descriptor is missing")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(show_path(path), f"not valid JSON: {exc.msg}", line=exc.lineno) from None


def resources(descriptor: Path = DESCRIPTOR) -> list[dict]:
    return _descriptor(descriptor)["resources"]


def resource(name: str, descriptor: Path = DESCRIPTOR) -> dict:
    found = {r["name"]: r for r in resources(descriptor)}
    if name not in found:
        raise DataError(descriptor, f"no table named {name!r}; the tables are: "
                        + ", ".join(found))
    return found[name]


def table_names(descriptor: Path = DESCRIPTOR) -> list[str]:
    return [r["name"] for r in resources(descriptor)]


# --- cell parsing ---------------------------------------------------------------------

_INT = re.compile(r"[+-]?[0-9]+")
_NUM = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")


def _cast(raw: str, field: dict):
    kind = field.get("type", "string")
    if kind == "string":
        return raw
    if kind in ("integer", "year"):
        if not _INT.fullmatch(raw):
            raise ValueError(f"{raw!r} is not an integer")
        return int(raw)
    if kind == "number":
        if not _NUM.fullmatch(raw):
            raise ValueError(f"{raw!r} is not a number")
        value = float(raw)
        if not math.isfinite(value):
            raise ValueError(f"{raw!r} is not a finite number")
        return value
    if kind == "boolean":
        if raw not in ("true", "false"):
            raise ValueError(f"{raw!r} is not true or false")
        return raw == "true"
    raise ValueError(f"field type {kind!r} is not supported by the loader")


def _check_constraints(value, field: dict) -> None:
    c = field.get("constraints", {})
    if "minimum" in c and value < c["minimum"]:
        raise ValueError(f"{value!r} is below the minimum {c['minimum']!r}")
    if "maximum" in c and value > c["maximum"]:
        raise ValueError(f"{value!r} is above the maximum {c['maximum']!r}")
    if "enum" in c and value not in c["enum"]:
        raise ValueError(f"{value!r} is not one of {', '.join(map(str, c['enum']))}")
    if "pattern" in c and not re.fullmatch(c["pattern"], str(value)):
        raise ValueError(f"{value!r} does not match the pattern {c['pattern']!r}")


def show_path(path: Path) -> str:
    """A path as people see it: relative to the repository when inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def record_read(path: Path) -> None:
    log = os.environ.get(TRACE_ENV)
    if log:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{path}\n")


# --- reading and validating -----------------------------------------------------------

def read_rows(name: str, descriptor: Path = DESCRIPTOR) -> tuple[Path, list[dict]]:
    """Read and validate one table; return its path and its rows as typed dicts.

    Checks header, types, constraints and the primary key. Foreign keys are
    checked by :func:`load` (they need the other tables).
    """
    res = resource(name, descriptor)
    path = descriptor.parent / res["path"]
    shown = show_path(path)
    if not path.exists():
        raise DataError(shown, f"the file of table {name!r} is missing")
    record_read(path)
    fields = res["schema"]["fields"]
    names = [f["name"] for f in fields]
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            raise DataError(shown, "the file is empty (no header)", line=1) from None
        if header != names:
            missing = [n for n in names if n not in header]
            extra = [n for n in header if n not in names]
            detail = []
            if missing:
                detail.append("missing column(s) " + ", ".join(missing))
            if extra:
                detail.append("unexpected column(s) " + ", ".join(extra))
            if not detail:
                detail.append("columns are in the wrong order; expected " + ", ".join(names))
            raise DataError(shown, "; ".join(detail), line=1)
        rows: list[dict] = []
        key_fields = res["schema"].get("primaryKey", [])
        if isinstance(key_fields, str):
            key_fields = [key_fields]
        seen_keys: dict[tuple, int] = {}
        unique_seen: dict[str, dict] = {f["name"]: {} for f in fields
                                        if f.get("constraints", {}).get("unique")}
        for line, raw_row in enumerate(reader, start=2):
            if not raw_row:
                continue
            if len(raw_row) != len(names):
                raise DataError(shown, f"expected {len(names)} cells, found {len(raw_row)}",
                                line=line)
            row = {}
            for field, raw in zip(fields, raw_row):
                col = field["name"]
                if raw == "":
                    if field.get("constraints", {}).get("required") or col in key_fields:
                        raise DataError(shown, "a value is required", line=line, column=col)
                    row[col] = None
                    continue
                try:
                    value = _cast(raw, field)
                    _check_constraints(value, field)
                except ValueError as exc:
                    raise DataError(shown, str(exc), line=line, column=col) from None
                row[col] = value
                if col in unique_seen:
                    if value in unique_seen[col]:
                        raise DataError(shown, f"{value!r} repeats line {unique_seen[col][value]}"
                                        " (values must be unique)", line=line, column=col)
                    unique_seen[col][value] = line
            if key_fields:
                key = tuple(row[k] for k in key_fields)
                if key in seen_keys:
                    raise DataError(shown, f"duplicate key {dict(zip(key_fields, key))} "
                                    f"(first on line {seen_keys[key]})", line=line,
                                    column=",".join(key_fields))
                seen_keys[key] = line
            rows.append(row)
    return path, rows


def _check_foreign_keys(name: str, path: Path, rows: list[dict], descriptor: Path) -> None:
    res = resource(name, descriptor)
    shown = show_path(path)
    for fk in res["schema"].get("foreignKeys", []):
        cols = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
        ref = fk["reference"]
        ref_cols = ref["fields"] if isinstance(ref["fields"], list) else [ref["fields"]]
        ref_name = ref["resource"] or name
        ref_rows = rows if ref_name == name else _validated(ref_name, descriptor)[1]
        allowed = {tuple(r[c] for c in ref_cols) for r in ref_rows}
        for line, row in enumerate(rows, start=2):
            value = tuple(row[c] for c in cols)
            if None in value:
                continue
            if value not in allowed:
                shown_value = value[0] if len(value) == 1 else value
                hint = ""
                if ref_name == "geographies":
                    hint = " (unknown province or region; see data/geographies.csv)"
                raise DataError(shown, f"{shown_value!r} is not in table {ref_name!r}{hint}",
                                line=line, column=",".join(cols))


@lru_cache(maxsize=None)
def _validated_cached(name: str, descriptor: Path, stamp: tuple) -> tuple[Path, list[dict]]:
    path, rows = read_rows(name, descriptor)
    _check_foreign_keys(name, path, rows, descriptor)
    return path, rows


def _stamp(name: str, descriptor: Path) -> tuple:
    res = resource(name, descriptor)
    path = descriptor.parent / res["path"]
    try:
        st = path.stat()
    except FileNotFoundError:
        return (None,)
    return (st.st_mtime_ns, st.st_size, descriptor.stat().st_mtime_ns)


def _validated(name: str, descriptor: Path = DESCRIPTOR) -> tuple[Path, list[dict]]:
    path, rows = _validated_cached(name, descriptor, _stamp(name, descriptor))
    record_read(path)
    return path, rows


@lru_cache(maxsize=None)
def _frame_cached(name: str, descriptor: Path, stamp: tuple) -> pd.DataFrame:
    res = resource(name, descriptor)
    _, rows = _validated_cached(name, descriptor, stamp)
    frame = pd.DataFrame(rows, columns=[f["name"] for f in res["schema"]["fields"]])
    for field in res["schema"]["fields"]:
        if field.get("type") in ("integer", "year") and frame[field["name"]].notna().all():
            frame[field["name"]] = frame[field["name"]].astype("int64")
    return frame


def validated_rows(name: str, descriptor: Path = DESCRIPTOR) -> list[dict]:
    """One validated table as typed rows (dicts)."""
    return _validated(name, descriptor)[1]


def load(name: str, descriptor: Path = DESCRIPTOR) -> pd.DataFrame:
    """One validated table as a DataFrame (a fresh copy each call)."""
    _validated(name, descriptor)  # validates (once per file version) and records the read
    return _frame_cached(name, descriptor, _stamp(name, descriptor)).copy()


def validate_all(descriptor: Path = DESCRIPTOR) -> list[str]:
    """Validate every table; return the error messages (empty when all are valid)."""
    errors = []
    for name in table_names(descriptor):
        try:
            _validated(name, descriptor)
        except DataError as exc:
            errors.append(str(exc))
    return errors


def unit(table: str, column: str = "value") -> str:
    """The unit a table's schema gives for a column."""
    for field in resource(table)["schema"]["fields"]:
        if field["name"] == column:
            return field.get("unit", "")
    raise DataError(DESCRIPTOR, f"table {table!r} has no column {column!r}")
