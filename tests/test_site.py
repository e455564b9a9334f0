"""The built site as a reader's browser sees it, with no network: every page loads
from this machine alone, logs no console error, and its charts, icons, fonts, math
and search work; every figure has a text alternative, a caption and a table of its
chart's data (on screen, in the dark mode and in print); every page offers its
executed notebook, which passes nbval when downloaded.

One headless chromium loads every page once (the ``visits`` fixture, shared by the
tests of this module). Needs the site (``make book``; ``make test`` builds it first)
and Debian's chromium.
"""
from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import subprocess
import sys
import time
import unicodedata
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from analysis.charts.core import dataset_rows
from analysis.site import build
from support.browser import Browser, is_local, serve, watch_errors

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "_build" / "html"

#: Console errors a page may log, each with the reason it is allowed; anything else
#: fails. Empty: nothing is allowed now. Avoided rather than allowed:
#: * pydata-sphinx-theme's "Got invalid theme mode: . Resetting to auto." on a
#:   reader's first visit (empty localStorage): the theme needs a default colour mode,
#:   given in _config.yml (``html_context: default_mode: auto``). The browser of these
#:   tests starts with an empty profile, so its first page is such a first visit;
#: * the favicon's 404: the book has a favicon (book/_static/favicon.svg);
#: * sphinx-thebe's script declared twice: analysis.sphinx_ext leaves it out.
ALLOWED_CONSOLE_ERRORS: list[tuple[str, str]] = [
    # (regular expression, why it is allowed)
]

#: The search the reader's search page is checked with (a word the book uses).
SEARCH = "search.html?q=Gini"

#: True when the page is ready to check: the redirect of the site's front page
#: followed, fonts loaded, FontAwesome's icons drawn, every formula typeset by
#: MathJax, the search (on the search page, when asked for one) finished.
PAGE_READY = """(
  !document.querySelector('meta[http-equiv="Refresh"]')
  && document.readyState === 'complete'
  && document.fonts.status === 'loaded'
  && document.querySelectorAll('svg.svg-inline--fa').length > 0
  && ![...document.querySelectorAll('i')].some(i => /\\bfa-/.test(i.className))
  && [...document.querySelectorAll('.math')].every(m => m.querySelector('mjx-container'))
  && (!new URLSearchParams(location.search).get('q')
      || !!document.querySelector('#search-results .search-summary'))
)"""

