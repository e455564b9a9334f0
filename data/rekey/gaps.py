"""What the thesis uses that the public tables here do not have: ``data/gaps.csv``.

Run from the repository root: ``python -m rekey.gaps``. It writes the table and
its resource in ``data/datapackage.json``.

A gap is one indicator of the thesis (a key of ``analysis.appendix.THESIS_INDICATORS``:
the seven indicators of its section 2.3 and the descriptive series of its chapter 3),
at one geographic level, over a span of years. Each row says what the thesis used,
why the public tables here do not have it, which candidate folders were searched and
which of them hold a part of it, and what the book does instead. The rows were
written from a reading of the English summary of the thesis (section 2.3 and
chapter 3) against every folder of ``../shared/data-candidates``.
"""
from __future__ import annotations

import csv
import json

from analysis.pages.appendix import THESIS_INDICATORS
from rekey import package
from rekey.common import DATA as OUT


FIELDS = ["gap", "thesis_indicator", "thesis_section", "geo_level", "first_year",
          "last_year", "years_note", "thesis_used", "why_missing", "candidates_checked",
          "partial_in", "book_instead", "instead_kind", "closing_series", "source"]

#: The candidate folders (../shared/data-candidates); every gap was checked in all.
CANDIDATES = ["gso-2018-choisy", "gso-pxweb-dstai", "gso-nsdp-sdmx-thanhqtran",
              "wb-wdi-vnm-dragonfly", "geo-vnmap", "press-figures",
              "nso-labourforce-province-tuyet3005", "nso-urban-migration-amezaikupan",
              "vn-devmap-income2018-trained", "transcribed-insurance-points",
              "yearbook-transcriptions"]
ALL = "; ".join(CANDIDATES)

LEVELS = ["province", "ker", "gso-region", "country"]
KINDS = ["thesis-figure", "press-figure", "national-figure", "regional-figure",
         "earlier-years", "none"]
KIND_HELP = ("thesis-figure = the thesis's own figure is quoted, labelled as the "
             "thesis's; press-figure = figures transcribed from official pages or the "
             "press; national-figure = the same indicator for the whole country only; "
             "regional-figure = the six GSO regions only; earlier-years = the public "
             "series for the years it covers, and the gap stated for the rest; none = "
             "the gap is stated in a sentence")

SOURCE = "thesis-summary-2023"

#: What the third search (stored provincial yearbook pages of Vinh Phuc, Hung Yen and Hai
#: Phong, official releases, public repositories) looked for and did not find.
NOT_FOUND = (" Searched for and not found (provincial yearbooks 2017-2022 of Vinh Phuc, "
             "Hung Yen and Hai Phong in stored pages; official releases; public "
             "repositories re-publishing GSO tables): {what}.")


def gap(indicator, level, first, last, used, why, partial, instead, kind, note="",
        closes=()):
    return {"closing_series": "; ".join(closes),"thesis_indicator": indicator, "thesis_section": THESIS_INDICATORS[indicator]["section"],
            "geo_level": level, "first_year": first, "last_year": last, "years_note": note,
            "thesis_used": used, "why_missing": why, "candidates_checked": ALL,
            "partial_in": partial, "book_instead": instead, "instead_kind": kind,
            "source": SOURCE}


