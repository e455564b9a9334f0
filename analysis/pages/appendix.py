"""The data appendix: what every table holds, how far the series reach, and what the
thesis uses that the public tables here do not have.

Everything here is read from the data package descriptor (``data/datapackage.json``),
the tables themselves and the series registry (:mod:`analysis.data.series`), so a table
or a series added to the package appears in the appendix without an edit here.

* :func:`resource_table` — one row per resource of the descriptor: rows, years,
  geographies, units, sources and licence;
* :func:`vintage_counts`, :func:`status_counts`, :func:`standard_counts` — rows by
  vintage (population before and after the 2019 census revision), by status
  (preliminary figures) and by poverty standard;
* :func:`coverage_frame`, :func:`coverage_chart`, :func:`year_frame`,
  :func:`year_chart` — the coverage of every registered series by geography and by
  year;
* :data:`THESIS_INDICATORS` — the indicators of the thesis (the seven of its section
  2.3 and the descriptive series of its chapter 3), each with the section it comes
  from and a phrase of the thesis summary that names it;
* :data:`INDICATOR_INPUTS`, :func:`indicator_coverage` — which registered series
  each of the seven indicators of section 2.3 needs, and in which years public
  tables give all of them for every province;
* :func:`gaps` — the gap list, ``data/gaps.csv``.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .. import data
from ..charts import coverage
from ..charts.tables import html_table
from ..compute.text import person_names
from ..data import regions, series
from .provenance import source_anchor

# --- the thesis's indicators -------------------------------------------------------------

#: Every indicator of the thesis the book refers to: key -> title, the section of the
#: thesis summary it comes from, and a phrase of that section that names it (tests
#: check that the phrase is there). The first seven are the indicators of section 2.3.
THESIS_INDICATORS: dict[str, dict[str, str]] = {
    "insurance_gdp_ratio": {
        "title": "Insurance spending / GRDP", "section": "2.3.1",
        "phrase": "insurance/GRDP ratio"},
    "si_growth_elasticity": {
        "title": "Elasticity of social-insurance participants to growth", "section": "2.3.1",
        "phrase": "number of people participating in social insurance"},
    "labour_productivity": {
        "title": "Labour productivity (GRDP per employed person)", "section": "2.3.2.1",
        "phrase": "Labor productivity"},
    "gini": {
        "title": "Gini coefficient and Lorenz curve", "section": "2.3.2.2",
        "phrase": "Lorenz curve"},
    "a40": {
        "title": "A40 (income share of the poorest 40 %)", "section": "2.3.2.2",
        "phrase": "Ratio A40"},
    "r5_r1": {
        "title": "R5/R1 (richest to poorest fifth)", "section": "2.3.2.2",
        "phrase": "R5/R1"},
    "poverty_growth_elasticity": {
        "title": "Elasticity of poverty to income growth", "section": "2.3.3",
        "phrase": "Elasticity coefficient of poverty to economic growth"},
    "urbanization": {
        "title": "Population and urbanisation", "section": "3.1.2.1",
        "phrase": "rapid urbanization rate"},
    "grdp": {
        "title": "GRDP, its growth and structure", "section": "3.1.2.2",
        "phrase": "GRDP size"},
    "insurance_coverage": {
        "title": "Participants in social, health and unemployment insurance",
        "section": "3.2.1", "phrase": "insurance policies"},
    "insurance_fund": {
        "title": "Revenue and spending of the insurance funds", "section": "3.2.1",
        "phrase": "Social Insurance fund"},
    "labour_force": {
        "title": "Labour force and employment", "section": "3.2.2.1",
        "phrase": "movement of labor between localities"},
    "trained_workers": {
        "title": "Skilled (trained) workers", "section": "3.2.2.1",
        "phrase": "highly skilled workers"},
    "unemployment": {
        "title": "Unemployment", "section": "3.2.2.2",
        "phrase": "unemployment is on an upward trend"},
    "social_assistance": {
        "title": "Social assistance: beneficiaries and resources", "section": "3.2.3.1",
        "phrase": "management of resources for SA"},
    "poverty_rate": {
        "title": "Poor-household rate", "section": "3.2.3.2",
        "phrase": "lowest rate of poor households"},
    "education": {
        "title": "Education and training institutions", "section": "3.2.4.1",
        "phrase": "training institutions"},
    "health_care": {
        "title": "Health care", "section": "3.2.4.2",
        "phrase": "health care system"},
    "housing": {
        "title": "Housing (dwelling area per person)", "section": "3.2.4.3",
        "phrase": "m²/person"},
    "clean_water": {
        "title": "Clean water and sanitation", "section": "3.2.4.4",
        "phrase": "domestic water"},
    "information": {
        "title": "Access to information and communication", "section": "3.2.4.5",
        "phrase": "access to information"},
    "income": {
        "title": "Average income per head against the national average",
        "section": "3.3.2", "phrase": "average income of the KER"},
    "preferential_treatment": {
        "title": "People with meritorious services: beneficiaries and spending",
        "section": "3.2.5", "phrase": "people with meritorious services"},
}

#: The seven indicators of the thesis's section 2.3, in its order.
SECTION_23 = ["insurance_gdp_ratio", "si_growth_elasticity", "labour_productivity", "gini",
              "a40", "r5_r1", "poverty_growth_elasticity"]

#: The registered series each indicator of section 2.3 is computed from. An indicator
#: has one or more recipes (any one will do); a recipe lists its inputs, and an input
#: names the series keys that can serve for it (any one will do).
INDICATOR_INPUTS: dict[str, list[list[tuple[str, ...]]]] = {
    "insurance_gdp_ratio": [[("insurance_spending",),
                             ("grdp", "grdp_current", "gdp_current", "gdp_current_gso")]],
    "si_growth_elasticity": [[("si_insured", "si_participants"),
                              ("grdp_constant", "grdp_comparable", "gdp_constant_2010",
                               "gdp_constant_gso")]],
    "labour_productivity": [[("labour_productivity", "labour_productivity_gso")],
                            [("grdp", "grdp_current", "grdp_constant", "gdp_current",
                              "gdp_current_gso"),
                             ("employed", "employed_lfs")]],
    "gini": [[("gini",)]],
    "a40": [[("a40",)]],
    "r5_r1": [[("r5_r1",)]],
    "poverty_growth_elasticity": [[("poverty_rate",), ("income_per_capita",)]],
}

#: Indicators that compare two years (an elasticity needs a change).
NEEDS_TWO_YEARS = {"si_growth_elasticity", "poverty_growth_elasticity"}


def thesis_section_text(text: str, section: str) -> str:
    """The text of one numbered section of the thesis summary (up to the next
    numbered heading)."""
    lines = text.splitlines()
    heading = re.compile(r"^(\d+(?:\.\d+)+)\.\s")
    out, inside = [], False
    for line in lines:
        m = heading.match(line.strip())
        if m:
            if inside:
                break
            inside = m.group(1) == section
            continue
        if inside:
            out.append(line)
    return "\n".join(out)


# --- the tables ----------------------------------------------------------------------------

def _span(years: Iterable[int]) -> str:
    """Years as a compact span: '2010–2016', '2010–2016 (4 years)' when not every year."""
    ys = sorted({int(y) for y in years})
    if not ys:
        return ""
    if len(ys) == 1:
        return str(ys[0])
    if ys[-1] - ys[0] + 1 == len(ys):
        return f"{ys[0]}–{ys[-1]}"
    return f"{ys[0]}–{ys[-1]} ({len(ys)} years)"


_KIND_NAMES = {"country": ("country", "country"), "gso-region": ("GSO region", "GSO regions"),
               "ker": ("KER", "KERs"), "province": ("province", "provinces")}


def _geographies(slugs: Iterable[str]) -> str:
    kinds: dict[str, int] = {}
    for slug in set(slugs):
        kind = regions.get(slug).kind
        kinds[kind] = kinds.get(kind, 0) + 1
    parts = []
    for kind in ("province", "gso-region", "ker", "country"):
        n = kinds.get(kind, 0)
        if n:
            one, many = _KIND_NAMES[kind]
            parts.append("whole country" if kind == "country" else
                         f"{n} {one if n == 1 else many}")
    return ", ".join(parts)


def _units(res: dict, frame: pd.DataFrame) -> str:
    units = [f["unit"] for f in res["schema"]["fields"] if f.get("unit")]
    if "unit" in frame.columns:
        units += sorted(str(u) for u in frame["unit"].dropna().unique())
    units = list(dict.fromkeys(units))
    if len(units) > 3:
        return f"{len(units)} units (column 'unit')"
    return "; ".join(units)


def _sources(res: dict, frame: pd.DataFrame, descriptor: Path) -> str:
    if "source" in frame.columns:
        ids = sorted(set(";".join(frame["source"].dropna().astype(str)).split(";")) - {""})
        cited = "; ".join(data.cite(i) for i in ids)
        if 0 < len(ids) <= 2 and len(cited) <= 240:
            return cited
        if ids:
            publishers = sorted({data.source_of(i)["publisher"] for i in ids})
            return (f"{len(ids)} publishers' tables, pages or documents "
                    f"({len(publishers)} publishers; see the sources table)")
    titles = [s.get("title", "") for s in res.get("sources", []) if s.get("title")]
    return "; ".join(titles) if titles else "compiled for this book"


def _licence(res: dict) -> str:
    return "; ".join(lic.get("title") or lic.get("name", "") for lic in res.get("licenses", []))


def _table_years(frame: pd.DataFrame) -> set[int]:
    """The years a table covers: its ``year`` column, and every year of the spans of
    ``first_year``-``last_year`` columns."""
    years: set[int] = set()
    if "year" in frame.columns:
        years |= {int(y) for y in frame["year"].dropna()}
    if {"first_year", "last_year"} <= set(frame.columns):
        for a, b in zip(frame["first_year"], frame["last_year"]):
            if pd.notna(a) and pd.notna(b):
                years |= set(range(int(a), int(b) + 1))
    return years


def resource_table(descriptor: Path = data.DESCRIPTOR) -> pd.DataFrame:
    """One row per resource of the descriptor, in the descriptor's order: name, title,
    rows, years, geographies, units, source (publisher and table title) and licence,
    each read from the descriptor and the validated table."""
    rows = []
    for res in data.resources(descriptor):
        frame = data.load(res["name"], descriptor)
        years = _span(_table_years(frame))
        geos = _geographies(frame["geo"].dropna()) if "geo" in frame.columns else ""
        rows.append({"Table": res["name"], "Title": res.get("title", ""),
                     "Rows": len(frame), "Years": years, "Geographies": geos,
                     "Units": _units(res, frame), "Source": _sources(res, frame, descriptor),
                     "Licence": _licence(res)})
    return pd.DataFrame(rows, columns=["Table", "Title", "Rows", "Years", "Geographies",
                                       "Units", "Source", "Licence"])


def _column_counts(column: str, skip: Iterable[str] = (),
                   descriptor: Path = data.DESCRIPTOR) -> pd.DataFrame:
    """Rows of every table that has ``column``, counted by its value."""
    out = []
    for res in data.resources(descriptor):
        if column not in [f["name"] for f in res["schema"]["fields"]]:
            continue
        frame = data.load(res["name"], descriptor)
        values = frame[column].fillna("").astype(str)
        for value, n in values.value_counts().sort_index().items():
            if value in skip:
                continue
            out.append({"table": res["name"], column: value, "rows": int(n)})
    return pd.DataFrame(out, columns=["table", column, "rows"])


def vintage_counts(descriptor: Path = data.DESCRIPTOR) -> pd.DataFrame:
    """Rows by vintage, for every table with a vintage column ('' = no vintage)."""
    return _column_counts("vintage", skip=("",), descriptor=descriptor)


def status_counts(descriptor: Path = data.DESCRIPTOR) -> pd.DataFrame:
    """Rows by status, for every table with a status column."""
    return _column_counts("status", descriptor=descriptor)


def standard_counts(descriptor: Path = data.DESCRIPTOR) -> pd.DataFrame:
    """Rows by poverty standard, for every table with a standard column (rows the
    standard does not apply to left out)."""
    return _column_counts("standard", skip=("", "not-applicable"), descriptor=descriptor)


# --- coverage ------------------------------------------------------------------------------

#: The thesis's period: the coverage heatmap counts the years in it, and the year view
#: always shows them, so that a series that stops early shows its missing years.
PERIOD = (2010, 2022)


#: The geography groups of the coverage chart, in the order of its dropdown.
def geography_groups() -> dict[str, list[str]]:
    groups = {"Country, GSO regions and KERs":
              [g.slug for g in regions.all_geographies() if not g.is_province]}
    for region in regions.gso_regions():
        groups[f"Provinces: {region.name}"] = [p.slug for p in regions.members(region.slug)]
    groups["Provinces: the four KERs"] = [p.slug for k in regions.kers()
                                          for p in regions.members(k.slug)]
    return groups


def years_text(year_list: str) -> str:
    ys = [int(y) for y in str(year_list).split()]
    if not ys:
        return "none"
    runs, start, prev = [], ys[0], ys[0]
    for y in ys[1:] + [None]:
        if y is not None and y == prev + 1:
            prev = y
            continue
        runs.append(str(start) if start == prev else f"{start}–{prev}")
        if y is not None:
            start = prev = y
    return ", ".join(runs)


def coverage_frame(cov: pd.DataFrame | None = None) -> pd.DataFrame:
    """:func:`series.coverage` with the years as runs ('2010–2016, 2018') and the
    method named ('no figures' when there are none)."""
    if cov is None:
        cov = series.coverage()
    out = cov.copy()
    out["years_text"] = [years_text(y) for y in out["year_list"]]
    out["method"] = out["method"].replace("", "no figures")
    return out


def series_order() -> list[str]:
    """Registered series keys grouped by component and the book's own groups (in the order of
    :data:`series.COMPONENTS`), in registration order within a component."""
    components = list(series.COMPONENTS)
    keys = series.keys()
    return sorted(keys, key=lambda k: (components.index(series.spec(k).component),
                                       keys.index(k)))


def _series_lookup() -> pd.DataFrame:
    """Key, title (with the key when two series share a title) and component."""
    keys = series_order()
    titles = [series.spec(k).title for k in keys]
    return pd.DataFrame([{"series": k,
                          "title": t if titles.count(t) == 1 else f"{t} ({k})",
                          "component": series.COMPONENTS[series.spec(k).component]}
                         for k, t in zip(keys, titles)])


def coverage_chart(cov: pd.DataFrame) -> alt.Chart:
    """Heatmap: series (rows) × geography (columns) of one geography group, picked
    from a dropdown; colour = number of years with figures in the thesis's period
    (:data:`PERIOD`); tooltip = all the years and the method (published, aggregated
    from provinces, pooled quintile groups).

    ``cov`` is :func:`coverage_frame`. To keep the page light, a cell with no figures
    is left out and shows the grey background, titles and names are joined in the
    chart from two small tables, and the method is written only when it is not
    'published'. The chart's data (its CSV download) has one row per series and
    geography with figures: series key, geography slug, number of years, the years
    and the method."""
    groups = geography_groups()
    names = list(groups)
    member_of: dict[str, list[int]] = {}
    for i, slugs in enumerate(groups.values()):
        for slug in slugs:
            member_of.setdefault(slug, []).append(i)
    geos = [{"geo": g.slug, "place": g.name, "col": i, "groups": member_of.get(g.slug, [])}
            for i, g in enumerate(regions.all_geographies())]
    cells = cov[cov["years"] > 0]
    # a geography without any figure keeps its column through one empty cell
    empty = sorted({g["geo"] for g in geos} - set(cells["geo"]))
    cells = pd.concat([cells, cov[cov["geo"].isin(empty)].drop_duplicates("geo")],
                      ignore_index=True)
    rows = []
    for r in cells.itertuples():
        in_period = [y for y in str(r.year_list).split()
                     if PERIOD[0] <= int(y) <= PERIOD[1]]
        row = {"series": r.key, "geo": r.geo, "n": len(in_period), "years": r.years_text}
        if r.method != "published":
            row["method"] = r.method
        rows.append(row)
    lookup = _series_lookup()
    return coverage.coverage_heatmap(rows, geos, names, lookup, PERIOD)


#: The geographies of the series × year view.
YEAR_GEOS = ["whole-country", "northern-ker", "central-ker", "southern-ker", "mekong-delta-ker"]


#: How a figure of the year view is obtained, as the legend names it.
METHODS = ["published", "aggregated", "pooled", "derived"]


def _method_name(method: str) -> str:
    """The year view's class of a series method: published by the publisher;
    aggregated from the provinces (a sum or a weighted mean); pooled from province
    quintile groups; derived from published figures in another way (e.g. the mean
    of four quarters)."""
    if method == "published":
        return "published"
    if method.startswith("pooled"):
        return "pooled"
    if method.startswith(("sum of", "weighted by")) and "province" in method:
        return "aggregated"
    return "derived"


def year_frame(geos: list[str] = YEAR_GEOS) -> pd.DataFrame:
    """For every series and geography, the years of the thesis's period
    (:data:`PERIOD`) with a figure (any vintage), one row per way of obtaining them
    (published, aggregated, pooled): the years, those of them that are preliminary,
    and the vintages."""
    rows = []
    for key in series.keys():
        for geo in geos:
            frame = series.get(key, geo)
            if frame.empty:
                continue
            frame = frame.assign(how=[_method_name(m) for m in frame["method"]])
            for how, g in frame.groupby("how", sort=True):
                years = sorted(int(y) for y in g["year"].unique()
                               if PERIOD[0] <= int(y) <= PERIOD[1])
                if not years:
                    continue
                prelim = sorted(int(y) for y in g[g["status"] == "preliminary"]["year"].unique())
                vintages = sorted(v for v in set(g["vintage"]) if v)
                detail = "; ".join(sorted(set(g["method"])))
                rows.append({"series": key, "geo": geo, "method": how, "years": years,
                             "preliminary": prelim, "vintages": ", ".join(vintages),
                             "detail": detail})
    return pd.DataFrame(rows, columns=["series", "geo", "method", "years", "preliminary",
                                       "vintages", "detail"])


def year_span() -> list[int]:
    """The years the year view shows: the thesis's period (:data:`PERIOD`)."""
    return list(range(PERIOD[0], PERIOD[1] + 1))


