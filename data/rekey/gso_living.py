"""Re-key GSO's living-standards and basic-services tables (English PX-Web tables,
edition downloaded 2018) into tidy tables, with their schemas and sources.

Run from the repository root: ``python -m rekey.gso_living``. It needs the folder
``../shared/data-candidates/gso-2018-choisy``; the book itself only reads the tidy CSV
files it writes. It writes, for each table, the CSV file under ``data/``, its resource
in ``data/datapackage.json`` (replaced or added by name, other resources untouched) and
its publisher's table in ``data/sources.csv`` (added when missing).

Years: 2010 onwards only, the book's period (the tables start in 1995-2006; those
earlier years are not keyed). Every table here ends in 2016; GSO marks 2016
preliminary ("Pre. 2016"), kept as ``status = preliminary``. A cell printed ``..``
is a gap and gets no row.

Where two GSO tables print the same figure (a region's poverty rate in the province
and the region table, a region's total dwelling area in both dwelling tables), the
figure is keyed once and the script stops if the two printings disagree.
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from analysis.data import regions
from rekey import package, pxweb
from rekey.common import DATA as OUT
from rekey.common import RekeyError, write_table

SRC = pxweb.CANDIDATES / "gso-2018-choisy"
DESCRIPTOR = OUT / "datapackage.json"
FIRST_YEAR = 2010
H = "Health__Culture_and_Living_Standard_"
GSO = "General Statistics Office of Viet Nam (GSO)"
GSO_URL = "https://www.gso.gov.vn/en/statistical-data/"
PX_CARRIER = ("GSO PX-Web English table, downloaded 2018; byte-identical copy in the "
              "choisy/gso R package (commit 50040d2)")
R_CARRIER = ("GSO PX-Web English table, downloaded 2018; copy saved by the choisy/gso R "
             "package (commit 50040d2) with region names and year headers re-written "
             "(whole_country, X2010, Pre..2016)")
GSO_LICENCE = "GSO official statistics (public)"


# --- reading ------------------------------------------------------------------------------

def read_r_table(path: Path) -> list[pxweb.Cell]:
    """A table as saved by the R package: header twice, quoted cells, NA = gap."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        lines = [row for row in csv.reader(fh, delimiter=";") if row]
    header = lines[0]
    if lines[1] != header:
        raise RekeyError(f"{path.name}: expected the header line twice")
    cells = []
    for row in lines[2:]:
        for head, raw in zip(header[1:], row[1:]):
            prelim = head.startswith("Pre")
            year = int(re.search(r"(19|20)\d\d", head).group())
            cells.append(pxweb.Cell(row[0], str(year), year, prelim,
                                    ".." if raw == "NA" else raw.strip()))
    return cells


def px_cells(name: str) -> list[pxweb.Cell]:
    return pxweb.read(SRC / name)[1]


def status(cell: pxweb.Cell) -> str:
    return "preliminary" if cell.preliminary else "final"


def fmt(value: float) -> str:
    return f"{value:g}" if value == int(value) else repr(value)


def keep(cell: pxweb.Cell) -> float | None:
    """The cell's value if it is in the book's period and not a gap."""
    if cell.year is None or cell.year < FIRST_YEAR:
        return None
    return pxweb.number(cell.raw)


def geo(label: str) -> str:
    return regions.slug_for(label)


def item(column: str) -> str:
    """The part of a column header after its year ('2010 Hospital' -> 'Hospital')."""
    return re.sub(r"^\s*(19|20)\d\d\s*", "", column).strip()


# --- the tables ---------------------------------------------------------------------------

def poverty_rate() -> list[dict]:
    rows: dict[tuple, dict] = {}
    for c in read_r_table(SRC / f"{H}General_poverty_rate_by_region.csv"):
        value = keep(c)
        if value is None:
            continue
        rows[(geo(c.row_label), c.year)] = {
            "geo": geo(c.row_label), "year": c.year, "value": fmt(value), "status": status(c),
            "source": "gso-poverty-region-2018"}
    for c in px_cells(f"{H}Poverty_rate_by_province.csv"):
        value = keep(c)
        if value is None:
            continue
        key = (geo(c.row_label), c.year)
        if key in rows:  # country and regions: printed in both tables
            if float(rows[key]["value"]) != value:
                raise RekeyError(f"poverty rate {key}: region table {rows[key]['value']}, "
                                 f"province table {value}")
            continue
        rows[key] = {"geo": key[0], "year": c.year, "value": fmt(value), "status": status(c),
                     "source": "gso-poverty-province-2018"}
    return list(rows.values())


