"""Areas of GeoJSON polygons on the sphere. Pure functions (the boundaries are read by
:mod:`analysis.data.boundaries`)."""
from __future__ import annotations

import math
from collections.abc import Mapping

#: Mean radius of the Earth (IUGG), in kilometres: the sphere areas are measured on.
EARTH_RADIUS_KM = 6371.0088


def _ring_area(ring: list) -> float:
    """Area (km², unsigned) of one closed ring of (longitude, latitude) points, on the
    sphere of :data:`EARTH_RADIUS_KM`, through the cylindrical equal-area projection
    x = R λ, y = R sin φ and the shoelace formula. A cell bounded by two meridians and
    two parallels comes out exactly R² Δλ (sin φ2 − sin φ1); other edges are taken as
    straight in that projection, which for province outlines (edges of a few hundred
    metres) differs from the great-circle area by far less than the outlines'
    simplification does."""
    r = EARTH_RADIUS_KM
    pts = [(r * math.radians(lon), r * math.sin(math.radians(lat))) for lon, lat, *_ in ring]
    if len(pts) < 4 or pts[0] != pts[-1]:
        raise ValueError("a ring needs at least four points, the last equal to the first")
    twice = sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(pts, pts[1:]))
    return abs(twice) / 2.0


def geometry_area_km2(geometry: Mapping) -> float:
    """Area in km² of a GeoJSON Polygon or MultiPolygon (holes subtracted)."""
    kind = geometry.get("type")
    if kind == "Polygon":
        polygons = [geometry["coordinates"]]
    elif kind == "MultiPolygon":
        polygons = geometry["coordinates"]
    else:
        raise ValueError(f"geometry type {kind!r} is not a Polygon or MultiPolygon")
    total = 0.0
    for rings in polygons:
        total += _ring_area(rings[0]) - sum(_ring_area(h) for h in rings[1:])
    return total
