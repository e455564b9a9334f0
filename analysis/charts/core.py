"""Charts: the book's Altair theme, an offline and deterministic renderer, and
shared chart builders.

Importing this module registers and enables the theme and the renderer. The
renderer writes a chart as HTML that calls the page's ``vegaEmbed`` (the vega,
vega-lite and vega-embed bundle from ``vl_convert.javascript_bundle()``, served
from the site's own ``_static`` folder), so no chart asks the network for
anything. The element id is a hash of the spec, so the same notebook gives the
same output every time it runs.

Every chart the book publishes goes through :func:`finish`, which sets the title,
the units, the source caption and the text alternative, and stores them in the
spec's ``usermeta`` where the page script reads them.

In Jupyter, charts need the bundle in the page once: run :func:`load_vega`.
"""
from __future__ import annotations

import copy
import csv
import hashlib
import html
import io
import json
import math
import re
import textwrap
from pathlib import Path

import altair as alt
import pandas as pd

WIDTH = 560
HEIGHT = 300

#: Colour for each geography kind of the comparison charts; the Northern KER is
#: always the same strong colour so it reads the same way in every chapter.
REGION_COLORS = {
    "Northern KER": "#c0392b",
    "Central KER": "#2e86c1",
    "Southern KER": "#239b56",
    "Mekong Delta KER": "#b9770e",
    "Red River Delta": "#7d3c98",
    "Whole country": "#424949",
}

PALETTE = ["#c0392b", "#2e86c1", "#239b56", "#b9770e", "#7d3c98", "#424949",
            "#d35400", "#17a589", "#5d6d7e", "#a93226"]


def _theme() -> dict:
    font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
    return {
        "config": {
            "font": font,
            "view": {"continuousWidth": WIDTH, "continuousHeight": HEIGHT, "stroke": None},
            "title": {"anchor": "start", "fontSize": 15, "fontWeight": 600,
                      "subtitleFontSize": 12, "subtitleColor": "#555", "offset": 10},
            "axis": {"labelFontSize": 11, "titleFontSize": 12, "titleFontWeight": 500,
                     "gridColor": "#e5e5e5", "domainColor": "#888", "tickColor": "#888"},
            # below the chart, in columns: a legend to the right pushed the charts
            # past the page's column, where it was cut off (two legends go one under
            # the other: ssker-charts.js)
            "legend": {"labelFontSize": 11, "titleFontSize": 12, "orient": "bottom",
                       "direction": "horizontal", "columns": 3, "labelLimit": 200},
            "range": {"category": PALETTE},
            "line": {"strokeWidth": 2.2},
            "point": {"size": 50, "filled": True},
        }
    }


alt.theme.register("ssker", enable=True)(_theme)

#: The theme's config, which :func:`chart_html` leaves out of a page's specs and the page
#: script (``ssker-charts.js``) gives back to every chart.
THEME_CONFIG = _theme()["config"]


def without_theme(spec: dict) -> dict:
    """``spec`` without the parts of its config that are the book's theme
    (:data:`THEME_CONFIG`): the page script passes the theme to vega-embed, which merges
    it under the spec's own config. A chart's own settings stay. About 0.7 KB a chart."""
    def strip(config: dict, theme: dict) -> dict:
        out = {}
        for key, value in config.items():
            if key in theme and value == theme[key]:
                continue
            if key in theme and isinstance(value, dict) and isinstance(theme[key], dict):
                value = strip(value, theme[key])
                if not value:
                    continue
            out[key] = value
        return out

    if not isinstance(spec.get("config"), dict):
        return spec
    config = strip(spec["config"], THEME_CONFIG)
    rest = {k: v for k, v in spec.items() if k != "config"}
    return {**rest, "config": config} if config else rest


# --- renderer ---------------------------------------------------------------------------

#: Significant digits a chart's numbers keep on the page (:func:`rounded`).
SPEC_DIGITS = 6


def rounded(value, digits: int = SPEC_DIGITS):
    """``value`` (a spec, or any JSON-like value) with every float kept to ``digits``
    significant digits, and to at least one decimal: a share 0.012345678901 is written
    0.0123457 and a count 4192862.5 stays whole, as the tables print it. That is as many
    digits as the tables' own figures carry (a population of 99,474.4 thousand has six),
    so a chart's tooltips, axes and CSV read as before, in fewer bytes."""
    if isinstance(value, float):
        if value == 0 or not math.isfinite(value):
            return value
        return round(value, max(1, digits - 1 - math.floor(math.log10(abs(value)))))
    if isinstance(value, dict):
        return {k: rounded(v, digits) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v, digits) for v in value]
    return value


