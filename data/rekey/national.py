"""Re-key the national and provincial public tables the book compares regions with:
province boundaries (geoBoundaries), GRDP per head by province and the post-census
population by province (GSO/NSO PX-Web), national accounts, population and labour
(GSO's National Summary Data Page, SDMX) and World Bank indicators for Viet Nam.

Run from the repository root: ``python -m rekey.national``. It needs the folder
``../shared/data-candidates`` (copies of the publishers' files; SOURCE.txt in each
says where they come from). It writes the tidy tables, ``boundaries/provinces.geojson``
and their schemas in ``datapackage.json`` (replacing or adding only its own
resources, as ``package.py`` does). The book reads only what it writes.

Every reading fails loudly: an unknown place name, a province missing or twice, a
value that does not parse, a year outside the expected range stop the script with
the file and the row.
"""
from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from analysis.data import regions
from rekey import press, pxweb
from rekey.common import CANDIDATES, HERE, RekeyError, fail, write_table
from rekey.common import DATA as OUT
WB_LAST_UPDATED = "2025-10-07"


def fmt(value: float) -> str:
    """A number as the CSV stores it: the shortest text that reads back as the same
    float (the publisher's digits), integers without a decimal point."""
    return f"{value:.0f}" if value == int(value) and abs(value) < 1e15 else repr(value)


def write(name: str, fields: list[str], rows: list[dict]) -> None:
    """A table in the order the rows are made (the registry's order)."""
    write_table(name, fields, rows)


# --- sources ------------------------------------------------------------------------------

GSO = "General Statistics Office of Viet Nam (GSO)"
GSO_LICENCE = "GSO official statistics (public)"
SOURCES = [
    {"id": "geoboundaries-vnm-adm1", "publisher": "geoBoundaries (William & Mary geoLab)",
     "title": "geoBoundaries gbOpen, Viet Nam ADM1: provinces (boundary VNM-ADM1-63759600)",
     "edition": "2023", "url": "https://www.geoboundaries.org/",
     "carrier": "Simplified GeoJSON copied unchanged in the vnmap R package "
                "(github.com/ura8107/vnmap, commit dfc51f8); build of 12 December 2023",
     "licence": "Public domain (geoBoundaries contributors), as the vnmap package's "
                "COPYRIGHTS records for this build; an older build (VNM-ADM1-84948121) was "
                "CC BY-SA 4.0. Cite Runfola et al. (2020)"},
 {"id": "nso-grdp-per-capita-province", "publisher": GSO,
     "title": "GRDP per capita by province (Tổng sản phẩm trên địa bàn bình quân đầu người "
              "phân theo địa phương), million VND at current prices",
     "edition": "", "url": "https://www.nso.gov.vn/en/statistical-data/",
     "carrier": "Extract of the NSO PX-Web table, 2018-2022 (2022 preliminary), in "
                "github.com/DSTai/web-based-interactive-visualization (provinces: commit "
                "5a0337e; GSO regions: commit 64357ec); the copy does not record the "
                "download date",
     "licence": GSO_LICENCE},
    {"id": "nso-population-area-province", "publisher": GSO,
     "title": "Area, population and population density by province (Diện tích, dân số và "
              "mật độ dân số phân theo địa phương), average population in thousand persons",
     "edition": "", "url": "https://www.nso.gov.vn/en/statistical-data/",
     "carrier": "Extract of the NSO PX-Web table, 2011-2022 (series revised after the 2019 "
                "census), in github.com/DSTai/web-based-interactive-visualization (provinces: "
                "commit 5a0337e; country and regions: commit 64357ec)",
     "licence": GSO_LICENCE},
    {"id": "gso-nsdp-national-accounts", "publisher": GSO,
     "title": "National Summary Data Page (IMF e-GDDS): national accounts, GDP at current "
              "and constant 2010 prices (SDMX file GDPVNM)",
     "edition": "", "url": "https://nsdp.gso.gov.vn/",
     "carrier": "SDMX file as parsed in github.com/thanhqtran/gso-macro-monitor "
                "(extracted_database.json, commit 21acee6 of 28 January 2026), flattened to "
                "CSV without changing values",
     "licence": GSO_LICENCE},
    {"id": "gso-nsdp-population", "publisher": GSO,
     "title": "National Summary Data Page (IMF e-GDDS): population, total, by sex, urban "
              "and rural, and by socio-economic region (SDMX file POPVNM)",
     "edition": "", "url": "https://nsdp.gso.gov.vn/",
     "carrier": "SDMX file as parsed in github.com/thanhqtran/gso-macro-monitor "
                "(extracted_database.json, commit 21acee6 of 28 January 2026), flattened to "
                "CSV without changing values",
     "licence": GSO_LICENCE},
    {"id": "gso-nsdp-labour", "publisher": GSO,
     "title": "National Summary Data Page (IMF e-GDDS): labour market, quarterly Labour "
              "Force Survey results (SDMX file LMIVNM)",
     "edition": "", "url": "https://nsdp.gso.gov.vn/",
     "carrier": "SDMX file as parsed in github.com/thanhqtran/gso-macro-monitor "
                "(extracted_database.json, commit 21acee6 of 28 January 2026), flattened to "
                "CSV without changing values",
     "licence": GSO_LICENCE},
 {"id": "wb-wdi-2025", "publisher": "World Bank",
     "title": "World Development Indicators: Viet Nam (poverty and inequality from the "
              "Poverty and Inequality Platform; labour from ILO modelled estimates)",
     "edition": "2025", "url": "https://databank.worldbank.org/source/world-development-indicators",
     "carrier": "World Bank Indicators API v2 responses for VNM (last updated "
                f"{WB_LAST_UPDATED}) copied unchanged in github.com/Luna777247/dragon-fly-data "
                "(commit eb2b889)",
     "licence": "CC BY 4.0"},
]


