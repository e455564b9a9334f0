"""The claims the reproduction ledger tests against public data: ``data/ledger_claims.csv``.

Run from the repository root: ``python -m rekey.ledger``. Each claim is a figure
(or a stated direction) of the thesis summary or of a context document, with its
short exact words, the indicator key the ledger chapter maps to a computation, and
what public data here can test it with. A claim the public data cannot test says why
(``not_reproducible_reason``). The claims were chosen to cover the thesis's own
figures first, then the context documents' national figures, whatever the outcome.

``test_basis``: public-table (the project's GSO / NSO / World Bank tables can give
it), press-figure (only a figure from the press tables can), overlap (the public data
cover part of the claim's period or geography: the claim is tested on that part, and
``not_reproducible_reason`` names what is left out), partial (a proxy of another
definition: no test), none.

``claim_type``: measurement (a figure), change (a change between two printed figures,
``value`` to ``value_high``), direction (a direction or rank with no figure), target.
"""
from __future__ import annotations

import csv

from rekey import documents
from rekey.common import DATA as OUT


FIELDS = ["claim", "source", "location", "quotation", "claim_type", "indicator", "geo",
          "start_year", "year", "value", "value_high", "unit", "qualifier", "direction",
          "test_basis", "public_data", "not_reproducible_reason", "note"]

CLAIMS: list[dict] = []

T, NKER = documents.THESIS, "northern-ker"

# public tables, as the ledger chapter will find them
GSO_QUINTILE = "GSO, Monthly average income per capita by income quintile and by province (2010-2016)"
GSO_POP = "GSO, Average population by province (before the 2019 census revision)"
GSO_GINI = "GSO, Index of income inequality distribution (GINI index), regions (2010-2016)"
GSO_POVERTY = "GSO, Poverty rate by province (2010-2016)"
GSO_AREA = "GSO, Area, population and population density by province (2011-2016); NSO area by province (2011-2022)"
GSO_SCHOOLS = "GSO, Number of schools of general education by province (to 2016)"
GSO_DWELLING = "GSO, Average dwelling area per capita by province (2014, 2016) and by region (2004-2016)"
GSO_TRAINED = "GSO, Percentage of trained employed workers by province (2008-2016); labour force by province"
GSO_INSURANCE = "GSO, Social insurance, health insurance and unemployment insurance (national, 2010-2015)"
GSO_BUDGET = "GSO, State budget expenditure final accounts (2005-2016); GSO key national accounts (before the revision)"
NSDP = "NSO National Summary Data Page: population, labour force, employment, unemployment (2011-2024)"
WB_ILO = "World Bank WDI: employment in agriculture, ILO modelled estimate (SL.AGR.EMPL.ZS)"


def claim(cid, source, location, quotation, indicator, geo, *, year="", start_year="", value="",
          value_high="", unit="", qualifier="exact", direction="", claim_type="measurement",
          basis="public-table", public="", reason="", note=""):
    CLAIMS.append(dict(claim=cid, source=source, location=location, quotation=quotation,
                       claim_type=claim_type, indicator=indicator, geo=geo, start_year=start_year,
                       year=year, value=value, value_high=value_high, unit=unit,
                       qualifier=qualifier, direction=direction, test_basis=basis,
                       public_data=public, not_reproducible_reason=reason, note=note))


# --- the thesis ---------------------------------------------------------------------------
claim("T01", T, "3.1.1", "The KER covers a natural area of about 15.3 thousand square kilometers",
      "area_km2", NKER, value=15.3, unit="thousand km2", qualifier="about", public=GSO_AREA,
      note="No year printed; the sum of the seven provinces' areas.")
claim("T02", T, "3.2.4.1",
      "The Northern KER has 4,118 training institutions ranging from pre-school to higher education",
      "training_institutions", NKER, value=4118, unit="institutions", public=GSO_SCHOOLS,
      note="No year printed: the latest year of the table. The public count is of schools of general education only: the number can reproduce, the description (pre-school to higher education) cannot.")
claim("T03", T, "3.3.2",
      "in which the former was 10% higher than the latter (in 2010), increased to 20% (in 2020)",
      "income_gap_vs_country", NKER, year=2010, value=10, unit="percent above the national average",
      public=GSO_QUINTILE + "; " + GSO_POP,
      note="Average income per head of the region (population-weighted over its provinces) over the national average.")
claim("T04", T, "3.3.2",
      "in which the former was 10% higher than the latter (in 2010), increased to 20% (in 2020)",
      "income_gap_vs_country", NKER, year=2020, value=20, unit="percent above the national average",
      basis="none", public="Press: VHLSS 2020 income for the whole country and Ha Noi only",
      reason="No province income for 2020 in the public tables (VHLSS by province only to 2016); the press gives 2020 income for Ha Noi but not for the other six provinces.")
