"""The claims of the reproduction ledger: enough of them, a mix of what public data can
and cannot test, each quoting its document and agreeing with the keyed figures."""
import csv
from collections import Counter
from pathlib import Path

import pytest

from analysis import data

ROOT = Path(__file__).resolve().parents[1]

from rekey import documents
from rekey import ledger


def _committed():
    with open(ROOT / "data" / "ledger_claims.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_committed_table_is_what_the_script_writes():
    assert _committed() == [{f: str(r[f]) for f in ledger.FIELDS} for r in ledger.rows()]


def test_checks_pass():
    assert ledger.check(_committed()) == []


@pytest.mark.skipif(not documents.SEEDS.exists(), reason="the seed documents are not on this machine")
def test_quotations_are_the_documents_own_words():
    assert ledger.check(_committed()) == []


def test_enough_claims_and_a_mix():
    claims = data.load("ledger_claims")
    assert len(claims) >= 25
    basis = Counter(claims["test_basis"])
    assert all(basis[b] >= 3 for b in ("public-table", "press-figure", "partial", "none")), basis
    assert set(claims["source"]) >= {documents.THESIS, documents.R42, documents.TRI,
                                     documents.HCMC, documents.NEWS}
    assert (claims["claim"].str[0] == "T").sum() >= 20


def test_reasons_where_public_data_cannot_give_it():
    claims = data.load("ledger_claims")
    untestable = claims[claims["test_basis"].isin(["partial", "none"])]
    assert untestable["not_reproducible_reason"].notna().all()
    # an overlap claim is tested on part of its period or geography: the reason names the rest
    overlap = claims[claims["test_basis"] == "overlap"]
    assert len(overlap) and overlap["not_reproducible_reason"].notna().all()
    testable = claims[claims["test_basis"].isin(["public-table", "press-figure"])]
    assert testable["not_reproducible_reason"].isna().all()
    assert claims[claims["test_basis"] != "none"]["public_data"].notna().all()


def test_claims_agree_with_the_keyed_figures():
    """Every figure a claim states (and both ends of a printed change or range) is a keyed
    figure of its document whose quotation contains the claim's."""
    thesis = data.load("thesis_figures")
    docs = data.load("document_figures")
    for c in data.load("ledger_claims").to_dict("records"):
        if c["value"] != c["value"]:  # a statement without a figure
            continue
        keyed = thesis if c["source"] == documents.THESIS else docs
        same = keyed[keyed["quotation"].str.contains(c["quotation"], regex=False)]
        assert len(same), c["claim"]
        assert (same["value"] == c["value"]).any(), c["claim"]
        if c["value_high"] == c["value_high"]:
            ends = set(same["value"]) | set(same["value_high"].dropna())
            assert c["value_high"] in ends, c["claim"]


def test_indicator_keys_are_described():
    assert set(ledger.INDICATORS) <= set(ledger.INDICATOR_HELP)
