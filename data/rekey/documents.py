"""Key the quantitative statements of the four context documents into
``data/document_figures.csv``, and describe the documents (sources.csv, documents.csv).

Run from the repository root: ``python -m rekey.documents``. The figures are
keyed by hand below, each with the document's short exact words (``quotation``) and
its place in the document (``location``). The script checks, when the seed documents
are on this machine (``../shared/seeds``), that every quotation occurs in its
document (whitespace ignored) and that the printed figure occurs in its quotation.

Values are stored in the unit the document prints (``98 million citizens`` -> 98,
unit 'million persons'); documents are read with the English number convention.
A figure the document attributes to another publisher keeps that attribution in
``attributed_to``. A document that states no author, title, outlet or year is
described as such, not completed by guessing.
"""
from __future__ import annotations

import csv
import re
import unicodedata

from rekey import press
from rekey.common import DATA as OUT


SEEDS = press.shared_dir() / "seeds"

# --- the documents ---------------------------------------------------------------------

R42, TRI, HCMC, NEWS, THESIS = ("khuyen-resolution-42-article", "tri-2021-role-of-social-security",
                                "hcmc-social-security-policy-article",
                                "news-2025-voluntary-si-ethnic-minority", "thesis-summary-2023")

SEED_FILES = {
    R42: "article-resolution-42-social-protection.txt",
    TRI: "article-role-of-social-security-in-social-progress-2021.txt",
    HCMC: "article-social-security-policy-implementation-hcmc.txt",
    NEWS: "news-voluntary-social-insurance-ethnic-minority-areas-2025.txt",
    THESIS: "thesis-summary-social-security-northern-ker-2023.txt",
}

CARRIER = "Text of the document as stored among the project's seed documents"

DOCUMENTS = [
    dict(id=R42, kind="research-article",
         publisher="Hoang Kim Khuyen, Institute of State and Law, Vietnam Academy of Social Sciences (outlet not stated in the text)",
         title="Values and policy recommendations from Resolution No. 42-NQ/TW for addressing emerging challenges, building a comprehensive social protection system, and promoting sustainable national development in the new era",
         edition=None, url="", outlet="Not stated in the text", author="Hoang Kim Khuyen",
         published="", date_note="No date or outlet printed; the latest reference it cites is dated 6 October 2025.",
         language="en", quality="research",
         licence="Quoted for reference, © the author",
         note="Some figures disagree within the text (HDI 2023 printed as 0.726 and 0.767; 95.5 % printed both as health-insurance coverage and as coverage by at least one insurance); both are keyed, each with a note."),
    dict(id=TRI, kind="journal-article",
         publisher="Nguyen Minh Tri, Dao Tuan Hau, Nguyen Thi Thuy Duyen; Linguistics and Culture Review 5(S1), 11-27",
         title="The role of social security in social progress in Vietnam",
         edition=2021, url="https://doi.org/10.37028/lingcure.v5nS1.1311",
         outlet="Linguistics and Culture Review", author="Nguyen Minh Tri; Dao Tuan Hau; Nguyen Thi Thuy Duyen",
         published="2021", date_note="Year from the article's 'How to Cite' line.",
         language="en", quality="research",
         licence="Quoted for reference, © the authors and Linguistics and Culture Review",
         note="Most figures are given without their publisher; those the article attributes are marked."),
    dict(id=HCMC, kind="research-article",
         publisher="Authors and outlet not stated in the text",
         title="[Untitled in the text read] Article on the implementation of social security policy in Ho Chi Minh City, with a survey of beneficiaries, officials and leaders",
         edition=None, url="", outlet="Not stated in the text", author="",
         published="", date_note="No title, author, outlet or date printed; the latest reference it cites is of 2022 and its latest figures are for 2021 and the 2021-2022 school year.",
         language="en", quality="research",
         licence="Quoted for reference, © the authors",
         note="Some survey shares do not match the counts printed with them (236/300 printed as 87.2 %; three shares printed as 4.7, 57.7 and 61.6 %); keyed as printed, each with a note. One count is malformed and left out (see excluded_figures)."),
    dict(id=NEWS, kind="news",
         publisher="Not named in the text; the page footer lists Viet Nam Social Security (VSS) benefit pages and the 'VSS - ISSA Guidelines on Social Security'; by 'PV' (staff reporter)",
         title="Sustainable Development of Social Insurance Policies for Ethnic Minority areas be implemented",
         edition=2025, url="", outlet="Not named in the text (page footer of Viet Nam Social Security's site)",
         author="PV (staff reporter)", published="2025-02-23", date_note="Date and time printed under the title.",
         language="en", quality="press",
         licence="Quoted for reference, © the outlet",
         note="District figures (A Luoi) are keyed to their province with the district in 'group'."),
]
THESIS_DOCUMENT = dict(
    source=THESIS, kind="thesis-summary", outlet="Viet Nam Institute for Development Strategies (Ministry of Planning and Investment)",
    author="Nguyen Hong Nhung", published="2023", date_note="'Ha Noi, 2023'; defended on 10 November 2023.",
    language="en", number_format="en", quality="thesis", attributed_to="",
    note="English summary of the doctoral thesis; figures keyed in thesis_figures.")


# --- the figures ---------------------------------------------------------------------------

FIELDS = ["document", "item", "indicator", "geo", "group", "period", "year", "value",
          "value_high", "unit", "qualifier", "printed", "kind", "attributed_to", "quotation",
          "location", "count", "base", "note"]

FIGURES: list[dict] = []


def fig(document, indicator, value, unit, printed, quotation, location, *, geo="whole-country",
        group="", period="", value_high="", qualifier="exact", kind="measurement",
        attributed="", count="", base="", note=""):
    FIGURES.append(dict(
        document=document, indicator=indicator, geo=geo, group=group, period=period,
        year=(period.split("/")[-1][:4] if period else ""), value=value, value_high=value_high,
        unit=unit, qualifier=qualifier, printed=printed, kind=kind, attributed_to=attributed,
        quotation=quotation, location=location, count=count, base=base, note=note))


PCT = "percent"

# Resolution 42-NQ/TW article (Hoang Kim Khuyen) -----------------------------------------
L = "1. Introduction, paragraph 1"
fig(R42, "multidim_poverty_rate", 2.9, PCT, "2.9", "The national poverty rate has fallen to below 2.9% (Dinh Hiep, 2024)",
    L, qualifier="under", attributed="Dinh Hiep (2024)",
    note="No year in the sentence; the cited article's title gives the multidimensional rate, 2.93 %.")
