"""Re-key the figures transcribed from provincial statistical yearbooks (Vinh Phuc, Hung
Yen, Hai Phong) into ``data/yearbook_figures.csv``: one printed value per row, read with
the Vietnamese number convention (``1.197.617``; ``8,10``), with the page it was read
from and the vintage or standard the page states (pre- or post-revision GRDP, the labour
series before the 2019 census, the ICLS-19 labour definitions of 2022).

Run from the repository root: ``python -m rekey.yearbooks``. It needs
``../shared/data-candidates/yearbook-transcriptions/transcription.csv`` (made from stored
copies of the yearbook pages; its SOURCE.txt lists every page and the spot checks). It
writes the table, its schema in ``datapackage.json`` and its rows of ``sources.csv`` (one
per yearbook edition). The values are kept in the unit the page prints; the book converts
nothing here and never joins them to another vintage.
"""
from __future__ import annotations

import csv
import re

from analysis.data import regions
from rekey import package
from rekey.common import CANDIDATES, fail, replace_sources, write_table
from rekey.common import DATA as OUT
from rekey.press import NumberFormatError, parse_number

SOURCE = CANDIDATES / "yearbook-transcriptions" / "transcription.csv"
CARRIER = ("Values transcribed exactly as printed from stored copies of the yearbook's web "
           "pages (data-candidates folder yearbook-transcriptions); the page address is on "
           "every row")
LICENCE = "Provincial statistical office publication (public)"

#: The yearbook column as transcribed -> (source id, publisher, title, edition, site).
EDITIONS = {
    "Vinh Phuc Statistical Yearbook 2017": (
        "vinhphuc-yearbook-2017", "Cục Thống kê Vĩnh Phúc (Vinh Phuc Statistics Office)",
        "Niên giám thống kê tỉnh Vĩnh Phúc 2017 (Vinh Phuc Statistical Yearbook 2017)",
        "2018", "http://niengiamthongke2017.thongkevinhphuc.gov.vn/"),
    "Vinh Phuc Statistical Yearbook 2018": (
        "vinhphuc-yearbook-2018", "Cục Thống kê Vĩnh Phúc (Vinh Phuc Statistics Office)",
        "Niên giám thống kê tỉnh Vĩnh Phúc 2018 (Vinh Phuc Statistical Yearbook 2018)",
        "2019", "http://niengiam2018.thongkevinhphuc.gov.vn/"),
    "Vinh Phuc Statistical Yearbook 2019": (
        "vinhphuc-yearbook-2019", "Cục Thống kê Vĩnh Phúc (Vinh Phuc Statistics Office)",
        "Niên giám thống kê tỉnh Vĩnh Phúc 2019 (Vinh Phuc Statistical Yearbook 2019)",
        "2020", "http://niengiam2019.thongkevinhphuc.gov.vn/"),
    "Vinh Phuc Statistical Yearbook 2021": (
        "vinhphuc-yearbook-2021", "Cục Thống kê Vĩnh Phúc (Vinh Phuc Statistics Office)",
        "Niên giám thống kê tỉnh Vĩnh Phúc 2021 (Vinh Phuc Statistical Yearbook 2021)",
        "2022", "http://niengiam2021.thongkevinhphuc.gov.vn/"),
    "Vinh Phuc Statistical Yearbook 2022": (
        "vinhphuc-yearbook-2022", "Cục Thống kê Vĩnh Phúc (Vinh Phuc Statistics Office)",
        "Niên giám thống kê tỉnh Vĩnh Phúc 2022 (Vinh Phuc Statistical Yearbook 2022)",
        "2023", "http://niengiam2022.thongkevinhphuc.gov.vn/"),
    "Cục Thống kê Vĩnh Phúc, Kết quả khảo sát thu nhập hộ dân cư tỉnh Vĩnh Phúc năm 2020 "
    "(KSTN-VP20), p.57": (
        "vinhphuc-income-survey-2020", "Cục Thống kê Vĩnh Phúc (Vinh Phuc Statistics Office)",
        "Kết quả khảo sát thu nhập hộ dân cư tỉnh Vĩnh Phúc năm 2020 (results of the "
        "provincial household income survey 2020, KSTN-VP20)", "2021",
        "http://ketquaksmsdancu.thongkevinhphuc.gov.vn/"),
    "Hung Yen Statistical Yearbook 2022": (
        "hungyen-yearbook-2022", "Cục Thống kê Hưng Yên (Hung Yen Statistics Office)",
        "Niên giám thống kê tỉnh Hưng Yên 2022 (Hung Yen Statistical Yearbook 2022)",
        "2023", "http://niengiam.thongkehungyen.gov.vn/"),
    "Hai Phong (yearbook extract on hppc.gov.vn 'Hạ tầng xã hội', school year 2015-2016)": (
        "haiphong-yearbook-extract-2016", "Hai Phong City People's Committee portal "
        "(extract of the Hai Phong statistical yearbook)",
        "Số trường phổ thông trên địa bàn thành phố Hải Phòng năm học 2015-2016 (schools of "
        "general education, school year 2015-2016)", "2016", "http://www.hppc.gov.vn/"),
}
PRELIMINARY = re.compile(r"sơ bộ|prel", re.I)


