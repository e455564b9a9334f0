"""National and provincial public tables: the province boundaries and their map,
GRDP per head, the post-census population, national accounts, population and labour,
and the World Bank's indicators for Viet Nam.

Expected values were read by eye from the candidate files in
``../shared/data-candidates`` (the cell is named next to each) and typed here; they
are not produced by the code under test."""
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import data
from analysis.charts import maps
from analysis.data import boundaries
from analysis.data import regions

ROOT = Path(__file__).resolve().parents[1]

from rekey import national

PROVINCES = [p.slug for p in regions.provinces()]
BOUNDARIES = ROOT / "data" / "boundaries" / "provinces.geojson"
HAVE_CANDIDATES = national.CANDIDATES.exists()


# --- 1. boundaries and the province map -------------------------------------------------------

def test_boundaries_have_each_province_once():
    collection = json.loads(BOUNDARIES.read_text(encoding="utf-8"))
    slugs = [f["properties"]["geo"] for f in collection["features"]]
    assert len(slugs) == 63
    assert sorted(slugs) == sorted(PROVINCES)


def test_boundaries_file_is_small():
    assert BOUNDARIES.stat().st_size < 300_000


def test_boundaries_are_rounded_and_keyed():
    collection = json.loads(BOUNDARIES.read_text(encoding="utf-8"))
    text = json.dumps([f["geometry"] for f in collection["features"]])
    assert not re.search(r"\d\.\d{4,}", text)          # 3 decimals at most
    by_slug = {f["properties"]["geo"]: f for f in collection["features"]}
    # ISO codes as printed in the registry (data/geographies.csv)
    assert by_slug["ha-noi"]["properties"]["iso"] == "VN-HN"
    assert by_slug["bac-ninh"]["properties"]["iso"] == "VN-56"
    # the Con Dao islands (a separate feature in geoBoundaries) belong to Ba Ria-Vung Tau
    brvt = by_slug["ba-ria-vung-tau"]
    assert brvt["geometry"]["type"] == "MultiPolygon"
    assert len(brvt["properties"]["shape_ids"]) == 2
    assert "63759600B5991530625500" in brvt["properties"]["shape_ids"]   # Con Dao's shapeID


def test_every_geometry_ring_is_closed():
    collection = json.loads(BOUNDARIES.read_text(encoding="utf-8"))
    for f in collection["features"]:
        g = f["geometry"]
        polygons = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for polygon in polygons:
            for ring in polygon:
                assert len(ring) >= 4 and ring[0] == ring[-1], f["properties"]["geo"]


def _urls(spec: dict) -> list[str]:
    spec = {k: v for k, v in spec.items() if k != "$schema"}
    return re.findall(r"https?://[^\"']*", json.dumps(spec))


def test_highlight_map_is_offline_and_coloured_by_ker():
    chart = maps.province_map(["northern-ker", "da-nang"], title="Test", source="GSO",
                             description="Provinces of the Northern KER and Da Nang")
    spec = chart.to_dict()
    assert _urls(spec) == []
    assert "url" not in json.dumps(spec.get("data", {}))
    rows = next(v for v in spec["datasets"].values()
                if isinstance(v, list) and "province" in v[0])  # the geometry is a dict
    groups = {r["geo"]: r["group"] for r in rows}
    assert len(rows) == 63
    assert groups["bac-ninh"] == "Northern KER"
    assert groups["da-nang"] == "Central KER"
    assert groups["quang-nam"] == "Other provinces"     # Central KER, not highlighted
    assert groups["ha-giang"] == "Other provinces"
    topology = next(v for v in spec["datasets"].values() if isinstance(v, dict))
    geometries = topology["objects"][boundaries.TOPOLOGY_OBJECT]["geometries"]
    assert sorted(g["properties"]["geo"] for g in geometries) == \
        sorted(p.slug for p in regions.provinces())
    assert '"type": "topojson"' in json.dumps(spec) or '"type":"topojson"' in json.dumps(spec)
    assert spec["usermeta"]["ssker"]["source"] == "GSO"
    assert {t["title"] for t in spec["encoding"]["tooltip"]} == {"Province",
                                                               "Key economic region"}