fig(R42, "hi_coverage_population", 95.5, PCT, "95.5",
    "more than 95.5% of the population is covered by health insurance (VOV, 2025)", L,
    qualifier="over", attributed="VOV (2025)",
    note="No year in the sentence; the cited VOV piece is titled as a goal for 2025. Section 3.1 (fourth value) gives 93.35 % for 2023 and 95.5 % as coverage by at least one insurance.")
fig(R42, "unemployment_rate", 3, PCT, "3", "the unemployment rate remains under 3% (General Statistics Office, 2025)",
    L, qualifier="under", attributed="General Statistics Office (2025)",
    note="No year in the sentence; the cited release is for the third quarter of 2025.")
L = "3.1, first value, paragraph 'Substantively'"
fig(R42, "multidim_poverty_rate", 9.9, PCT, "9.9",
    "The multidimensional poverty rate declined from 9.9% (2015) to 2.9% (2023)", L, period="2015",
    attributed="General Statistics Office (2023)")
fig(R42, "multidim_poverty_rate", 2.9, PCT, "2.9",
    "The multidimensional poverty rate declined from 9.9% (2015) to 2.9% (2023)", L, period="2023",
    attributed="General Statistics Office (2023)")
fig(R42, "hdi", 0.726, "index (0-1)", "0.726",
    "The Human Development Index (HDI) reached 0.726 in 2023, ranking 107 out of 193 countries", L,
    period="2023", attributed="UNDP (2025)",
    note="The same section (second value) prints 0.767 for 2023 with the same rank.")
fig(R42, "hdi_rank", 107, "rank among 193 countries", "107",
    "The Human Development Index (HDI) reached 0.726 in 2023, ranking 107 out of 193 countries", L,
    period="2023", attributed="UNDP (2025)")
L = "3.1, second value, paragraph 'Empirical developments'"
fig(R42, "si_hi_database_persons", 98, "million persons", "98",
    "The national database on social and health insurance now covers more than 98 million citizens",
    L, qualifier="over", attributed="Viet Nam Social Security (2024)")
fig(R42, "online_application_share", 90, PCT, "90",
    "over 90% of applications related to social insurance, health insurance, and social assistance are processed online",
    L, qualifier="over", period="2023", attributed="Ministry of Information and Communications (2023)")
fig(R42, "social_assistance_payment_time_ratio", 0.3333, "fraction of the previous time", "one-third",
    "reduced the time required for social assistance payments to one-third of previous levels", L,
    attributed="Viet Nam Social Security (2024)", note="'One-third' printed in words; stored to four decimals.")
fig(R42, "hdi", 0.767, "index (0-1)", "0.767", "In 2023, Viet Nam’s HDI reached 0.767, ranking 107 out of 193 countries",
    L, period="2023", attributed="UNDP (2024)",
    note="The same section (first value) prints 0.726 for 2023 with the same rank.")
L = "3.1, third value, paragraph 1"
fig(R42, "population_share_60_plus", 60.2, PCT, "60.2",
    "people aged 60 and over accounted for 60.2% of the population", L, period="2024",
    attributed="General Statistics Office (2025), 2024 mid-term population census",
    note="As printed; implausible as the share of people aged 60 and over in the population. Not usable.")
L = "3.1, third value, pillar (2)"
fig(R42, "trained_worker_share", 35, PCT, "35–40",
    "raising the proportion of trained workers with qualifications and vocational skills to 35–40% by 2030",
    L, period="2030", value_high=40, qualifier="range", kind="target",
    attributed="Decision No. 2239/QĐ-TTg of 30 December 2021 (vocational education strategy 2021-2030)")
L = "3.1, fourth value, paragraph 1"
fig(R42, "multidim_poverty_rate", 2.93, PCT, "2.93",
    "the poverty rate falling to 2.93% in 2023 under the multidimensional poverty standard (General Statistics Office, 2024)",
    L, period="2023", attributed="General Statistics Office (2024)")
L = "3.1, fourth value, tier (1)"
fig(R42, "si_coverage_labour_force", 60, PCT, "60",
    "the target that 60% of the labour force will be covered by social insurance by 2030", L,
    period="2030", kind="target", attributed="Resolution No. 42-NQ/TW (24 November 2023)")
L = "3.1, fourth value, tier (2)"
fig(R42, "hi_participants", 93.6, "million persons", "93.6",
    "by 2023, more than 93.6 million people were enrolled in health insurance, equivalent to 93.35% of the population",
    L, period="2023", qualifier="over", attributed="Viet Nam Social Security (2024)")
fig(R42, "hi_coverage_population", 93.35, PCT, "93.35",
    "by 2023, more than 93.6 million people were enrolled in health insurance, equivalent to 93.35% of the population",
    L, period="2023", attributed="Viet Nam Social Security (2024)")
L = "3.1, fourth value, paragraph 'In practice'"
fig(R42, "insurance_any_coverage_population", 95.5, PCT, "95.5",
    "By 2023, more than 95.5% of the population had participated in at least one form of insurance",
    L, period="2023", qualifier="over", attributed="Ministry of Labour, Invalids and Social Affairs (2024)",
    note="The introduction prints the same 95.5 % as health-insurance coverage.")
fig(R42, "social_protection_beneficiaries", 33, "million persons per year", "33",
    "over 33 million people received social protection benefits annually", L, period="2023",
    qualifier="over", attributed="Ministry of Labour, Invalids and Social Affairs (2024)")
fig(R42, "covid_support_package", 62, "trillion VND", "62",
    "Resolution No. 42/NQ-CP dated 9 April 2020, with a support package of VND 62 trillion", L,
    period="2020")
fig(R42, "covid_support_package", 26, "trillion VND", "26",
    "Resolution No. 68/NQ-CP dated 1 July 2021, with a package of VND 26 trillion", L, period="2021")
fig(R42, "covid_support_disbursed", 88, "trillion VND", "88",
    "more than VND 88 trillion was disbursed to provide direct support to approximately 56 million individuals",
    L, period="2020/2021", qualifier="over", attributed="Government of Viet Nam (2022)")
fig(R42, "covid_support_recipients", 56, "million persons", "56",
    "more than VND 88 trillion was disbursed to provide direct support to approximately 56 million individuals",
    L, period="2020/2021", qualifier="about", attributed="Government of Viet Nam (2022)")
L = "3.1, fifth value, paragraph 1"
fig(R42, "multidim_poverty_rate", 9.9, PCT, "9.9",
    "the multidimensional poverty rate decreased from 9.9% in 2015 to 2.93% in 2023", L, period="2015",
    attributed="General Statistics Office (2024)")