def year_chart(frame: pd.DataFrame, geos: list[str] = YEAR_GEOS) -> alt.Chart:
    """Series (rows) × year (columns) for one geography picked from a dropdown; the
    colour says how the figure is obtained, the tooltip whether it is preliminary and
    its vintage(s). ``frame`` is :func:`year_frame`; every registered series keeps its
    row, empty where the geography has no figure."""
    places = [regions.get(g).name for g in geos]
    lookup = _series_lookup()
    names = pd.DataFrame({"geo": geos, "place": places})
    return coverage.year_heatmap(frame, names, lookup, METHODS, year_span())


# --- the seven indicators of section 2.3 by province ------------------------------------

def _common_years(cov: pd.DataFrame, key: str, geos: list[str]) -> set[int]:
    """Years in which a series has a figure for every one of ``geos``."""
    rows = cov[(cov["key"] == key) & cov["geo"].isin(geos)]
    if len(rows) < len(geos):
        return set()
    years = None
    for year_list in rows["year_list"]:
        ys = {int(y) for y in str(year_list).split()}
        years = ys if years is None else years & ys
    return years or set()


def inputs_coverage(geos: list[str] | None = None) -> pd.DataFrame:
    """Like :func:`series.coverage` (columns key, geo, year_list), for the registered
    series named in :data:`INDICATOR_INPUTS` only, over ``geos`` (default: the 63
    provinces): all :func:`indicator_coverage` needs, at a fraction of the cost."""
    geos = [p.slug for p in regions.provinces()] if geos is None else list(geos)
    registered = set(series.keys())
    keys = list(dict.fromkeys(k for recipes in INDICATOR_INPUTS.values() for recipe in recipes
                              for alternatives in recipe for k in alternatives
                              if k in registered))
    rows = []
    for key in keys:
        frame = series.get(key, geos)
        for geo in geos:
            years = sorted(int(y) for y in frame[frame["geo"] == geo]["year"].unique()) \
                if len(frame) else []
            rows.append({"key": key, "geo": geo, "year_list": " ".join(map(str, years))})
    return pd.DataFrame(rows, columns=["key", "geo", "year_list"])