claim("T05", T, "3.2.4.3", "reaching the level of 20-25-30 m²/person", "dwelling_area", NKER,
      start_year=2010, year=2022, value=20, value_high=30, unit="m2 per person", qualifier="range",
      basis="overlap", public=GSO_DWELLING,
      reason="Tested on 2014 and 2016, the only years with dwelling area by province; nothing after 2016.")
claim("T06", T, "3.5.1 (3)",
      "The Northern KER has achieved multidimensional poverty reduction to less than 1%, only to 2% of the population if inclusion of the near-poor households",
      "multidim_poor_household_rate", NKER, value=1, unit="percent", qualifier="under", basis="partial",
      public="Press: MOLISA 2022 review, Red River Delta (1.00 %), Hai Duong (2.15 %), Hung Yen (1.94 %)",
      reason="No multidimensional poverty rate by province in the public tables; the press gives three of the region's geographies for 2022 only.",
      note="No year printed.")
claim("T07", T, "3.5.1 (3)",
      "The Northern KER has achieved multidimensional poverty reduction to less than 1%, only to 2% of the population if inclusion of the near-poor households",
      "multidim_poor_near_poor_household_rate", NKER, value=2, unit="percent", basis="partial",
      public="Press: MOLISA 2022 review, Red River Delta (2.45 %), Hai Duong (4.39 %)",
      reason="No multidimensional poor and near-poor rate by province in the public tables; the press gives the Red River Delta and Hai Duong for 2022 only.",
      note="No year printed.")
ROW_320 = {"whole-country": "The whole country 0.433 0.424 0.430 0.431 0.425 0.375 0.374",
           "red-river-delta": "Red River Delta Region 0.408 0.393 0.407 0.401 0.387 0.317 0.327",
           NKER: "The Northern KER 0.365 0.341 0.303 0.325 0.308 0.263 0.296"}
claim("T08", T, "Table 3.20", ROW_320["whole-country"], "gso_gini", "whole-country", year=2010,
      value=0.433, unit="coefficient (0-1)", public=GSO_GINI)
claim("T09", T, "Table 3.20", ROW_320["whole-country"], "gso_gini", "whole-country", year=2016,
      value=0.431, unit="coefficient (0-1)", public=GSO_GINI)
claim("T10", T, "Table 3.20", ROW_320["whole-country"], "gso_gini", "whole-country", year=2020,
      value=0.375, unit="coefficient (0-1)", basis="press-figure",
      public="Press: GSO VHLSS 2020 results (press_living_standards, gini)")
claim("T11", T, "Table 3.20", ROW_320["red-river-delta"], "gso_gini", "red-river-delta", year=2010,
      value=0.408, unit="coefficient (0-1)", public=GSO_GINI)
claim("T12", T, "Table 3.20", ROW_320["red-river-delta"], "gso_gini", "red-river-delta", year=2016,
      value=0.401, unit="coefficient (0-1)", public=GSO_GINI)
claim("T13", T, "Table 3.20", ROW_320[NKER], "gini_pooled", NKER, year=2010, value=0.365,
      unit="coefficient (0-1)", public=GSO_QUINTILE + "; " + GSO_POP,
      note="GSO publishes no Gini for a KER: the ledger pools the provinces' quintile groups.")
claim("T14", T, "3.3.2, text after Table 3.20",
      "The GINI index of the Northern KER tended to decrease, from 0.325 in 2016 to 0.263 in 2020",
      "gini_pooled", NKER, year=2016, value=0.325, unit="coefficient (0-1)",
      public=GSO_QUINTILE + "; " + GSO_POP)
claim("T15", T, "3.3.2, text after Table 3.20",
      "The GINI index of the Northern KER tended to decrease, from 0.325 in 2016 to 0.263 in 2020",
      "gini_pooled", NKER, year=2020, value=0.263, unit="coefficient (0-1)", basis="none",
      reason="No province quintile data after 2016 in the public tables.")
claim("T16", T, "3.3.2, text after Table 3.20",
      "Although the GINI in 2014 was only 0.303, it increased to 0.325 in 2016", "gini_pooled", NKER,
      start_year=2014, year=2016, value=0.303, value_high=0.325, unit="coefficient (0-1)",
      direction="increase", claim_type="change", public=GSO_QUINTILE + "; " + GSO_POP,
      note="A change of 0.022 between two printed figures, set against the change the public data give.")
