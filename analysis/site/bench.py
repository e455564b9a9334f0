"""Build speed and page weight of the book: ``python -m analysis bench`` (make bench).

Rebuilds the book IN PLACE: it deletes ``_build`` and the executed notebooks, builds
the book from nothing, then rebuilds it after a code change to one chapter, a text
change to it and a change to one data table, restoring each file (byte for byte) and
rebuilding, so the tree and the site are left as they were found. Every build is the
``make book`` path (``python -m analysis build``, in a subprocess); the numbers of
executed notebooks come from its report (``_build/build-report.json``).

It prints, in order:

* the floor: the median time to start a python3 kernel, import what a notebook
  imports and shut the kernel down, times the number of notebooks, divided by the
  cores the build uses;
* the clean build (and its ratio to the floor), the no-op rebuild, and the three
  rebuilds after a change, with the notebooks re-executed;
* each notebook's execution time (``_build/exec-manifest.json``), slowest first;
* each page's weight (bytes of HTML, of which chart specs), and the shared assets;
* the seconds until every chart of each page is drawn in headless chromium;
* the targets, met or not.

The machine may be shared: the figures are indicative.
"""
from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..data.paths import BUILD_DIR, ROOT
from . import build

#: What the notebooks import (the floor imports the same).
IMPORTS = "import analysis.charts, analysis.data, pandas, altair, myst_nb"

#: The targets; the page limit leaves out the shared vega bundle.
CLEAN_RATIO = 2.0
NOOP_SECONDS = 2.0  # the issue of the 74 profiles: a no-op build under 2 s
PAGE_LIMIT = 400 * 1024
#: A region's profile (issue of the 74 profiles): its eight charts and its map inline.
PROFILE_LIMIT = 200 * 1024

#: A code cell that changes a chapter's code key and nothing it shows.
CODE_CELL = "\n```{code-cell} ipython3\n:tags: [remove-cell]\n\nNone\n```\n"
TEXT = "\nThis sentence is added, then removed, to time a rebuild.\n"

_SPEC = re.compile(r'<script type="application/json" id="vg-[0-9a-f]{12}-spec">(.*?)</script>',
                   re.S)


def log(message: str = "") -> None:
    print(message, flush=True)


# --- the floor ---------------------------------------------------------------------------

def kernel_floor_once() -> float:
    """Seconds to start a kernel, run the notebooks' imports and shut it down."""
    from jupyter_client.manager import start_new_kernel

    started = time.perf_counter()
    km, kc = start_new_kernel(kernel_name=build.KERNEL, cwd=str(ROOT / "book"),
                              stderr=subprocess.DEVNULL)
    try:
        reply = kc.execute_interactive(IMPORTS, timeout=120, output_hook=lambda msg: None)
        if reply["content"]["status"] != "ok":
            raise RuntimeError(f"the kernel could not run {IMPORTS!r}: {reply['content']}")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return time.perf_counter() - started


def kernel_floor(runs: int) -> list[float]:
    return [kernel_floor_once() for _ in range(runs)]


# --- builds ------------------------------------------------------------------------------

@dataclass
class Run:
    seconds: float
    report: dict

    @property
    def executed(self) -> list[str]:
        return self.report.get("executed", [])

    @property
    def merged(self) -> list[str]:
        return self.report.get("merged", [])


def run_build(jobs: int) -> Run:
    """``python -m analysis build --jobs N`` in a subprocess, timed from outside."""
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "analysis", "build", "--jobs", str(jobs)],
                          cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        sys.stdout.write(proc.stdout[-6000:])
        sys.stderr.write(proc.stderr[-6000:])
        raise RuntimeError("the build failed (output above)")
    return Run(seconds, json.loads(build.REPORT.read_text(encoding="utf-8")))


