"""Small helpers of the region and components sections of Chapter 3 (thesis 3.1 and
3.2): ranks among regions, the area of a province's boundary, and the comparison
chart the sections repeat.

The numeric functions do no I/O; :func:`region_area_km2` reads the boundary file
through :mod:`analysis.geo`.
"""
from __future__ import annotations

import math
from collections.abc import Mapping

import altair as alt
import pandas as pd

from . import charts

#: Mean radius of the Earth (IUGG), in kilometres: the sphere areas are measured on.
EARTH_RADIUS_KM = 6371.0088


def rank_of(values: Mapping[str, float], key: str, highest_first: bool = True) -> int:
    """The rank (1 = first) of ``values[key]`` among ``values``: 1 is the highest value
    (``highest_first=True``) or the lowest. Ties share the better rank. A missing key
    or a missing value is an error: a region with no figure has no rank."""
    if key not in values:
        raise KeyError(f"{key!r} has no value; the values are for: {', '.join(values)}")
    clean = {k: float(v) for k, v in values.items()}
    if any(math.isnan(v) for v in clean.values()):
        raise ValueError("a value is missing (NaN): no rank among incomplete figures")
    mine = clean[key]
    if highest_first:
        return 1 + sum(v > mine for v in clean.values())
    return 1 + sum(v < mine for v in clean.values())


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


def region_area_km2(slug: str) -> float:
    """Area (km²) of a province or of a region's member provinces, measured on the
    book's province boundaries (geoBoundaries, simplified outlines)."""
    from . import geo, regions

    members = {p.slug for p in regions.members(slug)}
    return sum(geometry_area_km2(f["geometry"]) for f in geo._features()
               if f["properties"]["geo"] in members)


def region_lines(frame: pd.DataFrame, *, y_title: str, value_format: str = ",.1f",
                 domain: list[str] | None = None, zero: bool = False,
                 dash_field: str | None = None) -> alt.Chart:
    """Lines with points, one per region (fixed region colours, click the legend to
    bring one forward), tooltips with region, year, value and how the value was made;
    the full width of the book's charts, whatever the number of years.

    ``frame`` has the columns region, year, value and, optionally, method (only these
    are sent to the page, with ``dash_field`` when given: a column whose values draw
    dashed lines).
    """
    has_method = "method" in frame.columns
    cols = (["region", "year", "value"] + (["method"] if has_method else [])
            + ([dash_field] if dash_field else []))
    shown = frame[cols].copy()
    names = domain or [r for r in charts.REGION_COLORS if r in set(shown["region"])]
    pick = alt.selection_point(fields=["region"], bind="legend")
    encode = dict(
        x=alt.X("year:O", title="Year", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=y_title, scale=alt.Scale(zero=zero)),
        color=charts.region_color(domain=names),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.15)),
        tooltip=[alt.Tooltip("region:N", title="Region"), alt.Tooltip("year:O", title="Year"),
                 alt.Tooltip("value:Q", title=y_title, format=value_format)]
        + ([alt.Tooltip("method:N", title="How")] if has_method else [])
        + ([alt.Tooltip(f"{dash_field}:N", title="Series")] if dash_field else []),
    )
    if dash_field:
        encode["strokeDash"] = alt.StrokeDash(f"{dash_field}:N", title="Series")
    return (alt.Chart(shown).mark_line(point=True).encode(**encode).add_params(pick)
            .properties(width=charts.WIDTH))


def short_method(method: str) -> str:
    """The registry's method in a few words for a tooltip: 'published' stays,
    'sum of 7 provinces' and 'weighted by ... over 7 provinces' become 'from 7
    provinces (sum)' and 'from 7 provinces (weighted)'."""
    if method == "published":
        return "published"
    words = method.split()
    n = next((w for w, nxt in zip(words, words[1:]) if nxt.startswith("province")), None)
    if n is None:
        return method
    kind = "sum" if method.startswith("sum") else "weighted" if method.startswith(
        "weighted") else "derived"
    return f"from {n} provinces ({kind})"


def series_frame(key: str, geos: list[str], vintage: str | None = None,
                 digits: int = 3) -> pd.DataFrame:
    """:func:`analysis.series.get` for some geographies, with the region's name in
    ``region`` and values rounded to ``digits`` (what a chart needs to send)."""
    from . import regions, series

    frame = series.get(key, geos, vintage=vintage)
    frame = frame.assign(region=[regions.get(g).name for g in frame["geo"]],
                         value=frame["value"].astype(float).round(digits),
                         method=[short_method(m) for m in frame["method"]])
    return frame.reset_index(drop=True)


_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth"]


def ordinal(n: int) -> str:
    """A rank in words: 1 -> 'first', 2 -> 'second' ... 10 -> 'tenth', then '11th'."""
    n = int(n)
    if n < 1:
        raise ValueError(f"a rank starts at 1, got {n}")
    if n <= len(_ORDINALS):
        return _ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
