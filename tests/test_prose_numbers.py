"""No typed numbers in the book's prose: every number a page states comes from the
computation (glued), except the short list of what may be typed
(:data:`support.prose.ALLOWED`: section, table, figure and law numbers, quotations, the
thesis's printed figures labelled with the ``{thesis}`` role, and the fixed terms of an
indicator's definition)."""
from pathlib import Path

import pytest
from support import prose

ROOT = Path(__file__).resolve().parents[1]

PAGE = """---
jupytext:
  text_representation:
    extension: .md
    format_name: myst
kernelspec:
  display_name: Python 3
  language: python
  name: python3
---

# A page

The rate was {glue:text}`rate:.1f` % in {glue:text}`year`.

```{code-cell} ipython3
x = 17
```

Coverage rose to 17 % in 2016, as Table 3.20 shows.
"""


def test_no_page_types_a_number():
    typed = [t for page in prose.pages(ROOT) for t in prose.typed_numbers(page)]
    assert typed == [], "numbers typed into the prose (glue them):\n" + "\n".join(map(str, typed))


def test_the_pages_scanned_are_the_books():
    names = {p.name for p in prose.pages(ROOT)}
    assert {"intro.md", "findings.md", "methods.md", "ch3-correlations.md",
            "profile-template.md"} <= names


def test_a_planted_page_fails_at_its_line(tmp_path):
    page = tmp_path / "planted.md"
    page.write_text(PAGE, encoding="utf-8")
    typed = prose.typed_numbers(page)
    assert [(t.number, t.line) for t in typed] == [("17 %", 20), ("2016", 20)]
    assert "Coverage rose to 17 %" in typed[0].context


@pytest.mark.parametrize("sentence", [
    "Its section 3.3.2 and Table 3.20 say so; see the thesis's (3.2.4.1).",
    "Resolution 42-NQ/TW and Decision 755/QD-TTg and Decree 07/2021.",
    'The summary writes "over 35 million workers" and “20-25-30 m²”.',
    "The thesis prints {thesis}`0.365` for {thesis}`2010`.",
    "The labour force aged 15 and over; beds per 10,000 people; the poorest 40 %.",
    "A glued {glue:text}`gini:.3f` and {numref}`fig-x` and {cite:p}`nhung2023summary`.",
    "**1. Insurance.** The first group of solutions.",
    "The formula $G = 1 - \\sum_{k=1}^{5} x_k$ is math.",
])
def test_what_may_be_typed(sentence):
    assert prose.typed_in(sentence) == []


@pytest.mark.parametrize("sentence, number", [
    ("Over 2010-2016 the rate fell.", "2010-2016"),
    ("The ratio was 9.2 times nationally.", "9.2"),
    ("A gap of 3.00 dollars a day.", "3.00"),
    ("It reached 1,234 people.", "1,234"),
    ("Section-like 3.2 % is a rate, not a section.", "3.2 %"),
])
def test_what_may_not(sentence, number):
    assert [t.number for t in prose.typed_in(sentence)] == [number]
