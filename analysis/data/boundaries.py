"""The province boundaries (``data/boundaries/provinces.geojson``: geoBoundaries,
re-keyed to the registry's slugs by ``data/rekey/national.py``), read once and turned to
the ring orientation the charts' renderer expects; and the area of a region's provinces
measured on them."""
from __future__ import annotations

import json

from ..compute.geometry import geometry_area_km2
from . import regions
from .paths import DATA_DIR
from .tables import DataError, cached, file_stamp, record_read, show_path

BOUNDARIES_FILE = DATA_DIR / "boundaries" / "provinces.geojson"


def _orient(ring: list, clockwise: bool) -> list:
    """A ring turned to run clockwise (or counter-clockwise) in longitude/latitude."""
    area2 = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))
    return ring[::-1] if (area2 > 0) == clockwise else ring


def _for_d3(polygon: list) -> list:
    """A polygon in the orientation the vega renderer (d3-geo) expects: outer ring
    clockwise, holes counter-clockwise. GeoJSON (RFC 7946), and the boundary file,
    store the opposite; d3 would read such a province as the whole globe without
    the province."""
    return [_orient(polygon[0], True)] + [_orient(r, False) for r in polygon[1:]]


def features() -> tuple[dict, ...]:
    """The province features (one per province, slug in ``properties.geo``), with rings
    turned as the renderer expects."""
    if not BOUNDARIES_FILE.exists():
        raise DataError(show_path(BOUNDARIES_FILE), "the province boundaries are missing")
    record_read(BOUNDARIES_FILE)
    return cached(("boundaries",), (file_stamp(BOUNDARIES_FILE),
                                     file_stamp(regions.GEOGRAPHIES_FILE)), _read_features)


def _read_features() -> tuple[dict, ...]:
    collection = json.loads(BOUNDARIES_FILE.read_text(encoding="utf-8"))
    out = []
    for n, feature in enumerate(collection["features"], start=1):
        geom = feature["geometry"]
        if geom["type"] == "Polygon":
            geometry = {"type": "Polygon", "coordinates": _for_d3(geom["coordinates"])}
        elif geom["type"] == "MultiPolygon":
            geometry = {"type": "MultiPolygon",
                        "coordinates": [_for_d3(p) for p in geom["coordinates"]]}
        else:
            raise DataError(show_path(BOUNDARIES_FILE), f"feature {n}: geometry type "
                            f"{geom['type']!r} is not a polygon")
        out.append({"type": "Feature", "geometry": geometry,
                    "properties": {"geo": feature["properties"]["geo"]}})
    slugs = [f["properties"]["geo"] for f in out]
    expected = [p.slug for p in regions.provinces()]
    if sorted(slugs) != sorted(expected):
        raise DataError(show_path(BOUNDARIES_FILE), "the features are not the registry's 63 "
                        "provinces once each")
    return tuple(out)


#: The province outlines as the maps draw them: a TopoJSON topology whose shared borders
#: are stored once, on a grid of QUANTIZE steps across the country, simplified by
#: SIMPLIFY degrees (about 900 m, about a pixel on the book's most zoomed map) with each
#: border simplified once for both its provinces, so no gap opens between them.
TOPOLOGY_OBJECT = "provinces"
QUANTIZE = 10_000
SIMPLIFY = 0.008


def topology(provinces: tuple[str, ...] | None = None) -> dict:
    """The province features (:func:`features`) as a TopoJSON topology (object
    :data:`TOPOLOGY_OBJECT`, each geometry with the slug in ``properties.geo``) for the
    maps: a third of the bytes of the outlines as GeoJSON on every page with a map.
    ``provinces``: those only (slugs), for a map zoomed on them, which draws no other.
    Areas are measured on the GeoJSON outlines (:func:`region_area_km2`), not on these."""
    chosen = None if provinces is None else tuple(sorted(provinces))
    return cached(("topology", QUANTIZE, SIMPLIFY, chosen), _stamp(),
                  lambda: _make_topology(chosen))


def _stamp() -> tuple:
    return file_stamp(BOUNDARIES_FILE), file_stamp(regions.GEOGRAPHIES_FILE)


def _make_topology(provinces: tuple[str, ...] | None) -> dict:
    import topojson  # only where a map is drawn: it loads shapely

    chosen = [f for f in features()
              if provinces is None or f["properties"]["geo"] in provinces]
    if provinces is not None and len(chosen) != len(provinces):
        known = {f["properties"]["geo"] for f in features()}
        raise ValueError("no boundary for " + ", ".join(sorted(set(provinces) - known)))
    collection = {"type": "FeatureCollection", "features": chosen}
    topo = topojson.Topology(collection, object_name=TOPOLOGY_OBJECT, prequantize=QUANTIZE,
                             toposimplify=SIMPLIFY).to_dict()
    for geometry in topo["objects"][TOPOLOGY_OBJECT]["geometries"]:
        geometry.pop("id", None)  # the library's running number; the slug is the key
    return topo


#: The country's outline for a small inset map (about 100 pixels wide, some 0.1 degree a
#: pixel): the provinces dissolved into one shape, every island kept, on a coarser grid
#: and simplified by OUTLINE_SIMPLIFY degrees; about 5 KB against 30 KB for the provinces.
OUTLINE_OBJECT = "country"
OUTLINE_QUANTIZE = 1_000
OUTLINE_SIMPLIFY = 0.03


def outline() -> dict:
    """The outline of the whole country (the 63 provinces dissolved) as a TopoJSON
    topology with the one object :data:`OUTLINE_OBJECT`."""
    return cached(("outline", OUTLINE_QUANTIZE, OUTLINE_SIMPLIFY), _stamp(), _make_outline)


def _make_outline() -> dict:
    import topojson
    from shapely.geometry import mapping, shape
    from shapely.ops import unary_union

    country = unary_union([shape(f["geometry"]) for f in features()])
    collection = {"type": "FeatureCollection",
                  "features": [{"type": "Feature", "properties": {},
                                "geometry": mapping(country)}]}
    topo = topojson.Topology(collection, object_name=OUTLINE_OBJECT,
                             prequantize=OUTLINE_QUANTIZE,
                             toposimplify=OUTLINE_SIMPLIFY).to_dict()
    for geometry in topo["objects"][OUTLINE_OBJECT]["geometries"]:
        geometry.pop("id", None)
    return topo


def region_area_km2(slug: str) -> float:
    """Area (km²) of a province or of a region's member provinces, measured on the
    book's province boundaries (geoBoundaries, simplified outlines)."""
    members = {p.slug for p in regions.members(slug)}
    return sum(geometry_area_km2(f["geometry"]) for f in features()
               if f["properties"]["geo"] in members)
