"""Figures keyed from the context documents: each quotation is the document's own words,
each value is the number printed in it, and the documents are described as they are."""
import csv
from pathlib import Path

import pytest

from analysis import data

ROOT = Path(__file__).resolve().parents[1]

from rekey import documents


def _committed():
    with open(ROOT / "data" / "document_figures.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_committed_table_is_what_the_script_writes():
    expected = [{f: str(r[f]) for f in documents.FIELDS} for r in documents.rows()]
    assert _committed() == expected


def test_values_are_the_numbers_printed_in_the_quotations():
    assert documents.check(_committed()) == []


@pytest.mark.skipif(not documents.SEEDS.exists(), reason="the seed documents are not on this machine")
def test_quotations_are_the_documents_own_words():
    assert all(documents.seed_text(s) for s in documents.SEED_FILES)
    assert documents.check(_committed()) == []


def test_survey_shares_match_their_counts_unless_noted():
    checked = 0
    for r in _committed():
        if r["count"] and r["base"] and r["unit"] == "percent":
            share = 100 * int(r["count"]) / int(r["base"])
            decimals = len(r["printed"].partition(".")[2])
            step = 10 ** -decimals  # one unit of the last printed digit
            if "not the" in r["note"]:
                assert abs(share - float(r["value"])) > step, r
            else:
                assert abs(share - float(r["value"])) <= step, r
            checked += 1
    assert checked >= 10


def test_key_figures_are_keyed():
    rows = data.load("document_figures")
    target = rows[(rows["document"] == documents.R42) & (rows["indicator"] == "si_coverage_labour_force")]
    assert list(target["value"]) == [60] and list(target["kind"]) == ["target"]
    assert list(target["year"]) == [2030]
    subsidies = rows[rows["indicator"] == "vsi_extra_contribution_subsidy"]
    assert set(subsidies["geo"]) == {"quang-nam", "quang-tri", "quang-ninh"}
    survey = rows[(rows["document"] == documents.HCMC) & (rows["kind"] == "survey")]
    assert len(survey) >= 20
    assert set(rows["document"]) == {documents.R42, documents.TRI, documents.HCMC, documents.NEWS}


def test_attributions_are_kept():
    rows = data.load("document_figures")
    gso = rows[rows["attributed_to"].fillna("").str.contains("General Statistics Office")]
    assert len(gso) >= 5


def test_documents_are_described_without_guessing():
    sources = data.load("sources").set_index("id")
    details = data.load("documents").set_index("source")
    for doc in (documents.R42, documents.TRI, documents.HCMC, documents.NEWS, documents.THESIS):
        assert doc in sources.index and doc in details.index
    for undated in (documents.R42, documents.HCMC):
        assert sources.loc[undated, "edition"] != sources.loc[undated, "edition"]  # empty
        assert "No" in details.loc[undated, "date_note"]
    assert "not stated" in sources.loc[documents.HCMC, "publisher"].lower()
    assert sources.loc[documents.TRI, "edition"] == 2021
    assert details.loc[documents.NEWS, "published"] == "2025-02-23"


def test_malformed_number_is_left_out():
    excluded = data.load("excluded_figures")
    row = excluded[excluded["source"] == documents.HCMC]
    assert list(row["printed"]) == ["2,3420,000"]
