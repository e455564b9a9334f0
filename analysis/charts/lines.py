"""Line charts over the years: one line per region (:func:`region_lines`), and the
profiles' chart of one indicator at a time picked in a menu (:func:`indicator_chart`)."""
from __future__ import annotations

import json

import altair as alt
import pandas as pd

from ..compute.text import short_method
from ..data import regions, series
from . import core

#: The size of a profile's charts.
WIDTH = 470
HEIGHT = 230


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
    names = domain or [r for r in core.REGION_COLORS if r in set(shown["region"])]
    pick = alt.selection_point(fields=["region"], bind="legend")
    encode = dict(
        x=alt.X("year:O", title="Year", axis=core.year_axis()),
        y=alt.Y("value:Q", title=y_title, scale=alt.Scale(zero=zero)),
        color=core.region_color(domain=names),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.15)),
        tooltip=[alt.Tooltip("region:N", title="Region"), alt.Tooltip("year:O", title="Year"),
                 alt.Tooltip("value:Q", title=y_title, format=value_format)]
        + ([alt.Tooltip("method:N", title="How")] if has_method else [])
        + ([alt.Tooltip(f"{dash_field}:N", title="Series")] if dash_field else []),
    )
    if dash_field:
        encode["strokeDash"] = alt.StrokeDash(f"{dash_field}:N", title="Series")
    return (alt.Chart(shown).mark_line(point=True).encode(**encode).add_params(pick)
            .properties(width=core.WIDTH))


def series_frame(key: str, geos: list[str], vintage: str | None = None,
                 digits: int = 3) -> pd.DataFrame:
    """:func:`analysis.data.series.get` for some geographies, with the region's name in
    ``region`` and values rounded to ``digits`` (what a chart needs to send)."""
    frame = series.get(key, geos, vintage=vintage)
    frame = frame.assign(region=[regions.get(g).name for g in frame["geo"]],
                         value=frame["value"].astype(float).round(digits),
                         method=[short_method(m) for m in frame["method"]])
    return frame.reset_index(drop=True)


def colors(names: list[str]) -> list[str]:
    """One colour per geography: the book's fixed colours for the country and the
    regions (:data:`analysis.core.REGION_COLORS`), and for the others colours of
    the palette that no geography of the chart already uses."""
    fixed = {n: core.REGION_COLORS[n] for n in names if n in core.REGION_COLORS}
    free = [c for c in core.PALETTE + EXTRA_COLORS if c not in fixed.values()]
    out, i = [], 0
    for n in names:
        if n in fixed:
            out.append(fixed[n])
        else:
            out.append(free[i % len(free)])
            i += 1
    return out


#: Colours beyond the theme's palette, for charts with many provinces.
EXTRA_COLORS = ["#1f618d", "#7e5109", "#6c3483", "#117864"]


def _js(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _coded_rows(frames: dict[str, pd.DataFrame], keys: list[str], present: list[str],
                infos: dict) -> pd.DataFrame:
    """The chart's data in codes: series index ``k``, geography index ``g``, year ``y``
    and value ``v`` rounded to the series' digits + 1 (names live in the spec once)."""
    rows = []
    for i, key in enumerate(keys):
        f = frames[key]
        f = f[f["geo"].isin(present)]
        digits = max(infos[key].digits, 0) + 1
        rows.append(pd.DataFrame({"k": i, "g": f["geo"].map(present.index).astype(int),
                                  "y": f["year"].astype(int),
                                  "v": f["value"].astype(float).round(digits)}))
    return pd.concat(rows, ignore_index=True).sort_values(["k", "g", "y"])


def _line_encoding(names: list[str], pick, y_title: str | None) -> dict:
    """Year on x, value on y, one colour per region (the legend picks), and a tooltip."""
    return dict(
        x=alt.X("y:Q", title="Year", axis=alt.Axis(format="d", tickMinStep=1),
                scale=alt.Scale(zero=False, nice=False)),
        y=alt.Y("v:Q", title=y_title, scale=alt.Scale(zero=False)),
        color=alt.Color("region:N", title="Region",
                        scale=alt.Scale(domain=names, range=colors(names)),
                        legend=alt.Legend(orient="bottom", columns=3, symbolType="stroke")),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.12)),
        tooltip=[alt.Tooltip("region:N", title="Region"),
                 alt.Tooltip("indicator:N", title="Indicator"),
                 alt.Tooltip("y:Q", title="Year", format="d"),
                 alt.Tooltip("v:Q", title="Value"), alt.Tooltip("unit:N", title="Unit")],
    )


