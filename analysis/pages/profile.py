"""What a region profile shows, series by series, and the comparison of the four key
economic regions.

A profile (``book/regions/profile-template.md``) walks through the thesis's
components (:data:`analysis.data.series.COMPONENTS`). For each component it shows every
registered series of that component (:func:`analysis.data.series.keys`):

* when the region has figures, a sentence giving its latest value (with the year,
  the way the figure was obtained and, for the same year, the whole country's);
  the component's series are drawn together in one interactive chart, the region
  against the whole country and its peers (:func:`comparison`), with a menu that
  picks the series;
* when :func:`analysis.data.series.get` returns nothing for the region, no sentence of
  its own: one line of the component counts such series, and the page ends with one
  compact table of them (:func:`missing_markdown`).

Nothing is filled in: a region or a year without a figure is left out of the chart.
Each series is drawn in one vintage (the publisher's revision that reaches the most
recent year), so revised and unrevised figures are never joined into one line.

The pages paste the text with ``{glue:md}`` (MyST format), so the number of series
can grow without touching the template.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from .. import data
from ..charts import lines as line_charts
from ..charts import maps
from ..compute import text
from ..compute.verdicts import printed_decimals
from ..data import regions, series, tables
from . import quantities as Q
from . import reported

#: The locator map: small, beside the text's width.
MAP_WIDTH = 210
MAP_HEIGHT = 330

NO_DATA = "No public figure for {title} in {name} in the tables used here."

#: Series whose figure, when the book's own (built from provinces), is set beside the same
#: figure as a press or official page prints it for that place and year, from the press
#: table of that name (the table's ``indicator`` is the series key).
PRINTED_ELSEWHERE = {"income_per_capita": "press_living_standards"}

#: Series whose latest figure is set beside another series' figure for the same year and
#: vintage, when their latest years differ (employed persons beside the labour force).
SAME_YEAR_AS = {"employed_persons": "labour_force"}

#: What a published zero means, by series.
ZERO_NOTES = {"poverty_rate": "a rate GSO prints as 0.0: below 0.05 % under the national "
                              "poverty line (of persons or of households: the table does "
                              "not say which)"}

#: Series whose whole-country figure is no benchmark, and why (said on its own profile,
#: and no profile compares with it).
NO_COUNTRY_FIGURE = {"net_migration_rate": "moves between provinces cancel for the whole "
                                           "country, so its figure is near zero by "
                                           "construction: it is no benchmark"}

#: Series whose whole-country figure is built from the provinces, set beside the
#: national figure GSO's national accounts give for the same year (a function of the
#: year) and why the two differ.
NATIONAL_FIGURE = {"grdp_per_capita": (
    Q.gdp_per_head, "GSO's national GDP at current prices (its National Summary Data "
                    "Page) over the average population gives {shown}, as the provinces' "
                    "GRDP do not sum exactly to GDP")}

#: A place's own practice that changes how a published figure reads, as a source says it.
LOCAL_NOTES = {("poverty_rate", "ho-chi-minh-city"): (
    "the city also counts poor households on a poverty line of its own, as the article "
    "on its social security policy describes (see the data appendix)")}

_MARKUP = str.maketrans({c: "\\" + c for c in "\\`*_[]$<>|"})


def md(value: str) -> str:
    """Text for the MyST pages, with markup characters escaped (a title such as
    "Poverty headcount at $3.00 a day" must not open a formula)."""
    return str(value).translate(_MARKUP)


def prose_name(slug: str) -> str:
    """A geography's name inside a sentence: "the whole country", "the Northern
    KER", "the Red River Delta", "Hải Phòng"."""
    geo = regions.get(slug)
    if geo.kind == "country":
        return "the whole country"
    return geo.name if geo.is_province else f"the {geo.name}"


# --- which geographies a page compares ----------------------------------------------------

def comparison(slug: str) -> list[str]:
    """The geographies a profile draws, the region first: the region, the whole
    country, for a province its key economic region (or GSO region), then its peers
    (:func:`analysis.data.regions.peers`). The whole country's own peers are the four
    key economic regions."""
    geo = regions.get(slug)
    out = [slug]
    if slug != "whole-country":
        out.append("whole-country")
    if geo.is_province:
        out.append(geo.ker or geo.gso_region)
    peers = ([g.slug for g in regions.kers()] if geo.kind == "country"
             else [g.slug for g in regions.peers(slug)])
    out += [p for p in peers if p not in out]
    return out


# --- the figures of one series ------------------------------------------------------------