def reach() -> dict[str, int]:
    """First and last year of the figures the registered series publish, and the
    last year with a figure for a province. Series computed from others (custom)
    are left out: their years are those of their inputs."""
    years, province_years = [], []
    provinces = {p.slug for p in regions.provinces()}
    for key in series.keys():
        if series.spec(key).read is None:
            continue
        frame = series.get(key)
        if frame.empty:
            continue
        years += [int(frame["year"].min()), int(frame["year"].max())]
        prov = frame[frame["geo"].isin(provinces)]
        if len(prov):
            province_years.append(int(prov["year"].max()))
    return {"first": min(years), "last": max(years),
            "last_province": max(province_years) if province_years else None}


def indicator_coverage(cov: pd.DataFrame, geos: list[str] | None = None,
                       inputs: dict[str, list[list[tuple[str, ...]]]] | None = None,
                       needs_two: set[str] | None = None) -> pd.DataFrame:
    """For each indicator of section 2.3: the years in which the registered series
    give every input for all of ``geos`` (default: the 63 provinces), and whether
    that covers the indicator (one such year, or two for an elasticity). ``cov`` is
    :func:`series.coverage` over those geographies (at least); a series key not in
    ``cov`` counts as no figures."""
    geos = [p.slug for p in regions.provinces()] if geos is None else list(geos)
    inputs = INDICATOR_INPUTS if inputs is None else inputs
    needs_two = NEEDS_TWO_YEARS if needs_two is None else needs_two
    rows = []
    for indicator, recipes in inputs.items():
        years: set[int] = set()
        used: list[str] = []
        for recipe in recipes:
            recipe_years = None
            recipe_keys = []
            for alternatives in recipe:
                alt_years: set[int] = set()
                for key in alternatives:
                    ys = _common_years(cov, key, geos)
                    if ys:
                        recipe_keys.append(key)
                    alt_years |= ys
                recipe_years = alt_years if recipe_years is None else recipe_years & alt_years
            if recipe_years:
                years |= recipe_years
                used += recipe_keys
        covered = len(years) >= (2 if indicator in needs_two else 1)
        info = THESIS_INDICATORS.get(indicator, {"title": indicator, "section": ""})
        rows.append({"indicator": indicator, "title": info["title"],
                     "section": info["section"], "years": sorted(years),
                     "series": ", ".join(dict.fromkeys(used)), "covered": covered})
    return pd.DataFrame(rows, columns=["indicator", "title", "section", "years", "series",
                                       "covered"])


