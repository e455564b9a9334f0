"""The quantities the book states, each with its identity, and the glue that prints them.

A number in the book's prose is a :class:`Quantity`: a value together with what it
measures (``indicator``), where (``geo``, a registry slug), when (``period``: a year
such as ``'2016'`` or a span such as ``'2014-2016'``) and on which ``basis`` (how it
was made: published or aggregated, vintage, denominator, price base, poverty
standard). Two numbers with the same identity are the same quantity and must be
equal wherever the book prints them; :func:`glue` writes the identity beside the
value into the executed notebook, and a test of the book reads every notebook and
fails when one identity carries two values.

Quantities come from one place each:

* :func:`at` reads a figure of a registered series (:mod:`analysis.data.series`): the
  published figure, or the province aggregate, with the series' method and vintage
  as its basis;
* the derived quantities (:func:`cagr`, :func:`change`, :func:`difference`,
  :func:`ratio`, :func:`above`, :func:`share`, :func:`elasticity`) are computed from
  other quantities by the formulas of :mod:`analysis.compute.indicators`, and name their
  identity from their inputs, so that two pages computing the same thing from the
  same figures state the same quantity, and two computed from different bases state
  two quantities whose basis says how they differ. A derived quantity refuses inputs
  of two vintages (a series is never spliced across a revision);
* the quantities of one topic that several pages state (the poverty elasticities,
  the insurance participant elasticities, a region's income against the country's,
  the deflator) have one function each below.

Why not a library: no package describes a statistic with its geography, period and
basis and carries that identity into notebook outputs; the rules are short and are
the book's own.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

import altair as alt
import pandas as pd

from .. import data
from ..charts.core import Spec
from ..compute import indicators
from ..data import regions, series

#: How a quantity's value reads: a level or a rate as it is (``level``), a ratio of two
#: figures (``ratio``, 1.46 times) or the same ratio as a percentage above the second
#: figure (``percent_above``, 46 % above). A ratio and its percentage form are one
#: quantity: :meth:`Quantity.canonical` turns both into the ratio.
FORMS = ("level", "ratio", "percent_above")

#: The key under which :func:`glue` writes a quantity's identity into the output's
#: metadata.
METADATA_KEY = "quantity"


@dataclass(frozen=True)
class Quantity:
    """A number the book states, with its identity (indicator, geo, period, basis)."""

    indicator: str
    geo: str
    period: str
    basis: str
    value: float
    unit: str = ""
    sources: tuple[str, ...] = ()
    status: str = "final"
    form: str = "level"
    scale: float = 1.0

    def __post_init__(self):
        if self.form not in FORMS:
            raise ValueError(f"form must be one of {FORMS}, got {self.form!r}")
        v = float(self.value)
        if not math.isfinite(v):
            raise ValueError(f"{self.indicator}, {self.geo}, {self.period}: the value is "
                             f"not a finite number ({self.value!r})")
        object.__setattr__(self, "value", v)
        object.__setattr__(self, "period", str(self.period))
        object.__setattr__(self, "sources", tuple(dict.fromkeys(self.sources)))

    @property
    def key(self) -> tuple[str, str, str, str]:
        """The identity: (indicator, geo, period, basis)."""
        return (self.indicator, self.geo, self.period, self.basis)

    def canonical(self) -> float:
        """The value in the quantity's canonical form: a percentage above as a ratio,
        a value shown in another unit (:meth:`scaled`) in the series' own unit."""
        v = 1.0 + self.value / 100.0 if self.form == "percent_above" else self.value
        return v / self.scale

    def __float__(self) -> float:
        return self.value

    def metadata(self) -> dict:
        """The identity, the value and the provenance, as :func:`glue` stores them."""
        return {"indicator": self.indicator, "geo": self.geo, "period": self.period,
                "basis": self.basis, "value": self.value, "canonical": self.canonical(),
                "form": self.form, "unit": self.unit, "sources": list(self.sources),
                "status": self.status}

    @property
    def tag(self) -> str:
        """A short name of the identity (:func:`tag_of`), by which a text that states
        several quantities marks each of its numbers (:func:`stated`)."""
        return tag_of(self.metadata())

    def scaled(self, factor: float, unit: str) -> "Quantity":
        """The same quantity in another unit (thousand persons as million persons:
        ``factor`` 0.001): the identity is unchanged, the unit is named, and
        :meth:`canonical` returns the value in the original unit."""
        if self.form != "level":
            raise ValueError("only a level is shown in another unit")
        return replace(self, value=self.value * factor, unit=unit, scale=self.scale * factor)


