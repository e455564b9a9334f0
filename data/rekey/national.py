"""Re-key the national and provincial public tables the book compares regions with:
province boundaries (geoBoundaries), GRDP per head by province and the post-census
population by province (GSO/NSO PX-Web), national accounts, population and labour
(GSO's National Summary Data Page, SDMX) and World Bank indicators for Viet Nam.

Run from the repository root: ``python data/rekey/national.py``. It needs the folder
``../shared/data-candidates`` (copies of the publishers' files; SOURCE.txt in each
says where they come from). It writes the tidy tables, ``boundaries/provinces.geojson``
and their schemas in ``datapackage.json`` (replacing or adding only its own
resources, as ``package.py`` does). The book reads only what it writes.

Every reading fails loudly: an unknown place name, a province missing or twice, a
value that does not parse, a year outside the expected range stop the script with
the file and the row.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import press  # noqa: E402
import pxweb  # noqa: E402
from analysis import regions  # noqa: E402

OUT = HERE.parent
CANDIDATES = pxweb.CANDIDATES


class RekeyError(ValueError):
    """A candidate file that does not read as expected (file and row named)."""


def fail(path: Path, message: str, row: int | None = None) -> None:
    where = str(path.relative_to(CANDIDATES)) if path.is_relative_to(CANDIDATES) else str(path)
    if row is not None:
        where += f", row {row}"
    raise RekeyError(f"{where}: {message}")


def fmt(value: float) -> str:
    """A number as the CSV stores it: no trailing zeros, no float noise."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def write(name: str, fields: list[str], rows: list[dict]) -> None:
    with open(OUT / name, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{name}: {len(rows)} rows")


# --- sources ------------------------------------------------------------------------------

GSO = "General Statistics Office of Viet Nam (GSO)"
GSO_LICENCE = "GSO official statistics (public)"
SOURCES = [
    {"id": "geoboundaries-vnm-adm1", "publisher": "geoBoundaries (William & Mary geoLab)",
     "title": "geoBoundaries gbOpen, Viet Nam ADM1: provinces (boundary VNM-ADM1-63759600)",
     "edition": "2023", "url": "https://www.geoboundaries.org/",
     "carrier": "Simplified GeoJSON copied unchanged in the vnmap R package "
                "(github.com/ura8107/vnmap, commit dfc51f8); build of 12 December 2023",
     "licence": "Public domain (geoBoundaries contributors), as the vnmap package's "
                "COPYRIGHTS records for this build; an older build (VNM-ADM1-84948121) was "
                "CC BY-SA 4.0. Cite Runfola et al. (2020)"},
]


# --- 1. province boundaries -------------------------------------------------------------

GEO_DIR = CANDIDATES / "geo-vnmap"
BOUNDARIES_IN = GEO_DIR / "geoBoundaries-VNM-ADM1_simplified.geojson"
BOUNDARIES_OUT = OUT / "boundaries" / "provinces.geojson"
BOUNDARIES_MAX_BYTES = 300_000
DECIMALS = 3

#: Features of the geoBoundaries file that are not provinces of their own, with the
#: province they belong to (the Con Dao islands are a district of Ba Ria-Vung Tau).
PART_OF = {"Côn Đảo": "ba-ria-vung-tau"}


def _ring(ring: list, decimals: int) -> list | None:
    """A ring rounded to ``decimals``, consecutive repeats dropped; None when fewer
    than three distinct corners are left (an islet below the rounding)."""
    out: list[list[float]] = []
    for lon, lat in ring:
        point = [round(lon, decimals), round(lat, decimals)]
        if not out or point != out[-1]:
            out.append(point)
    if out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def _polygons(geometry: dict) -> list[list]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    raise ValueError(f"unexpected geometry type {geometry['type']}")


def _simplify(polygons: list[list], decimals: int) -> list[list]:
    out = []
    for polygon in polygons:
        rings = [_ring(r, decimals) for r in polygon]
        if rings[0] is None:          # the outer ring vanished: drop the islet
            continue
        out.append([rings[0]] + [r for r in rings[1:] if r is not None])
    return out


def boundaries(decimals: int = DECIMALS) -> dict:
    """The 63 provinces of the geographies registry as a GeoJSON FeatureCollection.

    Each feature is keyed to its province slug (names mapped with
    ``regions.slug_for``; the ISO 3166-2 code must agree with the registry's),
    coordinates are rounded to ``decimals`` (about 100 m at 3), and ring orientation
    is kept as published (RFC 7946: outer rings counter-clockwise).
    """
    source = json.loads(BOUNDARIES_IN.read_text(encoding="utf-8"))
    parts: dict[str, list] = {}
    shape_ids: dict[str, list[str]] = {}
    main: dict[str, int] = {}
    for n, feature in enumerate(source["features"], start=1):
        props = feature["properties"]
        name = props["shapeName"].strip()
        try:
            slug = PART_OF.get(name) or regions.slug_for(name)
        except regions.UnknownGeography as exc:
            fail(BOUNDARIES_IN, f"feature {n}: {exc}")
        geo = regions.get(slug)
        if not geo.is_province:
            fail(BOUNDARIES_IN, f"feature {n}: {name!r} is a {geo.kind}, not a province")
        if props.get("shapeISO") != geo.iso:
            fail(BOUNDARIES_IN, f"feature {n}: {name!r} has ISO code {props.get('shapeISO')!r}, "
                 f"the registry gives {geo.iso!r} for {slug}")
        if name not in PART_OF:
            if slug in main:
                fail(BOUNDARIES_IN, f"feature {n}: a second feature for {slug} ({name!r}; "
                     f"the first was feature {main[slug]})")
            main[slug] = n
        parts.setdefault(slug, []).extend(_polygons(feature["geometry"]))
        shape_ids.setdefault(slug, [])
        shape_ids[slug].append(props["shapeID"])
    expected = [p.slug for p in regions.provinces()]
    missing = [s for s in expected if s not in main]
    if missing or len(main) != len(expected):
        fail(BOUNDARIES_IN, f"provinces without a boundary: {', '.join(missing) or 'none'}; "
             f"{len(main)} provinces found, {len(expected)} expected")
    features = []
    for slug in expected:
        polygons = _simplify(parts[slug], decimals)
        geometry = ({"type": "Polygon", "coordinates": polygons[0]} if len(polygons) == 1
                    else {"type": "MultiPolygon", "coordinates": polygons})
        geo = regions.get(slug)
        features.append({"type": "Feature",
                         "properties": {"geo": slug, "name": geo.name, "iso": geo.iso,
                                        "shape_ids": shape_ids[slug]},
                         "geometry": geometry})
    return {"type": "FeatureCollection",
            "source": "geoboundaries-vnm-adm1",
            "note": ("geoBoundaries gbOpen VNM ADM1 (boundary 63759600, build 12 Dec 2023), "
                     "63 provinces before the 2025 merger; Con Dao merged into Ba Ria-Vung "
                     f"Tau; coordinates rounded to {decimals} decimals"),
            "features": features}


def write_boundaries() -> None:
    collection = boundaries()
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n"
    size = len(text.encode("utf-8"))
    if size > BOUNDARIES_MAX_BYTES:
        fail(BOUNDARIES_OUT, f"{size} bytes, over the limit of {BOUNDARIES_MAX_BYTES}: "
             "round to fewer decimals")
    BOUNDARIES_OUT.parent.mkdir(exist_ok=True)
    BOUNDARIES_OUT.write_text(text, encoding="utf-8")
    print(f"{BOUNDARIES_OUT.relative_to(OUT)}: {len(collection['features'])} provinces, "
          f"{size} bytes")


if __name__ == "__main__":
    write_boundaries()
    press.merge_rows("sources", press.SOURCE_FIELDS, "id", SOURCES)
