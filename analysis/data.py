"""Load the tidy tables of ``data/`` with validation, and aggregate provinces to regions.

Every table is a resource of ``data/datapackage.json`` (a Frictionless Data Package).
:func:`load` reads a table and checks it against its schema: field types,
constraints (required, minimum/maximum, enum, pattern, unique), the primary key and
the foreign keys to the geography registry and the sources list. Any failure raises
:class:`DataError` naming the file, the line and the column.

Aggregation keeps the vintage: a regional value is built only from provincial
values of one vintage and one status, and a region is aggregated only when every
member province has a value (a gap stays a gap).
"""
from __future__ import annotations

import csv
import json
import math
import os
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from . import indicators, regions
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
        raise DataError(_show(path), "the data package descriptor is missing")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(_show(path), f"not valid JSON: {exc.msg}", line=exc.lineno) from None


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


def _show(path: Path) -> str:
    """A path as people see it: relative to the repository when inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _trace(path: Path) -> None:
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
    shown = _show(path)
    if not path.exists():
        raise DataError(shown, f"the file of table {name!r} is missing")
    _trace(path)
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
    shown = _show(path)
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
    _trace(path)
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


def source_of(source_id: str) -> dict:
    """The sources row with this id (publisher, title, edition, ...)."""
    for row in _validated("sources")[1]:
        if row["id"] == source_id:
            return row
    raise DataError(DATA_DIR / "sources.csv", f"no source with id {source_id!r}")


def publisher(source_id: str, short: bool = False) -> str:
    """The publisher of a source, without its bracketed detail ('Viet Nam Social
    Security'); ``short=True`` abbreviates the General Statistics Office to 'GSO'."""
    name = re.sub(r"\s*\(.*?\)", "", source_of(source_id)["publisher"]).strip()
    return {"General Statistics Office of Viet Nam": "GSO"}.get(name, name) if short else name


def edition(source_id: str) -> str:
    """The edition of a source ('2018'), or '' when it has none (web pages and
    documents with no dated edition)."""
    value = source_of(source_id).get("edition")
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def outlet(source_id: str) -> str:
    """A short name of a source for a chart's tooltip: the publisher and the year of
    the edition when there is one ('Viet Nam Social Security, 2019'). The full
    citation goes under the chart."""
    ed = edition(source_id)
    return f"{publisher(source_id)}, {ed}" if ed else publisher(source_id)


def cite(source_id: str) -> str:
    """Short citation: publisher, *title* (edition year); no edition part when the
    source has none."""
    ed = edition(source_id)
    head = f"{publisher(source_id, short=True)}, {source_of(source_id)['title']}"
    return f"{head} ({ed} edition)" if ed else head


# --- aggregation: income quintiles ---------------------------------------------------

def population(vintage: str) -> pd.DataFrame:
    """Average population (thousand) of one vintage, all geographies and years."""
    pop = load("population")
    vintages = sorted(pop["vintage"].unique())
    if vintage not in vintages:
        raise ValueError(f"unknown population vintage {vintage!r}; valid: {', '.join(vintages)}")
    return pop[pop["vintage"] == vintage].reset_index(drop=True)


#: The population series used to weight the income-survey years 2010-2016: the one
#: in use when those survey results were published (before the 2019 census revision).
INCOME_WEIGHT_VINTAGE = "pre-2019-census"


def income_quintiles() -> pd.DataFrame:
    """GSO's income per head by quintile (``income_by_quintile``; quintile 0 is the
    general average), with GSO's printing slips resolved.

    GSO prints the income of the richest and poorest fifth of each province twice: in the
    quintile table and beside its R5/R1 ratio (``r5r1_incomes_gso``). Where the two differ
    (in the latest survey year, four provinces whose two figures have the same digits in
    another order), the figure kept is the one with which the five quintile means average
    closest to the province's general average as GSO prints it: the quintile means are of
    fifths of the population, so their mean is the general average. A resolved row says so
    in ``resolved`` (the other printed figure and the table it is from); the data files
    keep both figures as printed."""
    inc = load("income_by_quintile").copy()
    inc["resolved"] = ""
    beside = load("r5r1_incomes_gso")
    both = inc.merge(beside, on=["geo", "year", "quintile"], suffixes=("", "_r"))
    for r in both[both["value"] != both["value_r"]].itertuples():
        rows = inc[(inc["geo"] == r.geo) & (inc["year"] == r.year)]
        general = float(rows.loc[rows["quintile"] == 0, "value"].iloc[0])
        total = float(rows.loc[rows["quintile"] > 0, "value"].sum())
        as_quintile = abs((total) / 5 - general)
        as_ratio = abs((total - r.value + r.value_r) / 5 - general)
        if as_ratio < as_quintile:
            at = (inc["geo"] == r.geo) & (inc["year"] == r.year) & (inc["quintile"] == r.quintile)
            inc.loc[at, "value"] = r.value_r
            inc.loc[at, "resolved"] = (f"read from the R5/R1 table ({r.value_r:,.0f}); the "
                                       f"quintile table prints {r.value:,.0f}")
    return inc


def quintile_groups(geo: str, year: int) -> pd.DataFrame:
    """The province quintile groups that make up a geography in a survey year.

    One row per province and quintile: mean income (thousand VND/month) and the
    population the group stands for (a fifth of the province's average population,
    thousand persons, vintage :data:`INCOME_WEIGHT_VINTAGE`). Raises when a member
    province lacks income or population for that year.
    """
    inc = income_quintiles()
    years = sorted(inc["year"].unique())
    if year not in years:
        raise ValueError(f"no income survey results for {year}; years: {years}")
    members = [p.slug for p in regions.members(geo)]
    inc = inc[(inc["year"] == year) & (inc["quintile"] > 0) & inc["geo"].isin(members)]
    pop = population(INCOME_WEIGHT_VINTAGE)
    pop = pop[(pop["year"] == year) & pop["geo"].isin(members)][["geo", "value"]]
    missing = sorted(set(members) - set(inc["geo"]) | set(members) - set(pop["geo"]))
    if missing:
        raise ValueError(f"{geo} {year}: no income or population for {', '.join(missing)}")
    groups = inc.merge(pop.rename(columns={"value": "population"}), on="geo")
    groups["population"] = groups["population"] / 5
    return groups[["geo", "quintile", "value", "population"]].rename(columns={"value": "income"})


def published_quintiles(geo: str, year: int) -> np.ndarray | None:
    """GSO's own five quintile means for a geography (country, GSO region, province),
    or None when GSO publishes none for it (e.g. a KER); printing slips resolved
    (:func:`income_quintiles`)."""
    inc = income_quintiles()
    rows = inc[(inc["geo"] == geo) & (inc["year"] == year) & (inc["quintile"] > 0)]
    if len(rows) != 5:
        return None
    return rows.sort_values("quintile")["value"].to_numpy(dtype=float)


def income_inequality(geo: str, year: int, method: str = "pooled") -> dict:
    """Gini, A40 and R5/R1 of a geography in a survey year.

    ``method="pooled"``: pool the quintile groups of the member provinces, weighted
    by population (any geography). ``method="published"``: GSO's own five quintile
    means of the geography (whole country, GSO regions, provinces).
    """
    if method == "pooled":
        g = quintile_groups(geo, year)
        values, weights = g["income"].to_numpy(), g["population"].to_numpy()
        q = indicators.quintile_means(values, weights)
        n = len(g)
    elif method == "published":
        q = published_quintiles(geo, year)
        if q is None:
            raise ValueError(f"GSO publishes no quintile means for {geo}")
        values, weights = q, None
        n = 5
    else:
        raise ValueError(f"unknown method {method!r}; valid: pooled, published")
    return {"geo": geo, "year": year, "method": method, "groups": n,
            "gini": indicators.gini(values, weights), "a40": indicators.a40(q),
            "r5_r1": indicators.r5_r1(q)}


def lorenz_points(geo: str, year: int, method: str = "pooled") -> pd.DataFrame:
    """Lorenz-curve points of a geography in a survey year (see :func:`income_inequality`)."""
    if method == "pooled":
        g = quintile_groups(geo, year)
        curve = indicators.lorenz_curve(g["income"], g["population"])
    else:
        q = published_quintiles(geo, year)
        if q is None:
            raise ValueError(f"GSO publishes no quintile means for {geo}")
        curve = indicators.lorenz_curve(q)
    curve.insert(0, "year", year)
    curve.insert(0, "geo", geo)
    return curve


def survey_years() -> list[int]:
    """The years with income-by-quintile results (the VHLSS rounds in the table)."""
    return sorted(int(y) for y in load("income_by_quintile")["year"].unique())


def inequality_table(geos: list[str], method: str = "pooled") -> pd.DataFrame:
    """:func:`income_inequality` for every geography and survey year, as a table
    with the geography's display name in ``region``."""
    rows = [income_inequality(g, y, method) for g in geos for y in survey_years()]
    table = pd.DataFrame(rows)
    table.insert(1, "region", [regions.get(g).name for g in table["geo"]])
    return table


def provincial_gini_mean(geo: str, year: int, weighted: bool = True) -> float:
    """Mean of the member provinces' Gini coefficients, each from GSO's five
    quintile means; population-weighted (vintage :data:`INCOME_WEIGHT_VINTAGE`)
    or simple. Unlike the pooled Gini, it leaves out the inequality *between*
    provinces."""
    ginis, weights = [], []
    groups = quintile_groups(geo, year)
    for province, g in groups.groupby("geo", sort=True):
        q = g.sort_values("quintile")["income"].to_numpy()
        ginis.append(indicators.gini(q))
        weights.append(g["population"].sum())
    return float(np.average(ginis, weights=weights if weighted else None))