def pick_vintage(frame: pd.DataFrame, drawn: bool = True) -> str | None:
    """The vintage to show: the one reaching the latest year (ties: the one with more
    figures, then the last in alphabetical order); for a chart (``drawn``), passing over
    a vintage of one year when another has more. None for an empty frame."""
    if frame.empty:
        return None
    stats: dict[str, list[int]] = {}  # vintage: [latest year, number of figures]
    for vintage, year in zip(frame["vintage"].astype(str), frame["year"]):
        latest, count = stats.get(vintage, (year, 0))
        stats[vintage] = [max(latest, int(year)), count + 1]
    if drawn and any(count > 1 for _, count in stats.values()):  # a line needs two years:
        # a one-year vintage (NSO's 2021 labour force) is not drawn
        stats = {v: s for v, s in stats.items() if s[1] > 1}
    return max(stats, key=lambda v: (stats[v][0], stats[v][1], v))


def _series(key: str, geos: tuple[str, ...]) -> pd.DataFrame:
    """:func:`analysis.data.series.get` for the geographies, read once per page for the
    chart and the sentences (served from the data layer's cache, so never stale)."""
    return tables.cached(("profile-series", key, geos), (series.data_stamp(),),
                         lambda: series.get(key, list(geos)))


def figures(key: str, geos: list[str], anchor: str | None = None,
            drawn: bool = True) -> pd.DataFrame:
    """The series for the geographies, in one vintage: the vintage :func:`pick_vintage`
    chooses for ``anchor`` (default: the first geography) or, when the anchor has no
    figure, for all of them together (``drawn``: for a chart)."""
    frame = _series(key, tuple(geos))
    if frame.empty:
        return frame
    anchor = anchor or geos[0]
    own = frame[frame["geo"] == anchor]
    vintage = pick_vintage(own if len(own) else frame, drawn)
    return frame[frame["vintage"] == vintage].reset_index(drop=True)




def _method(row) -> str:
    method = row["method"]
    how = "as published" if method == "published" else method
    if row.get("vintage"):
        how += f", {row['vintage']} series"
    if row.get("status") in ("preliminary", "estimate"):
        how += f", {row['status']}"
    return how


#: The most decimals a printed table gives a figure: a value stored with more comes
#: unrounded from a data service (the World Bank's API, GSO's summary data page), which
#: prints no precision of its own.
MOST_DECIMALS = 3


def _table_decimals(key: str) -> dict[tuple[str, int], int]:
    """The decimals each table prints a series with in each year: the most any of its
    figures of that year has (a table printing 127.10 beside 40.43 is stored as 127.1, a
    trailing zero being no part of a number)."""
    def make() -> dict[tuple[str, int], int]:
        frame = series.get(key)
        out: dict[tuple[str, int], int] = {}
        for source, year, value in zip(frame["source"], frame["year"], frame["value"]):
            at = (str(source), int(year))
            out[at] = max(out.get(at, 0), printed_decimals(value))
        return out
    return tables.cached(("table-decimals", key), (series.data_stamp(),), make)


def shown_decimals(row, digits: int, key: str) -> int:
    """The decimals a profile prints a figure of series ``key`` with: a published one as
    its table prints that year's figures (GSO's 11,114.5 km², NSO's 40.43 and 127.10
    million VND), so that "as published" is the publisher's figure; the book's own, or an
    unrounded one from a data service, to the series' ``digits``."""
    if row["method"] != "published":
        return digits
    printed = _table_decimals(key).get((str(row["source"]), int(row["year"])),
                                       printed_decimals(row["value"]))
    return digits if printed > MOST_DECIMALS else max(digits, printed)


