"""The region profiles the book publishes, and the page that finds one.

Every geography of the registry has a profile made from the one template: the whole
country, the four key economic regions, GSO's six regions and the 63 provinces (74 in
all). :func:`profile_groups` says how the table of contents groups them (the country
and the KERs; each GSO region with its provinces under it, so that the sidebar lists
eleven entries and opens a region's provinces when asked). The finder page draws the
provinces on a map that opens a profile on a click (:func:`finder_map`) and lists every
profile under a search box that finds a name typed with or without its diacritics
(:func:`finder_list`; ``ssker-finder.js`` filters it).
"""
from __future__ import annotations

import html

from ..charts import maps
from ..data import regions

#: The table of contents' captions of the profile parts.
COUNTRY_AND_KERS = "Region profiles"
GSO_REGIONS = "GSO regions and their provinces"


def profile_groups() -> dict[str, list]:
    """Caption -> entries of the table of contents: a slug, or (slug, [slugs of the
    pages under it]) for a GSO region and its provinces (in alphabetical order)."""
    by_region = [(r.slug, [p.slug for p in sorted(regions.members(r.slug),
                                                  key=lambda p: regions.sort_key(p.name))])
                 for r in regions.gso_regions()]
    return {COUNTRY_AND_KERS: ["whole-country"] + [k.slug for k in regions.kers()],
            GSO_REGIONS: by_region}


def published() -> list[str]:
    """Every profile's slug, in the table of contents' order."""
    out: list[str] = []
    for entries in profile_groups().values():
        for entry in entries:
            if isinstance(entry, tuple):
                out += [entry[0], *entry[1]]
            else:
                out.append(entry)
    return out


def profile_href(slug: str, prefix: str = "regions/") -> str:
    """The link to a profile from a page of ``book/`` (``prefix`` from elsewhere)."""
    return f"{prefix}{slug}.html"


def finder_map():
    """The 63 provinces in their KERs' colours; a click on one opens its profile."""
    return maps.province_map(
        links={p.slug: profile_href(p.slug) for p in regions.provinces()},
        title="Find a province on the map",
        subtitle="Click a province to open its profile; point at it for its name",
        source="geoBoundaries, Viet Nam ADM1 provinces (boundaries before the "
               f"{regions.MERGER_YEAR} merger)",
        description="A map of the 63 provinces of Viet Nam, coloured by key economic "
                    "region; each province opens its profile when clicked",
        csv_name="provinces")


#: Other names a reader may type for a province: the English forms written as one word
#: are found by the script (it drops spaces); these are names of another form.
OTHER_NAMES = {"ho-chi-minh-city": ("Sài Gòn", "Saigon", "HCMC", "TP. HCM")}


def _item(slug: str, note: str = "") -> str:
    geo = regions.get(slug)
    # both spellings and other names; the page's script compares them without
    # diacritics or spaces ("Hanoi" finds "Ha Noi")
    names = " | ".join(dict.fromkeys([geo.name, geo.name_ascii, *OTHER_NAMES.get(slug, ())]))
    ascii_name = (f' <span class="ssker-finder-ascii">({html.escape(geo.name_ascii)})</span>'
                  if geo.name_ascii != geo.name else "")
    extra = f' <span class="ssker-finder-note">{html.escape(note)}</span>' if note else ""
    return (f'<li data-names="{html.escape(names.casefold())}"><a href="'
            f'{html.escape(profile_href(slug))}">{html.escape(geo.name)}</a>{ascii_name}'
            f"{extra}</li>")


def finder_list() -> str:
    """Every profile as a list of links under a search box (HTML): the country and the
    KERs, then each GSO region followed by its provinces; each province with its name
    in both spellings."""
    groups = profile_groups()
    parts = ['<div class="ssker-finder">',
             '<label for="ssker-finder-q">Type a name, with or without diacritics '
             '("Hà Nội" or <span class="ssker-finder-ascii">"Ha Noi"</span>):</label> ',
             '<input id="ssker-finder-q" type="search" autocomplete="off" '
             'aria-controls="ssker-finder-lists">',
             '<p class="ssker-finder-count" aria-live="polite"></p>',
             '<div id="ssker-finder-lists">',
             "<h3>The country and the key economic regions</h3><ul>"]
    parts += [_item(slug) for slug in groups[COUNTRY_AND_KERS]]
    parts.append("</ul>")
    for region, provinces in groups[GSO_REGIONS]:
        parts.append(f"<h3>{html.escape(regions.get(region).name)}</h3><ul>")
        parts.append(_item(region, "(the GSO region)"))
        parts += [_item(slug) for slug in provinces]
        parts.append("</ul>")
    parts += ["</div>", "</div>"]
    return "".join(parts)