#: A named dataset of flat rows whose JSON is longer than this is written into the page
#: as CSV text (:func:`compact`).
COMPACT_BYTES = 4_000


def _column_type(values: list) -> str | None:
    """'number', 'boolean' or 'string' for a column of scalars; None when it cannot be
    read back from CSV as it was (a gap in a column of texts, a text with a line break,
    a column of mixed kinds)."""
    present = [v for v in values if v is not None]
    if all(isinstance(v, bool) for v in present) and len(present) == len(values):
        return "boolean"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return "number"
    if len(present) == len(values) and all(isinstance(v, str) and "\n" not in v
                                           and "\r" not in v for v in present):
        return "string"
    return None


def compact(spec: dict) -> dict:
    """``spec`` with each large named dataset of flat rows (:data:`COMPACT_BYTES`) as CSV
    text, and each reference to it given the CSV format with its numeric and boolean
    columns named (the rows read back as they were: a gap in a number is a gap). A
    page's largest such dataset, the Lorenz curves' 2,000 points, takes 75 KB instead
    of 183; a profile's line charts take half their bytes. Why by hand: Vega-Lite reads
    inline CSV (``format: {type: "csv"}``), but no library writes a spec that way.
    :func:`dataset_rows` reads it back."""
    sets = spec.get("datasets")
    if not isinstance(sets, dict):
        return spec
    formats = {}
    out = dict(sets)
    for name, rows in sets.items():
        if not (isinstance(rows, list) and rows and all(isinstance(r, dict) for r in rows)):
            continue
        columns = list(dict.fromkeys(k for r in rows for k in r))
        if len(json.dumps(rows)) <= COMPACT_BYTES:
            continue
        kinds = {c: _column_type([r.get(c) for r in rows]) for c in columns}
        if None in kinds.values():
            continue
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        for r in rows:
            writer.writerow(["" if r.get(c) is None else
                             ("true" if r[c] is True else "false" if r[c] is False else r[c])
                             for c in columns])
        out[name] = buffer.getvalue()
        formats[name] = {"type": "csv",
                         "parse": {c: k for c, k in kinds.items() if k != "string"}}
    if not formats:
        return spec

    def refer(node):
        if isinstance(node, dict):
            node = {k: refer(v) for k, v in node.items()}
            if node.get("name") in formats and set(node) <= {"name", "format"}:
                node["format"] = formats[node["name"]]
            return node
        if isinstance(node, list):
            return [refer(v) for v in node]
        return node

    result = {k: refer(v) for k, v in spec.items() if k != "datasets"}
    result["datasets"] = out
    return result


def dataset_rows(spec: dict, name: str) -> list:
    """The rows of a named dataset of a published spec, read back from CSV text when
    :func:`compact` wrote it so (numbers and booleans as the reference's format names
    them, an empty number a gap)."""
    rows = spec["datasets"][name]
    if not isinstance(rows, str):
        return rows
    parse = {}

    def find(node):
        if isinstance(node, dict):
            if node.get("name") == name and isinstance(node.get("format"), dict):
                parse.update(node["format"].get("parse") or {})
            for v in node.values():
                find(v)
        elif isinstance(node, list):
            for v in node:
                find(v)

    find({k: v for k, v in spec.items() if k != "datasets"})

    def value(column: str, text: str):
        kind = parse.get(column)
        if kind == "number":
            return None if text == "" else (int(text) if re.fullmatch(r"-?\d+", text)
                                            else float(text))
        if kind == "boolean":
            return text == "true"
        return text

    return [{c: value(c, t) for c, t in row.items()}
            for row in csv.DictReader(io.StringIO(rows))]


