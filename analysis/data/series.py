"""One way to ask for any indicator of the book, for any geography.

Every indicator the book shows for a region is a *series*: a key (``population``,
``gini``, ``poverty_rate`` ...), a title, a unit, the thesis component it belongs
to, and a reader that returns the figures the publisher printed. :func:`get`
returns a series for a geography:

* for each year (and vintage) in which the publisher prints the geography itself,
  its figure (method ``published``);
* for the other years, when the series can be aggregated and *every* member
  province has a figure for the year (and vintage), the aggregate of the provinces
  (method ``sum of N provinces`` or ``weighted by <weight> over N provinces``): GSO
  prints the country's income per head to 2016, its provinces' to 2018; a year in
  which one member lacks a figure is left out, never filled;
* otherwise nothing: an empty frame, which pages turn into a sentence.

The frame always has the columns of :data:`COLUMNS`: ``geo, year, value, unit,
vintage, source, status, method``. ``vintage`` is the publisher's revision the
figures belong to (e.g. the population before or after the 2019 census revision;
``""`` when there is only one).

Registering a series
    Add a :class:`Series` to :data:`SERIES` with :func:`register`. ``read`` returns
    the published rows as a frame with at least ``geo, year, value, source``
    (``vintage`` and ``status`` optional; ``method`` when the figure is derived from
    published ones, e.g. an annual mean of quarters). ``aggregate`` says how provinces add up
    to a region: ``"sum"`` (stocks and flows), ``"weighted"`` (a rate or a mean,
    weighted by the series named in ``weight``, e.g. ``population``), ``"none"``
    (cannot be added up: Gini, a province's growth rate), or ``"custom"`` with a
    ``compute(geo)`` function (quintile indicators recomputed from pooled groups).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import pandas as pd

from . import regions, store, tables

COLUMNS = ["geo", "year", "value", "unit", "vintage", "source", "status", "method"]

#: The groups of indicators, in the order pages show them: the thesis's five components of
#: social security (:data:`THESIS_COMPONENTS`) and the book's own groups for the context
#: the thesis describes in prose (:data:`BOOK_GROUPS`).
COMPONENTS = {
    "population": "Population and growth",
    "growth": "Growth and structure",
    "inequality": "Income and inequality",
    "insurance": "Social insurance",
    "labour": "Labour and employment",
    "assistance": "Social assistance and poverty",
    "services": "Basic social services",
    "preferential": "Preferential treatment",
}
#: The thesis's five components of social security.
THESIS_COMPONENTS = ("insurance", "labour", "assistance", "services", "preferential")
#: The book's own groups: population, growth and inequality are context in the thesis,
#: not components of social security.
BOOK_GROUPS = ("population", "growth", "inequality")
assert set(THESIS_COMPONENTS) | set(BOOK_GROUPS) == set(COMPONENTS)

AGGREGATES = ("sum", "weighted", "none", "custom")

#: Which vintage of a weight series weights a rate, when a year has several: the
#: population as published before the 2019 census revision where it exists
#: (2010-2016: the figures the surveys of those years were weighted with), the
#: revised one for later years.
WEIGHT_VINTAGES = ("pre-2019-census", "post-2019-census")


class UnknownSeries(KeyError):
    """A series key that is not registered (the message lists the valid keys)."""

    def __str__(self) -> str:  # KeyError quotes its message; keep it readable
        return self.args[0]


@dataclass(frozen=True)
class Series:
    key: str
    title: str
    unit: str
    component: str
    read: Callable[[], pd.DataFrame] | None
    aggregate: str = "none"
    weight: str | None = None
    compute: Callable[[str], pd.DataFrame] | None = None
    description: str = ""
    notes: str = ""
    digits: int = 1
    extra: dict = field(default_factory=dict)

    def __post_init__(self):
        if self.aggregate not in AGGREGATES:
            raise ValueError(f"series {self.key}: aggregate must be one of {AGGREGATES}")
        if self.component not in COMPONENTS:
            raise ValueError(f"series {self.key}: component must be one of {list(COMPONENTS)}")
        if self.aggregate == "weighted" and not self.weight:
            raise ValueError(f"series {self.key}: a weighted series needs a weight series")
        if self.aggregate == "custom" and self.compute is None:
            raise ValueError(f"series {self.key}: a custom series needs a compute function")
        if self.aggregate != "custom" and self.read is None:
            raise ValueError(f"series {self.key}: a series needs a reader")


SERIES: dict[str, Series] = {}


def register(series: Series) -> Series:
    if series.key in SERIES:
        raise ValueError(f"series {series.key} registered twice")
    SERIES[series.key] = series
    return series


def keys(component: str | None = None) -> list[str]:
    """Registered series keys, in registration order (optionally of one component)."""
    return [k for k, s in SERIES.items() if component is None or s.component == component]


def spec(key: str) -> Series:
    try:
        return SERIES[key]
    except KeyError:
        raise UnknownSeries(f"unknown series {key!r}; valid keys are: {', '.join(SERIES)}") \
            from None


def info(key: str) -> dict:
    """Title, unit, component, aggregation rule and sources of a series."""
    s = spec(key)
    published = _published(key)
    return {"key": s.key, "title": s.title, "unit": s.unit, "component": s.component,
            "component_title": COMPONENTS[s.component], "aggregate": s.aggregate,
            "weight": s.weight, "description": s.description, "notes": s.notes,
            "digits": s.digits,
            "sources": sorted(published["source"].unique()) if len(published) else []}


def _read_published(key: str) -> pd.DataFrame:
    s = spec(key)
    if s.read is None:  # computed for every geography
        parts = [s.compute(g.slug) for g in regions.all_geographies()]
        parts = [p for p in parts if len(p)]
        return (pd.concat(parts, ignore_index=True) if parts
                else pd.DataFrame(columns=COLUMNS))
    frame = s.read().copy()
    missing = {"geo", "year", "value", "source"} - set(frame.columns)
    if missing:
        raise ValueError(f"series {key}: reader returns no column(s) {sorted(missing)}")
    if "vintage" not in frame:
        frame["vintage"] = ""
    if "status" not in frame:
        frame["status"] = "final"
    frame["vintage"] = frame["vintage"].fillna("").astype(str)
    frame["status"] = frame["status"].fillna("").astype(str)
    frame["year"] = frame["year"].astype(int)
    frame["value"] = frame["value"].astype(float)
    frame = frame.dropna(subset=["value"])
    frame["unit"] = s.unit
    # a reader may say how a figure was derived from the published ones
    frame["method"] = frame["method"].fillna("published") if "method" in frame else "published"
    return frame[COLUMNS].sort_values(["geo", "vintage", "year"]).reset_index(drop=True)


def data_stamp() -> tuple:
    """The version of the data files (:func:`analysis.data.tables.data_version`): every
    cache of the series is made again when it changes."""
    return tables.data_version()


def _published(key: str) -> pd.DataFrame:
    return tables.cached(("published", key), data_stamp(), lambda: _read_published(key))


def _published_for(key: str, geo: str) -> pd.DataFrame:
    """The published rows of one geography (an empty frame when it has none)."""
    by_geo = tables.cached(("published-by-geo", key), data_stamp(),
                           lambda: dict(tuple(_published(key).groupby("geo", sort=False))))
    return by_geo.get(geo, _EMPTY)


_EMPTY = pd.DataFrame(columns=COLUMNS)


def _with_weights(rows: pd.DataFrame, weight: str) -> pd.DataFrame:
    """The rows of a rate with the weight of the same province and year: of the rate's
    own vintage when the weight has it (a revised rate by the revised weight), else the
    vintage of :data:`WEIGHT_VINTAGES` that comes first (stated in the method)."""
    weights = _published(weight)[["geo", "year", "vintage", "value"]].rename(
        columns={"value": "weight", "vintage": "weight_vintage"})
    rank = {v: i for i, v in enumerate(WEIGHT_VINTAGES)}
    first = (weights.assign(_rank=weights["weight_vintage"].map(rank).fillna(len(rank)))
             .sort_values("_rank").drop_duplicates(["geo", "year"], keep="first"))
    same = rows.merge(weights, left_on=["geo", "year", "vintage"],
                      right_on=["geo", "year", "weight_vintage"], how="inner")
    other = rows[~rows["vintage"].isin(set(weights["weight_vintage"]))].merge(
        first[["geo", "year", "weight", "weight_vintage"]], on=["geo", "year"], how="inner")
    return pd.concat([same, other], ignore_index=True)


def _aggregate(key: str, geo: str, vintage: str | None) -> pd.DataFrame:
    s = spec(key)
    members = [p.slug for p in regions.members(geo)]
    rows = _published(key)
    rows = rows[rows["geo"].isin(members)]
    if vintage is not None:
        rows = rows[rows["vintage"] == vintage]
    if rows.empty:
        return pd.DataFrame(columns=COLUMNS)
    if s.aggregate == "weighted":
        rows = _with_weights(rows, s.weight)
    out = []
    for (year, vint), g in rows.groupby(["year", "vintage"], sort=True):
        if set(g["geo"]) != set(members):
            continue  # a member lacks a figure that year: no aggregate
        if s.aggregate == "sum":
            value = g["value"].sum()
            method = f"sum of {len(members)} provinces"
        else:
            value = (g["value"] * g["weight"]).sum() / g["weight"].sum()
            wv = g["weight_vintage"].iloc[0]
            method = (f"weighted by {spec(s.weight).title.lower()}"
                      + (f" ({wv})" if wv else "") + f" over {len(members)} provinces")
        status = "preliminary" if (g["status"] == "preliminary").any() else "final"
        out.append({"geo": geo, "year": int(year), "value": float(value), "unit": s.unit,
                    "vintage": vint, "source": ";".join(sorted(set(g["source"]))),
                    "status": status, "method": method})
    return pd.DataFrame(out, columns=COLUMNS)


def from_provinces(key: str, geo: str, vintage: str | None = None) -> pd.DataFrame:
    """A geography's figures built from its provinces by the series' rule (sum or
    population-weighted mean), even where the publisher prints its own: the figures a
    comparison of two geographies takes on one basis. A province is its own figure."""
    s = spec(key)
    place = regions.get(geo)
    if place.is_province:
        return get(key, geo, vintage)
    if s.aggregate not in ("sum", "weighted"):
        return get(key, geo, vintage)
    return _stored(key, "provinces", f"{key}|{geo}|{vintage}",
                   lambda: _aggregate(key, geo, vintage))


def _stored(key: str, kind: str, name: str, make):
    """``make()`` through the store of derived values when the series' definition is part
    of the store's version (its functions live in the data or compute layer, as the
    catalogue's do); a series registered elsewhere (in a notebook, a test) is made afresh,
    as the store could not tell its versions apart."""
    s = spec(key)
    hashed = all(getattr(f, "__module__", "").startswith(("analysis.data.", "analysis.compute."))
                 for f in (s.read, s.compute) if f is not None)
    return store.get_or_make(kind, name, make) if hashed else make()


def get(key: str, geo: str | list[str] | None = None, vintage: str | None = None) -> pd.DataFrame:
    """A series for one geography, several, or (``geo=None``) every geography the
    publisher prints. See the module docstring for the rules."""
    if geo is None:
        frame = _published(key)
        if vintage is not None:
            frame = frame[frame["vintage"] == vintage]
        return frame.reset_index(drop=True)
    geos = [geo] if isinstance(geo, str) else list(geo)
    for g in geos:
        regions.get(g)  # an unknown slug raises with the valid ones
    if vintage is None:
        parts = _every_geography(key).parts(geos)
    else:
        parts = [_stored(key, "series", f"{key}|{g}|{vintage}",
                         lambda: _for_geo(key, g, vintage)) for g in geos]
    parts = [part for part in parts if len(part)]
    if not parts:
        return pd.DataFrame(columns=COLUMNS)
    return pd.concat(parts, ignore_index=True)


@dataclass
class _Geographies:
    """A series' figures for every geography (:func:`_for_geo`), held as one frame and
    the rows of each geography: one value to store and read back, where one frame per
    geography cost a page a third of a second of unpickling. A series whose frames do not
    share their columns and types keeps one frame per geography."""
    whole: pd.DataFrame | None
    rows: dict[str, tuple[int, int]]
    apart: dict[str, pd.DataFrame]

    @classmethod
    def of(cls, frames: dict[str, pd.DataFrame]) -> "_Geographies":
        kept = {g: f for g, f in frames.items() if len(f)}
        if not kept:
            return cls(None, {}, {})
        first = next(iter(kept.values()))
        if any(list(f.columns) != list(first.columns) or list(f.dtypes) != list(first.dtypes)
               for f in kept.values()):
            return cls(None, {}, kept)
        rows, start = {}, 0
        for g, f in kept.items():
            rows[g] = (start, start + len(f))
            start += len(f)
        return cls(pd.concat(kept.values(), ignore_index=True), rows, {})

    def parts(self, geos: list[str]) -> list[pd.DataFrame]:
        if self.whole is None:
            return [self.apart[g] for g in geos if g in self.apart]
        return [self.whole.iloc[self.rows[g][0]:self.rows[g][1]] for g in geos
                if g in self.rows]


def _every_geography(key: str) -> _Geographies:
    geos = [g.slug for g in regions.all_geographies()]
    return _stored(key, "series", key,
                   lambda: _Geographies.of({g: _for_geo(key, g, None) for g in geos}))


def derive(keys: list[str]) -> None:
    """Make the figures :func:`get` serves of each series of ``keys`` for every
    geography, into the store of derived values. The build splits the series among its
    workers before the notebooks run (:func:`to_derive`), so that the notebooks read
    what one process made, rather than make it several times at once."""
    for key in keys:
        _every_geography(key)


def to_derive() -> list[str]:
    """The series :func:`derive` has yet to make for this version of the data and code:
    none once it made them all (:func:`derived`)."""
    return [] if store.all_made("series") else keys()


def derived() -> None:
    """Record that every series is made for every geography (after :func:`derive`)."""
    store.mark_all_made("series")


def _for_geo(key: str, geo: str, vintage: str | None) -> pd.DataFrame:
    """The figures of one series for one geography (what :func:`get` serves, from the
    store of derived values when it has them)."""
    s = spec(key)
    if s.aggregate == "custom":
        part = s.compute(geo)
        if vintage is not None and len(part):
            part = part[part["vintage"] == vintage]
    else:
        part = _published_for(key, geo)
        if vintage is not None:
            part = part[part["vintage"] == vintage]
        if s.aggregate in ("sum", "weighted") and not regions.get(geo).is_province:
            # the publisher's figure where it prints one for the year and vintage, the
            # provinces' aggregate for the other years (GSO's 2018 income by province
            # has no national or regional figure)
            built = _aggregate(key, geo, vintage)
            have = set(zip(part["year"], part["vintage"]))
            extra = built[[(y, v) not in have for y, v in zip(built["year"], built["vintage"])]]
            part = pd.concat([part, extra], ignore_index=True) if len(part) else extra
    return part[COLUMNS].reset_index(drop=True) if len(part) else pd.DataFrame(columns=COLUMNS)


def latest(key: str, geo: str, vintage: str | None = None) -> dict | None:
    """The most recent figure of a series for a geography (a row as a dict), or None."""
    frame = get(key, geo, vintage)
    if frame.empty:
        return None
    return frame.sort_values(["year", "vintage"]).iloc[-1].to_dict()


def coverage(geos: list[str] | None = None) -> pd.DataFrame:
    """For every series and geography: first and last year, number of years, and
    whether the figures are published or aggregated (from the store of derived values
    once made for this version of the data)."""
    if geos is None:
        geos = [g.slug for g in regions.all_geographies()]
    return store.get_or_make("coverage", "|".join(geos), lambda: _coverage(geos)).copy()


def _coverage(geos: list[str]) -> pd.DataFrame:
    rows = []
    for key in SERIES:
        for g in geos:
            frame = get(key, g)
            if frame.empty:
                rows.append({"key": key, "geo": g, "first": None, "last": None, "years": 0,
                             "year_list": "", "method": ""})
                continue
            years = sorted(frame["year"].unique())
            methods = sorted(set(m if m == "published" else
                                 "pooled" if m.startswith("pooled") else "aggregated"
                                 for m in frame["method"]))
            rows.append({"key": key, "geo": g, "first": int(years[0]), "last": int(years[-1]),
                         "years": len(years), "year_list": " ".join(str(y) for y in years),
                         "method": ", ".join(methods)})
    return pd.DataFrame(rows)


# The book's series are registered by the catalogue (imported last: it uses the engine).
from . import catalogue  # noqa: E402,F401
