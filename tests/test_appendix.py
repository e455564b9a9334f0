"""The data appendix: the gap list is valid and names the thesis's real indicators, and
the tables and coverage views are generated from the descriptor and the registry."""
import csv
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import data
from analysis.data import regions, series
from analysis.pages import appendix

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
if not (SHARED / "data-candidates").is_dir():  # a worktree beside the main checkout
    SHARED = ROOT.parents[1] / "shared"
THESIS = SHARED / "seeds" / "thesis-summary-social-security-northern-ker-2023.txt"
CANDIDATES = SHARED / "data-candidates"


# --- the gap list ------------------------------------------------------------------------

def test_gaps_validate_against_their_schema():
    frame = appendix.gaps()
    assert len(frame) > 0
    assert "gaps" in data.table_names()
    assert data.validate_all() == []


def test_every_gap_names_a_thesis_indicator_and_its_section():
    for row in appendix.gaps().itertuples():
        assert row.thesis_indicator in appendix.THESIS_INDICATORS, row.gap
        assert row.thesis_section == appendix.THESIS_INDICATORS[row.thesis_indicator]["section"], row.gap
        assert row.first_year <= row.last_year, row.gap


def test_every_gap_says_why_and_what_instead():
    for row in appendix.gaps().itertuples():
        assert row.thesis_used.strip() and row.why_missing.strip(), row.gap
        assert row.book_instead.strip(), row.gap
        assert row.source == "thesis-summary-2023", row.gap


def test_the_seven_indicators_of_section_23_are_registered():
    assert appendix.SECTION_23 == list(appendix.INDICATOR_INPUTS)
    assert len(appendix.SECTION_23) == 7
    for key in appendix.SECTION_23:
        assert appendix.THESIS_INDICATORS[key]["section"].startswith("2.3"), key


def test_no_registered_series_fills_a_listed_gap():
    gaps = appendix.gaps()
    assert appendix.gap_contradictions(gaps, series.coverage()) == []


def test_a_series_that_fills_a_gap_is_found():
    gaps = appendix.gaps()
    poverty = gaps[gaps["thesis_indicator"] == "poverty_rate"]
    assert len(poverty) == 1 and poverty.iloc[0]["first_year"] == 2017
    problems = appendix.gap_contradictions(poverty, _coverage({"poverty_rate": "2016 2018"}))
    assert len(problems) == 1 and problems[0].endswith("in 2018")
    # an elasticity gap is filled only when all its series are there in the same year
    elasticity = gaps[gaps["thesis_indicator"] == "poverty_growth_elasticity"]
    assert appendix.gap_contradictions(elasticity, _coverage({"poverty_rate": "2018"})) == []
    assert appendix.gap_contradictions(
        elasticity, _coverage({"poverty_rate": "2018", "income_per_capita": "2018"})) != []
    # the years a row says are public are not a contradiction
    housing = gaps[gaps["closing_series"] == "dwelling_area"]
    assert len(housing) == 1 and "public" in housing.iloc[0]["years_note"]
    assert appendix.gap_contradictions(housing, _coverage({"dwelling_area": "2014 2016"})) == []
    assert appendix.gap_contradictions(housing, _coverage({"dwelling_area": "2012"})) != []


def test_closing_series_are_registered():
    keys = set(series.keys())
    for row in appendix.gaps().itertuples():
        if isinstance(row.closing_series, str) and row.closing_series:
            assert set(row.closing_series.split("; ")) <= keys, row.gap


@pytest.mark.skipif(not THESIS.exists(), reason="the thesis summary is not on this machine")
def test_thesis_indicators_are_named_in_their_section_of_the_summary():
    text = THESIS.read_text(encoding="utf-8")
    for key, info in appendix.THESIS_INDICATORS.items():
        section = appendix.thesis_section_text(text, info["section"])
        assert section, f"{key}: no section {info['section']} in the thesis summary"
        assert info["phrase"] in section, f"{key}: {info['phrase']!r} not in {info['section']}"


@pytest.mark.skipif(not THESIS.exists(), reason="the thesis summary is not on this machine")
def test_section_text_stops_at_the_next_heading():
    text = THESIS.read_text(encoding="utf-8")
    housing = appendix.thesis_section_text(text, "3.2.4.3")
    assert "20-25-30 m²/person" in housing
    assert "Decision No. 755" not in housing  # the start of 3.2.4.4
    assert appendix.thesis_section_text(text, "9.9.9") == ""