def display_table(table: pd.DataFrame) -> pd.DataFrame:
    """:func:`resource_table` as the appendix shows it: name and title in one column,
    years and geographies in another."""
    return pd.DataFrame({
        "Table": [f"{n}: {t}" for n, t in zip(table["Table"], table["Title"])],
        "Rows": table["Rows"],
        "Years and geographies": ["; ".join(p for p in (y, g) if p) or "–"
                                  for y, g in zip(table["Years"], table["Geographies"])],
        "Units": table["Units"], "Source": table["Source"], "Licence": table["Licence"]})


def wide(table) -> "HTML":
    """An HTML table across the page's full width (the theme's ``full-width``), in a
    box that scrolls sideways on narrow screens, in a smaller type (the appendix's
    tables have many columns)."""
    from IPython.display import HTML

    return HTML('<div class="ssker-wide full-width" style="overflow-x:auto;font-size:0.8rem">'
                f"{table.data}</div>")


# --- the sources ----------------------------------------------------------------------------

def sources_table() -> pd.DataFrame:
    """Every source of ``sources.csv`` as the appendix lists it, in the file's order:
    its id (the anchor every glued number's tooltip links to,
    :func:`analysis.pages.provenance.source_anchor`), publisher, title, edition, address,
    the copy the figures were read from (the book's words: its provinces named with their
    diacritics; the title as the publisher prints it, the publisher too, a person named
    with the diacritics of the name), and licence."""
    frame = data.load("sources")
    return pd.DataFrame({"Id": frame["id"],
                         "Publisher": frame["publisher"].map(person_names),
                         "Title": frame["title"], "Edition": frame["edition"],
                         "Address": frame["url"],
                         "Read from": frame["carrier"].map(regions.with_display_names),
                         "Licence": frame["licence"]})


