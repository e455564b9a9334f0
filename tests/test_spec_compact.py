"""A chart's large dataset is written into the page as CSV text and reads back as it was."""
from __future__ import annotations

import json

import altair as alt

from analysis.charts.core import COMPACT_BYTES, compact, dataset_rows


def _spec(rows: list[dict]) -> dict:
    return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json",
            "datasets": {"big": rows, "small": [{"x": 0, "y": 0}]},
            "layer": [{"data": {"name": "small"}, "mark": "line",
                       "encoding": {"x": {"field": "x", "type": "quantitative"}}},
                      {"data": {"name": "big"}, "mark": "point",
                       "encoding": {"x": {"field": "share", "type": "quantitative"},
                                    "y": {"field": "year", "type": "ordinal"}}}]}


ROWS = [{"region": 'Red "River", Delta' if i % 7 == 0 else "Whole country", "year": 2010 + i % 7,
         "share": None if i % 11 == 0 else round(i * 0.000123, 6), "drawn": i % 2 == 0}
        for i in range(600)]


def test_a_large_flat_dataset_becomes_csv_and_reads_back_as_it_was():
    assert len(json.dumps(ROWS)) > COMPACT_BYTES
    spec = _spec(ROWS)
    out = compact(spec)
    assert isinstance(out["datasets"]["big"], str)
    assert len(out["datasets"]["big"]) < len(json.dumps(ROWS)) / 2
    assert out["layer"][1]["data"]["format"] == {
        "type": "csv", "parse": {"year": "number", "share": "number", "drawn": "boolean"}}
    assert dataset_rows(out, "big") == ROWS
    # the small dataset and its reference are left as they were
    assert out["datasets"]["small"] == [{"x": 0, "y": 0}]
    assert out["layer"][0]["data"] == {"name": "small"}
    assert spec["datasets"]["big"] is ROWS  # the spec itself is not changed
    # still a valid Vega-Lite spec
    alt.LayerChart.from_dict(out, validate=True)


def test_a_dataset_that_csv_cannot_carry_is_left_as_json():
    gap_in_text = [dict(r, region=None if i == 3 else r["region"]) for i, r in enumerate(ROWS)]
    assert compact(_spec(gap_in_text))["datasets"]["big"] == gap_in_text
    nested = [dict(r, extra=[1, 2]) for r in ROWS]
    assert compact(_spec(nested))["datasets"]["big"] == nested