def script_json(value, sort_keys: bool = False) -> str:
    """``value`` as compact JSON to put inside a ``<script>`` element of a page, kept
    inert there: no "</script>" or "<!--" in it can close the element."""
    text = json.dumps(value, sort_keys=sort_keys, separators=(",", ":"), ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _spec_json(spec: dict) -> str:
    return script_json(compact(rounded(without_theme(spec))), sort_keys=True)


_FALLBACK = (
    "(function(){var id=%s;"
    "if(window.sskerChart){window.sskerChart(id);return;}"
    "(window.sskerPending=window.sskerPending||[]).push(id);"
    "if(window.vegaEmbed&&window.sskerFallback){window.sskerFallback();}"
    "})();"
)


def chart_html(spec: dict) -> str:
    """The HTML the renderer writes for a vega-lite spec (deterministic)."""
    body = _spec_json(spec)
    chart_id = "vg-" + hashlib.sha1(body.encode("utf-8")).hexdigest()[:12]
    meta = spec.get("usermeta", {}).get("ssker", {})
    alt_text = meta.get("description") or spec.get("description") or "Interactive chart"
    parts = [
        f'<div class="ssker-figure" data-chart="{chart_id}">',
        f'<div id="{chart_id}" class="ssker-chart" role="img" '
        f'aria-label="{html.escape(alt_text, quote=True)}">'
        '<p class="ssker-chart-pending">Interactive chart: it is drawn by vega-embed, '
        'which this page loads from its own files. In Jupyter, run '
        '<code>analysis.charts.load_vega()</code> once.</p></div>',
        f'<script type="application/json" id="{chart_id}-spec">{body}</script>',
    ]
    parts.append(f"<script>{_FALLBACK % json.dumps(chart_id)}</script>")
    parts.append("</div>")
    return "".join(parts)


def _render(spec: dict, **_: object) -> dict:
    return {"text/html": chart_html(spec)}


alt.renderers.register("ssker", _render)
alt.renderers.enable("ssker")


class Spec:
    """A finished chart held as its vega-lite spec (a dict) and drawn by the book's
    renderer: what a chart served from the store of derived values is (see
    :mod:`analysis.data.store`). It displays and converts like an Altair chart."""

    def __init__(self, spec: dict, text: str = "alt.Chart(...)"):
        self.spec = spec
        self.text = text

    @classmethod
    def of(cls, chart: alt.TopLevelMixin) -> "Spec":
        """The spec Altair would hand the renderer for ``chart`` (and its plain text),
        not checked against the Vega-Lite schema here: that check costs about a third
        of a second a page, and the tests make it once on every published spec
        (``tests/test_site.py``)."""
        return cls(chart.to_dict(validate=False, context={"pre_transform": False}),
                   repr(chart))

    def __repr__(self) -> str:
        return self.text

    def to_dict(self, **_: object) -> dict:
        return copy.deepcopy(self.spec)

    def _repr_mimebundle_(self, *args: object, **kwargs: object) -> dict:
        return _render(self.spec)


def embed_script() -> str:
    """The page script (``ssker-charts.js``) that embeds charts and offers their data as
    CSV, with the book's theme written in (:data:`THEME_CONFIG`)."""
    text = (Path(__file__).parent / "ssker-charts.js").read_text(encoding="utf-8")
    return text.replace("/*SSKER_THEME*/{}", json.dumps(THEME_CONFIG, sort_keys=True))


def vega_bundle() -> str:
    """vega + vega-lite + vega-embed as one self-contained script (sets window.vegaEmbed)."""
    import vl_convert

    return vl_convert.javascript_bundle()


def load_vega() -> None:
    """Make charts render in Jupyter: put the vega bundle and the page script in the
    notebook page (once per session), then draw the charts already shown."""
    from IPython.display import Javascript, display

    display(Javascript(vega_bundle() + "\n" + embed_script()))


# --- building charts ---------------------------------------------------------------------

#: The longest subtitle line, in characters: what the page's column holds at the
#: subtitle's font size (a longer line ran past the column and was cut off).
SUBTITLE_CHARS = 84


def wrap_lines(text: str | list[str], width: int = SUBTITLE_CHARS) -> list[str]:
    """A subtitle (one line or several) as lines of at most ``width`` characters."""
    lines = [text] if isinstance(text, str) else list(text)
    return [part for line in lines for part in (textwrap.wrap(line, width) or [""])]


def finish(chart: alt.TopLevelMixin, *, title: str, subtitle: str | None = None,
           source: str, description: str, csv_name: str | None = None) -> alt.TopLevelMixin:
    """Give a chart what every published figure needs.

    ``title``: what the chart shows; ``subtitle``: units and method; ``source``:
    the publisher's table (shown under the chart); ``description``: a sentence for
    readers who cannot see the chart (the text alternative); ``csv_name``: file
    name offered for the data download.
    """
    if not source or not description:
        raise ValueError("every chart needs a source and a description")
    title_params = {"text": title}
    if subtitle:
        title_params["subtitle"] = wrap_lines(subtitle)
    meta = {"source": source}  # the description is the spec's own (Vega's aria text)
    if csv_name:
        meta["csv"] = csv_name
    return chart.properties(title=alt.TitleParams(**title_params), description=description,
                            usermeta={"ssker": meta})


def year_axis(**kwargs) -> alt.Axis:
    """The axis of years as categories: labels level, and every other label dropped when
    they would touch (a narrow chart of twelve years), never printed over each other."""
    return alt.Axis(labelAngle=0, labelOverlap="greedy", labelSeparation=4, **kwargs)


def region_color(field: str = "region", title: str = "Region", domain: list[str] | None = None,
                 **kwargs) -> alt.Color:
    """A colour encoding that keeps each region's colour fixed across the book."""
    names = domain or list(REGION_COLORS)
    palette = [REGION_COLORS.get(n, PALETTE[i % len(PALETTE)]) for i, n in enumerate(names)]
    return alt.Color(f"{field}:N", title=title,
                     scale=alt.Scale(domain=names, range=palette), **kwargs)


def lorenz_chart(points: pd.DataFrame, *, source: str) -> alt.Chart:
    """Interactive Lorenz curves: pick the year and regions (legend click).

    ``points`` has columns region, year, population_share, income_share.
    """
    years = sorted(points["year"].unique())
    regions_present = [r for r in REGION_COLORS if r in set(points["region"])]
    year = alt.param(name="year", value=int(years[-1]),
                     bind=alt.binding_select(options=[int(y) for y in years], name="Survey year "))
    pick = alt.selection_point(fields=["region"], bind="legend")
    base = alt.Chart(points).transform_filter(alt.datum.year == year)
    curves = base.mark_line(point=True).encode(
        x=alt.X("population_share:Q", title="Cumulative share of population",
                axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])),
        y=alt.Y("income_share:Q", title="Cumulative share of income",
                axis=alt.Axis(format="%"), scale=alt.Scale(domain=[0, 1])),
        color=region_color(domain=regions_present),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.12)),
        tooltip=[alt.Tooltip("region:N", title="Region"), alt.Tooltip("year:O", title="Year"),
                 alt.Tooltip("population_share:Q", title="Population share", format=".1%"),
                 alt.Tooltip("income_share:Q", title="Income share", format=".1%")],
    ).add_params(year, pick)
    diagonal = alt.Chart(pd.DataFrame({"x": [0, 1], "y": [0, 1]})).mark_line(
        color="#999", strokeDash=[4, 4], strokeWidth=1).encode(x="x:Q", y="y:Q")
    return (diagonal + curves).properties(width=420, height=420)