NATIONAL_BEDS = {
    "TOTAL": "total",
    "Hospital": "hospital",
    "Sanatorium and rehabilitation hospital": "sanatorium-rehabilitation",
    "Regional polyclinic": "regional-polyclinic",
    "Medical service units in communes, precincts": "commune-medical-service-unit",
    "Medical service units in offices, enterprises": "office-medical-service-unit",
    "Others": "other",
}
PROVINCIAL_TYPES = {
    "Total": "total",
    "Hospital": "hospital",
    "Regional polyclinic": "regional-polyclinic",
    "Sanatorium and rehabilitation hospital": "sanatorium-rehabilitation",
    "Medical service unit": "medical-service-unit",
}


def hospital_beds() -> list[dict]:
    rows = []
    path = SRC / f"{H}Number_of_patient_beds.csv"
    with open(path, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh, delimiter=";"))
    header = lines[2]
    for line in lines[3:]:
        if not line or line[0] != "Number (Thous. Beds)" or line[1] not in NATIONAL_BEDS:
            continue  # the index rows and the per-10,000 row are not counts
        for head, raw in zip(header[2:], line[2:]):
            year = int(head)
            value = pxweb.number(raw)
            if year < FIRST_YEAR or value is None:
                continue
            rows.append({"geo": "whole-country", "year": year, "coverage": "all",
                         "establishment": NATIONAL_BEDS[line[1]],
                         # printed in thousand beds to one decimal; stored in beds
                         "value": fmt(round(value * 1000)), "status": "final",
                         "source": "gso-patient-beds-2018"})
    for c in px_cells(f"{H}Number_of_patient_beds_under_provincial_departments_of_health_"
                      "by_province.csv"):
        value = keep(c)
        if value is None:
            continue
        rows.append({"geo": geo(c.row_label), "year": c.year,
                     "coverage": "provincial-health-departments",
                     "establishment": PROVINCIAL_TYPES[item(c.column)], "value": fmt(value),
                     "status": status(c), "source": "gso-patient-beds-province-2018"})
    return rows


#: In the 2016 columns of the establishments table the regional polyclinics and the
#: sanatoria are printed under each other's headers (whole country 2015: 613
#: polyclinics, 34 sanatoria; 2016: "35" polyclinics, "602" sanatoria; the same swap
#: in every province). Those two 2016 columns are not keyed; the totals are.
SWAPPED_2016 = {"regional-polyclinic", "sanatorium-rehabilitation"}


def health_establishments() -> list[dict]:
    rows = []
    for c in px_cells(f"{H}Number_of_health_establishments_under_provincial_departments_"
                      "of_health_by_province.csv"):
        value = keep(c)
        if value is None:
            continue
        kind = PROVINCIAL_TYPES[item(c.column)]
        if c.year == 2016 and kind in SWAPPED_2016:
            continue
        rows.append({"geo": geo(c.row_label), "year": c.year, "establishment": kind,
                     "value": fmt(value), "status": status(c),
                     "source": "gso-health-establishments-province-2018"})
    return rows


SCHOOL_LEVELS = {
    "Total": "total",
    "Primary": "primary",
    "Lower Secondary": "lower-secondary",
    "Upper Secondary": "upper-secondary",
    "Primary and lower secondary": "primary-and-lower-secondary",
    "Lower and upper Secondary": "lower-and-upper-secondary",
}


def schools() -> list[dict]:
    rows = []
    for c in px_cells("Education_Number_of_school_of_general_education_as_of_30_September_"
                      "by_province.csv"):
        value = keep(c)
        if value is None:
            continue
        rows.append({"geo": geo(c.row_label), "year": c.year,
                     "level": SCHOOL_LEVELS[item(c.column)], "value": fmt(value),
                     "status": status(c), "source": "gso-schools-province-2018"})
    return rows


