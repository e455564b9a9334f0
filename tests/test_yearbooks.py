"""Figures read from provincial statistical yearbooks (data/yearbook_figures.csv) against
the transcription in ../shared/data-candidates/yearbook-transcriptions (values as
printed; the comment gives the printed text)."""
import pytest

from analysis import data
from analysis.data.paths import DATA_DIR
from rekey import yearbooks
from rekey.common import RekeyError, write_table
from support.tables import cell


@pytest.mark.parametrize("indicator, geo, period, value, unit, status", [
    ("labour_force_aged_15", "vinh-phuc", "2019", 647421, "persons", "preliminary"),  # 647.421
    ("grdp_growth_rate_constant_2010_prices", "vinh-phuc", "2019", 8.1, "% yoy",
     "preliminary"),                                                                 # 8,10
    ("monthly_average_income_per_capita_provincial_income_survey", "vinh-phuc", "2020",
     4587.1, "thousand VND", "final"),                                               # 4587,1
    ("grdp_at_constant_2010_prices", "hung-yen", "2014", 36190549, "million VND",
     "final"),                                                                       # 36.190.549
    ("schools_of_general_education_total", "hai-phong", "2015-2016", 468, "schools",
     "final"),                                                                       # 468
])
def test_cells(indicator, geo, period, value, unit, status):
    row = cell("yearbook_figures", indicator=indicator, geo=geo, period=period)
    assert (row["value"], row["unit"], row["status"]) == (pytest.approx(value), unit, status)
    assert row["address"].startswith("http")


def test_every_row_names_its_page_edition_and_vintage():
    table = data.load("yearbook_figures")
    assert (table["address"].str.startswith("http")).all()
    assert table["vintage"].str.len().min() > 0
    assert set(table["source"]) <= {e[0] for e in yearbooks.EDITIONS.values()}


@pytest.mark.skipif(not yearbooks.SOURCE.exists(), reason="the candidate files are not here")
def test_rekey_reproduces_the_table(tmp_path):
    write_table("yearbook_figures", yearbooks.FIELDS, yearbooks.rows(),
                key=["indicator", "geo", "period", "source"], folder=tmp_path)
    assert (tmp_path / "yearbook_figures.csv").read_bytes() == \
        (DATA_DIR / "yearbook_figures.csv").read_bytes()


def test_a_number_in_the_wrong_convention_names_its_row(tmp_path, monkeypatch):
    bad = tmp_path / "transcription.csv"
    bad.write_text("indicator,unit,geography,year,value_as_printed,vintage_or_standard,"
                   "table_title_as_printed,yearbook,source_address,note\n"
                   "Labour force aged 15+,persons,Vinh Phuc,2019,\"647,421.5\",2019 yearbook,"
                   "t,Vinh Phuc Statistical Yearbook 2019,http://x,\n", encoding="utf-8")
    monkeypatch.setattr(yearbooks, "SOURCE", bad)
    with pytest.raises(RekeyError, match="row 2"):
        yearbooks.rows()


def test_sources_rows_are_replaced_in_place_whatever_the_order(tmp_path):
    from rekey.common import replace_sources

    path = tmp_path / "sources.csv"
    path.write_text("id,title\na,A\nb,B\nc,C\n", encoding="utf-8")
    replace_sources([{"id": "b", "title": "B2"}, {"id": "d", "title": "D"}], path)
    replace_sources([{"id": "a", "title": "A2"}], path)
    once = path.read_text(encoding="utf-8")
    assert once == "id,title\na,A2\nb,B2\nc,C\nd,D\n"
    # the same scripts again, in the other order: the same file
    replace_sources([{"id": "a", "title": "A2"}], path)
    replace_sources([{"id": "b", "title": "B2"}, {"id": "d", "title": "D"}], path)
    assert path.read_text(encoding="utf-8") == once