def test_outer_rings_run_clockwise_for_the_renderer():
    """d3-geo (vega) reads a counter-clockwise outer ring as the globe minus the
    province: a map of one colour. Shoelace area in lon/lat must be negative."""
    for feature in boundaries.features():
        g = feature["geometry"]
        polygons = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for polygon in polygons:
            ring = polygon[0]
            area2 = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
            assert area2 < 0, feature["properties"]["geo"]


def _rings(topology: dict, geometry: dict) -> list[list]:
    """The outer rings of a TopoJSON geometry, decoded here (delta-coded, quantized arcs;
    a negative index is the arc reversed)."""
    scale, shift = topology["transform"]["scale"], topology["transform"]["translate"]

    def arc(i):
        points, x, y = [], 0, 0
        for dx, dy in topology["arcs"][i if i >= 0 else ~i]:
            x, y = x + dx, y + dy
            points.append((x * scale[0] + shift[0], y * scale[1] + shift[1]))
        return points if i >= 0 else points[::-1]

    polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
    rings = []
    for polygon in polygons:
        ring = []
        for i in polygon[0]:
            ring += arc(i)[1 if ring else 0:]
        rings.append(ring)
    return rings


def test_the_maps_outlines_keep_the_orientation_and_the_area_of_each_province():
    """The maps draw the provinces from a simplified topology: each outer ring still
    runs clockwise (as d3-geo needs), and each province's area on it is within 3 % of
    its area on the boundary file (simplification moves borders by at most about
    550 m)."""
    from analysis.compute.geometry import geometry_area_km2

    topology = boundaries.topology()
    exact = {f["properties"]["geo"]: geometry_area_km2(f["geometry"])
             for f in boundaries.features()}
    for geometry in topology["objects"][boundaries.TOPOLOGY_OBJECT]["geometries"]:
        rings = _rings(topology, geometry)
        for ring in rings:
            area2 = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
            assert area2 < 0, geometry["properties"]["geo"]
        shape = {"type": "MultiPolygon", "coordinates": [[r] for r in rings]}
        slug = geometry["properties"]["geo"]
        assert abs(geometry_area_km2(shape) / exact[slug] - 1) < 0.03, slug


def test_choropleth_keeps_gaps_as_gaps():
    values = pd.DataFrame({"geo": ["ha-noi", "ca-mau", "bac-lieu"],
                           "value": pd.array([141.61, None, pd.NA], dtype="Float64")})
    chart = maps.province_map(values=values, title="Test", source="GSO", description="d",
                             value_title="GRDP per head")
    spec = chart.to_dict()
    assert _urls(spec) == []
    rows = next(v for v in spec["datasets"].values()
                if isinstance(v, list) and "province" in v[0])  # the geometry is a dict
    value = {r["geo"]: r["value"] for r in rows}
    assert value["ha-noi"] == 141.61
    assert value["ca-mau"] is None and value["bac-lieu"] is None and value["bac-ninh"] is None
    assert "no value" in json.dumps(spec)


def test_map_rejects_bad_values():
    with pytest.raises(ValueError, match="not provinces: northern-ker"):
        maps.province_map(values=pd.DataFrame({"geo": ["northern-ker"], "value": [1.0]}),
                         title="t", source="s", description="d")
    with pytest.raises(ValueError, match="more than one value for ha-noi"):
        maps.province_map(values=pd.DataFrame({"geo": ["ha-noi", "ha-noi"], "value": [1, 2]}),
                         title="t", source="s", description="d")


def test_map_needs_source_and_description():
    with pytest.raises(ValueError, match="source and a description"):
        maps.province_map(title="t", source="", description="")


@pytest.mark.skipif(not HAVE_CANDIDATES, reason="the candidate files are not on this machine")
def test_rekey_fails_loudly_on_a_missing_province(tmp_path, monkeypatch):
    source = json.loads(national.BOUNDARIES_IN.read_text(encoding="utf-8"))
    source["features"] = [f for f in source["features"]
                          if f["properties"]["shapeName"] != "Bắc Ninh"]
    path = tmp_path / "boundaries.geojson"
    path.write_text(json.dumps(source), encoding="utf-8")
    monkeypatch.setattr(national, "BOUNDARIES_IN", path)
    with pytest.raises(national.RekeyError, match="without a boundary: bac-ninh"):
        national.boundaries()