fig(R42, "multidim_poverty_rate", 2.93, PCT, "2.93",
    "the multidimensional poverty rate decreased from 9.9% in 2015 to 2.93% in 2023", L, period="2023",
    attributed="General Statistics Office (2024)")
L = "3.1, fifth value, paragraph 'In practice'"
fig(R42, "hi_coverage_population", 93.35, PCT, "93.35",
    "Health insurance coverage reached 93.35% of the population in 2023", L, period="2023",
    attributed="Viet Nam Social Security (2024)")
HOUSING = "Ministry of Construction (2025)"
HNOTE = "The article does not say whether these are social-housing projects."
fig(R42, "housing_projects_completed", 28, "projects", "28",
    "In 2024, 28 housing projects with 20,284 units were completed nationwide", L, period="2024",
    attributed=HOUSING, note=HNOTE)
fig(R42, "housing_units_completed", 20284, "units", "20,284",
    "In 2024, 28 housing projects with 20,284 units were completed nationwide", L, period="2024",
    attributed=HOUSING, note=HNOTE)
fig(R42, "housing_units_completed_change", 46, "percent over 2023", "46",
    "an increase of approximately 46% compared with 2023, equivalent to around 6,420 units", L,
    period="2023/2024", qualifier="about", attributed=HOUSING)
fig(R42, "housing_units_completed_change", 6420, "units over 2023", "6,420",
    "an increase of approximately 46% compared with 2023, equivalent to around 6,420 units", L,
    period="2023/2024", qualifier="about", attributed=HOUSING)
fig(R42, "housing_projects_started", 23, "projects", "23",
    "23 projects with 25,399 units were licensed and commenced construction", L, period="2024",
    attributed=HOUSING)
fig(R42, "housing_units_started", 25399, "units", "25,399",
    "23 projects with 25,399 units were licensed and commenced construction", L, period="2024",
    attributed=HOUSING)
fig(R42, "housing_units_started_change", 13, "percent over 2023", "13",
    "an increase of about 13% compared with 2023, roughly 3,000 units", L, period="2023/2024",
    qualifier="about", attributed=HOUSING)
fig(R42, "housing_units_started_change", 3000, "units over 2023", "3,000",
    "an increase of about 13% compared with 2023, roughly 3,000 units", L, period="2023/2024",
    qualifier="about", attributed=HOUSING)
fig(R42, "housing_projects_approved", 113, "projects", "113",
    "113 projects, comprising 142,450 units, received approval in principle", L, period="2024",
    attributed=HOUSING)
fig(R42, "housing_units_approved", 142450, "units", "142,450",
    "113 projects, comprising 142,450 units, received approval in principle", L, period="2024",
    attributed=HOUSING)
fig(R42, "housing_units_approved_change", 101, "percent over 2023", "101",
    "an increase of about 101% compared with 2023", L, period="2023/2024", qualifier="about",
    attributed=HOUSING)
GSO25 = "General Statistics Office (2025)"
fig(R42, "hygienic_water_share", 99.7, "percent of households", "99.7",
    "Some 99.7% of urban households and 98% of rural households use hygienic water sources", L,
    group="urban", period="2024", attributed=GSO25)
fig(R42, "hygienic_water_share", 98, "percent of households", "98",
    "Some 99.7% of urban households and 98% of rural households use hygienic water sources", L,
    group="rural", period="2024", attributed=GSO25)
for geo in ("red-river-delta", "southeast"):
    fig(R42, "hygienic_water_share", 99.9, "percent of households", "99.9",
        "the Red River Delta and the Southeast have the highest rates (99.9%)", L, geo=geo,
        period="2024", attributed=GSO25)
fig(R42, "hygienic_water_share", 94.4, "percent of households", "94.4",
    "the Northern Midlands and Mountainous Region have the lowest (94.4%)", L,
    geo="northern-midlands-and-mountains", period="2024", attributed=GSO25)
fig(R42, "sanitary_latrine_share", 97.5, "percent of households", "97.5",
    "The proportion of households with sanitary latrines reached 97.5%", L, period="2024",
    attributed=GSO25)
fig(R42, "sanitary_latrine_share_change", 0.8, "percentage points", "0.8",
    "an increase of 0.8 percentage points compared with 2023 and 17.4 percentage points compared with 2014",
    L, period="2023/2024", attributed=GSO25)
fig(R42, "sanitary_latrine_share_change", 17.4, "percentage points", "17.4",
    "an increase of 0.8 percentage points compared with 2023 and 17.4 percentage points compared with 2014",
    L, period="2014/2024", attributed=GSO25)
fig(R42, "sanitary_latrine_share", 73.6, "percent of households", "73.6",
    "Rural areas saw substantial improvement, from 73.6% to 96.2% over 2014–2024", L, group="rural",
    period="2014", attributed=GSO25)
fig(R42, "sanitary_latrine_share", 96.2, "percent of households", "96.2",
    "Rural areas saw substantial improvement, from 73.6% to 96.2% over 2014–2024", L, group="rural",
    period="2024", attributed=GSO25)
for geo in ("red-river-delta", "southeast"):
    fig(R42, "sanitary_latrine_share", 99.8, "percent of households", "99.8",
        "The Red River Delta and the Southeast again lead (99.8%)", L, geo=geo, period="2024",
        attributed=GSO25)
fig(R42, "sanitary_latrine_share", 92.3, "percent of households", "92.3",
    "the Central Highlands records the lowest rate (92.3%)", L, geo="central-highlands",
    period="2024", attributed=GSO25)

# The role of social security in social progress (Tri et al., 2021) -------------------------
L = "Research Results, 'First' (poverty reduction)"
fig(TRI, "poor_household_rate", 11.76, PCT, "11.76",
    "The rate of poor households decreased rapidly from 11.76% in 2011 (according to the poverty line in the period 2011 - 2015)",
    L, period="2011", group="poverty line 2011-2015")
fig(TRI, "poor_household_rate", 3.75, PCT, "3.75",
    "to 3.75% in 2019 (according to the poverty line in the period 2016 - 2020)", L, period="2019",
    group="poverty line 2016-2020")
fig(TRI, "poor_household_rate_annual_decrease", 1.3, PCT, "1.3", "an average annual decrease of more than 1.3%",
    L, period="2011/2019", qualifier="over",
    note="Printed as a percent; across two poverty lines (2011-2015 and 2016-2020).")
L = "Research Results, 'Second' (social insurance)"
fig(TRI, "si_coverage_working_age_labour_force", 21.8, PCT, "21.8",
    "The proportion of the labor force in the age group participating in social insurance has increased from 21.8% in 2011 to 32% in 2019",
    L, period="2011")
