"""The build's warm kernels (:mod:`analysis.site.warm_kernel`): a kernel forked from the
server answers as a fresh ``python3`` kernel does (the same directory, environment,
module search path and library defaults), is interrupted and shut down by Jupyter as
one, dies when Jupyter kills its stand-in or the server stops, and is an ordinary kernel
when there is no server. That every notebook's outputs are the same in both kernels is
checked on the whole book by running the build both ways (see the issue notes); here a
notebook with the checks that could differ is run in both."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import papermill as pm
import pytest
from jupyter_client.manager import start_new_kernel

from analysis.site import build, warm_kernel

ROOT = Path(__file__).resolve().parents[1]

#: What could differ between a forked kernel and a fresh one.
PROBE = """\
import os, sys
import pandas as pd
print(os.getcwd())
print(os.environ.get("SSKER_PROBE"))
print(sys.path)
print(pd.get_option("display.max_columns"), pd.get_option("display.width"))
print(pd.DataFrame({"a": range(30)}).T)
print(sorted(k for k in os.environ if k.startswith("JPY_")))
"""


@pytest.fixture
def server(tmp_path, monkeypatch):
    """A warm server, its kernel spec on JUPYTER_PATH and its socket in the environment
    (as :func:`analysis.site.build.warm_kernels` sets them for the workers)."""
    sock = tmp_path / "s.sock"
    proc = subprocess.Popen([sys.executable, warm_kernel.__file__, "serve", str(sock)],
                            cwd=ROOT)
    warm_kernel.kernelspec(tmp_path)
    monkeypatch.setenv(warm_kernel.SOCKET_ENV, str(sock))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    deadline = time.monotonic() + 30
    while not sock.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    yield proc
    proc.terminate()
    proc.wait(timeout=10)


def _run_probe(kernel: str, tmp_path: Path) -> str:
    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell(PROBE))
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    src, out = tmp_path / f"in-{kernel}.ipynb", tmp_path / f"out-{kernel}.ipynb"
    nbformat.write(nb, src)
    pm.execute_notebook(str(src), str(out), kernel_name=kernel, cwd=str(ROOT / "book"),
                        progress_bar=False)
    cell = nbformat.read(out, as_version=4).cells[0]
    return "".join(o.get("text", "") for o in cell.outputs)


def test_a_warm_kernel_answers_as_a_fresh_one(server, tmp_path, monkeypatch):
    monkeypatch.setenv("SSKER_PROBE", "passed on")
    warm, fresh = _run_probe(warm_kernel.NAME, tmp_path), _run_probe("python3", tmp_path)
    assert str(ROOT / "book") in warm and "passed on" in warm
    assert warm == fresh


def _pid_of(kc) -> int:
    said = []
    reply = kc.execute_interactive(
        "import os; print(os.getpid())", timeout=60,
        output_hook=lambda m: said.append(m["content"].get("text", "")))
    assert reply["content"]["status"] == "ok"
    return int("".join(said).split()[0])


def _gone(pid: int, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_jupyter_interrupts_and_shuts_down_a_warm_kernel(server):
    km, kc = start_new_kernel(kernel_name=warm_kernel.NAME, cwd=str(ROOT / "book"))
    try:
        pid = _pid_of(kc)
        assert pid != km.provisioner.process.pid  # a forked kernel behind its stand-in
        kc.execute("import time; time.sleep(60)")
        time.sleep(0.5)
        started = time.monotonic()
        km.interrupt_kernel()
        while True:
            msg = kc.get_iopub_msg(timeout=10)
            if msg["msg_type"] == "error":
                assert msg["content"]["ename"] == "KeyboardInterrupt"
                break
        assert time.monotonic() - started < 5
    finally:
        kc.stop_channels()
        km.shutdown_kernel()
    assert _gone(pid)
    assert not km.is_alive()


def test_a_kernel_dies_with_its_stand_in_and_with_the_server(server):
    km, kc = start_new_kernel(kernel_name=warm_kernel.NAME, cwd=str(ROOT / "book"))
    pid = _pid_of(kc)
    kc.stop_channels()
    km.provisioner.process.kill()  # Jupyter's last resort: SIGKILL of what it started
    assert _gone(pid), "the kernel outlived the process Jupyter killed"
    km.cleanup_resources()

    km, kc = start_new_kernel(kernel_name=warm_kernel.NAME, cwd=str(ROOT / "book"))
    pid = _pid_of(kc)
    kc.stop_channels()
    server.send_signal(signal.SIGINT)  # the terminal's Ctrl-C reaches the server
    server.wait(timeout=10)
    assert _gone(pid), "the kernel outlived the server"
    km.shutdown_kernel(now=True)


def test_without_a_server_the_kernel_is_an_ordinary_one(tmp_path, monkeypatch):
    warm_kernel.kernelspec(tmp_path)
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path))
    monkeypatch.setenv(warm_kernel.SOCKET_ENV, str(tmp_path / "no-server.sock"))
    km, kc = start_new_kernel(kernel_name=warm_kernel.NAME, cwd=str(ROOT / "book"))
    try:
        pid = _pid_of(kc)
        assert pid == km.provisioner.process.pid  # the stand-in became the kernel
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_the_build_runs_its_notebooks_in_warm_kernels_unless_told_not_to(monkeypatch):
    monkeypatch.delenv(build.FRESH_ENV, raising=False)
    monkeypatch.delenv(warm_kernel.SOCKET_ENV, raising=False)
    assert build.kernel_name() == build.KERNEL
    with build.warm_kernels():
        assert build.kernel_name() == warm_kernel.NAME
        sock = os.environ[warm_kernel.SOCKET_ENV]
    assert warm_kernel.SOCKET_ENV not in os.environ and not Path(sock).exists()
    monkeypatch.setenv(build.FRESH_ENV, "1")
    with build.warm_kernels():
        assert build.kernel_name() == build.KERNEL