claim("T17", T, "3.3.2",
      "The Northern KER is ranked number 1 in the country in terms of labor productivity growth",
      "labour_productivity_growth", NKER, value=1, unit="rank", direction="first",
      claim_type="direction", basis="overlap",
      public="NSO, Labour productivity by province, table E02.58, and employed persons by province, table E02.45 (2018-2022)",
      reason="Tested against the other three KERs and against GSO's six regions (which cover the country) on 2018-2020 and 2021-2022 (the labour force survey's two bases) at current prices, the years of productivity by province in the public tables; the thesis's earlier years and its price basis are not public by province.")
claim("T18", T, "3.1.2.2",
      "In the period 2010-2021, the economic growth rate of the Northern KER was faster than that of the national average",
      "grdp_growth", NKER, start_year=2010, year=2021, unit="percent per year", qualifier="none",
      direction="higher than the country", claim_type="direction", basis="partial",
      public="NSO GRDP per head by province (2018-2022) x population (2011-2022); NSDP national GDP",
      reason="Only nominal GRDP for 2018-2022 can be built (per head x population); no GSO table gives real GRDP growth by province, and one provincial yearbook's revised series at 2010 prices (Hung Yen, 2010-2013) makes no regional rate.")
claim("T19", T, "3.5.1 (2)", "double higher rate of skilled training than that of the whole country",
      "trained_worker_share_ratio", NKER, value=2, unit="times the national rate",
      direction="higher than the country", public=GSO_TRAINED,
      note="No year printed: the ledger can give 2010-2016 (the region's rate weighted by labour force).")
claim("T20", T, "3.2.3.2",
      "The Northern KER is the region with the lowest rate of poor households in the country",
      "poverty_rate", NKER, unit="percent", qualifier="none", direction="lowest",
      claim_type="direction", basis="overlap", public=GSO_POVERTY + "; " + GSO_POP,
      reason=("Tested on the years all four KERs have GSO's poverty rate by province (to 2015); "
              "GSO's table does not print its poverty line, and the thesis's later years and any "
              "count on another standard are not in the public tables."),
      note="Compare the four KERs (population-weighted province rates).")
claim("T21", T, "3.2.2.2", "unemployment is on an upward trend", "unemployment_rate", NKER,
      unit="percent", qualifier="none", direction="increase", claim_type="direction", basis="overlap",
      public="NSO, Unemployment rate of labour force at working age by province, table E02.63, and employed persons by province, table E02.45 (2018-2022)",
      reason="Tested on 2018-2020 and 2021-2022, each on one basis of the labour force survey, the years of unemployment by province in the public tables; the thesis's earlier years are not public by province.")
claim("T22", T, "3.3.3", "during the 2010-2015 period, the poverty reduction rate was relatively high",
      "poverty_rate_change", NKER, start_year=2010, year=2015, unit="percent per year",
      qualifier="none", direction="relatively high", claim_type="direction",
      public=GSO_POVERTY + "; " + GSO_POP)
claim("T23", T, "3.3.3",
      "in the 2020-2021 period, the poverty reduction rate was very low (because the rate of poor households has approached 0 in the Northern KER)",
      "poverty_rate_change", NKER, start_year=2020, year=2021, unit="percent per year",
      qualifier="none", direction="very low", claim_type="direction", basis="none",
      reason="No poverty rate by province after 2016 in the public tables.")
claim("T24", T, "3.3.3",
      "during the period 2021 - 2022, due to the COVID-19 pandemic, the poverty reduction rate tended to increase, so the elasticity coefficient was positive",
      "poverty_growth_elasticity", NKER, start_year=2021, year=2022, unit="elasticity",
      qualifier="none", direction="positive", claim_type="direction", basis="none",
      reason="No poverty rate or income by province for 2021-2022 in the public tables.")
claim("T25", T, "3.5.1 (1); Figure 3.9",
      "increased number of participants and increased sources participating in insurance payment, with large elasticity",
      "si_gdp_elasticity", NKER, start_year=2015, year=2021, unit="elasticity", qualifier="none",
      direction="large", claim_type="direction", basis="none",
      reason="No social-insurance participants by province in the public tables.")
claim("T26", T, "3.5.2.1", "there has always been a large deficit every year", "insurance_fund_balance",
      NKER, unit="billion VND", qualifier="none", direction="deficit every year",
      claim_type="direction", basis="overlap", public=GSO_INSURANCE,
      reason="Tested on the national funds, 2010-2015: revenue and expenditure are not published by province or for later years.")