def tag_of(meta: dict) -> str:
    """The tag of a quantity from its metadata: the first ten hex digits of the SHA-1 of
    its identity."""
    import hashlib

    key = "\x1f".join(str(meta[k]) for k in ("indicator", "geo", "period", "basis"))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def stated(q: Quantity, shown: str) -> str:
    """A number of a glued MyST text that states several quantities, marked with the
    quantity it shows (the role ``{stated}``): the site links it to the quantity's
    identity among the text's ``states`` (:func:`glue`) and shows where it comes from.
    ``shown`` is the number as the text prints it."""
    if "`" in shown:
        raise ValueError(f"a stated number cannot hold a backtick: {shown!r}")
    return f"{{stated}}`{q.tag}:{shown}`"


def plain(text: str) -> str:
    """A glued text as it reads, each :func:`stated` number as its number alone."""
    return re.sub(r"\{stated\}`[0-9a-f]{10}:([^`]*)`", r"\1", text)


def _year_of(period: str) -> int:
    return int(str(period).split("-")[-1])


# --- reading a series ------------------------------------------------------------------

def _basis(row: dict) -> str:
    """A series row's basis: its method, and its vintage when it has one."""
    method = row.get("method") or "published"
    vintage = row.get("vintage") or ""
    return f"{method}; {vintage}" if vintage else method


def at(key: str, geo: str, year: int, vintage: str | None = None) -> Quantity:
    """The figure of series ``key`` for a geography and year (:func:`analysis.data.series.get`),
    as a quantity whose basis is the series' method and vintage. A year with no figure
    is an error naming the years there are; a year with figures of several vintages
    needs ``vintage``."""
    return _the_year(key, series.get(key, geo, vintage), geo, year, "")


def _the_year(key: str, frame: pd.DataFrame, geo: str, year: int, how: str) -> Quantity:
    """The one row of a series frame for a year, as a quantity; an error naming the years
    there are, or the vintages to choose from."""
    rows = frame[frame["year"] == int(year)]
    if rows.empty:
        have = sorted(int(y) for y in frame["year"].unique())
        raise ValueError(f"series {key} has no figure{how} for {geo} in {year}; "
                         f"years with one: {have or 'none'}")
    if len(rows) > 1:
        raise ValueError(f"series {key} has {len(rows)} figures for {geo} in {year} "
                         f"(vintages {sorted(rows['vintage'])}): name one")
    return of_row(key, rows.iloc[0].to_dict())


def of_row(key: str, row: dict) -> Quantity:
    """A row of :func:`analysis.data.series.get` for series ``key`` as a quantity (what
    :func:`at` returns for its geography and year)."""
    return Quantity(key, row["geo"], str(int(row["year"])), _basis(row), float(row["value"]),
                    unit=row["unit"], sources=tuple(str(row["source"]).split(";")),
                    status=row["status"] or "final")


def years(key: str, geo: str, vintage: str | None = None) -> list[int]:
    """The years in which series ``key`` has a figure for a geography."""
    return sorted(int(y) for y in series.get(key, geo, vintage)["year"].unique())


@dataclass(frozen=True)
class Record:
    """A series' figures for one geography over a span of years, summed up: the first
    and last year, the lowest and highest figure (each a quantity of its own year), and
    how many of the years are above zero."""

    first_year: int
    last_year: int
    lowest: Quantity
    highest: Quantity
    n_positive: int
    n_years: int


def record(key: str, geo: str, through: int | None = None,
           vintage: str | None = None) -> Record:
    """The :class:`Record` of series ``key`` for a geography, every year it has a figure
    up to ``through`` (all years when None)."""
    span = [y for y in years(key, geo, vintage) if through is None or y <= through]
    if not span:
        raise ValueError(f"{key} for {geo} has no figure up to {through}")
    figures = [at(key, geo, y, vintage) for y in span]
    return Record(span[0], span[-1], min(figures, key=lambda q: q.value),
                  max(figures, key=lambda q: q.value),
                  sum(q.value > 0 for q in figures), len(figures))


def by_year(key: str, geo: str = "whole-country", vintage: str | None = None) -> pd.Series:
    """One series of the book for one geography, as values indexed by year. A series
    with several vintages for the geography needs ``vintage`` (two vintages are never
    read as one series)."""
    frame = series.get(key, geo, vintage)
    if frame["vintage"].nunique() > 1:
        raise ValueError(f"{key} for {geo} has vintages {sorted(frame['vintage'].unique())}: "
                         "name one")
    return frame.set_index("year")["value"].rename(key)


# --- precision -----------------------------------------------------------------------------

#: Half a unit of the last digit the publishers print a quantity with: GSO and the thesis
#: print the Gini coefficient to three decimals, GSO its poverty and unemployment rates to
#: one and two decimals, its R5/R1 ratio to one. A change no larger than this is no
#: measurable change: it is not reported as a rise or a fall.
PRECISION = {
    "gini": 0.0005,
    "gini_gso": 0.0005,
    "a40": 0.0005,
    "r5_r1": 0.05,
    "r5_r1_gso": 0.05,
    "poverty_rate": 0.05,
    "unemployment_rate": 0.005,
    "income_gap": 0.5,
}


