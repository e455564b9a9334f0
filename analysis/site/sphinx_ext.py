"""Sphinx extension of the book: serve the chart libraries from the site itself.

* writes the vega + vega-lite + vega-embed bundle (``vl_convert.javascript_bundle()``)
  and the chart page script into the site's ``_static`` folder and loads both on every
  page, deferred, so charts render with no network access;
* adds the book's stylesheet;
* writes the site's ``index.html``, a redirect to the first page, as a small page of
  its own (title, favicon, a link for readers whose browser does not follow the
  redirect) instead of the bare redirect line sphinx-external-toc writes, after which
  the browser asks for a missing /favicon.ico;
* under the title of every page made from a notebook, adds a link that downloads the
  executed notebook the page was built from (``_sources/<page>.ipynb``: the site is
  built from the executed ``book/*.ipynb``), for readers who re-run it and reviewers
  who check it with ``pytest --nbval``;
* registers the bibliography style ``ssker_plain`` (pybtex's plain, sorted on the names
  without their diacritics: :class:`PlainFoldedStyle`) and the citation style
  ``author_year_round`` (``_config.yml``:
  ``bibtex_reference_style``): author-year citations in round brackets, several
  references separated by semicolons, "(Lorenz, 1905; Gini, 1912)";
* the role ``{thesis}`` for a figure the thesis prints, typed into the prose as the
  thesis prints it: shown with the class ``ssker-thesis`` and the tooltip "as printed
  in the thesis" (every other number of the prose is glued from the computation);
* shows where every number glued into the prose comes from (:class:`ProvenanceTextRole`
  in place of myst-nb's ``{glue:text}``): the number is focusable, and hovering or
  focusing it shows what it measures, where and when, how it was made and its sources,
  each linked to its entry in the data appendix (:mod:`analysis.pages.provenance`);
* shows the code of a notebook's cells (folded under "Show code") as plain text;
* indexes the words of the site's search with and without their diacritics
  (:class:`SearchEnglishVietnamese`), so that a place is found typed either way ("Hà
  Nội" or "Ha Noi");
* numbers the figures of a page outside the numbered chapters (the region profiles,
  the context, comparison and appendix pages) within that page, Fig. 1, 2, ..., where
  Sphinx would number them on from the previous such page;
* writes the pages faster, with the same output (:func:`_speed_up`): a ``{numref}`` to a
  figure of its own page reads the page's doctree in hand, where Sphinx unpickles the
  page's doctree from disk again for every reference (600 times, 14 s of a 38 s
  build); the search index stems each distinct word once; pybtex looks its plugins
  up once, where it scans every installed package's entry points for each citation.

The bundle is cached in ``_build/assets`` keyed by the vl-convert version, so it is
written once per version, not once per build.
"""
from __future__ import annotations

import dataclasses
import functools
import json
import re
import unicodedata
from ast import literal_eval
from importlib import metadata
from pathlib import Path

import pybtex.plugin
import sphinxcontrib.bibtex.plugin
from pybtex.richtext import Text
from pybtex.style.formatting.plain import Style as PlainStyle
from pybtex.style.sorting.author_year_title import SortingStyle as AuthorYearTitleSorting
from sphinxcontrib.bibtex.style.referencing import BracketStyle
from sphinxcontrib.bibtex.style.referencing.author_year import AuthorYearReferenceStyle

from docutils import nodes
from myst_nb.ext.glue.directives import PasteMarkdownDirective
from myst_nb.ext.glue.roles import PasteMarkdownRole, PasteTextRole
from myst_nb.ext.glue.utils import retrieve_glue_data
from sphinx import addnodes
from sphinx.domains.std import StandardDomain
from sphinx.search.en import SearchEnglish

from ..charts import embed_script, vega_bundle
from ..charts.core import script_json
from ..compute.text import AUTHOR, formatted
from ..data.paths import BUILD_DIR, DATA_DIR, DATA_ZIP, SITE_DATA, data_files
from ..data.regions import without_diacritics
from ..pages import provenance
from ..pages.quantities import METADATA_KEY, tag_of
from . import citation