claim("T27", T, "Introduction, 1. Rationale",
      "the living standards of the people in the Northern KER is always higher than the national average",
      "income_gap_vs_country", NKER, start_year=2010, year=2018, unit="percent above the national average",
      qualifier="none", direction="higher than the country", claim_type="direction",
      basis="overlap", public=GSO_QUINTILE + "; " + GSO_POP + "; GSO, income per head by source and province (VHLSS 2018)",
      reason="'Always': tested on the survey years 2010-2018, the years of income by province in the public tables.")
claim("T28", T, "3.2.5",
      "The number of people with meritorious services in the KER tends to gradually decrease",
      "meritorious_people", NKER, unit="persons", qualifier="none", direction="decrease",
      claim_type="direction", basis="none",
      reason="No public series of people with meritorious services by province; the press gives Hung Yen in 2018 only.")

# The other cells of Table 3.20 in the survey years the public tables cover (2012, 2014),
# so that every cell of the table with a public counterpart is in the ledger.
for cid, (geo, year, value) in zip(
        ("T29", "T30", "T31", "T32", "T33", "T34"),
        [("whole-country", 2012, 0.424), ("whole-country", 2014, 0.430),
         ("red-river-delta", 2012, 0.393), ("red-river-delta", 2014, 0.407),
         (NKER, 2012, 0.341), (NKER, 2014, 0.303)]):
    if geo == NKER:
        claim(cid, T, "Table 3.20", ROW_320[geo], "gini_pooled", geo, year=year, value=value,
              unit="coefficient (0-1)", public=GSO_QUINTILE + "; " + GSO_POP)
    else:
        claim(cid, T, "Table 3.20", ROW_320[geo], "gso_gini", geo, year=year, value=value,
              unit="coefficient (0-1)", public=GSO_GINI)

# The cells of Table 3.20 after 2016, and the Red River Delta's 2020 cell
for cid, (geo, year, value) in zip(
        ("T35", "T36", "T37", "T38", "T39", "T40", "T41"),
        [("whole-country", 2018, 0.425), ("whole-country", 2021, 0.374),
         ("red-river-delta", 2018, 0.387), ("red-river-delta", 2020, 0.317),
         ("red-river-delta", 2021, 0.327), (NKER, 2018, 0.308), (NKER, 2021, 0.296)]):
    indicator = "gini_pooled" if geo == NKER else "gso_gini"
    claim(cid, T, "Table 3.20", ROW_320[geo], indicator, geo, year=year, value=value,
          unit="coefficient (0-1)", public=GSO_QUINTILE + "; " + GSO_POP if geo == NKER
          else GSO_GINI + "; press tables (press_living_standards, gini)")

# The other statements of the summary with a figure, a direction or a rank
GSO_GRDP = "NSO, GRDP per capita by province (2018-2022)"
claim("T42", T, "3.1.2.1", "The Northern KER is densely populated with rapid urbanization rate",
      "population_density", NKER, unit="persons per km2", qualifier="none",
      direction="highest of the KERs", claim_type="direction", public=GSO_AREA + "; " + GSO_POP,
      note="'Densely populated': the region's density against the other three KERs, every year of the area table.")
claim("T43", T, "3.1.2.1", "The Northern KER is densely populated with rapid urbanization rate",
      "urbanisation", NKER, start_year=2011, year=2021, unit="percent urban", qualifier="none",
      direction="denser than the country and urbanising faster", claim_type="direction",
      public="NSO, average urban and rural population by province (revised series, 2011-2022); GSO, area and average population by province (2011-2016)",
      note="'Rapid' read as faster than the country: the rise of the urban share over 2011-2021 against the country's; 'densely populated' as a density above the country's.")
claim("T44", T, "3.1.2.2",
      "the GRDP size of the Northern KER by economic sector and by its province/city has all increased",
      "grdp_increase", NKER, start_year=2010, year=2021, unit="billion VND", qualifier="none",
      direction="increase", claim_type="direction", basis="partial", public=GSO_GRDP,
      reason="GRDP is public by province only per head and at current prices, from 2018, and not by economic sector: a rise at current prices is not a rise in size. Two provincial yearbooks give pieces (Hung Yen's three sectors at 2010 prices, 2010-2013; Vinh Phuc's at current prices; section 3.1.2.2): two provinces, not the region.")
claim("T45", T, "3.2.4.1",
      "It is also the region with the largest number of universities and students compared to other KERs",
      "universities_students", NKER, unit="institutions", qualifier="none",
      direction="largest of the KERs", claim_type="direction", basis="none",
      reason="No count of universities or students by province in the public tables re-keyed here.")
