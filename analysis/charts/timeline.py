"""Reported figures over time: points in one colour per series and one shape per status
(:data:`STATUS_SHAPES`), filled for press pages and hollow for context documents, never
joined into a line (figures from different pages are not a series). The frames it draws
are :mod:`analysis.pages.context`'s."""
from __future__ import annotations

import altair as alt
import pandas as pd

from ..compute.text import as_reported


#: Point shape of each status, the same in every chart of reported figures.
STATUS_SHAPES = {"reported": "circle", "final": "square", "preliminary": "diamond",
                 "estimate": "triangle-up", "target": "cross", "plan": "triangle-down",
                 "survey": "circle", "policy": "circle"}


def tooltip_frame(frame: pd.DataFrame, suffix: str = "", value: str = "value") -> pd.DataFrame:
    """Add the columns the charts' tooltips show: ``as_reported`` (the value with its
    qualifier), ``origin_label`` (document or press page) and ``source_label``."""
    out = frame.copy()
    out["as_reported"] = [as_reported(v, q, suffix) for v, q in zip(out[value], out["qualifier"])]
    out["origin_label"] = out["origin"].map({"press": "Press or official page",
                                             "document": "Context document",
                                             "gso": "GSO tables (computed here)"})
    out["source_label"] = [c if not a else f"{c} (citing {a})"
                           for c, a in zip(out["cite"], out["attributed_to"])]
    return out


def status_shape(statuses) -> alt.Shape:
    """The shape encoding of ``status`` (fixed shapes, see :data:`STATUS_SHAPES`)."""

    present = [s for s in STATUS_SHAPES if s in set(statuses)]
    return alt.Shape("status:N", title="Status",
                     scale=alt.Scale(domain=present, range=[STATUS_SHAPES[s] for s in present]))


def reported_over_time(frame: pd.DataFrame, *, series: str, series_title: str, y_title: str,
                       suffix: str = " %", y_scale: alt.Scale | None = None,
                       y_format: str | None = None, value: str = "value",
                       colors: list[str] | None = None, year_at: str = "end",
                       last_year: int | None = None, width: int = 480) -> alt.LayerChart:
    """Reported figures over time: one colour per ``series`` (click the legend to
    bring one forward), one shape per status, filled marks for press pages and hollow
    marks for the context documents. Points only: figures from different pages are
    not joined into a line. ``frame`` needs ``date`` plus the columns of
    :func:`tooltip_frame`'s input.

    The year labels of the time axis sit where :func:`analysis.pages.context.period_date` draws a year's
    figure (``year_at``: the year's end or its middle), so a figure for 2015 stands
    on the label 2015 and a figure for September 2022 just before the label 2022.
    """

    shown = tooltip_frame(frame, suffix, value)
    keep = [series, "date", "period", value, "as_reported", "printed", "status", "origin",
            "origin_label", "source_label"]
    shown = shown[keep]
    names = list(dict.fromkeys(shown[series]))
    pick = alt.selection_point(fields=[series], bind="legend")
    color_scale = alt.Scale(domain=names, range=colors) if colors else alt.Scale(domain=names)
    years = pd.to_datetime(shown["date"]).dt.year
    first, last = int(years.min()), int(last_year or years.max())
    month, day = {"end": (12, 31), "mid": (7, 1)}[year_at]
    step = -(-(last - first + 1) // 11)  # at most 11 labels, the last year always among them
    ticks = [alt.DateTime(year=y, month=month, date=day)
             for y in sorted(range(last, first - 1, -step))]
    axis_title = {"end": "Reference date (year labels at the end of each year)",
                  "mid": "Reference date (year labels at the middle of each year)"}[year_at]
    encode = dict(
        x=alt.X("date:T", title=axis_title,
                axis=alt.Axis(format="%Y", values=ticks, labelAngle=0, labelOverlap=True)),
        y=alt.Y(f"{value}:Q", title=y_title, scale=y_scale or alt.Undefined,
                axis=alt.Axis(format=y_format) if y_format else alt.Undefined),
        color=alt.Color(f"{series}:N", title=series_title, scale=color_scale,
                        legend=alt.Legend(orient="bottom", direction="vertical", columns=1,
                                          labelLimit=520)),
        shape=status_shape(shown["status"]),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.15)),
        tooltip=[alt.Tooltip(f"{series}:N", title=series_title),
                 alt.Tooltip("period:N", title="Reference period"),
                 alt.Tooltip("as_reported:N", title="Figure as reported"),
                 alt.Tooltip("printed:N", title="Printed as"),
                 alt.Tooltip("status:N", title="Status"),
                 alt.Tooltip("origin_label:N", title="Printed in"),
                 alt.Tooltip("source_label:N", title="Source")],
    )
    base = alt.Chart(shown)
    press_marks = base.transform_filter(alt.datum.origin == "press").mark_point(
        filled=True, size=80).encode(**encode)
    doc_marks = base.transform_filter(alt.datum.origin == "document").mark_point(
        filled=False, size=110, strokeWidth=2.2).encode(**encode)
    layers = [press_marks, doc_marks]
    if (shown["origin"] == "gso").any():
        # a series computed from GSO tables is one series: joined by a dashed line
        gso = base.transform_filter(alt.datum.origin == "gso")
        layers += [gso.mark_line(strokeDash=[4, 3], strokeWidth=1.5).encode(
                       x=encode["x"], y=encode["y"], color=encode["color"],
                       opacity=encode["opacity"]),
                   gso.mark_point(filled=True, size=55).encode(**encode)]
    return alt.layer(*layers).add_params(pick).properties(width=width)