def latest_sentence(key: str, slug: str, frame: pd.DataFrame,
                    chart: pd.DataFrame | None = None) -> tuple[str, list]:
    """One sentence: the region's latest figure of a series, with the year and the
    method, and the whole country's figure for the same year when there is one; and the
    quantities it states. ``frame`` is :func:`figures` of the series (one vintage); when
    it holds nothing for the region, the no-data sentence. ``chart``: the figures the
    chart draws, when they may be of another vintage (a one-year vintage is not drawn),
    which the sentence then names."""

    info = meta(key)
    name = prose_name(slug)
    own = frame[frame["geo"] == slug]
    if own.empty:
        return NO_DATA.format(title=md(info["title"]), name=name), []
    row = own.sort_values("year").iloc[-1]
    year = int(row["year"])
    states = [Q.of_row(key, row.to_dict())]
    shown = Q.stated(states[0],
                     text.number(row["value"], shown_decimals(row, info["digits"], key)))
    closing = (f"; {NO_COUNTRY_FIGURE[key]}"
               if key in NO_COUNTRY_FIGURE and slug == "whole-country" else "")
    if key in NATIONAL_FIGURE and slug == "whole-country" and row["method"] != "published":
        make, words = NATIONAL_FIGURE[key]
        states.append(make(year))
        closing += "; " + words.format(shown=Q.stated(
            states[-1], text.number(states[-1].value, info["digits"])))
    sentence = (f"**{md(info['title'])}**, {md(info['unit'])}: "
                f"{shown} in {year} ({md(_method(row))}"
                + _printed_elsewhere(key, row, states) + _zero_note(key, slug, row)
                + closing + ")")
    country = frame[(frame["geo"] == "whole-country") & (frame["year"] == year)]
    if slug != "whole-country" and len(country) and key not in NO_COUNTRY_FIGURE:
        other = country.iloc[0].to_dict()
        states.append(Q.of_row(key, other))
        shown = Q.stated(states[-1],
                         text.number(other["value"], shown_decimals(other, info["digits"], key)))
        sentence += f", against {shown} for the whole country"
        if other["method"] != "published":  # the country's figure is the book's own
            sentence += f" ({md(_method(other))}{_printed_elsewhere(key, other, states)})"
    drawn = None if chart is None else chart[chart["geo"] == slug]
    if drawn is not None and len(drawn) and drawn["vintage"].iloc[0] != row["vintage"]:
        sentence += (f"; the chart draws the {md(drawn['vintage'].iloc[0])} series, to "
                     f"{int(drawn['year'].max())}")
    return sentence + ".", states


def _printed_elsewhere(key: str, row, states: list) -> str:
    """For a figure that is the book's own (:data:`PRINTED_ELSEWHERE`): the same place's
    figure for the same year as a press or official page prints it (exactly, for the
    whole population), as a clause; its quantity is added to ``states``. Else ""."""
    table = PRINTED_ELSEWHERE.get(key)
    if table is None or row["method"] == "published":
        return ""
    rows = data.load(table)
    rows = rows[(rows["indicator"] == key) & (rows["geo"] == row["geo"])
                & (rows["year"] == int(row["year"])) & (rows["group"] == "total")
                & (rows["qualifier"] == "exact")]
    if rows.empty:
        return ""
    printed, shown = reported.as_printed(rows.iloc[0])
    states.append(printed)
    return f"; GSO's own figure as reported by {md(data.outlet(printed.sources[0]))}: {shown}"


def _zero_note(key: str, slug: str, row) -> str:
    """The clause that says what a published zero means (:data:`ZERO_NOTES`) and, for a
    place with a practice of its own (:data:`LOCAL_NOTES`), what it is; else ""."""
    if row["value"] != 0 or row["method"] != "published" or key not in ZERO_NOTES:
        return ""
    note = f"; {ZERO_NOTES[key]}"
    local = LOCAL_NOTES.get((key, slug))
    return note + (f"; {local}" if local else "")


def _same_year_sentence(key: str, slug: str,
                        frames: dict[str, pd.DataFrame]) -> tuple[str, list]:
    """For a series of :data:`SAME_YEAR_AS` whose latest year is later than its partner's
    (employed persons and the labour force): a sentence giving both for the partner's
    latest year and vintage, one survey on one set of definitions, and the quantities it
    states; else ("", [])."""
    partner = SAME_YEAR_AS.get(key)
    if partner is None or partner not in frames:
        return "", []
    mine, theirs = frames[key], frames[partner]
    mine, theirs = mine[mine["geo"] == slug], theirs[theirs["geo"] == slug]
    if mine.empty or theirs.empty:
        return "", []
    last = theirs.sort_values("year").iloc[-1]
    same = mine[(mine["year"] == last["year"]) & (mine["vintage"] == last["vintage"])]
    if int(mine["year"].max()) <= int(last["year"]) or same.empty:
        return "", []
    a, b = Q.of_row(partner, last.to_dict()), Q.of_row(key, same.iloc[0].to_dict())
    shown = [Q.stated(q, text.number(q.value, shown_decimals(r, meta(k)["digits"], k)))
             for q, k, r in ((a, partner, last), (b, key, same.iloc[0]))]
    return (f"In {int(last['year'])}, the latest year of both on the same definitions "
            f"({md(last['vintage'])} series), {md(meta(partner)['title'].lower())}: "
            f"{shown[0]}; {md(meta(key)['title'].lower())}: {shown[1]} "
            f"({md(meta(key)['unit'])})."), [a, b]


def meta(key: str) -> dict:
    """Title, unit, digits and component of a series (without reading its figures)."""
    s = series.spec(key)
    return {"title": s.title, "unit": s.unit, "digits": s.digits, "component": s.component}


