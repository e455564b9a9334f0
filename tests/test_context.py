"""analysis.context against the cells of data/document_figures.csv and the press tables
(line numbers are those of the CSV files, header = line 1)."""
import pandas as pd
import pytest

from analysis.charts import timeline
from analysis.compute import text
from analysis.pages import context


def test_period_date():
    assert context.period_date("2020") == "2020-12-31"
    assert context.period_date("2020", year_at="mid") == "2020-07-01"
    assert context.period_date("2022-09") == "2022-09-15"
    assert context.period_date("2018-10-31") == "2018-10-31"
    assert context.period_date("2015/2021") is None
    assert context.period_date("2022-01/2022-11") is None
    assert context.period_date(None) is None
    assert context.period_date(float("nan")) is None
    with pytest.raises(ValueError, match="year_at"):
        context.period_date("2020", year_at="start")


def test_to_persons_and_status():
    assert context.to_persons(545, "thousand persons") == 545_000
    assert context.to_persons(85.39, "million persons") == pytest.approx(85_390_000)
    assert context.to_persons(6000, "persons") == 6000
    with pytest.raises(ValueError, match="not a count of persons"):
        context.to_persons(1, "percent")
    assert context.status_of_document_kind("measurement") == "reported"
    assert context.status_of_document_kind("target") == "target"
    with pytest.raises(ValueError, match="unknown document figure kind"):
        context.status_of_document_kind("guess")


def test_social_insurance_coverage():
    si = context.coverage("si")
    # press_insurance.csv lines 43-51 (nine national rows) and document_figures.csv
    # lines 16, 55, 56; line 120 (just over 30 %, no year) cannot be dated
    assert len(si) == 12
    assert (si["origin"] == "press").sum() == 9
    target = si[si["status"] == "target"]
    assert list(target["value"]) == [60.0] and list(target["year"]) == [2030]  # line 16
    assert list(target["source"]) == ["khuyen-resolution-42-article"]
    assert list(target["denominator"]) == ["of the labour force"]
    row = si[(si["source"] == "vietnamplus-2024-hi-93")].iloc[0]  # press line 45
    assert row["value"] == 39 and row["qualifier"] == "over" and row["date"] == "2023-12-31"
    tri = si[si["source"] == "tri-2021-role-of-social-security"]  # lines 55-56
    assert sorted(zip(tri["year"], tri["value"])) == [(2011, 21.8), (2019, 32.0)]
    assert set(tri["denominator"]) == {"of the working-age labour force"}
    with pytest.raises(ValueError, match="unknown scheme"):
        context.coverage("xx")


def test_health_insurance_coverage_keeps_a_repeated_figure_once():
    hi = context.coverage("hi")
    docs = hi[hi["origin"] == "document"]
    # lines 18 and 27 state 93.35 % for 2023 twice (kept once); line 62: 90 % in 2019;
    # lines 3 and 80 have no year
    assert sorted(zip(docs["year"], docs["value"])) == [(2019, 90.0), (2023, 93.35)]
    assert (hi["origin"] == "press").sum() == 10  # press lines 5-14
    assert hi[hi["status"] == "estimate"]["value"].tolist() == [91.1]  # press line 12


def test_voluntary_participants_in_persons():
    vsi = context.participants("si_voluntary_participants")
    tri = vsi[(vsi["source"] == "tri-2021-role-of-social-security")]
    assert tri["persons"].tolist() == [545_000]  # line 58: 545 thousand persons
    # the news item's ethnic-minority participants (September 2023)
    news = vsi[vsi["source"] == "news-2025-voluntary-si-ethnic-minority"]
    assert sorted(news["persons"]) == [70_196, 122_377]
    assert set(news["date"]) == {"2023-09-15"}
    assert "2008/2018" not in set(vsi["period"])  # a span of years has no date


def test_survey_shares_against_their_counts():
    s = context.survey_shares().set_index("item")
    # line 169: "236/300 votes polled (87.2%)": 236/300 = 78.67 %
    assert s.loc[41, "share_from_counts"] == pytest.approx(78.6667, abs=1e-4)
    assert s.loc[41, "gap"] == pytest.approx(87.2 - 78.6667, abs=1e-4)
    assert s.loc[28, "share_from_counts"] == pytest.approx(76.0)  # 228/300
    assert s.loc[18, "share_from_counts"] != s.loc[18, "share_from_counts"]  # no counts: NaN
    assert len(s) == 21


def test_subsidies_by_province():
    sub = context.subsidies()
    assert len(sub) == 8  # lines 180-181 and 183-188 (182: the general increase; 189: HI)
    row = sub[(sub["geo"] == "quang-ninh") & (sub["group"] == "poor households")].iloc[0]
    assert row["value"] == 30 and row["ker"] == "Northern KER" and row["period"] == "2023/2027"
    assert set(sub[sub["geo"] == "quang-tri"]["ker"]) == {""}
    assert set(sub[sub["geo"] == "quang-nam"]["ker"]) == {"Central KER"}


