"""Key every figure of the thesis summary into ``data/thesis_figures.csv``.

Run from the repository root: ``python -m rekey.thesis``. The figures are keyed
by hand below from *Social Security in the Northern Key Economic Region* (summary of
the doctoral thesis, Nguyen Hong Nhung, 2023): its Table 3.20 and every number or
quantitative direction its text states. Each row keeps the thesis's short exact words
(``quotation``) and its place (``reference``). A statement without a number keeps
its direction in ``direction`` and no value: nothing is invented.

``year`` is the year a figure refers to; ``year_basis`` says how it was read:
stated (printed with the figure), period-end (last year of the printed period, the
first in ``start_year``), context (read from the sentences around it), publication
(no year printed: 2023, the year of the summary).

When the seed documents are on this machine the script checks every quotation
against the summary's text.
"""
from __future__ import annotations

import csv

from rekey import documents
from rekey.common import DATA as OUT


SOURCE = "thesis-summary-2023"
FIELDS = ["indicator", "geo", "year", "value", "unit", "reference", "source", "start_year",
          "year_basis", "value_high", "qualifier", "direction", "quotation", "note"]
NKER = "northern-ker"
PUB = 2023  # year of the summary, used only when the thesis prints no year

ROWS: list[dict] = []


def row(indicator, geo, year, value, unit, reference, quotation, *, start_year="",
        year_basis="stated", value_high="", qualifier="exact", direction="", note=""):
    ROWS.append(dict(indicator=indicator, geo=geo, year=year, value=value, unit=unit,
                     reference=reference, source=SOURCE, start_year=start_year,
                     year_basis=year_basis, value_high=value_high, qualifier=qualifier,
                     direction=direction, quotation=quotation, note=note))


# Table 3.20. GINI index over the period of 2010-2021 -------------------------------------
TABLE_320 = {
    "whole-country": ("The whole country", [0.433, 0.424, 0.430, 0.431, 0.425, 0.375, 0.374]),
    "red-river-delta": ("Red River Delta Region", [0.408, 0.393, 0.407, 0.401, 0.387, 0.317, 0.327]),
    NKER: ("The Northern KER", [0.365, 0.341, 0.303, 0.325, 0.308, 0.263, 0.296]),
}
for geo, (label, values) in TABLE_320.items():
    quote = label + " " + " ".join(f"{v:.3f}" for v in values)
    for year, value in zip((2010, 2012, 2014, 2016, 2018, 2020, 2021), values):
        row("gini", geo, year, value, "coefficient (0-1)", "Table 3.20", quote,
            note="The table's row as printed (columns 2010, 2012, 2014, 2016, 2018, 2020, 2021).")

# The text, in the order of the summary ---------------------------------------------------
row("living_standards_vs_country", NKER, PUB, "", "relative level", "Introduction, 1. Rationale",
    "the living standards of the people in the Northern KER is always higher than the national average",
    year_basis="publication", qualifier="none", direction="higher than the country")
row("a40_threshold", "whole-country", PUB, 17, "percent of total income", "2.3.2.2",
    "If the ratio is about 17% of the inequality is medium", year_basis="publication",
    qualifier="about",
    note="A general threshold for the A40 ratio (income share of the poorest 40 %), not a value for a place; above 17 % favours the poor.")
row("natural_area", NKER, PUB, 15.3, "thousand km2", "3.1.1",
    "The KER covers a natural area of about 15.3 thousand square kilometers", year_basis="publication",
    qualifier="about")
row("grdp_growth_vs_country", NKER, 2021, "", "percent per year", "3.1.2.2",
    "In the period 2010-2021, the economic growth rate of the Northern KER was faster than that of the national average",
    start_year=2010, year_basis="period-end", qualifier="none", direction="higher than the country")
row("grdp", NKER, 2021, "", "billion VND", "3.1.2.2",
    "the GRDP size of the Northern KER by economic sector and by its province/city has all increased",
    start_year=2010, year_basis="context", qualifier="none", direction="increase",
    note="Period from the preceding sentence (2010-2021).")
row("unemployment_rate", NKER, PUB, "", "percent", "3.2.2.2", "unemployment is on an upward trend",
    year_basis="publication", qualifier="none", direction="increase")
row("poor_household_rate_rank", NKER, PUB, "", "rank among regions", "3.2.3.2",
    "The Northern KER is the region with the lowest rate of poor households in the country",
    year_basis="publication", qualifier="none", direction="lowest")
row("training_institutions", NKER, PUB, 4118, "institutions", "3.2.4.1",
    "The Northern KER has 4,118 training institutions ranging from pre-school to higher education",
    year_basis="publication")
