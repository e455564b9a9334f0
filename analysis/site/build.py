"""Build the book: execute the notebooks (chapters and region profiles) with a cache,
then render the site with Jupyter Book.

Execution
    Every page of ``_toc.yml`` is a notebook. Chapters are MyST-markdown notebooks
    (``book/<name>.md``); region profiles are made by papermill from one template
    (``book/regions/profile-template.md``) with ``region`` set to the profile's slug.
    Executed notebooks are written next to their source (``book/<name>.ipynb``,
    ``book/regions/<slug>.ipynb``); Sphinx renders those, with execution off.
    The profiles the book publishes are :data:`PROFILE_PARTS`; :func:`write_profile_toc`
    lists them in ``_toc.yml`` and :func:`run_profiles` (``python -m analysis
    profiles``) executes them alone, with the same cache.

Cache
    A notebook is executed again only when its code cells, the ``analysis``
    package, the pinned dependencies or one of the data files it read last time
    changed (files are compared by content, so touching a file changes nothing).
    When only its markdown changed, the new text is merged with the outputs of the
    last run without starting a kernel.

Safety
    All stale notebooks are executed into a staging folder first; only when every
    one succeeded are they moved into place. The site is built into
    ``_build/work`` and copied to ``_build/html`` only when the build succeeded, so
    a failure leaves the last good notebooks and site where they were.

Speed
    The Sphinx process is started while the notebooks execute: it imports Jupyter
    Book, Sphinx and every extension and writes the vega bundle, then waits; when
    every notebook succeeded it is told to build (else to stop). Each build writes
    ``_build/build-report.json``: which notebooks were executed or merged and how
    long each step took (read by ``python -m analysis bench``).
"""
from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .. import data
from ..data import regions, series
from ..data.paths import BOOK_DIR, BUILD_DIR, DATA_DIR, ROOT
from ..data.tables import TRACE_ENV
from ..pages import finder
from . import citation, warm_kernel

TOC = ROOT / "_toc.yml"
CONFIG = ROOT / "_config.yml"
TEMPLATE = BOOK_DIR / "regions" / "profile-template.md"
MANIFEST = BUILD_DIR / "exec-manifest.json"
REPORT = BUILD_DIR / "build-report.json"
SITE = BUILD_DIR / "html"
WORK = BUILD_DIR / "work"

#: The region profiles the book publishes, by part of the table of contents
#: (:func:`analysis.pages.finder.profile_groups`): the country and the KERs; each GSO
#: region with its provinces under it. Every geography of the registry: 74 profiles.
PROFILE_PARTS = finder.profile_groups()
PROFILES = finder.published()

KERNEL = "python3"


def default_workers() -> int:
    """Notebooks executed at once unless told: two per core. A kernel's start leaves its
    core idle for a moment (its sockets connect, Jupyter polls), which a second notebook
    fills: on 2 cores a build from nothing took 87 s with 3 or 4 workers, against 118 s
    with 2."""
    return 2 * (os.cpu_count() or 1)


#: Set (to anything) to run every notebook in a fresh ``python3`` kernel instead of one
#: forked from the build's warm process (:mod:`.warm_kernel`): to compare the two.
FRESH_ENV = "SSKER_FRESH_KERNELS"

TIMEOUT = 600


class BuildError(RuntimeError):
    """A build step failed; the message says which and why."""


def log(message: str) -> None:
    print(message, flush=True)


# --- hashing -----------------------------------------------------------------------------

def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_hash(path: Path) -> str | None:
    try:
        return _sha(path.read_bytes())
    except FileNotFoundError:
        return None