@pytest.mark.skipif(not HAVE_CANDIDATES, reason="the candidate files are not on this machine")
def test_rekey_fails_loudly_on_an_unknown_name(tmp_path, monkeypatch):
    source = json.loads(national.BOUNDARIES_IN.read_text(encoding="utf-8"))
    source["features"][0]["properties"]["shapeName"] = "Atlantis"
    path = tmp_path / "boundaries.geojson"
    path.write_text(json.dumps(source), encoding="utf-8")
    monkeypatch.setattr(national, "BOUNDARIES_IN", path)
    with pytest.raises(national.RekeyError, match="feature 1: unknown place name 'Atlantis'"):
        national.boundaries()


@pytest.mark.skipif(not HAVE_CANDIDATES, reason="the candidate files are not on this machine")
def test_committed_boundaries_are_what_the_script_writes():
    written = json.loads(BOUNDARIES.read_text(encoding="utf-8"))
    assert written == json.loads(json.dumps(national.boundaries()))


def test_boundary_source_is_recorded():
    row = data.source_of("geoboundaries-vnm-adm1")
    assert "63759600" in row["title"] and "Runfola" in row["licence"]


# --- 2. GRDP per head, population, national accounts and labour -------------------------------

def _value(table: pd.DataFrame, **key) -> float:
    rows = table
    for column, wanted in key.items():
        rows = rows[rows[column] == wanted]
    assert len(rows) == 1, key
    return float(rows["value"].iloc[0])


@pytest.mark.parametrize("geo, year, expected", [
    ("ha-noi", 2022, 141.61),                 # grdp/grdp_2022.csv, row "1,Ha Noi"
    ("bac-ninh", 2022, 169.07),               # grdp/grdp_2022.csv, row "27,Bac Ninh"
    ("vinh-phuc", 2018, 94.54),               # grdp/grdp_2018.csv, row "26,Vinh Phuc"
    ("ba-ria-vung-tau", 2022, 357.23),        # grdp_wide_64357ec.csv, "Ba Ria - Vung Tau"
    ("red-river-delta", 2020, 102.87),        # grdp_wide_64357ec.csv, "Dong bang song Hong"
    ("southeast", 2019, 141.75),              # grdp_wide_64357ec.csv, "Dong Nam Bo"
])
def test_grdp_per_capita_hand_read(geo, year, expected):
    assert _value(data.load("grdp_per_capita"), geo=geo, year=year) == expected


def test_grdp_per_capita_coverage_and_status():
    grdp = data.load("grdp_per_capita")
    regions_gso = [g.slug for g in regions.gso_regions()]
    assert set(grdp["geo"]) == set(PROVINCES) | set(regions_gso)
    years = grdp.groupby("geo")["year"].apply(lambda y: tuple(sorted(y)))
    assert set(years) == {(2018, 2019, 2020, 2021, 2022)} and len(grdp) == 69 * 5
    assert set(grdp.loc[grdp["year"] == 2022, "status"]) == {"preliminary"}
    assert set(grdp.loc[grdp["year"] < 2022, "status"]) == {"final"}
    assert set(grdp["unit"]) == {"million VND per person, current prices"}


@pytest.mark.parametrize("geo, year, vintage, expected", [
    ("ha-noi", 2022, "post-2019-census", 8435.65),        # population/population_2022.csv
    ("bac-ninh", 2011, "post-2019-census", 1072.38),      # population/population_2011.csv
    ("whole-country", 2015, "post-2019-census", 92228.6),  # population_wide, "C? NU?C"
    ("red-river-delta", 2011, "post-2019-census", 20216.81),  # population_wide, 2nd row
    ("ha-noi", 2011, "pre-2019-census", 6761.3),          # kept: the 2018 edition's value
])
def test_population_vintages_hand_read(geo, year, vintage, expected):
    assert _value(data.load("population"), geo=geo, year=year, vintage=vintage) == expected


def test_population_post_census_coverage():
    pop = data.population("post-2019-census")
    assert set(pop["geo"]) == {g.slug for g in regions.all_geographies()
                               if g.kind in ("country", "gso-region", "province")}
    assert len(pop) == 70 * 12 and set(pop["year"]) == set(range(2011, 2023))
    assert len(data.population("pre-2019-census")) == 70 * 7      # 2010-2016, unchanged


