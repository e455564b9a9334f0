"""The one registry of geographies: the 63 provinces (boundaries before the 2025
merger), the six GSO socio-economic regions, the four key economic regions (KERs)
and the whole country.

The registry is the table ``data/geographies.csv``. Every other table refers to a
geography by its slug (``ha-noi``, ``northern-ker``, ``whole-country``); the
publishers' own spellings are mapped to slugs by :func:`slug_for`.

A geography's name as the book shows it is :attr:`Geography.name`, decided here only: a
province by its Vietnamese name with its diacritics ("Hà Nội", "Quảng Ninh"), a region
and the whole country by its English name ("Northern KER", "Red River Delta"). The
registry's ASCII spelling of a province ("Ha Noi") is :attr:`Geography.name_ascii`;
slugs stay ASCII.

KER membership follows the Prime Minister's decisions on the four key economic
regions (Northern: 7 provinces; Central: 5; Southern: 8; Mekong Delta: 4).
"""
from __future__ import annotations

import csv
import difflib
import re
import unicodedata
from dataclasses import dataclass

from . import tables
from .paths import DATA_DIR

GEOGRAPHIES_FILE = DATA_DIR / "geographies.csv"

KINDS = ("country", "gso-region", "ker", "province")

#: The year the provinces were merged (the National Assembly's resolution of 2025 cut the
#: 63 provinces to 34). The registry, and every table of the book, keeps the provinces as
#: they stood before the merger, the geography of all the statistics for 2010-2022.
MERGER_YEAR = 2025


@dataclass(frozen=True)
class Geography:
    slug: str
    kind: str
    #: the registry's ``name`` column: a region's English name, a province's name
    #: without diacritics ("Ha Noi"), as the publishers' English tables spell it
    name_ascii: str
    #: the Vietnamese name with diacritics ("Hà Nội", "Vùng kinh tế trọng điểm Bắc Bộ")
    name_vi: str
    iso: str = ""
    gso_code: str = ""
    gso_region: str = ""
    ker: str = ""

    @property
    def is_province(self) -> bool:
        return self.kind == "province"

    @property
    def name(self) -> str:
        """The name the book shows: a province's Vietnamese name with its diacritics
        ("Hà Nội"), the English name of a region or of the whole country ("Northern
        KER"; the book is in English and those names have no diacritics to restore)."""
        return self.name_vi if self.is_province else self.name_ascii


class UnknownGeography(ValueError):
    """A slug or a publisher's name that the registry does not know."""


def _registry() -> dict[str, Geography]:
    def read() -> dict[str, Geography]:
        with open(GEOGRAPHIES_FILE, encoding="utf-8", newline="") as fh:
            return {row["slug"]: Geography(**{("name_ascii" if k == "name" else k): v
                                              for k, v in row.items()})
                    for row in csv.DictReader(fh)}
    return tables.cached(("registry",), tables.file_stamp(GEOGRAPHIES_FILE), read)


def all_geographies() -> list[Geography]:
    """Every geography in registry order: country, GSO regions, KERs, provinces."""
    return list(_registry().values())


def provinces() -> list[Geography]:
    return [g for g in all_geographies() if g.kind == "province"]


def kers() -> list[Geography]:
    return [g for g in all_geographies() if g.kind == "ker"]


def gso_regions() -> list[Geography]:
    return [g for g in all_geographies() if g.kind == "gso-region"]


def suggest(slug: str, n: int = 3) -> list[str]:
    """The valid slugs nearest to a mistyped one ('danang' -> ['da-nang']), nearest
    first: by the slug and by the place's name, diacritics and dashes aside."""
    registry = _registry()
    folded = {_fold(g.slug.replace("-", " ")).replace(" ", ""): g.slug for g in registry.values()}
    folded.update({_fold(name).replace(" ", ""): g.slug for g in registry.values()
                   for name in (g.name_ascii, g.name_vi)})
    key = _fold(slug.replace("-", " ")).replace(" ", "")
    near = difflib.get_close_matches(key, list(folded), n=n * 2, cutoff=0.6)
    return list(dict.fromkeys(folded[k] for k in near))[:n]


def get(slug: str) -> Geography:
    """The geography with this slug; an unknown slug raises with the nearest valid
    slugs first, then all of them."""
    try:
        return _registry()[slug]
    except KeyError:
        near = suggest(slug)
        hint = f" (did you mean {' or '.join(near)}?)" if near else ""
        raise UnknownGeography(
            f"unknown geography {slug!r}{hint}; valid slugs are: " + ", ".join(_registry())
        ) from None


def members(slug: str) -> list[Geography]:
    """The provinces that make up a geography (a province is its own only member)."""
    geo = get(slug)
    if geo.kind == "province":
        return [geo]
    if geo.kind == "country":
        return provinces()
    key = "ker" if geo.kind == "ker" else "gso_region"
    return [p for p in provinces() if getattr(p, key) == slug]


def peers(slug: str) -> list[Geography]:
    """Geographies of the same kind to compare with (the other KERs, regions, or
    the other provinces of the same KER or GSO region)."""
    geo = get(slug)
    if geo.kind == "province":
        group = geo.ker or geo.gso_region
        return [g for g in members(group) if g.slug != slug]
    return [g for g in all_geographies() if g.kind == geo.kind and g.slug != slug]


