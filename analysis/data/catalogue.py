"""The catalogue of the book's series: every indicator it shows, with its publisher's
table, unit, component and the rule by which provinces add up to a region (see
:mod:`analysis.data.series` for the rules). Registering a series here is all a page needs
to draw it for any geography."""
from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from . import regions, survey, tables
from .series import COLUMNS, Series, data_stamp, from_provinces, get, register, spec
from .tables import load


def _table(name: str, **filters) -> Callable[[], pd.DataFrame]:
    def read() -> pd.DataFrame:
        frame = load(name)
        for col, want in filters.items():
            frame = frame[frame[col] == want]
        return frame
    read.__name__ = f"read_{name}"
    return read


def _pooled(geo: str) -> tuple[dict, ...]:
    def make() -> tuple[dict, ...]:
        out = []
        for year in survey.survey_years():
            try:
                out.append(survey.income_inequality(geo, year, "pooled"))
            except ValueError:
                continue  # a member province lacks income or population that year
        return tuple(out)
    return tables.cached(("pooled", geo), data_stamp(), make)


def _inequality(measure: str) -> Callable[[str], pd.DataFrame]:
    def compute(geo: str) -> pd.DataFrame:
        rows = []
        province = regions.get(geo).is_province
        for r in _pooled(geo):
            year = r["year"]
            rows.append({"geo": geo, "year": year, "value": r[measure],
                         "unit": spec(measure).unit, "vintage": "",
                         "source": "gso-income-quintile-province-2018;"
                                   "gso-average-population-province-2018",
                         "status": "final",
                         "method": ("pooled: the book's approximation from the "
                                    "province's own five quintile means" if province
                                    else f"pooled from {r['groups']} province quintile "
                                         "groups, the book's approximation")})
        return pd.DataFrame(rows, columns=COLUMNS)
    return compute


def _income_rows() -> pd.DataFrame:
    """The survey rounds' average income per head: 2010-2016 from GSO's table by quintile
    (its 'general' column), 2018 from the table by source of income (its total)."""
    frame = load("income_by_quintile")
    by_source = load("income_by_source")
    return pd.concat([frame[frame["quintile"] == 0],
                      by_source[by_source["income_source"] == "total"]], ignore_index=True)


register(Series(
    "population", "Average population", "thousand persons", "population",
    _table("population"), aggregate="sum",
    description="Average population of the year (GSO); provinces summed for regions.",
    notes="Two vintages: as published before the 2019 census revision, and revised after it."))
register(Series(
    "area", "Natural area", "km2", "population", _table("area"), aggregate="sum", digits=0,
    description="Natural area (GSO); published for provinces, the GSO regions and the whole "
                "country; a key economic region is the sum of its provinces.",
    notes="GSO, 2018 edition, 2011-2016. The country's printed total equals the sum of its "
          "provinces to 0.3 km2 except in 2016, when it is 279.3 km2 larger."))
register(Series(
    "urban_population", "Urban population (average)", "thousand persons", "population",
    _table("urban_population", residence="urban"), aggregate="sum",
    description="Average population living in urban areas (NSO, the series revised after "
                "the 2019 census), 2011-2022; provinces summed for a key economic region.",
    notes="A jump in a province's urban population can be a reclassification of areas as "
          "urban (Hà Nội 2013-2014), not migration."))
register(Series(
    "rural_population", "Rural population (average)", "thousand persons", "population",
    _table("urban_population", residence="rural"), aggregate="sum",
    description="Average population living in rural areas (NSO, revised series), "
                "2011-2022."))


def _ratio_rows(geo: str, top: pd.DataFrame, bottom: pd.DataFrame, unit: str, vintage: str,
                source: str, how: str) -> pd.DataFrame:
    """A derived percentage of two series of one geography, year by year: 100 top /
    bottom, its method ``how`` with the parts' own method when it is not ``published``."""
    both = top.merge(bottom, on="year", suffixes=("_t", "_b"))
    rows = [{"geo": geo, "year": int(r["year"]), "value": 100 * r["value_t"] / r["value_b"],
             "unit": unit, "vintage": vintage, "source": source, "status": "final",
             "method": how + ("" if r["method_t"] == "published" else f" ({r['method_t']})")}
            for _, r in both.iterrows()]
    return pd.DataFrame(rows, columns=COLUMNS)


