"""Re-key GSO's English tables on labour, social insurance, the state budget and the
national accounts (edition downloaded 2018) into tidy tables.

Run from the repository root: ``python -m rekey.gso_labour``. It needs the folder
``../shared/data-candidates/gso-2018-choisy`` (a byte-identical copy of the GSO PX-Web
exports). It writes the tidy tables below, their schemas in ``data/datapackage.json``
(replacing or adding only its own resources, as ``package.py`` does) and their rows
of ``data/sources.csv`` (added when missing). The book reads only what it writes.

Every reading fails loudly: an unknown place or row label, a province missing or
twice in a year, a value that does not parse or lies outside its range stop the
script with the file and the row.

Years: the book's period starts in 2010, so earlier columns are not re-keyed (before
August 2008 Ha Noi also had other boundaries: Ha Tay was a province of its own).
Status: "Prel." or "Pre." in a column header marks preliminary figures; "Est." marks
an estimate (the state budget's last year).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from analysis.data import regions
from rekey import nso_revised, package, pxweb
from rekey.common import DATA as OUT
from rekey.common import RekeyError, fail, fmt, require_every, write_table

SRC = pxweb.CANDIDATES / "gso-2018-choisy"
DESCRIPTOR = OUT / "datapackage.json"
SOURCES = OUT / "sources.csv"
FIRST_YEAR, LAST_YEAR = 2010, 2022
ESTIMATE = re.compile(r"\bEst\.\s*")



def status_of(cell: pxweb.Cell) -> str:
    if cell.preliminary:
        return "preliminary"
    return "estimate" if ESTIMATE.search(cell.column) else "final"


def in_period(year: int | None) -> bool:
    return year is not None and FIRST_YEAR <= year <= LAST_YEAR




# --- sources ----------------------------------------------------------------------------

PUBLISHER = "General Statistics Office of Viet Nam (GSO)"
URL = "https://www.gso.gov.vn/en/statistical-data/"
CARRIER = ("GSO PX-Web English table, downloaded 2018; byte-identical copy in the "
           "choisy/gso R package (commit 50040d2)")
LICENCE = "GSO official statistics (public)"

#: source id -> (file name in the candidates folder, table title as GSO prints it)
TABLES = {
    "gso-labour-force-province-2018": (
        "Population_and_Employment_Labour_force_at_15_years_of_age_and_above_by_province.csv",
        "Labour force at 15 years of age and above by province"),
    "gso-employed-share-province-2018": (
        "Population_and_Employment_Percentage_of_employed_workers_at_15_years_of_age_and_"
        "above_among_population_by_province.csv",
        "Percentage of employed workers at 15 years of age and above among population "
        "by province"),
    "gso-trained-share-province-2018": (
        "Population_and_Employment_Percentage_of_trained_employed_workers_at_15_years_of_"
        "age_and_above_by_province.csv",
        "Percentage of trained employed workers at 15 years of age and above by province"),
    "gso-unemployment-region-2018": (
        "Population_and_Employment_Unemployment_and_underemployment_rate_of_labour_force_at_"
        "working_age_by_region_and_by_aged_groups.csv",
        "Unemployment and underemployment rate of labour force at working age by region "
        "and by aged groups"),
    "gso-productivity-industry-2018": (
        "Population_and_Employment_Productivity_of_employed_population_by_industry.csv",
        "Productivity of employed population by industry"),
    "gso-insurance-2018": (
        "National_Accounts_Social_insurance__health_insurance_and_unemployment_insurance.csv",
        "Social insurance, health insurance and unemployment insurance"),
    "gso-budget-expenditure-2018": (
        "National_Accounts_State_budget_expenditure_final_accounts.csv",
        "State budget expenditure final accounts"),
    "gso-national-accounts-2018": (
        "National_Accounts_Key_indicators_on_National_Accounts.csv",
        "Key indicators on National Accounts"),
}


def path_of(source: str) -> Path:
    return SRC / TABLES[source][0]


def read(source: str) -> tuple[str, list[pxweb.Cell]]:
    path = path_of(source)
    if not path.exists():
        fail(path, "the candidate file is missing")
    title, cells = pxweb.read(path)
    if not title.startswith(TABLES[source][1]):
        fail(path, f"title {title!r} is not the expected table {TABLES[source][1]!r}")
    return title, cells


def write_sources() -> None:
    with open(SOURCES, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        fields = reader.fieldnames
        rows = list(reader)
    mine = [{"id": sid, "publisher": PUBLISHER, "title": title, "edition": "2018",
             "url": URL, "carrier": CARRIER, "licence": LICENCE}
            for sid, (_, title) in TABLES.items()]
    by_id = {r["id"]: r for r in mine}
    rows = [by_id.pop(r["id"]) if r["id"] in by_id else r for r in rows]
    if by_id:  # new ones go after the last GSO row
        last_gso = max((i for i, r in enumerate(rows) if r["id"].startswith("gso-")),
                       default=len(rows) - 1)
        rows[last_gso + 1:last_gso + 1] = list(by_id.values())
    with open(SOURCES, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"sources.csv: {len(TABLES)} GSO labour and insurance tables")


# --- province tables --------------------------------------------------------------------

def by_province(source: str, lo: float, hi: float, vintage: str | None) -> list[dict]:
    """A 'Cities, provinces' x year table: the country, the six GSO regions and the
    63 provinces, every year of the book's period; nothing missing, nothing twice."""
    path = path_of(source)
    _, cells = read(source)
    rows, seen = [], {}
    for c in cells:
        if not in_period(c.year):
            continue
        value = pxweb.number(c.raw)
        if value is None:
            if c.row_label.strip() == "Ha Tay":  # merged into Ha Noi in 2008
                continue
            fail(path, f"no figure for {c.year}", c.row_label)
        try:
            geo = regions.slug_for(c.row_label)
        except regions.UnknownGeography as exc:
            fail(path, str(exc), c.row_label)
        if not lo <= value <= hi:
            fail(path, f"{value} for {c.year} is outside {lo}-{hi}", c.row_label)
        if (geo, c.year) in seen:
            fail(path, f"{geo} appears twice in {c.year}", c.row_label)
        seen[(geo, c.year)] = True
        row = {"geo": geo, "year": c.year}
        if vintage:
            row["vintage"] = vintage
        row.update({"value": fmt(value), "status": status_of(c), "source": source})
        rows.append(row)
    require_every(path, set(seen), {g.slug for g in regions.all_geographies()
                                    if g.kind != "ker"})
    return rows