row("universities_and_students_rank", NKER, PUB, "", "rank among KERs", "3.2.4.1",
    "It is also the region with the largest number of universities and students compared to other KERs",
    year_basis="publication", qualifier="none", direction="largest")
row("dwelling_area_per_person", NKER, 2022, 20, "m2 per person", "3.2.4.3",
    "reaching the level of 20-25-30 m²/person", start_year=2010, year_basis="context", value_high=30,
    qualifier="range",
    note="Printed as '20-25-30'; the summary does not say what each level (20, 25, 30) refers to. Period from the sentence ('During the 12 years from 2010 to 2022').")
row("meritorious_people", NKER, PUB, "", "persons", "3.2.5",
    "The number of people with meritorious services in the KER tends to gradually decrease",
    year_basis="publication", qualifier="none", direction="decrease")
row("insurance_spending_growth_correlation", NKER, PUB, "", "sign", "3.3.1",
    "has positive impact on insurance coverage rate and total insurance spending in the Northern KER",
    year_basis="publication", qualifier="none", direction="positive")
row("si_growth_elasticity", NKER, 2021, "", "elasticity", "Figure 3.9",
    "Figure 3.9. The insurance and economic growth elasticity in the Northern key economic region over the period of 2015 – 2021",
    start_year=2015, year_basis="period-end", qualifier="none", direction="",
    note="Figure caption only: the summary prints no value.")
row("labour_productivity_growth_rank", NKER, PUB, 1, "rank in the country", "3.3.2",
    "The Northern KER is ranked number 1 in the country in terms of labor productivity growth",
    year_basis="publication", direction="first")
row("income_gap_vs_country", NKER, 2010, 10, "percent above the national average", "3.3.2",
    "in which the former was 10% higher than the latter (in 2010), increased to 20% (in 2020)",
    note="Average income of the Northern KER over the national average.")
row("income_gap_vs_country", NKER, 2020, 20, "percent above the national average", "3.3.2",
    "in which the former was 10% higher than the latter (in 2010), increased to 20% (in 2020)",
    note="Average income of the Northern KER over the national average.")
S = "3.3.2, text after Table 3.20, sentence "
row("gini", NKER, 2020, 0.4, "coefficient (0-1)", S + "1",
    "with the GINI index gradually decreasing, standing at below 40% in 2020", qualifier="under",
    note="Printed as a percentage (40 %). The sentence does not name its geography; it follows the paragraph on the Northern KER's income.")
row("gini", NKER, 2016, 0.325, "coefficient (0-1)", S + "2",
    "The GINI index of the Northern KER tended to decrease, from 0.325 in 2016 to 0.263 in 2020")
row("gini", NKER, 2020, 0.263, "coefficient (0-1)", S + "2",
    "The GINI index of the Northern KER tended to decrease, from 0.325 in 2016 to 0.263 in 2020")
row("gini_change", NKER, 2020, "", "coefficient (0-1)", S + "2",
    "The GINI index of the Northern KER tended to decrease, from 0.325 in 2016 to 0.263 in 2020",
    start_year=2016, year_basis="period-end", qualifier="none", direction="decrease")
row("gini", NKER, 2014, 0.303, "coefficient (0-1)", S + "3",
    "Although the GINI in 2014 was only 0.303, it increased to 0.325 in 2016")
row("gini", NKER, 2016, 0.325, "coefficient (0-1)", S + "3",
    "Although the GINI in 2014 was only 0.303, it increased to 0.325 in 2016")
row("gini_change", NKER, 2016, "", "coefficient (0-1)", S + "3",
    "Although the GINI in 2014 was only 0.303, it increased to 0.325 in 2016", start_year=2014,
    year_basis="period-end", qualifier="none", direction="increase",
    note="Explained by the thesis as the first phase of uneven income growth.")
row("grdp_growth", NKER, PUB, "", "percent per year", "3.3.3",
    "because of steady economic growth rate over the years", year_basis="publication",
    qualifier="none", direction="steady")
row("poverty_reduction_rate", NKER, 2015, "", "percent per year", "3.3.3",
    "during the 2010-2015 period, the poverty reduction rate was relatively high", start_year=2010,
    year_basis="period-end", qualifier="none", direction="relatively high")
row("poverty_reduction_rate", NKER, 2019, "", "percent per year", "3.3.3",
    "during the 2015-2019 period, this rate was lower, but still relatively high", start_year=2015,
    year_basis="period-end", qualifier="none", direction="lower but still relatively high")