def sources_of(frames: list[pd.DataFrame]) -> list[str]:
    """The source ids of the figures, in order of first appearance (an aggregate's
    ``source`` joins its provinces' sources with ";")."""
    out: list[str] = []
    for frame in frames:
        for joined in frame["source"].drop_duplicates():
            for source in str(joined).split(";"):
                source = source.strip()
                if source and source not in out:
                    out.append(source)
    return out


def cite_all(frames: list[pd.DataFrame]) -> str:
    """The citations of the sources of the figures, joined, with a full stop."""
    return "; ".join(data.cite(s) for s in sources_of(frames)) + "."


# --- the chart ------------------------------------------------------------------------------

KIND_PLURAL = {"province": "the provinces", "ker": "the key economic regions",
               "gso-region": "the GSO regions", "country": "the country"}


def describe(slug: str) -> str:
    """A sentence placing the geography: its kind and member provinces, or for a
    province its key economic region and GSO region."""
    geo = regions.get(slug)
    note = f" (boundaries before the {regions.MERGER_YEAR} merger)"
    if geo.kind == "country":
        return f"The whole country has {len(regions.members(slug))} provinces{note}."
    if geo.is_province:
        groups = [regions.get(g).name for g in (geo.ker, geo.gso_region) if g]
        return (f"{geo.name} is a province" + (" of the " + " and of the ".join(groups)
                                               if groups else "") + f"{note}.")
    kind = {"ker": "key economic region", "gso-region": "GSO socio-economic region"}[geo.kind]
    members = [m.name for m in regions.members(slug)]
    return (f"{geo.name} is a {kind} of {len(members)} provinces{note}: "
            + ", ".join(members) + ".")


def totals_of_a_kind(frames: dict[str, pd.DataFrame], kind: str) -> dict[str, pd.DataFrame]:
    """The frames with, for the totals (series that add up over provinces, such as
    population), only the geographies of one kind (``province``, ``ker`` ...): beside
    the total of a larger area, a province's or a region's line would lie flat at the
    bottom of the chart. Other series are kept whole."""
    def keep(f: pd.DataFrame) -> pd.DataFrame:
        same = [regions.get(g).kind == kind for g in f["geo"]]
        return f[same].reset_index(drop=True)

    return {k: (keep(f) if series.spec(k).aggregate == "sum" else f)
            for k, f in frames.items()}


def locator_map(slug: str):
    """A small map of the provinces (before the merger) with the geography's provinces in their
    KER's colour (the whole country: the provinces of the four KERs)."""

    place = regions.get(slug)
    members = [m.name for m in regions.members(slug)]
    outside = sum(1 for m in regions.members(slug) if not m.ker)
    if place.kind == "country":
        highlight, what = None, "the provinces of the four key economic regions"
    else:
        highlight = [slug]
        what = (place.name if place.is_province
                else f"the {len(members)} provinces of {place.name} ({', '.join(members)})")
    if place.kind == "country" or not outside:
        colour = "coloured by key economic region"
    elif outside == len(members):
        colour = ("in the dark slate of provinces outside the four key economic regions"
                  if len(members) > 1 else "in dark slate (it is in none of the four key "
                                           "economic regions)")
    else:
        colour = ("coloured by key economic region (dark slate: in none of the four)")
    return maps.province_map(
        highlight, title=f"Where {place.name} lies" if slug != "whole-country"
        else "The four key economic regions",
        subtitle=f"Provinces before the {regions.MERGER_YEAR} merger; colour: key economic region",
        source=data.cite("geoboundaries-vnm-adm1") + ".",
        description=(f"Map of Viet Nam's {len(regions.provinces())} provinces (boundaries "
                     f"before the {regions.MERGER_YEAR} merger) "
                     f"with {what} {colour} and the others grey"
                     + (". The map shows the area around it at a readable size, with the "
                        "whole country in a small inset beside it." if place.kind != "country"
                        else ".")),
        csv_name=f"{slug}-map", width=MAP_WIDTH, height=MAP_HEIGHT,
        zoom=None if place.kind == "country" else [zoom_area(slug)])


def zoom_area(slug: str) -> str:
    """What a region's locator map zooms on: a province's KER (or, outside the KERs, its
    GSO region), so that it is seen among its neighbours; a region itself."""
    place = regions.get(slug)
    if place.is_province:
        return place.ker or place.gso_region
    return slug