@pytest.mark.parametrize("year, basis, expected", [
    (2010, "current", 2739843.1719627166),        # NGDP_XDC, A, 2010
    (2010, "constant-2010", 2739843.1719627166),  # NGDP_R_XDC, A, 2010 (the base year)
    (2022, "current", 9621371.8222785555),        # NGDP_XDC, A, 2022
    (2022, "constant-2010", 5571869.2471572086),  # NGDP_R_XDC, A, 2022
])
def test_gdp_hand_read(year, basis, expected):
    gdp = data.load("national_accounts")
    assert _value(gdp, indicator="gdp", year=year, price_basis=basis) == expected


def test_gdp_coverage_leaves_out_the_old_basis():
    gdp = data.load("national_accounts")
    for basis in ("current", "constant-2010"):
        assert sorted(gdp.loc[gdp["price_basis"] == basis, "year"]) == list(range(2010, 2025))
    assert set(gdp["vintage"]) == {"post-2019-revision"}


@pytest.mark.parametrize("indicator, geo, period, expected", [
    ("labour_force", "whole-country", "2012-Q1", 51978.4),     # LLF_PE_NUM 2012-Q1
    ("employed", "whole-country", "2021-Q3", 47248.9),         # LE_PE_NUM 2021-Q3
    ("unemployment_rate_working_age", "whole-country", "2021-Q3", 3.98),   # LUR_PT
    ("population", "whole-country", "2015", 92228.603),        # LP_PE_NUM 2015
    ("population", "red-river-delta", "2010", 19897.805),      # VNM_LP_RRD_PE_NUM 2010
])
def test_labour_national_hand_read(indicator, geo, period, expected):
    lab = data.load("labour_national")
    assert _value(lab, indicator=indicator, geo=geo, period=period, basis="published") \
        == expected


def test_annual_labour_is_the_mean_of_four_quarters():
    lab = data.load("labour_national")
    derived = lab[lab["basis"] == "mean-of-four-quarters"]
    # worked by hand: (51286.1 + 51398.4 + 52470.9 + 52538.5) / 4 = 207693.9 / 4
    assert _value(derived, indicator="employed", period="2011") == 51923.475
    # (51978.4 + 52581.3 + 53098.5 + 52788.2) / 4 = 210446.4 / 4
    assert _value(derived, indicator="labour_force", period="2012") == 52611.6
    # only years with four quarters: the labour force starts in 2012-Q1
    assert sorted(derived.loc[derived["indicator"] == "labour_force", "year"]) == \
        list(range(2012, 2025))
    assert sorted(derived.loc[derived["indicator"] == "employed", "year"]) == \
        list(range(2011, 2025))
    assert set(derived["indicator"]) == {"labour_force", "employed"}    # never a rate


def test_labour_series_break_is_kept_apart():
    lab = data.load("labour_national")
    quarters = lab[lab["frequency"] == "quarterly"]
    assert set(quarters.loc[quarters["year"] <= 2020, "vintage"]) == {"lfs-2011-2020"}
    assert set(quarters.loc[quarters["year"] >= 2021, "vintage"]) == {"lfs-from-2021"}
    assert set(lab.loc[lab["indicator"].str.startswith("population"), "vintage"]) == \
        {"post-2019-census"}
    pop = lab[lab["indicator"] == "population"]
    assert set(pop["geo"]) == {"whole-country"} | {g.slug for g in regions.gso_regions()}
    assert sorted(pop.loc[pop["geo"] == "whole-country", "year"]) == list(range(2009, 2024))


@pytest.mark.skipif(not HAVE_CANDIDATES, reason="the candidate files are not on this machine")
def test_committed_tables_are_what_the_script_writes():
    for name, rows in [("grdp_per_capita", national.grdp_per_capita()),
                       ("national_accounts", national.national_accounts()),
                       ("labour_national", national.labour_national())]:
        committed = pd.read_csv(ROOT / "data" / f"{name}.csv", dtype=str, keep_default_na=False)
        written = pd.DataFrame(rows).astype(str)
        assert committed.to_dict("records") == written.to_dict("records"), name


# --- 3. World Bank ------------------------------------------------------------------------------