def _urban_share(geo: str) -> pd.DataFrame:
    urban, rural = get("urban_population", geo), get("rural_population", geo)
    total = urban.merge(rural[["year", "value"]], on="year", suffixes=("", "_r"))
    total = total.assign(value=total["value"] + total["value_r"])
    return _ratio_rows(geo, urban, total, "% of the average population", "post-2019-census",
                       "nso-urban-rural-population-province",
                       "derived: urban over urban plus rural average population")


register(Series(
    "urban_share", "Urban share of the population", "% of the average population",
    "population", None, aggregate="custom", compute=_urban_share, digits=1,
    description="Derived: average urban population over average urban plus rural "
                "population (NSO, revised series), 2011-2022. An average-population share: "
                "the census-day share differs (2019: 34.4 % on census day, 35.0 % here)."))
register(Series(
    "net_migration_rate", "Net migration rate", "per 1,000 people", "population",
    _table("net_migration"), aggregate="weighted", weight="population",
    description="In-migrants less out-migrants per 1,000 people of the average population "
                "(NSO), provinces 2011-2022. For a key economic region, its provinces' "
                "rates weighted by average population: moves between its own provinces "
                "cancel, so this is the region's net migration from the rest of the country "
                "(up to the rates' rounding).",
    notes="The weights are the population the rates are per 1,000 of, as far as the book "
          "has it: GSO's older (pre-2019-census) average population for 2011-2016, whose "
          "rates equal those of GSO's 2018 table, and the revised population from 2017, "
          "where the older series stops. The weights change basis in 2017 with the rates' "
          "own; weighting 2011-2016 by the revised population instead would move a key "
          "economic region's rate by up to about 0.1 per 1,000."))
register(Series(
    "income_per_capita", "Monthly income per head", "thousand VND per month", "inequality",
    _income_rows, aggregate="weighted", weight="population", digits=0,
    description="Monthly average income per head at current prices (VHLSS rounds).",
    notes="2010-2016: GSO's table of income by quintile and province (2018 edition), "
          "which also prints the country and the GSO regions; 2018: the VHLSS 2018 table "
          "of income by source, provinces only, so every region's 2018 figure is its "
          "provinces' weighted by the revised (post-2019-census) average population, the "
          "only population of 2018. GSO's own national figure for 2018, 3.88 million VND "
          "as the press reports it (press_living_standards), is lower than the weighted "
          "provinces: GSO pools the survey's own households with their sampling weights, "
          "which are not published by province."))
register(Series(
    "income_wages", "Monthly income per head from wages and salaries",
    "thousand VND per month", "inequality",
    _table("income_by_source", income_source="wages"), aggregate="weighted",
    weight="population", digits=0,
    description="The part of monthly income per head that comes from wages and salaries "
                "(VHLSS 2018; provinces weighted by average population for regions)."))


def _wage_share(geo: str) -> pd.DataFrame:
    # both parts from the provinces (a province is its own): GSO prints neither the
    # country's nor a region's income by source in the 2018 table
    return _ratio_rows(geo, from_provinces("income_wages", geo),
                       from_provinces("income_per_capita", geo), "% of income per head", "",
                       "gso-vhlss-2018-income-source-province",
                       "derived: wages over total income per head")


register(Series(
    "wage_share_income", "Share of income from wages and salaries", "% of income per head",
    "inequality", None, aggregate="custom", compute=_wage_share, digits=1,
    description="Derived: income per head from wages and salaries over total income per "
                "head, VHLSS 2018 (for a region or the country, both its provinces' figures "
                "weighted by average population)."))
register(Series(
    "gini", "Gini coefficient of income", "index (0-1)", "inequality",
    None, aggregate="custom", compute=_inequality("gini"), digits=3,
    description="Gini from the Lorenz curve of the province quintile groups, weighted by "
                "population (see the inequality section of Chapter 3)."))
register(Series(
    "a40", "Income share of the poorest 40 %", "share (0-1)", "inequality",
    None, aggregate="custom", compute=_inequality("a40"), digits=3,
    description="Share of income going to the poorest 40 % of the pooled quintile groups."))
