"""Notebook execution: deterministic outputs, offline chart HTML, the cache, and a
failed run that leaves the last good notebook in place."""
import json
import os
import subprocess
import sys
import time
import re
from pathlib import Path

import nbformat
import pytest

from analysis.data import regions
from analysis.site import build

ROOT = Path(__file__).resolve().parents[1]


def outputs(nb):
    return [c.get("outputs", []) for c in nb.cells if c.cell_type == "code"]


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("runs")
    job = build.Job("book/ch3-region", ROOT / "book" / "ch3-region.md",
                    tmp / "unused.ipynb")
    runs = []
    for i in range(2):
        out = tmp / f"run{i}.ipynb"
        build.execute_notebook(job, out)
        runs.append(nbformat.read(out, as_version=4))
    return runs


def test_same_notebook_gives_identical_outputs(two_runs):
    first, second = two_runs
    assert outputs(first) == outputs(second)
    assert nbformat.writes(first) == nbformat.writes(second)


def test_chart_html_references_nothing_off_the_machine(two_runs):
    # glued outputs carry their mime type behind a papermill.record prefix
    html = [value for cell in outputs(two_runs[0]) for o in cell
            for key, value in o.get("data", {}).items() if key.endswith("text/html")]
    charts = [h for h in html if "ssker-chart" in h]
    assert charts, "the chapter shows no chart"
    for h in charts:
        assert not re.search(r"<script[^>]+src=", h)
        assert not re.search(r"(src|href)=[\"']?https?://", h)
        assert 'role="img" aria-label="' in h


def test_changed_data_file_makes_a_notebook_stale(tmp_path):
    job = build.Job("book/x", ROOT / "book" / "intro.md", tmp_path / "x.ipynb")
    job.output.write_text("{}")
    data_file = tmp_path / "table.csv"
    data_file.write_text("a\n1\n")
    rel = str(data_file)
    entry = {"code": "c", "env": "e", "source": "s", "data": {rel: build.file_hash(data_file)}}
    assert build.status(job, entry, "e", "c", "s") == "fresh"
    assert build.status(job, entry, "e", "c", "s2") == "markdown"
    assert build.status(job, entry, "e2", "c", "s") == "execute"
    assert build.status(job, entry, "e", "c2", "s") == "execute"
    data_file.write_text("a\n2\n")
    assert build.status(job, entry, "e", "c", "s") == "execute"


def test_failed_execution_keeps_the_previous_notebook(tmp_path, monkeypatch):
    source = tmp_path / "broken.md"
    source.write_text((ROOT / "book" / "intro.md").read_text().replace(
        'glue("n_tables"', 'raise RuntimeError("deliberate failure")\nglue("n_tables"'))
    output = tmp_path / "broken.ipynb"
    output.write_text("previous good notebook")
    monkeypatch.setattr(build, "MANIFEST", tmp_path / "manifest.json")
    monkeypatch.setattr(build, "BUILD_DIR", tmp_path)
    job = build.Job("book/broken", source, output)
    with pytest.raises(build.BuildError, match="1 notebook"):
        build.execute([job], workers=1)
    assert output.read_text() == "previous good notebook"
    assert not (tmp_path / "manifest.json").exists()


def test_execute_reports_what_it_ran_and_merged(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "MANIFEST", tmp_path / "manifest.json")
    monkeypatch.setattr(build, "BUILD_DIR", tmp_path)
    source = tmp_path / "page.md"
    source.write_text((ROOT / "book" / "intro.md").read_text())
    job = build.Job("book/page", source, tmp_path / "page.ipynb")
    calls = []
    report = {}
    build.execute([job], workers=1, report=report, on_execute=lambda: calls.append(1))
    assert report == {"notebooks": 1, "executed": ["book/page"], "merged": []}
    assert calls == [1]
    report = {}
    build.execute([job], workers=1, report=report, on_execute=lambda: calls.append(1))
    assert report == {"notebooks": 1, "executed": [], "merged": []}
    source.write_text(source.read_text() + "\nOne more sentence.\n")
    report = {}
    build.execute([job], workers=1, report=report, on_execute=lambda: calls.append(1))
    assert report == {"notebooks": 1, "executed": [], "merged": ["book/page"]}
    assert calls == [1], "no kernel was needed, so the site process was not started early"