def direction(change: Quantity | float, precision: float, up: str = "rose",
              down: str = "fell", flat: str = "did not change measurably") -> str:
    """How a change reads at the precision of the published figures: ``up`` or ``down``
    when it exceeds ``precision`` (:data:`PRECISION`), ``flat`` otherwise."""
    v = float(change)
    if not math.isfinite(v):
        raise ValueError(f"the change must be a finite number, got {change!r}")
    if v > precision:
        return up
    if v < -precision:
        return down
    return flat


# --- derived quantities ------------------------------------------------------------------

def _same_series(a: Quantity, b: Quantity, what: str) -> None:
    if (a.indicator, a.geo) != (b.indicator, b.geo):
        raise ValueError(f"{what} needs two figures of one series and geography, got "
                         f"{a.indicator} for {a.geo} and {b.indicator} for {b.geo}")
    if a.basis != b.basis:
        raise ValueError(f"{what} of {a.indicator} for {a.geo}: the figures of {a.period} and "
                         f"{b.period} are on two bases ({a.basis!r} and {b.basis!r}); a series "
                         "is never joined across vintages or methods")
    if a.unit != b.unit:
        raise ValueError(f"{what} of {a.indicator}: two units ({a.unit!r}, {b.unit!r})")


def _status(*qs: Quantity) -> str:
    return "preliminary" if any(q.status == "preliminary" for q in qs) else "final"


def _span(a: Quantity, b: Quantity) -> str:
    return f"{a.period.split('-')[0]}-{b.period.split('-')[-1]}"


def cagr(first: Quantity, last: Quantity) -> Quantity:
    """Compound annual growth of one series between two years, in per cent a year
    (:func:`analysis.compute.indicators.cagr`)."""
    _same_series(first, last, "a growth rate")
    n = _year_of(last.period) - _year_of(first.period)
    return Quantity(f"{first.indicator}: growth a year", first.geo, _span(first, last),
                    first.basis, indicators.cagr(first.value, last.value, n), "% a year",
                    first.sources + last.sources, _status(first, last))


def change(first: Quantity, last: Quantity) -> Quantity:
    """Relative change of one series between two years, in per cent: 100 (b / a - 1)."""
    _same_series(first, last, "a change")
    if first.value <= 0:
        raise ValueError(f"{first.indicator}: a relative change from {first.value} is undefined")
    return Quantity(f"{first.indicator}: change", first.geo, _span(first, last), first.basis,
                    100.0 * (last.value / first.value - 1.0), "%",
                    first.sources + last.sources, _status(first, last))


def fold(first: Quantity, last: Quantity) -> Quantity:
    """How many times a series' figure of the first year its later figure is (2.4-fold)."""
    _same_series(first, last, "a growth factor")
    if first.value <= 0:
        raise ValueError(f"{first.indicator}: a growth factor from {first.value} is undefined")
    return Quantity(f"{first.indicator}: growth factor", first.geo, _span(first, last),
                    first.basis, last.value / first.value, "times",
                    first.sources + last.sources, _status(first, last))


def difference(first: Quantity, last: Quantity) -> Quantity:
    """Change of one series between two years in its own unit (points for a rate)."""
    _same_series(first, last, "a difference")
    unit = "percentage points" if first.unit.startswith(("%", "percent")) else first.unit
    return Quantity(f"{first.indicator}: difference", first.geo, _span(first, last),
                    first.basis, last.value - first.value, unit,
                    first.sources + last.sources, _status(first, last))


def _relation(a: Quantity, b: Quantity, name: str) -> tuple[str, str]:
    if a.period != b.period:
        raise ValueError(f"{name} of {a.indicator} compares {a.period} with {b.period}: "
                         "compare figures of one period")
    if a.unit != b.unit and name != "share":
        raise ValueError(f"{name} of {a.indicator} and {b.indicator}: two units "
                         f"({a.unit!r}, {b.unit!r})")
    other = b.indicator if b.indicator != a.indicator else ""
    indicator = f"{a.indicator} relative to {b.geo}" + (f" {other}" if other else "")
    basis = a.basis if a.basis == b.basis else f"{a.basis} | {b.geo}: {b.basis}"
    return indicator, basis


def ratio(a: Quantity, b: Quantity) -> Quantity:
    """``a`` as a multiple of ``b`` (1.46 times), same period and unit."""
    indicator, basis = _relation(a, b, "a ratio")
    if b.value <= 0:
        raise ValueError(f"a ratio to {b.indicator} = {b.value} is undefined")
    return Quantity(indicator, a.geo, a.period, basis, a.value / b.value, "times",
                    a.sources + b.sources, _status(a, b), form="ratio")


def above(a: Quantity, b: Quantity) -> Quantity:
    """``a`` as a percentage above (+) or below (-) ``b``: 100 (a / b - 1). The same
    quantity as :func:`ratio`, written another way."""
    r = ratio(a, b)
    return replace(r, value=100.0 * (r.value - 1.0), unit="% above", form="percent_above")