def mark_gaps(frame: pd.DataFrame, by, year: str = "year") -> pd.DataFrame:
    """Add an empty row (values missing) for every year missing inside a series' span.

    For line charts: a line breaks at a missing value, so a year the publisher does
    not print (GSO's insurance table has no 2011 column) shows as a gap rather than
    as a line drawn across it. ``by`` names the column(s) that identify a series;
    only years between a series' first and last year are added, and the other
    columns of an added row are left empty.
    """
    by = [by] if isinstance(by, str) else list(by)
    missing = [c for c in by + [year] if c not in frame.columns]
    if missing:
        raise ValueError(f"the frame has no column(s) {missing}")
    parts = []
    for key, part in frame.groupby(by, sort=False):
        key = key if isinstance(key, tuple) else (key,)
        years = sorted(int(y) for y in part[year])
        if len(set(years)) != len(years):
            raise ValueError(f"series {key} has a year twice")
        holes = sorted(set(range(years[0], years[-1] + 1)) - set(years))
        parts.append(part)
        if holes:
            fill = pd.DataFrame({year: holes})
            for col, v in zip(by, key):
                fill[col] = v
            parts.append(fill)
    out = pd.concat(parts, ignore_index=True)
    return out.sort_values(by + [year], kind="stable").reset_index(drop=True)[frame.columns]