def clean() -> None:
    """Remove what a clean build makes: _build (site, manifest, caches, vega bundle)
    and the executed notebooks."""
    shutil.rmtree(BUILD_DIR, ignore_errors=True)
    for job in build.plan():
        job.output.unlink(missing_ok=True)


class Edited:
    """Change a file for the length of a ``with`` block, then put back its bytes: text
    appended, or the bytes transformed (``change``)."""

    def __init__(self, path: Path, append: str = "", change=None):
        self.path = path
        self.change = change or (lambda b: b + append.encode("utf-8"))

    def __enter__(self):
        self.original = self.path.read_bytes()
        self.path.write_bytes(self.change(self.original))
        return self

    def __exit__(self, *exc):
        self.path.write_bytes(self.original)


def default_chapter(jobs: list[build.Job]) -> build.Job:
    """The first page of the table of contents that is a chapter of its own (not the
    landing page, not a region profile, which share one template)."""
    chapters = [j for j in jobs[1:] if j.source != build.TEMPLATE]
    if not chapters:
        raise RuntimeError("the book has no chapter besides its landing page")
    return chapters[0]


def readers(manifest: dict) -> dict[str, list[str]]:
    """Data file -> the notebooks that read it on their last run."""
    found: dict[str, list[str]] = {}
    for docname, entry in manifest.items():
        for rel in entry.get("data", {}):
            found.setdefault(rel, []).append(docname)
    return found


def default_table(manifest: dict) -> str:
    """The data table (a CSV file of ``data/``) read by the fewest notebooks (but
    at least one): the change that shows best whether only its readers run again."""
    found = {rel: docs for rel, docs in readers(manifest).items()
             if rel.startswith("data/") and rel.endswith(".csv")}
    if not found:
        raise RuntimeError("no notebook read a data table")
    return min(sorted(found), key=lambda rel: len(found[rel]))


# --- pages -------------------------------------------------------------------------------

@dataclass
class Weight:
    page: str
    bytes: int
    spec_bytes: int
    charts: int


def content_pages(site: Path) -> list[Path]:
    return [p for p in sorted(site.rglob("*.html"))
            if "_static" not in p.parts and "_sources" not in p.parts]


def page_weight(page: Path, site: Path) -> Weight:
    text = page.read_text(encoding="utf-8")
    specs = _SPEC.findall(text)
    return Weight(page.relative_to(site).as_posix(), page.stat().st_size,
                  sum(len(s.encode("utf-8")) for s in specs), len(specs))


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


#: Counts a page's charts and those drawn (the page script marks each chart's div).
CHART_STATE = """(() => {
  const charts = [...document.querySelectorAll('div.ssker-chart')];
  return [charts.length, charts.filter(c => c.querySelector('.marks')).length];
})()"""


def _quiet_handler(site: Path):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(site), **kwargs)

        def log_message(self, *args):
            pass
    return Quiet