def share(part: Quantity, whole: Quantity) -> Quantity:
    """``part`` as a percentage of ``whole`` (a region's population as a share of the
    country's; insured persons over the labour force): 100 part / whole."""
    if part.unit != whole.unit:
        raise ValueError(f"a share needs one unit, got {part.unit!r} and {whole.unit!r}")
    indicator, basis = _relation(part, whole, "share")
    if whole.indicator == part.indicator:
        indicator = f"{part.indicator} share of {whole.geo}"
    else:
        indicator = f"{part.indicator} over {whole.indicator}"
    if whole.value <= 0:
        raise ValueError(f"a share of {whole.indicator} = {whole.value} is undefined")
    return Quantity(indicator, part.geo, part.period, basis, 100.0 * part.value / whole.value,
                    "%", part.sources + whole.sources, _status(part, whole))


def elasticity(y0: Quantity, y1: Quantity, x0: Quantity, x1: Quantity,
               name: str | None = None) -> Quantity:
    """Arc elasticity of y to x between two years, %Δy / %Δx
    (:func:`analysis.compute.indicators.elasticity`); ``name`` the indicator (default
    'elasticity of <y> to <x>')."""
    _same_series(y0, y1, "an elasticity")
    _same_series(x0, x1, "an elasticity")
    if (y0.period, y1.period) != (x0.period, x1.period):
        raise ValueError("an elasticity needs both series over the same period")
    value = indicators.elasticity(y0.value, y1.value, x0.value, x1.value)
    return Quantity(name or f"elasticity of {y0.indicator} to {x0.indicator}", y0.geo,
                    _span(y0, y1), f"{y0.basis} | {x0.indicator}: {x0.basis}", value, "",
                    y0.sources + y1.sources + x0.sources + x1.sources,
                    _status(y0, y1, x0, x1))


def value(indicator: str, geo: str, period, basis: str, number: float, unit: str = "",
          sources: tuple[str, ...] = (), status: str = "final",
          inputs: tuple[Quantity, ...] = ()) -> Quantity:
    """A quantity computed on a page from its own inputs (a count of provinces above a
    line, a correlation): the page names its identity. Made from other quantities
    (``inputs``), it carries their sources, in order and once each, after ``sources``,
    and is preliminary when one of them is."""
    for q in inputs:
        sources = tuple(sources) + tuple(s for s in q.sources if s not in sources)
    if any(q.status == "preliminary" for q in inputs):
        status = "preliminary"
    return Quantity(indicator, geo, str(period), basis, number, unit, tuple(sources), status)


# --- income inequality -------------------------------------------------------------------

def from_quintile_means(measure: str, geo: str, year: int) -> Quantity:
    """Gini, A40 or R5/R1 (``measure``) from GSO's own five published quintile means of
    a geography (the country, a GSO region, a province): not GSO's published Gini,
    which GSO computes from the household records, and not the pooled figure of the
    series ``gini``, ``a40``, ``r5_r1`` (:mod:`analysis.data.series`)."""
    if measure not in ("gini", "a40", "r5_r1"):
        raise ValueError(f"measure must be gini, a40 or r5_r1, got {measure!r}")
    result = data.income_inequality(geo, int(year), "published")
    unit = series.spec(measure).unit
    return Quantity(measure, geo, str(int(year)), "from GSO's five published quintile means",
                    result[measure], unit, ("gso-income-quintile-province-2018",))


# --- prices ------------------------------------------------------------------------------

def base_year() -> int:
    """The base year of GSO's constant prices, read from the price basis of the revised
    national accounts (``constant-2010``): one year for the whole book."""
    bases = {b for b in data.load("national_accounts")["price_basis"] if b.startswith("constant-")}
    if len(bases) != 1:
        raise ValueError(f"the national accounts have several constant-price bases: {sorted(bases)}")
    return int(bases.pop().split("-", 1)[1])


#: The one price index of the book: the implicit GDP deflator of GSO's revised national
#: accounts (National Summary Data Page), 2010 = 100. It is a price index of all output,
#: not of household spending (no consumer price index by year is among the tables); every
#: page that deflates uses it.
DEFLATOR = "implicit GDP deflator of GSO's revised national accounts (2010 = 100)"


def deflator(year: int) -> Quantity:
    """The implicit GDP deflator of a year: 100 × GDP at current prices / GDP at
    constant 2010 prices, both of GSO's revised series (:data:`DEFLATOR`)."""
    cur = at("gdp_current", "whole-country", year)
    const = at("gdp_constant_2010", "whole-country", year)
    return Quantity("gdp_deflator", "whole-country", str(int(year)),
                    f"{cur.basis}; 2010 = 100",
                    float(indicators.deflator(pd.Series({int(year): cur.value}),
                                              pd.Series({int(year): const.value}))[int(year)]),
                    "index (2010 = 100)", cur.sources + const.sources, _status(cur, const))


