"""Schemas of the tables keyed from documents: press figures, the seed documents'
figures, the thesis's figures and the reproduction ledger's claims.

Run from the repository root: ``python -m rekey.package``. It replaces (or
adds) these resources in ``data/datapackage.json`` and leaves every other resource
as it is. The schema is the contract: enums list every value a column may take, so
a new kind of row has to be described here before the tables validate.
"""
from __future__ import annotations

import json
from pathlib import Path

from rekey import press
from rekey.common import HERE

DESCRIPTOR = HERE.parent / "datapackage.json"


PERIOD_PATTERN = r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?"
PERIOD_HELP = ("Reference period, ISO style: '2020' (the year, or its end for stocks), "
               "'2022-09' (a point in that month), '2018-10-31' (a dated point), "
               "'2015/2021' (a period of years), '2022-01/2022-11' (January to November, "
               "cumulative)")
QUALIFIERS = list(press.QUALIFIER_NAMES)
QUALIFIER_HELP = ("How the figure is printed: " + "; ".join(f"{k} = {v}" for k, v in
                                                             press.QUALIFIER_NAMES.items()))
STATUS = ["reported", "preliminary", "estimate", "target", "plan"]
STATUS_HELP = ("reported = printed without a status; preliminary = marked preliminary "
               "(sơ bộ); estimate = an estimate made before the year's final figures (ước "
               "tính), or a provincial plan-report figure; target = a target for the year; "
               "plan = a planned figure")
PRESS_LICENCE = [{"name": "quotation",
                  "title": "Figures quoted for reference, © the outlet of each page (see the sources table)"}]
DOCUMENT_LICENCE = [{"name": "quotation",
                     "title": "Figures and short quotations quoted for reference, © the authors and outlets of the documents (see the sources table)"}]


def field(name: str, kind: str = "string", description: str | None = None, *,
          required: bool = False, unit: str | None = None, **constraints) -> dict:
    f = {"name": name, "type": kind}
    if description:
        f["description"] = description
    if unit:
        f["unit"] = unit
    c = dict(constraints)
    if required:
        c = {"required": True, **c}
    if c:
        f["constraints"] = c
    return f


def fk(*fields: str, resource: str, to: str) -> dict:
    return {"fields": list(fields), "reference": {"resource": resource, "fields": [to]}}


GEO_FK = fk("geo", resource="geographies", to="slug")
SOURCE_FK = fk("source", resource="sources", to="id")


def resource(name: str, title: str, description: str, fields: list[dict], key: list[str],
             foreign: list[dict], sources: list[dict], licences: list[dict]) -> dict:
    return {
        "name": name, "path": f"{name}.csv", "profile": "tabular-data-resource",
        "title": title, "description": description, "format": "csv",
        "mediatype": "text/csv", "encoding": "utf-8", "sources": sources,
        "licenses": licences,
        "schema": {"fields": fields, "primaryKey": key, "foreignKeys": foreign},
    }


# --- press tables ---------------------------------------------------------------------------

def _indicators(table: str) -> list[str]:
    names = {ind for t, ind, _, _ in press.LABELS.values() if t == table}
    if table == press.ECO:
        names |= {ind for ind, _, _ in press.ECONOMY.values()} | {"grdp_per_capita_usd"}
    return sorted(names)


def _units(table: str) -> list[str]:
    units = {u for t, _, u, _ in press.LABELS.values() if t == table}
    if table == press.ECO:
        units |= {u for _, u, _ in press.ECONOMY.values()} | {"USD per person per year"}
    return sorted(units)


PRESS_PAGES_SOURCE = [{"title": "Web pages (official releases, statistical yearbooks, Viet Nam "
                                "Social Security, press) listed in the sources table; details "
                                "of each page in the documents table"}]