claim("T46", T, "3.2.4.3", "the housing rate has not kept up with the population growth rate",
      "housing_vs_population", NKER, start_year=2010, year=2022, unit="m2 per person",
      qualifier="none", direction="dwelling area per person falling", claim_type="direction",
      basis="overlap", public=GSO_DWELLING + "; " + GSO_POP,
      reason="Tested on 2014-2016, the only years with dwelling area by province: if housing lagged population, the area per person would fall.")
claim("T47", T, "3.3.1",
      "The size of insurance spending of all types and its correlation with economic growth in the same period has positive impact on insurance coverage rate and total insurance spending in the Northern KER",
      "insurance_growth_link", NKER, unit="sign", qualifier="none", direction="positive",
      claim_type="direction", basis="none",
      reason="No insurance spending, participants or coverage by province in the public tables.")
claim("T48", T, "3.3.2, text after Table 3.20", "standing at below 40% in 2020", "gini_pooled",
      NKER, year=2020, value=0.4, unit="coefficient (0-1)", qualifier="under",
      public=GSO_QUINTILE + "; " + GSO_POP,
      note="Printed as a percentage (40 %); the sentence follows the paragraph on the Northern KER's income.")
claim("T49", T, "3.3.2, text after Table 3.20", "from 0.325 in 2016 to 0.263 in 2020",
      "gini_pooled", NKER, start_year=2016, year=2020, value=0.325, value_high=0.263,
      unit="coefficient (0-1)", direction="decrease", claim_type="change",
      public=GSO_QUINTILE + "; " + GSO_POP)
claim("T50", T, "3.3.3",
      "during the 2015-2019 period, this rate was lower, but still relatively high",
      "poverty_rate_change", NKER, start_year=2015, year=2019, unit="percent per year",
      qualifier="none", direction="lower but relatively high", claim_type="direction",
      basis="none", reason="No poverty rate by province after 2016 in the public tables.")
claim("T51", T, "3.3.3",
      "the Northern KER is the most economically developed region in the country",
      "grdp_per_capita_rank", NKER, unit="million VND per person", qualifier="none",
      direction="highest of the KERs", claim_type="direction", public=GSO_GRDP,
      note="'Most economically developed': output per head against the other three KERs, every year of the GRDP table.")
claim("T52", T, "3.3.3", "because of steady economic growth rate over the years", "grdp_growth",
      NKER, unit="percent per year", qualifier="none", direction="steady", claim_type="direction",
      basis="partial", public="Press: GRDP growth reported by provincial portals (press_economy)",
      reason="No real GRDP growth by province in the public tables; the growth rates provinces report in the press are a few years of a few provinces.")
claim("T53", T, "3.3.2",
      "The increase in the number of workers has gone hand in hand with changes in labor structure",
      "labour_force", NKER, start_year=2010, year=2020, unit="thousand persons", qualifier="none",
      direction="increase", claim_type="direction", basis="overlap",
      public="NSO, Labour force at 15 years of age and above by province, table V02.34 (revised after the 2019 census, 2010-2021)",
      reason="The increase is tested on 2010-2020 in the series revised after the 2019 census; the change in the labour structure is not tested.",
      note="An increase over the period: the first year against the last.")
claim("T54", T, "3.5.1 (4)",
      "The region's basic social services achieved the highest results in the country",
      "basic_services_rank", NKER, unit="several", qualifier="none", direction="highest of the KERs",
      claim_type="direction", public=GSO_DWELLING + "; GSO, patient beds, health establishments and schools by province (2010-2016)",
      note="The services with province tables (dwelling area, patient beds, health establishments and schools per 10,000 people), against the other three KERs in the latest year all four have.")
claim("T55", T, "4.1.1.2",
      "slowing down the economic growth at the largest scale over past 20 years",
      "gdp_growth_lowest", "whole-country", start_year=2020, year=2021, unit="percent per year",
      qualifier="none", direction="lowest in 20 years", claim_type="direction", basis="overlap",
      public="World Bank WDI, GDP growth (NY.GDP.MKTP.KD.ZG)",
      reason="Tested on the whole country's GDP growth: real GRDP growth by province is not public.")

# --- the context documents ---------------------------------------------------------------
R42, TRI, HCMC, NEWS = documents.R42, documents.TRI, documents.HCMC, documents.NEWS
claim("D01", R42, "3.1, fourth value, tier (1)",
      "the target that 60% of the labour force will be covered by social insurance by 2030",
      "si_coverage_labour_force", "whole-country", year=2030, value=60, unit="percent",
      claim_type="target", basis="press-figure",
      public="Press: VSS coverage of the labour force (to 2023); " + GSO_INSURANCE + "; " + NSDP,
      note="A target: the ledger can show the latest coverage against it.")
