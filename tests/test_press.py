"""Figures re-keyed from web pages: the number parser (a hand-worked case per format),
the spot checks stated with the transcription, the WEAK SOURCE rule, and the
consistency of the committed tables with their printed text."""
import csv
import itertools
from decimal import Decimal
from pathlib import Path

import pytest

from analysis import data

ROOT = Path(__file__).resolve().parents[1]

from rekey import press

MAIN = ["press_insurance", "press_living_standards", "press_poverty", "press_social_assistance",
        "press_economy", "press_labour"]
D = Decimal


# --- the parser: one hand-worked case per format ----------------------------------------------

@pytest.mark.parametrize("text, fmt, expected", [
    ("1.972.767", "vi", D("1972767")),      # Vietnamese: '.' groups thousands
    ("2,45", "vi", D("2.45")),              # Vietnamese: ',' is the decimal mark
    ("142.289,2", "vi", D("142289.2")),     # Vietnamese: both
    ("4.295", "vi", D("4295")),             # a thousands group, not 4.295
    ("551,000", "en", D("551000")),         # English: ',' groups thousands
    ("15.185", "en", D("15.185")),          # English: '.' is the decimal mark
    ("1,298,791.5", "en", D("1298791.5")),  # English: both
    ("310000", "vi", D("310000")),          # no separator at all
    ("0,3482", "vi", D("0.3482")),
])
def test_parse_number_by_convention(text, fmt, expected):
    assert press.parse_number(text, fmt) == expected


@pytest.mark.parametrize("text, fmt", [
    ("1,14", "en"),       # a two-digit group is not an English thousands group
    ("1.14", "vi"),       # nor a Vietnamese one
    ("12.34.567", "vi"),
    ("1,234.5.6", "en"),
    ("abc", "en"),
])
def test_parse_number_refuses_what_does_not_fit(text, fmt):
    with pytest.raises(press.NumberFormatError):
        press.parse_number(text, fmt)


def test_same_digits_read_by_the_page_convention():
    # "6.537" million VND: 6.537 on an English page, 6,537 (thousands) on a Vietnamese one
    assert press.parse_number("6.537", "en") == D("6.537")
    assert press.parse_number("6.537", "vi") == D("6537")


@pytest.mark.parametrize("text, fmt, number, qualifier", [
    ("trên 165,5", "vi", D("165.5"), "over"),
    ("hơn 1.057", "vi", D("1057"), "over"),
    ("khoảng 1,13", "vi", D("1.13"), "about"),
    ("gần 8", "vi", D("8"), "nearly"),
    ("dưới 1", "vi", D("1"), "under"),
    ("5,95 (gần)", "vi", D("5.95"), "nearly"),
    ("~310000", "vi", D("310000"), "about"),
    ("more than 401,157", "en", D("401157"), "over"),
    ("nearly 1.14", "en", D("1.14"), "nearly"),
    ("around 14.7", "en", D("14.7"), "about"),
    ("12.3", "en", D("12.3"), "exact"),
])
def test_qualifiers(text, fmt, number, qualifier):
    parsed = press.parse_printed(text, fmt)
    assert (parsed.number, parsed.qualifier) == (number, qualifier)


def test_qualifier_written_in_the_unit():
    assert press.qualifier_in_unit("% per year (khoảng)", "vi") == ("% per year", "about")
    assert press.qualifier_in_unit("% yoy", "vi") == ("% yoy", "exact")


def test_scale_words_and_units_exactly():
    # 4,67 million VND per head = 4670 thousand VND, exactly (no float residue)
    assert press.convert(D("4.67"), "million VND", "thousand VND per person per month") == 4670
    # 45.068.670 million VND = 45,068.67 billion VND
    assert press.plain(press.convert(D("45068670"), "million VND", "billion VND")) == "45068.67"
    # "37 nghìn" persons = 37,000 persons
    p = press.parse_printed("37 nghìn", "vi")
    assert press.convert(p.number, "persons", "persons", p.scale, p.scale_word) == 37000
    # "VND361,549 billion" with the unit "billion VND": not billion twice
    p = press.parse_printed("VND361,549 billion", "en")
    assert press.convert(p.number, "billion VND", "billion VND", p.scale, p.scale_word) == 361549
    # "382.7 trillion VND" = 382,700 billion VND
    p = press.parse_printed("382.7 trillion VND", "en")
    assert press.convert(p.number, "trillion VND", "billion VND", p.scale, p.scale_word) == 382700
    with pytest.raises(ValueError, match="cannot convert"):
        press.convert(D("2000"), "USD", "billion VND")
    assert press.plain(D("1.50")) == "1.5" and press.plain(D("1E+3")) == "1000"


