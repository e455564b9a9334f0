"""Maps of the 63 provinces (boundaries before the 2025 merger).

The boundaries are read by :mod:`analysis.data.boundaries`. A map carries its geometry
inside the chart spec, so it draws with no network access, like every chart of the
book.

:func:`province_map` draws either the provinces of some key economic regions in
their KER colours (the rest grey), or a choropleth of one value per province.
"""
from __future__ import annotations

import json
from pathlib import Path

import altair as alt
import pandas as pd

from ..data import regions
from ..data import store
from ..data.boundaries import OUTLINE_OBJECT, TOPOLOGY_OBJECT, outline, topology
from . import core

#: Colour of provinces outside the highlighted KERs, and of provinces with no value.
GREY = "#d5d8dc"
OTHER = "Other provinces"
NO_KER = "Not in a KER"
#: What a screen reader says for a province (the shape's aria-label).
_LABEL = "datum.province + ' (' + datum.ker + ')'"
MAP_WIDTH = 330
MAP_HEIGHT = 520
#: A map zoomed on a region, and the whole-country inset beside it: together within the
#: page's column, so that they are not scaled down.
ZOOM_WIDTH = 360
ZOOM_HEIGHT = 300
INSET_WIDTH = 100
INSET_HEIGHT = 160


def _ker_name(slug: str) -> str:
    ker = regions.get(slug).ker
    return regions.get(ker).name if ker else NO_KER


def _expand(highlight: list[str]) -> set[str]:
    out: set[str] = set()
    for slug in highlight:
        out |= {p.slug for p in regions.members(slug)}
    return out


def province_map(highlight: list[str] | None = None, values: pd.DataFrame | None = None, *,
                 title: str, source: str, description: str, subtitle: str | None = None,
                 csv_name: str | None = None, value_title: str = "Value",
                 value_format: str = ",.1f", scheme: str = "blues",
                 width: int = MAP_WIDTH, height: int = MAP_HEIGHT,
                 zoom: list[str] | None = None,
                 links: dict[str, str] | None = None) -> core.Spec:
    """A map of the 63 provinces (:func:`draw_map`), made once per version of the data and
    of this module and then served from the store of derived values: the geometry of the
    63 provinces travels inside every map, and making it is the slow part."""
    args = dict(highlight=highlight, title=title, source=source, description=description,
                subtitle=subtitle, csv_name=csv_name, value_title=value_title,
                value_format=value_format, scheme=scheme, width=width, height=height,
                zoom=zoom, links=links)
    key = json.dumps({**args, "values": None if values is None else
                      values.to_dict("records")}, sort_keys=True, default=str)
    return store.get_or_make("map", key, lambda: core.Spec.of(draw_map(values=values, **args)),
                             Path(__file__))


def draw_map(highlight: list[str] | None = None, values: pd.DataFrame | None = None, *,
             title: str, source: str, description: str, subtitle: str | None = None,
             csv_name: str | None = None, value_title: str = "Value",
             value_format: str = ",.1f", scheme: str = "blues",
             width: int = MAP_WIDTH, height: int = MAP_HEIGHT,
             zoom: list[str] | None = None,
             links: dict[str, str] | None = None) -> alt.TopLevelMixin:
    """A map of the 63 provinces, finished with :func:`analysis.charts.core.finish`.

    ``zoom`` (with ``highlight``): slugs whose provinces fill the map at a readable size
    (the region with its neighbours in its KER or GSO region), with the whole country as
    a small inset beside it that shows where they lie.

    ``highlight``: slugs of provinces, KERs, GSO regions (their member provinces)
    to colour by their KER (colours of :data:`analysis.core.REGION_COLORS`);
    the other provinces are grey. ``values``: a frame with columns ``geo``
    (province slugs, each once) and ``value``, drawn as a choropleth; provinces
    without a value stay grey and their tooltip says so (a gap stays a gap).
    With neither, the provinces of the four KERs are highlighted. Tooltips give the
    province, its KER and the value. Clicking a KER in the legend picks it out.

    ``links`` (with a map of highlighted provinces): a URL for each province slug; a
    click on the province opens it (the profiles' finder page).
    """
    if highlight is not None and values is not None:
        raise ValueError("give highlight or values, not both")
    table = pd.DataFrame([{"geo": p.slug, "province": p.name, "ker": _ker_name(p.slug)}
                          for p in regions.provinces()])
    if links is not None:
        if values is not None:
            raise ValueError("links are for a map of highlighted provinces")
        missing = [p.slug for p in regions.provinces() if p.slug not in links]
        if missing:
            raise ValueError(f"links has no URL for {', '.join(missing)}")
        table = table.assign(url=[links[g] for g in table["geo"]])
    if zoom is not None:
        if values is not None or highlight is None:
            raise ValueError("zoom is for a map of highlighted provinces")
        near = sorted(_expand(zoom))
        chart = _zoomed(table, highlight, near)
        datasets = {PROVINCES: topology(tuple(near)), OUTLINE: outline()}
    else:
        geometry = _geometry()
        chart = (_by_ker(table, geometry, highlight) if values is None else
                 _choropleth(table, geometry, values, value_title, value_format, scheme))
        chart = chart.project(type="mercator").properties(width=width, height=height)
        datasets = {PROVINCES: topology()}
    finished = core.finish(chart, title=title, subtitle=subtitle, source=source,
                           description=description, csv_name=csv_name)
    finished.datasets = datasets  # the geometry joins the spec last, once (see PROVINCES)
    return finished


#: The names the geometry goes by in a map's spec: the provinces' TopoJSON and the
#: country's outline are top-level datasets that the layers name. Why: given inline,
#: the geometry is deep-copied by Altair at every step of composing the layers, two
#: thirds of the time a map takes to make.
PROVINCES = "province-shapes"
OUTLINE = "country-outline"


