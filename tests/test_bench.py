"""The benchmark's own pieces (python -m analysis bench runs whole builds, so it is
not run by the tests): page weights, the choice of what to change, files put back."""
from pathlib import Path

import pytest

from analysis.site import bench, build

ROOT = Path(__file__).resolve().parents[1]


def test_page_weight_counts_the_page_and_its_chart_specs(tmp_path):
    spec = '{"mark":"line"}'
    page = tmp_path / "book" / "p.html"
    page.parent.mkdir()
    page.write_text('<html><div id="vg-0123456789ab" class="ssker-chart"></div>'
                    f'<script type="application/json" id="vg-0123456789ab-spec">{spec}</script>'
                    '</html>', encoding="utf-8")
    weight = bench.page_weight(page, tmp_path)
    assert weight.page == "book/p.html"
    assert weight.bytes == page.stat().st_size
    assert weight.spec_bytes == len(spec)
    assert weight.charts == 1


def test_the_table_changed_is_the_one_read_by_fewest_notebooks():
    manifest = {"a": {"data": {"data/x.csv": "1", "data/y.csv": "2"}},
                "b": {"data": {"data/x.csv": "1"}}, "c": {"data": {}}}
    assert bench.readers(manifest) == {"data/x.csv": ["a", "b"], "data/y.csv": ["a"]}
    assert bench.default_table(manifest) == "data/y.csv"


def test_the_chapter_changed_is_neither_the_landing_page_nor_a_profile():
    jobs = build.plan()
    job = bench.default_chapter(jobs)
    assert job.docname != jobs[0].docname and job.source != build.TEMPLATE


def test_an_edited_file_gets_its_bytes_back_even_after_an_error(tmp_path):
    path = tmp_path / "t.md"
    path.write_bytes(b"text\r\nmore")
    with pytest.raises(RuntimeError):
        with bench.Edited(path, "added"):
            assert path.read_bytes() == b"text\r\nmoreadded"
            raise RuntimeError("build failed")
    assert path.read_bytes() == b"text\r\nmore"


def test_targets_table_says_met_or_not_met():
    table = bench.targets_table([("no-op rebuild under 3 s", True, "0.5 s"),
                                 ("clean build within 2x the floor", False, "5.0 s")])
    lines = table.splitlines()
    assert "met" in lines[2] and "NOT MET" not in lines[2]
    assert "NOT MET" in lines[3] and lines[3].endswith("5.0 s")