@pytest.mark.skipif(not CANDIDATES.is_dir(), reason="the candidate tables are not on this machine")
def test_gaps_name_candidate_folders_that_exist():
    folders = {p.name for p in CANDIDATES.iterdir() if p.is_dir()}
    for row in appendix.gaps().itertuples():
        checked = set(row.candidates_checked.split("; "))
        assert checked == folders, row.gap  # every folder was searched
        partial = row.partial_in if isinstance(row.partial_in, str) else ""
        for part in filter(None, partial.split("; ")):
            where = part.split(" (")[0]
            # a candidate folder, or a folder of files kept in the repository itself
            assert where in folders or (ROOT / where).is_dir(), (row.gap, part)


# --- the table of tables -----------------------------------------------------------------

def test_resource_table_lists_every_resource_of_the_descriptor():
    table = appendix.resource_table()
    assert table["Table"].tolist() == data.table_names()
    titles = {r["name"]: r.get("title", "") for r in data.resources()}
    assert dict(zip(table["Table"], table["Title"])) == titles
    assert table["Licence"].str.len().gt(0).all()


@pytest.fixture
def package(tmp_path):
    """A copy of data/ with one more small table, written here by hand."""
    dest = tmp_path / "data"
    shutil.copytree(ROOT / "data", dest, ignore=shutil.ignore_patterns("rekey"))
    (dest / "tiny.csv").write_text(
        "geo,year,vintage,value,status,source\n"
        "ha-noi,2012,old,1.5,final,gso-gini-2018\n"
        "ha-noi,2016,old,2.5,preliminary,gso-gini-2018\n"
        "whole-country,2016,new,3.0,preliminary,gso-gini-2018\n", encoding="utf-8")
    descriptor = dest / "datapackage.json"
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    package["resources"].append({
        "name": "tiny", "path": "tiny.csv", "profile": "tabular-data-resource",
        "format": "csv", "encoding": "utf-8", "title": "A small test table",
        "licenses": [{"name": "test-licence"}],
        "schema": {"fields": [
            {"name": "geo", "type": "string"}, {"name": "year", "type": "integer"},
            {"name": "vintage", "type": "string"},
            {"name": "value", "type": "number", "unit": "test units"},
            {"name": "status", "type": "string"}, {"name": "source", "type": "string"}],
            "primaryKey": ["geo", "year"],
            "foreignKeys": [{"fields": ["source"],
                             "reference": {"resource": "sources", "fields": ["id"]}}]}})
    descriptor.write_text(json.dumps(package), encoding="utf-8")
    return descriptor


def test_resource_table_describes_a_new_table(package):
    table = appendix.resource_table(package)
    assert table["Table"].iloc[-1] == "tiny"
    row = table.iloc[-1]
    assert row["Rows"] == 3
    assert row["Years"] == "2012–2016 (2 years)"
    assert row["Geographies"] == "1 province, whole country"
    assert row["Units"] == "test units"
    assert row["Source"] == "GSO, Index of income inequality distribution (GINI index) (2018 edition)"
    assert row["Licence"] == "test-licence"


def test_vintage_and_status_counts(package):
    vintages = appendix.vintage_counts(package)
    tiny = vintages[vintages["table"] == "tiny"]
    assert dict(zip(tiny["vintage"], tiny["rows"])) == {"new": 1, "old": 2}
    statuses = appendix.status_counts(package)
    tiny = statuses[statuses["table"] == "tiny"]
    assert dict(zip(tiny["status"], tiny["rows"])) == {"final": 1, "preliminary": 2}


def test_years_of_a_table_with_spans():
    frame = pd.DataFrame({"first_year": [2010, 2018], "last_year": [2012, 2018]})
    assert appendix._table_years(frame) == {2010, 2011, 2012, 2018}
    gaps = appendix.resource_table().set_index("Table").loc["gaps"]
    assert gaps["Years"].startswith("2010–2022")


def test_years_as_runs():
    assert appendix.years_text("2010 2011 2012 2014") == "2010–2012, 2014"
    assert appendix.years_text("2010 2012 2014 2016") == "2010, 2012, 2014, 2016"
    assert appendix.years_text("") == "none"
    assert appendix._span([2016, 2010, 2012]) == "2010–2016 (3 years)"
    assert appendix._span([2011, 2012, 2013]) == "2011–2013"


# --- coverage ----------------------------------------------------------------------------