register(Series(
    "r5_r1", "Richest to poorest quintile (R5/R1)", "ratio", "inequality",
    None, aggregate="custom", compute=_inequality("r5_r1"), digits=1,
    description="Mean income of the richest fifth over that of the poorest fifth."))
register(Series(
    "gini_gso", "Gini coefficient of income (GSO)", "index (0-1)", "inequality",
    _table("gini_gso", area="total"), aggregate="none", digits=3,
    description="GSO's own Gini, computed from the household records of the survey; "
                "published for the country and the six GSO regions only."))


# --- GRDP, national accounts, labour (GSO) and World Bank indicators -----------------------

register(Series(
    "grdp_per_capita", "GRDP per head", "million VND per person, current prices", "growth",
    _table("grdp_per_capita"), aggregate="weighted", weight="population", digits=1,
    description="Gross regional domestic product per head at current prices (NSO, the "
                "revised GRDP series), 2018-2022; 2022 preliminary. A region GSO does not "
                "publish (a KER) is its provinces' figures weighted by their average "
                "population, i.e. the region's GRDP over its population.",
    notes="Published for provinces and the six GSO regions; weighted by the population "
          "revised after the 2019 census (the only vintage for 2018-2022)."))
register(Series(
    "gdp_current", "GDP at current prices (revised series)", "billion VND", "growth",
    _table("national_accounts", indicator="gdp", price_basis="current"), digits=0,
    description="Gross domestic product of Viet Nam at current prices, 2010-2024 (GSO, "
                "National Summary Data Page).",
    notes="The series GSO re-evaluated in 2019-2021; not comparable with figures "
          "published before the re-evaluation (gdp_current_gso)."))
register(Series(
    "gdp_constant_2010", "GDP at constant 2010 prices (revised series)", "billion VND",
    "growth",
    _table("national_accounts", indicator="gdp", price_basis="constant-2010"), digits=0,
    description="Gross domestic product of Viet Nam at constant 2010 prices, 2010-2024 (GSO, "
                "National Summary Data Page): the volume series growth rates come from.",
    notes="The series GSO re-evaluated in 2019-2021; gdp_constant_gso is the series "
          "before it."))


def _annual_labour(indicator: str) -> Callable[[], pd.DataFrame]:
    def read() -> pd.DataFrame:
        frame = _table("labour_national", indicator=indicator,
                       basis="mean-of-four-quarters")()
        return frame.assign(method="mean of the four published quarters")
    read.__name__ = f"read_annual_{indicator}"
    return read


register(Series(
    "labour_force_lfs", "Labour force aged 15 and over (quarterly survey, annual mean)",
    "thousand persons", "labour",
    _annual_labour("labour_force"),
    digits=0,
    description="Whole country; the annual figure is the mean of the four quarters of GSO's "
                "Labour Force Survey (years with all four quarters only).",
    notes="The quarters from 2021 are on another basis than 2012-2020 (a drop of about four "
          "million persons between 2020-Q4 and 2021-Q1): two vintages, never one line."))
register(Series(
    "employed_lfs", "Employed persons aged 15 and over (quarterly survey, annual mean)",
    "thousand persons", "labour",
    _annual_labour("employed"),
    digits=0,
    description="Whole country; the annual figure is the mean of the four quarters of GSO's "
                "Labour Force Survey (years with all four quarters only).",
    notes="The quarters from 2021 are on another basis than 2011-2020: two vintages."))


def _world_bank(code: str) -> Callable[[], pd.DataFrame]:
    table = _table("world_bank", indicator=code)

    def read() -> pd.DataFrame:
        # a national poverty line is a vintage of its own: the lines are never joined
        frame = table()
        standard = frame["standard"].where(frame["standard"] != "not-applicable", "")
        return frame.assign(vintage=standard)
    read.__name__ = "read_world_bank_" + code.replace(".", "_").lower()
    return read