def labour_force() -> list[dict]:
    """Both vintages, each a series of its own: GSO's 2018 edition (2010-2016) and the
    series NSO revised after the 2019 census (2010-2021, :mod:`rekey.nso_revised`)."""
    return (by_province("gso-labour-force-province-2018", 0, 100_000, "pre-2019-census")
            + nso_revised.labour_force())


def employed_share() -> list[dict]:
    return by_province("gso-employed-share-province-2018", 0, 100, "pre-2019-census")


def trained_share() -> list[dict]:
    """GSO's 2018 edition (2010-2016) and the revised provincial series of 2015-2018
    (:mod:`rekey.nso_revised`): two vintages, never one line."""
    return (by_province("gso-trained-share-province-2018", 0, 100, "pre-2019-census")
            + nso_revised.trained_share())


# --- unemployment by region -------------------------------------------------------------

AGE_GROUPS = {"General": "total", "15-24": "15-24", "25-49": "25-49", "50+": "50+"}
INDICATORS = {"Unemployment rate": "unemployment", "Underemployment rate": "underemployment"}


def unemployment() -> list[dict]:
    """Rows are (year, region); columns are rate x age group. pxweb.read takes the
    first column as the row label, so the region is the first cell of each row."""
    source = "gso-unemployment-region-2018"
    path = path_of(source)
    with open(path, encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh, delimiter=";"))
    if not lines[0][0].startswith(TABLES[source][1]):
        fail(path, f"title {lines[0][0]!r} is not the expected table")
    header = lines[2]
    if header[:2] != ["Year", "Region"]:
        fail(path, f"unexpected header {header[:2]}")
    columns = []
    for head in header[2:]:
        match = re.fullmatch(r"(Unemployment rate|Underemployment rate) (General|15-24|25-49|50\+)",
                             head)
        if not match:
            fail(path, f"unexpected column {head!r}")
        columns.append((INDICATORS[match.group(1)], AGE_GROUPS[match.group(2)]))
    rows = []
    for line, row in enumerate(lines[3:], start=4):
        if not row or not row[0].strip():
            continue
        year_cell = row[0].strip()
        prelim = bool(re.match(r"Prel?\.", year_cell))
        match = re.search(r"\b(19|20)\d\d\b", year_cell)
        if not match:
            fail(path, f"no year in {year_cell!r}", line)
        year = int(match.group())
        if not in_period(year):
            continue
        try:
            geo = regions.slug_for(row[1])
        except regions.UnknownGeography as exc:
            fail(path, str(exc), line)
        for (indicator, age), raw in zip(columns, row[2:]):
            value = pxweb.number(raw)
            if value is None:
                continue
            if not 0 <= value <= 100:
                fail(path, f"{value} is not a rate in per cent", line)
            rows.append({"geo": geo, "year": year, "indicator": indicator, "age_group": age,
                         "area": "total", "value": fmt(value),
                         "status": "preliminary" if prelim else "final", "source": source})
    return rows