def tree_hash(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(str(path.relative_to(ROOT)).encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


#: The layer of the analysis package that no notebook imports (the build, the benchmark,
#: the command line, the site's extension and stylesheet: the last two are part of the
#: site's key instead), and the package's entry point. Changing them executes nothing
#: again.
SITE_LAYER = ROOT / "analysis" / "site"
ENTRY_POINT = ROOT / "analysis" / "__main__.py"


def environment_key() -> str:
    """What every notebook depends on besides its own code and data: the analysis
    package less its site layer, the pinned dependencies and the data package
    descriptor."""
    files = [p for p in (ROOT / "analysis").rglob("*") if p.is_file()
             and "__pycache__" not in p.parts and SITE_LAYER not in p.parents
             and p != ENTRY_POINT]
    files += [ROOT / "pyproject.toml", DATA_DIR / "datapackage.json"]
    return tree_hash(files)


# --- the jobs ----------------------------------------------------------------------------

@dataclass
class Job:
    docname: str                 # "book/ch3-current-status" (toc entry)
    source: Path                 # the .md the notebook is made from
    output: Path                 # the executed .ipynb
    parameters: dict | None = None
    seconds: float = 0.0
    reads: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return self.docname.removeprefix("book/")


def toc_files() -> list[str]:
    import yaml

    toc = yaml.safe_load(TOC.read_text(encoding="utf-8"))
    files = [toc["root"]]

    def walk(node):
        if isinstance(node, dict):
            if "file" in node:
                files.append(node["file"])
            for key in ("parts", "chapters", "sections"):
                for child in node.get(key, []) or []:
                    walk(child)

    walk(toc)
    return files


def profile_job(slug: str, output: Path | None = None) -> Job:

    regions.get(slug)  # raises with the valid slugs
    out = output or BOOK_DIR / "regions" / f"{slug}.ipynb"
    return Job(f"book/regions/{slug}", TEMPLATE, out, {"region": slug})


def plan() -> list[Job]:
    jobs = []
    for docname in toc_files():
        path = ROOT / docname
        if docname.startswith("book/regions/") and path.name in PROFILES:
            jobs.append(profile_job(path.name))
            continue
        source = path.with_suffix(".md")
        if not source.exists():
            raise BuildError(f"_toc.yml lists {docname}, but {source.relative_to(ROOT)} "
                             "does not exist")
        jobs.append(Job(docname, source, path.with_suffix(".ipynb")))
    return jobs


# --- notebooks ---------------------------------------------------------------------------

#: The notebooks read from their sources in this process, by file and version: the 74
#: profiles share one template, read once rather than 74 times (half a no-op build).
_SOURCES: dict[str, tuple] = {}


def read_source(job: Job):
    """The job's notebook before execution (from MyST markdown via jupytext); a copy of
    its own, as callers change it."""
    import jupytext

    stat = job.source.stat()
    version = (stat.st_mtime_ns, stat.st_size)
    held = _SOURCES.get(str(job.source))
    nb = held[1] if held and held[0] == version else None
    if nb is None:
        nb = jupytext.read(job.source, fmt="md:myst")
        for i, cell in enumerate(nb.cells):  # stable ids: same source, same notebook
            cell.id = f"cell-{i:03d}"
        nb.metadata.setdefault("kernelspec", {"display_name": "Python 3",
                                              "language": "python", "name": KERNEL})
        _SOURCES[str(job.source)] = (version, nb)
    return copy.deepcopy(nb)


def code_key(nb, parameters: dict | None) -> str:
    cells = [c.source for c in nb.cells if c.cell_type == "code"]
    return _sha(json.dumps({"code": cells, "parameters": parameters}, sort_keys=True).encode())


def _clean(nb) -> None:
    """Drop run-specific metadata (timings, papermill bookkeeping, the empty tag lists
    papermill adds) so the same inputs give byte-identical notebooks, whether a
    notebook was executed or had its text merged."""
    nb.metadata.pop("papermill", None)
    for cell in nb.cells:
        cell.metadata.pop("papermill", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill gives it a random id
            # kept in the notebook (a reader re-runs it), not shown on the page
            if "remove-cell" not in cell.metadata["tags"]:
                cell.metadata["tags"].append("remove-cell")
        cell.metadata.pop("execution", None)
        if cell.metadata.get("tags") == []:
            del cell.metadata["tags"]
        if cell.cell_type == "code":
            for out in cell.get("outputs", []):
                out.get("metadata", {}).pop("papermill", None)


def _fill_title(nb, parameters: dict | None) -> None:
    """Put the region into the profile's markdown: "{{ region_name }}" becomes its
    name (the page title) and "{{ region }}" its slug (unique figure labels)."""
    if not parameters or "region" not in parameters:
        return

    slug = parameters["region"]
    name = regions.get(slug).name
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            cell.source = (cell.source.replace("{{ region_name }}", name)
                           .replace("{{ region }}", slug))


#: The first cell of every executed notebook: what it needs to run, for a reader who
#: downloads it from the site. Tagged ``remove-cell``: the page does not show it.
HOW_TO_RUN_ID = "how-to-run"
HOW_TO_RUN = (
    "**To run this notebook again.** It is a page of the book *Social Security in Viet "
    "Nam's Key Economic Regions* and needs two things of the book's repository: its Python "
    "package `analysis` and its data package (the tables in `data/` with "
    "`datapackage.json`; the site offers them one by one and as `ssker-data.zip` on its "
    "data appendix). Clone the repository, run `make install` (Python 3.11), put this "
    "file in `book/` (a region profile in `book/regions/`) and open it there, or check it "
    "with `pytest --nbval`: every output should come out the same.")


def _finish(nb, parameters: dict | None) -> None:
    """What every executed notebook gets before it is written: its run-specific metadata
    dropped (:func:`_clean`), a profile's region in its title (:func:`_fill_title`), and
    the note on what it needs to run as its first cell (once)."""
    import nbformat

    _clean(nb)
    _fill_title(nb, parameters)
    if not nb.cells or nb.cells[0].get("id") != HOW_TO_RUN_ID:
        cell = nbformat.v4.new_markdown_cell(HOW_TO_RUN)
        cell.id = HOW_TO_RUN_ID
        cell.metadata["tags"] = ["remove-cell"]
        nb.cells.insert(0, cell)


def parametrised(job: Job, output: Path) -> None:
    """Write the job's notebook as it goes to the kernel, not executed: a profile with
    its parameters injected (papermill's own cell) and its region in the title."""
    import nbformat
    import papermill as pm

    with tempfile.TemporaryDirectory(prefix="ssker-prepare-") as tmp:
        staged_in = Path(tmp) / "input.ipynb"
        nbformat.write(read_source(job), staged_in)
        pm.execute_notebook(str(staged_in), str(output), parameters=job.parameters or {},
                            kernel_name=KERNEL, prepare_only=True, progress_bar=False)
    nb = nbformat.read(output, as_version=4)
    _finish(nb, job.parameters)
    nbformat.write(nb, output)


#: Files outside data/ that a notebook may read directly (not through analysis.data,
#: so the read is not traced): a notebook whose code names one depends on it.
EXTRA_INPUTS = ("book/references.bib",)


def extra_inputs(nb) -> list[str]:
    """The :data:`EXTRA_INPUTS` a notebook's code cells name (by file name)."""
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    return [rel for rel in EXTRA_INPUTS if Path(rel).name in code]


#: A kernel that cannot bind its ports (another process took one between the
#: choice of the port and its use, which happens when several kernels start at
#: once) is started again; a failing cell is never run twice.
KERNEL_START_ATTEMPTS = 3


def _port_taken(err: BaseException) -> bool:
    while err is not None:
        if "Address already in use" in str(err):
            return True
        err = err.__cause__ or err.__context__
    return False


@contextmanager
def warm_kernels():
    """For the block, the notebooks' kernels are forked from one process that has
    imported the book's libraries (:mod:`.warm_kernel`): its server is started, its
    kernel spec written, and the workers to come told of both; afterwards the server is
    stopped (with any kernel still running). Unless :data:`FRESH_ENV` is set, or a server
    is already started (the build starts it before it validates the data, so that its
    imports run meanwhile; :func:`execute` starts one when called alone)."""
    if os.environ.get(FRESH_ENV) or os.environ.get(warm_kernel.SOCKET_ENV):
        yield  # fresh kernels asked for, or a server already started
        return
    folder = Path(tempfile.mkdtemp(prefix="ssker-warm-"))  # short: a socket's path
    sock = folder / "server.sock"
    warm_kernel.kernelspec(folder)
    saved = {k: os.environ.get(k) for k in (warm_kernel.SOCKET_ENV, "JUPYTER_PATH")}
    server = subprocess.Popen([sys.executable, warm_kernel.__file__, "serve", str(sock)],
                              cwd=ROOT, stdin=subprocess.DEVNULL)
    os.environ[warm_kernel.SOCKET_ENV] = str(sock)
    os.environ["JUPYTER_PATH"] = os.pathsep.join(
        [str(folder)] + ([saved["JUPYTER_PATH"]] if saved["JUPYTER_PATH"] else []))
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        server.terminate()
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        shutil.rmtree(folder, ignore_errors=True)


def kernel_name() -> str:
    """The kernel the notebooks run in: the warm one inside :func:`warm_kernels`."""
    return warm_kernel.NAME if os.environ.get(warm_kernel.SOCKET_ENV) else KERNEL


def execute_notebook(job: Job, output: Path) -> tuple[float, list[str]]:
    """Execute one job into ``output``; return (seconds, data files read)."""
    import nbformat
    import papermill as pm

    nb = read_source(job)
    with tempfile.TemporaryDirectory(prefix="ssker-exec-") as tmp:
        staged_in = Path(tmp) / "input.ipynb"
        trace = Path(tmp) / "reads.txt"
        trace.touch()
        nbformat.write(nb, staged_in)
        os.environ[TRACE_ENV] = str(trace)
        start = time.perf_counter()
        try:
            for attempt in range(KERNEL_START_ATTEMPTS):
                try:
                    pm.execute_notebook(
                        str(staged_in), str(output), parameters=job.parameters or {},
                        kernel_name=kernel_name(), cwd=str(job.source.parent),
                        progress_bar=False,
                        log_output=False, execution_timeout=TIMEOUT,
                        request_save_on_cell_execute=False,
                        # every output is in once the last cell is idle: no need to
                        # wait for the kernel's own exit
                        shutdown_kernel="immediate",
                    )
                    break
                except Exception as err:  # noqa: BLE001 - only a kernel start is repeated
                    if attempt + 1 == KERNEL_START_ATTEMPTS or not _port_taken(err):
                        raise
                    trace.write_text("")
                    log(f"  {job.label}: kernel port taken by another process; starting again")
        finally:
            os.environ.pop(TRACE_ENV, None)
        seconds = time.perf_counter() - start
        reads = sorted({str(Path(p).resolve().relative_to(ROOT))
                        for p in trace.read_text().split()} | set(extra_inputs(nb)))
    result = nbformat.read(output, as_version=4)
    _finish(result, job.parameters)
    nbformat.write(result, output)
    return seconds, reads


@contextmanager
def kernel_log_aside(log_path: Path):
    """Send what the kernel writes to this process's standard error (its start-up
    warnings, such as 'Kernel is running over TCP without encryption') to ``log_path``
    instead of the user's terminal, for the block; the caller shows it only when the
    notebook fails (:func:`kernel_log`)."""
    saved = os.dup(2)
    with open(log_path, "w", encoding="utf-8") as err:
        os.dup2(err.fileno(), 2)
        try:
            yield log_path
        finally:
            os.dup2(saved, 2)
            os.close(saved)


def kernel_log(log_path: Path) -> str:
    """The end of a kept-aside kernel log, to add to a failure's message ('' if empty)."""
    text = log_path.read_text(encoding="utf-8", errors="replace").strip() if log_path.exists() else ""
    return "\n--- kernel log ---\n" + text[-2000:] if text else ""


def _worker(job: Job, staged: str) -> tuple[str, float, list[str], str | None]:
    log_path = Path(staged).with_suffix(".stderr")
    with kernel_log_aside(log_path):
        try:
            seconds, reads = execute_notebook(job, Path(staged))
            return job.docname, seconds, reads, None
        except Exception as exc:  # reported by the parent, which stops the build
            text = str(exc)
            if len(text) > 4000:
                text = text[:4000] + "\n[...]"
            return job.docname, 0.0, [], f"{type(exc).__name__}: {text}{kernel_log(log_path)}"


def merge_markdown(job: Job, previous: Path, output: Path) -> None:
    """New markdown + the previous run's outputs (the code cells are unchanged)."""
    import nbformat

    fresh = read_source(job)
    old = nbformat.read(previous, as_version=4)
    old_code = [c for c in old.cells if c.cell_type == "code"
                and "injected-parameters" not in c.metadata.get("tags", [])]
    injected = [c for c in old.cells if "injected-parameters" in c.metadata.get("tags", [])]
    merged, i = [], 0
    for cell in fresh.cells:
        if cell.cell_type == "code":
            done = copy.deepcopy(old_code[i])
            done.metadata = cell.metadata
            merged.append(done)
            i += 1
            if injected and "parameters" in cell.metadata.get("tags", []):
                merged.extend(injected)
        else:
            merged.append(cell)
    old.cells = merged
    old.metadata.update({k: v for k, v in fresh.metadata.items() if k != "kernelspec"})
    _finish(old, job.parameters)
    nbformat.write(old, output)


# --- the manifest ------------------------------------------------------------------------

def load_manifest() -> dict:
    try:
        return json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def save_manifest(manifest: dict) -> None:
    MANIFEST.parent.mkdir(parents=True, exist_ok=True)
    tmp = MANIFEST.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(MANIFEST)


def status(job: Job, entry: dict | None, env_key: str, ckey: str, source_key: str) -> str:
    """'fresh', 'markdown' (re-merge text only) or 'execute', with the reason."""
    if entry is None or not job.output.exists():
        return "execute"
    if entry.get("code") != ckey or entry.get("env") != env_key:
        return "execute"
    for rel, digest in entry.get("data", {}).items():
        if file_hash(ROOT / rel) != digest:
            return "execute"
    if entry.get("source") != source_key:
        return "markdown"
    return "fresh"


class Interrupted(BuildError):
    """The build was stopped (Ctrl-C): the workers and their kernels were stopped and the
    previous executed notebooks and site were left in place."""


def _triage(jobs: list[Job], manifest: dict, env_key: str, force: bool):
    """Which jobs run (code or data changed), which only take new text, and the keys
    each will be recorded with."""
    to_run, to_merge, keys = [], [], {}
    for job in jobs:
        nb = read_source(job)
        ckey = code_key(nb, job.parameters)
        skey = _sha(job.source.read_bytes() + json.dumps(job.parameters).encode())
        keys[job.docname] = (ckey, skey)
        state = "execute" if force else status(job, manifest.get(job.docname), env_key,
                                                ckey, skey)
        if state == "execute":
            to_run.append(job)
        elif state == "markdown":
            to_merge.append(job)
    return to_run, to_merge, keys


def _worker_init(pid_dir: str) -> None:
    """Each worker leads a process group of its own (its kernels are born into it), so
    that the parent can stop a worker with everything it started, and the terminal's
    Ctrl-C reaches the parent only. The worker records its pid for that."""
    os.setpgid(0, 0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    (Path(pid_dir) / str(os.getpid())).touch()


def _stop_workers(pid_dir: Path) -> None:
    """Stop every worker's process group (the worker and its kernel): SIGTERM, then
    SIGKILL for what is still there a moment later."""
    groups = [int(f.name) for f in pid_dir.iterdir() if f.name.isdigit()]
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pgid in groups:
            try:
                os.killpg(pgid, sig)
            except ProcessLookupError:
                pass
        if sig == signal.SIGTERM:
            time.sleep(0.3)


#: The series the workers derive before the notebooks are split into this many parts
#: (every part a few series: a worker free early takes the next).
DERIVE_PARTS = 16


def _parts(keys: list[str]) -> list[list[str]]:
    return [p for p in (keys[i::DERIVE_PARTS] for i in range(DERIVE_PARTS)) if p]


def _derived(derivations: list) -> None:
    """Record the series as derived when every part succeeded; else say why not (the
    notebooks then make what they read themselves, and fail as they would)."""
    errors = [e for e in (f.exception() for f in derivations) if e is not None]
    if errors:
        log(f"deriving the series before the notebooks failed ({errors[0]}); each "
            "notebook made what it read")
    elif derivations:
        series.derived()


def longest_first(jobs: list[Job], manifest: dict) -> list[Job]:
    """The jobs in the order to start them: the longest last run first (a job never run
    counts as the longest), so that no worker is left with a long notebook at the end
    while the other waits; ties keep the table of contents' order."""
    def seconds(job: Job) -> float:
        return manifest.get(job.docname, {}).get("seconds", float("inf"))
    return sorted(jobs, key=lambda j: -seconds(j))


def _run(to_run: list[Job], staging: Path, staged: dict, workers: int, total: int,
         first: int, show_all: bool, on_execute) -> tuple[dict, list]:
    """Execute the notebooks in worker processes; returns their (seconds, reads) and the
    failures. Ctrl-C stops the workers and their kernels at once and raises
    :class:`Interrupted`."""
    results: dict[str, tuple[float, list[str]]] = {}
    failures: list[tuple[str, str]] = []
    if on_execute is not None:
        on_execute()
    import papermill  # noqa: F401  (imported once here, inherited by the workers)

    started = time.perf_counter()
    pid_dir = staging / "workers"
    pid_dir.mkdir()
    with warm_kernels():
        pool = ProcessPoolExecutor(max_workers=max(1, workers), initializer=_worker_init,
                                   initargs=(str(pid_dir),))
        pending = {}
        try:
            # in the workers, before the notebooks that read them
            derivations = [pool.submit(series.derive, part)
                           for part in _parts(series.to_derive())]
            for job in to_run:
                out = staging / f"{len(staged)}.ipynb"
                staged[job.docname] = out
                pending[pool.submit(_worker, job, str(out))] = job
            for done, future in enumerate(as_completed(pending), start=first + 1):
                name, seconds, reads, error = future.result()
                label = pending[future].label.split("/")[-1] if show_all else name
                if error:
                    failures.append((name, error))
                    log(f"  [{done}/{total}] FAILED {label}")
                else:
                    results[name] = (seconds, reads)
                    log(f"  [{done}/{total}] {label} "
                        + (f"{seconds:.1f} s" if show_all else f"({seconds:.1f} s)"))
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)
            _stop_workers(pid_dir)
            raise Interrupted("interrupted: the workers and their kernels are stopped; the "
                              "previous executed notebooks and site are left in place"
                              ) from None
        pool.shutdown(wait=True)
    _derived(derivations)
    log(f"executed {len(to_run)} notebook(s) in {time.perf_counter() - started:.1f} s")
    return results, failures


def _publish(jobs: list[Job], staged: dict, results: dict, keys: dict, manifest: dict,
             env_key: str) -> None:
    """Move the staged notebooks into place and record their keys (only when every job
    succeeded)."""
    for job in jobs:
        new = staged[job.docname]
        job.output.parent.mkdir(parents=True, exist_ok=True)
        if job.output.exists() and job.output.read_bytes() == new.read_bytes():
            new.unlink()
        else:
            os.replace(new, job.output)
        ckey, skey = keys[job.docname]
        entry = manifest.get(job.docname, {})
        if job.docname in results:
            seconds, reads = results[job.docname]
            entry = {"seconds": round(seconds, 2),
                     "data": {rel: file_hash(ROOT / rel) for rel in reads}}
        entry.update({"code": ckey, "source": skey, "env": env_key})
        manifest[job.docname] = entry
    save_manifest(manifest)


def execute(jobs: list[Job], workers: int, force: bool = False, report: dict | None = None,
            on_execute=None, show_all: bool = False) -> dict:
    """Bring every job's executed notebook up to date. Returns the manifest.

    ``report`` (a dict), when given, receives the docnames ``executed`` and
    ``merged`` (new text only); ``on_execute()`` is called once before the first
    kernel starts, when some notebook has to run. ``show_all``: print a progress
    line for every job (``[3/13] hai-phong 2.1 s``, ``cached``, ``text merged``),
    not only for those executed. Nothing replaces a previous executed notebook unless
    every job succeeded; Ctrl-C stops everything (:class:`Interrupted`)."""
    manifest = load_manifest()
    env_key = environment_key()
    to_run, to_merge, keys = _triage(jobs, manifest, env_key, force)
    fresh = len(jobs) - len(to_run) - len(to_merge)
    log((f"notebooks: {len(jobs)} in the book, " if not show_all else f"{len(jobs)} notebooks: ")
        + f"{fresh} up to date, "
        f"{len(to_merge)} with new text only, {len(to_run)} to execute "
        f"({workers} worker{'s' if workers != 1 else ''})")
    if report is not None:
        report.update(notebooks=len(jobs), executed=[j.docname for j in to_run],
                      merged=[j.docname for j in to_merge])
    total = len(jobs) if show_all else len(to_run)
    shown = 0
    if show_all:
        for job in jobs:
            if job in to_run:
                continue
            shown += 1
            log(f"  [{shown}/{total}] {job.label.split('/')[-1]} "
                + ("text merged" if job in to_merge else "cached"))
    staging = Path(tempfile.mkdtemp(prefix="stage-", dir=BUILD_DIR))
    try:
        staged: dict[str, Path] = {}
        for job in to_merge:
            out = staging / f"{len(staged)}.ipynb"
            merge_markdown(job, job.output, out)
            staged[job.docname] = out
        results, failures = ({}, []) if not to_run else _run(
            longest_first(to_run, manifest), staging, staged, workers, total, shown,
            show_all, on_execute)
        if failures:
            for name, error in failures:
                log(f"\n--- {name} failed ---\n{error}")
            raise BuildError(f"{len(failures)} notebook(s) failed; the previous executed "
                             "notebooks and site are left in place")
        _publish(to_run + to_merge, staged, results, keys, manifest, env_key)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return manifest


# --- table of contents for the profiles --------------------------------------------------

def _toc_entry(entry) -> dict:
    """A profile's entry of _toc.yml: ``slug``, or ``(slug, [slugs under it])``; titled
    in the sidebar by the geography's name alone (its page: "Region profile: ...")."""
    if isinstance(entry, (tuple, list)):
        slug, under = entry
        return {**_toc_entry(slug), "sections": [_toc_entry(s) for s in under]}
    return {"file": f"book/regions/{entry}", "title": regions.get(entry).name}


def write_profile_toc(parts: dict[str, list] | None = None) -> bool:
    """Make _toc.yml list the region profiles, one part per entry of ``parts``
    (default :data:`PROFILE_PARTS`), where the profile parts were (the first time,
    before an appendix part or at the end); the book's other parts are kept as they
    are; True if the file changed. An entry ``(slug, [slugs])`` lists the pages of the
    second under the first, as its sections.

    A profile part keeps any page of its own that is not a profile; a part that
    lists nothing but profiles no longer published is dropped."""
    import yaml

    parts = PROFILE_PARTS if parts is None else parts
    text = TOC.read_text(encoding="utf-8")
    toc = yaml.safe_load(text)

    def is_profile(entry: dict) -> bool:  # a page made from the template, not a .md
        name = entry.get("file", "")
        return name.startswith("book/regions/") and not (ROOT / f"{name}.md").exists()

    others, profile_parts, at = [], {}, None
    for part in toc.get("parts", []):
        if part.get("caption") in parts:
            profile_parts[part["caption"]] = part
            at = len(others) if at is None else at
            continue
        chapters = [c for c in part.get("chapters", []) or [] if not is_profile(c)]
        if chapters:
            others.append({**part, "chapters": chapters})
        elif not part.get("chapters"):
            others.append(part)
    if at is None:  # first time: before the appendix, if the book has one
        at = next((i for i, p in enumerate(others)
                   if str(p.get("caption", "")).startswith("Appendix")), len(others))
    made = []
    for caption, slugs in parts.items():
        part = dict(profile_parts.get(caption, {"caption": caption}))
        own = [c for c in part.get("chapters", []) or [] if not is_profile(c)]
        part["chapters"] = own + [_toc_entry(entry) for entry in slugs]
        made.append(part)
    new_parts = others[:at] + made + others[at:]
    if new_parts == toc.get("parts"):
        return False
    toc["parts"] = new_parts

    class Dumper(yaml.SafeDumper):  # lists indented under their key, as the file is written
        def increase_indent(self, flow=False, indentless=False):
            return super().increase_indent(flow, False)

    TOC.write_text(yaml.dump(toc, Dumper=Dumper, sort_keys=False, allow_unicode=True),
                   encoding="utf-8")
    return True


def run_profiles(slugs: list[str] | None = None, workers: int | None = None,
                 force: bool = False, outdir: Path | None = None) -> dict:
    """Execute the region profiles (default: :data:`PROFILES`) in parallel, one
    worker per core unless told otherwise, each only when its template, the
    ``analysis`` package or a data file it read changed (the cache of
    :func:`execute`). Prints one progress line per profile. Returns the report
    (``executed``, ``merged``, ``seconds``)."""
    jobs = [profile_job(slug, outdir / f"{slug}.ipynb" if outdir else None)
            for slug in (slugs or PROFILES)]
    report: dict = {}
    started = time.perf_counter()
    BUILD_DIR.mkdir(exist_ok=True)
    execute(jobs, workers or default_workers(), force=force, report=report,
            show_all=True)
    report["seconds"] = round(time.perf_counter() - started, 3)
    return report


# --- the site ----------------------------------------------------------------------------

def site_inputs_key() -> str:
    """Everything Sphinx reads: configuration, toc, the executed notebooks, the
    bibliography and static files, the Sphinx extension with its assets, and this
    module (which runs Sphinx)."""
    files = [CONFIG, TOC, ROOT / "pyproject.toml"]
    files += [p for p in BOOK_DIR.rglob("*") if p.is_file() and p.suffix != ".md"
              and ".ipynb_checkpoints" not in p.parts]
    files += [p for p in (ROOT / "analysis").rglob("*") if p.suffix in (".js", ".css")]
    files += [SITE_LAYER / "sphinx_ext.py", SITE_LAYER / "build.py", SITE_LAYER / "citation.py"]
    return _sha((tree_hash(files) + citation.key()).encode())


class SiteProcess:
    """The Jupyter Book (Sphinx) run, in a child process started ahead of time.

    The child sets up the Sphinx application (imports Jupyter Book, Sphinx and the
    extensions; writes the vega bundle, see ``analysis.sphinx_ext``) as soon as it
    starts, then waits for one line on its standard input: ``build`` or ``stop``. Started before
    the notebooks execute, its start-up overlaps with theirs. Sphinx reads and writes
    the pages in ``jobs`` processes. Its output goes to ``_build/sphinx.log`` and is shown
    when the build fails."""

    def __init__(self, force: bool = False, jobs: int = 1):
        BUILD_DIR.mkdir(exist_ok=True)
        self.log_path = BUILD_DIR / "sphinx.log"
        self._log = open(self.log_path, "w", encoding="utf-8")
        code = "import sys; from analysis.site.build import _site_child; sys.exit(_site_child(sys.argv[1:]))"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", code, f"--jobs={jobs}", *(["--all"] if force else [])],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=self._log, stderr=subprocess.STDOUT,
            text=True)

    def build(self) -> tuple[int, str]:
        """Tell the child to build; wait; return (exit code, its output)."""
        try:
            self.proc.stdin.write("build\n")
            self.proc.stdin.close()
        except BrokenPipeError:  # the child died while starting: its log says why
            pass
        code = self.proc.wait()
        self._log.close()
        return code, self.log_path.read_text(encoding="utf-8", errors="replace")

    def stop(self, now: bool = False) -> None:
        """Stop the child: asked to (it may be saving its environment), or ``now``
        (Ctrl-C) killed at once."""
        if self.proc.poll() is None:
            try:
                if now:
                    raise subprocess.TimeoutExpired(self.proc.args, 0)
                self.proc.stdin.write("stop\n")
                self.proc.stdin.close()
                self.proc.wait(timeout=30)
            except (BrokenPipeError, OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        self._log.close()


#: Extensions that declare no parallel safety but are safe (see :func:`_site_child`).
PARALLEL_SAFE = ("sphinx_multitoc_numbering", "sphinx-mathjax-offline",
                 "sphinx_jupyterbook_latex")


def _site_child(argv: list[str]) -> int:
    """Body of :class:`SiteProcess` (runs in the child).

    Does what ``jupyter-book build ROOT --path-output _build/work --builder html -W -n
    --keep-going [--all]`` does (:func:`jupyter_book.sphinx.build_sphinx` of the pinned
    Jupyter Book 1.0), split in two: the Sphinx application is set up (configuration,
    extensions, theme, saved environment: no page is read) before the go-ahead, and
    builds after it."""
    from jupyter_book.config import get_final_config
    from jupyter_book.pdf import update_latex_documents
    from sphinx.application import Sphinx
    from sphinx.util.docutils import docutils_namespace, patch_docutils

    fresh = "--all" in argv
    jobs = next((int(a.split("=", 1)[1]) for a in argv if a.startswith("--jobs=")), 1)
    outdir = WORK / "_build" / "html"
    overrides = {"external_toc_path": TOC.as_posix(), "latex_individualpages": False,
                 "nitpicky": True}
    config, meta = get_final_config(user_yaml=CONFIG, cli_config=overrides, sourcedir=ROOT,
                                    use_external_toc=True)
    app = None
    try:
        with patch_docutils(ROOT), docutils_namespace():
            app = Sphinx(srcdir=ROOT, confdir=None, outdir=outdir,
                         doctreedir=outdir.parent / ".doctrees", buildername="html",
                         confoverrides=config, status=sys.stdout, warning=sys.stderr,
                         freshenv=fresh, warningiserror=True, keep_going=True,
                         parallel=jobs)
            app.config.latex_documents = update_latex_documents(
                app.config.latex_documents, meta["latex_doc_overrides"])
            if app.config["use_multitoc_numbering"]:
                import yaml

                if "numbered: true" in yaml.dump(app.config.external_site_map.as_json()):
                    app.setup_extension("sphinx_multitoc_numbering")
            # three extensions declare nothing, so Sphinx would read serially; all are safe
            # in parallel: one replaces how section numbers are assigned, which the main
            # process does once every page is read, one copies MathJax at the end, and
            # Jupyter Book's LaTeX one only marks each page's own doctree (and acts for
            # the LaTeX builder only)
            for name in PARALLEL_SAFE:
                if name in app.extensions:
                    extension = app.extensions[name]
                    extension.parallel_read_safe = extension.parallel_write_safe = True
            sys.stdout.flush()
            if sys.stdin.readline().strip() != "build":
                return 3
            app.build(False, [])
            return app.statuscode
    except Exception:
        import traceback

        traceback.print_exc()
        if app is not None and app.statuscode == 0:
            return 1
        return app.statuscode if app is not None else 1


def prune_stale_pages(site: Path) -> list[str]:
    """Remove from a built site the pages (and their sources) of chapters that are no
    longer in ``_toc.yml``: Sphinx builds incrementally and never deletes the output of a
    document that was removed, so a renamed page would otherwise stay on the site.
    Returns the removed paths, relative to ``site``."""
    keep = set(toc_files())
    removed = []
    for page in sorted((site / "book").rglob("*.html")):
        docname = page.relative_to(site).with_suffix("").as_posix()
        if docname not in keep:
            for stale in [page, *(site / "_sources").glob(f"{docname}.*")]:
                removed.append(stale.relative_to(site).as_posix())
                stale.unlink()
    return removed


def build_site(force: bool = False, started: SiteProcess | None = None,
               report: dict | None = None, jobs: int = 1) -> bool:
    """Run Jupyter Book into _build/work, then replace _build/html. Returns False when
    nothing changed since the last good build (and nothing was run).

    ``started``: a :class:`SiteProcess` started earlier (else one is started here)."""
    stamp = BUILD_DIR / "site-inputs.sha256"
    key = site_inputs_key()
    if not force and SITE.exists() and stamp.exists() and stamp.read_text() == key:
        if started is not None:
            started.stop()
        log("site: nothing changed since the last build")
        return False
    log("site: jupyter-book build (html, -W -n --keep-going"
        + (", --all" if force else "") + f") into {WORK.relative_to(ROOT)}")
    begun = time.perf_counter()
    code, output = (started or SiteProcess(force, jobs)).build()
    sphinx_seconds = time.perf_counter() - begun
    if code != 0:
        sys.stdout.write(output[-12000:])
        raise BuildError("Jupyter Book failed; the previous site in _build/html is kept")
    copy_started = time.perf_counter()
    built = WORK / "_build" / "html"
    fresh = BUILD_DIR / "html.new"
    old = BUILD_DIR / "html.old"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)
    shutil.copytree(built, fresh)
    prune_stale_pages(fresh)
    if SITE.exists():
        os.replace(SITE, old)
    os.replace(fresh, SITE)
    shutil.rmtree(old, ignore_errors=True)
    stamp.write_text(key)
    if report is not None:
        report["seconds"].update(sphinx=round(sphinx_seconds, 3),
                                 publish=round(time.perf_counter() - copy_started, 3))
    log(f"site: built in {time.perf_counter() - begun:.1f} s -> {SITE.relative_to(ROOT)}/")
    return True


def build(workers: int | None = None, force: bool = False) -> dict:
    """Validate the data, execute what changed, build the site. Returns the build
    report (also written to ``_build/build-report.json``): the docnames executed and
    merged, whether the site was rebuilt, and the seconds of each step."""

    started = time.perf_counter()
    report: dict = {"seconds": {}}
    BUILD_DIR.mkdir(exist_ok=True)
    REPORT.unlink(missing_ok=True)
    workers = workers or default_workers()
    site: list[SiteProcess] = []
    # a build from nothing starts the kernels' server first, so that its imports overlap
    # the validation; any other starts it only when a notebook is to run (execute)
    with warm_kernels() if not MANIFEST.exists() else contextlib.nullcontext():
        errors = data.validate_all(processes=workers)
        if errors:
            raise BuildError("the data package is not valid:\n  " + "\n  ".join(errors))
        if write_profile_toc():
            log("_toc.yml: region profiles updated")
        report["seconds"]["prepare"] = round(time.perf_counter() - started, 3)
        step = time.perf_counter()
        try:
            execute(plan(), workers, force=force, report=report,
                    on_execute=lambda: site.append(SiteProcess(force, workers)))
        except BaseException as exc:
            for proc in site:
                proc.stop(now=isinstance(exc, (KeyboardInterrupt, Interrupted)))
            raise
    report["seconds"]["execute"] = round(time.perf_counter() - step, 3)
    report["site_built"] = build_site(force=force, started=site[0] if site else None,
                                      report=report, jobs=workers)
    report["seconds"]["total"] = round(time.perf_counter() - started, 3)
    REPORT.write_text(json.dumps(report, indent=1), encoding="utf-8")
    log(f"book: done in {time.perf_counter() - started:.1f} s")
    return report
