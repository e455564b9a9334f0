"""One value per quantity: every number the book glues into its prose carries its
identity (indicator, geography, period, basis), and no identity is printed with two
values anywhere in the book; the derived quantities name their identity from their
inputs and refuse to join two vintages.

The book-wide tests read the executed notebooks (``make book``; ``make test`` builds
the book first).
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from analysis.pages import quantities as Q
from support import glued

ROOT = Path(__file__).resolve().parents[1]


def _q(value, period="2016", basis="published", indicator="gini", geo="northern-ker", **kw):
    return Q.Quantity(indicator, geo, period, basis, value, **kw)


# --- the quantities themselves ---------------------------------------------------------

def test_derived_quantities_name_their_identity_and_value():
    a, b = _q(0.4, "2014", unit="index"), _q(0.5, "2016", unit="index")
    d = Q.difference(a, b)
    assert d.key == ("gini: difference", "northern-ker", "2014-2016", "published")
    assert d.value == pytest.approx(0.1)
    g = Q.cagr(_q(100.0, "2010", unit="x"), _q(121.0, "2012", unit="x"))
    assert g.value == pytest.approx(10.0)          # 1.1 ** 2 = 1.21
    assert g.period == "2010-2012"
    c = Q.change(_q(100.0, "2010", unit="x"), _q(121.0, "2012", unit="x"))
    assert c.value == pytest.approx(21.0)


def test_ratio_and_percent_above_are_one_quantity():
    n = _q(146.0, geo="northern-ker", indicator="grdp", unit="m")
    c = _q(100.0, geo="whole-country", indicator="grdp", unit="m")
    r, a = Q.ratio(n, c), Q.above(n, c)
    assert r.key == a.key
    assert r.value == pytest.approx(1.46) and a.value == pytest.approx(46.0)
    assert r.canonical() == pytest.approx(a.canonical())


def test_two_vintages_are_never_joined():
    old = _q(86.9, "2010", basis="published; pre-2019-census", indicator="population", unit="k")
    new = _q(96.5, "2019", basis="published; post-2019-census", indicator="population", unit="k")
    with pytest.raises(ValueError, match="two bases"):
        Q.cagr(old, new)


def test_scaled_keeps_the_identity_and_compares_in_its_own_unit():
    p = _q(17810.0, indicator="population", unit="thousand persons")
    m = p.scaled(0.001, "million persons")
    assert m.key == p.key and m.value == pytest.approx(17.81)
    assert m.canonical() == pytest.approx(p.canonical())


def test_elasticity_by_hand():
    # poverty 10 -> 8 (-20 %) while income 100 -> 110 (+10 %): -2
    e = Q.elasticity(_q(10.0, "2014", indicator="poverty_rate", unit="%"),
                     _q(8.0, "2016", indicator="poverty_rate", unit="%"),
                     _q(100.0, "2014", indicator="income", unit="k"),
                     _q(110.0, "2016", indicator="income", unit="k"))
    assert e.value == pytest.approx(-2.0)
    assert e.period == "2014-2016"


def test_at_reads_a_series_figure_with_its_basis():
    q = Q.at("population", "whole-country", 2010, vintage="pre-2019-census")
    assert q.value == pytest.approx(86947.4)
    assert q.basis == "published; pre-2019-census"
    with pytest.raises(ValueError, match="years with one"):
        Q.at("gini", "northern-ker", 2011)


# --- the checker, on planted cases ------------------------------------------------------

def _glue_output(name, q):
    return {"output_type": "display_data",
            "data": {glued.GLUE_PREFIX + "text/plain": repr(q.value)},
            "metadata": {"scrapbook": {"name": name, "mime_prefix": glued.GLUE_PREFIX},
                         Q.METADATA_KEY: q.metadata()}}


def _nb(*outputs):
    return {"cells": [{"cell_type": "code", "outputs": list(outputs)}]}


def test_checker_finds_one_quantity_with_two_values():
    a = _glue_output("r5r1_2016", _q(9.2, indicator="r5_r1", geo="whole-country"))
    b = _glue_output("r5r1_again", _q(9.8, indicator="r5_r1", geo="whole-country"))
    items = glued.glued(Path("one.ipynb"), _nb(a))[0] + glued.glued(Path("two.ipynb"), _nb(b))[0]
    problems = glued.inconsistencies(items)
    assert len(problems) == 1
    assert "one:r5r1_2016 = 9.2" in problems[0] and "two:r5r1_again = 9.8" in problems[0]
    same = glued.glued(Path("three.ipynb"), _nb(a))[0]
    assert glued.inconsistencies(glued.glued(Path("one.ipynb"), _nb(a))[0] + same) == []


def test_checker_finds_a_fraction_glued_without_identity():
    plain = {"output_type": "display_data",
             "data": {glued.GLUE_PREFIX + "text/plain": "0.325"},
             "metadata": {"scrapbook": {"name": "gini_typed", "mime_prefix": glued.GLUE_PREFIX}}}
    year = copy.deepcopy(plain)
    year["data"][glued.GLUE_PREFIX + "text/plain"] = "2016"
    year["metadata"]["scrapbook"]["name"] = "a_year"
    _, untagged = glued.glued(Path("p.ipynb"), _nb(plain, year))
    assert untagged == ["p: gini_typed = 0.325"]


# --- the book ---------------------------------------------------------------------------

def _book():
    paths = glued.book_notebooks(ROOT)
    if not paths:
        pytest.fail("no executed notebooks: run `make book` first")
    items, untagged = [], []
    for p in paths:
        found, loose = glued.glued(p)
        items += found
        untagged += loose
    return paths, items, untagged


def test_every_glued_fraction_in_the_book_has_an_identity():
    _, _, untagged = _book()
    assert untagged == [], "numbers glued without an identity:\n" + "\n".join(untagged)


def test_the_book_prints_each_quantity_with_one_value():
    _, items, _ = _book()
    assert items, "no quantity is glued in the book"
    problems = glued.inconsistencies(items)
    assert problems == [], "quantities printed with two values:\n" + "\n".join(problems)


def test_the_book_check_fails_on_a_planted_inconsistency():
    paths, items, _ = _book()
    target = items[0]
    page = next(p for p in paths if p.stem == target.page)
    nb = json.loads(page.read_text(encoding="utf-8"))
    planted = _glue_output("planted", Q.Quantity(*target.key, target.value * 1.01 + 1e-6))
    nb["cells"].append({"cell_type": "code", "outputs": [planted]})
    again = [g for g in items if g.page != target.page] + glued.glued(page, nb)[0]
    problems = glued.inconsistencies(again)
    assert any("planted" in p for p in problems)


# --- the quantities of one topic, from the tables (worked by hand) -----------------------

def test_by_year_reads_one_geography_and_refuses_two_vintages():
    spend = Q.by_year("insurance_spending")
    # data/insurance_national.csv: whole-country, 2015, expenditure, all
    assert spend[2015] == 201533
    assert 2011 not in spend.index  # no 2011 figure in GSO's table: a gap, not filled
    with pytest.raises(ValueError, match="vintage"):
        Q.by_year("population")
    assert Q.by_year("population", vintage="pre-2019-census")[2010] == pytest.approx(86947.4)


def test_insured_elasticity_from_the_tables():
    # as in test_indicators: 2014-2015, 5.5359 % / 6.6793 % = 0.82882
    q = Q.insured_elasticity("si", 2014, 2015)
    assert q.value == pytest.approx(0.82882, abs=1e-5)
    assert q.period == "2014-2015" and q.geo == "whole-country"
    table = Q.insured_elasticities("si")
    assert table.iloc[-1]["elasticity"] == pytest.approx(q.value)
    # health insurance, data/insurance_national.csv (insured, health): 64644.8 -> 68466.1,
    # 3821.3 / 64644.8 = 5.9112 %; over 6.6793 %: 0.88501
    assert Q.insured_elasticity("hi", 2014, 2015).value == pytest.approx(0.88501, abs=1e-5)
    with pytest.raises(ValueError, match="valid"):
        Q.insured_elasticity("xx", 2014, 2015)


def test_poverty_elasticity_whole_country_2014_2016():
    # data/poverty_rate.csv (whole-country): 8.4 (2014) -> 5.8 (2016): -30.952 %
    # data/income_by_quintile.csv (whole-country, quintile 0): 2637 -> 3049
    # data/national_accounts.csv, GDP current / constant-2010 (post-2019-revision):
    #   2014 4937031.68 / 3455392.13 = 1.428791; 2016 5639401.00 / 3944143.68 = 1.429816
    #   real income 2637 / 1.428791 = 1845.62 and 3049 / 1.429816 = 2132.44: +15.541 %
    #   elasticity -30.952 / 15.541 = -1.9917; at current prices -30.952 / 15.624 = -1.9811
    assert Q.deflator(2014).value == pytest.approx(142.8791, abs=1e-3)
    assert Q.real(Q.at("income_per_capita", "whole-country", 2014)).value == \
        pytest.approx(1845.62, abs=1e-2)
    assert Q.poverty_elasticity("whole-country", 2014, 2016).value == \
        pytest.approx(-1.9917, abs=1e-4)
    assert Q.poverty_elasticity("whole-country", 2014, 2016, "current").value == \
        pytest.approx(-1.9811, abs=1e-4)
    table = Q.poverty_elasticities(["whole-country"])
    assert list(zip(table["start"], table["end"])) == [(2010, 2012), (2012, 2014), (2014, 2016)]
    assert table.iloc[-1]["x1"] == pytest.approx(2132.44, abs=1e-2)


def test_poverty_elasticity_northern_ker_2014_2016():
    """The Northern KER, worked by hand from the province cells.

    data/poverty_rate.csv, data/income_by_quintile.csv (quintile 0) and
    data/population.csv (pre-2019-census), 2014 | 2016:
      ha-noi      2.3 4113 7095.9 | 1.3 5057 7328.4
      quang-ninh  4.1 3053 1199.4 | 3.7 3791 1224.6
      vinh-phuc   4.9 2378 1041.9 | 2.9 2847 1066
      bac-ninh    2.6 3512 1131.2 | 1.6 4346 1178.6
      hai-duong   4.7 2755 1763.2 | 2.3 3153 1785.8
      hai-phong   3.8 3923 1946   | 2.1 4614 1980.8
      hung-yen    4.7 2192 1158.1 | 2.6 2881 1170.2
    Population-weighted: poverty 50409.45 / 15335.7 = 3.28707 (2014), 30344.64 / 15734.4
    = 1.92855 (2016); income 54327946.7 / 15335.7 = 3542.580 (2014), 68000659.8 / 15734.4
    = 4321.783 (2016). %dP = -41.329 %, %dY = +21.995 %: at current prices e = -1.87899.
    Deflated (1.428791 and 1.429816, as above): 3542.580 / 1.428791 = 2479.427 and
    4321.783 / 1.429816 = 3022.618, +21.908 %: e = -41.329 / 21.908 = -1.8865.
    """
    assert Q.at("poverty_rate", "northern-ker", 2014).value == pytest.approx(3.28707, abs=1e-5)
    assert Q.at("income_per_capita", "northern-ker", 2016).value == \
        pytest.approx(4321.783, abs=1e-3)
    assert Q.poverty_elasticity("northern-ker", 2014, 2016, "current").value == \
        pytest.approx(-1.87899, abs=1e-5)
    assert Q.poverty_elasticity("northern-ker", 2014, 2016).value == \
        pytest.approx(-1.8865, abs=1e-4)


def test_relative_income_northern_ker_2010():
    # thesis 3.3.2 says 10 % above the country in 2010; the tables: the region's
    # population-weighted income over the country's built the same way from its 63
    # provinces (1398.0 thousand VND; GSO prints 1387), never a built figure over a printed one
    q = Q.relative("income_per_capita", "northern-ker", 2010, form="above")
    r = Q.relative("income_per_capita", "northern-ker", 2010)
    assert q.key == r.key and q.canonical() == pytest.approx(r.canonical())
    nk = Q.at("income_per_capita", "northern-ker", 2010).value
    country = Q.from_provinces("income_per_capita", "whole-country", 2010)
    assert country.value == pytest.approx(1398.01, abs=0.01)
    assert Q.at("income_per_capita", "whole-country", 2010).value == 1387
    assert q.value == pytest.approx(100 * (nk / country.value - 1))
    assert "63 provinces" in q.basis


def test_a_province_is_its_own_figure_built_from_provinces():
    ha_noi = Q.from_provinces("income_per_capita", "ha-noi", 2016)
    assert ha_noi.value == Q.at("income_per_capita", "ha-noi", 2016).value


def test_yearbook_figures_keep_their_printed_value_unit_and_vintage():
    import csv

    root = Path(__file__).resolve().parents[1]
    with open(root / "data" / "yearbook_figures.csv", encoding="utf-8") as fh:
        row = next(r for r in csv.DictReader(fh)
                   if r["geo"] == "hung-yen" and r["year"] == "2013"
                   and r["indicator"].endswith("_services"))
    q = Q.yearbook(row["indicator"], "hung-yen", 2013)
    assert q.value == float(row["value"]) and q.unit == row["unit"]
    assert row["vintage"] in q.basis and q.sources == (row["source"],)
    with pytest.raises(KeyError, match="holds no 'no_such_figure' for 'hung-yen'.*_services"):
        Q.yearbook("no_such_figure", "hung-yen", 2013)
    with pytest.raises(KeyError, match=r"printed for \[2010, 2011, 2012, 2013\]"):
        Q.yearbook(row["indicator"], "hung-yen", 2016)


def test_a_yearbook_sum_is_of_one_vintage():
    parts = ["grdp_at_constant_2010_prices_services",
             "grdp_at_constant_2010_prices_industry_and_construction"]
    total = Q.yearbook_sum(parts, "two sectors", "hung-yen", 2012)
    assert total.value == sum(Q.yearbook(p, "hung-yen", 2012).value for p in parts)
    assert total.basis.endswith("the printed parts summed")
    # two figures whose rows state different vintages are not summed
    mixed = ["grdp_at_current_prices_agriculture_forestry_and_fishing",
             "grdp_at_current_prices_foreign_investment_sector"]
    with pytest.raises(ValueError, match="several vintages or units"):
        Q.yearbook_sum(mixed, "mixed", "vinh-phuc", 2018)


def test_gdp_per_head_is_gso_gdp_over_the_population_of_the_same_census():
    """GSO's revised GDP at current prices over the post-census average population, read
    from the two CSVs here, beside the whole country's GRDP per head (its provinces'),
    which is another figure."""
    import csv
    with open(ROOT / "data" / "national_accounts.csv", newline="") as fh:
        gdp = next(float(r["value"]) for r in csv.DictReader(fh)
                   if (r["indicator"], r["geo"], r["year"], r["price_basis"])
                   == ("gdp", "whole-country", "2022", "current"))
    with open(ROOT / "data" / "population.csv", newline="") as fh:
        pop = next(float(r["value"]) for r in csv.DictReader(fh)
                   if (r["geo"], r["year"], r["vintage"])
                   == ("whole-country", "2022", "post-2019-census"))
    q = Q.gdp_per_head(2022)
    assert q.value == pytest.approx(gdp / pop)  # billion VND / thousand persons
    assert q.unit.startswith("million VND per person")
    assert set(q.sources) == {"gso-nsdp-national-accounts", "nso-population-area-province"}
    assert abs(q.value - Q.at("grdp_per_capita", "whole-country", 2022).value) > 0.05