def test_site_process_started_early_can_be_stopped(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "BUILD_DIR", tmp_path)
    proc = build.SiteProcess()
    proc.stop()
    assert proc.proc.returncode == 3  # told to stop: it built nothing


def test_merged_text_gives_the_notebook_an_execution_would(tmp_path, monkeypatch):
    monkeypatch.setattr(build, "MANIFEST", tmp_path / "manifest.json")
    monkeypatch.setattr(build, "BUILD_DIR", tmp_path)
    source = tmp_path / "page.md"
    original = (ROOT / "book" / "intro.md").read_text()
    source.write_text(original + "\nA first text.\n")
    job = build.Job("book/page", source, tmp_path / "page.ipynb")
    build.execute([job], workers=1)
    source.write_text(original)
    build.execute([job], workers=1)  # text only: merged
    merged = job.output.read_bytes()
    build.execute([job], workers=1, force=True)
    assert job.output.read_bytes() == merged


# --- region profiles ------------------------------------------------------------------------

def _registry() -> list[dict]:
    import csv

    with open(ROOT / "data" / "geographies.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_toc_lists_a_profile_of_every_geography_grouped_by_region():
    """74 profiles (the country, the KERs, GSO's regions and the 63 provinces, as the
    registry lists them): the country and the KERs in one part, after the finder page;
    each GSO region with its own provinces under it, in the next."""
    import yaml

    registry = _registry()
    files = build.toc_files()
    profiles = [f.split("/")[-1] for f in files if f.startswith("book/regions/")]
    assert sorted(profiles) == sorted(r["slug"] for r in registry) and len(profiles) == 74
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    captions = [p["caption"] for p in toc["parts"]]
    assert captions.index("Comparisons") < captions.index("Region profiles")
    at = captions.index("Region profiles")
    assert captions[at:at + 2] == ["Region profiles", "GSO regions and their provinces"]
    assert captions[-1] == "Appendix"
    first = toc["parts"][at]["chapters"]
    assert first[0] == {"file": "book/find-a-region"}
    assert all(c["title"] == regions.get(c["file"].split("/")[-1]).name for c in first[1:])
    assert [c["file"].split("/")[-1] for c in first[1:]] == \
        [r["slug"] for r in registry if r["kind"] in ("country", "ker")]
    for chapter in toc["parts"][at + 1]["chapters"]:
        region = chapter["file"].split("/")[-1]
        under = [s["file"].split("/")[-1] for s in chapter["sections"]]
        assert sorted(under) == sorted(r["slug"] for r in registry
                                       if r["gso_region"] == region), region
    assert sorted(j.parameters["region"] for j in build.plan() if j.parameters) == \
        sorted(profiles)


def test_write_profile_toc_rewrites_only_the_profile_parts(tmp_path, monkeypatch):
    toc = tmp_path / "_toc.yml"
    toc.write_text(
        "format: jb-book\nroot: book/intro\nparts:\n"
        "  - caption: The thesis, re-done\n    numbered: true\n    chapters:\n"
        "      - file: book/ch1-research-overview\n"
        "  - caption: Region profiles\n    chapters:\n"
        "      - file: book/regions/northern-ker\n      - file: book/regions/atlantis\n"
        "  - caption: Comparisons\n    chapters:\n      - file: book/kers-compared\n")
    monkeypatch.setattr(build, "TOC", toc)
    assert build.write_profile_toc({"Region profiles": ["whole-country", "central-ker"],
                                    "Provinces": ["ha-noi"]})
    assert toc.read_text() == (
        "format: jb-book\nroot: book/intro\nparts:\n"
        "  - caption: The thesis, re-done\n    numbered: true\n    chapters:\n"
        "      - file: book/ch1-research-overview\n"
        "  - caption: Region profiles\n    chapters:\n"
        "      - file: book/regions/whole-country\n        title: Whole country\n"
        "      - file: book/regions/central-ker\n        title: Central KER\n"
        "  - caption: Provinces\n    chapters:\n      - file: book/regions/ha-noi\n"
        "        title: Hà Nội\n"
        "  - caption: Comparisons\n    chapters:\n      - file: book/kers-compared\n")
    assert not build.write_profile_toc({"Region profiles": ["whole-country", "central-ker"],
                                        "Provinces": ["ha-noi"]})


def test_new_profile_parts_go_before_the_appendix(tmp_path, monkeypatch):
    toc = tmp_path / "_toc.yml"
    toc.write_text(
        "format: jb-book\nroot: book/intro\nparts:\n"
        "  - caption: Comparisons\n    chapters:\n      - file: book/kers-compared\n"
        "  - caption: Appendix\n    chapters:\n      - file: book/appendix-data\n")
    monkeypatch.setattr(build, "TOC", toc)
    assert build.write_profile_toc({"Region profiles": ["ha-noi"]})
    assert toc.read_text() == (
        "format: jb-book\nroot: book/intro\nparts:\n"
        "  - caption: Comparisons\n    chapters:\n      - file: book/kers-compared\n"
        "  - caption: Region profiles\n    chapters:\n      - file: book/regions/ha-noi\n"
        "        title: Hà Nội\n"
        "  - caption: Appendix\n    chapters:\n      - file: book/appendix-data\n")


def test_second_profiles_run_executes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(build, "MANIFEST", tmp_path / "manifest.json")
    monkeypatch.setattr(build, "BUILD_DIR", tmp_path)
    slugs = ["bac-ninh", "central-ker"]
    first = build.run_profiles(slugs, workers=2, outdir=tmp_path)
    assert sorted(first["executed"]) == ["book/regions/bac-ninh", "book/regions/central-ker"]
    out = capsys.readouterr().out
    assert "[1/2]" in out and "[2/2]" in out
    made = {s: (tmp_path / f"{s}.ipynb").read_bytes() for s in slugs}
    second = build.run_profiles(slugs, workers=2, outdir=tmp_path)
    assert second["executed"] == [] and second["merged"] == []
    out = capsys.readouterr().out
    assert "  [1/2] bac-ninh cached\n" in out and "  [2/2] central-ker cached\n" in out
    assert {s: (tmp_path / f"{s}.ipynb").read_bytes() for s in slugs} == made
    forced = build.run_profiles(slugs, workers=2, force=True, outdir=tmp_path)
    assert len(forced["executed"]) == 2
    assert {s: (tmp_path / f"{s}.ipynb").read_bytes() for s in slugs} == made, \
        "executing a profile again gives the same notebook, byte for byte"
    # a change of the template's code executes the profiles again
    template = tmp_path / "template.md"
    template.write_text(build.TEMPLATE.read_text(encoding="utf-8").replace(
        'region = "northern-ker"', 'region = "northern-ker"\nunused = 1'))
    monkeypatch.setattr(build, "TEMPLATE", template)
    third = build.run_profiles(slugs, workers=2, outdir=tmp_path)
    assert sorted(third["executed"]) == ["book/regions/bac-ninh", "book/regions/central-ker"]


def test_a_notebook_reading_the_bibliography_depends_on_it():
    # Chapter 1 counts the entries of references.bib with pybtex (not through
    # analysis.data): a new entry must re-execute it.
    ch1 = build.read_source(build.Job("book/ch1-research-overview",
                                      ROOT / "book" / "ch1-research-overview.md",
                                      ROOT / "book" / "ch1-research-overview.ipynb"))
    assert build.extra_inputs(ch1) == ["book/references.bib"]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
    assert build.extra_inputs(nb) == []


def test_only_a_kernel_whose_port_was_taken_is_started_again():
    try:
        try:
            raise OSError("Address already in use (addr='tcp://127.0.0.1:41231')")
        except OSError as inner:
            raise RuntimeError("Kernel died before replying to kernel_info") from inner
    except RuntimeError as err:
        assert build._port_taken(err)
    assert not build._port_taken(ValueError("NameError: name 'x' is not defined"))


def test_a_page_removed_from_the_book_leaves_the_site(tmp_path):
    site = tmp_path / "html"
    for rel in ("book/intro.html", "book/regions/ha-noi.html", "book/old-chapter.html",
                "_sources/book/old-chapter.ipynb", "_sources/book/intro.ipynb", "search.html"):
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text("x")
    removed = build.prune_stale_pages(site)
    assert removed == ["book/old-chapter.html", "_sources/book/old-chapter.ipynb"]
    assert (site / "book/intro.html").exists() and (site / "search.html").exists()
    assert (site / "book/regions/ha-noi.html").exists()


# --- Ctrl-C ------------------------------------------------------------------------------

def _processes(match) -> set[str]:
    """The pids of the processes whose /proc entry ``match`` accepts."""
    found = set()
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if match(d):
                    found.add(d.name)
            except OSError:
                pass
    return found


def _in_session(sid: int):
    return lambda d: int((d / "stat").read_text().rsplit(")", 1)[1].split()[3]) == sid


def _kernel(d: Path) -> bool:
    """A kernel: an ordinary one, or one forked by the build's warm server (the server
    and the kernel's stand-in that Jupyter started, analysis/site/warm_kernel.py)."""
    cmdline = (d / "cmdline").read_bytes()
    return b"ipykernel" in cmdline or b"warm_kernel.py\0" in cmdline


def test_ctrl_c_stops_the_build_within_two_seconds_and_keeps_the_last_good_outputs():
    import hashlib
    import signal

    def digest(p):
        return hashlib.sha256(p.read_bytes()).hexdigest()

    outputs = sorted((ROOT / "book").rglob("*.ipynb")) + [ROOT / "_build" / "html" / "index.html"]
    before = {p: digest(p) for p in outputs if p.exists()}
    kernels_before = _processes(_kernel)
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "build", "--force", "--jobs", "2"],
                            cwd=ROOT, start_new_session=True, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    lines = []
    for line in proc.stdout:  # wait until notebooks are executing
        lines.append(line)
        if line.strip().startswith("[1/"):
            break
    # between two notebooks a worker has no kernel for a moment: wait for one (a loaded
    # machine can take a while to start it)
    deadline = time.monotonic() + 30
    while not _processes(_kernel) - kernels_before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _processes(_kernel) - kernels_before, "no kernel was running when Ctrl-C came"
    start = time.monotonic()
    os.killpg(proc.pid, signal.SIGINT)  # what the terminal does: the whole process group
    rest, _ = proc.communicate(timeout=30)
    seconds = time.monotonic() - start
    assert seconds < 2.0, f"the build took {seconds:.1f} s to stop"
    assert proc.returncode == 130
    assert "interrupted" in rest and "left in place" in rest, rest[-500:]
    time.sleep(0.5)
    assert _processes(_in_session(proc.pid)) == set(), "processes of the build are still running"
    assert _processes(_kernel) - kernels_before == set(), "kernels are still running"
    assert {p: digest(p) for p in before} == before, "an output changed"


def test_the_longest_notebooks_start_first():
    jobs = build.plan()[:4]
    manifest = {jobs[0].docname: {"seconds": 1.0}, jobs[1].docname: {"seconds": 9.0},
                jobs[2].docname: {"seconds": 3.0}}  # jobs[3] never ran
    order = [j.docname for j in build.longest_first(jobs, manifest)]
    assert order == [jobs[3].docname, jobs[1].docname, jobs[2].docname, jobs[0].docname]