claim("D02", R42, "3.1, fifth value, paragraph 1",
      "the multidimensional poverty rate decreased from 9.9% in 2015 to 2.93% in 2023",
      "mpi_headcount", "whole-country", year=2015, value=9.9, unit="percent", basis="press-figure",
      public="Press: GSO-UNDP multidimensional poverty (press_poverty, mpi_headcount)",
      note="Attributed to the General Statistics Office (2024). The same value is published for 2016, the first year of the 2016-2020 standard: the number can reproduce, the year cannot.")
claim("D03", R42, "3.1, fifth value, paragraph 'In practice'",
      "Health insurance coverage reached 93.35% of the population in 2023", "hi_coverage",
      "whole-country", year=2023, value=93.35, unit="percent", basis="press-figure",
      public="Press: VSS 2023 results (press_insurance, hi_coverage_population)")
claim("D04", R42, "1. Introduction, paragraph 1",
      "the unemployment rate remains under 3% (General Statistics Office, 2025)", "unemployment_rate",
      "whole-country", year=2025, value=3, unit="percent", qualifier="under", basis="partial",
      public=NSDP + "; " + "World Bank WDI, ILO unemployment (SL.UEM.TOTL.ZS)",
      reason="The public quarterly series ends in 2024; the cited figure is for the third quarter of 2025.",
      note="Year from the cited release (third quarter of 2025); the sentence prints none.")
claim("D05", TRI, "Research Results, 'First' (poverty reduction)",
      "The rate of poor households decreased rapidly from 11.76% in 2011 (according to the poverty line in the period 2011 - 2015)",
      "poverty_rate", "whole-country", year=2011, value=11.76, unit="percent", basis="partial",
      public="GSO, General poverty rate by region (1998-2016)",
      reason="GSO's general poverty rate is computed from the living-standards survey; the article's figure matches no public table and may be MOLISA's household review (not stated).")
claim("D06", TRI, "Research Results, 'Second' (social insurance)",
      "The proportion of the labor force in the age group participating in social insurance has increased from 21.8% in 2011 to 32% in 2019",
      "si_coverage_labour_force", "whole-country", year=2019, value=32, unit="percent",
      basis="partial", public="Press: VSS participants 2019; " + NSDP,
      reason="The denominator is the working-age labour force, which the public tables do not give (NSDP gives the labour force aged 15 and over).")
claim("D07", TRI, "Research Results, 'Second' (social insurance)",
      "by the end of 2019, it has increased to 545 thousand people", "si_voluntary_participants",
      "whole-country", year=2019, value=545, unit="thousand persons", basis="press-figure",
      public="Press: VSS 2019 results (press_insurance, si_voluntary_participants)")
claim("D08", TRI, "Research Results, 'Second' (social insurance)",
      "The whole country has 85.39 million people participating in health insurance, accounting for 90% of the population",
      "hi_coverage", "whole-country", year=2019, value=90, unit="percent", basis="press-figure",
      public="Press: VSS participants 2019 (85.39 million); " + NSDP + " (population)",
      note="Year from the sentence that follows in the article.")
claim("D09", TRI, "Research Results, 'Fourth' (vocational training)",
      "The proportion of laborers working in agriculture, forestry, and fishery from 48.3% in 2011 decreased to 34.7% in 2019",
      "agri_employment_share", "whole-country", year=2011, value=48.3, unit="percent",
      public=WB_ILO + "; " + NSDP)
claim("D10", TRI, "Research Results, 'Fourth' (vocational training)",
      "The proportion of laborers working in agriculture, forestry, and fishery from 48.3% in 2011 decreased to 34.7% in 2019",
      "agri_employment_share", "whole-country", year=2019, value=34.7, unit="percent",
      public=WB_ILO + "; " + NSDP)
claim("D11", TRI, "Research Results, limitations, 'Thirdly'",
      "In the period 2012 - 2018, the proportion of spending on social security accounted for 2.44% of GDP and 8.66% of the total state budget expenditure",
      "ss_spending_share_gdp", "whole-country", start_year=2012, year=2018, value=2.44,
      unit="percent of GDP", basis="overlap", public=GSO_BUDGET,
      reason="Tested on 2012-2016, the years the public budget accounts cover (2015 preliminary, 2016 an estimate); they give 'pensions and social relief', which may be narrower than the article's 'social security'.")