fig(TRI, "si_coverage_working_age_labour_force", 32, PCT, "32",
    "The proportion of the labor force in the age group participating in social insurance has increased from 21.8% in 2011 to 32% in 2019",
    L, period="2019")
fig(TRI, "si_voluntary_participants", 270, "thousand persons", "270",
    "voluntary social insurance in the whole period 2008 - 2018 only attracted More than 270 thousand participants",
    L, period="2008/2018", qualifier="over")
fig(TRI, "si_voluntary_participants", 545, "thousand persons", "545",
    "by the end of 2019, it has increased to 545 thousand people", L, period="2019")
fig(TRI, "ui_coverage_working_age_labour_force", 17.1, PCT, "17.1",
    "The proportion of the labor force in the age group participating in unemployment insurance increased from 17.1% in 2011 to over 27% in 2019",
    L, period="2011")
fig(TRI, "ui_coverage_working_age_labour_force", 27, PCT, "27",
    "The proportion of the labor force in the age group participating in unemployment insurance increased from 17.1% in 2011 to over 27% in 2019",
    L, period="2019", qualifier="over")
VSI = "Viet Nam Social Security ('According to data reported by Vietnam Social Insurance')"
fig(TRI, "hi_participants", 85.39, "million persons", "85.39",
    "The whole country has 85.39 million people participating in health insurance, accounting for 90% of the population",
    L, period="2019", attributed=VSI, note="Year from the sentence that follows ('In 2019, ...').")
fig(TRI, "hi_coverage_population", 90, PCT, "90",
    "The whole country has 85.39 million people participating in health insurance, accounting for 90% of the population",
    L, period="2019", attributed=VSI, note="Year from the sentence that follows ('In 2019, ...').")
L = "Research Results, paragraph 'Social insurance and health insurance become'"
fig(TRI, "si_monthly_beneficiaries", 3.1, "million persons", "3.1",
    "the whole country has over 3.1 million people enjoying the monthly pension and social insurance allowance",
    L, qualifier="over", note="'Currently': no year printed.")
fig(TRI, "si_short_term_benefit_turns", 6, "million turns per year", "6-10",
    "each year the Social Insurance Fund pays benefits for sickness, maternity, occupational accidents, and occupational diseases for 6-10 million turns of people",
    L, value_high=10, qualifier="range")
fig(TRI, "ui_benefit_recipients", 500000, "persons", "500,000",
    "only in the first 6 months of 2020, unemployment insurance paid unemployment benefits for over 500,000 people",
    L, period="2020-01/2020-06", qualifier="over")
fig(TRI, "hi_treatment_turns", 186, "million turns", "186",
    "In 2019, the Health Insurance Fund paid for 186 million turns of medical examination and treatment with health insurance (in 2009 it was 92.1 million)",
    L, period="2019")
fig(TRI, "hi_treatment_turns", 92.1, "million turns", "92.1",
    "In 2019, the Health Insurance Fund paid for 186 million turns of medical examination and treatment with health insurance (in 2009 it was 92.1 million)",
    L, period="2009")
L = "Research Results, 'Third' (social assistance)"
fig(TRI, "monthly_social_assistance_recipients", 1.7, "million persons", "1.7",
    "from nearly 1.7 million people in 2011 (accounting for 1.9% of the population)", L, period="2011",
    qualifier="nearly")
fig(TRI, "monthly_social_assistance_share", 1.9, "percent of the population", "1.9",
    "from nearly 1.7 million people in 2011 (accounting for 1.9% of the population)", L, period="2011")
fig(TRI, "monthly_social_assistance_recipients", 2.9, "million persons", "2.9",
    "to more than 2.9 million people in 2019 (accounting for 3% of the population)", L, period="2019",
    qualifier="over")
fig(TRI, "monthly_social_assistance_share", 3, "percent of the population", "3",
    "to more than 2.9 million people in 2019 (accounting for 3% of the population)", L, period="2019")
MOLISA = "Ministry of Labour, Invalids and Social Affairs (reported data)"
fig(TRI, "rice_relief", 343, "thousand tons", "343",
    "From 2012 - 2019, the Government has supported more than 343 thousand tons of rice", L,
    period="2012/2019", qualifier="over", attributed=MOLISA)
fig(TRI, "rice_relief_recipients", 18.4, "million persons", "18.4",
    "to about 18.4 million people who lacked food", L, period="2012/2019", qualifier="about",
    attributed=MOLISA)
fig(TRI, "disaster_recovery_support", 3700, "billion VND", "3,700",
    "supporting more than 3,700 billion VND for localities to support disaster recovery", L,
    period="2012/2019", qualifier="over", attributed=MOLISA)
fig(TRI, "covid_support_package", 62, "trillion VND", "62",
    "with a support package of VND 62 trillion for people facing difficulties due to the pandemic",
    L, period="2020", note="Government Resolution No. 42/NQ-CP of 9 April 2020.")
fig(TRI, "social_assistance_establishments", 425, "establishments", "425",
    "there are 425 social assistance establishments (191 public establishments and 234 non-public establishments)",
    L, note="'Currently': no year printed.")
fig(TRI, "social_assistance_establishments", 191, "establishments", "191",
    "there are 425 social assistance establishments (191 public establishments and 234 non-public establishments)",
    L, group="public")
fig(TRI, "social_assistance_establishments", 234, "establishments", "234",
    "there are 425 social assistance establishments (191 public establishments and 234 non-public establishments)",
    L, group="non-public")
fig(TRI, "social_assistance_establishment_residents", 41000, "persons", "41,000",
    "nurturing and taking care of more than 41,000 people nationwide", L, qualifier="over")
L = "Research Results, 'Fourth' (basic social services)"
fig(TRI, "hi_coverage_population", 80, PCT, "80", "with health insurance covering more than 80% of the population",
    L, qualifier="over", note="No year printed; the same article gives 90 % for 2019.")
fig(TRI, "primary_right_age_enrolment", 99, PCT, "99",
    "99% of children going to school at the right age at the primary level from 2015", L, period="2015")
fig(TRI, "lower_secondary_right_age_enrolment", 90, PCT, "90",
    "over 90% at the lower secondary level since 2014", L, period="2014", qualifier="over")
fig(TRI, "literacy_rate_15_plus", 97, PCT, "97", "the literacy rate of people aged 15 years and overreaching over 97%",
    L, qualifier="over")
fig(TRI, "inclusive_education_share", 70, PCT, "70",
    "In 2018, 70% of children with learning disabilities had access to inclusive education", L,
    period="2018")
