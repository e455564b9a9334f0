"""Numbers typed into the prose of the book's pages.

Every number a page states is glued from the computation (myst-nb ``{glue:text}``);
what may be typed is short and listed here, each with its reason:

* what is not prose: code, math, roles (``{glue:text}``, ``{numref}``, ``{cite}``,
  ``{ref}``, ``{doc}``, ``{eq}``), links, labels, directive options and list markers;
* quotations (between quotation marks, or a block quotation): the quoted document's
  own words;
* the thesis's printed figures, labelled with the ``{thesis}`` role (rendered as the
  thesis's figure on the site);
* the numbers of the thesis's own lists of items ("**1. Promote growth.**");
* section, table and figure numbers of the thesis or the book ("its section 3.3.2",
  "Table 3.20", "(3.2.4.1)");
* law and document numbers ("Resolution 42-NQ/TW", "Decision 755/QD-TTg",
  "Circular 02/2012/TT-BKHDT", "Resolution 42/NQ-CP");
* the fixed terms of an indicator's definition, which are part of its name, not a
  figure: the age bound of the labour force ("aged 15 and over", "15-24"), the scale of
  a rate ("per 100 inhabitants", "per 10,000 people"), the group an inequality indicator
  is defined on ("the poorest 40 %") and the reference day of a count ("as of 30
  September").

:func:`typed_numbers` returns every other number with its page, line and sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import jupytext

#: Inline pieces that are not prose, removed before looking for numbers.
_NOT_PROSE = [
    re.compile(r"\$\$.*?\$\$", re.S),                      # display math
    re.compile(r"(?<!\\)\$[^$\n]+\$"),                     # inline math
    re.compile(r"\{[a-z][\w:-]*\}`[^`]*`"),                # roles, {thesis}`...` included
    re.compile(r"`[^`]*`"),                                # inline code
    re.compile(r"\]\([^)]*\)"),                            # link targets
    re.compile(r"<[^>\n]+>"),                              # HTML tags and autolinks
    re.compile(r"“[^”]*”"),                                # quotations
    re.compile(r"(?<![\w])\"[^\"]{0,400}\""),
    re.compile(r"‘[^’]*’"),
]

#: Allowed typed numbers (each removed before the search), with the reason.
ALLOWED = [
    # section, table and figure numbers: "section 3.3.2", "Table 3.20", "Figure 3.9",
    # "Chapter 3", "its 3.5.1", "(3.2.4, 3.5.1)", "3.5.1 (2)"
    (re.compile(r"\b(?:[Ss]ections?|[Tt]hesis|its|Table|Tables|Figure|Figures|[Cc]hapters?|"
                r"[Pp]arts?)[ \t]+\d+(?:\.\d+)*(?:[ \t]*\(\d\))?"
                r"(?:(?:,[ \t]*|[ \t]+(?:and|or|to)[ \t]+)\d+(?:\.\d+)*)*"),
     "a section, table, figure or chapter number"),
    (re.compile(r"(?<![\d.])[1-9](?:\.[1-9]\d?){1,4}(?:\s*\(\d\))?(?![\d.]*\s*(?:%|per\b|"
                r"times\b|million\b|billion\b|thousand\b|m²|km))"),
     "a dotted section number (3.1.2.2)"),
    # law and document numbers
    (re.compile(r"\b\d+(?:/\d+)*[-/](?:[A-ZĐ]+[-/]?)+[A-Za-zĐđ]*\b"),
     "a law or document number (42-NQ/TW, 755/QD-TTg, 02/2012/TT-BKHDT)"),
    (re.compile(r"\b(?:Resolution|Decision|Decisions|Decree|Circular|Law|No\.)\s+\d+"),
     "a law or document number"),
    (re.compile(r"^\*\*\(?\d+[.)]", re.M), "the number of an item in the thesis's own list"),
    (re.compile(r"\b(?:aged|age|ages)\s+\d+(?:\s*(?:and over|and above|or over|[-–]\s*\d+))?"
                r"|\b\d+\s+years of age and (?:above|over)"),
     "the age bound in the definition of the labour force"),
    (re.compile(r"\b[Pp]er\s+(?:100|1,000|10,000|100,000)\b"), "the scale of a rate"),
    (re.compile(r"\b(?:poorest|richest|lowest|highest|bottom|top)\s+\d+\s?%"),
     "the group an inequality indicator is defined on (A40: the poorest 40 %)"),
    (re.compile(r"\bas of 30 September\b"), "the reference day of GSO's school count"),
]

#: A number: digits (with thousands separators or decimals), a range of years, a percent.
NUMBER = re.compile(r"(?<![\w/.\-])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:[ \t]?%)?(?![\w])"
                    r"|(?<![\w/.\-])\d+(?:\.\d+)?(?:[ \t]*[-–][ \t]*\d+)?(?:[ \t]?%)?(?![\w])")

#: Markdown structure that is not prose.
_LIST_MARKER = re.compile(r"^[ \t]*(?:\d+\.|[-*+])[ \t]+", re.M)
_LABEL = re.compile(r"^\([\w-]+\)=\s*$", re.M)
_DIRECTIVE = re.compile(r"^(```+|:::+)\{?[\w:-]*\}?.*$", re.M)
_OPTION = re.compile(r"^:[\w-]+:.*$", re.M)
_QUOTE_BLOCK = re.compile(r"^>.*$", re.M)
_COMMENT = re.compile(r"<!--.*?-->", re.S)


@dataclass(frozen=True)
class Typed:
    page: str
    line: int
    number: str
    context: str

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.number!r} in: {self.context}"


def prose_of(markdown: str) -> str:
    """The prose of one markdown cell, what is not prose blanked out (lines kept)."""
    text = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), markdown)
    for rx in (_LABEL, _DIRECTIVE, _OPTION, _QUOTE_BLOCK):
        text = rx.sub("", text)
    text = _LIST_MARKER.sub(" ", text)
    for rx in _NOT_PROSE:
        text = rx.sub(lambda m: " " + "\n" * m.group(0).count("\n"), text)
    for rx, _why in ALLOWED:
        text = rx.sub(" ", text)
    return text


def typed_in(markdown: str, page: str = "", first_line: int = 1) -> list[Typed]:
    """The typed numbers of one markdown text."""
    found = []
    original = markdown.splitlines()
    for i, line in enumerate(prose_of(markdown).splitlines()):
        for m in NUMBER.finditer(line):
            context = original[i].strip() if i < len(original) else line.strip()
            found.append(Typed(page, first_line + i, m.group(0).strip(), context[:160]))
    return found


def _markdown_cells(path: Path):
    """(first line in the file, source) of each markdown cell of a MyST notebook."""
    nb = jupytext.read(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    cursor = 0
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        head = cell.source.splitlines()[0] if cell.source else ""
        start = cursor
        for j in range(cursor, len(lines)):
            if lines[j] == head:
                start = j
                break
        cursor = start + 1
        yield start + 1, cell.source


def typed_numbers(path: Path) -> list[Typed]:
    """Every number typed into the prose of a page (a MyST-markdown notebook)."""
    out = []
    for first, source in _markdown_cells(path):
        out += typed_in(source, path.name, first)
    return out


def pages(root: Path) -> list[Path]:
    """The book's page sources: the chapters and the region-profile template."""
    return sorted((root / "book").glob("*.md")) + [root / "book" / "regions" / "profile-template.md"]