# --- names as the book shows them ----------------------------------------------------

def without_diacritics(text: str) -> str:
    """``text`` with its diacritics taken off, Vietnamese đ and Đ as d and D, the case
    and everything else kept ("Hà Nội" -> "Ha Noi", "Đà Nẵng" -> "Da Nang")."""
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize(
        "NFC", "".join(ch for ch in text if not unicodedata.combining(ch)))


def sort_key(name: str) -> tuple[str, str]:
    """Where a name stands in an alphabetical list: by its letters without their
    diacritics ("Đà Nẵng" among the D's, not after Z as the letters' codes would put
    it), then by its diacritics."""
    return without_diacritics(name).casefold(), name


def alphabetical(names) -> list[str]:
    """The distinct ``names`` in alphabetical order (:func:`sort_key`); for a list, a
    table's rows or a chart's legend ordered by name."""
    return sorted(dict.fromkeys(names), key=sort_key)


def _ascii_names() -> re.Pattern:
    def make() -> re.Pattern:
        names = sorted({p.name_ascii for p in provinces() if p.name_ascii != p.name},
                       key=len, reverse=True)
        return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    return tables.cached(("ascii-names",), tables.file_stamp(GEOGRAPHIES_FILE), make)


def with_display_names(text: str) -> str:
    """The book's own words with each province named as the book shows it: the
    registry's ASCII spelling of a province ("Hai Phong", "Ba Ria-Vung Tau") becomes its
    name with diacritics ("Hải Phòng", "Bà Rịa-Vũng Tàu"). For the prose that the data
    tables keep in ASCII (a gap's reasons, a claim's caveat, the copy a source was read
    from), never for a quotation or a publisher's title, which keep their own spelling."""
    if not isinstance(text, str) or not text:
        return text
    by_ascii = {p.name_ascii: p.name for p in provinces()}
    return _ascii_names().sub(lambda m: by_ascii[m.group(1)], text)


# --- publishers' spellings -------------------------------------------------------------

def _fold(text: str) -> str:
    """Lower-case ASCII key: strip diacritics (đ -> d), dashes and extra spaces."""
    text = without_diacritics(text)
    text = re.sub(r"[\u2010-\u2015\-]", " ", text.lower())
    text = re.sub(r"[^a-z0-9 ]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


# Spellings used by GSO / NSO tables, the World Bank and the press that do not fold to
# a registry name. Keys are folded (see _fold).
_ALIASES = {
    "ca nuoc": "whole-country",
    "viet nam": "whole-country",
    "vietnam": "whole-country",
    "national": "whole-country",
    "ho chi minh": "ho-chi-minh-city",
    "tp ho chi minh": "ho-chi-minh-city",
    "thanh pho ho chi minh": "ho-chi-minh-city",
    "hcmc": "ho-chi-minh-city",
    "hue": "thua-thien-hue",
    "ha noi city": "ha-noi",
    "hanoi": "ha-noi",
    "haiphong": "hai-phong",
    "da nang city": "da-nang",
    "can tho city": "can-tho",
    "hai phong city": "hai-phong",
    "dak lak": "dak-lak",
    "dac lac": "dak-lak",
    "northern midlands and mountain areas": "northern-midlands-and-mountains",
    "northern midlands and mountainous areas": "northern-midlands-and-mountains",
    "northern midlands and mountains": "northern-midlands-and-mountains",
    "trung du va mien nui phia bac": "northern-midlands-and-mountains",
    "northern central area and central coastal area": "north-central-and-central-coast",
    "north central area and central coastal area": "north-central-and-central-coast",
    "north central and central coastal areas": "north-central-and-central-coast",
    "north central and central coast": "north-central-and-central-coast",
    "bac trung bo va duyen hai mien trung": "north-central-and-central-coast",
    "south east": "southeast",
    "dong nam bo": "southeast",
    "mekong river delta": "mekong-river-delta",
    "mekong delta": "mekong-river-delta",
    "dong bang song cuu long": "mekong-river-delta",
    "dong bang song hong": "red-river-delta",
    "tay nguyen": "central-highlands",
}


def _name_index() -> dict[str, str]:
    def make() -> dict[str, str]:
        index: dict[str, str] = {}
        for geo in all_geographies():
            for name in (geo.slug, geo.name_ascii, geo.name_vi):
                index[_fold(name)] = geo.slug
        index.update(_ALIASES)
        return index
    return tables.cached(("name-index",), tables.file_stamp(GEOGRAPHIES_FILE), make)


def slug_for(name: str) -> str:
    """Map a publisher's spelling of a place to its registry slug.

    Handles diacritics ("Hà Nội"), GSO's double spaces and hyphen variants
    ("Quang  Nam", "Ba Ria - Vung Tau", "Thua Thien-Hue"), upper case
    (" WHOLE COUNTRY") and the aliases above. Unknown names raise
    :class:`UnknownGeography`.
    """
    key = _fold(name)
    for candidate in (key, re.sub(r"^(tinh|thanh pho|tp) ", "", key),
                      re.sub(r" (province|city)$", "", key)):
        if candidate in _name_index():
            return _name_index()[candidate]
    raise UnknownGeography(f"unknown place name {name!r} (no province or region matches it)")