HOUSE_TYPES = {
    "Total": "total",
    "Permanent house": "permanent",
    "Semi-Permanent house": "semi-permanent",
    "Less-temporary house": "less-temporary",
    "Simple permanent house": "simple-permanent",
}


def dwelling_area() -> list[dict]:
    rows: dict[tuple, dict] = {}
    for c in read_r_table(SRC / f"{H}Average_dwelling_area_per_capita_by_region.csv"):
        value = keep(c)
        if value is None:
            continue
        key = (geo(c.row_label), c.year, "total")
        rows[key] = {"geo": key[0], "year": c.year, "house_type": "total", "value": fmt(value),
                     "status": status(c), "source": "gso-dwelling-area-region-2018"}
    for c in px_cells(f"{H}Average_dwelling_area_per_capita_by_type_of_house_and_by_"
                      "province.csv"):
        value = keep(c)
        if value is None:
            continue
        key = (geo(c.row_label), c.year, HOUSE_TYPES[item(c.column)])
        if key in rows:
            if float(rows[key]["value"]) != value:
                raise RekeyError(f"dwelling area {key}: region table {rows[key]['value']}, "
                                 f"province table {value}")
            continue
        rows[key] = {"geo": key[0], "year": c.year, "house_type": key[2], "value": fmt(value),
                     "status": status(c), "source": "gso-dwelling-area-province-2018"}
    return list(rows.values())


def r5r1_gso() -> list[dict]:
    rows = []
    for c in px_cells(f"{H}Difference_between_the_highest_income_quintile_and_the_lowest_"
                      "income_quintile_on_monthly_average_income_per_capita_at_current_"
                      "prices_by_province.csv"):
        # the two income columns repeat quintiles 1 and 5 of income_by_quintile.csv
        # (tests/test_gso_living.py checks that they agree); only the ratio is keyed.
        if "compared with" not in c.column:
            continue
        value = keep(c)
        if value is None:
            continue
        rows.append({"geo": geo(c.row_label), "year": c.year, "value": fmt(value),
                     "status": status(c), "source": "gso-r5r1-province-2018"})
    return rows


def r5r1_incomes_gso() -> list[dict]:
    """The two incomes GSO prints beside its R5/R1 ratio: the monthly income per head of
    the poorest fifth (quintile 1) and of the richest (quintile 5), as printed."""
    rows = []
    for c in px_cells(f"{H}Difference_between_the_highest_income_quintile_and_the_lowest_"
                      "income_quintile_on_monthly_average_income_per_capita_at_current_"
                      "prices_by_province.csv"):
        if "compared with" in c.column:
            continue
        quintile = 1 if "lowest" in c.column else 5 if "highest" in c.column else None
        if quintile is None:
            raise RekeyError(f"R5/R1 table: column {c.column!r} is neither quintile")
        value = keep(c)
        if value is None:
            continue
        rows.append({"geo": geo(c.row_label), "year": c.year, "quintile": quintile,
                     "value": fmt(value), "status": status(c),
                     "source": "gso-r5r1-province-2018"})
    return rows


#: Row label as printed -> (indicator key, unit).
SOCIAL_INDICATORS = {
    "Human Development Index (HDI)": ("hdi", "index (0-1)"),
    "Life expectancy at birth (Year)": ("life_expectancy", "years"),
    "Mean years of schooling": ("mean_years_schooling", "years"),
    "Expected years of schooling": ("expected_years_schooling", "years"),
    "Gross national income per capital (Mill. dongs)": ("gni_per_capita",
                                                        "million VND per person"),
    "Monthly average income per capita at current prices (Thous. dongs)":
        ("income_per_capita", "thousand VND per person per month"),
    "Index of income inequality distribution (GINI index)": ("gini", "index (0-1)"),
    "Monthly average expenditure per capita at current prices (Thous. dongs)":
        ("expenditure_per_capita", "thousand VND per person per month"),
    "Poverty rate(*) (%)": ("poverty_rate", "percent"),
    "Patient bed per 10,000 inhabitants (Bed)(**)": ("beds_per_10k", "beds per 10,000 people"),
    "Doctor  per 10,000 inhabitants (Person)": ("doctors_per_10k", "doctors per 10,000 people"),
    "Percentage of household having hygienic water (%)": ("households_hygienic_water",
                                                          "percent of households"),
    "Percentage of household using electricity (%)": ("households_electricity",
                                                      "percent of households"),
    "Percentage of households having durable goods (%)": ("households_durable_goods",
                                                          "percent of households"),
    "Average dwelling area per capita (m2)": ("dwelling_area", "square metres per person"),
}