INDICATOR_HELP = {
    press.INS: ("si_* social insurance (compulsory + voluntary unless named), ui_* unemployment "
                "insurance, hi_* health insurance, ai_od_* labour accident and occupational "
                "disease insurance. *_participants: persons insured; *_coverage_labour_force, "
                "*_coverage_working_age_labour_force, *_coverage_workforce: percent of the "
                "denominator the page names (three different series, never merged); "
                "hi_coverage_population: percent of the population; *_change: increase over the "
                "period; insurance_revenue: premium revenue of the funds."),
    press.LIV: ("income_per_capita: monthly average income per head at current prices (VHLSS), "
                "by group; r5_r1: mean income of the richest fifth over the poorest fifth; gini: "
                "income Gini coefficient (GSO's, income-based); income_growth: growth of "
                "income per head over the period; hdi: Human Development Index; "
                "income_per_capita_annual_provincial: a province's own annual estimate."),
    press.POV: ("Three poverty measures, never one series. admin_*: MOLISA's annual "
                "administrative review of poor and near-poor households (rates in percent of "
                "households, counts in households), under the poverty standard in 'standard'; "
                "vhlss_*: GSO's multidimensional poor-household rate from the Household Living "
                "Standards Survey; mpi_headcount: the GSO-UNDP multidimensional poverty index "
                "headcount."),
    press.SOC: ("Counts of people with meritorious services (and relatives, martyrs, war "
                "invalids, victims of toxic chemicals), of social-assistance beneficiaries, of "
                "people supported under Government Resolution 42/NQ-CP (COVID-19, 2020), and "
                "budgets for gifts. *_cumulative counts everyone ever recognised, not current "
                "beneficiaries."),
    press.ECO: ("grdp: gross regional domestic product; grdp_growth: growth over the previous "
                "year; grdp_growth_index: previous year = 100; grdp_average_growth: average "
                "annual growth over the period (whole country: GDP); grdp_per_capita(_usd): per "
                "head; grdp_ratio: last over first year of the period; grdp_sector_*: by "
                "sector (group); double_digit_growth_years: consecutive years of growth of 10 % "
                "or more; state_budget_revenue: state budget revenue collected in the province."),
    press.LAB: ("labour_force: labour force aged 15 and over (persons); employed_urban_share: "
                "share of urban residents among the employed aged 15 and over (percent)."),
}

PRESS_TABLES = {
    press.INS: ("Social, health and unemployment insurance: participants and coverage (press "
                "and official pages)",
                "Figures of Viet Nam Social Security (VSS) as printed on VSS's own pages and in "
                "the press: participants, coverage of the labour force or population, revenue; "
                "whole country 1995-2023 (year-end figures and points within the year) and "
                "three provinces. Coverage rates with different denominators are different "
                "indicators.", 1995, 2023),
    press.LIV: ("Income per head, quintiles, R5/R1, Gini and HDI from survey releases (press "
                "and official pages)",
                "Results of GSO's Household Living Standards Survey (VHLSS) 2016-2022 as "
                "printed in press releases, their reposts and provincial yearbooks: whole "
                "country, GSO regions and the provinces printed.", 2010, 2022),
    press.POV: ("Poverty: three measures kept apart (press and official pages)",
                "Poor and near-poor household rates and counts from MOLISA's administrative "
                "review, GSO's VHLSS multidimensional poor-household rate and the GSO-UNDP "
                "multidimensional poverty index; whole country, regions and provinces, "
                "2016-2022.", 2016, 2022),
    press.SOC: ("People with meritorious services and social-assistance beneficiaries (press "
                "and official pages)",
                "Counts of people with meritorious services and social-assistance "
                "beneficiaries, and gift budgets, printed by provinces of the Northern KER "
                "and for the whole country, 2009-2024.", 2009, 2024),
    press.ECO: ("GRDP of key-economic-region provinces: totals, growth, per head (yearbooks, "
                "official releases, press)",
                "GRDP totals and growth of KER provinces from provincial statistical yearbooks "
                "and statistics offices' releases. GSO revised the GRDP series (2010 onward): "
                "'vintage' keeps the series before the revision apart from the revised one, "
                "and no series mixes them; December press figures are estimates.", 2010, 2022),
    press.LAB: ("Labour force and urban share of employment (provincial statistics offices)",
                "Labour force of Vinh Phuc 2010-2018 and the urban share of the employed in the "
                "Red River Delta and the seven Northern-KER provinces 2016-2018, from provincial "
                "statistics offices' publications.", 2010, 2018),
}