def indicator_key(label: str) -> str:
    """A key for the printed indicator: its English words, without the Vietnamese title
    in brackets, in lower case joined by underscores."""
    english = re.sub(r"\s*\(.*?[^\x00-\x7f].*?\)", "", label)
    return re.sub(r"[^a-z0-9]+", "_", english.lower()).strip("_")


def rows() -> list[dict]:
    if not SOURCE.exists():
        fail(SOURCE, "the candidate file is missing")
    with open(SOURCE, encoding="utf-8", newline="") as fh:
        records = list(csv.DictReader(fh))
    out = []
    for i, r in enumerate(records, start=2):
        if r["yearbook"] not in EDITIONS:
            fail(SOURCE, f"unknown yearbook {r['yearbook']!r}", i)
        try:
            geo = regions.slug_for(r["geography"])
            number = parse_number(r["value_as_printed"], "vi")
        except (regions.UnknownGeography, NumberFormatError) as exc:
            fail(SOURCE, str(exc), i)
        period = r["year"].strip()
        if not re.fullmatch(r"\d{4}(-\d{4})?", period):
            fail(SOURCE, f"period {period!r} is not a year or a school year", i)
        preliminary = PRELIMINARY.search(r["note"] + " " + r["indicator"])
        out.append({
            "indicator": indicator_key(r["indicator"]), "label": r["indicator"].strip(),
            "geo": geo, "period": period, "year": int(period[:4]),
            "value": format(number.normalize(), "f"), "unit": r["unit"].strip(),
            "printed": r["value_as_printed"].strip(),
            "vintage": r["vintage_or_standard"].strip(),
            "status": "preliminary" if preliminary else "final",
            "source": EDITIONS[r["yearbook"]][0], "address": r["source_address"].strip()})
    return out


FIELDS = ["indicator", "label", "geo", "period", "year", "value", "unit", "printed",
          "vintage", "status", "source", "address"]


def _field(name, kind="string", description=None, **constraints):
    return package.field(name, kind, description, required=True, **constraints)


def schema() -> dict:
    fields = [
        _field("indicator", description="Key of the printed indicator (its English words)"),
        _field("label", description="The indicator as transcribed (English, with the "
               "Vietnamese title where the page gives one)"),
        _field("geo", description="Geography slug (data/geographies.csv)"),
        _field("period", description="Year, or school year (2015-2016)"),
        _field("year", "integer", description="The period's first year",
               minimum=2010, maximum=2022),
        _field("value", "number", description="The printed number, read with the "
               "Vietnamese convention, in the printed unit"),
        _field("unit", description="The unit the page prints (not converted)"),
        _field("printed", description="The value exactly as printed"),
        _field("vintage", description="The vintage or standard the page states (pre- or "
               "post-revision GRDP, labour series before the 2019 census, ICLS-19 "
               "definitions, a provincial survey): rows of different vintages are never "
               "one series"),
        _field("status", description="preliminary = marked 'Sơ bộ'/'Prel.' on the page",
               enum=["final", "preliminary"]),
        _field("source", description="The yearbook edition (data/sources.csv)"),
        _field("address", description="Address of the page the value was read from"),
    ]
    return package.resource(
        "yearbook_figures", "Figures read from provincial statistical yearbooks",
        "Values printed in the statistical yearbooks of Vinh Phuc (2017-2022 editions and "
        "its 2020 income survey), Hung Yen (2022 edition) and Hai Phong (an extract), "
        "one per row, each with its page address: GRDP pieces (Vinh Phuc's agriculture, "
        "product taxes and foreign-invested sector at current prices; Hung Yen's sectors "
        "at constant 2010 prices, 2010-2013), Vinh Phuc's labour force and employment "
        "2017-2022, its 2020 provincial income survey, Hung Yen's share of communes with "
        "a doctor and Hai Phong's schools. The page's vintage is on every row: Vinh "
        "Phuc's 2017 edition prints GRDP before GSO's re-evaluation and its 2021 edition "
        "after it; its 2022 labour force follows the ICLS-19 definitions; the 2020 income "
        "survey is the province's own, not the VHLSS.", fields,
        ["indicator", "geo", "period", "source"], [package.GEO_FK, package.SOURCE_FK],
        [{"title": f"{e[1]}, {e[2]}", "path": e[4]} for e in EDITIONS.values()],
        [{"name": "public", "title": LICENCE}])


def write_sources() -> None:
    replace_sources([{"id": e[0], "publisher": e[1], "title": e[2], "edition": e[3],
                      "url": e[4], "carrier": CARRIER, "licence": LICENCE}
                     for e in EDITIONS.values()])


def main() -> None:
    write_table("yearbook_figures", FIELDS, rows(),
                key=["indicator", "geo", "period", "source"])
    write_sources()
    package.update([schema()], OUT / "datapackage.json")


if __name__ == "__main__":
    main()