def intro_text(slug: str) -> str:
    """The paragraph that says what the page shows and how gaps are treated."""
    name = prose_name(slug)
    if slug == "whole-country":
        beside = ("; the charts draw the whole country against the four key economic "
                  "regions, whose figures are those of their member provinces added up "
                  "(or averaged, weighted by population) when every one of them has a "
                  "figure for that year.")
    else:
        beside = (f", beside the whole country's; the charts draw {name} against the whole "
                  "country and comparable regions. A region's figure is the publisher's "
                  "own when it prints one, else its member provinces added up (or "
                  "averaged, weighted by population) when every one of them has a figure "
                  "for that year.")
    return ("The page follows the thesis's five components of social security, after the "
            "book's own groups for population, growth and inequality. For each indicator "
            "the book holds, "
            f"it gives the latest figure for {name}, with its year and the way it was "
            f"obtained{beside} Where the public tables give no figure, the page says so, "
            "and the indicators without data are listed at the end. Nothing is estimated "
            "to fill a gap.")


def locator_text(slug: str) -> tuple[str, str]:
    """The sentence that points to the locator map (MyST) and the map's caption."""
    figure = f"fig-{slug}-map"
    n = len(regions.provinces())
    if slug == "whole-country":
        return (f"{{numref}}`{figure}` shows the provinces of the four key economic regions; "
                "point at a province for its name and region.",
                f"The provinces of the four key economic regions among the {n} provinces. "
                "Source: geoBoundaries, Viet Nam ADM1 provinces.")
    name = prose_name(slug)
    return (f"{{numref}}`{figure}` locates {name} among the {n} provinces; point at a "
            "province for its name and key economic region.",
            f"Where {name} lies among the {n} provinces. Source: geoBoundaries, Viet Nam "
            "ADM1 provinces.")


# --- one component of a profile -------------------------------------------------------------

@dataclass
class Block:
    """What a profile shows for one component: the markdown (sentences and, when
    some series has figures for the region, the figure directive), the chart
    (glued under ``figure_key``) and the series without figures."""
    component: str
    markdown: str
    chart: object | None = None
    figure_key: str | None = None
    missing: list[str] = field(default_factory=list)
    states: list = field(default_factory=list)


def component_block(slug: str, component: str) -> Block:
    """The sentences and chart of one component for one region."""
    geo = regions.get(slug)
    title = series.COMPONENTS[component]
    keys = series.keys(component)
    if not keys:
        return Block(component, f"No public figure for {title.lower()} in {prose_name(slug)} "
                                "in the tables used here.")
    geos = comparison(slug)
    frames = {k: figures(k, geos, anchor=slug) for k in keys}
    # a sentence gives the latest figure, a chart's line needs two years (pick_vintage)
    latest = {k: figures(k, geos, anchor=slug, drawn=False) for k in keys}
    drawn = {k: f for k, f in frames.items() if (f["geo"] == slug).any()}
    totals = [k for k in drawn if series.spec(k).aggregate == "sum"]
    if slug != "whole-country":
        drawn = totals_of_a_kind(drawn, geo.kind)
    # the series with no figure at all for the region go to the table at the page's end
    absent = [k for k in keys if not (frames[k]["geo"] == slug).any()]
    said = []
    for k in ([k for k in keys if k in drawn]
              + [k for k in keys if k not in drawn and k not in absent]):
        said.append(latest_sentence(k, slug, latest[k], frames[k]))
        pair = _same_year_sentence(k, slug, latest)
        if pair[0]:
            said.append(pair)
    lines = [f"- {sentence}" for sentence, _ in said]
    states = [q for _, qs in said for q in qs]
    if absent:
        lines.append(f"- {len(absent)} of this component's indicators "
                     f"{'has' if len(absent) == 1 else 'have'} no public figure "
                     f"for {prose_name(slug)}: they are listed in the table at the end of "
                     "the page.")
    if not drawn:
        return Block(component, "\n".join(lines) + "\n", missing=absent, states=states)
    figure_key = f"fig-{component}"
    name = f"fig-{slug}-{component}"
    titles = [meta(k)["title"] for k in drawn]
    years = pd.concat([f["year"] for f in drawn.values()])
    others = [regions.get(g).name for g in geos[1:]]
    many = len(drawn) > 1
    chart = line_charts.indicator_chart(
        drawn, geos, highlight=slug,
        title=f"{title}: {geo.name}",
        subtitle=(f"{geo.name} (thick line) against "
                  + ("its comparison regions" if others else "itself")
                  + ("; choose the indicator in the menu" if many else "")),
        source=cite_all(list(drawn.values())),
        description=(f"Line chart over the years {int(years.min())} to {int(years.max())} of "
                     + ("the indicator picked in a menu (" + "; ".join(titles) + ")"
                        if many else titles[0])
                     + f" for {geo.name}" + (", " + ", ".join(others) if others else "")
                     + ". Each line is one geography; a year without a published or "
                       "aggregated figure is left out."),
        csv_name=f"{slug}-{component}")
    here = prose_name(slug)
    intro = (f"{{numref}}`{name}` draws "
             + ("these indicators (pick one in the menu under the chart)" if many
                else "this indicator")
             + f" for {here} against "
             + ("the whole country and its peers" if slug != "whole-country"
                else "the four key economic regions")
             + "; click a region in the legend to bring it forward."
             + (" Totals (" + ", ".join(md(meta(k)["title"].lower()) for k in totals)
                + f") are drawn for {KIND_PLURAL[geo.kind]} only: the whole country's much "
                  "larger figure is given above." if totals and slug != "whole-country"
                else ""))
    caption = (f"{title} in {here}, the whole country and comparable regions"
               if slug != "whole-country" else f"{title} in the whole country and the four "
                                                "key economic regions")
    caption += f". Sources: {md(cite_all(list(drawn.values())))}"
    markdown = "\n".join(lines) + "\n\n" + intro + "\n\n" + (
        f"```{{glue:figure}} {figure_key}\n:name: {name}\n\n{caption}\n```\n")
    return Block(component, markdown, chart, figure_key, absent, states)