for _key, _code, _title, _unit, _component, _digits, _description in [
    ("gini_wb", "SI.POV.GINI", "Gini index of consumption (World Bank)", "index (0-100)",
     "inequality", 1, "The World Bank's Gini index, computed from consumption per head in "
     "the household surveys: not GSO's income Gini, and never one series with it."),
    ("bottom10_share_wb", "SI.DST.FRST.10", "Share held by the poorest 10 % (World Bank)",
     "percent", "inequality", 1, "Share of consumption of the poorest tenth (the World Bank "
     "titles it 'Income share held by lowest 10%')."),
    ("top10_share_wb", "SI.DST.10TH.10", "Share held by the richest 10 % (World Bank)",
     "percent", "inequality", 1, "Share of consumption of the richest tenth (the World Bank "
     "titles it 'Income share held by highest 10%')."),
    ("poverty_300_wb", "SI.POV.DDAY", "Poverty headcount at $3.00 a day (2021 PPP)",
     "percent of population", "assistance", 1, "World Bank, international poverty line."),
    ("poverty_420_wb", "SI.POV.LMIC", "Poverty headcount at $4.20 a day (2021 PPP)",
     "percent of population", "assistance", 1, "World Bank, lower-middle-income line."),
    ("poverty_830_wb", "SI.POV.UMIC", "Poverty headcount at $8.30 a day (2021 PPP)",
     "percent of population", "assistance", 1, "World Bank, upper-middle-income line."),
    ("poverty_national_line_wb", "SI.POV.NAHC", "Poverty headcount at national poverty "
     "lines (World Bank)", "percent of population", "assistance", 1,
     "Share of the population below Viet Nam's national poverty line as the World Bank "
     "publishes it: three lines, each its own vintage (the GSO-World Bank line of 1993 to "
     "2008, its 2010 re-basing for 2010-2014, GSO's multidimensional rate from 2016)."),
    ("unemployment_rate_ilo", "SL.UEM.TOTL.ZS", "Unemployment rate (ILO modelled estimate)",
     "percent of the labour force", "labour", 1, "World Bank, from the ILO's modelled "
     "estimates."),
    ("gdp_per_capita_usd", "NY.GDP.PCAP.CD", "GDP per head in US dollars (World Bank)",
     "current US$ per person", "growth", 0, "World Bank, current US dollars."),
]:
    register(Series(_key, _title, _unit, _component, _world_bank(_code), digits=_digits,
                    description=_description + f" Indicator {_code}, whole country only.",
                    notes="World Development Indicators, updated 2025-10-07."))


# --- labour and insurance (GSO) ---

_GSO_2018 = "GSO English table, 2018 edition"

register(Series(
    "labour_force", "Labour force aged 15 and over", "thousand persons", "labour",
    _table("labour_force"), aggregate="sum",
    description="Employed and unemployed persons aged 15 and over (GSO labour force "
                "survey); provinces summed for regions.",
    notes=f"Three vintages, never one line: the {_GSO_2018} (before the 2019 census "
          "revision, 2010-2016, 2016 preliminary), NSO's table V02.34 of the series "
          "revised after the 2019 census (2010-2020), and V02.34's preliminary 2021 on the "
          "survey's new definitions (icls-19), which leave out own-use producers."))
register(Series(
    "employed_share", "Employed persons aged 15+ per 100 inhabitants", "% of the population",
    "labour", _table("employed_share"), aggregate="weighted", weight="population",
    description="Employed persons aged 15 and over as a percentage of the whole population "
                "(all ages); provinces weighted by their average population for regions.",
    notes=f"{_GSO_2018}. Weighting GSO's province shares by the average population "
          "reproduces GSO's own six regional shares to within 0.1 point (2010-2016). The "
          "share times the population does not give employed persons exactly, so the book "
          "derives no count of employed persons from it."))
register(Series(
    "trained_share", "Trained workers among the employed", "% of employed persons aged 15+",
    "labour", _table("trained_share"), aggregate="weighted", weight="labour_force",
    description="Employed persons aged 15 and over with a technical or professional "
                "qualification, as a percentage of all employed persons; provinces weighted "
                "by their labour force for regions.",
    notes=f"Two vintages, never one line: the {_GSO_2018} (2010-2016, provinces and GSO "
          "regions) and the revised provincial series NSO showed in 2021 (2015-2018, "
          "provinces only). The exact weight would be employed persons, which NSO gives by "
          "province only from 2018; the labour force (employed plus unemployed) of the same "
          "vintage is used, and reproduces GSO's own six regional shares to within 0.15 "
          "point (2010-2016)."))