def social_indicators() -> list[dict]:
    rows = []
    for c in px_cells(f"{H}Some_key_social_indicators.csv"):
        value = keep(c)
        if value is None:
            continue
        key, unit = SOCIAL_INDICATORS[c.row_label]
        rows.append({"geo": "whole-country", "year": c.year, "indicator": key,
                     "value": fmt(value), "unit": unit, "status": status(c),
                     "source": "gso-social-indicators-2018"})
    return rows


# --- schemas and sources ------------------------------------------------------------------

SOURCES = [
    ("gso-poverty-region-2018", "General poverty rate by region", R_CARRIER),
    ("gso-poverty-province-2018", "Poverty rate by province", PX_CARRIER),
    ("gso-patient-beds-2018", "Number of patient beds", PX_CARRIER),
    ("gso-patient-beds-province-2018",
     "Number of patient beds under provincial departments of health by province", PX_CARRIER),
    ("gso-health-establishments-province-2018",
     "Number of health establishments under provincial departments of health by province",
     PX_CARRIER),
    ("gso-schools-province-2018",
     "Number of school of general education as of 30 September by province", PX_CARRIER),
    ("gso-dwelling-area-region-2018", "Average dwelling area per capita by region", R_CARRIER),
    ("gso-dwelling-area-province-2018",
     "Average dwelling area per capita by type of house and by province", PX_CARRIER),
    ("gso-r5r1-province-2018",
     "Difference between the highest income quintile and the lowest income quintile on "
     "monthly average income per capita at current prices by province", PX_CARRIER),
    ("gso-social-indicators-2018", "Some key social indicators", PX_CARRIER),
]
TITLES = {sid: title for sid, title, _ in SOURCES}


def field(name: str, kind: str = "string", description: str | None = None, *,
          unit: str | None = None, **constraints) -> dict:
    """A schema field; every field of these tables is required."""
    return package.field(name, kind, description, required=True, unit=unit, **constraints)

def resource(name: str, title: str, description: str, source_ids: list[str],
             middle: list[dict], unit: str, value_limits: dict, key: list[str],
             value_description: str | None = None) -> dict:
    fields = ([field("geo", description="Geography slug (data/geographies.csv)"),
               field("year", "integer", minimum=FIRST_YEAR, maximum=2016)]
              + middle
              + [field("value", "number", value_description, unit=unit, **value_limits),
                 field("status", description="preliminary = marked 'Pre.' by GSO",
                       enum=["final", "preliminary"]),
                 field("source", description="Publisher's table (data/sources.csv)",
                       enum=source_ids)])
    if middle and middle[-1]["name"] == "unit":  # social indicators: unit after value
        unit_field = fields.pop(fields.index(middle[-1]))
        fields.insert([f["name"] for f in fields].index("value") + 1, unit_field)
    return {
        "name": name, "path": f"{name}.csv", "profile": "tabular-data-resource",
        "title": title, "description": description, "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8",
        "sources": [{"title": f"General Statistics Office of Viet Nam, {TITLES[s]} "
                              "(2018 edition)", "path": GSO_URL} for s in source_ids],
        "licenses": [{"name": "GSO-public",
                      "title": "GSO official statistics, free to reuse with attribution"}],
        "schema": {"fields": fields, "primaryKey": key,
                   "foreignKeys": [
                       {"fields": ["geo"],
                        "reference": {"resource": "geographies", "fields": ["slug"]}},
                       {"fields": ["source"],
                        "reference": {"resource": "sources", "fields": ["id"]}}]},
    }