def test_geography_groups_cover_every_geography():
    groups = appendix.geography_groups()
    slugs = [s for members in groups.values() for s in members]
    assert set(slugs) == {g.slug for g in regions.all_geographies()}
    region_groups = [k for k in groups if k.startswith("Provinces:") and "KER" not in k]
    assert len(region_groups) == 6
    in_regions = [s for k in region_groups for s in groups[k]]
    assert sorted(in_regions) == sorted(p.slug for p in regions.provinces())
    assert len(groups["Provinces: the four KERs"]) == 7 + 5 + 8 + 4


def test_coverage_chart_has_every_registered_series_and_a_dropdown():
    cov = appendix.coverage_frame(series.coverage())
    spec = appendix.coverage_chart(cov).to_dict()
    domain = spec["encoding"]["y"]["scale"]["domain"]
    assert len(domain) == len(set(domain)) == len(series.keys())
    for title, key in zip(domain, appendix.series_order()):
        assert title in (series.spec(key).title, f"{series.spec(key).title} ({key})")
    assert sorted(appendix.series_order()) == sorted(series.keys())
    bind = spec["params"][0]["bind"]
    assert bind["labels"] == list(appendix.geography_groups())
    assert "tooltip" in spec["encoding"]


def _coverage(rows):
    """A coverage frame for the 63 provinces: {key: year list} the same for all."""
    provinces = [p.slug for p in regions.provinces()]
    return pd.DataFrame([{"key": k, "geo": g, "year_list": years}
                         for k, years in rows.items() for g in provinces])


def test_indicator_coverage_by_province():
    cov = _coverage({"gini": "2010 2012", "poverty_rate": "2010 2012 2014",
                     "income_per_capita": "2012 2014 2016", "employed_lfs": "2010 2011",
                     "grdp": "2018 2019"})
    # one province without income in 2014: that year is not covered for all 63
    cov.loc[(cov["key"] == "income_per_capita") & (cov["geo"] == "ha-noi"), "year_list"] = "2012"
    table = appendix.indicator_coverage(cov).set_index("indicator")
    assert table.loc["gini", "years"] == [2010, 2012] and table.loc["gini", "covered"]
    # poverty and income both for all provinces only in 2012: one year, an elasticity needs two
    assert table.loc["poverty_growth_elasticity", "years"] == [2012]
    assert not table.loc["poverty_growth_elasticity", "covered"]
    # GRDP and employment never in the same year
    assert table.loc["labour_productivity", "years"] == []
    assert not table.loc["a40", "covered"] and not table.loc["insurance_gdp_ratio", "covered"]
    assert int(table["covered"].sum()) == 1
    # the same rule for one geography: the whole country has no rows here
    national = appendix.indicator_coverage(cov, ["whole-country"])
    assert not national["covered"].any()


def test_year_view_spans_the_thesis_period():
    assert appendix.year_span() == list(range(2010, 2023))
    frame = appendix.year_frame(["northern-ker"])
    population = frame[(frame["series"] == "population")]
    years = sorted(y for ys in population["years"] for y in ys)
    assert years[0] >= 2010 and years[-1] <= 2022
    # the Northern KER is not published: its population is the sum of its provinces
    assert set(population["method"]) == {"aggregated"}


def test_inputs_coverage_agrees_with_the_full_coverage():
    provinces = [p.slug for p in regions.provinces()]
    quick = appendix.indicator_coverage(appendix.inputs_coverage())
    full = appendix.indicator_coverage(series.coverage(provinces))
    assert quick.equals(full)


def test_reach_of_the_published_series():
    reach = appendix.reach()
    population = series.get("population")
    assert reach["first"] <= int(population["year"].min())
    assert reach["last"] >= int(population["year"].max())
    provinces = population[population["geo"].isin({p.slug for p in regions.provinces()})]
    assert reach["last_province"] >= int(provinces["year"].max())


def test_the_gap_table_shows_every_gap_with_its_level_and_years():
    gaps = appendix.gaps()
    shown = appendix.gap_table(gaps)
    assert len(shown) == len(gaps)
    first = shown["Gap"].iloc[0]
    row = gaps.iloc[0]
    assert first.startswith(f"{row['gap']}. ")
    assert f"{row['first_year']}–{row['last_year']}" in first
    housing = shown[gaps["closing_series"] == "dwelling_area"]["Gap"].iloc[0]
    assert "(2014 and 2016 are public)" in housing
