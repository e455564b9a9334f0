"""The data package: valid as a Frictionless package, and every kind of bad input
stops loading with the file, line and column named."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from frictionless import Package

from analysis import data

ROOT = Path(__file__).resolve().parents[1]


def test_package_is_valid_frictionless():
    report = Package(str(ROOT / "data" / "datapackage.json")).validate()
    errors = [f"{t.name}: {e.message}" for t in report.tasks for e in t.errors]
    assert report.valid, errors[:10]


def test_every_resource_has_schema_sources_and_licence():
    for res in data.resources():
        assert res["schema"]["fields"], res["name"]
        assert res.get("primaryKey") or res["schema"].get("primaryKey"), res["name"]
        assert res.get("licenses"), res["name"]
        if res["name"] not in ("sources",):
            assert res.get("sources") or res["name"] == "geographies", res["name"]


def test_loader_accepts_every_table():
    assert data.validate_all() == []


def test_every_row_names_a_known_source():
    ids = set(data.load("sources")["id"])
    for res in data.resources():
        fields = [f["name"] for f in res["schema"]["fields"]]
        if "source" in fields:
            assert set(data.load(res["name"])["source"]) <= ids, res["name"]


@pytest.fixture
def package(tmp_path):
    """A copy of data/ to break; returns the path of its descriptor."""
    dest = tmp_path / "data"
    shutil.copytree(ROOT / "data", dest, ignore=shutil.ignore_patterns("rekey"))
    return dest / "datapackage.json"


def _edit(path: Path, line: int, old: str, new: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert old in lines[line - 1], lines[line - 1]
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    path.write_text("".join(lines), encoding="utf-8")


def _error(descriptor: Path, table: str) -> data.DataError:
    with pytest.raises(data.DataError) as info:
        data.load(table, descriptor)
    return info.value


def test_missing_file(package):
    (package.parent / "income_by_quintile.csv").unlink()
    err = _error(package, "income_by_quintile")
    assert "income_by_quintile.csv" in str(err) and "missing" in str(err)


def test_malformed_number(package):
    _edit(package.parent / "income_by_quintile.csv", 3, ",425,", ",4x5,")
    err = _error(package, "income_by_quintile")
    assert (err.line, err.column) == (3, "value")
    assert "income_by_quintile.csv, line 3, column 'value'" in str(err)
    assert "'4x5' is not a number" in str(err)


def test_unknown_province(package):
    _edit(package.parent / "income_by_quintile.csv", 2, "an-giang", "atlantis")
    err = _error(package, "income_by_quintile")
    assert (err.line, err.column) == (2, "geo")
    assert "'atlantis' is not in table 'geographies'" in str(err)
    assert "unknown province or region" in str(err)


def test_duplicate_key(package):
    path = package.parent / "income_by_quintile.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(5, lines[2])  # line 3 repeated as line 6
    path.write_text("".join(lines), encoding="utf-8")
    err = _error(package, "income_by_quintile")
    assert err.line == 6 and err.column == "geo,year,quintile"
    assert "duplicate key" in str(err) and "first on line 3" in str(err)


def test_value_outside_constraint(package):
    _edit(package.parent / "income_by_quintile.csv", 2, ",1319,", ",-1319,")
    err = _error(package, "income_by_quintile")
    assert (err.line, err.column) == (2, "value")
    assert "below the minimum 0" in str(err)


def test_year_outside_range(package):
    _edit(package.parent / "income_by_quintile.csv", 2, "an-giang,2010,", "an-giang,2031,")
    err = _error(package, "income_by_quintile")
    assert (err.line, err.column) == (2, "year")
    assert "2031 is above the maximum 2016" in str(err)


def test_missing_column(package):
    path = package.parent / "population.csv"
    text = path.read_text(encoding="utf-8").replace("geo,year,vintage,", "geo,year,", 1)
    path.write_text(text, encoding="utf-8")
    err = _error(package, "population")
    assert err.line == 1 and "missing column(s) vintage" in str(err)


def test_unknown_table_lists_the_tables():
    with pytest.raises(data.DataError, match="the tables are: geographies, sources"):
        data.load("no_such_table")


def test_validate_command(package):
    ok = subprocess.run([sys.executable, "-m", "analysis", "validate"], cwd=ROOT,
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert "data package valid" in ok.stdout
    _edit(package.parent / "population.csv", 4, ",2151.2,", ",2151..2,")
    bad = subprocess.run([sys.executable, "-m", "analysis", "validate", "--package",
                          str(package)], cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 1
    assert "population.csv, line 4, column 'value': '2151..2' is not a number" in bad.stderr


def test_an_edited_descriptor_is_read_again_in_the_same_process(package):
    assert len(data.load("income_by_quintile", package)) > 0
    # the schema now forbids the value of line 2: the next load must say so
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    table = next(r for r in descriptor["resources"] if r["name"] == "income_by_quintile")
    value = next(f for f in table["schema"]["fields"] if f["name"] == "value")
    value.setdefault("constraints", {})["maximum"] = 1000
    package.write_text(json.dumps(descriptor), encoding="utf-8")
    err = _error(package, "income_by_quintile")
    assert (err.line, err.column) == (2, "value") and "above the maximum 1000" in str(err)


def test_a_validated_version_is_not_validated_again(package, monkeypatch):
    from analysis.data import tables

    data.load("population", package)
    tables._CACHE.clear()  # a new process: only the record on disk remains

    def no_second_validation(*args, **kwargs):
        raise AssertionError("validated again")
    monkeypatch.setattr("frictionless.Package", no_second_validation)
    assert len(data.load("population", package)) > 0
    # an edited file is a new version: validated again (and here refused)
    _edit(package.parent / "population.csv", 4, ",2151.2,", ",2151.3,")
    with pytest.raises(AssertionError, match="validated again"):
        data.load("population", package)


def test_rows_are_fresh_each_call_and_follow_an_edited_table(package):
    from analysis.data.tables import validated_rows

    rows = validated_rows("sources", package)
    first = rows[0]["id"]
    rows[0]["id"] = "changed by the caller"
    assert validated_rows("sources", package)[0]["id"] == first
    path = package.parent / "sources.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f"\n{first},", f"\n{first}-edited,", 1), encoding="utf-8")
    assert validated_rows("sources", package)[0]["id"] == f"{first}-edited"


def test_the_build_trace_names_each_file_once_per_process(tmp_path, monkeypatch):
    from analysis.data import tables

    log = tmp_path / "reads.log"
    monkeypatch.setenv(tables.TRACE_ENV, str(log))
    for _ in range(3):
        data.load("population")
        data.load("sources")
    lines = log.read_text(encoding="utf-8").splitlines()
    assert sorted(lines) == sorted(set(lines))
    assert {Path(line).name for line in lines} >= {"population.csv", "sources.csv"}