fig(TRI, "school_rice_support_students", 520000, "students", "520,000",
    "In the 2017-2018 school year, more than 520,000 students received rice support", L,
    period="2017/2018", qualifier="over")
fig(TRI, "school_lunch_support", 1800, "billion VND", "1,800",
    "more than 1,800 billion VND in lunch support", L, period="2017/2018", qualifier="over")
fig(TRI, "rural_vocational_training", 8.3, "million persons", "8.3",
    "supported to train over 8.3 million people in the period 2012 - 2019", L, period="2012/2019",
    qualifier="over")
fig(TRI, "agri_employment_share", 48.3, "percent of the employed", "48.3",
    "The proportion of laborers working in agriculture, forestry, and fishery from 48.3% in 2011 decreased to 34.7% in 2019",
    L, period="2011")
fig(TRI, "agri_employment_share", 34.7, "percent of the employed", "34.7",
    "The proportion of laborers working in agriculture, forestry, and fishery from 48.3% in 2011 decreased to 34.7% in 2019",
    L, period="2019")
for ind, val, q, quote in [
        ("communes_with_health_station", 98.4, "exact", "by the end of 2018, 98.4% of communes had health stations"),
        ("villages_with_health_worker", "96.0", "exact", "96.0% of villages and hamlets have active village health workers"),
        ("communes_with_doctor", 90, "exact", "90% of communes have doctors"),
        ("communes_meeting_health_criteria", 76, "exact", "76% of communes meet the National Criteria for Commune Health in the 2011-2020 period"),
        ("communes_with_midwife", 95, "over", "over 95% of communes have an obstetrician or midwife")]:
    fig(TRI, ind, float(val), PCT, str(val), quote, L, period="2018", qualifier=q)
for grp, val in (("districts", 100), ("communes", 93), ("villages", 96)):
    fig(TRI, "reproductive_health_network_coverage", val, PCT, str(val),
        "covering 100% of districts, 93% of communes, and 96% of villages", L, group=grp,
        note="No year printed.")
fig(TRI, "full_immunisation_under_1", 96, PCT, "96% to 98",
    "The rate of children under 1 year of age who are fully immunized is very high, from 96% to 98%",
    L, value_high=98, qualifier="range")
for period, val, kind in (("2012", 16.2, "measurement"), ("2018", 12.7, "measurement"), ("2020", 12, "estimate")):
    fig(TRI, "underweight_under_5", val, PCT, str(val),
        "the rate of under-5 children underweight, gradually decreased from 16.2% in 2012 to 12.7% in 2018 and is estimated at 12% in 2020",
        L, period=period, kind=kind)
fig(TRI, "housing_support_poor_households", 531000, "households", "531,000",
    "period 2011 - In 2015, 531,000 poor households were supported", L, period="2011/2015",
    note="The sentence is garbled in the text; read as the period 2011-2015.")
fig(TRI, "housing_loans_poor_households", 89378, "households", "89,378",
    "In the 2016 - 2018 period, it will continue to support 89,378 poor households with loans to build houses",
    L, period="2016/2018")
fig(TRI, "housing_loans_poor_households", 144000, "households", "144,000",
    "It is expected that by 2020 it will complete support for about 144,000 poor households", L,
    period="2020", qualifier="about", kind="target")
fig(TRI, "houses_built_repaired_for_poor", 332229, "houses", "332,229",
    "332,229 houses have been built and repaired for the poor", L, note="No year printed.")
for ind, val, unit, q, quote in [
        ("social_housing_projects_completed", 198, "projects", "exact", "the whole country had completed 198 social housing projects"),
        ("social_housing_apartments_completed", 81700, "apartments", "over", "with more than 81,700 apartments with an area of over 4,085,000m²"),
        ("social_housing_area_completed", 4085000, "square metres", "over", "with more than 81,700 apartments with an area of over 4,085,000m²")]:
    fig(TRI, ind, val, unit, f"{val:,}", quote, L, period="2018", qualifier=q)
for ind, val, unit, q in [("social_housing_projects_ongoing", 226, "projects", "exact"),
                          ("social_housing_apartments_ongoing", 182200, "apartments", "about"),
                          ("social_housing_area_ongoing", 9110000, "square metres", "about")]:
    fig(TRI, ind, val, unit, f"{val:,}",
        "Currently continuing to implement 226 projects, with about 182,200 apartments and an area of about 9,110,000m²",
        L, period="2018", qualifier=q)
for ind, val, unit in [("worker_housing_projects", 100, "projects"), ("worker_housing_apartments", 41000, "apartments"),
                       ("worker_housing_area", 2050000, "square metres")]:
    fig(TRI, ind, val, unit, f"{val:,}",
        "The social housing development program for industrial park workers has invested in 100 projects, with 41,000 apartments and an area of 2,050,000 square meters",
        L, period="2018", group="industrial park workers, invested")
for ind, val, unit in [("worker_housing_projects", 73, "projects"), ("worker_housing_apartments", 88400, "apartments"),
                       ("worker_housing_area", 4420000, "square metres")]:
    fig(TRI, ind, val, unit, f"{val:,}",
        "is continuing to implement 73 projects with 88,400 apartments and an area of 4,420,000m²",
        L, period="2018", group="industrial park workers, ongoing")
fig(TRI, "communes_with_radio_station", 90, PCT, "90",
    "By 2018, 90% of communes in the mountainous, remote, border, and island areas will have commune radio stations",
    L, period="2018", group="mountainous, remote, border and island communes")
fig(TRI, "communes_with_radio_station", 100, PCT, "100", "which is expected to reach 100% by 2020", L,
    period="2020", group="mountainous, remote, border and island communes", kind="target")
L = "Research Results, limitations, 'Firstly'"
fig(TRI, "si_coverage_workforce", 30, PCT, "30", "the social insurance coverage rate is just over 30% of the workforce",
    L, qualifier="over", note="No year printed.")
fig(TRI, "si_voluntary_participants", 300000, "persons", "300,000",
    "After more than 10 years of implementing the voluntary social insurance policy (from 2008 to now), only about 300,000 people have participated",
    L, qualifier="about", note="'From 2008 to now': no end year printed.")
fig(TRI, "informal_sector_workers", 40, "million persons", "40", "the informal sector currently has about 40 million workers",
    L, qualifier="about", note="'Currently': no year printed.")
L = "Research Results, limitations, 'Secondly'"
fig(TRI, "si_contributors_per_pensioner", 217, "contributors per pensioner", "217",
    "If in 1996, 217 people were paying social insurance premiums for a pensioner, by 2011, only 10 people were paying for a pensioner",
    L, period="1996")