def real(q: Quantity) -> Quantity:
    """A figure at current prices of one year, in 2010 prices: value × 100 / the
    :func:`deflator` of its year."""
    d = deflator(_year_of(q.period))
    return Quantity(f"{q.indicator} at 2010 prices", q.geo, q.period,
                    f"{q.basis}; deflated by the {DEFLATOR}",
                    q.value * 100.0 / d.value, q.unit.replace("current prices", "2010 prices"),
                    q.sources + d.sources, _status(q, d))


def slowest_growth_years(n: int = 2) -> list[int]:
    """The ``n`` years of slowest real GDP growth since the base year (GSO's revised
    series), in order: the two years of the COVID-19 pandemic in the national accounts."""
    growth = indicators.growth_rate(by_year("gdp_constant_2010")).dropna()
    growth = growth[growth.index > base_year()]
    return sorted(int(y) for y in growth.nsmallest(n).index)


# --- poverty, income and insurance against growth ---------------------------------------

#: The prices an income is taken at in an elasticity of poverty to income.
PRICES = ("real", "current")


def _income(geo: str, year: int, prices: str) -> Quantity:
    if prices not in PRICES:
        raise ValueError(f"prices must be one of {PRICES}, got {prices!r}")
    q = at("income_per_capita", geo, year)
    return real(q) if prices == "real" else q


def poverty_elasticity(geo: str, start: int, end: int, prices: str = "real") -> Quantity:
    """Elasticity of GSO's general poverty rate to mean income per head between two
    survey years (thesis 2.3.3; %Δpoverty / %Δincome), income at 2010 prices
    (``prices='real'``, deflated by :func:`deflator`) or at current prices. A KER's
    rate and income are its provinces' figures weighted by population (the series
    engine)."""
    p0, p1 = at("poverty_rate", geo, start), at("poverty_rate", geo, end)
    return elasticity(p0, p1, _income(geo, start, prices), _income(geo, end, prices))


def poverty_elasticities(geos: list[str], periods=None) -> pd.DataFrame:
    """:func:`poverty_elasticity` for several geographies and periods, as a table for
    charts: geo, start, end, period, poverty at both ends (``y0``, ``y1``), real income
    at both ends (``x0``, ``x1``), their changes in per cent, the elasticity at 2010
    prices and at current prices, and its reading. ``periods`` defaults to the
    successive survey years each geography has; a period a geography lacks a figure
    for is left out."""
    rows = []
    for geo in geos:
        pov, inc = by_year("poverty_rate", geo), by_year("income_per_capita", geo)
        spans = periods or indicators.consecutive_periods(set(pov.index) & set(inc.index))
        for start, end in spans:
            if not {start, end} <= set(pov.index) & set(inc.index):
                continue
            e = poverty_elasticity(geo, start, end, "real")
            n = poverty_elasticity(geo, start, end, "current")
            y0, y1 = at("poverty_rate", geo, start), at("poverty_rate", geo, end)
            x0, x1 = _income(geo, start, "real"), _income(geo, end, "real")
            rows.append({"geo": geo, "start": int(start), "end": int(end),
                         "period": f"{start}-{end}", "y0": y0.value, "y1": y1.value,
                         "x0": x0.value, "x1": x1.value, "pct_y": change(y0, y1).value,
                         "pct_x": change(x0, x1).value, "elasticity": e.value,
                         "nominal_elasticity": n.value,
                         "reading": indicators.poverty_elasticity_reading(e.value)})
    return pd.DataFrame(rows)


#: GDP series a labour productivity can be computed with: the revised series at current
#: or constant prices, or GDP at current prices as published before the revision.
PRODUCTIVITY_GDP = ("gdp_current", "gdp_constant_2010", "gdp_current_gso")


def labour_productivity(year: int, vintage: str, gdp: str = "gdp_constant_2010") -> Quantity:
    """GDP over the employed persons of the Labour Force Survey (the annual mean of its
    quarters, survey basis ``vintage``), million VND per employed person (thesis
    2.3.2.1): :func:`analysis.compute.indicators.labour_productivity`."""
    if gdp not in PRODUCTIVITY_GDP:
        raise ValueError(f"gdp must be one of {PRODUCTIVITY_GDP}, got {gdp!r}")
    g = at(gdp, "whole-country", year)
    e = at("employed_lfs", "whole-country", year, vintage)
    return Quantity("labour productivity", "whole-country", str(int(year)),
                    f"{gdp} ({g.basis}) over employed persons ({vintage})",
                    indicators.labour_productivity(g.value, e.value),
                    "million VND per employed person", g.sources + e.sources, _status(g, e))


