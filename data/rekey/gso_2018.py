"""Re-key GSO English statistical tables (edition downloaded 2018) into tidy tables.

Run from the repository root: ``python data/rekey/gso_2018.py``. It needs the folder
``../shared/data-candidates/gso-2018-choisy`` (a byte-identical copy of the GSO
PX-Web exports); the book itself only reads the tidy CSV files it writes.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import pxweb  # noqa: E402
from analysis import regions  # noqa: E402

SRC = pxweb.CANDIDATES / "gso-2018-choisy"
OUT = HERE.parent
YEARS = range(2010, 2023)


def write(name: str, fields: list[str], rows: list[dict]) -> None:
    rows.sort(key=lambda r: tuple(str(r[f]) for f in fields[:-3]))
    with open(OUT / name, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{name}: {len(rows)} rows")


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


#: The province tables of :func:`province_indicators`: indicator, file, column filter,
#: unit, source id.
PROVINCE_TABLES = [
    ("area", "Population_and_Employment_Area__population_and_population_density_by_province.csv",
     "Area", "km2", "gso-area-province-2018"),
    ("poverty_rate", "Health__Culture_and_Living_Standard_Poverty_rate_by_province.csv",
     None, "percent", "gso-poverty-province-2018"),
    ("trained_worker_share",
     "Population_and_Employment_Percentage_of_trained_employed_workers_at_15_years_of_age_and_above_by_province.csv",
     None, "percent", "gso-trained-workers-province-2018"),
    ("labour_force",
     "Population_and_Employment_Labour_force_at_15_years_of_age_and_above_by_province.csv",
     None, "thousand persons", "gso-labour-force-province-2018"),
]


def province_indicators() -> list[dict]:
    """Area, poverty rate, share of trained workers and labour force, by province,
    GSO region and country: one GSO table each, one row per value."""
    rows = []
    for indicator, name, column, unit, source in PROVINCE_TABLES:
        _, cells = pxweb.read(SRC / name)
        for c in cells:
            if column is not None and column not in c.column:
                continue
            value = pxweb.number(c.raw)
            if value is None or c.year not in YEARS:
                continue
            rows.append({"indicator": indicator, "geo": regions.slug_for(c.row_label),
                         "year": c.year, "value": fmt(value), "unit": unit,
                         "status": "preliminary" if c.preliminary else "final",
                         "source": source})
    return rows


if __name__ == "__main__":
    write("income_by_quintile.csv", ["geo", "year", "quintile", "value", "status", "source"],
          income_by_quintile())
    write("population.csv", ["geo", "year", "vintage", "value", "status", "source"],
          population_pre_census())
    write("gini_gso.csv", ["geo", "year", "area", "value", "status", "source"], gini_by_region())
    write("province_indicators.csv",
          ["indicator", "geo", "year", "value", "unit", "status", "source"], province_indicators())