# --- national tables --------------------------------------------------------------------

#: Productivity table rows -> VSIC 2007 section (the sections A to T, "total" for TOTAL)
INDUSTRIES = {
    "TOTAL": "total",
    "Agriculture, forestry and fishing": "A",
    "Mining and quarrying": "B",
    "Manufacturing": "C",
    "Electricity, gas, stream and air conditioning supply": "D",
    "Water supply, sewerage, waste management and remediation activities": "E",
    "Construction": "F",
    "Wholesale and retail trade; repair of motor vehicles and motorcycles": "G",
    "Transportation and storage": "H",
    "Accommodation and food service activities": "I",
    "Information and communication": "J",
    "Financial, banking and insurance activities": "K",
    "Real estate activities": "L",
    "Professional, scientific and technical activities": "M",
    "Administrative and support service activities": "N",
    "Activities of Communist Party, socio-political organizations; public administration "
    "and defence; compulsory security": "O",
    "Education and training": "P",
    "Human health and social work activities": "Q",
    "Arts, entertainment and recreation": "R",
    "Other service activities": "S",
    "Activities of households as employers; undifferentiated goods and services producing "
    "activities of households for own use": "T",
}


def productivity() -> list[dict]:
    source = "gso-productivity-industry-2018"
    path = path_of(source)
    _, cells = read(source)
    rows = []
    for c in cells:
        if not in_period(c.year):
            continue
        label = c.row_label.strip()
        if label not in INDUSTRIES:
            fail(path, "unknown industry", label)
        value = pxweb.number(c.raw)
        if value is None or value <= 0:
            fail(path, f"no positive figure for {c.year}", label)
        rows.append({"geo": "whole-country", "year": c.year, "vintage": "pre-revision",
                     "industry": INDUSTRIES[label], "industry_name": label,
                     "value": fmt(value), "status": status_of(c), "source": source})
    if {r["industry"] for r in rows} != set(INDUSTRIES.values()):
        fail(path, "an industry is missing")
    return rows