@pytest.mark.parametrize("code, year, expected", [
    ("SI.POV.GINI", 2010, 39.3),              # wb_SI_POV_GINI.json (SOURCE.txt spot checks)
    ("SI.POV.GINI", 2018, 35.7),
    ("SI.POV.GINI", 2022, 36.1),
    ("SI.POV.NAHC", 2016, 9.2),               # wb_SI_POV_NAHC.json
    ("SI.POV.DDAY", 2022, 1.6),               # wb_SI_POV_DDAY.json
    ("SL.UEM.TOTL.ZS", 2021, 2.385),          # wb_ilo_unemployment.json
    ("NY.GDP.MKTP.KD.ZG", 2024, 7.09118746633975),   # wb_gdp_growth.json
    ("NY.GDP.MKTP.CD", 2024, 476388230307.175),      # wb_gdp_total.json
    ("SI.DST.FRST.10", 2022, 2.6),            # wb_SI_DST_FRST_10.json
])
def test_world_bank_hand_read(code, year, expected):
    assert _value(data.load("world_bank"), indicator=code, year=year) == expected


def test_world_bank_titles_and_coverage():
    wb = data.load("world_bank")
    titles = wb.groupby("indicator")["title"].unique()
    assert all(len(t) == 1 for t in titles)
    assert titles["SI.POV.GINI"][0] == "Gini index"
    # the 2025 edition's lines are in 2021 PPPs: $3.00, $4.20 and $8.30 a day
    assert titles["SI.POV.DDAY"][0] == ("Poverty headcount ratio at $3.00 a day (2021 PPP) "
                                        "(% of population)")
    assert "$4.20" in titles["SI.POV.LMIC"][0] and "$8.30" in titles["SI.POV.UMIC"][0]
    # survey years of the World Bank's consumption Gini (null years have no row)
    assert sorted(wb.loc[wb["indicator"] == "SI.POV.GINI", "year"]) == [
        1992, 1997, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022]
    assert sorted(wb.loc[wb["indicator"] == "SI.POV.NAHC", "year"]) == [
        1992, 1997, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2017, 2018, 2019, 2020,
        2021, 2022]
    assert set(wb.loc[wb["indicator"] == "NY.GDP.MKTP.CD", "year"]) == set(range(1985, 2025))
    assert set(wb["geo"]) == {"whole-country"}


def test_the_two_gini_series_stay_apart():
    """GSO's income Gini (0-1) and the World Bank's consumption Gini (0-100) are
    different tables and units: never one series."""
    gso = data.load("gini_gso")
    wb = data.load("world_bank")
    assert data.unit("gini_gso") != set(wb.loc[wb["indicator"] == "SI.POV.GINI", "unit"]).pop()
    assert gso["value"].max() <= 1 and wb.loc[wb["indicator"] == "SI.POV.GINI", "value"].min() > 1


@pytest.mark.skipif(not HAVE_CANDIDATES, reason="the candidate files are not on this machine")
def test_world_bank_table_is_what_the_script_writes():
    committed = pd.read_csv(ROOT / "data" / "world_bank.csv", dtype=str, keep_default_na=False)
    written = pd.DataFrame(national.world_bank()).astype(str)
    assert committed.to_dict("records") == written.to_dict("records")


# --- 4. the series registered in analysis.series -----------------------------------------------

from analysis.data import series  # noqa: E402

# 2022, Northern KER provinces (Ha Noi, Vinh Phuc, Bac Ninh, Quang Ninh, Hai Duong, Hai Phong,
# Hung Yen): GRDP per head from grdp_wide_64357ec.csv, column 2022; average population from
# population/population_2022.csv and population_wide_64357ec.csv, "2022 (*)" column.
NKER_GRDP_2022 = [141.61, 127.1, 169.07, 197.73, 87.49, 173.52, 102.25]
NKER_POP_2022 = [8435.65, 1197.62, 1488.2, 1362.88, 1946.82, 2088.02, 1290.85]


def _one(key, geo, year, vintage=None) -> dict:
    frame = series.get(key, geo, vintage)
    rows = frame[frame["year"] == year]
    assert len(rows) == 1, (key, geo, year, frame)
    return rows.iloc[0].to_dict()