# --- 1. province boundaries -------------------------------------------------------------

GEO_DIR = CANDIDATES / "geo-vnmap"
BOUNDARIES_IN = GEO_DIR / "geoBoundaries-VNM-ADM1_simplified.geojson"
BOUNDARIES_OUT = OUT / "boundaries" / "provinces.geojson"
BOUNDARIES_MAX_BYTES = 300_000
DECIMALS = 3

#: Features of the geoBoundaries file that are not provinces of their own, with the
#: province they belong to (the Con Dao islands are a district of Ba Ria-Vung Tau).
PART_OF = {"Côn Đảo": "ba-ria-vung-tau"}


def _ring(ring: list, decimals: int) -> list | None:
    """A ring rounded to ``decimals``, consecutive repeats dropped; None when fewer
    than three distinct corners are left (an islet below the rounding)."""
    out: list[list[float]] = []
    for lon, lat in ring:
        point = [round(lon, decimals), round(lat, decimals)]
        if not out or point != out[-1]:
            out.append(point)
    if out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def _polygons(geometry: dict) -> list[list]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    raise ValueError(f"unexpected geometry type {geometry['type']}")


def _simplify(polygons: list[list], decimals: int) -> list[list]:
    out = []
    for polygon in polygons:
        rings = [_ring(r, decimals) for r in polygon]
        if rings[0] is None:          # the outer ring vanished: drop the islet
            continue
        out.append([rings[0]] + [r for r in rings[1:] if r is not None])
    return out


def boundaries(decimals: int = DECIMALS) -> dict:
    """The 63 provinces of the geographies registry as a GeoJSON FeatureCollection.

    Each feature is keyed to its province slug (names mapped with
    ``regions.slug_for``; the ISO 3166-2 code must agree with the registry's),
    coordinates are rounded to ``decimals`` (about 100 m at 3), and ring orientation
    is kept as published (RFC 7946: outer rings counter-clockwise).
    """
    source = json.loads(BOUNDARIES_IN.read_text(encoding="utf-8"))
    parts: dict[str, list] = {}
    shape_ids: dict[str, list[str]] = {}
    main: dict[str, int] = {}
    for n, feature in enumerate(source["features"], start=1):
        props = feature["properties"]
        name = props["shapeName"].strip()
        try:
            slug = PART_OF.get(name) or regions.slug_for(name)
        except regions.UnknownGeography as exc:
            fail(BOUNDARIES_IN, f"feature {n}: {exc}")
        geo = regions.get(slug)
        if not geo.is_province:
            fail(BOUNDARIES_IN, f"feature {n}: {name!r} is a {geo.kind}, not a province")
        if props.get("shapeISO") != geo.iso:
            fail(BOUNDARIES_IN, f"feature {n}: {name!r} has ISO code {props.get('shapeISO')!r}, "
                 f"the registry gives {geo.iso!r} for {slug}")
        if name not in PART_OF:
            if slug in main:
                fail(BOUNDARIES_IN, f"feature {n}: a second feature for {slug} ({name!r}; "
                     f"the first was feature {main[slug]})")
            main[slug] = n
        parts.setdefault(slug, []).extend(_polygons(feature["geometry"]))
        shape_ids.setdefault(slug, [])
        shape_ids[slug].append(props["shapeID"])
    expected = [p.slug for p in regions.provinces()]
    missing = [s for s in expected if s not in main]
    if missing or len(main) != len(expected):
        fail(BOUNDARIES_IN, f"provinces without a boundary: {', '.join(missing) or 'none'}; "
             f"{len(main)} provinces found, {len(expected)} expected")
    features = []
    for slug in expected:
        polygons = _simplify(parts[slug], decimals)
        geometry = ({"type": "Polygon", "coordinates": polygons[0]} if len(polygons) == 1
                    else {"type": "MultiPolygon", "coordinates": polygons})
        geo = regions.get(slug)
        features.append({"type": "Feature",
                         "properties": {"geo": slug, "name": geo.name_ascii, "iso": geo.iso,
                                        "shape_ids": shape_ids[slug]},
                         "geometry": geometry})
    return {"type": "FeatureCollection",
            "source": "geoboundaries-vnm-adm1",
            "note": ("geoBoundaries gbOpen VNM ADM1 (boundary 63759600, build 12 Dec 2023), "
                     "63 provinces before the 2025 merger; Con Dao merged into Ba Ria-Vung "
                     f"Tau; coordinates rounded to {decimals} decimals"),
            "features": features}


