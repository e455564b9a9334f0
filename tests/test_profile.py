"""What a region profile shows for each series: the latest figure, or a sentence when
the region has none; the comparison regions; the chart's data and menu. Series made
by hand here (registered for the test only) give the expected values directly."""
from pathlib import Path

import pandas as pd
import pytest

from analysis.charts import lines
from analysis.data import series
from analysis.pages import profile
from analysis.pages import quantities as Q

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "gso-average-population-province-2018"  # any id of data/sources.csv (cited only)


def _register(key, rows, component="insurance", digits=1, title=None):
    frame = pd.DataFrame(rows, columns=["geo", "year", "value", "source"])
    series.register(series.Series(key, title or f"Test series {key}", "per cent", component,
                                  lambda: frame, aggregate="none", digits=digits))


@pytest.fixture
def hand_made():
    """Three series of the insurance component: one with no figure anywhere, one with
    figures for Hải Phòng and the whole country, one for Hải Phòng only."""
    keys = ["test_empty", "test_rate", "test_other"]
    _register("test_empty", [], title="Test coverage with no figure")
    _register("test_rate", [("hai-phong", 2019, 40.04, SOURCE),
                            ("hai-phong", 2021, 41.26, SOURCE),
                            ("whole-country", 2021, 35.5, SOURCE),
                            ("whole-country", 2022, 36.0, SOURCE)], title="Test rate")
    _register("test_other", [("hai-phong", 2020, 1234.56789, SOURCE)], digits=0,
              title="Test amount")
    saved = {k: series.SERIES.pop(k) for k in list(series.SERIES)
             if series.SERIES[k].component == "insurance" and k not in keys}
    yield keys
    for key in keys:
        series.SERIES.pop(key, None)
    series.SERIES.update(saved)


def test_a_region_without_figures_gets_one_line_and_the_closing_table(hand_made):
    block = profile.component_block("ha-noi", "insurance")
    assert block.chart is None
    assert "No public figure" not in block.markdown  # not a sentence per indicator
    assert ("3 of this component's indicators have no public figure for Hà Nội: they are "
            "listed in the table at the end of the page.") in block.markdown
    assert "glue:figure" not in block.markdown
    assert block.missing == hand_made
    closing = profile.missing_markdown("ha-noi", [block])
    assert "on these 3 indicators" in closing and "| Indicator | Component |" in closing
    assert "| Test coverage with no figure | Social insurance |" in closing
    assert "| Test rate | Social insurance |" in closing


def test_latest_figure_sentence_with_the_country_of_the_same_year(hand_made):
    block = profile.component_block("hai-phong", "insurance")
    text = Q.plain(block.markdown)
    # a published figure as its table prints that year's figures (the series' digits are
    # 1): 41.26, and 35.50 for the whole country, whose 35.5 the same table printed with
    # two decimals (a trailing zero is not kept in the data); the whole country in 2021
    # (not its later 2022)
    assert ("**Test rate**, per cent: 41.26 in 2021 (as published), against 35.50 for the "
            "whole country.") in text
    # an unrounded figure from a data service: to the series' digits (0)
    assert "**Test amount**, per cent: 1,235 in 2020 (as published)." in text
    # each number is marked with the quantity it shows, which the block lists
    rate = [q for q in block.states if q.indicator == "test_rate"]
    assert [(q.geo, q.period) for q in rate] == [("hai-phong", "2021"), ("whole-country", "2021")]
    assert (f"{{stated}}`{rate[0].tag}:41.26` in 2021 (as published), against "
            f"{{stated}}`{rate[1].tag}:35.50`") in block.markdown
    assert "1 of this component's indicators has no public figure for Hải Phòng" \
        in block.markdown
    assert block.missing == ["test_empty"]
    assert "```{glue:figure} fig-insurance\n:name: fig-hai-phong-insurance" in block.markdown


def test_component_chart_holds_codes_only_and_a_menu(hand_made):
    block = profile.component_block("hai-phong", "insurance")
    spec = block.chart.to_dict()
    (rows,) = spec["datasets"].values()
    assert all(set(r) == {"k", "g", "y", "v"} for r in rows)
    # series 0 = test_rate, 1 = test_other; geography 0 = Hải Phòng, 1 = whole country
    assert sorted((r["k"], r["g"], r["y"], r["v"]) for r in rows) == [
        (0, 0, 2019, 40.04), (0, 0, 2021, 41.26), (0, 1, 2021, 35.5), (0, 1, 2022, 36.0),
        (1, 0, 2020, 1234.6)]
    menu = [p for p in spec["params"] if p["name"] == "indicator"]
    assert menu and menu[0]["bind"]["labels"] == ["Test rate, per cent", "Test amount, per cent"]
    for layer in spec["layer"]:  # lines and points fade together when a region is picked
        assert {"param": "pick", "value": 1.0} == layer["encoding"]["opacity"]["condition"]
    assert "tooltip" in spec["layer"][1]["encoding"]
    assert spec["usermeta"]["ssker"]["source"] == \
        "GSO, Average population by province (2018 edition)."


def test_comparison_regions():
    assert profile.comparison("hai-phong") == [
        "hai-phong", "whole-country", "northern-ker", "ha-noi", "quang-ninh", "vinh-phuc",
        "bac-ninh", "hai-duong", "hung-yen"]
    assert profile.comparison("whole-country") == [
        "whole-country", "northern-ker", "central-ker", "southern-ker", "mekong-delta-ker"]
    assert profile.comparison("central-ker") == [
        "central-ker", "whole-country", "northern-ker", "southern-ker", "mekong-delta-ker"]