#: Insurance table rows -> (measure, scheme, unit)
THOUSAND, PERSONS, BILLION = "thousand persons", "persons", "billion VND"
INSURANCE = {
    "Number of insured persons (Thous. persons) - Social insurance":
        ("insured", "social", THOUSAND),
    "Number of insured persons (Thous. persons) - Health insurance":
        ("insured", "health", THOUSAND),
    "Number of insured persons (Thous. persons) - Unemployment insurance":
        ("insured", "unemployment", THOUSAND),
    "Number of monthly social insurance  beneficiaries (Thous. persons)":
        ("monthly_beneficiaries", "social", THOUSAND),
    "Number of social insurance recipients (Thous. persons)":
        ("recipients", "social", THOUSAND),
    "Number of health insurance recipients (Thous. persons)":
        ("recipients", "health", THOUSAND),
    "Number of monthly unemployment insurance beneficiaries (Person)":
        ("monthly_beneficiaries", "unemployment", PERSONS),
    "Number of unemployment insurance recipients, vocational, job seeking (Person)":
        ("training_job_search_recipients", "unemployment", PERSONS),
    "Total revenue (Bill. dongs)": ("revenue", "all", BILLION),
    "Total revenue (Bill. dongs) - Social insurance": ("revenue", "social", BILLION),
    "Total revenue (Bill. dongs) - Health insurance": ("revenue", "health", BILLION),
    "Total revenue (Bill. dongs) - Unemployment insurance":
        ("revenue", "unemployment", BILLION),
    "Total expenditure (Bill. dongs)": ("expenditure", "all", BILLION),
    "Total expenditure (Bill. dongs) - Social insurance": ("expenditure", "social", BILLION),
    "Total expenditure (Bill. dongs) - Health insurance": ("expenditure", "health", BILLION),
    "Total expenditure (Bill. dongs) - Unemployment insurance":
        ("expenditure", "unemployment", BILLION),
    "End-year surplus (Bill. dongs)": ("end_year_surplus", "all", BILLION),
    "End-year surplus (Bill. dongs) - Social insurance":
        ("end_year_surplus", "social", BILLION),
    "End-year surplus (Bill. dongs) - Health insurance":
        ("end_year_surplus", "health", BILLION),
    "End-year surplus (Bill. dongs) - Unemployment insurance":
        ("end_year_surplus", "unemployment", BILLION),
}


def insurance() -> list[dict]:
    source = "gso-insurance-2018"
    path = path_of(source)
    _, cells = read(source)
    rows = []
    for c in cells:
        if not in_period(c.year):
            continue
        label = c.row_label.strip()
        if label not in INSURANCE:
            fail(path, "unknown indicator", label)
        measure, scheme, unit = INSURANCE[label]
        value = pxweb.number(c.raw)
        if value is None or value < 0:
            fail(path, f"no figure for {c.year}", label)
        rows.append({"geo": "whole-country", "year": c.year, "measure": measure,
                     "scheme": scheme, "unit": unit, "value": fmt(value),
                     "status": status_of(c), "source": source})
    if len({(r["measure"], r["scheme"]) for r in rows}) != len(INSURANCE):
        fail(path, "an indicator is missing")
    # 2017: GSO's participants of the same concept, from its 2018 yearbook's overview
    return rows + nso_revised.insurance_2017()


#: State budget lines re-keyed: the total and the social lines (the other lines are
#: investment, economic services, science, broadcasting, administration, reserves).
BUDGET = {
    "TOTAL EXPENDITURE": "total",
    "Expenditure on social and economic services": "social_economic_services",
    "Expenditure on education and training": "education_training",
    "Expenditure on health care": "health_care",
    "Pension and social relief": "pension_social_relief",
}
BUDGET_MEASURES = {"Total (Bill.dongs)": ("amount", BILLION),
                   "Structue (%)": ("share", "% of total expenditure")}


def budget() -> list[dict]:
    source = "gso-budget-expenditure-2018"
    path = path_of(source)
    _, cells = read(source)
    rows = []
    for c in cells:
        if not in_period(c.year):
            continue
        label = c.row_label.strip()
        if label not in BUDGET:
            continue
        head = ESTIMATE.sub("", c.column)
        head = re.sub(r"\s*\b(19|20)\d\d\b", "", head).strip()
        if head not in BUDGET_MEASURES:
            fail(path, f"unexpected column {c.column!r}", label)
        measure, unit = BUDGET_MEASURES[head]
        value = pxweb.number(c.raw)
        if value is None or value < 0 or (measure == "share" and value > 100):
            fail(path, f"no valid figure for {c.year} ({head})", label)
        rows.append({"geo": "whole-country", "year": c.year, "item": BUDGET[label],
                     "measure": measure, "unit": unit, "value": fmt(value),
                     "status": status_of(c), "source": source})
    if len({r["item"] for r in rows}) != len(BUDGET):
        fail(path, "a budget line is missing")
    return rows