def missing_markdown(slug: str, blocks: list[Block]) -> str:
    """The closing table of the indicators with no public figure for the region (one row
    each, with its component), in place of a sentence for each."""
    name = prose_name(slug)
    rows = [(meta(k)["title"], series.COMPONENTS[b.component]) for b in blocks
            for k in b.missing]
    rows += [("(no series)", series.COMPONENTS[b.component]) for b in blocks
             if not series.keys(b.component)]
    if not rows:
        return f"Every indicator of this page has at least one public figure for {name}.\n"
    table = "\n".join(f"| {md(t)} | {md(c)} |" for t, c in rows)
    return (f"The public tables used here give no figure for {name} on these "
            f"{len(rows)} indicators:\n\n| Indicator | Component |\n|---|---|\n{table}\n")


def glue_profile(slug: str) -> list[Block]:
    """Glue, for every component, ``md-<component>`` (the text, MyST, with the
    quantities it states) and its chart; and ``md-missing`` (the closing list).
    Returns the blocks."""
    from IPython.display import Markdown

    blocks = [component_block(slug, c) for c in series.COMPONENTS]
    for block in blocks:
        if block.chart is not None:
            Q.glue(block.figure_key, block.chart)
        Q.glue(f"md-{block.component}", Markdown(block.markdown), states=block.states)
    Q.glue("md-missing", Markdown(missing_markdown(slug, blocks)))
    return blocks


# --- income inequality from the quintile table ------------------------------------------

@dataclass
class Inequality:
    """The inequality section of a profile: its paragraph (MyST), the quantities the
    paragraph states, the table of every comparison geography and survey year, and the
    chart of the Gini coefficients."""
    markdown: str
    states: list
    table: pd.DataFrame
    chart: object
    last_year: int


def _published(key: str, slug: str, year: int):

    return Q.at(key, slug, year) if year in Q.years(key, slug) else None


def inequality_block(slug: str) -> Inequality:
    """Gini, A40 and R5/R1 of a region in the survey years, GSO's published figures first.

    GSO publishes the Gini coefficient for the country and its six regions and the
    R5/R1 ratio for those and every province; where it does, the paragraph gives GSO's
    figure and names the book's own as an approximation (:mod:`analysis.pages.quantities`:
    ``gini``, ``a40``, ``r5_r1`` pooled from province quintile groups; a Gini of group
    means is a lower bound, as the Methods page explains). The poorest 40 %'s share
    comes from GSO's five quintile means of the geography where GSO publishes them.
    """

    last = max(Q.years("gini", slug))
    lines, states = _inequality_sentences(slug, last)
    table, trend = _inequality_table_and_trend(slug)
    return Inequality(" ".join(lines) + "\n", states, table, trend, last)


def _stated(q, fmt: str) -> str:
    """A quantity's value in ``fmt``, marked as the quantity (:func:`Q.stated`)."""
    return Q.stated(q, format(q.value, fmt))