_NSO_LABOUR = ("NSO's English labour tables by province (E02.xx), 2018-2022: 2018-2020 on the "
               "labour force survey's definitions before 2021 (post-2019-census), 2021-2022 "
               "on its new definitions (icls-19), never one line.")
register(Series(
    "employed_persons", "Employed persons", "thousand persons", "labour",
    _table("employed_persons"), aggregate="sum",
    description="Employed persons in the economy (NSO table E02.45); provinces summed for a "
                "key economic region.", notes=_NSO_LABOUR))
register(Series(
    "unemployment_rate_province", "Unemployment rate (working age), by province",
    "% of the labour force at working age", "labour", _table("unemployment_province"),
    aggregate="weighted", weight="employed_persons", digits=2,
    description="Unemployment rate of the labour force at working age (NSO table E02.63). "
                "A key economic region's rate is its provinces' rates weighted by their "
                "employed persons: the exact weight would be the working-age labour force, "
                "which differs from the employed by the unemployed themselves (about 2 %).",
    notes=_NSO_LABOUR + " Weighting by the labour force aged 15 and over (V02.34, "
          "2018-2021) instead changes a key economic region's rate by less than 0.06 "
          "point. Not one series with GSO's regional rates of 2014-2016 "
          "(unemployment_rate)."))
register(Series(
    "labour_productivity", "Labour productivity (GRDP per employed person)",
    "million VND per employed person, current prices", "labour",
    _table("productivity_province"), aggregate="weighted", weight="employed_persons",
    description="GRDP at current prices per employed person (NSO table E02.58). A key "
                "economic region's figure is its provinces' weighted by their employed "
                "persons, which is exactly the region's GRDP over its employed persons.",
    notes=_NSO_LABOUR + " The division by employed persons on the new definitions raises "
          "productivity in 2021 by itself."))
register(Series(
    "unemployment_rate", "Unemployment rate (working age)", "% of the labour force",
    "labour", _table("unemployment", indicator="unemployment", age_group="total",
                     area="total"), aggregate="none", digits=2,
    description="Unemployed persons as a percentage of the labour force at working age "
                "(men 15-59, women 15-54).",
    notes=f"{_GSO_2018}; whole country and the six GSO regions only, 2014-2016 (2016 "
          "preliminary); no province figures, so no KER figure."))
register(Series(
    "unemployment_rate_15_24", "Unemployment rate, ages 15-24", "% of the labour force aged 15-24",
    "labour", _table("unemployment", indicator="unemployment", age_group="15-24",
                     area="total"), aggregate="none", digits=2,
    description="Unemployment rate of the labour force aged 15-24.",
    notes=f"{_GSO_2018}; whole country and the six GSO regions only, 2014-2016."))
register(Series(
    "underemployment_rate", "Underemployment rate (working age)", "% of employed persons",
    "labour", _table("unemployment", indicator="underemployment", age_group="total",
                     area="total"), aggregate="none", digits=2,
    description="Underemployed persons (working under 35 hours in the reference week, "
                "wishing and available to work more) as a percentage of employed persons at "
                "working age: the base GSO's indicator metadata gives the rate "
                "(gso.gov.vn/du-lieu-dac-ta/2019/12/htcttkqg-ty-le-thieu-viec-lam/), though "
                "the table's title reads 'of labour force at working age'.",
    notes=f"{_GSO_2018}; whole country and the six GSO regions only, 2014-2016."))
register(Series(
    "labour_productivity_gso", "Labour productivity (GDP per employed person)",
    "million VND per employed person, current prices", "labour",
    _table("productivity_national", industry="total"), aggregate="none",
    description="GDP at current prices per employed person, as GSO publishes it for the "
                "whole country.",
    notes=f"{_GSO_2018}; national only; GDP before GSO's later revision of the national "
          "accounts; 2016 preliminary."))