ASSETS = BUILD_DIR / "assets"


def _round_brackets() -> BracketStyle:
    return BracketStyle(left="(", right=")", sep="; ")


@dataclasses.dataclass
class RoundAuthorYearStyle(AuthorYearReferenceStyle):
    """Author-year citations in round brackets: (Author, 2023; Other, 2021) and
    Author (2023)."""

    bracket_parenthetical: BracketStyle = dataclasses.field(default_factory=_round_brackets)
    bracket_textual: BracketStyle = dataclasses.field(default_factory=_round_brackets)
    bracket_author: BracketStyle = dataclasses.field(default_factory=_round_brackets)
    bracket_label: BracketStyle = dataclasses.field(default_factory=_round_brackets)
    bracket_year: BracketStyle = dataclasses.field(default_factory=_round_brackets)


sphinxcontrib.bibtex.plugin.register_plugin("sphinxcontrib.bibtex.style.referencing",
                                           "author_year_round", RoundAuthorYearStyle)


def collation_key(latex: str) -> str:
    """How a bibliography field sorts: as its text reads (braces and LaTeX accents
    decoded), without diacritics and in lower case, so that "Nguyễn" sorts with
    "Nguyen" and "{Communist Party}" with "Corrado" (pybtex compares the raw strings:
    a name with diacritics would sort after every name without them, and a braced one
    after every unbraced one)."""
    return without_diacritics(Text.from_latex(latex).render_as("text")).lower()


class FoldedAuthorYearTitleSorting(AuthorYearTitleSorting):
    """pybtex's author-year-title order, compared on :func:`collation_key`."""

    def sorting_key(self, entry):
        author, year, title = super().sorting_key(entry)
        return collation_key(author), year, collation_key(title)


class PlainFoldedStyle(PlainStyle):
    """pybtex's ``plain`` style (``_config.yml``: ``bibtex_default_style``), its entries
    sorted by :class:`FoldedAuthorYearTitleSorting`."""

    default_sorting_style = "ssker_author_year_title"


pybtex.plugin.register_plugin("pybtex.style.sorting", "ssker_author_year_title",
                              FoldedAuthorYearTitleSorting, force=True)
pybtex.plugin.register_plugin("pybtex.style.formatting", "ssker_plain", PlainFoldedStyle,
                              force=True)


#: The site layer's own files that every page loads, beside the chart scripts.
PAGE_FILES = ("ssker.css", "ssker-provenance.js", "ssker-finder.js")


def write_assets(dest: Path = ASSETS) -> Path:
    """Write vega-bundle.js, ssker-charts.js, ssker-provenance.js, ssker-finder.js and
    ssker.css into ``dest``; return it."""
    dest.mkdir(parents=True, exist_ok=True)
    version = metadata.version("vl-convert-python")
    stamp = dest / "vega-bundle.version"
    bundle = dest / "vega-bundle.js"
    if not bundle.exists() or not stamp.exists() or stamp.read_text() != version:
        tmp = bundle.with_suffix(".tmp")
        # wrapped in a function so its top-level names (e.g. "_") do not clash with
        # the page's other scripts; it still sets window.vegaEmbed
        tmp.write_text("(function(){\n" + vega_bundle() + "\n})();\n", encoding="utf-8")
        tmp.replace(bundle)
        stamp.write_text(version)
    here = Path(__file__).parent
    for name, text in [("ssker-charts.js", embed_script())] + [
            (name, (here / name).read_text(encoding="utf-8")) for name in PAGE_FILES]:
        target = dest / name
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
    return dest


#: The data package as the site offers it: each table and the descriptor under
#: ``SITE_DATA`` (``_static/ssker-data/``), and all of them in one zip with the licence.
def data_licence() -> str:
    """The zip's licence note, from the descriptor: the package's licence, then each
    table's own (quoted figures keep their outlets' terms)."""
    package = json.loads((DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))

    def named(licences):
        return "; ".join(f"{x.get('title') or x['name']} ({x.get('path') or x['name']})"
                         for x in licences or [])
    lines = ["The data package of the book 'Social Security in Viet Nam's Key Economic "
             "Regions'. Cite each figure's publisher, as sources.csv gives it, and the book "
             "(its 'How to cite' page).", "",
             f"Package licence: {named(package.get('licenses'))}", "", "Each table:"]
    lines += [f"  {r['path']}: {named(r.get('licenses')) or 'as the package'}"
              for r in package["resources"]]
    return "\n".join(lines) + "\n"


