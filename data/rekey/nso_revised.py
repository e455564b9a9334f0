"""Re-key the NSO tables published after GSO's 2018 edition that public repositories
carry: the labour force aged 15+ by province of the series revised after the 2019
census (NSO PX-Web table V02.34, 2010-2021), urban and rural average population and the
net migration rate by province (2011-2022), monthly income per head by province and
source of income from the 2018 Household Living Standards Survey, the revised trained
share of employed workers by province (2015-2018) and GSO's national insurance
participants of 2017.

Run from the repository root: ``python -m rekey.nso_revised``. It needs the folders
``nso-labourforce-province-tuyet3005``, ``nso-urban-migration-amezaikupan``,
``vn-devmap-income2018-trained`` and ``transcribed-insurance-points`` of
``../shared/data-candidates`` (SOURCE.txt in each says where the files come from). It
writes ``urban_population.csv``, ``net_migration.csv`` and ``income_by_source.csv`` with
their schemas and its rows of ``sources.csv``. Its labour-force, trained-share and
insurance rows are written by ``rekey.gso_labour`` into the tables that hold the older
vintages (one table per measure, the vintage on every row, never spliced).

Every reading fails loudly: an unknown place, a province missing or twice in a year, a
value that does not parse or lies outside its range stop the script with the file and
the row.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import openpyxl

from analysis.data import regions
from rekey import package
from rekey.common import (CANDIDATES, fail, fmt, replace_sources, require_every,
                          write_table)
from rekey.common import DATA as OUT

LABOUR = CANDIDATES / "nso-labourforce-province-tuyet3005" / "V02.34.json"
URBAN = CANDIDATES / "nso-urban-migration-amezaikupan" / "vn_city_countryside_dist.csv"
MIGRATION = CANDIDATES / "nso-urban-migration-amezaikupan" / "vn_migration.csv"
INCOME = CANDIDATES / "vn-devmap-income2018-trained" / "thunhapbinhquan.csv"
TRAINED = CANDIDATES / "vn-devmap-income2018-trained" / "trained_employee15_vn.csv"
INSURANCE = CANDIDATES / "transcribed-insurance-points" / "insurance_points_transcribed.csv"
#: NSO's English labour tables by province (E02.xx), found after the candidates and kept
#: in the repository (data/rekey/found/..., with their SOURCE.txt): file, table id, title
FOUND = Path(__file__).resolve().parent / "found" / "nso-labour-province-2018-2024-minhduc8386"
E_TABLES = {
    "employed": ("11_employed_persons_by_province_2018_2024.xlsx", "E02.45",
                 "Number of employed persons in the economy by province"),
    "unemployment": ("29_unemployment_rate_by_province_2018_2024.xlsx", "E02.63",
                     "Unemployment rate of labour force at working age by province"),
    "productivity": ("24_labour_productivity_by_province_2018_2024.xlsx", "E02.58",
                     "Labour productivity by province"),
    "trained": ("21_trained_labour_force_by_province_2008_2024.xlsx", "E02.55",
                "Percentage of trained labour force at 15 years of age and above by province"),
}
DESCRIPTOR = OUT / "datapackage.json"
FIRST_YEAR, LAST_YEAR = 2010, 2022
REVISED = "post-2019-census"
#: NSO's 2021 labour force follows the survey's new definitions (19th ICLS): a vintage
#: of its own, never one line with the years before.
ICLS19 = "icls-19"

GSO = "General Statistics Office of Viet Nam (GSO)"
LICENCE = "GSO official statistics (public)"
NSO_URL = "https://www.nso.gov.vn/px-web-2/"
def _e02(source_id: str, title: str, years: str = "2018-2023", note: str = "") -> dict:
    """The sources row of one of NSO's E02 tables by province, all carried by the same
    Excel exports (one copy, one commit)."""
    return {"id": source_id, "publisher": GSO, "title": title, "edition": "2025",
            "url": "https://pxweb.nso.gov.vn/pxweb/en/",
            "carrier": f"Excel export of the NSO English PX-Web table, {years} and "
                       "preliminary 2024, in github.com/minhduc8386/regional_minimum_wage_nckh "
                       f"(commit 0c254e8); copied unchanged in data/rekey/found{note}",
            "licence": LICENCE}


SOURCES = [
    {"id": "nso-labour-force-province-v0234", "publisher": GSO,
     "title": "Labour force at 15 years of age and above by province (Lực lượng lao động từ "
              "15 tuổi trở lên phân theo địa phương), table V02.34, thousand persons",
     "edition": "2023", "url": NSO_URL,
     "carrier": "JSON-stat export of the NSO PX-Web table as of January 2023, in "
                "github.com/Tuyet3005/DoAnCK_P4DS (commit 128bc5f); 2010-2021 the series "
                "revised after the 2019 census, 2021 preliminary",
     "licence": LICENCE},
    {"id": "nso-urban-rural-population-province", "publisher": GSO,
     "title": "Average population by urban and rural residence and by province "
              "(NSO PX-Web, population and labour tables), thousand persons",
     "edition": "2025", "url": NSO_URL,
     "carrier": "CSV extract of the NSO PX-Web table in "
                "github.com/amezaikupan/VN_population_dashboard (commit 54d9877); the "
                "series revised after the 2019 census; some names garbled in the copy",
     "licence": LICENCE},
    {"id": "nso-net-migration-province", "publisher": GSO,
     "title": "Net migration rate by province (NSO PX-Web, population and labour tables), "
              "per mille",
     "edition": "2025", "url": NSO_URL,
     "carrier": "CSV extract of the NSO PX-Web table in "
                "github.com/amezaikupan/VN_population_dashboard (commit 54d9877); "
                "2011-2016 equal GSO's 2018 English table of migration rates by province",
     "licence": LICENCE},
    {"id": "gso-vhlss-2018-income-source-province", "publisher": GSO,
     "title": "Monthly average income per capita by source of income and by province, "
              "2018 (Household Living Standards Survey 2018), thousand VND, current prices",
     "edition": "2019", "url": "https://www.gso.gov.vn/",
     "carrier": "CSV in github.com/non-ceterisparibus/Vietnam-development-map "
                "(geodata/thunhapbinhquan.csv, commit 1a41543; MIT licence for the "
                "repository), from Open Development Mekong's dataset "
                "'per-capita-income-by-province-in-2018-in-vietnam', itself from GSO",
     "licence": LICENCE},
    {"id": "nso-trained-share-province-2021", "publisher": GSO,
     "title": "Percentage of trained employed workers at 15 years of age and above by "
              "province (NSO PX-Web), revised series",
     "edition": "2021", "url": NSO_URL,
     "carrier": "CSV extract of the NSO PX-Web table as of mid-2021 in "
                "github.com/non-ceterisparibus/Vietnam-development-map "
                "(geodata/trained_employee15_vn.csv, commit 9d3ba65); 2010-2014 there are "
                "the series of GSO's 2018 edition, 2015-2018 the revised series (kept "
                "here: 2015-2018 only)",
     "licence": LICENCE},
    _e02("nso-employed-province-e0245",
         "Number of employed persons in the economy by province, table E02.45, "
         "thousand persons"),
    _e02("nso-unemployment-province-e0263",
         "Unemployment rate of labour force at working age by province, table E02.63, "
         "percent"),
    _e02("nso-productivity-province-e0258",
         "Labour productivity by province, table E02.58, million VND per employed "
         "person at current prices"),
    _e02("nso-trained-province-e0255",
         "Percentage of trained labour force at 15 years of age and above by "
         "province, table E02.55", years="2008-2023",
         note="; its 2015-2018 equal the revised series of 2021 "
              "(nso-trained-share-province-2021)"),
    {"id": "gso-yearbook-2018-insurance-overview", "publisher": GSO,
     "title": "Statistical Yearbook of Viet Nam 2018, overview of banking, insurance and "
              "the state budget: social, health and unemployment insurance participants, "
              "2017",
     "edition": "2019", "url": "https://pserver.gso.gov.vn/en/banking-insurance-and-state-budget/",
     "carrier": "Values transcribed exactly as printed from the page (data-candidates "
                "folder transcribed-insurance-points)",
     "licence": LICENCE},
]


def _slug(path: Path, name: str, row: object) -> str:
    try:
        return regions.slug_for(name)
    except regions.UnknownGeography as exc:
        fail(path, str(exc), row)


NOT_KER = {g.slug for g in regions.all_geographies() if g.kind != "ker"}
PROVINCES = {g.slug for g in regions.provinces()}


# --- labour force aged 15+ (V02.34) ----------------------------------------------------

def labour_force() -> list[dict]:
    """Labour force aged 15+ (thousand persons), country, six regions and 63 provinces,
    2010-2021 of the revised series ("Sơ bộ 2021" = preliminary). 2021 is on the labour
    force survey's definitions of that year (the 19th ICLS: people producing only for
    their own use are no longer in the labour force; the country's 50,560.5 is GSO's
    survey headline on the new basis), so it is a vintage of its own (:data:`ICLS19`).
    The JSON-stat cube is read by its own dimension order (place, year); Ha Tay (to
    2007) has no figure."""
    if not LABOUR.exists():
        fail(LABOUR, "the candidate file is missing")
    cube = json.loads(LABOUR.read_text(encoding="utf-8"))["dataset"]
    if not cube["label"].startswith("Lực lượng lao động từ 15 tuổi trở lên phân theo địa phương"):
        fail(LABOUR, f"title {cube['label']!r} is not table V02.34")
    if cube["dimension"]["id"] != ["Địa phương", "Năm"]:
        fail(LABOUR, f"dimensions {cube['dimension']['id']}, expected place then year")
    places = cube["dimension"]["Địa phương"]["category"]["label"]
    years = cube["dimension"]["Năm"]["category"]["label"]
    n_years = len(years)
    rows, seen = [], set()
    for pi, place in places.items():
        for yi, label in years.items():
            preliminary = label.startswith("Sơ bộ")
            year = int(label.replace("Sơ bộ", "").strip())
            if not FIRST_YEAR <= year <= LAST_YEAR:
                continue
            value = cube["value"][int(pi) * n_years + int(yi)]
            if value is None:
                if place == "Hà Tây":  # merged into Ha Noi in 2008
                    continue
                fail(LABOUR, f"no figure for {label}", place)
            geo = _slug(LABOUR, place, place)
            if not 0 < value < 100_000:
                fail(LABOUR, f"{value} for {label} is outside 0-100,000", place)
            if (geo, year) in seen:
                fail(LABOUR, f"{geo} appears twice in {year}", place)
            seen.add((geo, year))
            rows.append({"geo": geo, "year": year,
                         "vintage": ICLS19 if year >= 2021 else REVISED,
                         # the export carries float noise (4124.6220000007): the table
                         # prints at most three decimals
                         "value": fmt(round(value, 3)),
                         "status": "preliminary" if preliminary else "final",
                         "source": "nso-labour-force-province-v0234"})
    require_every(LABOUR, seen, NOT_KER)
    return rows


# --- urban and rural population, net migration ----------------------------------------------

#: Names the carrier garbled (its README says the text was "preprocessed using pandas"),
#: read by hand; "Country" is its name for the whole country.
GARBLED = {
    "Country": "whole-country",
    "Ho\ufffd B\ufffdnh": "hoa-binh",
    "Thanh Ho\ufffd": "thanh-hoa",
    "Kh\ufffdnh Ho\ufffd": "khanh-hoa",
    "TP.H? Ch\ufffd Minh": "ho-chi-minh-city",
    "B?c Trung B? v\ufffd Duy\ufffdn h?i mi?n Trung": "north-central-and-central-coast",
}
RESIDENCE = {"City": "urban", "Countryside": "rural"}


def _read_csv(path: Path) -> list[dict]:
    if not path.exists():
        fail(path, "the candidate file is missing")
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        return list(csv.DictReader(fh))


def urban_population() -> list[dict]:
    """Average urban and rural population (thousand persons), country, six regions and
    63 provinces, 2011-2022 (later years are outside the book's period)."""
    rows, seen = [], set()
    for i, r in enumerate(_read_csv(URBAN), start=2):
        year = int(r["Year"])
        name = r["Province"].strip()
        if not FIRST_YEAR <= year <= LAST_YEAR or name == "Hà Tây":
            continue
        if r["Location"] not in RESIDENCE:
            fail(URBAN, f"unknown residence {r['Location']!r}", i)
        geo = GARBLED.get(name) or _slug(URBAN, name, i)
        if r["Value"].strip() in ("..", ""):
            fail(URBAN, f"no figure for {year}", i)
        value = float(r["Value"])
        if not 0 <= value < 100_000:
            fail(URBAN, f"{value} is outside 0-100,000", i)
        residence = RESIDENCE[r["Location"]]
        if (geo, year, residence) in seen:
            fail(URBAN, f"{geo} {residence} appears twice in {year}", i)
        seen.add((geo, year, residence))
        rows.append({"geo": geo, "year": year, "residence": residence, "vintage": REVISED,
                     "value": fmt(value), "status": "final",
                     "source": "nso-urban-rural-population-province"})
    for residence in RESIDENCE.values():
        require_every(URBAN, {(g, y) for g, y, r in seen if r == residence}, NOT_KER)
    return rows


def net_migration() -> list[dict]:
    """Net migration rate (per mille) of the 63 provinces (and the Central Highlands,
    the one region the carrier kept), 2011-2022."""
    rows, seen = [], set()
    for i, r in enumerate(_read_csv(MIGRATION), start=2):
        year = int(r["Year"])
        if not FIRST_YEAR <= year <= LAST_YEAR:
            continue
        geo = _slug(MIGRATION, r["Province"].strip(), i)
        value = float(r["Net_Migration_Rate"])
        if not -100 <= value <= 100:
            fail(MIGRATION, f"{value} is outside -100 to 100 per mille", i)
        if (geo, year) in seen:
            fail(MIGRATION, f"{geo} appears twice in {year}", i)
        seen.add((geo, year))
        rows.append({"geo": geo, "year": year, "value": fmt(value), "status": "final",
                     "source": "nso-net-migration-province"})
    require_every(MIGRATION, seen, PROVINCES)
    return rows


# --- income per head by source, 2018 -----------------------------------------------------------

INCOME_COLUMNS = {"income_total_average": "total", "income_salary": "wages",
                  "income_agri": "agriculture", "income_non_agri": "non_farm",
                  "income_others": "other"}


def income_by_source() -> list[dict]:
    """Monthly income per head in 2018 (thousand VND) of the 63 provinces, in total and
    by source; the four sources must add up to the total within 2 (GSO's rounding)."""
    rows, seen = [], set()
    by_code = {g.gso_code: g.slug for g in regions.provinces()}
    for i, r in enumerate(_read_csv(INCOME), start=2):
        geo = _slug(INCOME, r["Name_EN"].strip(), i)
        if by_code.get(r["Code"].zfill(2)) != geo:
            fail(INCOME, f"code {r['Code']} is not {geo}'s", i)
        if geo in seen:
            fail(INCOME, f"{geo} appears twice", i)
        seen.add(geo)
        values = {}
        for column, part in INCOME_COLUMNS.items():
            value = float(r[column])
            if not 0 <= value < 100_000:
                fail(INCOME, f"{column} {value} is outside 0-100,000", i)
            values[part] = value
        parts = sum(v for k, v in values.items() if k != "total")
        if abs(parts - values["total"]) > 2:
            fail(INCOME, f"the sources add up to {parts}, the total is {values['total']}", i)
        rows += [{"geo": geo, "year": 2018, "income_source": part, "value": fmt(value),
                  "status": "final", "source": "gso-vhlss-2018-income-source-province"}
                 for part, value in values.items()]
    require_every(INCOME, {(g, 2018) for g in seen}, PROVINCES)
    return rows


# --- trained share, revised series ----------------------------------------------------------------

def trained_share() -> list[dict]:
    """Trained share of employed workers aged 15+ (%) of the 63 provinces, 2015-2018: the
    revised series of the file (its 2010-2014 are GSO's 2018 edition, held already from
    that edition; the two are never one line); then NSO's E02.55 for 2019-2022
    (:func:`trained_share_2019`)."""
    rows, seen = [], set()
    by_code = {g.gso_code: g.slug for g in regions.provinces()}
    for i, r in enumerate(_read_csv(TRAINED), start=2):
        year = int(r["year"])
        if year < 2015:
            continue
        geo = _slug(TRAINED, r["Name"].strip(), i)
        if by_code.get(r["Code"].zfill(2)) != geo:
            fail(TRAINED, f"code {r['Code']} is not {geo}'s", i)
        value = float(r["percentage"])
        if not 0 <= value <= 100:
            fail(TRAINED, f"{value} is outside 0-100", i)
        if (geo, year) in seen:
            fail(TRAINED, f"{geo} appears twice in {year}", i)
        seen.add((geo, year))
        rows.append({"geo": geo, "year": year, "vintage": REVISED, "value": fmt(value),
                     "status": "final", "source": "nso-trained-share-province-2021"})
    require_every(TRAINED, seen, PROVINCES)
    return rows + trained_share_2019()


# --- NSO's English labour tables by province (E02.xx), 2018-2022 ------------------------------

def _e_table(name: str) -> list[tuple[str, int, bool, float, int]]:
    """(row label, year, preliminary, value, row number) of an E02.xx export: title in the
    first row, years in the third ("Prel. 2024" = preliminary), one row per place."""
    file, table_id, title = E_TABLES[name]
    path = FOUND / file
    if not path.exists():
        fail(path, "the source file is missing")
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    if book.sheetnames != [table_id]:
        fail(path, f"sheets {book.sheetnames}, expected [{table_id!r}]")
    rows = list(book[table_id].iter_rows(values_only=True))
    if not str(rows[0][0]).startswith(title):
        fail(path, f"title {rows[0][0]!r} is not {title!r}")
    years = [(str(h).startswith("Prel."), int(float(str(h).replace("Prel.", "").strip())))
             for h in rows[2][1:]]
    cells = []
    for i, row in enumerate(rows[3:], start=4):
        if row[0] is None:
            continue
        for (prel, year), value in zip(years, row[1:]):
            if value is None or value == "..":
                fail(path, f"no figure for {year}", i)
            cells.append((str(row[0]).strip(), year, prel, float(value), i))
    return cells


#: From 2021 NSO's labour force survey follows the 19th ICLS definitions (own-use
#: producers leave the labour force), so 2021-2022 are a vintage apart from 2018-2020.
def _labour_vintage(year: int) -> str:
    return ICLS19 if year >= 2021 else REVISED


def e_rows(name: str, source: str, lo: float, hi: float, first: int = 2018,
           provinces_only: bool = False) -> list[dict]:
    """One E02.xx table: the country, six regions and 63 provinces, ``first``-2022."""
    path = FOUND / E_TABLES[name][0]
    rows, seen = [], set()
    for label, year, prel, value, i in _e_table(name):
        if not first <= year <= LAST_YEAR:
            continue
        geo = _slug(path, label, i)
        if provinces_only and not regions.get(geo).is_province:
            continue
        if not lo <= value <= hi:
            fail(path, f"{value} for {year} is outside {lo}-{hi}", i)
        if (geo, year) in seen:
            fail(path, f"{geo} appears twice in {year}", i)
        seen.add((geo, year))
        rows.append({"geo": geo, "year": year, "vintage": _labour_vintage(year),
                     "value": fmt(round(value, 3)),
                     "status": "preliminary" if prel else "final", "source": source})
    require_every(path, seen, PROVINCES if provinces_only else NOT_KER)
    return rows


def employed_persons() -> list[dict]:
    return e_rows("employed", "nso-employed-province-e0245", 0, 100_000)


def unemployment_province() -> list[dict]:
    return e_rows("unemployment", "nso-unemployment-province-e0263", 0, 100)


def productivity_province() -> list[dict]:
    return e_rows("productivity", "nso-productivity-province-e0258", 0, 10_000)


def trained_share_2019() -> list[dict]:
    """E02.55's 2019-2022 for the provinces (its 2015-2018 are the revised series already
    held, checked equal in the tests; its years from 2021 on the new definitions), and
    the whole country's and the six GSO regions' 2015-2022 as GSO prints them: the book
    shows a publisher's figure for a geography before any figure of its own."""
    source = "nso-trained-province-e0255"
    provinces = e_rows("trained", source, 0, 100, first=2019, provinces_only=True)
    printed = [r for r in e_rows("trained", source, 0, 100, first=2015)
               if not regions.get(r["geo"]).is_province]
    return provinces + printed


# --- insurance participants, 2017 ----------------------------------------------------------------

PARTICIPANTS = {"Social insurance participants": "social",
                "Health insurance participants": "health",
                "Unemployment insurance participants": "unemployment"}


def insurance_2017() -> list[dict]:
    """GSO's national participants of 2017 (thousand persons), as the yearbook prints
    them ("13,820.4": comma = thousands separator in the English page)."""
    rows = []
    for i, r in enumerate(_read_csv(INSURANCE), start=2):
        if r["geography"] != "Whole country" or r["indicator"] not in PARTICIPANTS:
            continue
        if r["unit"] != "thousand persons" or r["year"] != "2017":
            fail(INSURANCE, f"unit {r['unit']!r}, year {r['year']!r}: expected thousand "
                            "persons in 2017", i)
        value = float(r["value_as_printed"].replace(",", ""))
        rows.append({"geo": "whole-country", "year": 2017, "measure": "insured",
                     "scheme": PARTICIPANTS[r["indicator"]], "unit": "thousand persons",
                     "value": fmt(value), "status": "final",
                     "source": "gso-yearbook-2018-insurance-overview"})
    if len(rows) != len(PARTICIPANTS):
        fail(INSURANCE, f"{len(rows)} national participant rows, expected {len(PARTICIPANTS)}")
    return rows


# --- schemas and sources --------------------------------------------------------------------------

def _field(name: str, kind: str = "string", description: str | None = None, *,
           unit: str | None = None, **constraints) -> dict:
    return package.field(name, kind, description, required=True, unit=unit, **constraints)


GEO = _field("geo", description="Geography slug (data/geographies.csv)")
VINTAGE = _field("vintage", description="post-2019-census: the series NSO revised after "
                 "the 2019 census (the vintage of the population table's post-2019-census "
                 "rows)", enum=[REVISED])
LABOUR_VINTAGE = _field(
    "vintage", description="post-2019-census: 2018-2020, the labour force survey's "
    "definitions before 2021; icls-19: 2021 on, the survey's new definitions (19th ICLS: "
    "people producing only for their own use are not employed). Never one line",
    enum=[REVISED, ICLS19])
LABOUR_NOTE = (" From 2021 the labour force survey follows the 19th ICLS definitions, which "
               "leave out people producing only for their own use: 2021-2022 are a vintage "
               "apart from 2018-2020 (the country's employed persons: 53,609.6 thousand in "
               "2020, 49,072.0 in 2021). Country, six GSO regions and 63 provinces, "
               "2018-2022 (later years are outside the book's period).")
STATUS = _field("status", description="final; preliminary (NSO's 'Sơ bộ')",
                enum=["final", "preliminary"])
SOURCE = _field("source", description="Source id (data/sources.csv)")


def _resource(name: str, title: str, description: str, source: str, fields: list[dict],
              key: list[str]) -> dict:
    row = next(s for s in SOURCES if s["id"] == source)
    return package.resource(
        name, title, description, fields, key, [package.GEO_FK, package.SOURCE_FK],
        [{"title": f"{row['publisher']}, {row['title']}", "path": row["url"]}],
        [{"name": "GSO-public", "title": "GSO official statistics, free to reuse with "
                                         "attribution"}])


def schemas() -> list[dict]:
    return [
        _resource(
            "urban_population", "Average urban and rural population by province",
            "Average population living in urban and in rural areas (thousand persons), for "
            "the country, the six GSO regions and the 63 provinces, 2011-2022, in the "
            "series NSO revised after the 2019 census. Urban plus rural comes within 0.1 "
            "thousand of the population table's post-2019-census figure in 94 % of "
            "geography-years and within 7 thousand in all (the two extracts are of "
            "different dates; Ha Tinh 2022 differs most). Jumps in a province's urban "
            "population (Ha Noi 2013-2014) come from the reclassification of areas as "
            "urban, not from migration.",
            "nso-urban-rural-population-province",
            [GEO, _field("year", "integer", minimum=2011, maximum=LAST_YEAR),
             _field("residence", enum=["urban", "rural"]), VINTAGE,
             _field("value", "number", unit="thousand persons", minimum=0), STATUS, SOURCE],
            ["geo", "year", "residence", "vintage"]),
        _resource(
            "net_migration", "Net migration rate by province",
            "Net migration rate (in-migrants less out-migrants per 1,000 people of the "
            "average population), 63 provinces and the Central Highlands, 2011-2022 (NSO's "
            "Population Change and Family Planning Surveys and the 2019 census). NSO "
            "publishes no in- and out-migration split in this table.",
            "nso-net-migration-province",
            [GEO, _field("year", "integer", minimum=2011, maximum=LAST_YEAR),
             _field("value", "number", unit="per mille", minimum=-100, maximum=100),
             STATUS, SOURCE],
            ["geo", "year"]),
        _resource(
            "income_by_source", "Monthly income per head by source, 2018",
            "Monthly average income per head at current prices (thousand VND), 63 "
            "provinces, from the 2018 Household Living Standards Survey, in total and by "
            "source: wages and salaries, agriculture, forestry and fishery, non-farm "
            "self-employment, and other income. The four sources add up to the total "
            "within 2 thousand VND (rounding). No quintiles: GSO's income by quintile and "
            "province ends with the 2016 survey in the public tables.",
            "gso-vhlss-2018-income-source-province",
            [GEO, _field("year", "integer", minimum=2018, maximum=2018),
             _field("income_source", enum=list(INCOME_COLUMNS.values())),
             _field("value", "number", unit="thousand VND per month", minimum=0),
             STATUS, SOURCE],
            ["geo", "year", "income_source"]),
        _resource(
            "employed_persons", "Employed persons by province",
            "Employed persons in the economy (thousand), NSO table E02.45, from the labour "
            "force survey." + LABOUR_NOTE + " In 2018 the employed persons of Ha Noi, Vinh "
            "Phuc and Hung Yen exceed their labour force in table V02.34 (Ha Noi 4,098.9 "
            "against 4,064.8 thousand), so E02.45's 2018 figures are not on V02.34's "
            "population frame; the book never divides one table by the other.",
            "nso-employed-province-e0245",
            [GEO, _field("year", "integer", minimum=2018, maximum=LAST_YEAR), LABOUR_VINTAGE,
             _field("value", "number", unit="thousand persons", minimum=0), STATUS, SOURCE],
            ["geo", "year", "vintage"]),
        _resource(
            "unemployment_province", "Unemployment rate by province",
            "Unemployment rate of the labour force at working age (%), NSO table E02.63 "
            "(GSO's 2018 edition published it for the country and regions only, 2014-2016: "
            "the unemployment table)." + LABOUR_NOTE, "nso-unemployment-province-e0263",
            [GEO, _field("year", "integer", minimum=2018, maximum=LAST_YEAR), LABOUR_VINTAGE,
             _field("value", "number", unit="% of the labour force at working age",
                    minimum=0, maximum=100), STATUS, SOURCE],
            ["geo", "year", "vintage"]),
        _resource(
            "productivity_province", "Labour productivity by province",
            "Labour productivity (GRDP at current prices per employed person, million VND), "
            "NSO table E02.58: GRDP of the revised series over the employed persons of "
            "table E02.45." + LABOUR_NOTE, "nso-productivity-province-e0258",
            [GEO, _field("year", "integer", minimum=2018, maximum=LAST_YEAR), LABOUR_VINTAGE,
             _field("value", "number", unit="million VND per employed person, current prices",
                    minimum=0), STATUS, SOURCE],
            ["geo", "year", "vintage"]),
    ]


def write_sources() -> None:
    replace_sources(SOURCES)


READERS = {"urban_population": urban_population, "net_migration": net_migration,
           "income_by_source": income_by_source, "employed_persons": employed_persons,
           "unemployment_province": unemployment_province,
           "productivity_province": productivity_province}


def main(names: list[str]) -> None:
    specs = {r["name"]: r for r in schemas()}
    for name in names or list(READERS):
        schema = specs[name]["schema"]
        write_table(name, [f["name"] for f in schema["fields"]], READERS[name](),
                    key=schema["primaryKey"])
    write_sources()
    package.update(schemas(), DESCRIPTOR)


if __name__ == "__main__":
    main(sys.argv[1:])
