"""Load the tidy tables of ``data/``, validated against ``data/datapackage.json``.

Every table is a resource of the Frictionless Data Package ``data/datapackage.json``.
:func:`load` validates a table with Frictionless (field types, constraints, the primary
key, the foreign keys to the geography registry and the sources list) and reads it into
a DataFrame with the schema's types. The first fault raises :class:`DataError` naming
the file, the line and the column, in the book's words; the header is compared with the
schema first, so that a missing or misplaced column is named as such.

Validation is done once per version of the files: a table whose bytes, descriptor and
referenced tables have been validated before (by any process) is read without being
validated again. The key is a hash of those bytes, and the record of it a file under
``_build/validated/``. Within a process, every cache is keyed by the files' stamps
(:func:`data_version`): an edited file, or an edited descriptor, is read again.

Why not only Frictionless: it does the checks; what is added here is the mapping of its
errors to a message a reader of the book can act on, the cache, and the typed read.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import time
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from .paths import BUILD_DIR, DATA_DIR, ROOT

DESCRIPTOR = DATA_DIR / "datapackage.json"

#: Where validated versions of the tables are recorded (one empty file per version).
VALIDATED_DIR = BUILD_DIR / "validated"

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


def show_path(path: Path) -> str:
    """A path as people see it: relative to the repository when inside it."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


#: The lists of reads being captured (:func:`capture`), innermost last.
_CAPTURES: list[list[str]] = []

#: The (log, path) pairs this process has written to the build's trace: each once.
_TRACED: set[tuple[str, str]] = set()


def record_read(path: Path) -> None:
    """Note that a data file was read: for the build (see :data:`TRACE_ENV`; each file
    once per process and log) and for every :func:`capture` under way."""
    for reads in _CAPTURES:
        reads.append(str(path))
    log = os.environ.get(TRACE_ENV)
    if log and (log, str(path)) not in _TRACED:
        with open(log, "a", encoding="utf-8") as fh:
            fh.write(f"{path}\n")
        _TRACED.add((log, str(path)))


@contextmanager
def capture():
    """Collect the data files read inside the block (a list of paths), so that a value
    kept in a cache can say again, when it is served, which files it came from."""
    reads: list[str] = []
    _CAPTURES.append(reads)
    try:
        yield reads
    finally:
        # by identity: two captures with the same reads are still two
        del _CAPTURES[next(i for i, r in enumerate(_CAPTURES) if r is reads)]


def replay(reads: list[str]) -> None:
    """Record again the reads a cached value was made from."""
    for path in dict.fromkeys(reads):
        record_read(Path(path))


# --- versions of files ------------------------------------------------------------------

def file_stamp(path: Path) -> tuple:
    """A file's version in this process: its path, modification time and size."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return (str(path), None)
    return (str(path), st.st_mtime_ns, st.st_size)


_CACHE: dict[tuple, tuple[tuple, object, list[str]]] = {}


def cached(key: tuple, stamp: tuple, make):
    """The one cache of the data layer: the value made under ``key``, made again by
    ``make()`` whenever ``stamp`` (the versions of the files it depends on) changes. One
    value is kept per key, with the data files its making read; serving it records them
    again (:func:`replay`)."""
    hit = _CACHE.get(key)
    if hit is not None and hit[0] == stamp:
        replay(hit[2])
        return hit[1]
    with capture() as reads:
        value = make()
    _CACHE[key] = (stamp, value, list(dict.fromkeys(reads)))
    return value


#: How long a look at the files' stamps stays good (seconds): a kernel that runs
#: thousands of lookups a second does not stat every file for each.
STAMP_SECONDS = 0.1
_LOOKED: dict[str, tuple[float, tuple]] = {}


def data_version(descriptor: Path = DESCRIPTOR) -> tuple:
    """The stamps of the descriptor and of every table it lists: changes when any of
    them changes (the key of every derived cache, :mod:`analysis.data.series`'s too).
    The files are looked at again after :data:`STAMP_SECONDS`."""
    now = time.monotonic()
    last = _LOOKED.get(str(descriptor))
    if last is not None and now - last[0] < STAMP_SECONDS:
        return last[1]
    paths = [descriptor] + [descriptor.parent / r["path"] for r in resources(descriptor)]
    stamp = tuple(file_stamp(p) for p in paths)
    _LOOKED[str(descriptor)] = (now, stamp)
    return stamp


# --- descriptor -----------------------------------------------------------------------

def _descriptor(path: Path = DESCRIPTOR) -> dict:
    def read() -> dict:
        if not path.exists():
            raise DataError(show_path(path), "the data package descriptor is missing")
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise DataError(show_path(path), f"not valid JSON: {exc.msg}",
                            line=exc.lineno) from None
    return cached(("descriptor", str(path)), file_stamp(path), read)


def resources(descriptor: Path = DESCRIPTOR) -> list[dict]:
    return _descriptor(descriptor)["resources"]


def package_licence(descriptor: Path = DESCRIPTOR) -> str:
    """The data package's own licence, as the descriptor names it (each table may state
    its own)."""
    return "; ".join(x.get("title") or x["name"]
                     for x in _descriptor(descriptor).get("licenses", []))


def resource(name: str, descriptor: Path = DESCRIPTOR) -> dict:
    found = {r["name"]: r for r in resources(descriptor)}
    if name not in found:
        raise DataError(show_path(descriptor), f"no table named {name!r}; the tables are: "
                        + ", ".join(found))
    return found[name]


def table_names(descriptor: Path = DESCRIPTOR) -> list[str]:
    return [r["name"] for r in resources(descriptor)]


def unit(table: str, column: str = "value") -> str:
    """The unit a table's schema gives for a column."""
    for field in resource(table)["schema"]["fields"]:
        if field["name"] == column:
            return field.get("unit", "")
    raise DataError(show_path(DESCRIPTOR), f"table {table!r} has no column {column!r}")