def gdp_per_head(year: int) -> Quantity:
    """The country's GDP at current prices (GSO's revised series) over its average
    population (the post-2019-census series), million VND per person: GSO's two national
    figures, divided by the book. The whole country's GRDP per head (series
    ``grdp_per_capita``) is another figure, its provinces' GRDP per head weighted by
    population, as the provinces' GRDP do not sum to GDP."""
    g = at("gdp_current", "whole-country", year)
    p = at("population", "whole-country", year, "post-2019-census")
    return value("gdp_per_head", "whole-country", int(year),
                 f"GDP at current prices ({g.basis}) over average population ({p.basis})",
                 indicators.per_head(g.value, p.value), "million VND per person, current prices",
                 inputs=(g, p))


#: The volume of output the insured persons are set against: GDP at constant 2010 prices
#: of GSO's 2018 edition, the edition of the insurance table (before the revision).
INSURED_GDP = "gdp_constant_gso"
SCHEMES = {"si": "social insurance", "hi": "health insurance", "ui": "unemployment insurance"}


def fund_balances(total: bool = False) -> pd.DataFrame:
    """Revenue and spending of the national insurance funds, scheme by scheme (social,
    health, unemployment insurance), in every year GSO prints both: columns ``scheme``
    (key), ``name``, ``year``, ``revenue``, ``spending`` (billion VND), ``balance``
    (revenue minus spending), ``cover`` (revenue as % of spending) and ``short`` (spending
    above revenue). The three schemes' total is not a scheme: it is added, as scheme
    ``insurance``, only with ``total``. Every page that counts the scheme-years in
    deficit counts these rows."""
    keys = list(SCHEMES) + (["insurance"] if total else [])
    rows = []
    for k in keys:
        for y in years(f"{k}_revenue", "whole-country"):
            rev = at(f"{k}_revenue", "whole-country", y).value
            spend = at(f"{k}_spending", "whole-country", y).value
            rows.append({"scheme": k, "name": SCHEMES.get(k, "all three schemes"),
                         "year": int(y), "revenue": rev, "spending": spend,
                         "balance": rev - spend, "cover": 100 * rev / spend,
                         "short": spend > rev})
    return pd.DataFrame(rows)