def test_series_grdp_per_capita_published_and_weighted():
    assert _one("grdp_per_capita", "ha-noi", 2022)["value"] == 141.61
    assert _one("grdp_per_capita", "red-river-delta", 2022)["value"] == 123.14   # published
    nker = _one("grdp_per_capita", "northern-ker", 2022)
    expected = sum(g * p for g, p in zip(NKER_GRDP_2022, NKER_POP_2022)) / sum(NKER_POP_2022)
    assert nker["value"] == pytest.approx(expected)
    assert nker["status"] == "preliminary"
    assert nker["method"] == ("weighted by average population (post-2019-census) over 7 "
                              "provinces")
    assert sorted(series.get("grdp_per_capita", "northern-ker")["year"]) == list(
        range(2018, 2023))


def test_series_population_post_census_vintage():
    assert _one("population", "ha-noi", 2022, "post-2019-census")["value"] == 8435.65
    # 8435.65 + 1197.62 + 1488.2 + 1362.88 + 1946.82 + 2088.02 + 1290.85, added by hand
    nker = _one("population", "northern-ker", 2022, "post-2019-census")
    assert nker["value"] == pytest.approx(17810.04)
    assert nker["method"] == "sum of 7 provinces"


@pytest.mark.parametrize("key, year, expected", [
    ("gdp_current", 2022, 9621371.8222785555),
    ("gdp_constant_2010", 2022, 5571869.2471572086),
])
def test_series_gdp(key, year, expected):
    row = _one(key, "whole-country", year)
    assert row["value"] == expected and row["vintage"] == "post-2019-revision"
    assert row["unit"] == "billion VND"
    assert series.get(key, "northern-ker").empty        # national only: no KER figure


@pytest.mark.parametrize("key, year, expected, vintage", [
    ("labour_force_lfs", 2012, 52611.6, "lfs-2011-2020"),
    ("employed_lfs", 2011, 51923.475, "lfs-2011-2020"),
    ("employed_lfs", 2021, (49904 + 49839 + 47248.9 + 49073.6) / 4, "lfs-from-2021"),
])
def test_series_labour(key, year, expected, vintage):
    row = _one(key, "whole-country", year)
    assert row["value"] == pytest.approx(expected)
    assert row["vintage"] == vintage
    assert row["method"] == "mean of the four published quarters"


@pytest.mark.parametrize("key, year, expected, unit", [
    ("gini_wb", 2018, 35.7, "index (0-100)"),
    ("bottom10_share_wb", 2022, 2.6, "percent"),
    ("top10_share_wb", 2022, 28.1, "percent"),
    ("poverty_300_wb", 2022, 1.6, "percent of population"),
    ("poverty_420_wb", 2022, 4.2, "percent of population"),
    ("poverty_830_wb", 2022, 21.5, "percent of population"),
    ("poverty_national_line_wb", 2016, 9.2, "percent of population"),
    ("unemployment_rate_ilo", 2021, 2.385, "percent of the labour force"),
    ("gdp_per_capita_usd", 2024, 4717.29028732449, "current US$ per person"),
])
def test_series_world_bank(key, year, expected, unit):
    row = _one(key, "whole-country", year)
    assert row["value"] == expected and row["unit"] == unit
    assert row["source"] == "wb-wdi-2025" and row["method"] == "published"
    assert series.info(key)["sources"] == ["wb-wdi-2025"]
    assert series.get(key, "northern-ker").empty


def test_the_world_bank_gini_is_not_the_gso_gini():
    assert series.info("gini_wb")["unit"] != series.info("gini_gso")["unit"]
    assert "consumption" in series.info("gini_wb")["description"]


def test_the_map_draws_every_province_offline():
    """Render the spec with the vega engine of vl-convert (no network): one shape per
    province, none covering the whole view (what a wrongly wound ring draws: the
    globe minus the province, clipped to the view)."""
    import vl_convert

    spec = maps.province_map(title="t", source="s", description="d").to_dict()
    svg = vl_convert.vegalite_to_svg(spec)
    shapes = [tag for tag in re.findall(r"<path[^>]*>", svg) if '"geoshape"' in tag]
    assert len(shapes) == 63
    for tag in shapes:
        numbers = [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?",
                                                 re.search(r' d="([^"]*)"', tag).group(1))]
        width = max(numbers[0::2]) - min(numbers[0::2])
        height = max(numbers[1::2]) - min(numbers[1::2])
        assert width < 0.9 * maps.MAP_WIDTH and height < 0.9 * maps.MAP_HEIGHT, tag[:120]
    assert 'aria-label="Bắc Ninh (Northern KER)"' in svg          # what a screen reader says
    assert 'aria-label="Hà Giang (Not in a KER)"' in svg