fig(TRI, "si_contributors_per_pensioner", 10, "contributors per pensioner", "10",
    "If in 1996, 217 people were paying social insurance premiums for a pensioner, by 2011, only 10 people were paying for a pensioner",
    L, period="2011")
L = "Research Results, limitations, 'Thirdly'"
fig(TRI, "social_security_spending_share_gdp", 2.44, "percent of GDP", "2.44",
    "In the period 2012 - 2018, the proportion of spending on social security accounted for 2.44% of GDP and 8.66% of the total state budget expenditure",
    L, period="2012/2018")
fig(TRI, "social_security_spending_share_budget", 8.66, "percent of state budget expenditure", "8.66",
    "In the period 2012 - 2018, the proportion of spending on social security accounted for 2.44% of GDP and 8.66% of the total state budget expenditure",
    L, period="2012/2018")
L = "New context, 'The challenge of population aging'"
fig(TRI, "elderly_share", 10, "percent of the population", "10",
    "it started to enter the population aging process in 2017 when the elderly population accounted for 10%",
    L, period="2017", note="'Elderly' is not defined in the sentence.")
fig(TRI, "ageing_transition_years", 15, "years", "15",
    "it only takes about 15 years for Vietnam to transition from a young population to an aging population",
    L, qualifier="about")

# Social security policy implementation in Ho Chi Minh City ---------------------------------
HCM = "ho-chi-minh-city"
L = "2. Research methods"
fig(HCMC, "survey_questionnaires", 300, "questionnaires", "300", "+ Beneficiaries: 300 votes", L, geo=HCM,
    group="policy beneficiaries", kind="survey",
    note="5 inner-city and 5 suburban districts, 2 wards or communes each, 15 questionnaires each.")
fig(HCMC, "survey_questionnaires", 175, "questionnaires", "175",
    "+ Officials and civil servants implementing the policy: 175 votes", L, geo=HCM,
    group="officials and civil servants", kind="survey",
    note="25 at city level (5 departments), 50 at district level (10 districts), 100 in 20 wards and communes.")
fig(HCMC, "survey_questionnaires", 20, "questionnaires", "20", "+ Department-level leaders: 20 votes/5 departments",
    L, geo=HCM, group="department-level leaders", kind="survey")
L = "3.1.3.1, employment and income"
fig(HCMC, "people_given_jobs", 3152019, "persons", "3,152,019",
    "From 2012 to present, 3,152,019 people have been given jobs (the number of new jobs is 1,353,833)",
    L, geo=HCM, note="From 2012 to the time of writing (not printed).")
fig(HCMC, "new_jobs", 1353833, "jobs", "1,353,833",
    "From 2012 to present, 3,152,019 people have been given jobs (the number of new jobs is 1,353,833)",
    L, geo=HCM, note="From 2012 to the time of writing (not printed).")
fig(HCMC, "unemployment_rate", 4.29, PCT, "4.29",
    "the unemployment rate in the City has been reduced to 4.29% by 2021", L, geo=HCM, period="2021")
L = "3.1.3.1, poverty reduction"
fig(HCMC, "poor_household_rate_reduction", 1, "percentage points per year (as printed: %/year)", "1%/year",
    "for the period 2016 - 2020, an average of 1%/year", L, geo=HCM, period="2016/2020", kind="target",
    note="Target of the 10th City Party Congress, reported as met two years early.")
L = "3.1.3.2, social insurance"
fig(HCMC, "si_coverage_working_age_labour_force", 46.73, PCT, "46.73",
    "boosting the rate of the working-age force participating in Social Insurance in 2021 to 46.73%",
    L, geo=HCM, period="2021")
fig(HCMC, "ui_coverage_working_age_labour_force", 44.76, PCT, "44.76",
    "the City's unemployment insurance in 2021 to 44.76%", L, geo=HCM, period="2021",
    note="Denominator read from the preceding clause (the working-age force).")
L = "3.1.3.4, basic social services"
fig(HCMC, "grade_1_entry_rate", 100, PCT, "100",
    "maintained the rate of 6-year-old children entering grade 1 at 100%", L, geo=HCM)
fig(HCMC, "primary_completion_age_11", 98.45, PCT, "98.45",
    "The number of 11-year-old children completing the primary school program in the 2021-2022 school year reached 98.45%",
    L, geo=HCM, period="2021/2022")
fig(HCMC, "wards_universal_lower_secondary", 319, "wards, communes and towns", "319/319",
    "The city currently has 319/319 wards, communes and towns that maintain universal secondary education standards",
    L, geo=HCM, count=319, base=319)
fig(HCMC, "hi_coverage_population", 90.5, PCT, "90.5",
    "The number of people participating in the City's health insurance in 2021 reaches a coverage rate of 90.5% of the population",
    L, geo=HCM, period="2021")
fig(HCMC, "housing_support_meritorious_households", 2935, "households", "2,935",
    "is 2,935 households, with a total implementation budget of 129,230,000,000 VND", L, geo=HCM,
    note="Households eligible under Decision No. 22/2013/QD-TTg.")
fig(HCMC, "housing_support_meritorious_budget", 129230000000, "VND", "129,230,000,000",
    "is 2,935 households, with a total implementation budget of 129,230,000,000 VND", L, geo=HCM)
L = "3.1.3.5, mobilising resources"
fig(HCMC, "tet_gift_households", 668076, "households", "668,076",
    "give Tet gifts to 668,076 poor and near-poor households, with a cost of 571.176 billion VND", L, geo=HCM,
    note="No year printed.")
fig(HCMC, "tet_gift_cost", 571.176, "billion VND", "571.176",
    "give Tet gifts to 668,076 poor and near-poor households, with a cost of 571.176 billion VND", L, geo=HCM,
    note="No year printed; read with the English convention (about 855 thousand VND per household).")
L = "3.1.3 (assessment), building a plan"
S = "survey"
fig(HCMC, "survey_opinions_solicited_share", 83, PCT, "83",
    "a good job of soliciting people's opinions with a proportion of 83%", L, geo=HCM, kind=S)
fig(HCMC, "survey_participation_regular_share", 75.1, PCT, "75.1",
    "maintaining Regularly participating in this activity is 75.1% (187/249 votes)", L, geo=HCM, kind=S,
    count=187, base=249)
fig(HCMC, "survey_participation_occasional_share", 18.9, PCT, "18.9",
    "occasionally or rarely participating: 18.9% (47/249 votes)", L, geo=HCM, kind=S, count=47, base=249)
