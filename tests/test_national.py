"""National and provincial public tables: the province boundaries and their map,
GRDP per head, the post-census population, national accounts, population and labour,
and the World Bank's indicators for Viet Nam.

Expected values were read by eye from the candidate files in
``../shared/data-candidates`` (the cell is named next to each) and typed here; they
are not produced by the code under test."""
import json
import re
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import data, geo, regions

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "data" / "rekey"))

import national  # noqa: E402

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
    chart = geo.province_map(["northern-ker", "da-nang"], title="Test", source="GSO",
                             description="Provinces of the Northern KER and Da Nang")
    spec = chart.to_dict()
    assert _urls(spec) == []
    assert "url" not in json.dumps(spec.get("data", {}))
    rows = next(v for v in spec["datasets"].values() if "province" in v[0])
    groups = {r["geo"]: r["group"] for r in rows}
    assert len(rows) == 63
    assert groups["bac-ninh"] == "Northern KER"
    assert groups["da-nang"] == "Central KER"
    assert groups["quang-nam"] == "Other provinces"     # Central KER, not highlighted
    assert groups["ha-giang"] == "Other provinces"
    features = next(v for v in spec["datasets"].values() if v[0].get("type") == "Feature")
    assert len(features) == 63
    assert spec["usermeta"]["ssker"]["source"] == "GSO"
    assert {t["title"] for t in spec["encoding"]["tooltip"]} == {"Province",
                                                               "Key economic region"}


def test_outer_rings_run_clockwise_for_the_renderer():
    """d3-geo (vega) reads a counter-clockwise outer ring as the globe minus the
    province: a map of one colour. Shoelace area in lon/lat must be negative."""
    for feature in geo._features():
        g = feature["geometry"]
        polygons = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        for polygon in polygons:
            ring = polygon[0]
            area2 = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
            assert area2 < 0, feature["properties"]["geo"]


def test_choropleth_keeps_gaps_as_gaps():
    values = pd.DataFrame({"geo": ["ha-noi", "ca-mau"], "value": [141.61, None]})
    chart = geo.province_map(values=values, title="Test", source="GSO", description="d",
                             value_title="GRDP per head")
    spec = chart.to_dict()
    assert _urls(spec) == []
    rows = next(v for v in spec["datasets"].values() if "province" in v[0])
    value = {r["geo"]: r["value"] for r in rows}
    assert value["ha-noi"] == 141.61
    assert value["ca-mau"] is None and value["bac-ninh"] is None
    assert "no value" in json.dumps(spec)


def test_map_rejects_bad_values():
    with pytest.raises(ValueError, match="not provinces: northern-ker"):
        geo.province_map(values=pd.DataFrame({"geo": ["northern-ker"], "value": [1.0]}),
                         title="t", source="s", description="d")
    with pytest.raises(ValueError, match="more than one value for ha-noi"):
        geo.province_map(values=pd.DataFrame({"geo": ["ha-noi", "ha-noi"], "value": [1, 2]}),
                         title="t", source="s", description="d")


def test_map_needs_source_and_description():
    with pytest.raises(ValueError, match="source and a description"):
        geo.province_map(title="t", source="", description="")


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