for _scheme, _name in (("social", "social insurance"), ("health", "health insurance"),
                       ("unemployment", "unemployment insurance")):
    _short = {"social": "si", "health": "hi", "unemployment": "ui"}[_scheme]
    register(Series(
        f"{_short}_insured", f"People insured: {_name}", "thousand persons", "insurance",
        _table("insurance_national", measure="insured", scheme=_scheme), aggregate="none",
        description=f"Number of persons insured by {_name}, whole country.",
        notes=f"{_GSO_2018}; national only; 2010 and 2012-2015 (no 2011 figure)."))
    register(Series(
        f"{_short}_revenue", f"Revenue: {_name}", "billion VND", "insurance",
        _table("insurance_national", measure="revenue", scheme=_scheme), aggregate="none",
        digits=0, description=f"Revenue of the {_name} fund, whole country.",
        notes=f"{_GSO_2018}; national only; 2010 and 2012-2015 (no 2011 figure)."))
    register(Series(
        f"{_short}_spending", f"Spending: {_name}", "billion VND", "insurance",
        _table("insurance_national", measure="expenditure", scheme=_scheme),
        aggregate="none", digits=0,
        description=f"Expenditure of the {_name} fund, whole country.",
        notes=f"{_GSO_2018}; national only; 2010 and 2012-2015 (no 2011 figure)."))
register(Series(
    "insurance_revenue", "Insurance revenue (three schemes)", "billion VND", "insurance",
    _table("insurance_national", measure="revenue", scheme="all"), aggregate="none",
    digits=0, description="Revenue of social, health and unemployment insurance together.",
    notes=f"{_GSO_2018}; national only; 2010 and 2012-2015 (no 2011 figure)."))
register(Series(
    "insurance_spending", "Insurance spending (three schemes)", "billion VND", "insurance",
    _table("insurance_national", measure="expenditure", scheme="all"), aggregate="none",
    digits=0,
    description="Expenditure of social, health and unemployment insurance together (the "
                "numerator of the insurance/GDP ratio, thesis 2.3.1).",
    notes=f"{_GSO_2018}; national only; 2010 and 2012-2015 (no 2011 figure)."))
register(Series(
    "si_monthly_beneficiaries", "Monthly social insurance beneficiaries", "thousand persons",
    "insurance",
    _table("insurance_national", measure="monthly_beneficiaries", scheme="social"),
    aggregate="none",
    description="Persons receiving a monthly social insurance benefit (pensions and other "
                "monthly allowances), whole country.",
    notes=f"{_GSO_2018}; national only; 2010 and 2012-2015 (no 2011 figure)."))
register(Series(
    "budget_pension_social_relief", "State budget: pensions and social relief", "billion VND",
    "insurance", _table("budget_national", item="pension_social_relief", measure="amount"),
    aggregate="none", digits=0,
    description="State budget expenditure on pensions and social relief (final accounts).",
    notes=f"{_GSO_2018}; national only; 2015 preliminary, 2016 an estimate."))
register(Series(
    "budget_pension_social_relief_share", "Pensions and social relief in the state budget",
    "% of total state budget expenditure", "insurance",
    _table("budget_national", item="pension_social_relief", measure="share"),
    aggregate="none", digits=2,
    description="Pensions and social relief as a share of total state budget expenditure.",
    notes=f"{_GSO_2018}; national only; 2015 preliminary, 2016 an estimate."))
register(Series(
    "budget_health", "State budget: health care", "billion VND", "services",
    _table("budget_national", item="health_care", measure="amount"), aggregate="none",
    digits=0, description="State budget expenditure on health care (final accounts).",
    notes=f"{_GSO_2018}; national only; 2015 preliminary, 2016 an estimate."))
register(Series(
    "budget_education", "State budget: education and training", "billion VND", "services",
    _table("budget_national", item="education_training", measure="amount"),
    aggregate="none", digits=0,
    description="State budget expenditure on education and training (final accounts).",
    notes=f"{_GSO_2018}; national only; 2015 preliminary, 2016 an estimate."))
register(Series(
    "budget_total", "State budget expenditure", "billion VND", "growth",
    _table("budget_national", item="total", measure="amount"), aggregate="none", digits=0,
    description="Total state budget expenditure (final accounts).",
    notes=f"{_GSO_2018}; national only; 2015 preliminary, 2016 an estimate."))