#: Key indicators rows -> (item, unit)
NATIONAL_ACCOUNTS = {
    "Gross domestic product at current prices (Bill. Dongs)":
        ("gdp_current", BILLION),
    "Per capita gross domestic product at current prices in Vietnam currency (Thous. Dongs)":
        ("gdp_per_capita_current", "thousand VND"),
    "Per capita gross domestic product at current prices in foreign currency (at average "
    "exchange rate) (USD)": ("gdp_per_capita_usd", "USD"),
    "Gross capital formation at current prices (Bill. dongs)":
        ("gross_capital_formation_current", BILLION),
    "Final consumption at current prices (Bill. dongs)": ("final_consumption_current", BILLION),
    "Export of goods and services at current prices (Bill. Dongs)":
        ("exports_current", BILLION),
    "Import of goods and services at current prices (Bill. Dongs)":
        ("imports_current", BILLION),
    "Gross national income at current prices- Bill. dongs": ("gni_current", BILLION),
    "Gross domestic product at constant 2010 prices (Bill. Dongs)":
        ("gdp_constant_2010", "billion VND at 2010 prices"),
    "Growth rate of GDP at constant 2010 prices(Previous year = 100) (%)":
        ("gdp_growth", "% a year"),
    "Gross capital formation compared with GDP (At current prices) (%)":
        ("gross_capital_formation_pct_gdp", "% of GDP"),
    "Gross fixed capital compared with GDP (At current prices) (%)":
        ("gross_fixed_capital_pct_gdp", "% of GDP"),
    "Final consumption compared with GDP (At current prices) (%)":
        ("final_consumption_pct_gdp", "% of GDP"),
    "Export of goods and services compared with GDP (At current prices) (%)":
        ("exports_pct_gdp", "% of GDP"),
    "Import of goods and services compared with GDP (At current prices) (%)":
        ("imports_pct_gdp", "% of GDP"),
    "Gross national income compared with GDP (At current prices) (%)":
        ("gni_pct_gdp", "% of GDP"),
}


def national_accounts() -> list[dict]:
    source = "gso-national-accounts-2018"
    path = path_of(source)
    _, cells = read(source)
    rows = []
    for c in cells:
        if not in_period(c.year):
            continue
        label = c.row_label.strip()
        if label not in NATIONAL_ACCOUNTS:
            fail(path, "unknown item", label)
        item, unit = NATIONAL_ACCOUNTS[label]
        value = pxweb.number(c.raw)
        if value is None or value <= 0:
            fail(path, f"no positive figure for {c.year}", label)
        rows.append({"geo": "whole-country", "year": c.year, "vintage": "pre-revision",
                     "item": item, "unit": unit, "value": fmt(value),
                     "status": status_of(c), "source": source})
    if len({r["item"] for r in rows}) != len(NATIONAL_ACCOUNTS):
        fail(path, "an item is missing")
    return rows


# --- schemas ----------------------------------------------------------------------------

def field(name: str, kind: str = "string", description: str | None = None, *,
          unit: str | None = None, **constraints) -> dict:
    """A schema field; every field of these tables is required."""
    return package.field(name, kind, description, required=True, unit=unit, **constraints)

GEO = field("geo", description="Geography slug (data/geographies.csv)")
YEAR = field("year", "integer", minimum=FIRST_YEAR, maximum=LAST_YEAR)
STATUS = field("status", description="final; preliminary (header marked 'Prel.' or 'Pre.'); "
               "estimate (header marked 'Est.')",
               enum=["final", "preliminary", "estimate"])
SOURCE = field("source", description="Source id (data/sources.csv)")
CENSUS_VINTAGE = field(
    "vintage", description="pre-2019-census: as published before GSO revised the series "
    "after the 2019 census (the same vintage as the population table's pre-2019-census "
    "rows)", enum=["pre-2019-census"])
BOTH_VINTAGES = field(
    "vintage", description="pre-2019-census: as GSO published the series in its 2018 "
    "edition; post-2019-census: the series NSO revised after the 2019 census (the vintages "
    "of the population table). The two are different series and never one line",
    enum=["pre-2019-census", "post-2019-census"])