GROUPS = {
    press.LIV: ["total", "urban", "rural", "quintile-1", "quintile-5"],
    press.POV: ["total", "urban", "rural", "ethnic-minority-areas", "kinh-hoa"],
    press.ECO: ["total", "agriculture-forestry-fishery", "industry-construction", "services"],
    press.LAB: ["total", "urban", "rural"],
}
PRICE_BASIS = ["current", "constant-2010", "constant", "unstated", "not-applicable"]
PRICE_HELP = ("current = current prices; constant-2010 = constant 2010 prices; constant = "
              "at constant prices, base year not printed (growth rates); unstated = not "
              "printed; not-applicable")
VINTAGE = ["pre-revision", "post-revision", "unstated", "not-applicable"]
VINTAGE_HELP = ("pre-revision = GRDP series as published before GSO's revision (yearbooks to "
                "2017/2018); post-revision = the revised series (later yearbooks); unstated = "
                "the page does not say (press figures)")
STANDARDS = ["2016-2020", "2022-2025", "unstated", "not-applicable"]


def press_fields(table: str, years: tuple[int, int], crosscheck: bool = False) -> list[dict]:
    indicators = sorted({i for t in press.FIELDS for i in _indicators(t)}) if crosscheck \
        else _indicators(table)
    units = sorted({u for t in press.FIELDS for u in _units(t)}) if crosscheck else _units(table)
    fields = {
        "topic": field("topic", description="The main table the row would belong to",
                       required=True, enum=list(press.FIELDS)),
        "indicator": field("indicator", description=None if crosscheck else INDICATOR_HELP[table],
                           required=True, enum=indicators),
        "geo": field("geo", description="Geography slug", required=True),
        "period": field("period", description=PERIOD_HELP, required=True, pattern=PERIOD_PATTERN),
        "year": field("year", "integer", "Reference year (the last year of a period)",
                      required=True, minimum=years[0], maximum=years[1]),
        "group": field("group", description="Population group, area or sector ('total' when none)",
                       required=True,
                       enum=sorted({g for v in GROUPS.values() for g in v}) if crosscheck
                       else GROUPS.get(table, ["total"])),
        "price_basis": field("price_basis", description=PRICE_HELP, required=True, enum=PRICE_BASIS),
        "vintage": field("vintage", description=VINTAGE_HELP, required=True, enum=VINTAGE),
        "standard": field("standard", description="Poverty standard (poverty line) of the rate",
                          required=True, enum=STANDARDS),
        "value": field("value", "number", "The printed figure as a number, in 'unit' "
                       "(read with the page's number convention, then converted exactly)",
                       required=True, **({} if table == press.ECO or crosscheck else {"minimum": 0})),
        "unit": field("unit", description="Unit of 'value'", required=True, enum=units),
        "qualifier": field("qualifier", description=QUALIFIER_HELP, required=True, enum=QUALIFIERS),
        "printed": field("printed", description="The value exactly as printed on the page",
                         required=True),
        "printed_unit": field("printed_unit", description="The unit as printed (transcribed)",
                              required=True, enum=sorted(press.PRINTED_UNITS) + [
                                  "% per year (khoảng)"]),
        "status": field("status", description=STATUS_HELP, required=True, enum=STATUS),
        "label": field("label", description="The transcription's label of the figure",
                       required=True),
        "quality": field("quality", description="weak = aggregator or blog (WEAK SOURCE); "
                         "unlocated = the page's address could not be recorded",
                         required=True, enum=["weak", "unlocated"]),
        "source": field("source", description="The page (sources table)", required=True),
        "note": field("note", description="Caveats for this row"),
    }
    names = press.CROSSCHECK_FIELDS if crosscheck else press.FIELDS[table]
    return [fields[n] for n in names]