row("poverty_reduction_rate", NKER, 2021, "", "percent per year", "3.3.3",
    "in the 2020-2021 period, the poverty reduction rate was very low (because the rate of poor households has approached 0 in the Northern KER)",
    start_year=2020, year_basis="period-end", qualifier="none", direction="very low")
row("poor_household_rate", NKER, 2021, "", "percent of households", "3.3.3",
    "in the 2020-2021 period, the poverty reduction rate was very low (because the rate of poor households has approached 0 in the Northern KER)",
    start_year=2020, year_basis="period-end", qualifier="none", direction="approaching zero")
row("poverty_reduction_rate", NKER, 2022, "", "percent per year", "3.3.3",
    "during the period 2021 - 2022, due to the COVID-19 pandemic, the poverty reduction rate tended to increase, so the elasticity coefficient was positive",
    start_year=2021, year_basis="period-end", qualifier="none", direction="increase",
    note="As printed: 'the poverty reduction rate tended to increase' during the pandemic.")
row("poverty_growth_elasticity", NKER, 2022, "", "elasticity", "3.3.3",
    "during the period 2021 - 2022, due to the COVID-19 pandemic, the poverty reduction rate tended to increase, so the elasticity coefficient was positive",
    start_year=2021, year_basis="period-end", qualifier="none", direction="positive",
    note="Elasticity = % change of average income / % change of the poverty rate (section 2.3.3).")
row("si_growth_elasticity", NKER, PUB, "", "elasticity", "3.5.1 (1)",
    "increased number of participants and increased sources participating in insurance payment, with large elasticity",
    year_basis="publication", qualifier="none", direction="large")
row("trained_worker_share_ratio", NKER, PUB, 2, "times the national rate", "3.5.1 (2)",
    "double higher rate of skilled training than that of the whole country", year_basis="publication",
    direction="higher than the country")
row("multidim_poverty_rate", NKER, PUB, 1, "percent of the population", "3.5.1 (3)",
    "The Northern KER has achieved multidimensional poverty reduction to less than 1%, only to 2% of the population if inclusion of the near-poor households",
    year_basis="publication", qualifier="under")
row("multidim_poor_near_poor_rate", NKER, PUB, 2, "percent of the population", "3.5.1 (3)",
    "The Northern KER has achieved multidimensional poverty reduction to less than 1%, only to 2% of the population if inclusion of the near-poor households",
    year_basis="publication")
row("basic_social_services_rank", NKER, PUB, "", "rank in the country", "3.5.1 (4)",
    "The region's basic social services achieved the highest results in the country",
    year_basis="publication", qualifier="none", direction="highest")
row("insurance_fund_balance", NKER, PUB, "", "billion VND", "3.5.2.1",
    "there has always been a large deficit every year", year_basis="publication", qualifier="none",
    direction="deficit every year",
    note="Of the social, health and unemployment insurance funds ('revenues are not enough to cover expenditures').")
row("grdp_growth", NKER, 2020, "", "percent per year", "4.1.1.2",
    "slowing down the economic growth at the largest scale over past 20 years", year_basis="context",
    qualifier="none", direction="largest slowdown in 20 years",
    note="Year from the preceding sentence (the pandemic reached the region in early 2020).")

#: Numbers the summary prints as words.
WORDS = {2.0: "double"}

DIRECTIONS = sorted({r["direction"] for r in ROWS if r["direction"]})


def rows() -> list[dict]:
    return [{k: ("" if v is None else v) for k, v in r.items()} for r in ROWS]


def check(table: list[dict]) -> list[str]:
    problems = []
    text = documents.seed_text(SOURCE)
    for r in table:
        if text is not None and documents.normal(r["quotation"]) not in text:
            problems.append(f"quotation not in the summary: {r['quotation']!r}")
        if r["value"] != "" and r["qualifier"] not in ("none",):
            shown = str(r["value"])
            candidates = {shown, f"{float(r['value']):.3f}", f"{float(r['value']):,.0f}",
                          f"{float(r['value']) * 100:.0f}%", WORDS.get(float(r["value"]), "-")}
            if not any(c in r["quotation"] for c in candidates):
                problems.append(f"{r['indicator']} {r['year']}: {r['value']} not in the quotation")
        if (r["value"] == "") != (r["qualifier"] == "none"):
            problems.append(f"{r['indicator']} {r['year']}: a row without a value has qualifier 'none'")
    return problems


def main() -> None:
    table = rows()
    problems = check(table)
    if problems:
        raise SystemExit("\n".join(problems))
    with open(OUT / "thesis_figures.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    print(f"thesis_figures.csv: {len(table)} rows")


if __name__ == "__main__":
    main()