def _inequality_sentences(slug: str, last: int) -> tuple[list[str], list]:
    """The paragraph's sentences for the last survey year and the quantities they state."""
    geo = regions.get(slug)
    name = prose_name(slug)
    pooled = {m: Q.at(m, slug, last) for m in ("gini", "a40", "r5_r1")}
    gso_gini, gso_ratio = _published("gini_gso", slug, last), _published("r5_r1_gso", slug, last)
    groups = re.search(r"from (\d+) province quintile groups", pooled["gini"].basis)
    n_groups = int(groups.group(1)) if groups else 5
    own = "its own five quintile means" if geo.is_province else (
        f"the {n_groups} quintile groups of its provinces, pooled by population")
    states = [pooled["gini"]]
    if gso_gini is not None:
        states.append(gso_gini)
        lines = [f"In {last}, GSO's published Gini coefficient of income per head for {name} "
                 f"was {_stated(gso_gini, '.3f')}. The book's approximation, from {own}, gives "
                 f"{_stated(pooled['gini'], '.3f')}: lower, because a Gini computed from group "
                 "means cannot see the inequality within each group ({doc}`../methods`)."]
    else:
        lines = [f"GSO's Gini table gives no figure for {name}. The book's "
                 f"approximation, from {own}, gives {_stated(pooled['gini'], '.3f')} in {last}; "
                 "computed from group means, it is a lower bound of the Gini of household "
                 "incomes ({doc}`../methods`)."]
    try:
        a40 = Q.from_quintile_means("a40", slug, last)
        a40_how = "by GSO's five quintile means"
    except ValueError:
        a40, a40_how = pooled["a40"], "by the pooled groups"
    states.append(a40)
    share = Q.stated(a40, text.number(100 * a40.value, 1))
    if a40 is not pooled["a40"] and not geo.is_province:  # the table's column is pooled
        states.append(pooled["a40"])
        a40_how += (f"; {Q.stated(pooled['a40'], text.number(100 * pooled['a40'].value, 1))}"
                    " % in the pooled groups of the table below")
    sentence = f"The poorest 40 % received {share} % of income ({a40_how})"
    if gso_ratio is not None:
        states.append(gso_ratio)
        sentence += (f", and by GSO's published ratio the richest fifth earned "
                     f"{_stated(gso_ratio, '.1f')} times as much per head as the poorest fifth")
        if not geo.is_province:
            states.append(pooled["r5_r1"])
            sentence += f" (the pooled groups give {_stated(pooled['r5_r1'], '.1f')})"
    else:
        states.append(pooled["r5_r1"])
        sentence += (f", and in the pooled groups the richest fifth earned "
                     f"{_stated(pooled['r5_r1'], '.1f')} times as much per head as the poorest "
                     "fifth (GSO publishes no such ratio for a key economic region)")
    lines.append(sentence + ".")
    later = _later_gini(slug, last, states)
    if later:
        lines.append(later)
    return lines, states


def _later_gini(slug: str, last: int, states: list) -> str:
    """The sentence giving the Gini coefficients after ``last`` that a statistics office's
    release prints for the place, as a page reports them (``press_living_standards``);
    their quantities are added to ``states``. They are given as printed, not joined to
    GSO's table: a different publication, and for 2020 a different survey round."""
    rows = data.load("press_living_standards")
    rows = rows[(rows["indicator"] == "gini") & (rows["geo"] == slug)
                & (rows["group"] == "total") & (rows["year"] > last)].sort_values("year")
    if rows.empty:
        return ""
    parts = []
    for source, group in rows.groupby("source", sort=False):
        shown = []
        for _, row in group.iterrows():
            q = reported.press_figure(row)
            states.append(q)
            note = " (preliminary)" if row["status"] == "preliminary" else ""
            shown.append(f"{_stated(q, f'.{reported.press_decimals(row)}f')} in "
                         f"{int(row['year'])}{note}")
        parts.append(f"{text.join(shown)}, as {md(data.outlet(source))} prints them"
                     if len(shown) > 1 else
                     f"{shown[0]}, as {md(data.outlet(source))} prints it")
    return (f"Gini coefficients for {prose_name(slug)} after {last} are not in GSO's table; "
            "they are given as printed, neither drawn nor compared with the table's, as they "
            f"come from another publication: {'; '.join(parts)}.")