def _geometry() -> alt.LookupData:
    """The provinces of the map's topology (:data:`PROVINCES`, from
    :func:`analysis.data.boundaries.topology`), looked up by slug."""
    return alt.LookupData(
        data=alt.NamedData(name=PROVINCES,
                           format=alt.DataFormat(type="topojson", feature=TOPOLOGY_OBJECT)),
        key="properties.geo")


def _zoomed(table: pd.DataFrame, highlight: list[str], near: list[str]) -> alt.HConcatChart:
    """The provinces ``near`` at a readable size, the highlighted ones in their KER's
    colour, and beside them a small inset of the whole country: its outline with the
    highlighted provinces. Only the provinces drawn travel in the spec (the zoomed ones
    and the country's coarse outline), a third of the bytes of all 63."""
    geometry = _geometry()
    close = _by_ker(table[table["geo"].isin(near)], geometry, highlight)
    country = alt.Chart(alt.NamedData(
        name=OUTLINE, format=alt.DataFormat(type="topojson", feature=OUTLINE_OBJECT))
    ).mark_geoshape(fill=GREY, stroke=GREY, strokeWidth=0.3, aria=False)
    chosen = _expand(highlight)
    inset = alt.layer(country, _by_ker(table[table["geo"].isin(chosen)], geometry, highlight,
                                       pick=False)).project(type="mercator").properties(
        width=INSET_WIDTH, height=INSET_HEIGHT,
        title=alt.TitleParams("The whole country", fontSize=11))
    return alt.hconcat(close.project(type="mercator").properties(width=ZOOM_WIDTH,
                                                                 height=ZOOM_HEIGHT),
                       inset, spacing=12).resolve_scale(
        color="independent").configure_legend(orient="bottom")


_TOOLTIP = [alt.Tooltip("province:N", title="Province"),
            alt.Tooltip("ker:N", title="Key economic region")]


def _by_ker(table: pd.DataFrame, geometry: alt.LookupData,
            highlight: list[str] | None, pick: bool = True) -> alt.Chart:
    """The highlighted provinces in their KER's colour, the others grey; a click on a KER
    in the legend picks it out (``pick``; off for an inset, which has no legend of its
    own)."""
    chosen = _expand(highlight) if highlight is not None else {
        p.slug for p in regions.provinces() if p.ker}
    table = table.assign(group=[k if g in chosen else OTHER
                                for g, k in zip(table["geo"], table["ker"])])
    present = [k.name for k in regions.kers() if k.name in set(table["group"])]
    if NO_KER in set(table["group"]):
        present.append(NO_KER)
    colors = [core.REGION_COLORS.get(n, "#5d6d7e") for n in present] + [GREY]
    base = alt.Chart(table).transform_lookup(
        lookup="geo", from_=geometry, as_="shape").transform_calculate(label=_LABEL)
    color = alt.Color("group:N", title="Key economic region",
                      scale=alt.Scale(domain=present + [OTHER], range=colors),
                      legend=None if not pick else alt.Undefined)
    if not pick:
        return base.mark_geoshape(stroke="white", strokeWidth=0.3).encode(
            shape="shape:G", description="label:N", color=color, tooltip=_TOOLTIP)
    chosen_pick = alt.selection_point(fields=["group"], bind="legend")
    linked = "url" in table.columns
    if linked:
        base = base.transform_calculate(open="'to open its profile'")
    return base.mark_geoshape(stroke="white", strokeWidth=0.5,
                              cursor="pointer" if linked else alt.Undefined).encode(
        shape="shape:G", description="label:N", color=color,
        opacity=alt.condition(chosen_pick, alt.value(1.0), alt.value(0.25)),
        tooltip=_TOOLTIP + ([alt.Tooltip("open:N", title="Click")] if linked else []),
        href="url:N" if linked else alt.Undefined,
    ).add_params(chosen_pick)


def _choropleth(table: pd.DataFrame, geometry: alt.LookupData, values: pd.DataFrame,
                value_title: str, value_format: str, scheme: str) -> alt.LayerChart:
    """One value per province; a province without one stays grey and says so."""
    if not {"geo", "value"} <= set(values.columns):
        raise ValueError("values needs the columns geo and value")
    unknown = sorted(set(values["geo"]) - set(table["geo"]))
    if unknown:
        raise ValueError("values has geographies that are not provinces: "
                         + ", ".join(map(str, unknown)))
    repeated = sorted(values["geo"][values["geo"].duplicated()].unique())
    if repeated:
        raise ValueError("values has more than one value for " + ", ".join(repeated))
    got = dict(zip(values["geo"], values["value"]))
    table = table.assign(value=[None if pd.isna(got.get(g)) else float(got[g])
                                for g in table["geo"]])
    shown = (f"isValid(datum.value) ? format(datum.value, {json.dumps(value_format)}) "
             "+ '' : 'no value'")
    base = alt.Chart(table).transform_lookup(
        lookup="geo", from_=geometry, as_="shape").transform_calculate(
        shown=shown).transform_calculate(label=_LABEL + " + ': ' + datum.shown")
    value_tip = _TOOLTIP + [alt.Tooltip("shown:N", title=value_title)]
    gaps = base.mark_geoshape(stroke="white", strokeWidth=0.5, fill=GREY).encode(
        shape="shape:G", description="label:N", tooltip=value_tip)
    filled = base.transform_filter("isValid(datum.value)").mark_geoshape(
        stroke="white", strokeWidth=0.5).encode(
        shape="shape:G", description="label:N",
        color=alt.Color("value:Q", title=value_title, scale=alt.Scale(scheme=scheme)),
        tooltip=value_tip)
    return alt.layer(gaps, filled)
