"""Re-key GSO English statistical tables (edition downloaded 2018) into tidy tables.

Run from the repository root: ``python -m rekey.gso_2018``. It needs the folder
``../shared/data-candidates/gso-2018-choisy`` (a byte-identical copy of the GSO
PX-Web exports); the book itself only reads the tidy CSV files it writes.
"""
from __future__ import annotations

from analysis.data import regions
from rekey import pxweb
from rekey.common import write_table

SRC = pxweb.CANDIDATES / "gso-2018-choisy"
YEARS = range(2010, 2023)


def write(name: str, fields: list[str], rows: list[dict]) -> None:
    """A table sorted on its columns but the last three (value, status, source)."""
    write_table(name, fields, rows, sort=lambda r: tuple(str(r[f]) for f in fields[:-3]))


def fmt(value: float) -> str:
    return f"{value:g}" if value == int(value) else repr(value)


def income_by_quintile() -> list[dict]:
    path = SRC / ("Health__Culture_and_Living_Standard_Monthly_average_income_per_capita_"
                  "at_current_prices_by_income_quintile_and_by_province.csv")
    _, cells = pxweb.read(path)
    rows = []
    for c in cells:
        value = pxweb.number(c.raw)
        if value is None or c.year not in YEARS:
            continue
        group = c.column.split(" ", 1)[1]
        quintile = 0 if group == "General average" else int(group.rsplit(" ", 1)[1])
        rows.append({"geo": regions.slug_for(c.row_label), "year": c.year, "quintile": quintile,
                     "value": fmt(value), "status": "preliminary" if c.preliminary else "final",
                     "source": "gso-income-quintile-province-2018"})
    return rows


def population_pre_census() -> list[dict]:
    path = SRC / "Population_and_Employment_Average_population_by_province.csv"
    _, cells = pxweb.read(path)
    rows = []
    for c in cells:
        if not c.column.startswith("Total") or c.year not in YEARS:
            continue
        value = pxweb.number(c.raw)
        if value is None:
            continue
        rows.append({"geo": regions.slug_for(c.row_label), "year": c.year,
                     "vintage": "pre-2019-census", "value": fmt(value),
                     "status": "preliminary" if c.preliminary else "final",
                     "source": "gso-average-population-province-2018"})
    return rows


def gini_by_region() -> list[dict]:
    path = SRC / "Health__Culture_and_Living_Standard_Index_of_income_inequality_distribution__GINI_index_.csv"
    _, cells = pxweb.read(path)
    rows = []
    for c in cells:
        value = pxweb.number(c.raw)
        if value is None or c.year not in YEARS:
            continue
        label = c.row_label.strip()
        area = label.lower() if label in ("Urban", "Rural") else "total"
        geo = "whole-country" if area != "total" else regions.slug_for(label)
        rows.append({"geo": geo, "year": c.year, "area": area, "value": fmt(value),
                     "status": "preliminary" if c.preliminary else "final",
                     "source": "gso-gini-2018"})
    return rows


def area_by_province() -> list[dict]:
    """Natural area (km2) by province, GSO region and country, 2011-2016."""
    path = SRC / "Population_and_Employment_Area__population_and_population_density_by_province.csv"
    _, cells = pxweb.read(path)
    rows = []
    for c in cells:
        if "Area" not in c.column or c.year not in YEARS:
            continue
        value = pxweb.number(c.raw)
        if value is None:
            continue
        rows.append({"geo": regions.slug_for(c.row_label), "year": c.year, "value": fmt(value),
                     "status": "preliminary" if c.preliminary else "final",
                     "source": "gso-area-province-2018"})
    return rows


if __name__ == "__main__":
    write("income_by_quintile.csv", ["geo", "year", "quintile", "value", "status", "source"],
          income_by_quintile())
    write("population.csv", ["geo", "year", "vintage", "value", "status", "source"],
          population_pre_census())
    write("gini_gso.csv", ["geo", "year", "area", "value", "status", "source"], gini_by_region())
    write("area.csv", ["geo", "year", "value", "status", "source"], area_by_province())