def test_one_vintage_per_series():
    frame = pd.DataFrame({"geo": ["a"] * 5, "year": [2010, 2011, 2012, 2010, 2011],
                          "vintage": ["old", "old", "old", "new", "new"], "value": [1.0] * 5})
    assert profile.pick_vintage(frame) == "old"  # reaches 2012
    frame.loc[4, "year"] = 2013
    assert profile.pick_vintage(frame) == "new"
    assert profile.pick_vintage(frame.iloc[0:0]) is None


def test_no_colour_is_given_twice():
    names = ["Hà Nội", "Whole country", "Northern KER", "Quảng Ninh", "Vĩnh Phúc", "Bắc Ninh",
             "Hải Dương", "Hải Phòng", "Hưng Yên"]
    colors = lines.colors(names)
    assert len(set(colors)) == len(names)
    assert colors[1] == "#424949" and colors[2] == "#c0392b"  # the book's fixed colours


def test_latest_table_leaves_gaps_empty(hand_made):
    table = profile.latest_table(["test_rate"], ["northern-ker", "whole-country"])
    assert table["Region"].tolist() == ["Northern KER", "Whole country"]
    assert table["Year"].isna().tolist() == [True, False]
    assert table.iloc[1][["Year", "Value", "Method"]].tolist() == [2022, "36.0", "as published"]


def test_the_template_has_a_section_for_every_component():
    text = (ROOT / "book" / "regions" / "profile-template.md").read_text(encoding="utf-8")
    for component in series.COMPONENTS:
        assert f"```{{glue:md}} md-{component}\n:format: myst\n```" in text, component
    assert "```{glue:md} md-missing" in text


@pytest.fixture
def total():
    """A total (provinces add up) with a figure for each Northern KER province in 2020
    (1 to 7) and for the whole country (100)."""
    provinces = ["ha-noi", "quang-ninh", "vinh-phuc", "bac-ninh", "hai-duong", "hai-phong",
                 "hung-yen"]
    rows = [(p, 2020, float(i), SOURCE) for i, p in enumerate(provinces, start=1)]
    rows.append(("whole-country", 2020, 100.0, SOURCE))
    frame = pd.DataFrame(rows, columns=["geo", "year", "value", "source"])
    saved = {k: series.SERIES.pop(k) for k in list(series.SERIES)
             if series.SERIES[k].component == "services"}
    series.register(series.Series("test_total", "Test total", "units", "services",
                                  lambda: frame, aggregate="sum"))
    yield
    series.SERIES.pop("test_total")
    series.SERIES.update(saved)


def test_a_total_is_drawn_for_geographies_of_one_kind(total):
    block = profile.component_block("hai-phong", "services")
    (rows,) = block.chart.to_dict()["datasets"].values()
    assert sorted(r["v"] for r in rows) == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]  # no KER, country
    assert "**Test total**, units: 6.0 in 2020 (as published), against 100.0 for the whole " \
           "country." in Q.plain(block.markdown)
    assert "drawn for the provinces only" in block.markdown
    # the KER: the sum of its seven provinces, 1 + 2 + ... + 7
    block = profile.component_block("northern-ker", "services")
    assert "**Test total**, units: 28.0 in 2020 (sum of 7 provinces), against 100.0 for the " \
           "whole country." in Q.plain(block.markdown)


def test_latest_wide_gives_value_and_year_per_region_and_the_methods(total):
    table = profile.latest_wide(["test_total"], ["northern-ker", "central-ker",
                                                 "whole-country"])
    assert table.columns.tolist() == ["Indicator (unit)", "Northern KER", "Central KER",
                                      "Whole country", "Method"]
    assert table.iloc[0]["Indicator (unit)"] == "Test total (units)"
    row = table.iloc[0]
    assert row["Northern KER"] == "28.0 (2020)"  # 1 + 2 + ... + 7
    assert row["Central KER"] is None  # no province of the Central KER has a figure
    assert row["Whole country"] == "100.0 (2020)"
    assert row["Method"] == "Northern KER: sum of member provinces; Whole country: as published"


def test_titles_cannot_open_a_formula_in_the_page():
    assert profile.md("Poverty at $3.00 a day and $4.20 a day") == \
        "Poverty at \\$3.00 a day and \\$4.20 a day"
    assert profile.md("R5/R1 *rich* [x]") == "R5/R1 \\*rich\\* \\[x\\]"


def test_the_parameters_cell_stays_in_the_notebook_but_not_on_the_page():
    import json

    root = Path(__file__).resolve().parents[1]
    nb = json.loads((root / "book" / "regions" / "bac-ninh.ipynb").read_text(encoding="utf-8"))
    injected = [c for c in nb["cells"] if c.get("id") == "injected-parameters"]
    assert injected and 'region = "bac-ninh"' in "".join(injected[0]["source"])
    assert "remove-cell" in injected[0]["metadata"]["tags"]
    page = (root / "_build" / "html" / "book" / "regions" / "bac-ninh.html").read_text(encoding="utf-8")
    assert "tag_injected-parameters" not in page and "# Parameters" not in page