def write_boundaries() -> None:
    collection = boundaries()
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n"
    size = len(text.encode("utf-8"))
    if size > BOUNDARIES_MAX_BYTES:
        fail(BOUNDARIES_OUT, f"{size} bytes, over the limit of {BOUNDARIES_MAX_BYTES}: "
             "round to fewer decimals")
    BOUNDARIES_OUT.parent.mkdir(exist_ok=True)
    BOUNDARIES_OUT.write_text(text, encoding="utf-8")
    print(f"{BOUNDARIES_OUT.relative_to(OUT)}: {len(collection['features'])} provinces, "
          f"{size} bytes")


# --- 2. GRDP per head and population by province (GSO/NSO PX-Web extracts) ---------------

PX_DIR = CANDIDATES / "gso-pxweb-dstai"
GRDP_YEARS = range(2018, 2023)
GRDP_PRELIMINARY = {2022}        # "Sơ bộ" in the table's header (SOURCE.txt)
POPULATION_YEARS = range(2011, 2023)
GRDP_UNIT = "million VND per person, current prices"


def _province_by_code(path: Path, row: int, code: str, name: str) -> str:
    """The slug of a GSO province code, checked against the printed name."""
    by_code = {p.gso_code: p.slug for p in regions.provinces()}
    slug = by_code.get(code.strip().zfill(2))
    if slug is None:
        fail(path, f"unknown GSO province code {code!r} ({name!r})", row)
    try:
        named = regions.slug_for(name)
    except regions.UnknownGeography as exc:
        fail(path, str(exc), row)
    if named != slug:
        fail(path, f"code {code} is {slug} in the registry but the row names {name!r}", row)
    return slug