#: What the tests read from each page once it is ready.
PROBE = """(() => ({
  math: document.querySelectorAll('.math').length,
  typeset: [...document.querySelectorAll('.math')]
    .filter(m => m.querySelector('mjx-container') && !m.querySelector('mjx-merror')).length,
  iconsLeft: [...document.querySelectorAll('i')].filter(i => /\\bfa-/.test(i.className))
    .map(i => i.className),
  icons: document.querySelectorAll('svg.svg-inline--fa').length,
  fontErrors: [...document.fonts].filter(f => f.status === 'error').map(f => f.family),
  imagesWithoutAlt: [...document.images].filter(i => !(i.getAttribute('alt') || '').trim())
    .map(i => i.getAttribute('src')),
  figures: [...document.querySelectorAll('figure')].map(f => ({
    id: f.id,
    number: ((f.querySelector('figcaption .caption-number') || {}).textContent || '').trim(),
    caption: ((f.querySelector('figcaption .caption-text') || {}).textContent || '').trim(),
  })),
  // every chart's data table (ssker-charts.js): where it is and what it holds
  dataTables: [...document.querySelectorAll('div.ssker-chart')].map(c => {
    const all = [...document.querySelectorAll('details.ssker-table')]
      .filter(d => d.getAttribute('data-chart') === c.id);
    const d = all[0];
    const figure = c.closest('.ssker-figure');
    const th = d ? [...d.querySelectorAll('table thead th')] : [];
    const caption = d && d.querySelector('table caption');
    return {
      id: c.id, count: all.length, afterChart: !!d && c.nextElementSibling === d,
      inFigure: figure ? figure.querySelectorAll('details.ssker-table').length : -1,
      open: !!d && d.open,
      summary: d ? d.querySelector('summary').textContent : '',
      caption: caption ? caption.textContent : '',
      header: th.map(h => h.textContent),
      scopes: th.map(h => h.getAttribute('scope')),
      rows: d ? [...d.querySelectorAll('table tbody tr')]
        .map(tr => [...tr.cells].map(td => td.textContent)) : [],
    };
  }),
  // charts drawn wider than the page's column (they would scroll sideways, cut off)
  tooWide: [...document.querySelectorAll('.ssker-chart svg.marks')].map(svg => {
    const column = svg.closest('article') || document.body;
    return [svg.closest('.ssker-chart').id, Math.round(svg.getBoundingClientRect().width),
            Math.round(column.getBoundingClientRect().width)];
  }).filter(([, width, column]) => width > column + 8),
  chartsOutsideFigures: [...document.querySelectorAll('.ssker-chart')]
    .filter(c => !c.closest('figure')).map(c => c.id),
  searchResults: [...document.querySelectorAll('#search-results ul.search li > a')]
    .map(a => a.getAttribute('href')),
  notebookLinks: [...document.querySelectorAll('a.ssker-notebook-link')].map(a => ({
    href: a.getAttribute('href'), download: a.getAttribute('download'),
    text: a.textContent.trim(), visible: a.offsetParent !== null,
  })),
  // level x-axis labels drawn over each other ("20112012"); rotated labels are left out,
  // as their boxes overlap while their glyphs do not
  overlappingLabels: [...document.querySelectorAll('.ssker-chart g.role-axis')]
    .filter(axis => /^X-axis/i.test(axis.getAttribute('aria-label') || ''))
    .map(axis => {
      const boxes = [...axis.querySelectorAll('g.role-axis-label text')]
        .filter(t => t.getAttribute('opacity') !== '0' && t.textContent.trim()
                && !/rotate\\((?!0\\))/.test(t.getAttribute('transform') || ''))
        .map(t => ({text: t.textContent, r: t.getBoundingClientRect()}))
        .sort((a, b) => a.r.left - b.r.left);
      const i = boxes.findIndex((b, k) => k > 0
        && Math.abs(boxes[k - 1].r.top - b.r.top) < b.r.height / 2
        && boxes[k - 1].r.right > b.r.left + 0.5);
      return i > 0 ? `${axis.closest('.ssker-chart').id}: ${boxes[i - 1].text}|${boxes[i].text}` : '';
    }).filter(Boolean),
}))()"""


def content_pages() -> list[Path]:
    if not SITE.exists():
        raise RuntimeError("the site is not built: run `make book` first")
    return [p for p in sorted(SITE.rglob("*.html"))
            if "_static" not in p.parts and "_sources" not in p.parts]


def notebook_pages() -> dict[str, str]:
    """Page (site path) -> its docname, for every page of _toc.yml (all notebooks)."""
    return {f"{docname}.html": docname for docname in build.toc_files()}


@pytest.fixture(scope="module")
def site():
    """The served site and one headless chromium for the tests of this module (a second
    Playwright session cannot start while one runs)."""
    server, base = serve(SITE)
    try:
        with Browser() as browser:
            yield base, browser
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def visits(site):
    """Every page of the site and the search page, each loaded once with an empty
    profile (a reader's first visit)."""
    base, browser = site
    names = [p.relative_to(SITE).as_posix() for p in content_pages()] + [SEARCH]
    return base, {name: browser.visit(f"{base}/{name}", wait_for=PAGE_READY, probe=PROBE)
                  for name in names}


def test_the_book_has_chapters_and_region_profiles():
    names = {p.relative_to(SITE).as_posix() for p in content_pages()}
    assert "book/ch3-current-status.html" in names
    profiles = {n for n in names if n.startswith("book/regions/")}
    assert len(profiles) >= 2, profiles
    assert set(notebook_pages()) <= names