def _path(name: str, descriptor: Path) -> Path:
    return descriptor.parent / resource(name, descriptor)["path"]


def _key_fields(res: dict) -> list[str]:
    key = res["schema"].get("primaryKey", [])
    return [key] if isinstance(key, str) else list(key)


def _references(res: dict) -> list[str]:
    """The other tables a table's foreign keys point to."""
    return sorted({fk["reference"]["resource"] for fk in res["schema"].get("foreignKeys", [])
                   if fk["reference"]["resource"] and fk["reference"]["resource"] != res["name"]})


# --- validation -------------------------------------------------------------------------

def _check_file(name: str, descriptor: Path) -> None:
    """The file exists, and its header is the schema's columns in order."""
    res = resource(name, descriptor)
    path = _path(name, descriptor)
    shown = show_path(path)
    if not path.exists():
        raise DataError(shown, f"the file of table {name!r} is missing")
    names = [f["name"] for f in res["schema"]["fields"]]
    with open(path, encoding="utf-8", newline="") as fh:
        first = fh.readline()
    if not first.strip():
        raise DataError(shown, "the file is empty (no header)", line=1)
    header = next(csv.reader([first]))
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


_KINDS = {"number": "a number", "integer": "an integer", "year": "an integer",
          "boolean": "true or false", "date": "a date"}
_LIMIT = {"minimum": "below the minimum", "maximum": "above the maximum"}


def _message(error, res: dict) -> tuple[str, int | None, str | None]:
    """One Frictionless error as (message, line, column), in the book's words."""
    fields = {f["name"]: f for f in res["schema"]["fields"]}
    kind, line, column, cell, note = (error.type, getattr(error, "row_number", None),
                                      getattr(error, "field_name", None) or None,
                                      getattr(error, "cell", None), getattr(error, "note", ""))
    if kind == "type-error":
        what = _KINDS.get(fields[column].get("type"), f"of type {fields[column].get('type')}")
        return f"{cell!r} is not {what}", line, column
    if kind == "constraint-error":
        m = re.search(r'constraint "(\w+)" is "(.*)"', note)
        name, bound = (m.group(1), m.group(2)) if m else ("", "")
        if name == "required":
            return "a value is required", line, column
        if name in _LIMIT:
            return f"{cell} is {_LIMIT[name]} {bound}", line, column
        if name == "enum":
            return f"{cell!r} is not one of {', '.join(map(str, fields[column]['constraints']['enum']))}", line, column
        if name == "pattern":
            return f"{cell!r} does not match the pattern {bound!r}", line, column
        return f"{cell!r} breaks the constraint {name} ({bound})", line, column
    if kind == "primary-key":
        first = re.search(r"position (\d+)", note)
        key = _key_fields(res)
        names = [f["name"] for f in res["schema"]["fields"]]
        cells = dict(zip(names, getattr(error, "cells", None) or []))
        shown = {k: cells[k] for k in key if k in cells}
        return (f"duplicate key {shown} (first on line {first.group(1) if first else '?'})",
                line, ",".join(key))
    if kind == "unique-error":
        first = re.search(r"position (\d+)", note)
        return (f"{cell!r} repeats line {first.group(1) if first else '?'} (values must be "
                "unique)", line, column)
    if kind == "foreign-key":
        m = re.search(r'for "([^"]+)": values "([^"]*)" not found in the lookup table "([^"]*)"',
                      note)
        cols, value, table = (m.group(1), m.group(2), m.group(3)) if m else ("", "", "")
        hint = (" (unknown province or region; see data/geographies.csv)"
                if table == "geographies" else "")
        shown = value.split(", ")[0] if ", " not in cols else tuple(value.split(", "))
        return f"{shown!r} is not in table {table!r}{hint}", line, cols.replace(", ", ",")
    if kind in ("extra-cell", "missing-cell"):
        n = len(res["schema"]["fields"])
        return f"expected {n} cells, {'more' if kind == 'extra-cell' else 'fewer'} found", line, None
    return f"{error.message}", line, column