def insured_elasticity(scheme: str, start: int, end: int) -> Quantity:
    """Elasticity of the persons insured by a scheme (``si``, ``hi``, ``ui``) to real
    GDP between two years, whole country (thesis 2.3.1; %Δinsured / %ΔGDP), GDP at
    constant 2010 prices of the insurance table's edition (:data:`INSURED_GDP`)."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown scheme {scheme!r}; valid: {', '.join(SCHEMES)}")
    key = f"{scheme}_insured"
    return elasticity(at(key, "whole-country", start), at(key, "whole-country", end),
                      at(INSURED_GDP, "whole-country", start),
                      at(INSURED_GDP, "whole-country", end))


def insured_elasticity_years(scheme: str) -> list[int]:
    """The years :func:`insured_elasticity` can use: persons insured and GDP of the
    insurance table's edition (:data:`INSURED_GDP`, to 2016) both published; GSO's 2017
    participants have no GDP of that edition."""
    return sorted(set(years(f"{scheme}_insured", "whole-country"))
                  & set(years(INSURED_GDP, "whole-country")))


def insured_elasticities(scheme: str, periods=None) -> pd.DataFrame:
    """:func:`insured_elasticity` over periods (default: the successive years of the
    insurance table), as a table: start, end, period, span, insured and GDP at both
    ends, their changes in per cent and the elasticity."""
    ins, gdp = by_year(f"{scheme}_insured"), by_year(INSURED_GDP)
    spans = periods or indicators.consecutive_periods(set(ins.index) & set(gdp.index))
    table = indicators.changes(ins, gdp, spans)
    for i, r in table.iterrows():  # the one computation, checked against the table's
        q = insured_elasticity(scheme, int(r["start"]), int(r["end"]))
        if not math.isclose(q.value, r["elasticity"], rel_tol=1e-12):
            raise AssertionError(f"{scheme} {r['period']}: two computations disagree")
    return table


#: The two bases of GSO's labour-force survey: the definitions to 2020, and those of the
#: survey redefined in 2021 (a break: the two are never one series).
LFS_VINTAGES = ("lfs-2011-2020", "lfs-from-2021")


def survey_break(key: str = "labour_force_lfs") -> tuple[Quantity, Quantity]:
    """The last national figure of a labour-force-survey series on the old basis and the
    first on the new one (:data:`LFS_VINTAGES`): the two sides of the 2021 redefinition."""
    old, new = LFS_VINTAGES
    return (at(key, "whole-country", years(key, "whole-country", old)[-1], old),
            at(key, "whole-country", years(key, "whole-country", new)[0], new))


#: The population vintage a density takes: the one GSO published beside the area (the
#: 2018 edition's tables, before the 2019 census revision).
DENSITY_VINTAGE = "pre-2019-census"


def density(geo: str, year: int) -> Quantity:
    """Persons per km2: the average population (:data:`DENSITY_VINTAGE`) over the natural
    area, both of the same year."""
    pop, area = at("population", geo, year, DENSITY_VINTAGE), at("area", geo, year)
    return Quantity("population density", geo, str(int(year)),
                    f"average population ({DENSITY_VINTAGE}) over natural area",
                    1000 * pop.value / area.value, "persons per km2",
                    pop.sources + area.sources, _status(pop, area))


def urban_share(geo: str, year: int) -> Quantity:
    """Urban over urban plus rural average population (NSO, post-2019-census), each summed
    over the geography's provinces (a province is its own): one basis for a region and the
    country it is set against."""
    urban = from_provinces("urban_population", geo, year)
    rural = from_provinces("rural_population", geo, year)
    return Quantity("urban share", geo, str(int(year)),
                    "urban over urban plus rural average population, provinces summed "
                    "(post-2019-census)", 100 * urban.value / (urban.value + rural.value),
                    "% of the average population", urban.sources + rural.sources,
                    _status(urban, rural))


def weighted_over(key: str, weight: str, provinces: list[str], year: int, vintage: str,
                  name: str) -> Quantity:
    """Series ``key`` for a set of provinces that is no geography of the registry (a GSO
    region without a KER's provinces), named ``name``: the provinces' figures weighted by
    series ``weight`` of the same year and vintage, the rule by which the series builds a
    region (for productivity and employed persons, the set's GRDP over its employed)."""
    if not provinces:
        raise ValueError(f"{name}: no provinces to weight")
    values = [at(key, p, year, vintage) for p in provinces]
    weights = [at(weight, p, year, vintage) for p in provinces]
    total = sum(w.value for w in weights)
    return Quantity(key, name, str(int(year)), f"{vintage}; provinces weighted by {weight}",
                    sum(v.value * w.value for v, w in zip(values, weights)) / total,
                    values[0].unit, tuple(s for q in values + weights for s in q.sources),
                    _status(*values, *weights))


# --- figures printed by a provincial statistical yearbook ---------------------------------

def yearbook(indicator: str, geo: str, year: int) -> Quantity:
    """A figure as a province's statistical yearbook prints it (``yearbook_figures``), in
    the printed unit; its basis is the vintage the page states (an edition, and whether
    the GRDP series is the revised one). An indicator, geography or year the table does
    not hold is an error naming what it holds."""
    table = data.load("yearbook_figures")
    rows = table[(table["indicator"] == indicator) & (table["geo"] == geo)]
    if rows.empty:
        held = sorted(set(table.loc[table["geo"] == geo, "indicator"]))
        raise KeyError(f"yearbook_figures holds no {indicator!r} for {geo!r}; it holds: "
                       + ", ".join(held))
    row = rows[rows["year"] == int(year)]
    if len(row) != 1:
        raise KeyError(f"yearbook_figures: {indicator!r} for {geo!r} is printed for "
                       f"{sorted(rows['year'].astype(int))}, not once for {year}")
    r = row.iloc[0]
    return Quantity(indicator, geo, str(int(year)), f"printed by the yearbook; {r['vintage']}",
                    float(r["value"]), r["unit"], (r["source"],),
                    "preliminary" if r["status"] == "preliminary" else "final")


def yearbook_sum(indicators: list[str], name: str, geo: str, year: int) -> Quantity:
    """The sum of figures one yearbook page prints for a year (the sectors and the taxes
    on products of a GRDP table), named ``name``: the book's sum, on one vintage and unit
    (else an error)."""
    parts = [yearbook(i, geo, year) for i in indicators]
    if len({(q.basis, q.unit) for q in parts}) != 1:
        raise ValueError(f"{name}, {geo}, {year}: the parts are of several vintages or "
                         f"units: {sorted({(q.basis, q.unit) for q in parts})}")
    return Quantity(name, geo, str(int(year)), parts[0].basis + "; the printed parts summed",
                    sum(q.value for q in parts), parts[0].unit,
                    tuple(s for q in parts for s in q.sources), _status(*parts))


def from_provinces(key: str, geo: str, year: int, vintage: str | None = None) -> Quantity:
    """A geography's figure built from its provinces by the series' rule (sum or
    population-weighted mean), even where the publisher prints its own
    (:func:`analysis.data.series.from_provinces`); a province's own figure."""
    return _the_year(key, series.from_provinces(key, geo, vintage), geo, year,
                     " built from the provinces")


def relative(key: str, geo: str, year: int, reference: str = "whole-country",
             vintage: str | None = None, form: str = "ratio") -> Quantity:
    """A geography's figure of a series against a reference geography's figure of the same
    series and year, both on one basis: each built from its provinces by the series' rule
    (:func:`from_provinces`; a province is its own figure), so that a key economic region,
    which GSO does not publish, is set against a country computed the same way. As a ratio
    (``form='ratio'``, 1.46 times) or as a percentage above (``form='above'``, 46 %); the
    two forms are one quantity. The publisher's own figure of the reference, where it prints
    one, is :func:`at`."""
    a = from_provinces(key, geo, year, vintage)
    b = from_provinces(key, reference, year, vintage)
    if form == "ratio":
        return ratio(a, b)
    if form == "above":
        return above(a, b)
    raise ValueError(f"form must be 'ratio' or 'above', got {form!r}")


# --- insurance coverage and its target ------------------------------------------------------

#: The denominators of coverage computed from GSO's tables: persons insured (GSO's
#: insurance table) over GSO's labour force aged 15 and over for social and unemployment
#: insurance, over its average population for health insurance, both of the vintage before
#: the 2019 census revision (the vintage the insurance table's years have).
GSO_COVERAGE = {"si": "labour_force", "ui": "labour_force", "hi": "population"}
GSO_COVERAGE_VINTAGE = "pre-2019-census"


def gso_coverage(scheme: str, year: int) -> Quantity:
    """Coverage of a scheme computed from GSO's tables, whole country (:data:`GSO_COVERAGE`)."""
    if scheme not in GSO_COVERAGE:
        raise ValueError(f"unknown scheme {scheme!r}; valid: {', '.join(GSO_COVERAGE)}")
    return share(at(f"{scheme}_insured", "whole-country", year),
                 at(GSO_COVERAGE[scheme], "whole-country", year, GSO_COVERAGE_VINTAGE))


def gso_coverage_years(scheme: str) -> list[int]:
    """The years :func:`gso_coverage` has: those of both its tables."""
    return sorted(set(years(f"{scheme}_insured", "whole-country"))
                  & set(years(GSO_COVERAGE[scheme], "whole-country", GSO_COVERAGE_VINTAGE)))


def pace(first: Quantity, last: Quantity) -> Quantity:
    """Change of a rate per year between two dates, in points a year (the same basis)."""
    if first.basis != last.basis:
        raise ValueError(f"a pace between two bases ({first.basis!r}, {last.basis!r})")
    years = _year_of(last.period) - _year_of(first.period)
    if years <= 0:
        raise ValueError(f"a pace needs a later second date: {first.period}, {last.period}")
    return Quantity(f"{first.indicator}: change a year", first.geo, _span(first, last),
                    first.basis, (last.value - first.value) / years, "points a year",
                    first.sources + last.sources, _status(first, last))


def pace_to_target(latest: Quantity, target: Quantity) -> Quantity:
    """Points a year needed to go from ``latest`` to ``target`` (same basis):
    :func:`analysis.compute.indicators.pace_to_target`."""
    if latest.basis != target.basis:
        raise ValueError(f"a target on another basis ({latest.basis!r}, {target.basis!r})")
    value = indicators.pace_to_target(latest.value, _year_of(latest.period), target.value,
                                      _year_of(target.period))
    return Quantity(f"{latest.indicator}: change a year needed for the target", latest.geo,
                    _span(latest, target), latest.basis, value, "points a year",
                    latest.sources + target.sources)


# --- glue: the number and its identity into the notebook --------------------------------

def glue(name: str, item, states: list[Quantity] | tuple = ()) -> None:
    """Glue a number, a text, a table or a chart under ``name`` for the page's prose
    (myst-nb ``{glue:text}``, ``{glue:md}``, ``{glue:}``), not displayed.

    A :class:`Quantity` is glued as its value (a plain float, so that the prose's
    format spec applies) with its identity in the output's metadata (key
    :data:`METADATA_KEY`); a test of the book reads it. A plain integer (a year, a
    count) or a text is glued as it is; a text or a table that prints quantities
    lists them in ``states`` (stored under ``METADATA_KEY + '_list'``). A plain float
    is refused: every fractional number the book prints has an identity.
    """
    import IPython
    from IPython.display import display
    from myst_nb.ext.glue import GLUE_PREFIX

    if hasattr(item, "item") and not isinstance(item, (str, bytes)):
        try:
            item = item.item()  # numpy scalar
        except (TypeError, ValueError):
            pass
    if isinstance(item, float):
        raise TypeError(f"glue {name!r}: a fractional number needs its identity; glue a "
                        "Quantity (analysis.pages.quantities)")
    if isinstance(item, alt.TopLevelMixin):
        item = Spec.of(item)  # drawn by the book's renderer, as Altair would
    metadata = {"scrapbook": {"name": name, "mime_prefix": GLUE_PREFIX}}
    if isinstance(item, Quantity):
        bundle = {"text/plain": repr(item.value)}
        metadata[METADATA_KEY] = item.metadata()
    else:
        bundle, extra = IPython.core.formatters.format_display_data(item)
        metadata.update(extra)
    if states:
        metadata[METADATA_KEY + "_list"] = [q.metadata() for q in states]
    display({GLUE_PREFIX + k: v for k, v in bundle.items()}, raw=True, metadata=metadata)