def chart_times(site: Path, timeout: float = 20.0) -> list[tuple[str, int, float | None]]:
    """(page, charts, seconds from navigation until every chart was drawn, None when
    some never drew) for every page, in Debian's headless chromium driven by Playwright
    (the site tests' browser, without their checks)."""
    from playwright.sync_api import Error as PlaywrightError  # a test dependency, as the
    from playwright.sync_api import sync_playwright  # bench is

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _quiet_handler(site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    rows = []
    try:
        with sync_playwright() as pw:
            chromium = shutil.which("chromium") or shutil.which("chromium-browser")
            browser = pw.chromium.launch(executable_path=chromium,
                                         args=["--no-sandbox", "--disable-gpu"])
            for page in content_pages(site):
                name = page.relative_to(site).as_posix()
                tab = browser.new_page()
                start = time.monotonic()
                tab.goto(f"{base}/{name}", wait_until="load")
                seconds = None
                charts = 0
                while time.monotonic() - start < timeout:
                    try:
                        charts, drawn = tab.evaluate(CHART_STATE)
                    except PlaywrightError:  # the page navigated on its own (a redirect)
                        tab.wait_for_load_state("load")
                        continue
                    if drawn >= charts:
                        seconds = time.monotonic() - start
                        break
                    time.sleep(0.05)
                rows.append((name, charts, seconds))
                tab.close()
            browser.close()
    finally:
        server.shutdown()
    return rows


# --- report ------------------------------------------------------------------------------

def kb(n: float) -> str:
    return f"{n / 1024:,.1f} KB"


def mb(n: float) -> str:
    return f"{n / 1024 / 1024:,.1f} MB"


def targets_table(rows: list[tuple[str, bool, str]]) -> str:
    width = max(len(r[0]) for r in rows)
    lines = [f"{'target':<{width}}  {'status':<7}  figure",
             f"{'-' * width}  -------  {'-' * 30}"]
    for name, met, figure in rows:
        lines.append(f"{name:<{width}}  {'met' if met else 'NOT MET':<7}  {figure}")
    return "\n".join(lines)


# --- what a user would otherwise do -----------------------------------------------------------

def jupyter_book_baseline(workdir: Path | None = None) -> float:
    """Seconds of ``jupyter-book build`` with ``execute_notebooks: force`` on the same
    notebooks (the chapters' MyST sources, the profiles' parametrised notebooks), in a
    copy of the book: what building the book without this package's build would cost."""
    work = Path(workdir or tempfile.mkdtemp(prefix="jb-baseline-"))
    try:
        shutil.copy2(ROOT / "_toc.yml", work / "_toc.yml")
        (work / "book" / "regions").mkdir(parents=True)
        for path in (ROOT / "book").iterdir():
            if path.suffix == ".md" or path.name == "references.bib":
                shutil.copy2(path, work / "book" / path.name)
            elif path.is_dir() and path.name == "_static":
                shutil.copytree(path, work / "book" / "_static")
        for job in build.plan():  # the profiles: the template with its parameters
            if job.parameters:
                build.parametrised(job, work / job.output.relative_to(ROOT))
        config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
        config["exclude_patterns"] = [p for p in config["exclude_patterns"]
                                      if p != "book/*.md"]
        config["execute"] = {"execute_notebooks": "force", "timeout": 600}
        (work / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
        jupyter_book = Path(sys.executable).parent / "jupyter-book"
        started = time.perf_counter()
        proc = subprocess.run([str(jupyter_book), "build", str(work), "--path-output",
                               str(work / "out")], cwd=work, capture_output=True, text=True)
        seconds = time.perf_counter() - started
        if proc.returncode != 0:
            sys.stdout.write(proc.stdout[-4000:])
            raise RuntimeError("the Jupyter Book baseline failed (output above)")
        return seconds
    finally:
        if workdir is None:
            shutil.rmtree(work, ignore_errors=True)


# --- the steps of the benchmark ------------------------------------------------------------------

def _floor(n: int, cores: int, floor_runs: int) -> tuple[float, float]:
    log("\n== Floor: start a python3 kernel, import the book's libraries, shut down")
    floor_times = kernel_floor(floor_runs)
    per_kernel = statistics.median(floor_times)
    floor = per_kernel * n / cores
    log(f"runs: {', '.join(f'{t:.2f}' for t in floor_times)} s; median {per_kernel:.2f} s")
    log(f"floor = {per_kernel:.2f} s x {n} notebooks / {cores} cores = {floor:.1f} s")
    return per_kernel, floor


def _clean_and_noop(jobs: int, n: int, per_kernel: float, floor: float,
                    baseline: float) -> tuple[Run, Run]:
    log("\n== Builds (python -m analysis build, as make book runs it)")
    clean()
    first = run_build(jobs)
    log(f"clean build            {first.seconds:6.1f} s  = {first.seconds / floor:.1f} x floor, "
        f"{first.seconds / baseline:.2f} x the Jupyter Book baseline "
        f"({len(first.executed)} executed)")
    steps = first.report.get("seconds", {})
    log("  where the time goes:  " + ", ".join(f"{k} {v:.1f} s" for k, v in steps.items()
                                              if k != "total")
        + f"; start-up of the command {first.seconds - steps.get('total', 0):.1f} s")
    manifest = build.load_manifest()
    executed_sum = sum(e.get("seconds", 0) for e in manifest.values())
    log(f"  notebooks: {executed_sum:.1f} s of kernel time in all = "
        f"{executed_sum / (per_kernel * n):.1f} x the kernel floor of each "
        f"(the rest: their own computing and papermill)")
    noop = run_build(jobs)
    log(f"no-op rebuild          {noop.seconds:6.1f} s  ({len(noop.executed)} executed, "
        f"site {'rebuilt' if noop.report.get('site_built') else 'unchanged'})")
    return first, noop


def _rebuilds(jobs: int, n: int, target_job, table: str | None) -> Run:
    """Rebuilds after one chapter's code, its text and one data table change; returns
    the code rebuild (its executed notebooks are a target)."""
    rel_chapter = target_job.source.relative_to(ROOT).as_posix()
    restored = []
    with Edited(target_job.source, CODE_CELL):
        code = run_build(jobs)
    restored.append(run_build(jobs))
    log(f"one chapter, code      {code.seconds:6.1f} s  ({len(code.executed)} executed: "
        f"{', '.join(code.executed) or 'none'}; a code cell appended to {rel_chapter})")
    with Edited(target_job.source, TEXT):
        text = run_build(jobs)
    restored.append(run_build(jobs))
    log(f"one chapter, text      {text.seconds:6.1f} s  ({len(text.executed)} executed, "
        f"{len(text.merged)} merged without a kernel)")
    manifest = build.load_manifest()
    rel_table = table or default_table(manifest)
    expected = sorted(readers(manifest).get(rel_table, []))
    # Windows line endings: the file's bytes change, its rows do not
    with Edited(ROOT / rel_table, change=lambda b: b.replace(b"\n", b"\r\n")):
        data = run_build(jobs)
    restored.append(run_build(jobs))
    same = sorted(data.executed) == expected
    log(f"one data table         {data.seconds:6.1f} s  ({len(data.executed)} executed; "
        f"{rel_table} is read by {len(expected)} of {n} notebooks"
        f"{'' if same else ': NOT the same notebooks'}; outputs unchanged; the site was "
        + ("rebuilt, as the 'How to cite' page names the sources' content)"
           if data.report.get('site_built') else "not rebuilt)"))
    log(f"(restoring the three files and rebuilding took "
        f"{', '.join(f'{r.seconds:.1f}' for r in restored)} s)")
    return code


def _notebook_times() -> None:
    log("\n== Execution time per notebook (last run, _build/exec-manifest.json), slowest first")
    manifest = build.load_manifest()
    for docname, entry in sorted(manifest.items(), key=lambda kv: -kv[1].get("seconds", 0)):
        log(f"  {entry.get('seconds', 0):6.2f} s  {docname}")


def _page_weights(site: Path) -> list[Weight]:
    log("\n== Page weight (HTML with its inline chart specs), heaviest first")
    weights = sorted((page_weight(p, site) for p in content_pages(site)),
                     key=lambda w: -w.bytes)
    for w in weights:
        log(f"  {kb(w.bytes):>10}  {w.page}  ({w.charts} chart(s), specs {kb(w.spec_bytes)})")
    static = site / "_static"
    bundle = static / "vega-bundle.js"
    bundle_bytes = bundle.stat().st_size if bundle.exists() else 0
    mathjax = folder_bytes(static / "mathjax") if (static / "mathjax").exists() else 0
    others = folder_bytes(static) - bundle_bytes
    log(f"  shared, counted once: vega bundle {kb(bundle_bytes)}; other static files "
        f"{mb(others)} (of which MathJax {mb(mathjax)}, loaded only in part, by pages "
        "with math)")
    return weights


def _chart_times(site: Path) -> None:
    log("\n== Charts drawn in headless chromium (seconds from navigation), slowest first")
    for name, charts, seconds in sorted(chart_times(site), key=lambda r: -(r[2] or 1e9)):
        shown = f"{seconds:6.2f} s" if seconds is not None else "  never"
        log(f"  {shown}  {name}  ({charts} chart(s))")


def bench(jobs: int | None = None, floor_runs: int = 5, chapter: str | None = None,
          table: str | None = None) -> int:
    jobs = jobs or build.default_workers()
    cores = max(1, min(jobs, os.cpu_count() or 1))
    plan = build.plan()
    n = len(plan)
    by_name = {j.docname: j for j in plan}
    if chapter and chapter not in by_name:
        raise SystemExit(f"--chapter {chapter!r} is not a page of _toc.yml; the pages: "
                         + ", ".join(by_name))
    target_job = by_name[chapter] if chapter else default_chapter(plan)
    log("Benchmark of the book's build. It rebuilds the book IN PLACE: _build/ and the "
        "executed notebooks are deleted and made again; every file it changes is put back "
        "and the book rebuilt. The machine may be shared: the figures are indicative.")
    log(f"{n} notebooks; build with --jobs {jobs} on {os.cpu_count()} cores")
    per_kernel, floor = _floor(n, cores, floor_runs)
    log("\n== Baseline: jupyter-book build with execute_notebooks: force, same notebooks")
    clean()  # the baseline starts from nothing too: no store of derived values
    baseline = jupyter_book_baseline()
    log(f"jupyter-book build     {baseline:6.1f} s  = {baseline / floor:.1f} x floor")
    first, noop = _clean_and_noop(jobs, n, per_kernel, floor, baseline)
    code = _rebuilds(jobs, n, target_job, table)
    _notebook_times()
    weights = _page_weights(build.SITE)
    _chart_times(build.SITE)
    heaviest = weights[0] if weights else Weight("-", 0, 0, 0)
    profiles = [w for w in weights if w.page.startswith("book/regions/")]
    heaviest_profile = profiles[0] if profiles else Weight("-", 0, 0, 0)
    ratio = first.seconds / floor
    rows = [
        (f"clean build within {CLEAN_RATIO:g}x the floor", ratio <= CLEAN_RATIO,
         f"{first.seconds:.1f} s = {ratio:.1f} x {floor:.1f} s"),
        ("clean build faster than jupyter-book", first.seconds < baseline,
         f"{first.seconds:.1f} s = {first.seconds / baseline:.2f} x {baseline:.1f} s"),
        (f"no-op rebuild under {NOOP_SECONDS:g} s", noop.seconds < NOOP_SECONDS,
         f"{noop.seconds:.1f} s"),
        ("changing one chapter re-executes only it", code.executed == [target_job.docname],
         f"{len(code.executed)} executed ({', '.join(code.executed) or 'none'})"),
        (f"no page over {PAGE_LIMIT // 1024} KB (bundle apart)",
         heaviest.bytes <= PAGE_LIMIT, f"heaviest {kb(heaviest.bytes)} ({heaviest.page})"),
        (f"no profile over {PROFILE_LIMIT // 1024} KB ({len(profiles)} profiles)",
         bool(profiles) and heaviest_profile.bytes <= PROFILE_LIMIT,
         f"heaviest {kb(heaviest_profile.bytes)} ({heaviest_profile.page})"),
    ]
    log("\n== Targets")
    log(targets_table(rows))
    return 0


def main(jobs: int | None = None, floor_runs: int = 5, chapter: str | None = None,
         table: str | None = None) -> int:
    # a termination signal still puts the edited files back (Edited.__exit__)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    return bench(jobs, floor_runs, chapter, table)