def resources() -> dict[str, dict]:
    return {
        "poverty_rate": resource(
            "poverty_rate", "General poverty rate by province and region",
            "GSO's general poverty rate from the Household Living Standards Survey: whole "
            "country and six regions (region table, which also has 2011) and 63 provinces "
            "(province table), 2010-2016, 2016 preliminary. The country and region figures "
            "are printed in both tables and agree; they are keyed once, from the region "
            "table. Neither table prints the poverty line it uses (the footnote mark of "
            "the national figure in 'Some key social indicators' has no note in the copy "
            "read). The national rate rises from 13.4 (2008) to 14.2 (2010) against the "
            "trend of the other years, which points to a change of poverty line that the "
            "copy does not document; the book keys 2010 onwards only, one series with no "
            "visible break. Not the same measure as the poor-household "
            "rates of the labour ministry (MOLISA) quoted in the press tables.",
            ["gso-poverty-region-2018", "gso-poverty-province-2018"], [], "percent",
            {"minimum": 0, "maximum": 100}, ["geo", "year"]),
        "hospital_beds": resource(
            "hospital_beds", "Number of patient beds",
            "Patient beds. coverage = all: every bed in the country by kind of establishment "
            "(GSO prints thousand beds to one decimal; stored here in beds, so national "
            "figures are exact to 100 beds). coverage = provincial-health-departments: beds "
            "of the establishments under the provincial departments of health, by province "
            "and region, exact counts. The two coverages are different measures and are "
            "never added together. 2010-2016; neither table marks 2016 preliminary. The 63 "
            "provinces add up exactly to the whole country in every year; a province's "
            "total can exceed the sum of the kinds printed.",
            ["gso-patient-beds-2018", "gso-patient-beds-province-2018"],
            [field("coverage", description="all = every patient bed in the country (national "
                   "table); provincial-health-departments = beds under the provincial "
                   "departments of health (province table)",
                   enum=["all", "provincial-health-departments"]),
             field("establishment", description="Kind of establishment; total = all kinds "
                   "as printed by GSO",
                   enum=sorted(set(NATIONAL_BEDS.values()) | set(PROVINCIAL_TYPES.values())))],
            "beds", {"minimum": 0}, ["geo", "year", "coverage", "establishment"]),
        "health_establishments": resource(
            "health_establishments",
            "Number of health establishments under provincial departments of health",
            "Health establishments under the provincial departments of health by kind, by "
            "province and region, 2010-2016 (no year marked preliminary). In GSO's 2016 columns the "
            "regional polyclinics and the sanatoria are printed under each other's headers "
            "(whole country: 613 polyclinics and 34 sanatoria in 2015, '35' and '602' in "
            "2016, the same swap in every province); those two 2016 columns are left out, "
            "the 2016 totals are kept. A total can exceed the sum of the four kinds (other "
            "kinds are not printed separately). GSO's own figures do not always add up: in "
            "2016 the provinces of the Northern Midlands and Mountains sum to 2959 against "
            "the region's printed 2965 (Phu Tho prints a total of 287 beside 16 hospitals "
            "and 277 medical service units).",
            ["gso-health-establishments-province-2018"],
            [field("establishment", description="Kind of establishment; total = all kinds "
                   "as printed by GSO", enum=sorted(set(PROVINCIAL_TYPES.values())))],
            "establishments", {"minimum": 0}, ["geo", "year", "establishment"]),
        "schools": resource(
            "schools", "Number of schools of general education",
            "Schools of general education as of 30 September of the year (the start of the "
            "school year), by level, by province and region, 2010-2016 (no year marked "
            "preliminary). "
            "A level printed '..' has no row.",
            ["gso-schools-province-2018"],
            [field("level", description="total, or the levels a school teaches",
                   enum=list(SCHOOL_LEVELS.values()))],
            "schools", {"minimum": 0}, ["geo", "year", "level"]),
        "dwelling_area": resource(
            "dwelling_area", "Average dwelling area per capita",
            "Average dwelling area per person from the Household Living Standards Survey: "
            "all houses for the country and six regions, 2010-2016 (region table); by type "
            "of house for the country, regions and provinces, 2014 and 2016 (province "
            "table). 2016 preliminary. The totals printed in both tables agree and are "
            "keyed once, from the region table. 'simple-permanent' is GSO's 'Simple "
            "permanent house' as printed.",
            ["gso-dwelling-area-region-2018", "gso-dwelling-area-province-2018"],
            [field("house_type", description="total = all houses",
                   enum=list(HOUSE_TYPES.values()))],
            "square metres per person", {"minimum": 0, "maximum": 200},
            ["geo", "year", "house_type"]),
        "r5r1_gso": resource(
            "r5r1_gso", "Richest to poorest income quintile (R5/R1) as printed by GSO",
            "GSO's ratio of the monthly income per head of the richest fifth to that of the "
            "poorest fifth (times, one decimal), whole country, regions and provinces, "
            "even years 2010-2016 (2016 preliminary). The two incomes GSO prints beside "
            "the ratio are in r5r1_incomes_gso; they agree with quintiles 1 and 5 of "
            "income_by_quintile except the richest fifth of four provinces in 2016, where "
            "the two tables print transposed digits (Vinh Phuc 6208 here, 6280 there; Ha "
            "Nam 5740, 7540; Thai Nguyen 6937, 6973; Quang Tri 4467, 4476). In all four "
            "the figure printed here fits the province's general average better, and "
            "GSO's ratio is computed from it.",
            ["gso-r5r1-province-2018"], [], "ratio (times)", {"minimum": 1},
            ["geo", "year"]),
        "r5r1_incomes_gso": resource(
            "r5r1_incomes_gso", "Incomes of the poorest and richest fifths as printed beside "
            "R5/R1",
            "The monthly income per head of the poorest fifth (quintile 1) and of the "
            "richest fifth (quintile 5) that GSO prints beside its R5/R1 ratio, thousand VND "
            "at current prices, whole country, regions and provinces, even years 2010-2016 "
            "(2016 preliminary). They repeat quintiles 1 and 5 of income_by_quintile, except "
            "the richest fifth of Vinh Phuc, Ha Nam, Thai Nguyen and Quang Tri in 2016, "
            "printed with transposed digits in one of the two tables (both kept as printed).",
            ["gso-r5r1-province-2018"],
            [field("quintile", "integer", description="1 = the poorest fifth, 5 = the richest",
                   enum=[1, 5])],
            "thousand VND per month", {"minimum": 0}, ["geo", "year", "quintile"]),
        "social_indicators": resource(
            "social_indicators", "Some key social indicators (national)",
            "GSO's summary of key social indicators for the whole country, 2010-2016 "
            "(2016 preliminary); a year printed '..' has no row. Several rows repeat "
            "figures of other tables (poverty rate, income, Gini, dwelling area); "
            "tests/test_gso_living.py checks that they agree.",
            ["gso-social-indicators-2018"],
            [field("indicator", description="Indicator key; the row label GSO prints is in "
                   "data/rekey/gso_living.py", enum=[k for k, _ in SOCIAL_INDICATORS.values()]),
             field("unit", description="Unit of the indicator's value",
                   enum=sorted({u for _, u in SOCIAL_INDICATORS.values()}))],
            "", {"minimum": 0}, ["geo", "year", "indicator"],
            value_description="In the unit of the unit column"),
    }


