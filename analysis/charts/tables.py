"""Tables for the book's pages: plain, deterministic HTML (no random ids), numbers
rounded to the precision the text claims."""
from __future__ import annotations

import html
import numbers
import re
from collections.abc import Callable, Mapping, Sequence

import pandas as pd
from IPython.display import HTML

from ..compute.text import formatted

#: A cell's format written as ``"{:<spec>}"``, printed with the book's one rounding.
_ONE_FIELD = re.compile(r"\{:(?P<spec>[^{}]*)\}")


def _cell(fmt: str, value) -> str:
    """``fmt.format(value)``, the number rounded as the prose rounds it
    (:func:`analysis.compute.text.formatted`) when ``fmt`` is one field."""
    match = _ONE_FIELD.fullmatch(fmt)
    return formatted(value, match["spec"]) if match else fmt.format(value)


def html_table(frame: pd.DataFrame, formats: Mapping[str, str | Callable] | None = None,
               caption: str | None = None, missing: str = "–",
               row_ids: Sequence[str] | None = None) -> HTML:
    """Render a DataFrame as an HTML table.

    ``formats`` maps a column to a format spec (``"{:.3f}"``) or a function; a
    missing value is shown as ``missing`` (a gap stays visible as a gap). ``row_ids``
    gives each row an HTML id, an anchor that other pages link to.
    """
    if row_ids is not None and len(row_ids) != len(frame):
        raise ValueError(f"{len(row_ids)} row ids for {len(frame)} rows")
    formats = dict(formats or {})
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = []
    for i, (_, row) in enumerate(frame.iterrows()):
        cells = []
        for col in frame.columns:
            value = row[col]
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                text = missing
            elif col in formats:
                fmt = formats[col]
                text = fmt(value) if callable(fmt) else _cell(fmt, value)
            else:
                text = str(value)
            align = ' class="num"' if isinstance(value, numbers.Number) else ""
            cells.append(f"<td{align}>{html.escape(text)}</td>")
        tag = f'<tr id="{html.escape(row_ids[i])}">' if row_ids is not None else "<tr>"
        body.append(tag + "".join(cells) + "</tr>")
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return HTML(f'<table class="ssker-table table">{cap}<thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table>')