# --- bad input stops the re-keying with the file and the row ----------------------------------

@pytest.fixture
def px_copy(tmp_path, monkeypatch):
    """A copy of the PX-Web extracts to break."""
    import shutil

    dest = tmp_path / "gso-pxweb-dstai"
    shutil.copytree(national.PX_DIR, dest)
    for path in dest.rglob("*"):
        path.chmod(0o644 if path.is_file() else 0o755)
    monkeypatch.setattr(national, "PX_DIR", dest)
    monkeypatch.setattr(national, "GRDP_WIDE", dest / national.GRDP_WIDE.name)
    monkeypatch.setattr(national, "POP_WIDE", dest / national.POP_WIDE.name)
    return dest


@pytest.mark.skipif(not HAVE_CANDIDATES, reason="the candidate files are not on this machine")
def test_rekey_stops_on_a_code_that_names_another_province(px_copy):
    path = px_copy / "grdp" / "grdp_2020.csv"
    text = path.read_text(encoding="utf-8-sig")
    assert "27,Bac Ninh," in text
    path.write_text(text.replace("27,Bac Ninh,", "27,Bac Giang,"), encoding="utf-8")
    with pytest.raises(national.RekeyError, match=r"grdp_2020\.csv, row 4: code 27 is bac-ninh "
                       r"in the registry but the row names 'Bac Giang'"):
        national.grdp_per_capita()


@pytest.mark.skipif(not HAVE_CANDIDATES, reason="the candidate files are not on this machine")
def test_rekey_stops_when_the_wide_file_disagrees(px_copy):
    path = px_copy / national.GRDP_WIDE.name
    text = path.read_text(encoding="utf-8-sig")
    path.write_text(text.replace("Ha Noi,111.6,", "Ha Noi,111.7,"), encoding="utf-8")
    with pytest.raises(national.RekeyError, match="ha-noi 2018: 111.7 here, 111.6 in the "
                       "per-year file"):
        national.grdp_per_capita()


@pytest.mark.skipif(not HAVE_CANDIDATES, reason="the candidate files are not on this machine")
def test_rekey_stops_when_a_region_is_not_the_sum_of_its_provinces(px_copy):
    path = px_copy / national.POP_WIDE.name
    text = path.read_text(encoding="latin-1")
    assert ",20216.81," in text
    path.write_text(text.replace(",20216.81,", ",20316.81,"), encoding="latin-1")
    with pytest.raises(national.RekeyError, match=r"row 5: red-river-delta 2011: 20316\.81 is "
                       r"not the sum of its provinces \(20216\.81\)"):
        national.population_post_census()


@pytest.mark.skipif(not HAVE_CANDIDATES, reason="the candidate files are not on this machine")
def test_rekey_stops_on_a_world_bank_file_for_another_country(tmp_path, monkeypatch):
    import shutil

    dest = tmp_path / "wb"
    shutil.copytree(national.WB_DIR, dest)
    path = dest / "wb_SI_POV_GINI.json"
    path.chmod(0o644)
    payload = json.loads(path.read_text(encoding="utf-8-sig"))
    observations = payload[1]["value"] if isinstance(payload[1], dict) else payload[1]
    observations[2]["countryiso3code"] = "THA"
    path.write_text(json.dumps(payload), encoding="utf-8")
    monkeypatch.setattr(national, "WB_DIR", dest)
    with pytest.raises(national.RekeyError, match=r"wb_SI_POV_GINI\.json, row 3: country THA"):
        national.world_bank()


def test_the_revised_gdp_is_not_the_gdp_published_before_the_revision():
    """Two vintages of GDP, two series: GSO's 2018 edition prints 2,157,828 billion VND
    for 2010 (national_accounts_gso); the revised NSDP series 2,739,843.17."""
    revised = _one("gdp_current", "whole-country", 2010)
    before = _one("gdp_current_gso", "whole-country", 2010)
    assert revised["value"] == 2739843.1719627166 and before["value"] == 2157828
    assert revised["vintage"] != before["vintage"]
    assert series.info("gdp_current")["title"] != series.info("gdp_current_gso")["title"]
