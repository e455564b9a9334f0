"""The command line: region slugs, one profile, errors that list the choices."""
import subprocess
import sys
from pathlib import Path

import nbformat

from analysis.data import regions

ROOT = Path(__file__).resolve().parents[1]


def run(*args):
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=ROOT,
                          capture_output=True, text=True)


def test_regions_prints_every_slug_one_a_line():
    result = run("regions")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [g.slug for g in regions.all_geographies()]
    assert "northern-ker" in result.stdout.splitlines()


def test_unknown_profile_slug_fails_and_lists_valid_slugs(tmp_path):
    result = run("profile", "atlantis", "-o", str(tmp_path / "x.ipynb"))
    assert result.returncode != 0
    assert "unknown region 'atlantis'" in result.stderr
    for slug in ("whole-country", "northern-ker", "ha-noi", "ca-mau"):
        assert f"  {slug}\n" in result.stderr
    assert not (tmp_path / "x.ipynb").exists()


def test_a_mistyped_slug_gets_the_nearest_valid_ones_first(tmp_path):
    result = run("profile", "danang", "-o", str(tmp_path / "x.ipynb"))
    assert result.returncode != 0
    first = result.stderr.splitlines()[0]
    assert first.startswith("unknown region 'danang'. Did you mean da-nang")
    assert "  da-nang\n" in result.stderr  # then every valid slug


def test_profile_writes_an_executed_notebook(tmp_path):
    out = tmp_path / "profile.ipynb"
    result = run("profile", "bac-ninh", "-o", str(out))
    assert result.returncode == 0, result.stderr
    # the kernel's start-up warnings are not the user's business
    assert "TCP without encryption" not in result.stderr and result.stderr.strip() == ""
    assert not list(tmp_path.glob(".*.log"))
    nb = nbformat.read(out, as_version=4)
    cells = [c for c in nb.cells if c.get("id") != "how-to-run"]  # the note on running it
    assert cells[0].source.startswith("# Region profile: Bắc Ninh")
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and 'region = "bac-ninh"' in injected[0].source
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code)
    glued = {o["metadata"]["scrapbook"]["name"] for c in code for o in c.get("outputs", [])
             if "scrapbook" in o.get("metadata", {})}
    assert {"region_name", "md-inequality-text", "fig-profile-gini"} <= glued


def test_profiles_command_rejects_an_unknown_slug_and_lists_the_profiles():
    result = run("profiles", "atlantis", "--jobs", "1")
    assert result.returncode != 0
    assert "not a profile of the book: atlantis" in result.stderr
    listed = [line.strip() for line in result.stderr.splitlines() if line.startswith("  ")]
    import csv

    with open(ROOT / "data" / "geographies.csv", encoding="utf-8", newline="") as fh:
        every = [row["slug"] for row in csv.DictReader(fh)]
    assert sorted(listed) == sorted(every) and len(listed) == 74  # every geography
    assert "notebooks:" not in result.stdout  # nothing was executed