# --- the committed tables ---------------------------------------------------------------

def _rows(table):
    return data.load(table).to_dict("records")


def _pages():
    return {r["source"]: r for r in _rows("documents")}


def _one(table, **where):
    rows = [r for r in _rows(table) if all(r[k] == v for k, v in where.items())]
    assert len(rows) == 1, (table, where, rows)
    return rows[0]


def test_spot_check_vss_2015_against_gso_table():
    # SOURCE.txt: ISSA/VSS 2015 SI 12.3 mn and HI 68.5 mn = GSO, Social insurance, health
    # insurance and unemployment insurance (2018 edition): 12,290.5 and 68,466.1 thousand.
    si = _one("press_insurance", indicator="si_participants", geo="whole-country", period="2015")
    hi = _one("press_insurance", indicator="hi_participants", geo="whole-country", period="2015")
    assert si["printed"] == "12.3" and si["value"] == 12_300_000
    assert hi["printed"] == "68.5" and hi["value"] == 68_500_000
    assert round(12290.5 / 1000, 1) * 1e6 == si["value"]
    assert round(68466.1 / 1000, 1) * 1e6 == hi["value"]


def test_spot_check_vhlss_2022_income():
    # SOURCE.txt: national income 4,67 mn and Q5 10,23 mn VND per head per month (VHLSS 2022)
    total = _one("press_living_standards", indicator="income_per_capita", geo="whole-country",
                 period="2022", group="total")
    q5 = _one("press_living_standards", indicator="income_per_capita", geo="whole-country",
              period="2022", group="quintile-5")
    assert (total["printed"], total["value"]) == ("4,67", 4670)
    assert (q5["printed"], q5["value"]) == ("10,23", 10230)


def test_failed_spot_check_is_excluded():
    # SOURCE.txt: Vinh Phuc 2022 "trên 165,5 nghìn tỷ" fails the per-head check
    grdp = [r for r in _rows("press_economy") if r["geo"] == "vinh-phuc" and r["year"] == 2022
            and r["indicator"] == "grdp"]
    assert grdp == []
    excluded = [r for r in _rows("excluded_figures") if r["printed"] == "trên 165,5"]
    assert len(excluded) == 1 and "per-head" in excluded[0]["reason"]


def test_rows_without_a_year_are_excluded():
    for table in MAIN + ["press_crosschecks"]:
        assert all(1990 <= r["year"] <= 2026 for r in _rows(table))
    nd = [r for r in _rows("excluded_figures") if r["period"] == "n.d."]
    assert len(nd) == 6


def test_no_weak_source_row_in_a_main_table():
    pages = _pages()
    for table in MAIN:
        for r in _rows(table):
            assert pages[r["source"]]["quality"] not in ("weak", "unlocated"), (table, r)
    for r in _rows("press_crosschecks"):
        assert pages[r["source"]]["quality"] == r["quality"] in ("weak", "unlocated")


TRANSCRIPTIONS = press.CANDIDATE.exists() and press.INSURANCE_POINTS.exists()


@pytest.mark.skipif(not TRANSCRIPTIONS, reason="the transcriptions are not on this machine")
def test_weak_source_rows_of_the_transcription_are_cross_checks_only():
    rows = press.read_all()
    weak = {press.page_for(r["source_address"])["id"] for r in rows
            if "WEAK SOURCE" in r["retrieved_note"]}
    assert weak and all(press.page_for(r["source_address"])["quality"] == "weak"
                        for r in rows if "WEAK SOURCE" in r["retrieved_note"])
    main_sources = {r["source"] for t in MAIN for r in _rows(t)}
    assert not weak & main_sources
    # every transcribed row is in exactly one table
    pages = {p["id"] for p in press.PAGES}
    total = sum(len([r for r in _rows(t) if r["source"] in pages])
                for t in MAIN + ["press_crosschecks", "excluded_figures"])
    assert total == len(rows)


@pytest.mark.skipif(not TRANSCRIPTIONS, reason="the transcriptions are not on this machine")
def test_committed_tables_are_what_the_script_writes():
    tables = press.build(press.read_all())
    for name, fields in list(press.FIELDS.items()) + [
            ("press_crosschecks", press.CROSSCHECK_FIELDS),
            ("excluded_figures", press.EXCLUDED_FIELDS)]:
        with open(ROOT / "data" / f"{name}.csv", encoding="utf-8", newline="") as fh:
            pages = {p["id"] for p in press.PAGES}
            committed = [r for r in csv.DictReader(fh) if r["source"] in pages]
        expected = sorted(tables[name], key=press.sort_key(fields))
        assert committed == [{f: str(r.get(f, "")) for f in fields} for r in expected], name