def update_descriptor(names: list[str]) -> None:
    package.update([resources()[name] for name in names], DESCRIPTOR)

def update_sources(source_ids: list[str]) -> None:
    path = OUT / "sources.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        present = {row["id"] for row in csv.DictReader(fh)}
    with open(path, "a", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        for sid, title, carrier in SOURCES:
            if sid in source_ids and sid not in present:
                writer.writerow([sid, GSO, title, 2018, GSO_URL, carrier, GSO_LICENCE])


def write(name: str, rows: list[dict]) -> None:
    res = resources()[name]
    fields = [f["name"] for f in res["schema"]["fields"]]
    write_table(name, fields, rows, key=res["schema"]["primaryKey"])
    update_sources(sorted({r["source"] for r in rows}))


TABLES = {
    "poverty_rate": poverty_rate,
    "hospital_beds": hospital_beds,
    "health_establishments": health_establishments,
    "schools": schools,
    "dwelling_area": dwelling_area,
    "r5r1_gso": r5r1_gso,
    "r5r1_incomes_gso": r5r1_incomes_gso,
    "social_indicators": social_indicators,
}

if __name__ == "__main__":
    chosen = sys.argv[1:] or list(TABLES)
    for name in chosen:
        write(name, TABLES[name]())
    update_descriptor(chosen)