def sources_html(frame: pd.DataFrame) -> "HTML":
    """:func:`sources_table` as a wide HTML table whose rows carry their anchors."""
    return wide(html_table(frame, {"Edition": lambda v: f"{int(v)}"},
                           row_ids=[source_anchor(i) for i in frame["Id"]]))


# --- the gaps ------------------------------------------------------------------------------

def gaps(descriptor: Path = data.DESCRIPTOR) -> pd.DataFrame:
    """The gap list (``data/gaps.csv``), validated."""
    return data.load("gaps", descriptor)


_LEVEL_GEOS = {"province": lambda: [p.slug for p in regions.provinces()],
               "gso-region": lambda: [g.slug for g in regions.gso_regions()],
               "ker": lambda: [g.slug for g in regions.kers()],
               "country": lambda: ["whole-country"]}


def gap_contradictions(frame: pd.DataFrame, cov: pd.DataFrame) -> list[str]:
    """Gaps that the registered series fill: the row's ``closing_series`` all have
    figures for every geography of its level in a year of its span (years the row's
    note says are public excepted). ``cov`` is :func:`series.coverage` (or any frame
    with key, geo, year_list); a key not in it has no figures."""
    problems = []
    for row in frame.itertuples():
        keys = [k for k in str(row.closing_series or "").split("; ")
                if k and k != "nan"] if isinstance(row.closing_series, str) else []
        if not keys:
            continue
        note = row.years_note if isinstance(row.years_note, str) else ""
        public = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", note)} \
            if "public" in note else set()
        filled = set(range(int(row.first_year), int(row.last_year) + 1)) - public
        geos = _LEVEL_GEOS[row.geo_level]()
        for key in keys:
            filled &= _common_years(cov, key, geos)
        if filled:
            problems.append(f"{row.gap}: {', '.join(keys)} cover every {row.geo_level} "
                            f"in {', '.join(map(str, sorted(filled)))}")
    return problems


def gap_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The gap list as the appendix shows it: the gap (indicator, thesis section,
    geography, years), then what the thesis used, why it is missing, what the book
    does instead (the book's words, its provinces named with their diacritics)."""
    level = {"province": "provinces", "gso-region": "GSO regions", "ker": "KERs",
             "country": "whole country"}
    gap = []
    for row in frame.itertuples():
        years = str(row.first_year) if row.first_year == row.last_year \
            else f"{row.first_year}–{row.last_year}"
        if isinstance(row.years_note, str) and row.years_note:
            years += f" ({regions.with_display_names(row.years_note)})"
        gap.append(f"{row.gap}. {THESIS_INDICATORS[row.thesis_indicator]['title']} "
                   f"(thesis {row.thesis_section}): {level[row.geo_level]}, {years}")
    return pd.DataFrame({
        "Gap": gap,
        "What the thesis used": frame["thesis_used"].map(regions.with_display_names),
        "Why it is missing here": frame["why_missing"].map(regions.with_display_names),
        "What the book does instead": frame["book_instead"].map(regions.with_display_names),
    })