def test_no_chart_is_wider_than_the_pages_column(visits):
    """Legends below the chart in columns, two legends one under the other, long
    labels in one column: a chart fits the page's column and is not cut off."""
    _, pages = visits
    wide = {name: v.probe["tooWide"] for name, v in pages.items()
            if v.probe and v.probe.get("tooWide")}
    assert wide == {}


def test_every_chart_renders(visits):
    _, pages = visits
    total = 0
    for name, visit in pages.items():
        if name == SEARCH:
            continue
        built = (SITE / name).read_text(encoding="utf-8")
        expected = len(re.findall(r'<div id="vg-[0-9a-f]{12}" class="ssker-chart"', built))
        assert visit.charts == expected, f"{name}: {visit.charts} charts in the page, {expected} built"
        assert not visit.failed, f"{name}: charts failed to draw: {visit.failed}"
        assert visit.drawn == expected, f"{name}: {visit.drawn} of {expected} charts rendered"
        total += expected
    assert total >= 3


_SPEC = re.compile(r'<script type="application/json" id="(vg-[0-9a-f]{12})-spec">(.*?)</script>',
                   re.S)


def test_every_published_chart_is_a_valid_vega_lite_spec():
    """The notebooks render charts without Altair's schema check (it costs a third of a
    second a page, see analysis.charts.core.Spec.of): the check is made here, once, on
    every spec the site publishes, against the Vega-Lite schema Altair ships."""
    import json

    from altair.utils.schemapi import validate_jsonschema
    from altair.vegalite.v6.schema.core import load_schema

    schema = load_schema()
    checked, invalid, seen = 0, [], set()
    for page in content_pages():
        for chart_id, body in _SPEC.findall(page.read_text(encoding="utf-8")):
            if chart_id in seen:  # the id is a hash of the spec
                continue
            seen.add(chart_id)
            spec = json.loads(body)
            error = validate_jsonschema(spec, schema, raise_error=False)
            if error is not None:
                invalid.append(f"{page.relative_to(SITE)} {chart_id}: {error.message[:300]}")
            checked += 1
    assert checked >= 100, f"only {checked} chart specs found on the site"
    assert not invalid, "\n".join(invalid)


def test_the_spec_check_finds_an_invalid_spec():
    from altair.utils.schemapi import validate_jsonschema
    from altair.vegalite.v6.schema.core import load_schema

    bad = {"mark": "line", "encoding": {"x": {"field": "year", "type": "time-ish"}},
           "data": {"values": []}}
    assert validate_jsonschema(bad, load_schema(), raise_error=False) is not None


def test_no_chart_prints_axis_labels_over_each_other(visits):
    _, pages = visits
    overlapping = {name: v.probe["overlappingLabels"] for name, v in pages.items()
                   if v.probe and v.probe["overlappingLabels"]}
    assert not overlapping, overlapping


def test_every_page_gets_ready(visits):
    _, pages = visits
    late = [name for name, visit in pages.items() if not visit.ready]
    assert not late, f"fonts, math or search never finished on: {late}"


def test_no_page_logs_a_console_error(visits):
    _, pages = visits
    for name, visit in pages.items():
        errors = [e for e in visit.console_errors
                  if not any(re.search(pattern, e) for pattern, _ in ALLOWED_CONSOLE_ERRORS)]
        assert not errors, f"{name} logged: {errors}"


def test_no_request_fails(visits):
    _, pages = visits
    for name, visit in pages.items():
        assert not visit.failed_requests, f"{name}: {visit.failed_requests}"


def test_no_page_asks_for_anything_off_this_machine(visits):
    base, pages = visits
    for name, visit in pages.items():
        remote = [u for u in visit.requests if not is_local(u, base)]
        assert remote == [], f"{name} asked for: {remote}"