LABOUR_VINTAGES = field(
    "vintage", description="pre-2019-census: GSO's 2018 edition (2010-2016); "
    "post-2019-census: NSO's series revised after the 2019 census (2010-2020); icls-19: "
    "NSO's 2021 figure, on the labour force survey's new definitions (19th ICLS: people "
    "producing only for their own use left out). Three series, never one line",
    enum=["pre-2019-census", "post-2019-census", "icls-19"])
NA_VINTAGE = field(
    "vintage", description="pre-revision: GDP-based figures as published in GSO's 2018 "
    "edition, before GSO's later revision of the national accounts; later editions give "
    "other levels, so the two are never mixed", enum=["pre-revision"])
FOREIGN_KEYS = [{"fields": ["geo"], "reference": {"resource": "geographies", "fields": ["slug"]}},
                {"fields": ["source"], "reference": {"resource": "sources", "fields": ["id"]}}]
NATIONAL = field("geo", description="whole-country (a national table)",
                 enum=["whole-country"])


def resource(name: str, title: str, description: str, source: str, fields: list[dict],
             key: list[str], more: tuple[str, ...] = ()) -> dict:
    """A table's schema; ``more``: ids of :data:`rekey.nso_revised.SOURCES` it also holds."""
    later = [{"title": f"{s['publisher']}, {s['title']}", "path": s["url"]}
             for s in nso_revised.SOURCES if s["id"] in more]
    return {
        "name": name, "path": f"{name}.csv", "profile": "tabular-data-resource",
        "title": title, "description": description, "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8",
        "sources": [{"title": f"General Statistics Office of Viet Nam, {TABLES[source][1]} "
                              "(2018 edition)", "path": URL}] + later,
        "licenses": [{"name": "GSO-public",
                      "title": "GSO official statistics, free to reuse with attribution"}],
        "schema": {"fields": fields, "primaryKey": key, "foreignKeys": FOREIGN_KEYS},
    }


def value(unit: str, lo: float, hi: float | None = None, description: str | None = None):
    c = {"minimum": lo}
    if hi is not None:
        c["maximum"] = hi
    return field("value", "number", description, unit=unit, **c)