GAPS = [
    # --- section 2.3: the seven indicators ---------------------------------------------
    gap("insurance_gdp_ratio", "province", 2010, 2021,
        "Total spending of social, health and unemployment insurance in each province "
        "(Viet Nam Social Security provincial records) over the province's GRDP.",
        "No public table gives insurance spending by province: GSO's insurance table is "
        "national (2010, 2012-2015) and the press pages give participants, not spending, "
        "for single provinces.",
        "gso-2018-choisy (national only)",
        "For the whole country only: GSO's national insurance spending over GDP; no KER "
        "or province value.", "national-figure", closes=('insurance_spending',)),
    gap("insurance_gdp_ratio", "country", 2016, 2021,
        "National insurance spending after 2015.",
        "GSO's table of social, health and unemployment insurance stops in 2015; the "
        "press pages give revenue for some years but no spending.",
        "press-figures (revenue only)",
        "The national ratio stops in 2015; later years are stated as a gap.",
        "earlier-years", closes=('insurance_spending',)),
    gap("si_growth_elasticity", "province", 2015, 2021,
        "Social-insurance participants by province (Viet Nam Social Security) against "
        "GRDP growth, Northern KER 2015-2021 (the thesis's Figure 3.9).",
        "No public series of participants by province: the press pages give single "
        "points (Bac Ninh 2019, Ba Ria-Vung Tau 2021), and GRDP at comparable prices by "
        "province is missing too (see the GRDP rows).",
        "press-figures (single provinces and dates)",
        "Only a national elasticity is possible: GSO's participants (2010-2015) and Viet "
        "Nam Social Security's year-end figures in the press, against GDP at 2010 prices.",
        "national-figure", closes=('si_insured',)),
    gap("labour_productivity", "province", 2010, 2017,
        "GRDP over the average number of employed people, by province and KER (the "
        "thesis ranks the Northern KER first on productivity growth).",
        "NSO's productivity by province (table E02.58) starts in 2018; before it, public "
        "employment by province stops in 2016 and public GRDP by province starts in 2018, "
        "so no earlier year has both.",
        "gso-2018-choisy (employment to 2016); gso-pxweb-dstai (GRDP per head from 2018); "
        "data/rekey/found/nso-labour-province-2018-2024-minhduc8386 (productivity and employed persons 2018-2022)",
        "NSO's productivity by province 2018-2022, on each basis of the labour force "
        "survey; national productivity before.", "earlier-years",
        closes=('labour_productivity',)),
    gap("gini", "province", 2018, 2021,
        "Gini coefficients of the whole country, the Red River Delta and the Northern "
        "KER in 2018, 2020 and 2021 (its Table 3.20).",
        "GSO's table of income by quintile and province ends with the 2016 survey; the "
        "2018-2021 survey results by province were not found (only national, regional "
        "and single-province figures in the press; the VHLSS 2018 provincial table found "
        "gives the total and its sources, no quintiles)."
        + NOT_FOUND.format(what="income by quintile and province, 2018-2022"),
        "press-figures (national, regional, Da Nang)",
        "Gini computed for 2010-2016; the thesis's 2018-2021 values quoted as the "
        "thesis's (Table 3.20).", "thesis-figure", closes=('gini',)),
    gap("a40", "province", 2018, 2021,
        "Income share of the poorest 40 % from the province quintile groups.",
        "Same missing table: income by quintile and province after the 2016 survey.",
        "press-figures (national and regional quintile means)",
        "A40 for 2010-2016 only.", "earlier-years", closes=('a40',)),
    gap("r5_r1", "province", 2018, 2021,
        "Ratio of the richest to the poorest fifth's income.",
        "Same missing table: income by quintile and province after the 2016 survey.",
        "press-figures (national, regional and a few provinces)",
        "R5/R1 for 2010-2016; later national and regional figures only in the press "
        "tables.",
        "earlier-years", closes=('r5_r1',)),
    gap("poverty_growth_elasticity", "province", 2017, 2022,
        "Poverty rate and average income of the Northern KER over 2015-2019, 2020-2021 "
        "and 2021-2022.",
        "Poverty rates by province stop in 2016 in the public tables here; income per head "
        "by province reaches 2018 (VHLSS 2018), so no period after 2016 has both."
        + NOT_FOUND.format(what="poverty rates by province 2017-2022; income per head by "
                                "province 2020 and 2022"),
        "gso-2018-choisy (to 2016); vn-devmap-income2018-trained (income 2018); "
        "press-figures (single provinces, 2020-2022)",
        "Only the survey years to 2016 can be used; the thesis's reading of later periods "
        "is kept in its words in the thesis-figures table.", "earlier-years", closes=('poverty_rate', 'income_per_capita')),
    # --- chapter 3: the descriptive series -----------------------------------------------
    gap("grdp", "province", 2010, 2017,
        "GRDP at current prices by province (the GRDP of the KERs and their growth pole "
        "role).",
        "The public table (GRDP per head by province) starts in 2018; provincial "
        "yearbooks give pre-revision figures for a few provinces, which cannot be joined "
        "to the revised series (Vinh Phuc 2015: 73,048 billion before, 78,644 after)."
        + NOT_FOUND.format(what="GRDP at current prices by province 2010-2017 in the "
                                "revised series; a provincial panel at 2010 prices exists "
                                "under 'All rights reserved' and is not used"),
        "press-figures (Vinh Phuc, Hung Yen, pre-revision); yearbook-transcriptions "
        "(Vinh Phuc GRDP pieces 2015 and 2018-2021, revised)",
        "GRDP from 2018 (GRDP per head times population); national GDP before.",
        "earlier-years", closes=('grdp_per_capita',)),
    gap("grdp", "province", 2010, 2022,
        "GRDP at comparable (2010) prices by province, for growth rates.",
        "No public table by province at comparable prices; the PX-Web table is at "
        "current prices. Growth rates of single provinces appear in the press, often "
        "as December estimates.",
        "press-figures (growth rates of KER provinces); gso-nsdp-sdmx-thanhqtran "
        "(national only)",
        "National GDP at 2010 prices; provincial growth rates from the press, labelled "
        "as estimates where they are.", "national-figure"),
    gap("grdp", "province", 2010, 2022,
        "GRDP by economic sector by province (economic restructuring).",
        "No public table of GRDP by sector and province; the press gives single shares "
        "(Ha Noi's agriculture, Bac Ninh's industry) and two provincial yearbooks give "
        "pieces (Hung Yen's sectors at 2010 prices 2010-2013, Vinh Phuc's agriculture, "
        "foreign-invested sector and product taxes at current prices).",
        "press-figures (single shares); yearbook-transcriptions (Hung Yen 2010-2013, "
        "Vinh Phuc 2015 and 2018-2021)",
        "National GDP by use; Hung Yen's GRDP by sector at 2010 prices (2010-2013) and "
        "Vinh Phuc's foreign-invested sector and agriculture at current prices "
        "(2015-2021) as their yearbooks print them; the gap stated for the KERs.",
        "national-figure"),
    gap("income", "province", 2019, 2022,
        "Average income per head of the Northern KER against the national average (10 % "
        "higher in 2010, 20 % in 2020).",
        "Income per head by province is public to the 2018 survey (VHLSS 2018, total and "
        "sources); the 2020 and 2022 results by province appear only in the press for "
        "some provinces, and Vinh Phuc's 2020 figure comes from a provincial survey of "
        "its own, not the VHLSS."
        + NOT_FOUND.format(what="VHLSS income per head by province 2020 and 2022"),
        "press-figures (Ha Noi, Hai Phong, Bac Ninh, Vinh Phuc and others); "
        "yearbook-transcriptions (Vinh Phuc 2020, provincial survey)",
        "The income gap computed for 2010-2018; the thesis's 2020 figure quoted.",
        "thesis-figure", closes=('income_per_capita',)),
    gap("urbanization", "province", 2010, 2022,
        "Migration into the region's provinces (the growing flow of migrants from rural "
        "areas and other provinces).",
        "The public table carried here gives the net migration rate by province from "
        "2011, not the in- and out-migration rates, nor where migrants come from (rural "
        "areas or other provinces).",
        "nso-urban-migration-amezaikupan (net migration rate 2011-2022)",
        "The net migration rate 2011-2022 by province and, weighted by population, by "
        "KER; the split by origin is stated as a gap.", "earlier-years",
        note="the net rate is public for 2011-2022; in- and out-migration are not"),
    gap("insurance_coverage", "province", 2010, 2022,
        "Participants in social, health and unemployment insurance by province and "
        "coverage rates (Viet Nam Social Security).",
        "Viet Nam Social Security publishes no provincial series; the press gives single "
        "points for Bac Ninh (2019), Ba Ria-Vung Tau (2021), Ha Noi (2019, weak source; "
        "30 October 2021) and Hung Yen (October 2017; April 2019, no address), each on "
        "its own denominator."
        + NOT_FOUND.format(what="participants or coverage by province as a series; NSO "
                                "publishes a social-insurance participation rate by "
                                "province (table V03.22), but no public copy of its figures "
                                "was found"),
        "press-figures (single provinces and dates); transcribed-insurance-points (Ha "
        "Noi 30 October 2021 and Hung Yen October 2017, shown as points, Hung Yen April "
        "2019 not used, as no page address was recorded)",
        "National persons insured: GSO 2010-2015 and 2017; Viet Nam Social Security's "
        "year-end counts 2015-2022 as a series of their own; provincial points as "
        "reported.", "national-figure", closes=('si_insured',)),
    gap("insurance_fund", "province", 2010, 2021,
        "Revenue and spending of the social, health and unemployment insurance funds in "
        "the region (the thesis's yearly deficit).",
        "No provincial accounts of the funds are public here.",
        "gso-2018-choisy (national, 2010-2015)",
        "National revenue, spending and year-end balance 2010-2015.", "national-figure", closes=('insurance_revenue', 'insurance_spending')),
    gap("labour_force", "province", 2017, 2022,
        "Employed people by province in 2017 (and the labour force in 2022).",
        "The labour force by province is public to 2021 (NSO table V02.34, revised after "
        "the 2019 census; 2021 preliminary) and employed persons from 2018 (NSO table "
        "E02.45); the labour force of 2022 and employed persons of 2017 are missing (before "
        "2017, employment by province is public only as a share of the population). Vinh Phuc's "
        "yearbook gives its 2022 labour force on the ICLS-19 definition, a break with "
        "earlier years."
        + NOT_FOUND.format(what="labour force by province 2022; employed persons by "
                                "province 2017"),
        "nso-labourforce-province-tuyet3005 (2010-2021, revised); data/rekey/found/nso-labour-province-2018-2024-minhduc8386 "
        "(employed 2018-2022); gso-2018-choisy (to 2016); gso-nsdp-sdmx-thanhqtran "
        "(national); yearbook-transcriptions (Vinh Phuc 2017-2019, 2022)",
        "The revised provincial labour force to 2021 and the older vintage to 2016, "
        "never joined; employment by province to 2016.", "earlier-years",
        note="labour force public to 2021, employed persons from 2018"),
    gap("unemployment", "province", 2010, 2017,
        "Unemployment in the Northern KER (on an upward trend, worsened by COVID-19).",
        "NSO's unemployment rate by province (table E02.63) starts in 2018; before it, GSO "
        "regions only for 2014-2016, the country quarterly from 2016 and the World Bank's "
        "modelled national rate.",
        "data/rekey/found/nso-labour-province-2018-2024-minhduc8386 (provinces 2018-2022); gso-2018-choisy (GSO regions 2014-2016); "
        "gso-nsdp-sdmx-thanhqtran (national); wb-wdi-vnm-dragonfly (national)",
        "NSO's rates by province 2018-2022, on each basis of the labour force survey; "
        "GSO's regional rates for 2014-2016.", "earlier-years",
        closes=('unemployment_rate_province',)),
    gap("unemployment", "gso-region", 2017, 2017,
        "Unemployment by region in 2017.",
        "GSO's regional table covers 2014-2016 and NSO's table by province and region "
        "starts in 2018.",
        "gso-2018-choisy (2014-2016); data/rekey/found/nso-labour-province-2018-2024-minhduc8386 (2018-2022)",
        "The regional rates for 2014-2016 and 2018-2022, never one series.",
        "regional-figure", note="2010-2013 are missing as well",
        closes=('unemployment_rate',)),
    gap("social_assistance", "province", 2010, 2022,
        "People receiving monthly social assistance in each province.",
        "No GSO table; the ministry's counts reach the public as national totals in the "
        "press, and single provinces' support in one year (Hung Yen, 2020).",
        "press-figures (national totals, Hung Yen 2020)",
        "National counts from the press, cited by outlet and date.", "press-figure"),
    gap("social_assistance", "province", 2010, 2022,
        "Spending on social assistance by province.",
        "Provincial budget accounts are not in the candidates; GSO's national budget "
        "line 'pension and social relief' stops in 2016.",
        "gso-2018-choisy (national budget, 2005-2016)",
        "The national budget line; the gap stated for the provinces.", "national-figure"),
    gap("poverty_rate", "province", 2017, 2022,
        "Multidimensional poor-household rates by province (2016-2020 and 2022-2025 "
        "standards).",
        "GSO's provincial poverty table stops in 2016 and multidimensional rates by "
        "province were not found; the press gives 2020 survey rates for some provinces "
        "and the 2022 review for Hai Duong and Hung Yen."
        + NOT_FOUND.format(what="poverty or poor-household rates by province 2017-2022; "
                                "the labour ministry's decisions announcing the review "
                                "results (576/QĐ-LĐTBXH of 2021, 71/QĐ-LĐTBXH of 2023) are "
                                "stored only as their opening text, without the province "
                                "annexes"),
        "press-figures (some provinces, 2020 and 2022)",
        "Provincial rates to 2016; national and regional multidimensional rates from "
        "official releases in the press, each standard kept apart.", "press-figure", closes=('poverty_rate',)),
    gap("education", "province", 2010, 2022,
        "Education and training institutions from pre-school to university (4,118 in "
        "the Northern KER), universities and students.",
        "The public table counts schools of general education only, by province to "
        "2016; no pre-school, vocational or university counts, no students."
        + NOT_FOUND.format(what="schools by province after 2016 (Vinh Phuc's yearbook "
                                "table of schools is not in the stored pages)"),
        "gso-2018-choisy (general-education schools, to 2016)",
        "General-education schools to 2016; the thesis's count quoted as the thesis's.",
        "thesis-figure"),
    gap("health_care", "province", 2017, 2022,
        "Hospital beds and health establishments by province.",
        "Beds by province stop in 2016 and establishments in 2017; Hung Yen's yearbook "
        "gives only the share of communes with a doctor (2020-2022)."
        + NOT_FOUND.format(what="patient beds and health establishments by province "
                                "after 2016"),
        "gso-2018-choisy (beds to 2016); gso-pxweb-dstai (establishments to 2017)",
        "Beds per 10,000 people to 2016.", "earlier-years", closes=('patient_beds_health_departments',)),
    gap("housing", "province", 2010, 2022,
        "Dwelling area per person by province, 2010-2022 (20, 25 and 30 m² per person).",
        "Dwelling area by province is public for 2014 and 2016 only; by GSO region for "
        "the even years 2010-2016."
        + NOT_FOUND.format(what="dwelling area per person by province after 2016"),
        "gso-2018-choisy (provinces 2014 and 2016, regions 2010-2016)",
        "The regional series and the two provincial years; the thesis's figures quoted "
        "as the thesis's.", "regional-figure", note="2014 and 2016 are public", closes=('dwelling_area',)),
    gap("housing", "province", 2010, 2022,
        "Temporary housing and the supply of social housing (the thesis finds temporary "
        "houses remain and social housing is short).",
        "The public tables give dwelling area per person by type of house (2014 and "
        "2016), not the share of households in temporary houses nor social-housing "
        "supply.",
        "gso-2018-choisy (area by type of house, 2014 and 2016)",
        "The gap is stated in a sentence.", "none"),
    gap("clean_water", "province", 2010, 2022,
        "Households using hygienic (clean) water by province, and water projects.",
        "The share of households with hygienic water is public for the whole country "
        "only (even years 2006-2016).",
        "gso-2018-choisy (national, to 2016)",
        "The national share to 2016.", "national-figure", closes=('households_hygienic_water',)),
    gap("information", "province", 2010, 2022,
        "Access to information and communication by province.",
        "No table of access to information by province or region in the candidates.",
        "",
        "The gap is stated in a sentence.", "none"),
    gap("preferential_treatment", "province", 2010, 2022,
        "Number of people with meritorious services receiving allowances, by province.",
        "No public series; the press gives single counts (Hung Yen 2018, Hai Phong "
        "2024) and a national cumulative count.",
        "press-figures (Hung Yen, Hai Phong, national)",
        "The press counts, cited by outlet and date.", "press-figure"),
    gap("preferential_treatment", "province", 2010, 2022,
        "Spending on subsidies, allowances and preferential treatment by province (the "
        "thesis finds it relatively low).",
        "No public series; the press gives gift budgets of single years (Hai Phong, Bac "
        "Ninh, Ha Noi), not allowance spending.",
        "press-figures (gift budgets)",
        "The gap is stated; the press budgets are not used as spending.", "none"),
]


