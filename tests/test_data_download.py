"""The data on the site: every table of data/ and datapackage.json can be downloaded from
the data appendix, one by one and as one zip with the licence; a downloaded notebook says
in its first cell what it needs to run, and the page does not show that cell."""
from __future__ import annotations

import json
import urllib.request
import zipfile
from pathlib import Path

from support.browser import serve

from analysis.data.paths import DATA_DIR, DATA_ZIP, SITE_DATA
from analysis.site import build
from analysis.data.paths import data_files
from analysis.site.sphinx_ext import write_data

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "_build" / "html"


def test_every_data_file_is_on_the_site_as_it_is_in_data():
    offered = SITE / SITE_DATA
    names = {p.name for p in DATA_DIR.glob("*") if p.suffix in (".csv", ".json")}
    assert "datapackage.json" in names and len(names) > 40
    for name in names:
        assert (offered / name).read_bytes() == (DATA_DIR / name).read_bytes(), name
    with zipfile.ZipFile(offered / DATA_ZIP) as zf:
        inside = {Path(n).name for n in zf.namelist()}
        assert inside == names | {"LICENCE.txt"}
        licence = zf.read("ssker-data/LICENCE.txt").decode()
        assert "Package licence: Creative Commons Attribution 4.0" in licence
        assert "  population.csv: " in licence and "quoted" in licence
        assert zf.read("ssker-data/population.csv") == (DATA_DIR / "population.csv").read_bytes()


def test_the_zip_is_the_same_for_the_same_data(tmp_path):
    a, b = write_data(tmp_path / "a"), write_data(tmp_path / "b")
    assert (a / DATA_ZIP).read_bytes() == (b / DATA_ZIP).read_bytes()
    assert [p.name for p in data_files()] == sorted(p.name for p in data_files())


def test_the_appendix_links_every_file_and_the_links_work():
    page = (SITE / "book" / "appendix-data.html").read_text(encoding="utf-8")
    names = [p.name for p in data_files()] + [DATA_ZIP]
    server, base = serve(SITE)
    try:
        for name in names:
            href = f'href="../{SITE_DATA}/{name}" download'
            assert href in page, name
            with urllib.request.urlopen(f"{base}/{SITE_DATA}/{name}", timeout=10) as r:
                assert r.status == 200 and r.read(), name
    finally:
        server.shutdown()


def test_a_downloaded_notebook_says_what_it_needs_first():
    for docname in build.toc_files():
        nb = json.loads((ROOT / docname).with_suffix(".ipynb").read_text(encoding="utf-8"))
        first = nb["cells"][0]
        assert first["id"] == build.HOW_TO_RUN_ID, docname
        assert first["metadata"]["tags"] == ["remove-cell"]
        text = "".join(first["source"])
        assert "analysis" in text and "datapackage.json" in text and DATA_ZIP in text
    page = (SITE / "book" / "ch3-region.html").read_text(encoding="utf-8")
    assert "To run this notebook again" not in page