def schemas() -> list[dict]:
    return [
        resource(
            "labour_force", "Labour force aged 15 and over by province and region",
            "Labour force at 15 years of age and above (employed and unemployed persons), "
            "thousand persons, for the country, the six GSO regions and the 63 provinces, in "
            "three vintages: GSO's 2018 edition, 2010-2016 (2016 preliminary); NSO's table "
            "V02.34 of the series revised after the 2019 census, 2010-2020; and V02.34's "
            "preliminary 2021, on the labour force survey's new definitions (19th ICLS), "
            "which leave out people producing only for their own use. Provinces add up to "
            "regions within each vintage; the vintages differ by the revision (the country in "
            "2010: 50,392.9 before, 50,473.5 after) and by the definitions, and are never "
            "joined into one series.",
            "gso-labour-force-province-2018",
            [GEO, YEAR, LABOUR_VINTAGES, value("thousand persons", 0), STATUS, SOURCE],
            ["geo", "year", "vintage"], ("nso-labour-force-province-v0234",)),
        resource(
            "employed_share", "Employed persons aged 15 and over as a share of the population",
            "Percentage of employed workers at 15 years of age and above among the "
            "population, by province and region, 2010-2016 (2016 preliminary). The "
            "denominator is the whole population (all ages): the share times the average "
            "population of the same edition comes to 93.5-100.3 % of the labour force aged 15+. "
            "It does not give employed persons exactly: in five province-years the product "
            "exceeds the labour force (Thai Nguyen 2015: 59.9 % x 1,215.3 = 728.0 thousand "
            "against 725.5), so GSO's denominator is not exactly this average population, "
            "and the book derives no count of employed persons from it.",
            "gso-employed-share-province-2018",
            [GEO, YEAR, CENSUS_VINTAGE,
             value("% of the average population (all ages)", 0, 100), STATUS, SOURCE],
            ["geo", "year", "vintage"]),
        resource(
            "trained_share", "Trained employed workers aged 15 and over by province",
            "Percentage of trained employed workers at 15 years of age and above (those "
            "with a technical or professional qualification, as GSO defines it in a "
            "footnote the export does not carry) among all employed persons aged 15+. Two "
            "vintages: GSO's 2018 edition, by province and region, 2010-2016 (2016 "
            "preliminary); and the revised provincial series as NSO's PX-Web showed it in "
            "2021, 2015-2018, whose labour force of the same years is the post-2019-census "
            "series (Ha Noi 2015: 39.4 in the first, 43.8 in the second), carried on to "
            "2019-2020 by NSO's table E02.55 (which prints the same 2015-2018 figures, and the "
            "whole country's and the six GSO regions' own figures for 2015-2022, held here "
            "as it prints them); and "
            "E02.55's 2021-2022 on the labour force survey's new definitions (icls-19). "
            "Breaks, never one line.",
            "gso-trained-share-province-2018",
            [GEO, YEAR, LABOUR_VINTAGES, value("% of employed persons aged 15+", 0, 100),
             STATUS, SOURCE],
            ["geo", "year", "vintage"], ("nso-trained-share-province-2021",
                                         "nso-trained-province-e0255")),
        resource(
            "unemployment", "Unemployment and underemployment rates by region and age group",
            "Unemployment and underemployment rates of the labour force at working age "
            "(men 15-59, women 15-54), whole country and the six GSO regions, by age "
            "group, 2014-2016 (2016 preliminary). The table has no urban/rural split: "
            "area is always total. The 2014 rates for ages 50+ are printed as given but do "
            "not agree with the general rate (in the Red River Delta 8.37 % at 50+ against "
            "2.82 % for all ages and 0.77 % at 50+ in 2015).",
            "gso-unemployment-region-2018",
            [GEO, YEAR,
             field("indicator", enum=["unemployment", "underemployment"]),
             field("age_group", description="total = the table's 'General' column",
                   enum=["total", "15-24", "25-49", "50+"]),
             field("area", description="urban, rural or total; this table gives total only",
                   enum=["total", "urban", "rural"]),
             value("% of the labour force at working age", 0, 100), STATUS, SOURCE],
            ["geo", "year", "indicator", "age_group", "area"]),
        resource(
            "productivity_national", "Labour productivity by industry (whole country)",
            "Productivity of the employed population by industry: GDP (value added) at "
            "current prices per employed person, million VND, 2010-2016 (2016 "
            "preliminary). The export prints no unit. GDP at current prices (billion VND, "
            "national accounts table) over the employed persons implied by the employed "
            "share and the average population (thousand) gives the printed totals to "
            "within 0.1 in 2010-2016, so the unit is million VND per employed person.",
            "gso-productivity-industry-2018",
            [NATIONAL, YEAR, NA_VINTAGE,
             field("industry", description="total, or the VSIC 2007 section letter",
                   enum=list(INDUSTRIES.values())),
             field("industry_name", description="the industry as GSO prints it"),
             value("million VND per employed person, current prices", 0), STATUS, SOURCE],
            ["geo", "year", "vintage", "industry"]),
        resource(
            "insurance_national",
            "Social, health and unemployment insurance: participants, revenue, spending",
            "Insured persons, beneficiaries and recipients, revenue, expenditure and "
            "end-year surplus of social, health and unemployment insurance, whole country, "
            "2010 and 2012-2015 (the table has no 2011 column). Units differ by row (unit "
            "column): thousand persons, persons or billion VND. Social insurance "
            "'recipients' jump from 395.9 thousand (2012) to 7,135.6 thousand (2013), a "
            "break in what the row counts that no change in the scheme explains: the row is "
            "not comparable across it. Health insurance 'recipients' exceed the population "
            "from 2012 on, so they cannot count distinct persons. 2017: the insured persons "
            "of the three schemes only, as GSO's 2018 yearbook prints them in its overview "
            "(the same concept; 2016 is not printed in either source).",
            "gso-insurance-2018",
            [NATIONAL, YEAR,
             field("measure", description="insured persons; monthly beneficiaries; "
                   "recipients; recipients of vocational training or job-search support; "
                   "revenue; expenditure; end-year surplus",
                   enum=["insured", "monthly_beneficiaries", "recipients",
                         "training_job_search_recipients", "revenue", "expenditure",
                         "end_year_surplus"]),
             field("scheme", description="all = the three schemes together",
                   enum=["all", "social", "health", "unemployment"]),
             field("unit", enum=[THOUSAND, PERSONS, BILLION]),
             value("see the unit column", 0), STATUS, SOURCE],
            ["geo", "year", "measure", "scheme"], ("gso-yearbook-2018-insurance-overview",)),
        resource(
            "budget_national", "State budget expenditure: total and social lines",
            "State budget expenditure final accounts, whole country, 2010-2016: total "
            "expenditure, expenditure on social and economic services and three of its "
            "lines (education and training, health care, pension and social relief), as "
            "billion VND and as % of total expenditure. 2015 is preliminary and 2016 an "
            "estimate (the budget plan's figure), as the table marks them.",
            "gso-budget-expenditure-2018",
            [NATIONAL, YEAR,
             field("item", description="total = TOTAL EXPENDITURE; social_economic_services"
                   " = Expenditure on social and economic services; education_training; "
                   "health_care; pension_social_relief = Pension and social relief",
                   enum=list(BUDGET.values())),
             field("measure", description="amount (billion VND) or share (% of total "
                   "expenditure, as printed in the table's 'Structure' columns)",
                   enum=["amount", "share"]),
             field("unit", enum=[BILLION, "% of total expenditure"]),
             value("see the unit column", 0), STATUS, SOURCE],
            ["geo", "year", "item", "measure"]),
        resource(
            "national_accounts_gso", "Key indicators on national accounts (GSO, 2018 edition)",
            "GDP, GDP per head, GNI, capital formation, final consumption, exports and "
            "imports at current prices, GDP at constant 2010 prices and its growth, and "
            "ratios to GDP, whole country, 2010-2016 (2016 preliminary). Vintage: as "
            "published before GSO's later revision of the national accounts.",
            "gso-national-accounts-2018",
            [NATIONAL, YEAR, NA_VINTAGE,
             field("item", enum=[i for i, _ in NATIONAL_ACCOUNTS.values()]),
             field("unit", enum=sorted({u for _, u in NATIONAL_ACCOUNTS.values()})),
             value("see the unit column", 0), STATUS, SOURCE],
            ["geo", "year", "vintage", "item"]),
    ]