def press_resources() -> list[dict]:
    out = []
    for table, (title, description, y0, y1) in PRESS_TABLES.items():
        key = [k for k in ("indicator", "geo", "period", "group", "price_basis", "source")
               if k in press.FIELDS[table]]
        out.append(resource(
            table, title, description + " Values as printed are kept in 'printed' with their "
            "qualifier (over, about, nearly, under); WEAK SOURCE rows are not in this table "
            "(see press_crosschecks).",
            press_fields(table, (y0, y1)), key, [GEO_FK, SOURCE_FK], PRESS_PAGES_SOURCE,
            PRESS_LICENCE))
    out.append(resource(
        "press_crosschecks",
        "Figures from weak or unlocated pages: cross-checks only",
        "Rows from aggregator and blog pages marked WEAK SOURCE, and from one article whose "
        "address could not be recorded. Never used as a series or cited as data: only to "
        "cross-check the main tables. 'topic' names the main table the row would belong to.",
        press_fields("", (2010, 2022), crosscheck=True),
        ["topic", "indicator", "geo", "period", "group", "price_basis", "source"],
        [GEO_FK, SOURCE_FK], PRESS_PAGES_SOURCE, PRESS_LICENCE))
    out.append(resource(
        "excluded_figures",
        "Figures left out, with the reason",
        "Printed figures that are not data for this book: no reference year printed, a failed "
        "consistency check, a definition that cannot be placed in a series, or a number that "
        "cannot be read. Listed so that the data appendix can show every gap.",
        [field("source", description="The page or document (sources table)", required=True),
         field("label", description="What the figure is, as transcribed", required=True),
         field("geo", description="Geography slug, when one applies"),
         field("period", description="The period as transcribed ('n.d.' = not printed)",
               required=True),
         field("printed", description="The value exactly as printed", required=True),
         field("printed_unit", description="The unit as printed", required=True),
         field("reason", description="Why it is left out", required=True)],
        ["source", "label"], [GEO_FK, SOURCE_FK], PRESS_PAGES_SOURCE + [
            {"title": "Seed documents listed in the sources table"}], PRESS_LICENCE))
    return out


