"""Heatmaps of the data appendix: which series have figures for which geography
(:func:`coverage_heatmap`) and in which years (:func:`year_heatmap`). The tables they draw
are prepared by :mod:`analysis.pages.appendix`."""
from __future__ import annotations

import altair as alt
import pandas as pd


def coverage_heatmap(rows: list[dict], geos: list[dict], names: list[str],
                     lookup: pd.DataFrame, period: tuple[int, int]) -> alt.Chart:
    """Series (rows) by geography (columns) of one geography group, picked from a
    dropdown (``names``); colour: the number of years with figures in ``period``.
    ``rows``: one per series and geography with figures (series, geo, n, years, and
    method when not published); ``geos``: the geographies with their place name, column
    and groups; ``lookup``: series key, title and component."""
    pick = alt.param(name="geogroup", value=0,
                     bind=alt.binding_select(options=list(range(len(names))), labels=names,
                                             name="Geographies "))
    max_years = period[1] - period[0] + 1
    span = f"{period[0]}–{period[1]}"
    return alt.Chart(alt.Data(values=rows)).transform_lookup(
        lookup="geo", from_=alt.LookupData(alt.Data(values=geos), "geo",
                                           ["place", "col", "groups"])
    ).transform_lookup(
        lookup="series", from_=alt.LookupData(alt.Data(values=lookup.to_dict("records")),
                                              "series", ["title", "component"])
    ).transform_filter(
        "indexof(datum.groups, geogroup) >= 0"
    ).transform_calculate(
        how="datum.method || 'published'"
    ).mark_rect(stroke="white", strokeWidth=1).encode(
        x=alt.X("place:N", title=None, sort=alt.SortField("col"),
                axis=alt.Axis(labelAngle=-45, labelLimit=160)),
        y=alt.Y("title:N", title=None, scale=alt.Scale(domain=lookup["title"].tolist()),
                axis=alt.Axis(labelLimit=260)),
        color=alt.condition(
            alt.datum.n > 0,
            alt.Color("n:Q", title=f"Years with figures, {span}",
                      scale=alt.Scale(scheme="blues", domain=[0, max_years]),
                      legend=alt.Legend(orient="bottom", gradientLength=200)),
            alt.value("#eeeeee")),
        tooltip=[alt.Tooltip("title:N", title="Series"),
                 alt.Tooltip("component:N", title="Component"),
                 alt.Tooltip("place:N", title="Geography"),
                 alt.Tooltip("n:Q", title=f"Years with figures, {span}"),
                 alt.Tooltip("years:N", title="Years with figures (all)"),
                 alt.Tooltip("how:N", title="Method")],
    ).add_params(pick).properties(width=alt.Step(20), height=alt.Step(18)).configure_view(
        fill="#eeeeee")




def year_heatmap(frame: pd.DataFrame, names: pd.DataFrame, lookup: pd.DataFrame,
                 methods: list[str], years: list[int]) -> alt.Chart:
    """Series (rows) by year (columns) for one geography picked from a dropdown; the
    colour says how the figure is obtained (``methods``), the tooltip whether it is
    preliminary and its vintage(s). ``names``: geo and place of the geographies."""
    pick = alt.param(name="yeargeo", value=names["place"].iloc[0],
                     bind=alt.binding_select(options=list(names["place"]), name="Geography "))
    return alt.Chart(frame).transform_flatten(["years"], as_=["year"]).transform_lookup(
        lookup="geo", from_=alt.LookupData(names, "geo", ["place"])
    ).transform_lookup(
        lookup="series", from_=alt.LookupData(lookup, "series", ["title"])
    ).transform_filter(alt.datum.place == pick).transform_calculate(
        status="indexof(datum.preliminary, datum.year) >= 0 ? 'preliminary' : 'final'",
        vintage="datum.vintages || 'one series'",
    ).mark_rect(stroke="white", strokeWidth=1).encode(
        x=alt.X("year:O", title="Year", scale=alt.Scale(domain=years),
                axis=alt.Axis(labelAngle=0)),
        y=alt.Y("title:N", title=None, scale=alt.Scale(domain=lookup["title"].tolist()),
                axis=alt.Axis(labelLimit=260)),
        color=alt.Color("method:N", title="Figures",
                        scale=alt.Scale(domain=methods,
                                        range=["#2e86c1", "#b9770e", "#239b56",
                                               "#7d3c98"]),
                        legend=alt.Legend(orient="bottom")),
        tooltip=[alt.Tooltip("title:N", title="Series"),
                 alt.Tooltip("place:N", title="Geography"),
                 alt.Tooltip("year:O", title="Year"),
                 alt.Tooltip("method:N", title="Figures"),
                 alt.Tooltip("detail:N", title="Method"),
                 alt.Tooltip("status:N", title="Status"),
                 alt.Tooltip("vintage:N", title="Vintage")],
    ).add_params(pick).properties(width=alt.Step(30), height=alt.Step(18))