def write_schemas() -> None:
    package.update(schemas(), DESCRIPTOR)

TABLE_COLUMNS = {
    "labour_force": ["geo", "year", "vintage", "value", "status", "source"],
    "employed_share": ["geo", "year", "vintage", "value", "status", "source"],
    "trained_share": ["geo", "year", "vintage", "value", "status", "source"],
    "unemployment": ["geo", "year", "indicator", "age_group", "area", "value", "status",
                     "source"],
    "productivity_national": ["geo", "year", "vintage", "industry", "industry_name", "value",
                              "status", "source"],
    "insurance_national": ["geo", "year", "measure", "scheme", "unit", "value", "status",
                           "source"],
    "budget_national": ["geo", "year", "item", "measure", "unit", "value", "status",
                        "source"],
    "national_accounts_gso": ["geo", "year", "vintage", "item", "unit", "value", "status",
                              "source"],
}
READERS = {"labour_force": labour_force, "employed_share": employed_share,
           "trained_share": trained_share, "unemployment": unemployment,
           "productivity_national": productivity, "insurance_national": insurance,
           "budget_national": budget, "national_accounts_gso": national_accounts}


def main(names: list[str]) -> None:
    specs = {r["name"]: r for r in schemas()}
    for name in names or list(READERS):
        fields = TABLE_COLUMNS[name]
        assert fields == [f["name"] for f in specs[name]["schema"]["fields"]], name
        write_table(name, fields, READERS[name](), key=specs[name]["schema"]["primaryKey"])
    write_sources()
    write_schemas()


if __name__ == "__main__":
    main(sys.argv[1:])
