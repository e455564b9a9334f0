"""How the book writes a number: the one formatting of figures, qualifiers and ranges
that every page, table, chart text and the ledger use.

Pure functions (no file or network I/O). The publisher of a source is named by
:func:`analysis.data.publisher`.
"""
from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal

#: The thesis's author as the book names her: in full, family name first, with the
#: diacritics of her name; and as the English copies of her work and the source list
#: (``data/sources.csv``) spell it, without them.
AUTHOR = "Nguyễn Hồng Nhung"
AUTHOR_ASCII = "Nguyen Hong Nhung"

#: People the book names, each as the sources spell the name -> as the book writes it.
PEOPLE = {AUTHOR_ASCII: AUTHOR}

#: How the book names the thesis and its summary in a chart's source line or a table's
#: caption (in the prose they are cited as nhung2023thesis and nhung2023summary): the two
#: share author and year, so they are 2023a and 2023b.
THESIS = f"{AUTHOR} (2023a), doctoral thesis"
SUMMARY = f"{AUTHOR} (2023b), thesis summary"


def person_names(text: str) -> str:
    """``text`` with each person of :data:`PEOPLE` named as the book writes the name."""
    for spelled, name in PEOPLE.items():
        text = text.replace(spelled, name)
    return text

#: The words a printed figure's qualifier reads as, before the number.
QUALIFIER_WORDS = {"exact": "", "over": "over ", "about": "about ", "nearly": "nearly ",
                   "under": "under "}


def _half_up(value: float, decimals: int) -> Decimal:
    """``value`` rounded to ``decimals`` places, a half rounded away from zero, reading the
    value as it prints (its shortest decimal form, ``repr``): 11114.5 gives 11115 and 2.675
    gives 2.68, where Python's ``format`` gives 11114 (half to even) and 2.67 (the binary
    value lies below the half)."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals),
                                                rounding=ROUND_HALF_UP)


def number(value: float, decimals: int | None = None, sign: bool = False) -> str:
    """A figure as the book prints it: thousands separated by commas and ``decimals``
    decimals (``number(4118, 0)`` is ``'4,118'``), a half rounded up, away from zero
    (``number(11114.5, 0)`` is ``'11,115'``: the one rounding of every printed figure,
    prose, tables and ledger alike); ``decimals=None`` prints the value with no trailing
    zeros (``number(39.0)`` is ``'39'``, ``number(2.45)`` ``'2.45'``); ``sign`` prints a
    ``+`` before a positive figure."""
    v = float(value)
    if not math.isfinite(v):
        raise ValueError(f"cannot print {value!r} as a figure")
    plus = "+" if sign else ""
    if decimals is None:
        return f"{v:{plus},.6f}".rstrip("0").rstrip(".")
    places = max(int(decimals), 0)
    rounded = _half_up(v, places)
    if rounded == 0:
        rounded = abs(rounded)  # no "-0.0"
    return f"{rounded:{plus},.{places}f}"


#: The format specifications :func:`formatted` prints by :func:`number`'s rounding: a
#: fixed-point figure (``.1f``, ``,.0f``, ``+.4f``), a percentage (``.1%``), or commas
#: alone (``,``, for a count).
_FIXED = re.compile(r"(?P<sign>\+?)(?P<comma>,?)(?:\.(?P<places>\d+))?(?P<kind>[f%]?)")


def formatted(value, spec: str) -> str:
    """``format(value, spec)`` for a glued number or a table cell, with the book's one
    rounding (:func:`number`) for a fixed-point figure or a percentage; any other spec
    (text, an integer's ``d``) as Python formats it."""
    match = _FIXED.fullmatch(spec)
    if (match is None or isinstance(value, (str, bool)) or not spec
            or (match["kind"] == "" and (match["places"] or not match["comma"]))):
        return format(value, spec)
    if match["kind"] == "":
        return number(value, sign=bool(match["sign"]))  # a count: no decimals added
    places = int(match["places"]) if match["places"] is not None else 6
    v = float(value) * (100 if match["kind"] == "%" else 1)
    text = number(v, places, sign=bool(match["sign"]))
    if not match["comma"]:
        text = text.replace(",", "")
    return text + ("%" if match["kind"] == "%" else "")


def as_reported(value: float, qualifier: str = "exact", suffix: str = "",
                value_high: float | None = None, decimals: int | None = None) -> str:
    """A figure as a reader should read it, with its qualifier: ``as_reported(39,
    'over', ' %')`` is ``'over 39 %'``; a range (``qualifier='range'``) reads
    ``'35–40 %'``. ``decimals`` as in :func:`number`."""
    if qualifier == "range":
        if value_high is None or value_high != value_high:
            raise ValueError("a range needs value_high")
        return f"{number(value, decimals)}–{number(value_high, decimals)}{suffix}"
    if qualifier not in QUALIFIER_WORDS:
        raise ValueError(f"unknown qualifier {qualifier!r}; valid: "
                         + ", ".join(list(QUALIFIER_WORDS) + ["range"]))
    return f"{QUALIFIER_WORDS[qualifier]}{number(value, decimals)}{suffix}"


def tex_number(value: float, decimals: int = 0) -> str:
    """A number for LaTeX with a thousands separator: 1{,}038 or 4{,}192{,}862.5."""
    return number(value, decimals).replace(",", "{,}")


def period(start: int, end: int) -> str:
    """A period as the book writes it: '2014-2016' (one year: '2016')."""
    start, end = int(start), int(end)
    if end < start:
        raise ValueError(f"a period ends after it starts: {start}-{end}")
    return str(start) if start == end else f"{start}-{end}"


def join(items) -> str:
    """Items in words: 'a', 'a and b', 'a, b and c'."""
    words = [str(i) for i in items]
    if not words:
        raise ValueError("nothing to list")
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def years_list(years) -> str:
    """Years in words: '2010', '2010 and 2012', '2010, 2012, 2014 and 2016'."""
    return join(int(y) for y in years)


def short_method(method: str) -> str:
    """The registry's method in a few words for a tooltip: 'published' stays,
    'sum of 7 provinces' and 'weighted by ... over 7 provinces' become 'from 7
    provinces (sum)' and 'from 7 provinces (weighted)'."""
    if method == "published":
        return "published"
    words = method.split()
    n = next((w for w, nxt in zip(words, words[1:]) if nxt.startswith("province")), None)
    if n is None:
        return method
    kind = "sum" if method.startswith("sum") else "weighted" if method.startswith(
        "weighted") else "derived"
    return f"from {n} provinces ({kind})"
