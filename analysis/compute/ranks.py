"""Ranks among regions and ranks in words. Pure functions."""
from __future__ import annotations

import math
from collections.abc import Mapping


def rank_of(values: Mapping[str, float], key: str, highest_first: bool = True) -> int:
    """The rank (1 = first) of ``values[key]`` among ``values``: 1 is the highest value
    (``highest_first=True``) or the lowest. Ties share the better rank. A missing key
    or a missing value is an error: a region with no figure has no rank."""
    if key not in values:
        raise KeyError(f"{key!r} has no value; the values are for: {', '.join(values)}")
    clean = {k: float(v) for k, v in values.items()}
    if any(math.isnan(v) for v in clean.values()):
        raise ValueError("a value is missing (NaN): no rank among incomplete figures")
    mine = clean[key]
    if highest_first:
        return 1 + sum(v > mine for v in clean.values())
    return 1 + sum(v < mine for v in clean.values())


_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth"]


def ordinal(n: int) -> str:
    """A rank in words: 1 -> 'first', 2 -> 'second' ... 10 -> 'tenth', then '11th'."""
    n = int(n)
    if n < 1:
        raise ValueError(f"a rank starts at 1, got {n}")
    if n <= len(_ORDINALS):
        return _ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