_NA_NOTES = (f"{_GSO_2018}; national only; as published before GSO's later revision of the "
             "national accounts (vintage pre-revision); 2016 preliminary.")
for _key, _item, _title, _unit, _digits in (
        ("gdp_current_gso", "gdp_current", "GDP at current prices", "billion VND", 0),
        ("gdp_constant_gso", "gdp_constant_2010", "GDP at constant 2010 prices",
         "billion VND at 2010 prices", 0),
        ("gdp_growth_gso", "gdp_growth", "GDP growth at constant 2010 prices", "% a year", 2),
        ("gdp_per_capita_gso", "gdp_per_capita_current", "GDP per head at current prices",
         "thousand VND", 0),
        ("gdp_per_capita_usd_gso", "gdp_per_capita_usd", "GDP per head in US dollars",
         "USD at the average exchange rate", 0),
        ("gni_current_gso", "gni_current", "Gross national income at current prices",
         "billion VND", 0)):
    register(Series(_key, _title, _unit, "growth", _table("national_accounts_gso", item=_item),
                    aggregate="none", digits=_digits,
                    description=f"{_title}, whole country (GSO key national accounts "
                                "indicators).", notes=_NA_NOTES))

# --- living standards and basic services (GSO) ---
# Tables keyed by data/rekey/gso_living.py. Counts add up over provinces; rates and
# per-person means are weighted by the average population (the pre-2019-census
# vintage, the one published with these survey rounds, 2010-2016).

register(Series(
    "poverty_rate", "General poverty rate", "percent", "assistance",
    _table("poverty_rate"), aggregate="weighted", weight="population",
    description="GSO's general poverty rate from the Household Living Standards Survey; "
                "published for the country, the six GSO regions and the 63 provinces.",
    notes="A key economic region's rate is the mean of its provinces' rates weighted by "
          "average population (pre-2019-census vintage): this approximates the region's "
          "own rate, and is exact only when the weights are the populations the rates "
          "are shares of (persons or households: the tables do not say which). The "
          "tables print no poverty line; 2010-2016 only."))

register(Series(
    "patient_beds", "Patient beds, all establishments", "beds", "services",
    _table("hospital_beds", coverage="all", establishment="total"), aggregate="sum", digits=0,
    description="Every patient bed in the country (GSO prints thousand beds to one "
                "decimal); published for the whole country only."))
register(Series(
    "patient_beds_health_departments", "Patient beds under provincial departments of health",
    "beds", "services",
    _table("hospital_beds", coverage="provincial-health-departments", establishment="total"),
    aggregate="sum", digits=0,
    description="Beds of the hospitals, regional polyclinics, sanatoria and commune medical "
                "units run by the provincial departments of health; hospitals of ministries "
                "and other sectors are not counted.",
    notes="The 63 provinces add up exactly to GSO's whole-country figure in every year."))

#: Population vintage of the derived per-10,000 series (published with 2010-2016 data).
BEDS_POPULATION_VINTAGE = "pre-2019-census"


def _beds_per_10k(geo: str) -> pd.DataFrame:
    beds = get("patient_beds_health_departments", geo)
    pop = get("population", geo, vintage=BEDS_POPULATION_VINTAGE)
    both = beds.merge(pop, on="year", suffixes=("_beds", "_pop"))
    rows = []
    for _, r in both.iterrows():
        status = ("preliminary" if "preliminary" in (r["status_beds"], r["status_pop"])
                  else "final")
        # beds / (thousand persons x 1000) x 10,000 = beds / thousand persons x 10
        rows.append({"geo": geo, "year": int(r["year"]),
                     "value": r["value_beds"] / r["value_pop"] * 10,
                     "unit": "beds per 10,000 people", "vintage": BEDS_POPULATION_VINTAGE,
                     "source": ";".join(sorted(set(r["source_beds"].split(";"))
                                               | set(r["source_pop"].split(";")))),
                     "status": status,
                     "method": "derived: beds under provincial departments of health ("
                               + ("published" if r["method_beds"] == "published"
                                  else r["method_beds"])
                               + f") per 10,000 of average population ({BEDS_POPULATION_VINTAGE})"})
    return pd.DataFrame(rows, columns=COLUMNS)