def rows() -> list[dict]:
    return [{"gap": f"G{i:02d}", **g} for i, g in enumerate(GAPS, start=1)]


def check(table: list[dict]) -> list[str]:
    problems = []
    shared = package.press.shared_dir() / "data-candidates"
    for r in table:
        if r["thesis_indicator"] not in THESIS_INDICATORS:
            problems.append(f"{r['gap']}: unknown thesis indicator {r['thesis_indicator']}")
        if not r["first_year"] <= r["last_year"]:
            problems.append(f"{r['gap']}: first year after last year")
        for folder in r["candidates_checked"].split("; "):
            if shared.is_dir() and not (shared / folder).is_dir():
                problems.append(f"{r['gap']}: no candidate folder {folder}")
    return problems


def resource() -> dict:
    field = package.field
    indicators = sorted(THESIS_INDICATORS)
    return package.resource(
        "gaps", "What the thesis uses that the public tables here do not have",
        "One row per gap: an indicator of the thesis (section 2.3 or chapter 3 of its "
        "summary) at one geographic level over a span of years, with what the thesis "
        "used, why the public tables here lack it, the candidate folders searched and "
        "those holding a part of it, and what the book does instead. Written by the "
        "book's authors from the thesis summary and the public tables; not data.",
        [field("gap", description="Gap id", required=True, unique=True, pattern="G[0-9]{2}"),
         field("thesis_indicator", description="Indicator of the thesis (the keys of "
               "analysis.appendix.THESIS_INDICATORS)", required=True, enum=indicators),
         field("thesis_section", description="Section of the thesis summary the "
               "indicator comes from", required=True, pattern=r"[23](\.[0-9]+)+"),
         field("geo_level", description="Finest geographic level missing (a province "
               "gap leaves the KERs without an aggregate too)", required=True,
               enum=LEVELS),
         field("first_year", "integer", "First year missing", required=True,
               minimum=2010, maximum=2022),
         field("last_year", "integer", "Last year missing", required=True,
               minimum=2010, maximum=2022),
         field("years_note", description="Years inside the span that are public, or "
               "missing years outside it"),
         field("thesis_used", description="What the thesis used", required=True),
         field("why_missing", description="Why the public tables here do not have it",
               required=True),
         field("candidates_checked", description="Folders of ../shared/data-candidates "
               "searched, separated by '; '", required=True),
         field("partial_in", description="Candidate folders holding a part of it (with "
               "what), empty when none"),
         field("book_instead", description="What the book does instead (or what the "
               "public tables allow instead)", required=True),
         field("instead_kind", description=KIND_HELP, required=True, enum=KINDS),
         field("closing_series", description="Series of the book (analysis.series keys, "
               "separated by '; ') that would fill the gap if all of them had figures for "
               "every geography of its level in one of its years; the build checks that "
               "they do not. Empty when the book registers no such series"),
         field("source", description="The document the thesis's use is read from",
               required=True)],
        ["gap"], [package.SOURCE_FK],
        [{"title": "Nguyen Hong Nhung (2023), Social Security in the Northern Key Economic "
                   "Region, summary of doctoral thesis; the candidate tables in "
                   "../shared/data-candidates"}],
        [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
          "title": "Creative Commons Attribution 4.0 (the book's own list)"}])


def main() -> None:
    table = rows()
    problems = check(table)
    if problems:
        raise SystemExit("\n".join(problems))
    with open(OUT / "gaps.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    package.update([resource()])
    print(f"gaps.csv: {len(table)} gaps")


if __name__ == "__main__":
    main()