def _inequality_table_and_trend(slug: str) -> tuple[pd.DataFrame, object]:
    """GSO's and the book's figures for the region and its peers in every survey year,
    and the chart of the book's Gini over those years."""
    geo = regions.get(slug)
    compare = comparison(slug)
    survey = data.survey_years()
    rows = []
    for g in compare:
        for y in survey:
            gg, gr = _published("gini_gso", g, y), _published("r5_r1_gso", g, y)
            rows.append({"Region": regions.get(g).name, "Year": y,
                         "Gini, GSO": gg.value if gg else None,
                         "Gini, book's approximation": Q.at("gini", g, y).value,
                         "A40 (%), pooled": 100 * Q.at("a40", g, y).value,
                         "R5/R1, GSO": gr.value if gr else None,
                         "R5/R1, pooled": Q.at("r5_r1", g, y).value})
    table = pd.DataFrame(rows)
    names = [regions.get(g).name for g in compare]
    frame = table.rename(columns={"Region": "region", "Year": "year",
                                  "Gini, book's approximation": "gini"})[
        ["region", "year", "gini"]].round(4)
    trend = line_charts.gini_trend(
        frame, names, title=f"Gini coefficient of income: {geo.name} and its peers",
        subtitle="The book's approximation: province quintile groups pooled by population",
        source=(f"{data.cite('gso-income-quintile-province-2018')}; "
                f"{data.cite('gso-average-population-province-2018')}."),
        description=(f"Line chart of the book's approximation of the Gini coefficient of "
                     f"income per head in the survey years {survey[0]} to {survey[-1]} for "
                     f"{geo.name}, the whole country and comparable regions; GSO's published "
                     "Gini coefficients, where there are some, are in the table below."),
        csv_name=f"gini-{slug}")
    return table, trend


# --- the comparison of the key economic regions -------------------------------------------

def compared_geos() -> list[str]:
    """The four key economic regions, then the whole country for reference."""
    return [g.slug for g in regions.kers()] + ["whole-country"]


def latest_table(keys: list[str], geos: list[str], anchor: str | None = None) -> pd.DataFrame:
    """The latest figure of every series for every geography: indicator, region,
    year, value (printed as :func:`shown_decimals` says), unit and method; a geography
    without a figure gets a row with the gaps left empty. Each series in the
    vintage :func:`figures` picks for ``anchor`` (default: the first geography)."""
    rows = []
    for key in keys:
        info = meta(key)
        frame = figures(key, geos, anchor=anchor or geos[0], drawn=False)
        for geo in geos:
            own = frame[frame["geo"] == geo]
            row = {"Indicator": info["title"], "Region": regions.get(geo).name,
                   "Year": None, "Value": None, "Unit": info["unit"], "Method": None}
            if len(own):
                last = own.sort_values("year").iloc[-1]
                row.update(Year=int(last["year"]),
                           Value=text.number(last["value"],
                                             shown_decimals(last, info["digits"], key)),
                           Method=_method(last))
            rows.append(row)
    table = pd.DataFrame(rows, columns=["Indicator", "Region", "Year", "Value", "Unit",
                                        "Method"])
    table["Year"] = table["Year"].astype("Int64")
    return table


def _method_kind(method: str) -> str:
    """A method without its province count, to say once for several regions."""
    return re.sub(r"\b\d+ province", "member province", method)


def latest_wide(keys: list[str], geos: list[str], anchor: str | None = None) -> pd.DataFrame:
    """:func:`latest_table` with one row per series: the indicator with its unit, for
    each geography its latest figure and year ("15,734.4 (2016)", empty when there
    is none), and the methods (for several regions, said once)."""
    long = latest_table(keys, geos, anchor)
    names = [regions.get(g).name for g in geos]
    rows = []
    for (title, unit), group in long.groupby(["Indicator", "Unit"], sort=False):
        row = {"Indicator (unit)": f"{title} ({unit})"}
        by_method: dict[str, list[str]] = {}
        for _, r in group.iterrows():
            row[r["Region"]] = (None if pd.isna(r["Year"])
                                else f"{r['Value']} ({int(r['Year'])})")
            if not pd.isna(r["Method"]):
                by_method.setdefault(_method_kind(r["Method"]), []).append(r["Region"])
        kers = [g.name for g in regions.kers()]

        def named(who: list[str]) -> str:
            return "the four KERs" if who == kers else ", ".join(who)

        row["Method"] = "; ".join(
            m if len(by_method) == 1 and len(who) == len(group) else f"{named(who)}: {m}"
            for m, who in by_method.items())
        rows.append(row)
    return pd.DataFrame(rows, columns=["Indicator (unit)", *names, "Method"])


def ordered_keys() -> list[str]:
    """Every registered series, component by component (the order of
    :data:`analysis.data.series.COMPONENTS`), then in registration order."""
    return [k for c in series.COMPONENTS for k in series.keys(c)]


def gaps(keys: list[str], geos: list[str]) -> dict[str, list[str]]:
    """For each series, the geographies (names) with no figure at all."""
    out = {}
    for key in keys:
        frame = series.get(key, geos)
        lacking = [regions.get(g).name for g in geos if not (frame["geo"] == g).any()]
        if lacking:
            out[key] = lacking
    return out