def _number(path: Path, row: int, column: str, raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        fail(path, f"column {column!r}: {raw!r} is not a number", row)
    return value


def _province_files(folder: str, stem: str, years: range, column: str) -> dict:
    """{(slug, year): value} from one file per year, each with all 63 provinces once."""
    out = {}
    for year in years:
        path = PX_DIR / folder / f"{stem}_{year}.csv"
        if not path.exists():
            fail(path, "the file is missing")
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
        seen = {}
        for n, r in enumerate(rows, start=2):
            name = r.get("Name") or r.get("name")
            slug = _province_by_code(path, n, r["code"], name)
            if slug in seen:
                fail(path, f"{slug} appears twice (rows {seen[slug]} and {n})", n)
            seen[slug] = n
            out[(slug, year)] = _number(path, n, column, r[column])
        missing = sorted({p.slug for p in regions.provinces()} - set(seen))
        if missing:
            fail(path, "provinces missing: " + ", ".join(missing))
    return out


GRDP_WIDE = PX_DIR / "grdp_wide_64357ec.csv"
POP_WIDE = PX_DIR / "population_wide_64357ec.csv"
#: Names of the wide files that differ from the registry's spellings (typos of the copy).
WIDE_TYPOS = {"Hai Phuong": "hai-phong"}


def _grdp_wide() -> dict:
    """{(slug, year): value} of the wide GRDP file (provinces and GSO regions)."""
    out = {}
    with open(GRDP_WIDE, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for n, r in enumerate(rows, start=2):
        name = r["Name"]
        try:
            slug = WIDE_TYPOS.get(name) or regions.slug_for(name)
        except regions.UnknownGeography as exc:
            fail(GRDP_WIDE, str(exc), n)
        for year in GRDP_YEARS:
            out[(slug, year)] = _number(GRDP_WIDE, n, str(year), r[str(year)])
    return out


def grdp_per_capita() -> list[dict]:
    """GRDP per head by province (per-year files) and GSO region (wide file), 2018-2022.

    The province values of the wide file must equal the per-year files'."""
    provinces = _province_files("grdp", "grdp", GRDP_YEARS, "grdp")
    wide = _grdp_wide()
    for key, value in provinces.items():
        if wide.get(key) != value:
            fail(GRDP_WIDE, f"{key[0]} {key[1]}: {wide.get(key)} here, {value} in the "
                 "per-year file")
    values = dict(provinces)
    for (slug, year), value in wide.items():
        if regions.get(slug).kind == "gso-region":
            values[(slug, year)] = value
    kinds = {g.slug: i for i, g in enumerate(regions.all_geographies())}
    return [{"geo": slug, "year": year, "value": fmt(value), "unit": GRDP_UNIT,
             "status": "preliminary" if year in GRDP_PRELIMINARY else "final",
             "source": "nso-grdp-per-capita-province"}
            for (slug, year), value in sorted(values.items(), key=lambda kv: (
                kinds[kv[0][0]], kv[0][1]))]


#: The aggregate rows of the wide population file. Its names were decoded with the
#: wrong code page ('CẢ NƯỚC' reads 'C? NU?C'), so they are matched by pattern on
#: the Latin-1 reading, and each is checked against the sum of its provinces.
POP_AGGREGATES = [
    (r"^C\? NU\?C$", "whole-country"),
    (r"s.ng H\?ng$", "red-river-delta"),
    (r"^Trung du v. mi\?n n.i ph.a B\?c$", "northern-midlands-and-mountains"),
    (r"^B\?c Trung B\? v. Duy.n h\?i mi\?n Trung$", "north-central-and-central-coast"),
    (r"^T.y Nguy.n$", "central-highlands"),
    (r"^..ng Nam B\?$", "southeast"),
    (r"s.ng C\?u Long$", "mekong-river-delta"),
]


def _population_aggregates(provinces: dict) -> dict:
    with open(POP_WIDE, encoding="latin-1", newline="") as fh:
        lines = list(csv.reader(fh))
    header = lines[2]
    columns = {}
    for i, head in enumerate(header):
        m = re.match(r"(\d{4})(?: \(\*\))? D.n s\? trung b.nh", head)
        if m:
            columns[int(m.group(1))] = i
    if sorted(columns) != list(POPULATION_YEARS):
        fail(POP_WIDE, f"average-population columns for {sorted(columns)}, expected "
             f"{POPULATION_YEARS.start}-{POPULATION_YEARS.stop - 1}", 3)
    out = {}
    for n, row in enumerate(lines[3:], start=4):
        label = row[0].strip()
        hits = [slug for pattern, slug in POP_AGGREGATES if re.search(pattern, label)]
        if len(hits) > 1:
            fail(POP_WIDE, f"{label!r} matches {hits}", n)
        if not hits:
            continue
        slug = hits[0]
        if any(k[0] == slug for k in out):
            fail(POP_WIDE, f"a second row for {slug}", n)
        for year, i in columns.items():
            value = _number(POP_WIDE, n, header[i], row[i])
            members = [p.slug for p in regions.members(slug)]
            total = sum(provinces[(m, year)] for m in members)
            if abs(total - value) > 0.5 + 1e-4 * value:
                fail(POP_WIDE, f"{slug} {year}: {value} is not the sum of its provinces "
                     f"({total:.2f})", n)
            out[(slug, year)] = value
    found = {k[0] for k in out}
    if found != {slug for _, slug in POP_AGGREGATES}:
        fail(POP_WIDE, "aggregate rows missing: " + ", ".join(
            sorted({slug for _, slug in POP_AGGREGATES} - found)))
    return out


def population_post_census() -> list[dict]:
    """Average population (thousand) of the series revised after the 2019 census:
    provinces from the per-year files, the country and GSO regions from the wide
    file (rows checked against the sum of their provinces), 2011-2022."""
    provinces = _province_files("population", "population", POPULATION_YEARS, "population")
    values = dict(provinces)
    values.update(_population_aggregates(provinces))
    return [{"geo": slug, "year": year, "vintage": "post-2019-census", "value": fmt(value),
             "status": "final", "source": "nso-population-area-province"}
            for (slug, year), value in values.items()]


def write_population() -> None:
    """Add the post-census rows to population.csv after the other vintages' rows,
    which stay as they are, in their order."""
    path = OUT / "population.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = reader.fieldnames
        kept = [r for r in reader if r["vintage"] != "post-2019-census"]
    mine = sorted(population_post_census(), key=lambda r: (r["geo"], r["year"]))
    write("population.csv", fields, kept + mine)


# --- 2. national accounts, population and labour (GSO NSDP, SDMX) -----------------------

NSDP = CANDIDATES / "gso-nsdp-sdmx-thanhqtran" / "nsdp_sdmx_nag_pop_lmi_long.csv"
#: GDP was re-evaluated by GSO in 2019-2021 from 2010 on; the earlier years of the
#: file (2000-2009) are on the old basis (2009 current GDP 1,809,149 bn VND; 2010
#: revised 2,739,843): they are left out.
GDP_YEARS = range(2010, 2025)
GDP_CODES = {"NGDP_XDC": ("gdp", "current"), "NGDP_R_XDC": ("gdp", "constant-2010")}
POPULATION_CODES = {
    "LP_PE_NUM": ("population", "whole-country"),
    "LPM_PE_NUM": ("population_male", "whole-country"),
    "LPF_PE_NUM": ("population_female", "whole-country"),
    "LPU_PE_NUM": ("population_urban", "whole-country"),
    "LPR_PE_NUM": ("population_rural", "whole-country"),
    "VNM_LP_RRD_PE_NUM": ("population", "red-river-delta"),
    "VNM_LP_NMM_PE_NUM": ("population", "northern-midlands-and-mountains"),
    "VNM_LP_NCCC_PE_NUM": ("population", "north-central-and-central-coast"),
    "VNM_LP_CH_PE_NUM": ("population", "central-highlands"),
    "VNM_LP_SE_PE_NUM": ("population", "southeast"),
    "VNM_LP_MRD_PE_NUM": ("population", "mekong-river-delta"),
}
#: Quarterly Labour Force Survey series kept, and those whose annual figure is derived
#: as the mean of the four quarters (stocks of persons; never a rate).
LABOUR_CODES = {
    "LLF_PE_NUM": "labour_force",
    "LE_PE_NUM": "employed",
    "LU_PE_NUM": "unemployed",
    "LUR_PT": "unemployment_rate_working_age",
}
ANNUAL_MEAN_OF_QUARTERS = {"labour_force", "employed"}
LABOUR_UNITS = {"labour_force": "thousand persons", "employed": "thousand persons",
                "unemployed": "thousand persons", "unemployment_rate_working_age": "percent"}
#: The quarterly level drops by about four million persons between 2020-Q4 and
#: 2021-Q1 (labour force 55,144 -> 51,022 thousand): the quarters from 2021 are not
#: on the basis of the earlier ones. 'vintage' keeps the two stretches apart.
LFS_BREAK_YEAR = 2021


def _nsdp_rows() -> list[dict]:
    if not NSDP.exists():
        fail(NSDP, "the file is missing")
    with open(NSDP, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def national_accounts() -> list[dict]:
    rows = []
    for n, r in enumerate(_nsdp_rows(), start=2):
        if r["indicator"] not in GDP_CODES or r["freq"] != "A":
            continue
        year = int(r["time_period"])
        if year not in GDP_YEARS:
            continue
        if r["unit_mult"] != "9":
            fail(NSDP, f"unit multiplier {r['unit_mult']} (billion = 9 expected)", n)
        indicator, basis = GDP_CODES[r["indicator"]]
        rows.append({"indicator": indicator, "geo": "whole-country", "year": year,
                     "price_basis": basis,
                     "value": fmt(_number(NSDP, n, "value", r["value"])),
                     "unit": "billion VND", "code": r["indicator"],
                     "vintage": "post-2019-revision", "status": "unmarked",
                     "source": "gso-nsdp-national-accounts"})
    rows.sort(key=lambda r: (r["indicator"], r["price_basis"], r["year"]))
    for code, (_, basis) in GDP_CODES.items():
        years = sorted(r["year"] for r in rows if r["code"] == code)
        if years != list(GDP_YEARS):
            fail(NSDP, f"{code}: years {years}, expected {GDP_YEARS.start}-{GDP_YEARS.stop - 1}")
    return rows


def labour_national() -> list[dict]:
    """Population (annual) and the quarterly Labour Force Survey series, with annual
    labour force and employment as the mean of the four quarters of a year (only
    years with all four quarters), rounded to 3 decimals (one person)."""
    rows, quarterly = [], {}
    for n, r in enumerate(_nsdp_rows(), start=2):
        code = r["indicator"]
        if code in POPULATION_CODES and r["freq"] == "A":
            indicator, geo = POPULATION_CODES[code]
            year = int(r["time_period"])
            rows.append({"indicator": indicator, "geo": geo, "period": str(year),
                         "year": year, "frequency": "annual", "basis": "published",
                         "value": fmt(_number(NSDP, n, "value", r["value"])),
                         "unit": "thousand persons", "code": code,
                         "vintage": "post-2019-census",
                         "status": "unmarked", "source": "gso-nsdp-population"})
        elif code in LABOUR_CODES and r["freq"] == "Q":
            indicator = LABOUR_CODES[code]
            period = r["time_period"]
            year, quarter = period.split("-Q")
            value = _number(NSDP, n, "value", r["value"])
            quarterly[(indicator, int(year), int(quarter))] = value
            rows.append({"indicator": indicator, "geo": "whole-country", "period": period,
                         "year": int(year), "frequency": "quarterly", "basis": "published",
                         "value": fmt(value), "unit": LABOUR_UNITS[indicator], "code": code,
                         "vintage": _lfs_vintage(int(year)), "status": "unmarked",
                         "source": "gso-nsdp-labour"})
    codes = {v: k for k, v in LABOUR_CODES.items()}
    for indicator in sorted(ANNUAL_MEAN_OF_QUARTERS):
        years = sorted({y for (i, y, _) in quarterly if i == indicator})
        for year in years:
            quarters = [quarterly.get((indicator, year, q)) for q in (1, 2, 3, 4)]
            if None in quarters:
                continue
            rows.append({"indicator": indicator, "geo": "whole-country", "period": str(year),
                         "year": year, "frequency": "annual",
                         "basis": "mean-of-four-quarters",
                         "value": fmt(round(sum(quarters) / 4, 3)),
                         "unit": LABOUR_UNITS[indicator],
                         "code": codes[indicator], "vintage": _lfs_vintage(year),
                         "status": "unmarked", "source": "gso-nsdp-labour"})
    order = {g.slug: i for i, g in enumerate(regions.all_geographies())}
    rows.sort(key=lambda r: (r["indicator"], order[r["geo"]], r["frequency"], r["period"]))
    return rows


def _lfs_vintage(year: int) -> str:
    return "lfs-from-2021" if year >= LFS_BREAK_YEAR else "lfs-2011-2020"


# --- 3. World Bank indicators for Viet Nam ---------------------------------------------

WB_DIR = CANDIDATES / "wb-wdi-vnm-dragonfly"
#: File -> (indicator code, unit of the value). The title is read from the file.
WB_FILES = {
    "wb_SI_POV_GINI.json": ("SI.POV.GINI", "Gini index (0-100)"),
    "wb_SI_DST_FRST_10.json": ("SI.DST.FRST.10", "percent of the total"),
    "wb_SI_DST_10TH_10.json": ("SI.DST.10TH.10", "percent of the total"),
    "wb_SI_POV_DDAY.json": ("SI.POV.DDAY", "percent of population"),
    "wb_SI_POV_LMIC.json": ("SI.POV.LMIC", "percent of population"),
    "wb_SI_POV_UMIC.json": ("SI.POV.UMIC", "percent of population"),
    "wb_SI_POV_NAHC.json": ("SI.POV.NAHC", "percent of population"),
    "wb_gdp_total.json": ("NY.GDP.MKTP.CD", "current US$"),
    "wb_gdp_per_capita.json": ("NY.GDP.PCAP.CD", "current US$ per person"),
    "wb_gdp_growth.json": ("NY.GDP.MKTP.KD.ZG", "percent per year"),
    "wb_ilo_unemployment.json": ("SL.UEM.TOTL.ZS", "percent of the labour force"),
    "wb_ilo_agriculture_employment.json": ("SL.AGR.EMPL.ZS", "percent of employment"),
    "wb_ilo_industry_employment.json": ("SL.IND.EMPL.ZS", "percent of employment"),
    "wb_ilo_services_employment.json": ("SL.SRV.EMPL.ZS", "percent of employment"),
    "wb_health_expenditure.json": ("SH.XPD.CHEX.GD.ZS", "percent of GDP"),
}


def _wb_observations(path: Path) -> tuple[dict, list[dict]]:
    """(metadata, observations) of a World Bank API v2 response. Some copies wrap the
    observation list as {"value": [...], "Count": n} (a PowerShell serialisation)."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, json.JSONDecodeError) as exc:
        fail(path, f"not a readable JSON file: {exc}")
    if not isinstance(payload, list) or len(payload) != 2:
        fail(path, "not a World Bank API response (a list of metadata and observations)")
    meta, obs = payload
    if isinstance(obs, dict):
        if obs.get("Count") != len(obs.get("value", [])):
            fail(path, "the wrapped observation list does not match its count")
        obs = obs["value"]
    return meta, obs


#: The poverty line behind each year of SI.POV.NAHC ("poverty headcount ratio at national
#: poverty lines"), which the World Bank publishes as one series although Viet Nam's line
#: changed twice. Up to 2008: the GSO-World Bank expenditure line set with the 1993 survey;
#: 2010-2014: the GSO-World Bank line re-based on the 2010 survey, which put the 2010 rate at
#: 20.7 % where the old line gave 14.5 % for 2008 (World Bank 2012 Vietnam Poverty
#: Assessment; Demombynes and Vu 2015): a new line, not a rise in poverty; from 2016:
#: GSO's multidimensional poverty rate (the 2020 value, 4.8 %, is the rate GSO's
#: living-standards survey published for that year on the 2016-2020 standard,
#: press_poverty.csv; the World Bank does not say which standard its 2021-2022 values use).
#: Each line is its own series (``standard``); the book never draws them as one.
NAHC_STANDARDS = [(2008, "gso-wb-1993-line"), (2014, "gso-wb-2010-line"),
                  (2024, "gso-multidimensional")]


def nahc_standard(year: int) -> str:
    """The poverty line of a year of SI.POV.NAHC (:data:`NAHC_STANDARDS`)."""
    for last, standard in NAHC_STANDARDS:
        if year <= last:
            return standard
    raise ValueError(f"no poverty line known for SI.POV.NAHC in {year}")


def world_bank() -> list[dict]:
    rows = []
    for name, (code, unit) in WB_FILES.items():
        path = WB_DIR / name
        meta, obs = _wb_observations(path)
        if meta.get("lastupdated") != WB_LAST_UPDATED:
            fail(path, f"last updated {meta.get('lastupdated')}, expected {WB_LAST_UPDATED}")
        if meta.get("total") != len(obs):
            fail(path, f"{len(obs)} observations, the header says {meta.get('total')}")
        years = set()
        for n, o in enumerate(obs, start=1):
            if o["indicator"]["id"] != code:
                fail(path, f"indicator {o['indicator']['id']}, expected {code}", n)
            if o["countryiso3code"] != "VNM":
                fail(path, f"country {o['countryiso3code']}, expected VNM", n)
            year = int(o["date"])
            if year in years:
                fail(path, f"year {year} twice", n)
            years.add(year)
            if o["value"] is None:        # not published for that year: a gap, no row
                continue
            rows.append({"indicator": code, "geo": "whole-country", "year": year,
                         "value": fmt(float(o["value"])), "unit": unit,
                         "standard": nahc_standard(year) if code == "SI.POV.NAHC"
                         else "not-applicable",
                         "title": o["indicator"]["value"].strip(), "source": "wb-wdi-2025"})
    rows.sort(key=lambda r: (r["indicator"], r["year"]))
    return rows


# --- schemas ------------------------------------------------------------------------------

GSO_TABLE_LICENCE = [{"name": "GSO-public",
                      "title": "GSO official statistics, free to reuse with attribution"}]
STATUS_HELP = ("final = printed without a status; preliminary = marked preliminary (Sơ bộ) "
               "in the table's header")
UNMARKED_HELP = ("unmarked = the copy does not carry the publisher's observation status "
                 "(the SDMX file's status flags were not kept; the latest years may be "
                 "preliminary or estimates)")


def _source_ref(source_id: str) -> dict:
    row = next(r for r in SOURCES if r["id"] == source_id)
    return {"title": f"{GSO if row['publisher'] == GSO else row['publisher']}, {row['title']}",
            "path": row["url"]}


def grdp_resource() -> dict:
    from rekey.package import GEO_FK, SOURCE_FK, field, resource

    return resource(
        "grdp_per_capita", "GRDP per head by province and region, 2018-2022",
        "Gross regional domestic product per head at current prices, in million VND per "
        "person, of the 63 provinces and the six GSO socio-economic regions, 2018-2022, as "
        "NSO publishes it after GSO's re-evaluation of GRDP (the revised series). 2022 is "
        "preliminary. The whole country is not in the table (see national_accounts for GDP).",
        [field("geo", description="Province or GSO region slug", required=True),
         field("year", "integer", required=True, minimum=2018, maximum=2022),
         field("value", "number", "GRDP per head", required=True, unit=GRDP_UNIT,
               minimum=0, maximum=1000),
         field("unit", description="Unit of 'value'", required=True, enum=[GRDP_UNIT]),
         field("status", description=STATUS_HELP, required=True,
               enum=["final", "preliminary"]),
         field("source", required=True)],
        ["geo", "year"], [GEO_FK, SOURCE_FK], [_source_ref("nso-grdp-per-capita-province")],
        GSO_TABLE_LICENCE)


def national_accounts_resource() -> dict:
    from rekey.package import GEO_FK, SOURCE_FK, field, resource

    return resource(
        "national_accounts", "GDP of Viet Nam at current and constant 2010 prices, 2010-2024",
        "Gross domestic product of the whole country in billion VND, at current prices and "
        "at constant 2010 prices, from GSO's National Summary Data Page. The series is the "
        "one GSO re-evaluated in 2019-2021 (2010 GDP 2,739,843 billion VND), not comparable "
        "with the figures published before the re-evaluation (2,157,828 for 2010); the "
        "file's years before 2010 are on the old basis and are left out.",
        [field("indicator", description="gdp = gross domestic product", required=True,
               enum=["gdp"]),
         field("geo", required=True, enum=["whole-country"]),
         field("year", "integer", required=True, minimum=2010, maximum=2024),
         field("price_basis", description="current = current prices; constant-2010 = "
               "constant 2010 prices", required=True, enum=["current", "constant-2010"]),
         field("value", "number", required=True, unit="billion VND", minimum=0),
         field("unit", description="Unit of 'value'", required=True, enum=["billion VND"]),
         field("code", description="The publisher's series code (SDMX indicator)",
               required=True, enum=sorted(GDP_CODES)),
         field("vintage", description="post-2019-revision = the series after GSO's "
               "re-evaluation of GDP (2019-2021)", required=True,
               enum=["post-2019-revision"]),
         field("status", description=UNMARKED_HELP, required=True, enum=["unmarked"]),
         field("source", required=True)],
        ["indicator", "geo", "year", "price_basis"], [GEO_FK, SOURCE_FK],
        [_source_ref("gso-nsdp-national-accounts")], GSO_TABLE_LICENCE)


def labour_resource() -> dict:
    from rekey.package import GEO_FK, SOURCE_FK, field, resource

    indicators = sorted({i for i, _ in POPULATION_CODES.values()} | set(LABOUR_CODES.values()))
    return resource(
        "labour_national", "Population and labour force of Viet Nam (GSO, quarterly and annual)",
        "Population (annual, whole country by sex and area, and the six GSO regions) and "
        "the quarterly results of GSO's Labour Force Survey for the whole country: labour "
        "force aged 15 and over, employed, unemployed (thousand persons) and unemployment "
        "rate of the working-age population (percent). Annual labour force and employment "
        "are derived here as the mean of the four published quarters of a year "
        "(basis = mean-of-four-quarters), only for years with all four quarters; no annual "
        "rate is derived. The quarterly level drops by about four million persons between "
        "2020-Q4 and 2021-Q1 (labour force 55,144 to 51,022 thousand), far more than the "
        "pandemic explains: the quarters from 2021 are on another basis than the earlier "
        "ones, so 'vintage' keeps the two stretches apart and no change is computed across "
        "them.",
        [field("indicator", description="population(_male, _female, _urban, _rural); "
               "labour_force: persons aged 15+ in the labour force; employed: employed "
               "persons aged 15+; unemployed; unemployment_rate_working_age: unemployed "
               "over the labour force of working age", required=True, enum=indicators),
         field("geo", description="Whole country, or a GSO region (population)",
               required=True),
         field("period", description="'2019' (a year) or '2019-Q3' (a quarter)",
               required=True, pattern=r"[0-9]{4}(-Q[1-4])?"),
         field("year", "integer", required=True, minimum=2009, maximum=2024),
         field("frequency", required=True, enum=["annual", "quarterly"]),
         field("basis", description="published = as the publisher gives it; "
               "mean-of-four-quarters = annual figure derived here as the mean of the four "
               "published quarters", required=True,
               enum=["published", "mean-of-four-quarters"]),
         field("value", "number", required=True, minimum=0,
               unit="thousand persons, or percent (see unit)"),
         field("unit", required=True, enum=["thousand persons", "percent"]),
         field("code", description="The publisher's series code (SDMX indicator)",
               required=True, enum=sorted(set(POPULATION_CODES) | set(LABOUR_CODES))),
         field("vintage", description="post-2019-census = population series revised after "
               "the 2019 census; lfs-2011-2020 / lfs-from-2021 = Labour Force Survey "
               "quarters before and from the 2021 level break", required=True,
               enum=["post-2019-census", "lfs-2011-2020", "lfs-from-2021"]),
         field("status", description=UNMARKED_HELP, required=True, enum=["unmarked"]),
         field("source", required=True)],
        ["indicator", "geo", "period", "basis"], [GEO_FK, SOURCE_FK],
        [_source_ref("gso-nsdp-population"), _source_ref("gso-nsdp-labour")],
        GSO_TABLE_LICENCE)


def population_resource(descriptor: Path) -> dict:
    """The population resource as it is, with the post-census table among its sources."""
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    res = next(r for r in package["resources"] if r["name"] == "population")
    ref = _source_ref("nso-population-area-province")
    ref["title"] += " (2011-2022, revised after the 2019 census)"
    if ref not in res["sources"]:
        res["sources"].append(ref)
    res["description"] = (
        "Average (mid-year) population in thousand persons. GSO revised the 2011-2018 "
        "series after the 2019 census; the vintage column keeps the series apart "
        "(pre-2019-census: 2010-2016 as published in 2018; post-2019-census: 2011-2022 as "
        "NSO publishes it now) and no chart mixes them.")
    return res


def world_bank_resource() -> dict:
    from rekey.package import GEO_FK, SOURCE_FK, field, resource

    codes = sorted(code for code, _ in WB_FILES.values())
    return resource(
        "world_bank", "World Bank indicators for Viet Nam (World Development Indicators)",
        "Indicators of the World Bank's World Development Indicators for Viet Nam, as "
        f"updated on {WB_LAST_UPDATED}, one value per indicator and year, with the "
        "indicator's code and its title as the World Bank prints it. Years the World Bank "
        "publishes no value for have no row. The Gini index and the decile shares are "
        "computed from CONSUMPTION per head (Poverty and Inequality Platform), not "
        "comparable with GSO's income Gini (gini_gso); the international poverty lines are "
        "those of the 2021 PPPs ($3.00, $4.20 and $8.30 a day), which replaced the 2017-PPP "
        "lines ($2.15, $3.65, $6.85) in 2025. SI.POV.NAHC is published as one series but "
        "rests on three national poverty lines, named in 'standard': the GSO-World Bank line "
        "of 1993 (to 2008), the GSO-World Bank line re-based in 2010 (2010-2014), and GSO's "
        "multidimensional rate (from 2016; the 2016-2020 standard in 2016-2020). "
        "Unemployment and "
        "employment by sector are ILO modelled estimates. "
        "Quintile shares (SI.DST.FRST.20 to SI.DST.05TH.20) are not in this copy.",
        [field("indicator", description="World Bank indicator code", required=True,
               enum=codes),
         field("geo", required=True, enum=["whole-country"]),
         field("year", "integer", required=True, minimum=1985, maximum=2024),
         field("value", "number", description="The value in 'unit'", required=True,
               unit="see unit", minimum=-100),
         field("unit", description="Unit of 'value'", required=True,
               enum=sorted({u for _, u in WB_FILES.values()})),
         field("standard", description="The national poverty line of a SI.POV.NAHC value "
               "(see the table's description); 'not-applicable' for the other indicators",
               required=True, enum=["gso-wb-1993-line", "gso-wb-2010-line",
                                    "gso-multidimensional", "not-applicable"]),
         field("title", description="The indicator's title as the World Bank prints it",
               required=True),
         field("source", required=True)],
        ["indicator", "geo", "year"], [GEO_FK, SOURCE_FK],
        [{"title": "World Bank, World Development Indicators (2025 edition, updated "
                   f"{WB_LAST_UPDATED})",
          "path": "https://databank.worldbank.org/source/world-development-indicators"}],
        [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
          "title": "World Bank data: Creative Commons Attribution 4.0"}])


def resources() -> list[dict]:
    from rekey import package

    return [grdp_resource(), national_accounts_resource(), labour_resource(),
            population_resource(package.DESCRIPTOR), world_bank_resource()]


GRDP_FIELDS = ["geo", "year", "value", "unit", "status", "source"]
NATIONAL_ACCOUNTS_FIELDS = ["indicator", "geo", "year", "price_basis", "value", "unit", "code",
                            "vintage", "status", "source"]
WORLD_BANK_FIELDS = ["indicator", "geo", "year", "value", "unit", "standard", "title",
                     "source"]
LABOUR_FIELDS = ["indicator", "geo", "period", "year", "frequency", "basis", "value", "unit",
                 "code", "vintage", "status", "source"]


if __name__ == "__main__":
    write_boundaries()
    write("grdp_per_capita.csv", GRDP_FIELDS, grdp_per_capita())
    write_population()
    write("national_accounts.csv", NATIONAL_ACCOUNTS_FIELDS, national_accounts())
    write("labour_national.csv", LABOUR_FIELDS, labour_national())
    write("world_bank.csv", WORLD_BANK_FIELDS, world_bank())
    from rekey import package

    package.update(resources())
    press.merge_rows("sources", press.SOURCE_FIELDS, "id", SOURCES)
