"""The verdict rule of the reproduction ledger: a printed claim against the value public
data give for it. Pure functions (the ledger itself, which reads the data, is
:mod:`analysis.pages.ledger`).

One rule, :func:`verdict`, compares the two; every ledger row keeps the columns the rule
reads (``rule``, ``reported``, ``reported_high``, ``qualifier``, ``tolerance``,
``public``, ``public_high``, ``margin``, ``precision``, ``number_only``), so that the
verdict can be recomputed from the row alone.

The verdicts:

``reproduced``
    the public value lies within the rounding of the printed value: at most
    :data:`ROUNDING_UNITS` of a unit in its last printed digit (0.433 stands for 0.4325
    to 0.4335). The digits are those of the numeral in the claim's quotation (0.430 has
    three); a figure printed in words ("double", "one-third") is exact. A printed range
    is reproduced by public values inside it; a claimed direction or rank by public
    comparisons that all point the claimed way by more than the precision of the
    published figures;
``reproduced in number only``
    the number is reproduced, but what the claim says it counts, or the year it names,
    is not what the public figure is (4,118 "training institutions" that are the
    region's schools of general education);
``close``
    a figure or a change not reproduced, but within :data:`CLOSE_RELATIVE` (5 %) of the
    reported value;
``differs``
    a figure or change further apart than that; a direction or rank that the public
    comparisons do not show (one points the other way, or none exceeds the precision
    of the figures: no measurable change is not the claimed rise or fall);
``not reproducible``
    the public tables here hold no figure for the claim; the reason says exactly what
    is missing. A claim whose test basis is ``partial`` (a proxy of another
    definition) or ``none`` gets this verdict with the reason the claims table states.
    A claim whose test basis is ``overlap`` is tested on the part of its period or
    geography the public data cover, and its reason names what is left out.

A qualifier changes the comparison: "over X" is reproduced by any public value at or
above X (less the rounding), "under X" by any value at or below it; a shortfall is then
judged against the 5 % band like a difference.
"""
from __future__ import annotations

import math
import re
from decimal import Decimal

#: Verdicts, in the order the book lists them.
VERDICTS = ("reproduced", "reproduced in number only", "close", "differs", "not reproducible")
COMPUTED = VERDICTS[:4]

#: ``reproduced``: at most this many units of the last printed digit apart.
ROUNDING_UNITS = 0.5
#: ``close``: at most this share of the reported value apart.
CLOSE_RELATIVE = 0.05
#: Floating-point slack, so that a value exactly on a boundary counts as inside it.
EPS = 1e-9


def printed_decimals(value: float) -> int:
    """Decimals of a value as stored (0.433 -> 3, 545 -> 0, 93.35 -> 2); a trailing
    zero is not kept (0.430 -> 2): :func:`printed_form` reads the printed one."""
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    return max(0, -int(exponent))


_NUMERAL = re.compile(r"\d[\d,]*(?:\.\d+)?")


def printed_form(value: float, quotation: str) -> str | None:
    """The numeral of the quotation that prints ``value`` ("0.430", "4,118"), or None
    when the quotation gives the figure in words ("double", "one-third")."""
    for token in _NUMERAL.findall(quotation):
        if float(token.replace(",", "")) == float(value):
            return token
    return None


def rounding_tolerance(reported: float, printed: str | None = "") -> float:
    """Half a unit in the last printed digit of the reported value.

    ``printed``: the numeral as printed (its decimals count, trailing zeros included);
    "" to take the decimals of the stored value; None for a figure printed in words,
    which is exact (no rounding tolerance).
    """
    if printed is None:
        return 0.0
    decimals = len(printed.split(".")[1]) if "." in printed else (
        0 if printed else printed_decimals(reported))
    return ROUNDING_UNITS * 10.0 ** -decimals


def value_verdict(reported: float, public: float, qualifier: str = "exact",
                  tolerance: float | None = None, public_bound: str = "") -> str:
    """Verdict of a reported figure against the public one: qualifier exact, about,
    nearly (a point), over (at least) or under (at most); ``tolerance`` the rounding
    tolerance (default: :func:`rounding_tolerance` of the stored value);
    ``public_bound`` 'at least' or 'at most' when the public value is a bound (the
    reported point is then consistent with any value on the bound's side)."""
    tol = rounding_tolerance(reported) if tolerance is None else tolerance
    slack = EPS * max(1.0, abs(reported))
    if qualifier not in ("exact", "about", "nearly", "over", "under"):
        raise ValueError(f"no verdict rule for qualifier {qualifier!r}")
    if public_bound not in ("", "at least", "at most"):
        raise ValueError(f"a public bound is 'at least' or 'at most', not {public_bound!r}")
    if qualifier == "over" or public_bound == "at most":
        gap = max(0.0, reported - public)
    elif qualifier == "under" or public_bound == "at least":
        gap = max(0.0, public - reported)
    else:
        gap = abs(public - reported)
    if gap <= tol + slack:
        return "reproduced"
    if gap <= CLOSE_RELATIVE * abs(reported) + slack:
        return "close"
    return "differs"


def range_verdict(low: float, high: float, public_low: float, public_high: float,
                  tolerance: float) -> str:
    """Verdict of a printed range against the public values from ``public_low`` to
    ``public_high``: reproduced when all lie in the range (less the rounding), close
    when none lies further outside it than 5 % of the nearer end, differs otherwise."""
    lo, hi = min(low, high), max(low, high)
    outside = max(0.0, lo - tolerance - public_low, public_high - hi - tolerance)
    if outside <= EPS * max(1.0, abs(hi)):
        return "reproduced"
    nearer = lo if public_low < lo else hi
    return "close" if outside <= CLOSE_RELATIVE * abs(nearer) else "differs"


def direction_verdict(margin: float, precision: float) -> str:
    """Verdict of a claimed direction or rank from its smallest margin in the claimed
    direction: reproduced when it exceeds the precision of the figures, differs
    otherwise (a change within the precision is no measurable change, not the claimed
    one)."""
    slack = EPS * max(1.0, precision)
    return "reproduced" if margin > precision + slack else "differs"


RULES = ("value", "range", "change", "direction", "none")


def verdict(rule: str, *, reported: float = math.nan, reported_high: float = math.nan,
            qualifier: str = "exact", tolerance: float = 0.0, public: float = math.nan,
            public_high: float = math.nan, public_bound: str = "", margin: float = math.nan,
            precision: float = math.nan, number_only: bool = False) -> str:
    """The one verdict rule of the ledger, from the columns of a ledger row.

    ``rule``: value (a figure; ``qualifier``), range (``reported`` to ``reported_high``
    against ``public`` to ``public_high``), change (``reported_high - reported`` against
    the public change ``public``, the tolerance being that of the two printed figures),
    direction (``margin``, the smallest margin in the claimed direction, against
    ``precision``), none (no public figure). ``public_bound``: the public value is a
    bound ('at least', 'at most'). ``number_only``: a reproduced number whose definition
    or year is not the claim's.
    """
    if rule == "none":
        return "not reproducible"
    if rule == "value":
        result = value_verdict(reported, public, qualifier, tolerance, public_bound)
    elif rule == "range":
        result = range_verdict(reported, reported_high, public, public_high, tolerance)
    elif rule == "change":
        result = value_verdict(reported_high - reported, public, "exact", tolerance)
    elif rule == "direction":
        result = direction_verdict(margin, precision)
    else:
        raise ValueError(f"unknown rule {rule!r}; valid: {', '.join(RULES)}")
    if result == "reproduced" and number_only:
        return "reproduced in number only"
    return result
