"""One rounding for every printed figure: a half goes up, away from zero, reading a
value as it prints (GSO's 11,114.5 km² is 11,115 to the unit, not Python's half-to-even
11,114), in the prose a notebook composes, in glued numbers and in tables."""
import pytest

from analysis.charts.tables import html_table
from analysis.compute.text import formatted, number

import pandas as pd


@pytest.mark.parametrize("value, decimals, shown", [
    (11114.5, 0, "11,115"),   # half to even would print 11,114
    (2.675, 2, "2.68"),       # the binary value lies below the half: format gives 2.67
    (0.25, 1, "0.3"),
    (-2.5, 0, "-3"),          # away from zero
    (-0.04, 1, "0.0"),        # no "-0.0"
    (4118, 0, "4,118"),
    (39.0, None, "39"),
])
def test_number_rounds_a_half_up(value, decimals, shown):
    assert number(value, decimals) == shown


@pytest.mark.parametrize("value, spec, shown", [
    (11114.5, ",.0f", "11,115"),
    (11114.5, ".0f", "11115"),
    (0.125, ".2%", "12.50%"),
    (0.0125, ".1%", "1.3%"),
    (3.455, "+.2f", "+3.46"),
    (-0.0001, "+.2f", "+0.00"),
    (12345, ",", "12,345"),
    (12345.5, ",", "12,345.5"),
    ("text", "s", "text"),
    (7, "d", "7"),
])
def test_formatted_is_format_with_the_one_rounding(value, spec, shown):
    assert formatted(value, spec) == shown


def test_a_table_cell_rounds_as_the_prose():
    table = html_table(pd.DataFrame({"area": [11114.5]}), formats={"area": "{:,.0f}"})
    assert "<td class=\"num\">11,115</td>" in table.data


def test_no_page_formats_a_figure_with_pythons_rounding():
    """A figure a page prints goes through :func:`number` or :func:`formatted`: no
    f-string field with a fixed-point or percentage spec (``{x:.1f}``) is left in the
    notebooks or in the layers that write what pages state (the site layer's logs
    apart)."""
    import re
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    field = re.compile(r"\{[^{}:\n]+:[+,]*\.(?:\d|\{\w+\})[f%]\}")
    files = sorted(root.glob("book/**/*.md")) + sorted(
        p for layer in ("compute", "data", "charts", "pages")
        for p in (root / "analysis" / layer).rglob("*.py"))
    found = [f"{p.relative_to(root)}:{i}: {line.strip()}" for p in files
             for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if field.search(line)]
    assert found == [], "figures formatted by Python's rounding:\n" + "\n".join(found)