def write_data(dest: Path = ASSETS / Path(SITE_DATA).name) -> Path:
    """Copy the data package into ``dest`` and write its zip (deterministic: sorted
    names, a fixed date, so identical data give an identical file)."""
    import zipfile

    dest.mkdir(parents=True, exist_ok=True)
    files = data_files()
    wanted = {f.name for f in files} | {DATA_ZIP, "LICENCE.txt"}
    for old in dest.iterdir():
        if old.name not in wanted:
            old.unlink()
    for f in files:
        target = dest / f.name
        if not target.exists() or target.read_bytes() != f.read_bytes():
            target.write_bytes(f.read_bytes())
    licence = data_licence()
    (dest / "LICENCE.txt").write_text(licence, encoding="utf-8")
    tmp = dest / (DATA_ZIP + ".tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, body in [("ssker-data/LICENCE.txt", licence.encode())] + [
                (f"ssker-data/{f.name}", f.read_bytes()) for f in files]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, body)
    tmp.replace(dest / DATA_ZIP)
    return dest


def _config_inited(app, config) -> None:
    assets = write_assets()
    # not "data": the book's exclude_patterns (which leave out data/) apply to static files
    write_data(assets / Path(SITE_DATA).name)
    config.html_static_path = list(config.html_static_path) + [str(assets)]
    # the "How to cite" page's values (version, sources, date, BibTeX), from the sources
    config.myst_substitutions = {**dict(config.myst_substitutions or {}),
                                 **citation.citation()}


def _drop_thebe(app, pagename, templatename, context, doctree) -> None:
    """Jupyter Book always loads sphinx-thebe, whose inline script points at a CDN and
    is declared twice on every page (a console error). The book has no live-code
    button, so its scripts are left out of every page."""
    scripts = context.get("script_files")
    if not scripts:
        return
    kept = [s for s in scripts
            if not str(getattr(s, "filename", s) or "").endswith("sphinx-thebe.js")
            and "THEBE_JS_URL" not in str(getattr(s, "attributes", {}).get("body", ""))]
    scripts[:] = kept


#: The link to the page's executed notebook (``{href}``, ``{name}``).
NOTEBOOK_LINK = (
    '<p class="ssker-notebook"><a class="ssker-notebook-link" href="{href}" download="{name}" '
    'type="application/x-ipynb+json"><i class="fas fa-download" aria-hidden="true"></i> '
    'Download the executed notebook (.ipynb)</a> <span class="ssker-notebook-note">'
    'the code and every output of this page; re-run it with '
    '<code>pytest --nbval {name}</code></span></p>'
)


def notebook_link(html: str, href: str, name: str) -> str:
    """``html`` with the download link after its first heading (or at its top)."""
    link = NOTEBOOK_LINK.format(href=href, name=name)
    end = html.find("</h1>")
    if end < 0:
        return link + html
    end += len("</h1>")
    return html[:end] + link + html[end:]


def _add_notebook_link(app, pagename, templatename, context, doctree) -> None:
    source = context.get("sourcename") or ""
    if doctree is None or not source.endswith(".ipynb") or not app.config.html_copy_source:
        return
    href = context["pathto"]("_sources/" + source, 1)
    context["body"] = notebook_link(context.get("body", ""), href, source.rsplit("/", 1)[-1])


