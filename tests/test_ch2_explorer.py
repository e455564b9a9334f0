"""The Lorenz-curve explorer of Chapter 2 works in a reader's browser: it renders with
five sliders, opens at the values the chapter states, and moving a slider changes the
Gini, A40 and R5/R1 it shows.

Needs the site (``make book``; ``make test`` builds it first) and Debian's chromium.
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from analysis import data
from analysis.compute import indicators
from support.browser import Browser, serve

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "_build" / "html"
PAGE = "book/ch2-theory.html"

READOUT = """JSON.stringify([...document.querySelectorAll('.ssker-chart svg text')]
  .map(t => t.textContent).filter(t => /^(Gini|A40|R5\\/R1)/.test(t)))"""


def set_slider(name: str, value: float) -> str:
    return f"""(() => {{
      const input = document.querySelector('.ssker-chart input[type=range][name={name}]');
      input.value = {value};
      input.dispatchEvent(new Event('input', {{bubbles: true}}));
      return input.value;
    }})()"""


def numbers(texts: list[str]) -> dict[str, float]:
    out = {}
    for text in texts:
        key = text.split(",")[0].split(" ")[0]
        value = re.findall(r"(\d+(?:\.\d+)?)%?$", text)[0]
        out[key] = float(value)
    return out


@pytest.fixture(scope="module")
def page():
    if not (SITE / PAGE).exists():
        raise RuntimeError("the site is not built: run `make book` first")
    server, base = serve(SITE)
    browser = Browser()
    try:
        tab = browser.new_page()
        tab.goto(f"{base}/{PAGE}", wait_until="load")

        def evaluate(expression: str):
            return browser.evaluate(tab, expression)

        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if evaluate("document.querySelectorAll('.ssker-chart input[type=range]').length") == 5 \
                    and len(json.loads(evaluate(READOUT))) == 3:
                break
            time.sleep(0.2)
        yield evaluate
    finally:
        browser.close()
        server.shutdown()


def read(evaluate) -> dict[str, float]:
    time.sleep(0.3)  # let vega run the dataflow after the input event
    return numbers(json.loads(evaluate(READOUT)))


def test_explorer_renders_five_sliders_and_three_indicators(page):
    assert page("document.querySelectorAll('.ssker-chart input[type=range]').length") == 5
    assert set(read(page)) == {"Gini", "A40", "R5/R1"}


def test_explorer_opens_at_the_northern_ker(page):
    year = data.survey_years()[-1]
    groups = data.quintile_groups("northern-ker", year)
    fifths = indicators.quintile_means(groups["income"], groups["population"])
    start = (fifths / fifths.sum() * 100).round(1)
    shown = read(page)
    assert shown["Gini"] == pytest.approx(indicators.gini(start), abs=0.0005)
    assert shown["A40"] == pytest.approx(100 * indicators.a40(start), abs=0.05)
    assert shown["R5/R1"] == pytest.approx(indicators.r5_r1(start), abs=0.005)


def test_moving_sliders_changes_the_indicators(page):
    before = read(page)
    page(set_slider("q5", 20))
    after = read(page)
    assert after["Gini"] < before["Gini"]
    assert after["A40"] > before["A40"]
    # equal shares: perfect equality
    for k in range(1, 6):
        page(set_slider(f"q{k}", 12.5))
    equal = read(page)
    assert equal == {"Gini": 0.0, "A40": 40.0, "R5/R1": 1.0}
    # one hand-checked distribution: shares 5, 10, 15, 20, 50 (already summing to 100)
    for k, value in enumerate([5, 10, 15, 20, 50], start=1):
        page(set_slider(f"q{k}", value))
    shown = read(page)
    # G = 0.8 - 0.4 (0.05 + 0.15 + 0.30 + 0.50) = 0.4
    assert shown == {"Gini": 0.4, "A40": 15.0, "R5/R1": 10.0}