def documents_resource() -> dict:
    return resource(
        "documents", "Details of the pages and documents figures were read from",
        "One row per web page or document in the sources table that figures were "
        "transcribed from: kind, outlet, author, date of publication as printed, language, "
        "the number convention of its figures (which the parser uses) and its quality.",
        [field("source", description="Id in the sources table", required=True, unique=True),
         field("kind", required=True, enum=[
             "press", "statistical-yearbook", "statistical-publication",
             "statistics-office-release", "social-security-agency", "government-portal",
             "aggregator", "study-extract", "journal-article", "research-article", "news",
             "thesis-summary"]),
         field("outlet", description="Publisher, outlet or site", required=True),
         field("author", description="Author(s) as printed; empty when none is printed"),
         field("published", description="Date of publication as printed (ISO, as precise as "
               "printed); empty when the page prints none",
               pattern=r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"),
         field("date_note", description="How the date was read, or that none is printed"),
         field("language", required=True, enum=["vi", "en"]),
         field("number_format", description="vi = 1.234.567,8; en = 1,234,567.8 (how the "
               "page's figures are read)", required=True, enum=list(press.FORMATS)),
         field("quality", description="official = statistics office, Viet Nam Social "
               "Security or provincial portal; press = mainstream press quoting an official "
               "source; secondary = a study quoting an official source; weak = aggregator or "
               "blog (cross-checks only); unlocated = address not recorded (cross-checks "
               "only); research = research article; thesis = the thesis",
               required=True, enum=["official", "press", "secondary", "weak", "unlocated",
                                    "research", "thesis"]),
         field("attributed_to", description="The publisher the page attributes its figures to"),
         field("note", description="Caveats")],
        ["source"], [SOURCE_FK], PRESS_PAGES_SOURCE, [{
            "name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
            "title": "Descriptions of the pages (the pages themselves: © their outlets)"}])


DOCUMENT_SOURCES = [{"title": "The four context documents of the project's seed documents, "
                             "listed in the sources table (ids of the document column)"}]
QUALIFIERS_RANGE = QUALIFIERS + ["range"]
QUALIFIER_RANGE_HELP = QUALIFIER_HELP + "; range = a range printed (value to value_high)"


def document_figures_resource() -> dict:
    return resource(
        "document_figures", "Figures stated in the context documents",
        "Every quantitative statement of the four context documents (an article on "
        "Resolution 42-NQ/TW, an article on the role of social security (2021), an article on "
        "social-security policy in Ho Chi Minh City with a survey, and a 2025 news item on "
        "voluntary social insurance), each with the document's short exact words and its "
        "place. Values are in the unit the document prints. A figure the document attributes "
        "to another publisher keeps that attribution. Not public data: figures as the "
        "documents report them.",
        [field("document", description="The document (sources table)", required=True),
         field("item", "integer", "Order of the figure in the document's keying", required=True,
               minimum=1),
         field("indicator", description="What the figure measures (snake_case key)",
               required=True, pattern="[a-z0-9]+(_[a-z0-9]+)*"),
         field("geo", description="Geography slug (a district's figures: its province, with the "
               "district in 'group')", required=True),
         field("group", description="Population group, area, district or category the figure "
               "is for; empty when the whole geography"),
         field("period", description=PERIOD_HELP + "; empty when the document prints no "
               "period", pattern=PERIOD_PATTERN),
         field("year", "integer", "Reference year (last year of the period); empty when none "
               "is printed", minimum=1990, maximum=2030),
         field("value", "number", "The figure as printed, in 'unit'", required=True),
         field("value_high", "number", "Upper end of a printed range"),
         field("unit", description="Unit as the document prints it", required=True),
         field("qualifier", description=QUALIFIER_RANGE_HELP, required=True,
               enum=QUALIFIERS_RANGE),
         field("printed", description="The figure exactly as printed in the quotation",
               required=True),
         field("kind", description="measurement; estimate; target (a goal for a year); survey "
               "(a result of the document's own survey); policy (a policy parameter, e.g. a "
               "subsidy rate or budget)", required=True,
               enum=["measurement", "estimate", "target", "survey", "policy"]),
         field("attributed_to", description="The publisher the document attributes the "
               "figure to (its citation), when it names one"),
         field("quotation", description="The document's short exact words (whitespace "
               "normalised)", required=True),
         field("location", description="Section and paragraph of the document", required=True),
         field("count", "integer", "Survey responses behind a share, when printed", minimum=0),
         field("base", "integer", "Survey responses the share is of, when printed", minimum=1),
         field("note", description="Caveats (inconsistencies in the text, years read from "
               "context)")],
        ["document", "item"],
        [GEO_FK, fk("document", resource="sources", to="id")], DOCUMENT_SOURCES,
        DOCUMENT_LICENCE)


def thesis_figures_resource() -> dict:
    from rekey import thesis

    return resource(
        "thesis_figures", "Figures reported by the thesis (not public data)",
        "Numbers and quantitative statements printed in the English summary of the thesis "
        "(its Table 3.20 and its text), kept apart from the public data and used only to "
        "compare with what the public tables give. Every row names the table or section of "
        "the thesis it comes from and quotes its short exact words. A statement without a "
        "number keeps its direction and no value.",
        [field("indicator", description="What the figure measures", required=True,
               pattern="[a-z0-9]+(_[a-z0-9]+)*"),
         field("geo", description="Geography slug", required=True),
         field("year", "integer", "Year the figure refers to (see year_basis)", required=True,
               minimum=2010, maximum=2023),
         field("value", "number", "The figure as printed, in 'unit'; empty for a direction "
               "without a number"),
         field("unit", description="Unit of 'value' (or of the quantity a direction is about)",
               required=True),
         field("reference", description="Table, figure or section of the thesis summary "
               "(text rows after Table 3.20 also give the sentence)", required=True),
         field("source", required=True),
         field("start_year", "integer", "First year of a printed period", minimum=2010,
               maximum=2023),
         field("year_basis", description="How 'year' was read: stated = printed with the "
               "figure; period-end = last year of the printed period (first in start_year); "
               "context = from the sentences around it; publication = no year printed, 2023 "
               "is the year of the summary", required=True,
               enum=["stated", "period-end", "context", "publication"]),
         field("value_high", "number", "Upper end of a printed range"),
         field("qualifier", description=QUALIFIER_RANGE_HELP + "; none = no number printed",
               required=True, enum=QUALIFIERS_RANGE + ["none"]),
         field("direction", description="A direction or rank the thesis states, in its words "
               "(empty when none)", enum=thesis.DIRECTIONS),
         field("quotation", description="The thesis summary's short exact words (a table row "
               "as printed, whitespace normalised)", required=True),
         field("note", description="How the row was read")],
        ["indicator", "geo", "year", "reference"], [GEO_FK, SOURCE_FK],
        [{"title": "Nguyen Hong Nhung (2023), Social Security in the Northern Key Economic "
                   "Region, summary of doctoral thesis, Viet Nam Institute for Development "
                   "Strategies"}],
        [{"name": "quotation", "title": "Figures quoted from the thesis for comparison"}])


def ledger_claims_resource() -> dict:
    from rekey import ledger

    keys = "; ".join(f"{k}: {ledger.INDICATOR_HELP[k]}" for k in ledger.INDICATORS)
    return resource(
        "ledger_claims", "Claims the reproduction ledger tests against public data",
        "Quantitative claims of the thesis summary (T..) and of the context documents (D..), "
        "each with the document's short exact words, the reported value (or stated "
        "direction), and the indicator key the ledger maps to a computation on public data. "
        "'test_basis' says what public data can test it; when it cannot, or only in part, "
        "'not_reproducible_reason' says why. Claims are listed whatever their outcome.",
        [field("claim", description="Claim id: T = thesis summary, D = context document",
               required=True, unique=True, pattern="[TD][0-9]{2}"),
         field("source", description="The document (sources table)", required=True),
         field("location", description="Section, table or paragraph of the document",
               required=True),
         field("quotation", description="The document's short exact words (whitespace "
               "normalised)", required=True),
         field("claim_type", description="measurement = a reported figure; change = a change "
               "between two printed figures (value to value_high); direction = a stated "
               "direction or rank without a figure to compare; target = a goal",
               required=True, enum=["measurement", "change", "direction", "target"]),
         field("indicator", description="Key of the computation the ledger maps the claim "
               "to. " + keys, required=True, enum=ledger.INDICATORS),
         field("geo", description="Geography slug", required=True),
         field("start_year", "integer", "First year of a claimed period", minimum=2010,
               maximum=2030),
         field("year", "integer", "Year of the claim (last year of a period); empty when the "
               "document prints none", minimum=2010, maximum=2030),
         field("value", "number", "Reported value, in 'unit'; empty for a direction"),
         field("value_high", "number", "Upper end of a reported range, or the second figure "
               "of a claimed change"),
         field("unit", description="Unit of 'value'", required=True),
         field("qualifier", description=QUALIFIER_RANGE_HELP + "; none = no figure",
               required=True, enum=QUALIFIERS_RANGE + ["none"]),
         field("direction", description="The stated direction or rank, in the document's "
               "sense"),
         field("test_basis", description="public-table = the project's public GSO/NSO/World "
               "Bank tables can give it; press-figure = only a figure of the press tables "
               "can; overlap = the public data cover part of the claim's period or "
               "geography, and the claim is tested on that part; partial = a proxy of "
               "another definition (no test); none = public data here cannot give it",
               required=True, enum=["public-table", "press-figure", "overlap", "partial",
                                    "none"]),
         field("public_data", description="The public tables (or press tables) that can "
               "test the claim"),
         field("not_reproducible_reason", description="Why public data here cannot give it, "
               "or what part of the claim they leave out (required when test_basis is "
               "overlap, partial or none)"),
         field("note", description="How the claim was read")],
        ["claim"], [GEO_FK, SOURCE_FK], DOCUMENT_SOURCES + [
            {"title": "Nguyen Hong Nhung (2023), Social Security in the Northern Key Economic "
                      "Region, summary of doctoral thesis"}], DOCUMENT_LICENCE)


def update(resources: list[dict], descriptor: Path = DESCRIPTOR) -> None:
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    names = [r["name"] for r in package["resources"]]
    for res in resources:
        if res["name"] in names:
            package["resources"][names.index(res["name"])] = res
        else:
            package["resources"].append(res)
            names.append(res["name"])
    for res in package["resources"]:
        if res["name"] == "sources":
            for f in res["schema"]["fields"]:
                if f["name"] == "edition":
                    f["description"] = ("Year of the edition the figures were read from (for "
                                        "web pages and articles: the year of publication); "
                                        "empty when the document does not state it (its row "
                                        "in the documents table says so)")
                    f["constraints"] = {"minimum": 1990, "maximum": 2026}
    descriptor.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n",
                          encoding="utf-8")
    print(f"{descriptor.name}: {len(resources)} resources updated")


def all_resources() -> list[dict]:
    return press_resources() + [documents_resource(), document_figures_resource(),
                                thesis_figures_resource(), ledger_claims_resource()]


if __name__ == "__main__":
    update(all_resources())