register(Series(
    "beds_per_10k", "Patient beds per 10,000 people (provincial health departments)",
    "beds per 10,000 people", "services", None, aggregate="custom", compute=_beds_per_10k,
    description="Derived: beds under the provincial departments of health divided by the "
                "average population of the same year (pre-2019-census vintage), times 10,000.",
    notes="Not GSO's national 'patient beds per 10,000 inhabitants' (22.0 in 2010), which "
          "counts the beds of every establishment except commune and office medical units; "
          "ours leaves out ministry and other-sector hospitals and keeps commune units."))
register(Series(
    "health_establishments", "Health establishments under provincial departments of health",
    "establishments", "services", _table("health_establishments", establishment="total"),
    aggregate="sum", digits=0,
    description="Hospitals, regional polyclinics, sanatoria and commune medical units run "
                "by the provincial departments of health.",
    notes="GSO's 2016 figures do not add up everywhere: the provinces of the Northern "
          "Midlands and Mountains sum to 6 fewer than the region's printed total."))
register(Series(
    "schools", "Schools of general education", "schools", "services",
    _table("schools", level="total"), aggregate="sum", digits=0,
    description="Primary and secondary schools as of 30 September of the year (start of the "
                "school year)."))
register(Series(
    "dwelling_area", "Average dwelling area per person", "square metres per person",
    "services", _table("dwelling_area", house_type="total"), aggregate="weighted",
    weight="population",
    description="Average dwelling area per person, all houses (Household Living Standards "
                "Survey): country and GSO regions 2010-2016, provinces 2014 and 2016.",
    notes="A key economic region's figure is the mean of its provinces' figures weighted "
          "by average population (pre-2019-census vintage), so only for 2014 and 2016."))
register(Series(
    "r5_r1_gso", "Richest to poorest quintile (R5/R1, GSO)", "ratio", "inequality",
    _table("r5r1_gso"), aggregate="none", digits=1,
    description="GSO's printed ratio of the income per head of the richest fifth to that of "
                "the poorest fifth; country, GSO regions and provinces, 2010-2016.",
    notes="Equal, to its one decimal, to the ratio of GSO's printed quintile means except "
          "where those means are rounded across a boundary, and for Hà Nam and Thái Nguyên "
          "in 2016, where the quintile table prints the richest fifth's income with "
          "transposed digits."))

# National figures of GSO's "Some key social indicators" that no other table gives (its
# poverty rate, income, Gini and dwelling area repeat other tables and are tested to agree).
for _key, _title, _unit, _component, _digits, _description in [
        ("hdi", "Human Development Index", "index (0-1)", "services", 3,
         "Human Development Index as printed by GSO."),
        ("life_expectancy", "Life expectancy at birth", "years", "services", 1,
         "Life expectancy at birth."),
        ("mean_years_schooling", "Mean years of schooling", "years", "services", 2,
         "Mean years of schooling of adults."),
        ("expected_years_schooling", "Expected years of schooling", "years", "services", 2,
         "Expected years of schooling of children entering school."),
        ("expenditure_per_capita", "Monthly expenditure per head", "thousand VND per month",
         "inequality", 0, "Monthly average expenditure per head at current prices."),
        ("doctors_per_10k", "Doctors per 10,000 people", "doctors per 10,000 people",
         "services", 1, "Doctors per 10,000 inhabitants."),
        ("beds_per_10k_gso", "Patient beds per 10,000 people (GSO)", "beds per 10,000 people",
         "services", 1, "GSO's patient beds per 10,000 inhabitants: every establishment "
         "except commune and office medical units (see beds_per_10k for ours)."),
        ("households_hygienic_water", "Households with hygienic water",
         "percent of households", "services", 1,
         "Share of households using hygienic water."),
        ("households_electricity", "Households using electricity", "percent of households",
         "services", 1, "Share of households using electricity."),
        ("households_durable_goods", "Households with durable goods", "percent of households",
         "services", 1, "Share of households having durable goods."),
]:
    register(Series(
        _key, _title, _unit, _component,
        _table("social_indicators", indicator=_key.removesuffix("_gso")),
        aggregate="none", digits=_digits,
        description=_description + " Whole country only (GSO, Some key social indicators)."))
