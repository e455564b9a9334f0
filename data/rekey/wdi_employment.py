"""Re-key the World Bank's employment in agriculture for Viet Nam (WDI, SL.AGR.EMPL.ZS,
ILO modelled estimate) into ``data/wb_employment.csv``.

Run from the repository root: ``python data/rekey/wdi_employment.py``. It needs
``../shared/data-candidates/wb-wdi-vnm-dragonfly`` (raw World Bank Indicators API
responses, last updated 2025-10-07); the book reads only the tidy CSV it writes.
Values are kept as the API gives them (years with no value are left out).
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pxweb  # noqa: E402

SRC = pxweb.CANDIDATES / "wb-wdi-vnm-dragonfly"
OUT = HERE.parent / "wb_employment.csv"
FIELDS = ["indicator", "geo", "year", "value", "unit", "source"]
SERIES = {"SL.AGR.EMPL.ZS": ("wb_ilo_agriculture_employment.json", "wb-wdi-agriculture-employment")}


def rows() -> list[dict]:
    out = []
    for code, (name, source) in SERIES.items():
        meta, records = json.loads((SRC / name).read_text(encoding="utf-8"))
        for r in records:
            if r["indicator"]["id"] != code or r["countryiso3code"] != "VNM":
                raise SystemExit(f"{name}: unexpected record {r['indicator']['id']} "
                                 f"{r['countryiso3code']}")
            if r["value"] is None or not 2010 <= int(r["date"]) <= 2022:
                continue
            out.append({"indicator": code, "geo": "whole-country", "year": int(r["date"]),
                        "value": repr(float(r["value"])), "unit": "percent", "source": source})
    out.sort(key=lambda r: (r["indicator"], r["year"]))
    return out


if __name__ == "__main__":
    table = rows()
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    print(f"{OUT.name}: {len(table)} rows")