fig(HCMC, "survey_absent_share", 1.2, PCT, "1.2", "The meeting to discuss plans accounted for about 1.2% (3/249 votes)",
    L, geo=HCM, kind=S, qualifier="about", count=3, base=249)
L = "3.1.3 (assessment), appropriateness of 12 policies (300 questionnaires)"
for grp, val, q, quote in [
        ("specific credit policies (lowest)", 61, "exact", "The lowest rate is 61% for specific credit policies"),
        ("health insurance policies", 90, "over", "over 90% for policies such as health insurance policies"),
        ("free medical examination and treatment for the poor", 96, "exact", "free medical examination and treatment for the poor (96%)"),
        ("sustainable development policies", 91, "exact", "sustainable development policies ( 91%)"),
        ("projects under Decision 755/QD-TTg", 90, "exact", "projects according to Decision 755/ Decision-Prime Minister (90%)")]:
    fig(HCMC, "survey_policy_appropriate_share", val, PCT, str(val), quote, L, geo=HCM, group=grp,
        kind=S, qualifier=q)
L = "3.1.3 (assessment), consulting people before implementation"
fig(HCMC, "survey_consultation_needed_share", 61, PCT, "61",
    "officials and civil servants is 61%. (107/175 votes)", L, geo=HCM, group="officials and civil servants",
    kind=S, count=107, base=175)
fig(HCMC, "survey_consultation_needed_share", 76, PCT, "76", "people with a proportion of 76% (228/300 votes)",
    L, geo=HCM, group="policy beneficiaries", kind=S, count=228, base=300)
L = "3.1.3 (assessment), organisational structure and coordination"
fig(HCMC, "survey_coordination_not_good_share", 50.3, PCT, "50.3",
    "50.3% (88/175 votes) of officials and civil servants", L, geo=HCM, group="officials and civil servants",
    kind=S, count=88, base=175)
fig(HCMC, "survey_coordination_not_good_share", 30, PCT, "30",
    "30% (6/20 votes) Leaders and managers from the District level and above", L, geo=HCM,
    group="leaders and managers", kind=S, count=6, base=20)
fig(HCMC, "survey_coordination_below_expectation_share", 73.1, PCT, "73.1",
    "an assessment rate of 73.1% respectively (officers, civil servants) and 40% (civil servants and leaders)",
    L, geo=HCM, group="officials and civil servants", kind=S)
fig(HCMC, "survey_coordination_below_expectation_share", 40, PCT, "40",
    "an assessment rate of 73.1% respectively (officers, civil servants) and 40% (civil servants and leaders)",
    L, geo=HCM, group="leaders", kind=S)
L = "3.1.3 (assessment), human resources"
fig(HCMC, "population_per_district", 137000, "persons per district", "137,000",
    "While an average district in the whole country has 137,000 people, this number in Ho Chi Minh City is 441,000",
    L, note="National average.")
fig(HCMC, "population_per_district", 441000, "persons per district", "441,000",
    "While an average district in the whole country has 137,000 people, this number in Ho Chi Minh City is 441,000",
    L, geo=HCM)
L = "3.1.3 (assessment), mobilising investment"
fig(HCMC, "poverty_line_adjustments", 11, "times", "11", "currently implementing phase 7 (2021-2025) with 11 times",
    L, geo=HCM, note="The City's poverty line adjusted 11 times since 1992.")
fig(HCMC, "poverty_programme_resources", 7000, "billion VND", "7,000",
    "During the period 2016-2020, Ho Chi Minh City mobilized resources for the sustainable poverty reduction program of more than 7,000 billion VND",
    L, geo=HCM, period="2016/2020", qualifier="over")
fig(HCMC, "poverty_programme_loans", 5200, "billion VND", "5,200",
    "of which nearly 5,200 billion VND served preferential loans and small credit", L, geo=HCM,
    period="2016/2020", qualifier="nearly")
L = "3.1.3 (assessment), communication"
SUM = "The three shares printed sum to 124 %."
for grp, val, quote in [("good", 4.7, "only stops at 4.7% saying the results are good"),
                        ("satisfactory", 57.7, "57.7% are satisfactory"),
                        ("not good or somewhat weak", 61.6, "The remaining 61.6% think it is not good and somewhat weak")]:
    fig(HCMC, "survey_implementation_rating_share", val, PCT, str(val), quote, L, geo=HCM,
        group=grp, kind=S, note=SUM)
fig(HCMC, "survey_propaganda_irregular_share", 87.2, PCT, "87.2", "236/300 votes polled (87.2%)", L, geo=HCM,
    kind=S, count=236, base=300, note="236/300 is 78.7 %, not the 87.2 % printed.")
fig(HCMC, "survey_propaganda_normal_share", 70.6, PCT, "70.6", "212/300 votes (rate of 70.6%)", L, geo=HCM,
    kind=S, count=212, base=300)
fig(HCMC, "survey_propaganda_very_good_share", 1, PCT, "1", "3/300 votes (rate of 1%)", L, geo=HCM, kind=S,
    count=3, base=300)

# News: voluntary social insurance in ethnic minority areas (23 February 2025) --------------
fig(NEWS, "income_ratio_to_national", 0.3333, "fraction of the national average", "one-third",
    "the per capita income in ethnic minority and mountainous areas is only one-third of the national average",
    "paragraph 1", group="ethnic minority and mountainous areas",
    note="'Currently' (2025 article); 'one-third' printed in words, stored to four decimals.")
fig(NEWS, "ethnic_minority_share", 75, "percent of the population", "75",
    "with over 75% of its population belonging to ethnic minorities", "paragraph 3",
    geo="thua-thien-hue", group="A Luoi district", qualifier="over")
fig(NEWS, "si_voluntary_participants", 1700, "persons", "1,700",
    "our district now has over 1,700 voluntary social insurance participants", "paragraph 5",
    geo="thua-thien-hue", group="A Luoi district", qualifier="over", attributed="Director of A Luoi Social Security office")
fig(NEWS, "hi_participants", 50000, "persons", "50,000", "more than 50,000 people covered by health insurance",
    "paragraph 5", geo="thua-thien-hue", group="A Luoi district", qualifier="over",
    attributed="Director of A Luoi Social Security office")
fig(NEWS, "si_voluntary_participants", 122377, "persons", "122,377",
    "of the 122,377 ethnic minority individuals participating in voluntary social insurance, only 70,196 reside in the 25 provinces with land borders (as of September 2023)",
    "paragraph 'Diversifying resources', 2", group="ethnic minority people", period="2023-09")