def indicator_chart(frames: dict[str, pd.DataFrame], geos: list[str], *, highlight: str | None,
                    title: str, subtitle: str, source: str, description: str, csv_name: str,
                    labels: dict[str, str] | None = None, param: str = "indicator"):
    """Lines over the years, one per geography, for one series or several (a menu
    picks the series; the y scale follows the series shown).

    ``frames`` maps a series key to its :func:`figures` (one vintage); ``geos`` fixes
    the legend order; ``highlight`` is drawn thicker. To keep pages light the data
    rows hold codes only (series ``k``, geography ``g``, year ``y``, value ``v``,
    rounded to the series' digits + 1); names and titles are looked up in the spec.
    """
    keys = [k for k, f in frames.items() if len(f)]
    if not keys:
        raise ValueError("no series with figures to draw")
    present = [g for g in geos if any((frames[k]["geo"] == g).any() for k in keys)]
    names = [regions.get(g).name for g in present]
    infos = {k: series.spec(k) for k in keys}
    labels = labels or {k: f"{infos[k].title}, {infos[k].unit}" for k in keys}
    table = _coded_rows(frames, keys, present, infos)
    label_list = [labels[k] for k in keys]

    pick = alt.selection_point(name="pick", fields=["region"], bind="legend")
    units = [infos[k].unit for k in keys]
    base = alt.Chart(table).transform_calculate(
        region=f"{_js(names)}[datum.g]", indicator=f"{_js(label_list)}[datum.k]",
        unit=f"{_js(units)}[datum.k]")
    params = [pick]
    if len(keys) > 1:
        menu = alt.param(name=param, value=0, bind=alt.binding_select(
            options=list(range(len(keys))), labels=label_list, name="Indicator "))
        base = base.transform_filter(f"datum.k == {param}")
        params.append(menu)
    encoding = _line_encoding(names, pick, label_list[0] if len(keys) == 1 else None)
    line_encoding = {k: v for k, v in encoding.items() if k != "tooltip"}
    if highlight in present:  # the region in focus: a thicker line (for a line mark the
        # size channel is the stroke width; the theme's line width would win over a
        # strokeWidth encoding)
        base = base.transform_calculate(
            focus=f"datum.g == {present.index(highlight)} ? 'focus' : 'other'")
        line_encoding["size"] = alt.Size(
            "focus:N", scale=alt.Scale(domain=["focus", "other"], range=[3.6, 1.6]),
            legend=None)
    lines = base.mark_line().encode(**line_encoding).add_params(*params)
    points = base.mark_point(filled=True, size=40).encode(**encoding)
    chart = alt.layer(lines, points).properties(width=WIDTH, height=HEIGHT)
    chart = core.finish(chart, title=title, subtitle=subtitle, source=source,
                          description=description, csv_name=csv_name)
    if len(keys) > 1:  # the title names the series the menu shows
        chart = chart.properties(title=alt.TitleParams(
            text=alt.ExprRef(f"{_js(label_list)}[{param}]"), subtitle=core.wrap_lines(subtitle)))
    return chart


def gini_trend(frame: pd.DataFrame, names: list[str], *, title: str, subtitle: str,
               source: str, description: str, csv_name: str) -> alt.TopLevelMixin:
    """The Gini coefficient of each region (``frame``: region, year, gini) over the survey
    years, one line per region in the book's region colours; click the legend."""
    pick = alt.selection_point(fields=["region"], bind="legend")
    trend = alt.Chart(frame).mark_line(point=True).encode(
        x=alt.X("year:O", title="Survey year", axis=core.year_axis()),
        y=alt.Y("gini:Q", title="Gini coefficient (book's approximation)",
                scale=alt.Scale(zero=False)),
        color=core.region_color(domain=names),
        opacity=alt.condition(pick, alt.value(1), alt.value(0.15)),
        tooltip=[alt.Tooltip("region:N", title="Region"), alt.Tooltip("year:O", title="Year"),
                 alt.Tooltip("gini:Q", title="Gini", format=".3f")],
    ).add_params(pick).properties(width=WIDTH, height=HEIGHT)
    return core.finish(trend, title=title, subtitle=subtitle, source=source,
                       description=description, csv_name=csv_name)