def test_built_html_names_no_remote_script_or_stylesheet():
    pattern = re.compile(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?(https?:)?//", re.I)
    for page in content_pages():
        match = pattern.search(page.read_text(encoding="utf-8"))
        assert not match, f"{page.relative_to(SITE)}: {match.group(0)}"


# --- offline: icons, fonts, math, search ------------------------------------------------

def test_icons_and_fonts_load_from_the_site(visits):
    base, pages = visits
    for name, visit in pages.items():
        probe = visit.probe
        assert probe["icons"] > 0, f"{name}: FontAwesome drew no icon"
        assert not probe["iconsLeft"], f"{name}: icons not drawn: {probe['iconsLeft']}"
        assert not probe["fontErrors"], f"{name}: fonts that failed: {probe['fontErrors']}"
    fonts = {u for v in pages.values() for u in v.requests if u.endswith((".woff2", ".woff"))}
    assert fonts and all(is_local(u, base) for u in fonts)


def test_math_is_typeset_by_the_sites_own_mathjax(visits):
    base, pages = visits
    visit = pages["book/ch3-correlations.html"]
    assert visit.probe["math"] >= 1, "section 3.3 should show its Gini formula"
    assert visit.probe["typeset"] == visit.probe["math"], visit.probe
    mathjax = [u for u in visit.requests if "mathjax" in u.lower()]
    assert mathjax and all(u.startswith(f"{base}/_static/mathjax/") for u in mathjax), mathjax
    for name, v in pages.items():
        assert v.probe["typeset"] == v.probe["math"], f"{name}: math not typeset"


def test_search_finds_pages_offline(visits):
    _, pages = visits
    results = pages[SEARCH].probe["searchResults"]
    assert "book/ch3-correlations.html" in results, results


#: A province typed as the book writes it, as most keyboards type it, in lower case,
#: and with its accents typed as separate characters (decomposed, NFD).
PROVINCE_QUERIES = ["Hà Nội", "Ha Noi", "ha noi", unicodedata.normalize("NFD", "Hà Nội")]


@pytest.mark.parametrize("query", PROVINCE_QUERIES, ids=["diacritics", "ascii", "lower",
                                                         "decomposed"])
def test_search_finds_a_province_typed_with_or_without_its_diacritics(site, query):
    """The reader's search page (Sphinx's own script, on the index the book's search
    language writes) lists the province's profile, whichever way the name is typed."""
    base, browser = site
    url = f"{base}/search.html?q={urllib.parse.quote(query)}"
    visit = browser.visit(url, wait_for=PAGE_READY, probe=PROBE)
    assert visit.ready, f"the search for {query!r} never finished"
    results = visit.probe["searchResults"]
    assert "book/regions/ha-noi.html" in results, (query, results)
    assert not visit.console_errors, visit.console_errors


# --- text alternatives and captions -----------------------------------------------------

def test_every_chart_has_a_text_alternative(visits):
    _, pages = visits
    for name, visit in pages.items():
        for tag in re.findall(r'<div id="vg-[0-9a-f]{12}" class="ssker-chart"[^>]*>', visit.dom):
            assert re.search(r'aria-label="[^"]{20,}"', tag), f"{name}: {tag}"


def test_every_image_has_alt_text(visits):
    _, pages = visits
    for name, visit in pages.items():
        assert not visit.probe["imagesWithoutAlt"], \
            f"{name}: images without alt text: {visit.probe['imagesWithoutAlt']}"
    for page in content_pages():
        for tag in re.findall(r"<img\b[^>]*>", page.read_text(encoding="utf-8")):
            assert re.search(r'\balt="[^"]*\S[^"]*"', tag), f"{page.relative_to(SITE)}: {tag}"


def test_every_figure_is_numbered_and_captioned(visits):
    _, pages = visits
    count = 0
    for name, visit in pages.items():
        assert not visit.probe["chartsOutsideFigures"], \
            f"{name}: charts outside a numbered figure: {visit.probe['chartsOutsideFigures']}"
        for figure in visit.probe["figures"]:
            assert re.fullmatch(r"Fig\. [0-9.]+", figure["number"]), f"{name}: {figure}"
            assert len(figure["caption"]) >= 20, f"{name}: caption too short: {figure}"
            count += 1
    assert count >= 3


# --- the published record: every page's executed notebook ------------------------------

def test_every_notebook_page_links_its_executed_notebook(visits):
    _, pages = visits
    for name, docname in notebook_pages().items():
        links = pages[name].probe["notebookLinks"]
        assert len(links) == 1, f"{name}: {links}"
        link = links[0]
        assert link["visible"], f"{name}: the notebook link is hidden"
        assert link["text"] == "Download the executed notebook (.ipynb)"
        target = (SITE / name).parent / link["href"]
        assert target.resolve() == (SITE / "_sources" / f"{docname}.ipynb").resolve()
        assert link["download"] == Path(docname).name + ".ipynb"


def test_downloaded_notebooks_are_the_executed_ones_and_pass_nbval(visits, tmp_path_factory):
    """What a reviewer does: download each page's notebook from the site, outside the
    repository, and re-run it with nbval (every output compared)."""
    base, pages = visits
    folder = tmp_path_factory.mktemp("downloaded")
    assert ROOT not in folder.parents
    for name, docname in notebook_pages().items():
        href = pages[name].probe["notebookLinks"][0]["href"]
        url = urllib.parse.urljoin(f"{base}/{name}", href)
        with urllib.request.urlopen(url, timeout=30) as response:
            body = response.read()
        executed = (ROOT / docname).with_suffix(".ipynb").read_bytes()
        assert body == executed, f"{url} is not the executed {docname}.ipynb"
        if b'"cell_type": "code"' in body:  # a page of prose only (How to cite) has none
            assert b'"outputs": [\n' in body and b'"execution_count": 1' in body
        (folder / f"{docname.replace('/', '--')}.ipynb").write_bytes(body)
    workers = min(os.cpu_count() or 1, len(notebook_pages()))
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval",
           str(folder)]
    if workers > 1:
        cmd += ["-n", str(workers), "--dist", "loadfile"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    result = subprocess.run(cmd, cwd=folder, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert re.search(r"\b\d+ passed\b", result.stdout) and " failed" not in result.stdout


DARK_LABEL = "rgb(207, 207, 207)"  # #cfcfcf, the axis labels of ssker-charts.js's dark mode
CHART_MODE = """(() => {
  const charts = [...document.querySelectorAll('div.ssker-chart')];
  const c = charts.find(x => x.querySelector('g.role-axis-label text'))
            || charts.find(x => x.getAttribute('data-mode'));
  const label = c && c.querySelector('g.role-axis-label text');
  return {mode: c && c.getAttribute('data-mode'), drawn: !!(label),
          fill: label && getComputedStyle(label).fill,
          theme: document.documentElement.dataset.theme};
})()"""


def _chart_mode(browser, page, want: str, timeout: float = 15.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        state = browser.evaluate(page, CHART_MODE)
        if (state["mode"] == want and state["drawn"]) or time.monotonic() > deadline:
            return state
        time.sleep(0.1)


def test_charts_follow_the_sites_dark_mode(site):
    """A reader whose system is dark gets dark charts (light labels on the page's own
    background); switching the site's mode draws them again in the other."""
    base, browser = site
    page = browser.new_page()
    try:
        page.emulate_media(color_scheme="dark")
        page.goto(f"{base}/book/ch3-region.html", wait_until="load")
        dark = _chart_mode(browser, page, "dark")
        assert dark["theme"] == "dark" and dark["mode"] == "dark", dark
        assert dark["fill"] == DARK_LABEL, dark
        page.evaluate("document.documentElement.dataset.theme = 'light'")
        light = _chart_mode(browser, page, "light")
        assert light["mode"] == "light" and light["fill"] != DARK_LABEL, light
    finally:
        page.close()


def test_the_dark_mode_lightens_the_countrys_own_colour():
    from analysis.charts import REGION_COLORS, embed_script

    assert f'var COUNTRY = "{REGION_COLORS["Whole country"]}"' in embed_script()


def test_long_subtitles_are_wrapped_to_the_column():
    from analysis.charts.core import SUBTITLE_CHARS, wrap_lines

    lines = wrap_lines(["short", "a much longer subtitle line " * 6])
    assert lines[0] == "short" and len(lines) > 2
    assert all(len(line) <= SUBTITLE_CHARS for line in lines)
    # and every published chart's subtitle lines are within the limit
    import json
    for page in content_pages():
        for _, body in _SPEC.findall(page.read_text(encoding="utf-8")):
            title = json.loads(body).get("title", {})
            sub = title.get("subtitle", []) if isinstance(title, dict) else []
            sub = [sub] if isinstance(sub, str) else sub
            assert all(len(line) <= SUBTITLE_CHARS for line in sub), (page.name, sub)


# --- each chart's data as a table (for screen readers and print) -----------------------

def _is_geometry(rows) -> bool:
    """A map's outlines: a TopoJSON topology, or GeoJSON features."""
    if isinstance(rows, dict):
        return rows.get("type") == "Topology"
    return bool(rows) and isinstance(rows[0], dict) and rows[0].get("type") == "Feature" \
        and "geometry" in rows[0]


def spec_rows(spec: dict) -> tuple[list[str], list[dict]]:
    """The columns and rows of a chart's data as the reader is offered them, read from
    the spec here: its largest named dataset that is not a map's boundaries (else its
    inline values); columns in the order they first appear."""
    sets = [rows for rows in (dataset_rows(spec, name) for name in spec.get("datasets") or {})
            if not _is_geometry(rows)]
    rows = max(sets, key=len) if sets else (spec.get("data") or {}).get("values") or []
    columns: list[str] = []
    for row in rows:
        columns += [key for key in row if key not in columns]
    return columns, rows


def cell_problem(value, text: str) -> str | None:
    """Why ``text`` does not show ``value`` readably (None when it does): integers and
    years as they are, other numbers within their rounding to at most four decimals
    (four significant digits below 0.01), a gap as a dash, lists as "a, b"."""
    if value is None or value == "":
        return None if text == "–" else "a gap should read –"
    if isinstance(value, bool):
        return None if text == str(value).lower() else "boolean"
    if isinstance(value, (int, float)) and float(value).is_integer():
        return None if text == str(int(value)) else "integer altered"
    if isinstance(value, float):
        try:
            shown = float(text)
        except ValueError:
            return "not a number"
        if abs(value) >= 0.01:
            decimals = len(text.partition(".")[2])
            if decimals > 4:
                return f"{decimals} decimals"
            return None if abs(shown - value) <= 0.5e-4 + 1e-12 else "wrong value"
        return None if math.isclose(shown, value, rel_tol=5e-4) else "wrong value"
    if isinstance(value, list):
        want = ", ".join("–" if v is None else str(v) for v in value) or "–"
        return None if text == want else "list"
    if isinstance(value, dict):
        return None if json.loads(text) == value else "object"
    return None if text == str(value) else "text altered"


def test_every_chart_has_one_table_of_its_data(visits):
    """Under every chart, one closed table of the rows and columns of its data (a map's
    boundaries left out), checked against the spec the page carries."""
    _, pages = visits
    charts = maps = cells = 0
    for name, visit in pages.items():
        if name == SEARCH:
            continue
        specs = {cid: json.loads(body)
                 for cid, body in _SPEC.findall((SITE / name).read_text(encoding="utf-8"))}
        tables = {t["id"]: t for t in visit.probe["dataTables"]}
        assert set(tables) == set(specs), name
        for cid, spec in specs.items():
            table, where = tables[cid], f"{name} {cid}"
            columns, rows = spec_rows(spec)
            assert table["count"] == 1 and table["inFigure"] == 1, (where, table["count"])
            assert table["afterChart"] and not table["open"], where
            assert table["header"] == columns, (where, table["header"], columns)
            assert table["scopes"] == ["col"] * len(columns), where
            assert len(table["rows"]) == len(rows), (where, len(table["rows"]), len(rows))
            assert table["summary"] == f"Data of this chart ({len(rows):,} rows)", where
            assert table["caption"].startswith("Data of the chart"), where
            for k, (row, shown) in enumerate(zip(rows, table["rows"])):
                assert len(shown) == len(columns), (where, k)
                for column, text in zip(columns, shown):
                    problem = cell_problem(row.get(column), text)
                    assert problem is None, (where, k, column, row.get(column), text, problem)
                    cells += 1
            charts += 1
            maps += any(_is_geometry(r) for r in (spec.get("datasets") or {}).values())
    assert charts >= 100 and maps >= 1 and cells >= 10000, (charts, maps, cells)


def test_the_table_of_a_long_dataset_says_so_in_its_summary(site):
    """A chart of more than 2,000 rows (none is published yet) gets its whole table,
    and its summary says it is long."""
    base, browser = site
    spec = {"$schema": "https://vega.github.io/schema/vega-lite/v6.json",
            "title": "A long series",
            "datasets": {"d": [{"i": i, "x": i * 0.1234567 + 0.1} for i in range(2500)]},
            "data": {"name": "d"}, "mark": "point",
            "encoding": {"x": {"field": "i", "type": "quantitative"},
                         "y": {"field": "x", "type": "quantitative"}}}
    page = browser.new_page()
    errors = watch_errors(page)
    try:
        page.goto(f"{base}/book/ch3-components.html", wait_until="load")
        page.evaluate("""spec => {
          const f = document.createElement('div'); f.className = 'ssker-figure';
          f.innerHTML = '<div id="vg-0123456789ab" class="ssker-chart"></div>'
            + '<script type="application/json" id="vg-0123456789ab-spec"></' + 'script>';
          f.querySelector('script').textContent = JSON.stringify(spec);
          document.querySelector('article').appendChild(f);
          window.sskerChart('vg-0123456789ab');
        }""", spec)
        state = page.wait_for_function("""(() => {
          const d = document.querySelector('details.ssker-table[data-chart="vg-0123456789ab"]');
          return d && {summary: d.querySelector('summary').textContent,
                       rows: d.querySelectorAll('tbody tr').length,
                       last: [...d.querySelectorAll('tbody tr:last-child td')]
                         .map(td => td.textContent)};
        })()""", timeout=20000).json_value()
        assert state["summary"] == "Data of this chart (2,500 rows: a long table)", state
        assert state["rows"] == 2500
        assert len(state["last"]) == 2, state
        assert cell_problem(2499, state["last"][0]) is None, state
        assert cell_problem(spec["datasets"]["d"][-1]["x"], state["last"][1]) is None, state
        assert not errors, errors
    finally:
        page.close()


TABLES = """(() => [...document.querySelectorAll('.ssker-figure')].map(f => {
  const d = f.querySelectorAll('details.ssker-table');
  const t = d[0] && d[0].querySelector('table');
  return {count: d.length, open: !!d[0] && d[0].open,
          visible: !!t && t.checkVisibility() && t.getBoundingClientRect().height > 0};
}))()"""

#: The colours a reader sees in the first table: its cells' text and the first
#: background behind them that is not transparent.
TABLE_COLOURS = """(() => {
  const td = document.querySelector('details.ssker-table tbody td');
  let bg = 'rgba(0, 0, 0, 0)', el = td;
  while (el && /rgba\\(0, 0, 0, 0\\)|transparent/.test(bg)) {
    bg = getComputedStyle(el).backgroundColor; el = el.parentElement;
  }
  return {text: getComputedStyle(td).color, background: bg};
})()"""


def _luminance(css: str) -> float:
    r, g, b = (int(v) / 255 for v in re.findall(r"\d+", css)[:3])
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(colours: dict) -> float:
    a, b = sorted((_luminance(colours["text"]), _luminance(colours["background"])))
    return (b + 0.05) / (a + 0.05)


#: Keeps the last file a button of the page hands the browser to download (the blob
#: behind its link): the tests read the CSV there, as the browser of these tests
#: drops the eleventh download of a page.
KEEP_BLOBS = """(() => {
  if (window.sskerKeptBlob !== undefined) return;
  window.sskerKeptBlob = null;
  const create = URL.createObjectURL;
  URL.createObjectURL = blob => { window.sskerKeptBlob = blob; return create.call(URL, blob); };
})()"""


def _downloaded_csv(page, button, download: bool = False) -> list[list[str]]:
    """The rows of the CSV the button offers (``download``: and check that it is the
    file the browser downloads)."""
    page.evaluate(KEEP_BLOBS)
    page.evaluate("window.sskerKeptBlob = null")
    if download:
        with page.expect_download() as info:
            button.click()
        downloaded = Path(info.value.path()).read_bytes().decode("utf-8")
    else:
        button.click()
    text = page.wait_for_function("window.sskerKeptBlob && window.sskerKeptBlob.text()",
                                  timeout=20000).json_value()
    if download:
        assert downloaded == text
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("name", ["book/ch3-region.html", "book/ch3-components.html"])
def test_the_data_tables_match_the_csv_and_show_on_screen_dark_and_print(site, name):
    """On a page with a map and on one of many charts: each table has the header and
    the number of rows of the chart's CSV download; opening its summary shows it; it
    is readable in the dark mode and still one after the charts are drawn again in it;
    printing shows every table."""
    base, browser = site
    page = browser.new_page()
    errors = watch_errors(page)
    try:
        page.goto(f"{base}/{name}", wait_until="load")
        page.evaluate("document.documentElement.dataset.theme = 'light'")
        charts = browser.evaluate(page, "document.querySelectorAll('div.ssker-chart').length")
        assert charts >= 3
        page.wait_for_function(f"""document.querySelectorAll('button.ssker-csv').length === {charts}
          && document.querySelectorAll('details.ssker-table').length === {charts}""",
                               timeout=30000)
        figures = page.locator(".ssker-figure")
        assert figures.count() == charts
        for i in range(charts):
            figure = figures.nth(i)
            rows = _downloaded_csv(page, figure.locator("button.ssker-csv"), download=i < 3)
            header = figure.locator("details.ssker-table table thead th").all_text_contents()
            assert header == rows[0], (i, header, rows[0])
            assert figure.locator("details.ssker-table table tbody tr").count() == len(rows) - 1
        before = browser.evaluate(page, TABLES)
        assert all(f["count"] == 1 and not f["open"] and not f["visible"] for f in before), before

        # the reader opens the first table
        page.locator("details.ssker-table > summary").first.click()
        opened = browser.evaluate(page, TABLES)
        assert opened[0]["open"] and opened[0]["visible"], opened[0]
        assert not any(f["visible"] for f in opened[1:])
        light = browser.evaluate(page, TABLE_COLOURS)
        assert _contrast(light) >= 4.5 and _luminance(light["text"]) < 0.2, light

        # the dark mode: the charts are drawn again, the tables are not
        page.evaluate("document.documentElement.dataset.theme = 'dark'")
        assert _chart_mode(browser, page, "dark")["mode"] == "dark"
        page.wait_for_function("""[...document.querySelectorAll('div.ssker-chart')]
          .every(c => c.getAttribute('data-mode') === 'dark' && c.querySelector('.marks'))""",
                               timeout=30000)
        page.wait_for_timeout(300)
        dark_tables = browser.evaluate(page, TABLES)
        assert dark_tables == opened, dark_tables
        assert browser.evaluate(page, "document.querySelectorAll('details.ssker-table').length") \
            == charts
        dark = browser.evaluate(page, TABLE_COLOURS)
        assert _contrast(dark) >= 4.5 and _luminance(dark["text"]) > 0.4, dark

        # print: every table shows, closed or not; the print opens them and closes again
        page.emulate_media(media="print")
        printed = browser.evaluate(page, TABLES)
        assert all(f["count"] == 1 and f["visible"] for f in printed), printed
        page.emulate_media(media="screen")
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        assert all(f["open"] for f in browser.evaluate(page, TABLES))
        page.evaluate("window.dispatchEvent(new Event('afterprint'))")
        after = browser.evaluate(page, TABLES)
        assert [f["open"] for f in after] == [True] + [False] * (charts - 1), after
        assert not errors, errors
    finally:
        page.close()