fig(NEWS, "si_voluntary_participants", 70196, "persons", "70,196",
    "of the 122,377 ethnic minority individuals participating in voluntary social insurance, only 70,196 reside in the 25 provinces with land borders (as of September 2023)",
    "paragraph 'Diversifying resources', 2", group="ethnic minority people in the 25 land-border provinces",
    period="2023-09")
fig(NEWS, "si_non_participant_workers", 35, "million persons", "35",
    "over 35 million workers nationwide have yet to join social insurance", "paragraph 'Diversifying resources', 3",
    qualifier="over", note="No year printed (2025 article).")
L = "paragraph 'Beyond central government funding'"
fig(NEWS, "vsi_subsidy_budget", 37.2, "billion VND", "37.2",
    "between 2022 and 2025, Quảng Nam Province has allocated approximately VND 37.2 billion from its local budget",
    L, geo="quang-nam", period="2022/2025", qualifier="about", kind="policy")
for grp, val, quote in [("poor and near-poor households", 10, "Poor and near-poor households receive an extra 10% subsidy"),
                        ("other groups", 5, "while other groups receive an additional 5%")]:
    fig(NEWS, "vsi_extra_contribution_subsidy", val, "percent of the contribution", str(val), quote, L,
        geo="quang-nam", group=grp, period="2022/2025", kind="policy",
        note="On top of the central government's subsidy.")
fig(NEWS, "vsi_general_support_increase", 10, PCT, "10", "raising the general support level by 10%", L,
    geo="quang-nam", period="2022/2025", kind="policy")
L = "paragraph 'Similarly, Quảng Trị'"
for grp, val in (("poor households", 20), ("near-poor households", 15),
                 ("non-specialist workers in villages and neighbourhoods", 10)):
    fig(NEWS, "vsi_extra_contribution_subsidy", val, "percent of the contribution", str(val),
        "offering an additional 20% support for poor households, 15% for near-poor households, and 10% for non-specialist workers in villages and neighborhoods",
        L, geo="quang-tri", group=grp, period="2023/2026", kind="policy")
L = "paragraph 'Notably, at its 11th session'"
for grp, val in (("poor households", 30), ("near-poor households", 20), ("other groups", 20)):
    fig(NEWS, "vsi_extra_contribution_subsidy", val, "percent of the contribution", str(val),
        "subsidizes an additional 30% of contributions for poor households, 20% for near-poor households, and 20% for other groups",
        L, geo="quang-ninh", group=grp, period="2023/2027", kind="policy",
        attributed="Resolution No. 02/2022/NQ-HĐND of the Quang Ninh Provincial People's Council",
        note="Based on the rural poverty threshold in force; from 1 January 2023.")
fig(NEWS, "hi_premium_subsidy", 100, "percent of the premium", "fully",
    "Quảng Ninh continues to fully subsidize health insurance premiums for ethnic minorities living in newly developed areas",
    "paragraph 'Moreover'", geo="quang-ninh", group="ethnic minorities in newly developed areas and communes that left extreme poverty in 2021-2025",
    period="2021/2025", kind="policy", note="'Fully' printed in words.")

#: Printed figures that are words, and the value they stand for.
WORD_NUMBERS = {"one-third": 0.3333, "fully": 100}

#: Figures of the documents left out (see excluded_figures).
EXCLUDED = [
    dict(source=HCMC, label="Social insurance and health insurance participants, Ho Chi Minh City, 2021",
         geo="ho-chi-minh-city", period="2021", printed="2,3420,000", printed_unit="people",
         reason="Malformed number (a group of four digits): it could be 2,342,000 or 23,420,000."),
]


# --- checks and output -------------------------------------------------------------------

def normal(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def seed_text(source: str) -> str | None:
    path = SEEDS / SEED_FILES[source]
    return normal(path.read_text(encoding="utf-8")) if path.exists() else None


def check(rows: list[dict]) -> list[str]:
    """Problems with the keyed figures (empty when all is well)."""
    problems = []
    texts = {s: seed_text(s) for s in SEED_FILES}
    for r in rows:
        where = f"{r['document']} item {r['item']}"
        text = texts.get(r["document"])
        if text is not None and normal(r["quotation"]) not in text:
            problems.append(f"{where}: quotation not in the document: {r['quotation']!r}")
        if r["printed"] not in r["quotation"]:
            problems.append(f"{where}: printed {r['printed']!r} not in the quotation")
        if r["printed"] in WORD_NUMBERS:
            if float(r["value"]) != WORD_NUMBERS[r["printed"]]:
                problems.append(f"{where}: {r['printed']!r} stands for {WORD_NUMBERS[r['printed']]}")
            continue
        numbers = re.findall(r"\d[\d,]*(?:\.\d+)?", r["printed"])
        first = press.parse_number(numbers[0], "en")
        if float(first) != float(r["value"]):
            problems.append(f"{where}: value {r['value']} is not the printed {numbers[0]}")
        if r["value_high"] != "" and float(press.parse_number(numbers[-1], "en")) != float(r["value_high"]):
            problems.append(f"{where}: value_high {r['value_high']} is not the printed {numbers[-1]}")
    return problems


def rows() -> list[dict]:
    out, counter = [], {}
    for f in FIGURES:
        counter[f["document"]] = counter.get(f["document"], 0) + 1
        row = {**f, "item": counter[f["document"]]}
        for k in ("value", "value_high"):
            if row[k] != "":
                row[k] = press.plain(press.Decimal(str(row[k])))
        out.append(row)
    return out


def main() -> None:
    table = rows()
    problems = check(table)
    if problems:
        raise SystemExit("\n".join(problems))
    with open(OUT / "document_figures.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    print(f"document_figures.csv: {len(table)} rows")
    sources = [{"id": d["id"], "publisher": d["publisher"], "title": d["title"],
                "edition": "" if d["edition"] is None else d["edition"], "url": d["url"],
                "carrier": CARRIER, "licence": d["licence"]} for d in DOCUMENTS]
    documents = [{"source": d["id"], "kind": d["kind"], "outlet": d["outlet"], "author": d["author"],
                  "published": d["published"], "date_note": d["date_note"], "language": d["language"],
                  "number_format": "en", "quality": d["quality"], "attributed_to": "",
                  "note": d["note"]} for d in DOCUMENTS] + [THESIS_DOCUMENT]
    press.merge_rows("sources", press.SOURCE_FIELDS, "id", sources)
    press.merge_rows("documents", press.DOCUMENT_FIELDS, "source", documents)
    # the excluded figures of the documents join those of the press pages
    press.write_owned("excluded_figures", press.EXCLUDED_FIELDS, EXCLUDED, set(SEED_FILES))


if __name__ == "__main__":
    main()
