"""The thesis's figures: Table 3.20 as before, and every figure of the summary's text
with its exact words; directions are kept without invented numbers."""
import csv
from pathlib import Path

import pytest

from analysis import data

ROOT = Path(__file__).resolve().parents[1]

from rekey import documents
from rekey import thesis


def _committed():
    with open(ROOT / "data" / "thesis_figures.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_committed_table_is_what_the_script_writes():
    assert _committed() == [{f: str(r[f]) for f in thesis.FIELDS} for r in thesis.rows()]


def test_checks_pass():
    assert thesis.check(_committed()) == []


@pytest.mark.skipif(not documents.SEEDS.exists(), reason="the seed documents are not on this machine")
def test_quotations_are_the_summary_own_words():
    assert documents.seed_text(thesis.SOURCE)
    assert thesis.check(_committed()) == []


def test_table_320_as_the_chapter_reads_it():
    t = data.load("thesis_figures")
    gini = t[(t["indicator"] == "gini") & (t["reference"] == "Table 3.20")]
    assert len(gini) == 21
    assert gini["year"].dtype == "int64"
    nker = dict(zip(gini[gini["geo"] == "northern-ker"]["year"], gini[gini["geo"] == "northern-ker"]["value"]))
    assert nker[2016] == 0.325 and nker[2020] == 0.263 and nker[2014] == 0.303


@pytest.mark.parametrize("indicator, year, value, qualifier", [
    ("natural_area", 2023, 15.3, "about"),
    ("training_institutions", 2023, 4118, "exact"),
    ("income_gap_vs_country", 2010, 10, "exact"),
    ("income_gap_vs_country", 2020, 20, "exact"),
    ("dwelling_area_per_person", 2022, 20, "range"),
    ("multidim_poverty_rate", 2023, 1, "under"),
    ("multidim_poor_near_poor_rate", 2023, 2, "exact"),
    ("a40_threshold", 2023, 17, "about"),
])
def test_text_figures(indicator, year, value, qualifier):
    t = data.load("thesis_figures")
    r = t[(t["indicator"] == indicator) & (t["year"] == year)]
    assert len(r) == 1
    assert r["value"].iloc[0] == value and r["qualifier"].iloc[0] == qualifier


def test_directions_have_no_invented_numbers():
    t = data.load("thesis_figures")
    directions = t[t["qualifier"] == "none"]
    assert len(directions) >= 15
    assert directions["value"].isna().all()
    periods = t[(t["indicator"] == "poverty_reduction_rate")]
    assert set(zip(periods["start_year"], periods["year"], periods["direction"])) == {
        (2010, 2015, "relatively high"), (2015, 2019, "lower but still relatively high"),
        (2020, 2021, "very low"), (2021, 2022, "increase")}
    elasticity = t[t["indicator"] == "poverty_growth_elasticity"]
    assert list(elasticity["direction"]) == ["positive"]


def test_undated_figures_say_so():
    t = data.load("thesis_figures")
    assert (t[t["year_basis"] == "publication"]["year"] == 2023).all()
    assert (t[t["year"] == 2023]["year_basis"] == "publication").all()