def test_poverty_national_keeps_measures_and_standards_apart():
    pov = context.poverty_national()
    tri = pov[pov["source"] == "tri-2021-role-of-social-security"]
    assert sorted(zip(tri["year"], tri["value"], tri["standard"])) == [
        (2011, 11.76, "2011-2015"), (2019, 3.75, "2016-2020")]
    molisa = pov[pov["indicator"] == "admin_poor_household_rate"]
    assert molisa[["year", "value", "standard"]].values.tolist() == [[2022, 4.03, "2022-2025"]]
    mpi = pov[pov["indicator"] == "mpi_headcount"]
    assert sorted(zip(mpi["year"], mpi["value"])) == [(2016, 9.9), (2020, 4.5)]
    # one label per (origin, indicator): five measures, never merged
    assert pov["measure"].nunique() == 5
    assert set(pov["group"]) <= {"total", "poverty line 2011-2015", "poverty line 2016-2020", ""}


def test_as_reported():
    assert text.as_reported(39, "over", " %") == "over 39 %"
    assert text.as_reported(93.35, "exact", " %") == "93.35 %"
    assert text.as_reported(1_130_000, "about") == "about 1,130,000"
    assert text.as_reported(35, "range", " %", value_high=40) == "35–40 %"
    assert text.as_reported(2.9, "under", " %", decimals=2) == "under 2.90 %"
    with pytest.raises(ValueError, match="value_high"):
        text.as_reported(35, "range")
    with pytest.raises(ValueError, match="unknown qualifier"):
        text.as_reported(1, "roughly")


def test_reported_over_time_keeps_press_and_documents_apart():
    frame = context.coverage("si")
    chart = timeline.reported_over_time(frame, series="denominator", series_title="Coverage",
                                       y_title="Percent").to_dict()
    filters = [layer["transform"][0]["filter"] for layer in chart["layer"]]
    assert filters == ["(datum.origin === 'press')", "(datum.origin === 'document')"]
    assert chart["layer"][0]["mark"]["filled"] is True
    assert chart["layer"][1]["mark"]["filled"] is False
    shape = chart["layer"][0]["encoding"]["shape"]["scale"]
    assert shape["domain"] == ["reported", "target"] and shape["range"] == ["circle", "cross"]


def test_span_text():
    si = context.coverage("si")
    reported = si[si["status"] != "target"]
    # earliest: document line 55 (21.8 % in 2011); latest: press line 45 (more than 39 % in 2023)
    assert context.span_text(reported) == "from 21.8 % (2011) to over 39.0 % (2023)"
    with pytest.raises(ValueError, match="no dated figure"):
        context.span_text(reported.iloc[0:0])


def test_coverage_computed_from_gso_tables():
    si = context.gso_coverage("si").set_index("year")
    # insurance_national.csv line 91 (12,290.5) over labour_force.csv line 483 (53,984.2)
    assert si.loc[2015, "value"] == 22.8  # 100 * 12290.5 / 53984.2 = 22.77
    assert si.loc[2015, "origin"] == "gso" and si.loc[2015, "status"] == "final"
    assert si.loc[2015, "printed"] == "12,290.5 ÷ 53,984.2 thousand persons"
    assert 2011 not in si.index  # the insurance table has no 2011 column
    hi = context.gso_coverage("hi").set_index("year")
    # line 90 (68,466.1) over population.csv line 483 (91,709.8, before the 2019 census)
    assert hi.loc[2015, "value"] == 74.7  # 100 * 68466.1 / 91709.8 = 74.66
    assert "computed here" in hi.loc[2015, "denominator"]
    with pytest.raises(ValueError, match="unknown scheme"):
        context.gso_coverage("xx")


def test_gso_poverty():
    pov = context.gso_poverty().set_index("year")
    assert pov.loc[2016, "value"] == 5.8 and pov.loc[2016, "status"] == "preliminary"  # line 421
    assert pov.loc[2010, "status"] == "final"
    assert set(pov["origin"]) == {"gso"} and set(pov["standard"]) == {"unstated"}


def test_gso_series_is_drawn_as_its_own_layer():
    frame = pd.concat([context.coverage("hi"), context.gso_coverage("hi")], ignore_index=True)
    chart = timeline.reported_over_time(frame, series="denominator", series_title="Coverage",
                                       y_title="Percent").to_dict()
    filters = [layer["transform"][0]["filter"] for layer in chart["layer"]]
    assert filters[2:] == ["(datum.origin === 'gso')"] * 2
    assert chart["layer"][2]["mark"]["type"] == "line"
    assert "square" in chart["layer"][3]["encoding"]["shape"]["scale"]["range"]