INDEX = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Refresh" content="0; url={url}">
<link rel="icon" href="{favicon}">
<title>{title}</title>
</head>
<body>
<p><a href="{url}">{title}</a></p>
</body>
</html>
"""


def _write_index(app, exception) -> None:
    """The redirect from ``index.html`` to the root page (written every build)."""
    import html

    if exception is not None or app.builder.format != "html" or app.builder.name != "html":
        return
    root = app.config.root_doc
    if root == "index":
        return
    favicon = app.config.html_favicon or ""
    if favicon and "://" not in favicon:
        favicon = "_static/" + Path(favicon).name
    text = INDEX.format(lang=html.escape(app.config.language or "en"),
                        url=html.escape(f"{root}.html"), favicon=html.escape(favicon),
                        title=html.escape(app.config.html_title or app.config.project))
    index = Path(app.outdir) / "index.html"
    if not index.exists() or index.read_text(encoding="utf-8") != text:
        index.write_text(text, encoding="utf-8")


class thesis_figure(nodes.inline):
    """A figure as the thesis prints it (the ``{thesis}`` role)."""


#: The tooltip of a thesis figure.
THESIS_TITLE = f"As printed in the thesis summary ({AUTHOR}, 2023b)"


def thesis_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """``{thesis}`0.325``: a figure of the thesis, typed as the thesis prints it."""
    return [thesis_figure(rawtext, text, classes=["ssker-thesis"])], []


def _visit_thesis_html(self, node) -> None:
    self.body.append(self.starttag(node, "span", "", title=THESIS_TITLE))


def _depart_thesis_html(self, node) -> None:
    self.body.append("</span>")


def _pass(self, node) -> None:
    pass


# --- provenance: where each glued number of the prose comes from ---------------------------

class glued_quantity(nodes.inline):
    """A number glued into the prose from a quantity; ``quantity`` holds its identity
    (the metadata :func:`analysis.pages.quantities.glue` wrote)."""


def _glued(key_text: str, document) -> dict:
    """The metadata of the glued output a role's text names (``key`` or ``key:format``)."""
    key = key_text.rsplit(":", 1)[0] if ":" in key_text else key_text
    return retrieve_glue_data(document, key).metadata


class ProvenanceTextRole(PasteTextRole):
    """myst-nb's ``{glue:text}``, the pasted number keeping the identity of the quantity
    it was glued from, or of the one quantity a glued text states (a text or an integer
    glued without one stays as myst-nb makes it). Why a subclass: myst-nb pastes the
    text alone, and no extension carries a glued output's metadata onto the page."""

    def run(self):
        made, messages = super().run()
        if len(made) != 1 or type(made[0]) is not nodes.inline:
            return made, messages  # a pending reference to another page, or a warning
        if ":" in self.text:  # the book's one rounding, not Python's half to even
            key, spec = self.text.rsplit(":", 1)
            plain = retrieve_glue_data(self.document, key).data["text/plain"]
            try:
                value = literal_eval(plain)
            except (SyntaxError, ValueError):
                value = plain
            shown = formatted(value, spec)
            made = [nodes.inline(shown, shown, classes=["pasted-text"])]
            self.set_source_info(made[0])
        meta = _glued(self.text, self.document)
        quantity = meta.get(METADATA_KEY)
        if not quantity and len(meta.get(METADATA_KEY + "_list") or ()) == 1:
            quantity = meta[METADATA_KEY + "_list"][0]
        if not quantity:
            return made, messages
        node = glued_quantity(made[0].rawsource, made[0].astext(), classes=["pasted-text"],
                              quantity=dict(quantity))
        self.set_source_info(node)
        return [node], messages


def stated_role(name, rawtext, text, lineno, inliner, options=None, content=None):
    """``{stated}`<tag>:<number>``` (:func:`analysis.pages.quantities.stated`): a number
    of a glued text that states several quantities, to be matched with its quantity by
    the glue that pastes the text (:func:`_match_stated`)."""
    tag, _, shown = text.partition(":")
    return [glued_quantity(rawtext, shown, classes=["pasted-text"], tag=tag)], []


def _match_stated(made: list, meta: dict, document, line: int) -> list:
    """Give each ``{stated}`` number in ``made`` its quantity from the glued output's
    ``states``; a tag none of them has is an error on the page (the build fails)."""
    by_tag = {tag_of(q): q for q in meta.get(METADATA_KEY + "_list") or ()}
    errors = []
    for top in made:
        if not isinstance(top, nodes.Node):
            continue
        for node in top.findall(glued_quantity):
            if "quantity" in node.attributes:
                continue
            if node.get("tag") not in by_tag:
                errors.append(document.reporter.warning(
                    f"a stated number ({node.astext()!r}) names a quantity the glued text "
                    "does not list in its states", line=line))
                continue
            node["quantity"] = dict(by_tag[node["tag"]])
    return errors


class ProvenanceMarkdownRole(PasteMarkdownRole):
    """myst-nb's ``{glue:md}``, each ``{stated}`` number given its quantity."""

    def run(self):
        made, messages = super().run()
        if made:
            messages += _match_stated(made, _glued(self.text, self.document), self.document,
                                      self.line)
        return made, messages


class ProvenanceMarkdownDirective(PasteMarkdownDirective):
    """myst-nb's ``glue:md`` directive, each ``{stated}`` number given its quantity."""

    def run(self):
        made = super().run()
        if made and not isinstance(made[0], nodes.system_message):
            made += _match_stated(made, _glued(self.arguments[0], self.document),
                                  self.document, self.line)
        return made


def provenance_record(meta: dict) -> tuple[list, dict]:
    """A glued number's provenance as the page's script reads it: ``[what, where,
    status, [how, ...], [source id, ...]]``, and the short citation of each source."""
    p = provenance.describe(meta)
    return ([p.what, p.where, p.status, list(p.how), [sid for sid, _ in p.sources]],
            dict(p.sources))


#: The id of the script element holding a page's provenance records.
PROVENANCE_DATA = "ssker-q-data"


def _visit_quantity_html(self, node) -> None:
    """The number, focusable, with the index of its provenance record; the page's
    script (``ssker-provenance.js``) adds the tooltip that describes it. Why a script:
    each tooltip written out in full cost a chapter up to 80 KB, the records once each
    cost a third of that."""
    import html

    if "quantity" not in node.attributes:
        self.body.append(self.encode(node.astext()))  # reported by _match_stated
        raise nodes.SkipNode
    pages = self.builder.__dict__.setdefault("_ssker_provenance", {})
    page = pages.setdefault(self.builder.current_docname, {"q": [], "index": {}, "s": {}})
    record, cites = provenance_record(node["quantity"])
    key = json.dumps(record)
    if key not in page["index"]:
        page["index"][key] = len(page["q"])
        page["q"].append(record)
    page["s"].update(cites)
    self.body.append(f'<span class="ssker-q-n" tabindex="0" data-q="{page["index"][key]}">'
                     f"{html.escape(node.astext())}</span>")
    raise nodes.SkipNode


def _add_provenance(app, pagename, templatename, context, doctree) -> None:
    """The page's provenance records, after its body, for ``ssker-provenance.js``."""
    page = app.builder.__dict__.get("_ssker_provenance", {}).pop(pagename, None)
    if not page or "body" not in context:
        return
    uri = app.builder.get_relative_uri(pagename, provenance.APPENDIX_DOC)
    body = script_json({"appendix": uri, "anchor": provenance.ANCHOR_PREFIX,
                        "q": page["q"], "s": page["s"]})
    context["body"] += (f'<script type="application/json" id="{PROVENANCE_DATA}">'
                        f"{body}</script>")


def _visit_inline(self, node) -> None:
    self.visit_inline(node)


def _depart_inline(self, node) -> None:
    self.depart_inline(node)


def plain_code_cells(app, doctree) -> None:
    """The code of a notebook's cells is shown as plain text, not coloured: Pygments'
    colouring wraps every token in a tag and multiplies the code's bytes by about five
    and a half (a chapter's folded code went from 60 KB to 337 KB), which would take
    the heaviest pages past their weight limit."""
    for block in doctree.findall(nodes.literal_block):
        parent = block.parent
        if isinstance(parent, nodes.container) and "cell_input" in parent.get("classes", []):
            block["language"] = "none"


def _number_figures_per_page(app, env) -> list[str]:
    """Figures of a page with no section number are numbered from 1 within the page
    (Sphinx numbers them on across all such pages). Returns the pages renumbered."""
    changed = []
    for docname, by_type in env.toc_fignumbers.items():
        if env.toc_secnumbers.get(docname):
            continue
        for figtype, numbers in by_type.items():
            renumbered = {fid: (i,) for i, fid in enumerate(numbers, start=1)}
            if renumbered != numbers:
                by_type[figtype] = renumbered
                changed.append(docname)
    return sorted(set(changed))


# --- the glossary: each term's first use on a page links to its entry ----------------------

#: The glossary's page and its terms, each with the pattern of its uses in prose (a
#: plural or a form written with the term counts as a use).
GLOSSARY_DOC = "book/glossary"
GLOSSARY_TERMS = {
    "A40": r"A40", "GDP": r"GDP", "GRDP": r"GRDP", "GSO": r"GSO", "HI": r"HI", "SI": r"SI",
    "UI": r"UI", "ICLS-19": r"ICLS-19", "KER": r"KERs?", "MOLISA": r"MOLISA", "MPI": r"MPI",
    "NSO": r"NSO", "R5/R1": r"R5/R1", "VHLSS": r"VHLSS", "VSS": r"VSS",
}
_TERM_RE = {t: re.compile(rf"(?<![\w/-])(?:{rx})(?![\w/-])") for t, rx in GLOSSARY_TERMS.items()}

#: Where a use is not linked: titles and captions, code and math, links, the glossary's
#: own terms, raw HTML and glued outputs (a figure's alt text stays plain).
_NO_LINK = (nodes.title, nodes.caption, nodes.literal, nodes.literal_block, nodes.reference,
            nodes.term, nodes.raw, nodes.math, nodes.math_block, nodes.FixedTextElement,
            nodes.container, nodes.rubric, nodes.field_name)


def _linkable(node: nodes.Text) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, _NO_LINK) or isinstance(parent, addnodes.pending_xref):
            return False
        parent = parent.parent
    return True


def link_glossary_terms(app, doctree) -> None:
    """Link the first use of each glossary term on a page to its entry (a ``term``
    reference, resolved by Sphinx like ``{term}``; a missing entry fails the nitpicky
    build). Why hand-written: Sphinx links a term only where the author writes the role,
    and no extension links first uses; a page's prose is written once, its terms'
    links follow from the glossary."""
    if app.env.docname == GLOSSARY_DOC:
        return
    left = dict(_TERM_RE)
    for text in list(doctree.findall(nodes.Text)):
        if not left:
            break
        if not _linkable(text):
            continue
        value = str(text)
        hits = sorted((m.start(), m.end(), term) for term, rx in left.items()
                      if (m := rx.search(value)))
        if not hits:
            continue
        parts, pos = [], 0
        for start, end, term in hits:
            if start < pos:
                continue  # two terms overlapping: the first wins, the other waits
            parts.append(nodes.Text(value[pos:start]))
            ref = addnodes.pending_xref("", refdomain="std", reftype="term", reftarget=term,
                                        refexplicit=True, refwarn=True)
            ref += nodes.inline(value[start:end], value[start:end], classes=["xref", "std",
                                                                            "std-term"])
            parts.append(ref)
            pos = end
            del left[term]
        parts.append(nodes.Text(value[pos:]))
        text.parent.replace(text, [p for p in parts if not (isinstance(p, nodes.Text)
                                                            and not str(p))])


# --- the search: Vietnamese names found with or without their diacritics -------------------

class SearchEnglishVietnamese(SearchEnglish):
    """Sphinx's English search (the same stemmer and stop words, in the browser too), whose
    index also holds each word that has diacritics in its form without them: "Hà Nội"
    is indexed as hà, nội, ha and noi, so that a reader who types "Ha Noi" finds the
    pages that write "Hà Nội", and one who types "Hà Nội" finds them too. Why: the book
    writes the provinces and people with their Vietnamese diacritics, which many readers'
    keyboards do not type; Sphinx indexes a word only as it is written.

    The query is put in composed form (NFC) before it is split, in the browser as here:
    a keyboard that types a letter and its accents as separate characters would
    otherwise split "Nội" in two."""

    lang = "en"
    js_splitter_code = """
function splitQuery(query) {
  return query.normalize("NFC")
    .split(/[^\\p{Letter}\\p{Number}_\\p{Emoji_Presentation}]+/gu)
    .filter(term => term);
}
"""

    def init(self, options: dict[str, str]) -> None:
        super().init(options)
        self._stems: dict[str, str] = {}

    def stem(self, word: str) -> str:
        """Sphinx's stem of the word, made once per distinct word (a page repeats its
        words; the Porter stemmer was a tenth of the site's build)."""
        stem = self._stems.get(word)
        if stem is None:
            stem = self._stems[word] = super().stem(word)
        return stem

    def split(self, input: str) -> list[str]:
        words = []
        for word in super().split(unicodedata.normalize("NFC", input)):
            words.append(word)
            plain = without_diacritics(word)
            if plain != word:
                words.append(plain)
        return words


def _numref_in_hand(resolve):
    """Sphinx's numref resolution (``StandardDomain._resolve_numref_xref``), which finds
    the target figure in its page's doctree read from disk, given the doctree being
    resolved when the figure is on that very page: the same nodes, not unpickled again."""
    @functools.wraps(resolve)
    def wrapper(self, env, fromdocname, builder, typ, target, node, contnode):
        docname = (self.labels.get(target) or self.anonlabels.get(target) or ("",))[0]
        root = node
        while root.parent is not None:
            root = root.parent
        if docname != fromdocname or not isinstance(root, nodes.document):
            return resolve(self, env, fromdocname, builder, typ, target, node, contnode)
        env.get_doctree = lambda name: root if name == fromdocname else type(env).get_doctree(
            env, name)
        try:
            return resolve(self, env, fromdocname, builder, typ, target, node, contnode)
        finally:
            del env.get_doctree
    return wrapper


def _speed_up() -> None:
    """The patches of :mod:`sphinx` and :mod:`pybtex` that make the site's build faster
    without changing a byte of it (module docstring). Applied once per process."""
    if getattr(StandardDomain._resolve_numref_xref, "__wrapped__", None) is None:
        StandardDomain._resolve_numref_xref = _numref_in_hand(
            StandardDomain._resolve_numref_xref)
    if not hasattr(pybtex.plugin._load_entry_point, "cache_info"):
        pybtex.plugin._load_entry_point = functools.lru_cache(maxsize=None)(
            pybtex.plugin._load_entry_point)


def setup(app):
    _speed_up()
    app.add_node(thesis_figure, html=(_visit_thesis_html, _depart_thesis_html),
                 latex=(_pass, _pass), text=(_pass, _pass))
    app.add_role("thesis", thesis_role)
    app.add_search_language(SearchEnglishVietnamese)
    app.add_node(glued_quantity, html=(_visit_quantity_html, _pass),
                 latex=(_visit_inline, _depart_inline), text=(_visit_inline, _depart_inline))
    app.add_role("stated", stated_role)
    app.add_role_to_domain("glue", "text", ProvenanceTextRole(), override=True)
    app.add_role_to_domain("glue", "md", ProvenanceMarkdownRole(), override=True)
    app.add_directive_to_domain("glue", "md", ProvenanceMarkdownDirective, override=True)
    # after Sphinx's own numbering (priority 500)
    app.connect("env-get-updated", _number_figures_per_page, priority=900)
    # before sphinx-external-toc's handler (priority 500), which writes a bare redirect
    # when there is no index.html
    app.connect("build-finished", _write_index, priority=400)
    app.connect("html-page-context", _drop_thebe)
    app.connect("html-page-context", _add_notebook_link)
    app.connect("html-page-context", _add_provenance)
    app.connect("config-inited", _config_inited)
    app.connect("doctree-read", link_glossary_terms)
    app.connect("doctree-read", plain_code_cells)
    app.add_js_file("vega-bundle.js", loading_method="defer")
    app.add_js_file("ssker-charts.js", loading_method="defer")
    for name in PAGE_FILES:
        if name.endswith(".css"):
            app.add_css_file(name)
        else:
            app.add_js_file(name, loading_method="defer")
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