def _version_key(name: str, descriptor: Path) -> str:
    """A hash of what a table's validity depends on: the descriptor, its own bytes and
    the bytes of the tables its foreign keys point to (hashed once per version of those
    files: the build asks first whether a table is validated, then validates it)."""
    def make() -> str:
        h = hashlib.sha256()
        h.update(descriptor.read_bytes())
        for table in [name] + _references(resource(name, descriptor)):
            h.update(b"\0" + table.encode() + b"\0")
            h.update(_path(table, descriptor).read_bytes())
        return h.hexdigest()
    return cached(("version-key", name, str(descriptor)), _table_stamp(name, descriptor), make)


def _validate(name: str, descriptor: Path) -> None:
    """Validate one table (once per version of its files); raise :class:`DataError` on
    the first fault."""
    _check_file(name, descriptor)
    for table in _references(resource(name, descriptor)):
        _check_file(table, descriptor)
    record = VALIDATED_DIR / _version_key(name, descriptor)
    if record.exists():
        return
    from frictionless import Package  # imported when a table version is new: it is slow

    res = resource(name, descriptor)
    report = Package(str(descriptor)).get_resource(name).validate()
    if not report.valid:
        errors = sorted(report.tasks[0].errors,
                        key=lambda e: (getattr(e, "row_number", None) or 0))
        message, line, column = _message(errors[0], res)
        raise DataError(show_path(_path(name, descriptor)), message, line=line, column=column)
    VALIDATED_DIR.mkdir(parents=True, exist_ok=True)
    record.touch()


# --- reading ----------------------------------------------------------------------------

_DTYPES = {"string": "str", "number": "float64", "boolean": "boolean"}


def _read(name: str, descriptor: Path) -> pd.DataFrame:
    _validate(name, descriptor)
    res = resource(name, descriptor)
    fields = res["schema"]["fields"]
    path = _path(name, descriptor)
    dtypes = {f["name"]: _DTYPES[f.get("type", "string")] for f in fields
              if f.get("type", "string") in _DTYPES}
    frame = pd.read_csv(path, dtype=dtypes, keep_default_na=False, na_values=[""],
                        encoding="utf-8")
    for f in fields:  # integers with a gap stay floats (NaN), as a gap stays a gap
        if f.get("type") in ("integer", "year") and frame[f["name"]].notna().all():
            frame[f["name"]] = frame[f["name"]].astype("int64")
    return frame


def _table_stamp(name: str, descriptor: Path) -> tuple:
    """The versions of what a table's validation reads: the descriptor, the table and
    the tables its foreign keys refer to."""
    paths = [descriptor, _path(name, descriptor)] + [
        _path(t, descriptor) for t in _references(resource(name, descriptor))]
    return tuple(file_stamp(p) for p in paths)


def _table(name: str, descriptor: Path) -> pd.DataFrame:
    return cached(("table", name, str(descriptor)), _table_stamp(name, descriptor),
                  lambda: _read(name, descriptor))


def load(name: str, descriptor: Path = DESCRIPTOR) -> pd.DataFrame:
    """One validated table as a DataFrame (a fresh copy each call)."""
    frame = _table(name, descriptor)
    record_read(_path(name, descriptor))
    return frame.copy()


def validated_rows(name: str, descriptor: Path = DESCRIPTOR) -> list[dict]:
    """One validated table as rows (dicts; an empty cell is None), fresh dicts each call."""
    frame = _table(name, descriptor)
    path = _path(name, descriptor)
    record_read(path)

    def make() -> list[dict]:
        integers = {f["name"] for f in resource(name, descriptor)["schema"]["fields"]
                    if f.get("type") in ("integer", "year")}

        def cell(k, v):
            if isinstance(v, float) and v != v:
                return None
            return int(v) if k in integers else v
        return [{k: cell(k, v) for k, v in row.items()} for row in frame.to_dict("records")]
    rows = cached(("rows", name, str(descriptor)), _table_stamp(name, descriptor), make)
    return [dict(row) for row in rows]


def _is_validated(name: str, descriptor: Path) -> bool:
    try:
        return (VALIDATED_DIR / _version_key(name, descriptor)).exists()
    except (OSError, KeyError, ValueError):  # a missing file: said by the validation
        return False


def _validate_some(names: list[str], descriptor: Path) -> None:
    for name in names:
        try:
            _validate(name, descriptor)
        except DataError:
            pass  # said by validate_all, in the tables' order


def validate_all(descriptor: Path = DESCRIPTOR, processes: int = 1) -> list[str]:
    """Validate every table; return the error messages (empty when all are valid).
    With ``processes`` > 1 the tables not yet validated are first validated in that many
    forked processes (each table's record is what they share), then read in order."""
    todo = [name for name in table_names(descriptor) if not _is_validated(name, descriptor)]
    if processes > 1 and len(todo) > 1:
        import multiprocessing
        parts = [todo[i::processes] for i in range(processes)]
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            pool.starmap(_validate_some, [(part, descriptor) for part in parts if part])
    errors = []
    for name in table_names(descriptor):
        try:
            _table(name, descriptor)
        except DataError as exc:
            errors.append(str(exc))
    return errors
