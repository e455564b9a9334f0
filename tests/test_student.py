"""The student's path of the README works: JupyterLab, installed with the book, serves a
chapter's MyST-markdown file as a notebook (jupytext's contents manager), and
`jupytext --execute` executes a chapter."""
from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as r:
        return json.loads(r.read())


def test_make_lab_is_the_readme_command():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "\nlab: $(STAMP)\n\t$(VENV)/bin/jupyter lab " in makefile
    assert "make lab" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_jupyterlab_serves_a_chapter_as_a_notebook(tmp_path):
    port, token = _free_port(), secrets.token_hex(8)
    args = [str(BIN / "jupyter"), "lab", "--no-browser", f"--port={port}",
            f"--ServerApp.token={token}", f"--ServerApp.root_dir={ROOT}",
            f"--ServerApp.runtime_dir={tmp_path}"]
    if os.geteuid() == 0:
        args.append("--allow-root")
    server = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                _get(f"{base}/api/status?token={token}")
                break
            except OSError:
                if server.poll() is not None:
                    raise AssertionError("jupyter lab stopped: " + server.stderr.read()[-2000:])
                time.sleep(0.5)
        else:
            raise AssertionError("jupyter lab did not answer within a minute")
        model = _get(f"{base}/api/contents/book/ch3-region.md?type=notebook&content=1"
                     f"&token={token}")
        assert model["type"] == "notebook"
        nb = model["content"]
        assert nb["nbformat"] == 4
        code = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
        assert any("from analysis" in c for c in code)
        with urllib.request.urlopen(f"{base}/lab?token={token}", timeout=10) as r:
            assert r.status == 200
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def test_jupytext_executes_a_chapter(tmp_path):
    out = tmp_path / "findings.ipynb"
    result = subprocess.run([str(BIN / "jupytext"), "--to", "ipynb", "--execute",
                             str(ROOT / "book" / "findings.md"), "-o", str(out)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    nb = json.loads(out.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(c["execution_count"] for c in code)
    assert not [o for c in code for o in c.get("outputs", []) if o["output_type"] == "error"]