claim("D12", TRI, "Research Results, limitations, 'Thirdly'",
      "In the period 2012 - 2018, the proportion of spending on social security accounted for 2.44% of GDP and 8.66% of the total state budget expenditure",
      "ss_spending_share_budget", "whole-country", start_year=2012, year=2018, value=8.66,
      unit="percent of state budget expenditure", basis="overlap", public=GSO_BUDGET,
      reason="Tested on 2012-2016, the years the public budget accounts cover (2015 preliminary, 2016 an estimate); they give 'pensions and social relief', which may be narrower than the article's 'social security'.")
claim("D13", TRI, "Research Results, paragraph 'Social insurance and health insurance become'",
      "the whole country has over 3.1 million people enjoying the monthly pension and social insurance allowance",
      "si_monthly_beneficiaries", "whole-country", value=3.1, unit="million persons",
      qualifier="over", basis="partial", public=GSO_INSURANCE,
      reason="No year printed ('currently'); the public series ends in 2015.")
claim("D14", TRI, "New context, 'The challenge of population aging'",
      "it started to enter the population aging process in 2017 when the elderly population accounted for 10%",
      "elderly_share", "whole-country", year=2017, value=10, unit="percent of the population",
      basis="none", reason="No population by age in the public tables here.")
claim("D15", TRI, "Research Results, 'Third' (social assistance)",
      "to more than 2.9 million people in 2019 (accounting for 3% of the population)",
      "social_assistance_recipients", "whole-country", year=2019, value=2.9, unit="million persons",
      qualifier="over", basis="none",
      reason="No public series of social-assistance recipients; the one press page with a national count prints no year and is left out.")
claim("D16", HCMC, "3.1.3.2, social insurance",
      "boosting the rate of the working-age force participating in Social Insurance in 2021 to 46.73%",
      "si_coverage_labour_force", "ho-chi-minh-city", year=2021, value=46.73, unit="percent",
      basis="none", reason="No social-insurance participants or labour force by province for 2021 in the public tables.")
claim("D17", HCMC, "3.1.3.4, basic social services",
      "The number of people participating in the City's health insurance in 2021 reaches a coverage rate of 90.5% of the population",
      "hi_coverage", "ho-chi-minh-city", year=2021, value=90.5, unit="percent", basis="none",
      reason="No health-insurance participants by province in the public tables (the press gives Ba Ria-Vung Tau for 2021, not Ho Chi Minh City).")
claim("D18", HCMC, "3.1.3.1, employment and income",
      "the unemployment rate in the City has been reduced to 4.29% by 2021", "unemployment_rate",
      "ho-chi-minh-city", year=2021, value=4.29, unit="percent",
      public="NSO, Unemployment rate of labour force at working age by province, table E02.63 (2018-2022)")
claim("D19", NEWS, "paragraph 1",
      "the per capita income in ethnic minority and mountainous areas is only one-third of the national average",
      "income_ratio_ethnic_minority", "whole-country", value=0.3333, unit="fraction of the national average",
      basis="none",
      reason="No income by ethnicity or for ethnic-minority areas in the public tables; the Northern Midlands and Mountains region is not the same population.",
      note="'Currently' (2025 article); 'one-third' printed in words.")
claim("D20", NEWS, "paragraph 'Diversifying resources', 3",
      "over 35 million workers nationwide have yet to join social insurance", "si_non_participants",
      "whole-country", value=35, unit="million persons", qualifier="over", basis="press-figure",
      public="Press: VSS social-insurance participants (to 2023); " + NSDP + " (labour force)",
      note="No year printed (2025 article): labour force minus participants, latest year both exist.")
claim("D21", NEWS, "paragraph 'Diversifying resources', 2",
      "of the 122,377 ethnic minority individuals participating in voluntary social insurance, only 70,196 reside in the 25 provinces with land borders (as of September 2023)",
      "si_voluntary_participants", "whole-country", year=2023, value=122377, unit="persons",
      basis="none", reason="No participants by ethnicity in the public tables.",
      note="Ethnic minority participants only.")
claim("D22", R42, "3.1, first value, paragraph 'Substantively'",
      "The Human Development Index (HDI) reached 0.726 in 2023, ranking 107 out of 193 countries",
      "hdi", "whole-country", year=2023, value=0.726, unit="index (0-1)", basis="none",
      reason="No HDI after 2016 in the public tables (GSO's key social indicators stop at 2016).",
      note="The article prints 0.767 for the same year elsewhere.")

INDICATORS = sorted({c["indicator"] for c in CLAIMS})