@pytest.mark.skipif(not TRANSCRIPTIONS, reason="the transcriptions are not on this machine")
def test_provincial_insurance_points_keep_their_address_and_date():
    points = press.read_insurance_points()
    with open(press.INSURANCE_POINTS, encoding="utf-8", newline="") as fh:
        transcribed = list(csv.DictReader(fh))
    no_address = [r for r in transcribed if not r["source_address"].startswith("http")]
    assert no_address, "the file has rows without an address: they must not be read"
    assert len(points) == len([r for r in transcribed if r["geography"] != "Whole country"
                               and r["source_address"].startswith("http")])
    rows = [r for r in _rows("press_insurance")
            if r["source"] in {"dnhn-2021-hanoi-hi-coverage", "baohungyen-2017-insurance-plan"}]
    assert {(r["geo"], r["period"]) for r in rows} == {("ha-noi", "2021-10-30"), ("hung-yen", "2017-10")}


def _reparse(row, fmt):
    printed_unit, unit_qualifier = press.qualifier_in_unit(row["printed_unit"], fmt)
    p = press.parse_printed(row["printed"], fmt)
    value = press.convert(p.number, printed_unit, row["unit"], p.scale, p.scale_word)
    step = press.convert(D(1).scaleb(p.number.as_tuple().exponent), printed_unit, row["unit"],
                         p.scale, p.scale_word)
    qualifier = p.qualifier if p.qualifier != "exact" else unit_qualifier
    return value, qualifier, step


@pytest.mark.parametrize("table", MAIN + ["press_crosschecks"])
def test_values_are_the_printed_text_read_with_the_page_convention(table):
    pages = _pages()
    bad = []
    for r in _rows(table):
        value, qualifier, _ = _reparse(r, pages[r["source"]]["number_format"])
        if float(value) != pytest.approx(r["value"], rel=1e-12) or qualifier != r["qualifier"]:
            bad.append((r["indicator"], r["geo"], r["period"], r["printed"], r["value"]))
    assert not bad, bad


#: Pages that print different figures for the same thing; each pair is explained in
#: the rows' notes.
KNOWN_DISAGREEMENTS = {
    ("si_coverage_workforce", "whole-country", "2022-09"),
    ("si_participants", "whole-country", "2022-09"),
}


def _agree(a, b, step):
    """Does figure b satisfy what figure a says (value, qualifier, printed precision)?"""
    x, y = a["value"], b["value"]
    q = a["qualifier"]
    if q == "exact":
        return abs(x - y) <= step + 1e-9
    if q == "over":
        return y >= x - step - 1e-9
    if q == "under":
        return y <= x + step + 1e-9
    if q == "nearly":
        return 0.9 * x - step <= y <= x + step + 1e-9
    return abs(x - y) <= 0.05 * x + step  # about


@pytest.mark.parametrize("table", MAIN)
def test_pages_agree_on_the_same_figure(table):
    pages = _pages()
    dims = [c for c in ("indicator", "geo", "period", "group", "price_basis", "vintage",
                        "standard", "status") if c in data.load(table).columns]
    rows = _rows(table)
    groups, bad = {}, []
    for r in rows:
        groups.setdefault(tuple(r[c] for c in dims), []).append(r)
    for key, same in groups.items():
        if len(same) < 2 or key[:3] in KNOWN_DISAGREEMENTS:
            continue
        for a, b in itertools.permutations(same, 2):
            step = float(_reparse(a, pages[a["source"]]["number_format"])[2])
            step_b = float(_reparse(b, pages[b["source"]]["number_format"])[2])
            if not _agree(a, b, max(step, step_b)):
                bad.append((key, a["printed"], a["source"], b["printed"], b["source"]))
    assert not bad, bad


def test_one_definition_per_series():
    # the three poverty measures and the three coverage denominators stay apart
    poverty = {r["indicator"] for r in _rows("press_poverty")}
    assert {"admin_poor_household_rate", "vhlss_multidim_poor_household_rate",
            "mpi_headcount"} <= poverty
    economy = _rows("press_economy")
    series = {}
    for r in economy:
        if r["indicator"] == "grdp":
            series.setdefault((r["geo"], r["price_basis"], r["vintage"]), set()).add(r["year"])
    # Vinh Phuc 2015 exists in both vintages, as two series
    assert 2015 in series[("vinh-phuc", "current", "pre-revision")]
    assert 2015 in series[("vinh-phuc", "current", "post-revision")]
    units = {}
    for table in MAIN:
        for r in _rows(table):
            units.setdefault((table, r["indicator"]), set()).add(r["unit"])
    assert all(len(u) == 1 for u in units.values()), {k: u for k, u in units.items() if len(u) > 1}
