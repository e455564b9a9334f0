"""Tables for the book's pages: plain, deterministic HTML (no random ids), numbers
rounded to the precision the text claims."""
from __future__ import annotations

import html
import numbers
from collections.abc import Callable, Mapping

import pandas as pd
from IPython.display import HTML


def html_table(frame: pd.DataFrame, formats: Mapping[str, str | Callable] | None = None,
               caption: str | None = None, missing: str = "–") -> HTML:
    """Render a DataFrame as an HTML table.

    ``formats`` maps a column to a format spec (``"{:.3f}"``) or a function; a
    missing value is shown as ``missing`` (a gap stays visible as a gap).
    """
    formats = dict(formats or {})
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = []
    for _, row in frame.iterrows():
        cells = []
        for col in frame.columns:
            value = row[col]
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                text = missing
            elif col in formats:
                fmt = formats[col]
                text = fmt(value) if callable(fmt) else fmt.format(value)
            else:
                text = str(value)
            align = ' style="text-align:right"' if isinstance(value, numbers.Number) else ""
            cells.append(f"<td{align}>{html.escape(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    return HTML(f'<table class="ssker-table table">{cap}<thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(body)}</tbody></table>')