#: What each indicator key means: the computation the ledger chapter maps it to.
INDICATOR_HELP = {
    "agri_employment_share": "share of the employed working in agriculture, forestry and fishing (percent)",
    "basic_services_rank": "the region's basic services per head (dwelling area, beds, establishments, schools) against the other KERs",
    "gdp_growth_lowest": "real GDP growth of a year against the lowest of the twenty years before",
    "grdp_increase": "GRDP of a region by sector and province, rising",
    "grdp_per_capita_rank": "GRDP per head of a region against the other KERs",
    "housing_vs_population": "dwelling area per person of a region, rising or falling",
    "insurance_growth_link": "the sign of the link between insurance spending, growth and coverage",
    "labour_force": "labour force aged 15 and over of a region, rising or falling",
    "population_density": "persons per km2 of a region against the other KERs",
    "universities_students": "universities and students of a region against the other KERs",
    "urbanisation": "share of the population living in urban areas",
    "area_km2": "natural area, sum over the member provinces",
    "dwelling_area": "average dwelling area per person (m2), by province or region",
    "elderly_share": "share of the population aged 60 or 65 and over",
    "gini_pooled": "income Gini of a region from its provinces' GSO quintile means pooled with population weights",
    "grdp_growth": "growth of GRDP of a region against GDP growth of the country",
    "gso_gini": "GSO's own income Gini coefficient (country, GSO regions)",
    "hdi": "Human Development Index",
    "hi_coverage": "health-insurance participants over population (percent)",
    "income_gap_vs_country": "mean income per head of a region over the national mean, minus one (percent)",
    "income_ratio_ethnic_minority": "income per head of ethnic-minority areas over the national mean",
    "insurance_fund_balance": "revenue minus expenditure of the SI, HI and UI funds",
    "labour_productivity_growth": "growth of GRDP per employed person, ranked among regions",
    "meritorious_people": "number of people with meritorious services",
    "mpi_headcount": "GSO-UNDP multidimensional poverty headcount (percent)",
    "multidim_poor_household_rate": "multidimensional poor-household rate (percent)",
    "multidim_poor_near_poor_household_rate": "multidimensional poor and near-poor household rate (percent)",
    "poverty_growth_elasticity": "percent change of average income over percent change of the poverty rate (thesis 2.3.3)",
    "poverty_rate": "GSO poverty rate of a region, population-weighted over its provinces (percent)",
    "poverty_rate_change": "change of the poverty rate over the period (percentage points per year)",
    "si_coverage_labour_force": "social-insurance participants over the labour force (percent)",
    "si_gdp_elasticity": "percent change of social-insurance participants over percent change of GRDP",
    "si_monthly_beneficiaries": "people receiving monthly pensions or social-insurance allowances",
    "si_non_participants": "labour force minus social-insurance participants",
    "si_voluntary_participants": "voluntary social-insurance participants",
    "social_assistance_recipients": "people receiving monthly social assistance",
    "ss_spending_share_budget": "state spending on pensions and social relief over total state spending (percent)",
    "ss_spending_share_gdp": "state spending on pensions and social relief over GDP (percent)",
    "trained_worker_share_ratio": "share of trained employed workers of a region over the national share",
    "training_institutions": "number of education and training institutions",
    "unemployment_rate": "unemployment rate (percent)",
}


def rows() -> list[dict]:
    return [dict(c) for c in CLAIMS]


def check(table: list[dict]) -> list[str]:
    problems = []
    for r in table:
        text = documents.seed_text(r["source"])
        if text is not None and documents.normal(r["quotation"]) not in text:
            problems.append(f"{r['claim']}: quotation not in {r['source']}: {r['quotation']!r}")
        needs_reason = r["test_basis"] in ("partial", "none", "overlap")
        if needs_reason != bool(r["not_reproducible_reason"]):
            problems.append(f"{r['claim']}: a reason is needed exactly when the test basis is partial, overlap or none")
        if r["test_basis"] != "none" and not r["public_data"]:
            problems.append(f"{r['claim']}: name the public data that can test it")
        if (str(r["value"]) == "") != (r["qualifier"] == "none") and r["claim_type"] != "change":
            problems.append(f"{r['claim']}: a claim without a value has qualifier 'none'")
        if r["claim_type"] == "change" and (str(r["value"]) == "" or str(r["value_high"]) == ""):
            problems.append(f"{r['claim']}: a change needs its two printed figures")
    return problems


def main() -> None:
    table = rows()
    problems = check(table)
    if problems:
        raise SystemExit("\n".join(problems))
    with open(OUT / "ledger_claims.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    print(f"ledger_claims.csv: {len(table)} claims; indicators: {', '.join(INDICATORS)}")


if __name__ == "__main__":
    main()
