"""The series API: published figures, aggregation rules, gaps left as gaps."""
import pandas as pd
import pytest

from analysis.data import regions, series


def test_population_of_northern_ker_is_the_sum_of_its_provinces():
    # GSO, Average population by province (2018 edition), column "Total 2010":
    # Ha Noi 6633.6, Vinh Phuc 1007.6, Bac Ninh 1044.2, Quang Ninh 1157.2,
    # Hai Duong 1716.4, Hai Phong 1857.8, Hung Yen 1132.3 (thousand persons).
    frame = series.get("population", "northern-ker", vintage="pre-2019-census")
    row = frame[frame["year"] == 2010].iloc[0]
    assert row["value"] == pytest.approx(14549.1)
    assert row["method"] == "sum of 7 provinces"
    assert row["unit"] == "thousand persons"


def test_published_figures_are_used_where_they_exist():
    frame = series.get("population", "ha-noi", vintage="pre-2019-census")
    assert frame[frame["year"] == 2010]["value"].iloc[0] == pytest.approx(6633.6)
    assert set(frame["method"]) == {"published"}


def test_a_series_without_a_rule_gives_no_figure_for_a_ker():
    assert series.get("gini_gso", "northern-ker").empty
    assert not series.get("gini_gso", "red-river-delta").empty


def test_frames_have_the_documented_columns():
    for key in series.keys():
        frame = series.get(key, "whole-country")
        assert list(frame.columns) == series.COLUMNS, key


def test_unknown_key_and_geography_name_the_valid_choices():
    with pytest.raises(series.UnknownSeries, match="valid keys are: population"):
        series.get("no-such-series", "ha-noi")
    with pytest.raises(regions.UnknownGeography, match="valid slugs are"):
        series.get("population", "atlantis")


@pytest.fixture
def toy_series():
    """Two hand-made series over the Northern KER (7 provinces): a stock that one
    province lacks in 2021, and a rate weighted by it."""
    provinces = [p.slug for p in regions.members("northern-ker")]
    stock = pd.DataFrame(
        [{"geo": g, "year": 2020, "value": 10.0 * (i + 1), "source": "toy"}
         for i, g in enumerate(provinces)]
        + [{"geo": g, "year": 2021, "value": 1.0, "source": "toy"} for g in provinces[1:]])
    rate = pd.DataFrame([{"geo": g, "year": 2020, "value": 1.0 if i == 0 else 2.0,
                          "source": "toy"} for i, g in enumerate(provinces)])
    added = [series.register(series.Series("toy_stock", "Toy stock", "persons", "population",
                                           lambda: stock, aggregate="sum")),
             series.register(series.Series("toy_rate", "Toy rate", "percent", "labour",
                                           lambda: rate, aggregate="weighted",
                                           weight="toy_stock"))]
    yield provinces
    for s in added:
        del series.SERIES[s.key]


def test_a_year_with_a_missing_member_is_left_out(toy_series):
    frame = series.get("toy_stock", "northern-ker")
    assert list(frame["year"]) == [2020]
    assert frame["value"].iloc[0] == pytest.approx(10 + 20 + 30 + 40 + 50 + 60 + 70)


def test_a_rate_is_weighted_by_its_weight_series(toy_series):
    frame = series.get("toy_rate", "northern-ker")
    # first province: rate 1 with weight 10; the six others: rate 2 with weights 20..70
    expected = (1 * 10 + 2 * (20 + 30 + 40 + 50 + 60 + 70)) / 280
    assert frame["value"].iloc[0] == pytest.approx(expected)
    assert "weighted by toy stock over 7 provinces" == frame["method"].iloc[0]


def test_series_definitions_are_checked():
    with pytest.raises(ValueError, match="needs a weight"):
        series.Series("x", "X", "u", "labour", lambda: None, aggregate="weighted")
    with pytest.raises(ValueError, match="component must be one of"):
        series.Series("x", "X", "u", "nothing", lambda: None)


def test_coverage_lists_every_series_and_geography():
    cov = series.coverage(["northern-ker", "whole-country"])
    assert set(cov["key"]) == set(series.keys())
    nker = cov[(cov["geo"] == "northern-ker") & (cov["key"] == "gini")].iloc[0]
    assert (nker["first"], nker["last"], nker["years"]) == (2010, 2016, 4)
    assert nker["method"] == "pooled"


def test_a_kers_net_migration_is_weighted_by_the_population_its_rates_are_per_1000_of():
    # the catalogue's note on net_migration_rate: GSO's older population for 2011-2016
    # (the rates of GSO's 2018 table), the revised one from 2017, where the older stops
    frame = series.get("net_migration_rate", "northern-ker").set_index("year")
    members = [p.slug for p in regions.members("northern-ker")]
    rate = series.get("net_migration_rate", members)
    for year, vintage in [(2012, "pre-2019-census"), (2016, "pre-2019-census"),
                          (2017, "post-2019-census"), (2021, "post-2019-census")]:
        assert f"({vintage})" in frame.loc[year, "method"]
        pop = series.get("population", members, vintage)
        r = rate[rate["year"] == year].set_index("geo")["value"]
        w = pop[pop["year"] == year].set_index("geo")["value"].reindex(r.index)
        assert len(r) == len(members) and w.notna().all()
        assert frame.loc[year, "value"] == pytest.approx((r * w).sum() / w.sum())


def test_revised_weights_would_move_a_kers_net_migration_by_about_a_tenth_per_1000():
    # the same note: weighting 2011-2016 by the revised population instead moves a KER's
    # rate by up to about 0.1 per 1,000
    provinces = [p.slug for p in regions.provinces()]
    rate = series.get("net_migration_rate", provinces)
    largest = 0.0
    for ker in regions.kers():
        members = [p.slug for p in regions.members(ker.slug)]
        for year in range(2011, 2017):
            r = rate[(rate["year"] == year) & rate["geo"].isin(members)].set_index("geo")["value"]
            means = []
            for vintage in ("pre-2019-census", "post-2019-census"):
                pop = series.get("population", members, vintage)
                w = pop[pop["year"] == year].set_index("geo")["value"].reindex(r.index)
                means.append((r * w).sum() / w.sum())
            largest = max(largest, abs(means[0] - means[1]))
    assert 0.05 < largest < 0.15
