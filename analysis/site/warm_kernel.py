"""Kernels forked from one process that has already imported the book's libraries, so
that a notebook of the build pays its kernel's start and imports once per build rather
than once per notebook (about 1.2 s on the machines the book is built on, 94 times).

Two roles, one file, run as a script:

``warm_kernel.py serve SOCKET``
    The server (a "zygote"): imports :data:`PRELOAD` (what the notebooks import, as
    the benchmark's floor does), then listens on the Unix socket ``SOCKET``. For each
    request it forks; the child takes the requester's working directory, environment
    and standard streams and becomes an IPython kernel (``ipykernel``'s own
    ``IPKernelApp``, as ``python -m ipykernel_launcher`` starts it). The server runs
    one thread (forking a process with other threads running is unsafe), reaps its
    children, kills a child whose requester has gone, and exits, killing its children,
    on SIGTERM or SIGINT, or when the build that started it has gone.

``warm_kernel.py kernel -f CONNECTION_FILE``
    The kernel as Jupyter starts it (the ``argv`` of the kernel spec :func:`kernelspec`
    writes): a small process of the standard library alone, which asks the server for a
    kernel, passes on the signals Jupyter sends it (an interrupt is SIGINT), and exits
    with the kernel's status. With no server to ask (:data:`SOCKET_ENV` unset or
    refused), it becomes an ordinary kernel (``exec`` of ``ipykernel_launcher``).

The kernel a notebook gets is the same as a fresh one but for the modules already in
``sys.modules``: no data is read before the fork (the importing reads none), so the
build's record of which notebook read which table is unchanged; the notebooks' outputs
are the same (:mod:`tests.test_warm_kernel`).

Why hand-written: Jupyter's kernel provisioners start a kernel as a new process, and no
maintained package forks kernels from a warm process (IPython's own attempts, such as
``ipykernel``'s forking kernels, were removed); this module is the two small halves of
that, on the standard library's ``socket.send_fds`` and ``os.fork``.
"""
from __future__ import annotations

import json
import os
import selectors
import signal
import socket
import struct
import sys

#: The environment variable naming the server's socket, for the kernels the build starts.
SOCKET_ENV = "SSKER_WARM_KERNEL_SOCKET"

#: The kernel spec's name (:func:`kernelspec`).
NAME = "ssker-warm"

#: What the server imports before it forks: what the notebooks import (the benchmark's
#: floor imports the first line), and the kernel itself.
PRELOAD = ("analysis.charts", "analysis.data", "analysis.compute", "analysis.pages",
           "pandas", "altair", "myst_nb", "myst_nb.ext.glue", "IPython.display",
           "nbformat", "ipykernel.kernelapp")

#: Packages whose every module the server imports too: the layers notebooks read (the
#: site layer is never imported by a notebook). Importing them reads no data.
PRELOAD_ALL = ("analysis.compute", "analysis.data", "analysis.charts", "analysis.pages")

_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGUSR1,
            signal.SIGUSR2)


def _send(sock: socket.socket, payload: bytes) -> None:
    sock.sendall(struct.pack("!I", len(payload)) + payload)


def _recv_exact(sock: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("the other end closed the connection")
        data += chunk
    return data


# --- the kernel as Jupyter starts it ------------------------------------------------------

def _ordinary_kernel(argv: list[str]) -> None:
    os.execv(sys.executable, [sys.executable, "-m", "ipykernel_launcher", *argv])


def kernel(argv: list[str]) -> int:
    """Ask the server for a kernel with ``argv`` (``-f CONNECTION_FILE``); pass on the
    signals this process gets; return the kernel's exit status."""
    path = os.environ.get(SOCKET_ENV)
    if not path:
        _ordinary_kernel(argv)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.connect(path)
    except OSError:
        sock.close()
        _ordinary_kernel(argv)
    request = json.dumps({"argv": argv, "cwd": os.getcwd(), "env": dict(os.environ)}).encode()
    try:  # the server's first word is the kernel's pid; none: it could not fork one
        socket.send_fds(sock, [struct.pack("!I", len(request))], [0, 1, 2])
        sock.sendall(request)
        (size,) = struct.unpack("!I", _recv_exact(sock, 4))
        json.loads(_recv_exact(sock, size))["pid"]
    except (ConnectionError, OSError, ValueError, KeyError):
        sock.close()
        _ordinary_kernel(argv)

    def forward(signum, frame):
        try:
            _send(sock, json.dumps({"signal": signum}).encode())
        except OSError:
            pass

    for signum in _SIGNALS:
        signal.signal(signum, forward)
    while True:
        try:
            (size,) = struct.unpack("!I", _recv_exact(sock, 4))
            message = json.loads(_recv_exact(sock, size))
        except InterruptedError:
            continue
        except (ConnectionError, OSError):
            return 1
        if "exit" in message:
            status = message["exit"]
            return status if status >= 0 else 128 - status


# --- the server -----------------------------------------------------------------------

def _child(conn_fds: list[int], fds: list[int], request: dict) -> None:
    """In the forked child: become the kernel the request asks for (never returns)."""
    code = 1
    try:
        signal.set_wakeup_fd(-1)
        for signum in _SIGNALS + (signal.SIGCHLD,):
            signal.signal(signum, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        for fd in conn_fds:
            os.close(fd)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(request["cwd"])
        os.environ.clear()
        os.environ.update(request["env"])
        # ipykernel reads JPY_PARENT_PID when it is imported (in the server): say it again
        argv = [*request["argv"],
                f"--IPKernelApp.parent_handle={int(os.environ.get('JPY_PARENT_PID') or 0)}"]
        sys.argv = [sys.executable, *argv]
        os.setpgid(0, 0)  # its own group, as a kernel Jupyter starts
        from ipykernel.kernelapp import IPKernelApp
        IPKernelApp.launch_instance(argv=argv)
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 0
    except BaseException:  # noqa: BLE001 - the child must never return into the server
        import traceback
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


class _KernelShell:
    """What ``get_ipython()`` answers inside a Jupyter kernel, as far as a library asks
    when it is imported: a shell with a ``kernel``."""
    kernel = True


def _import_as_in_a_kernel(names) -> None:
    """Import ``names`` as a kernel would: with the ``get_ipython`` built-in that
    IPython defines, so that a library choosing its defaults by where it runs (pandas
    shows at most 20 columns in a kernel, as wide as the terminal outside one) chooses
    those of a kernel."""
    import builtins
    import importlib
    import pkgutil
    builtins.get_ipython = _KernelShell
    try:
        for name in names:
            importlib.import_module(name)
        for name in PRELOAD_ALL:
            package = importlib.import_module(name)
            for module in pkgutil.iter_modules(package.__path__, name + "."):
                importlib.import_module(module.name)
    finally:
        del builtins.get_ipython


def serve(path: str) -> None:
    """Listen on ``path``, import :data:`PRELOAD` (a kernel asked for meanwhile waits),
    then fork a kernel for each request. An import that fails closes the socket: the
    kernels asked for start as ordinary ones."""
    parent = os.getppid()
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    if os.path.exists(path):
        os.unlink(path)
    listener.bind(path)
    listener.listen(128)
    try:
        _import_as_in_a_kernel(PRELOAD)
    except BaseException:
        listener.close()
        os.unlink(path)
        raise
    selector = selectors.DefaultSelector()
    selector.register(listener, selectors.EVENT_READ)
    children: dict[int, socket.socket] = {}  # pid -> its requester's connection
    stopping = []

    def stop(signum, frame):
        stopping.append(signum)

    # a child's exit wakes the loop at once (its requester is waiting for it)
    wake_r, wake_w = socket.socketpair()
    wake_r.setblocking(False)
    wake_w.setblocking(False)
    signal.set_wakeup_fd(wake_w.fileno())
    signal.signal(signal.SIGCHLD, lambda signum, frame: None)
    selector.register(wake_r, selectors.EVENT_READ)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    try:
        while not stopping and os.getppid() == parent:
            for key, _ in selector.select(timeout=0.5):
                if key.fileobj is listener:
                    _accept(listener, selector, children)
                elif key.fileobj is wake_r:
                    try:
                        wake_r.recv(512)
                    except BlockingIOError:
                        pass
                else:
                    _from_requester(key.fileobj, selector, children)
            _reap(selector, children)
    finally:
        for pid in children:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for pid in children:  # reaped here, not left behind as zombies
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass
        listener.close()
        try:
            os.unlink(path)
        except OSError:
            pass


def _accept(listener, selector, children) -> None:
    conn, _ = listener.accept()
    try:
        head, fds, _, _ = socket.recv_fds(conn, 4, 3)
        (size,) = struct.unpack("!I", head)
        request = json.loads(_recv_exact(conn, size))
    except (OSError, ValueError, struct.error):
        conn.close()
        return
    pid = os.fork()
    if pid == 0:
        inherited = [listener.fileno(), conn.fileno()] + [
            k.fileobj.fileno() for k in selector.get_map().values()
            if k.fileobj not in (listener, conn)]
        _child(inherited, fds, request)
    for fd in fds:
        os.close(fd)
    children[pid] = conn
    selector.register(conn, selectors.EVENT_READ, pid)
    try:
        _send(conn, json.dumps({"pid": pid}).encode())
    except OSError:
        pass  # the requester has gone: seen at the next select


def _from_requester(conn, selector, children) -> None:
    pid = selector.get_key(conn).data
    try:
        (size,) = struct.unpack("!I", _recv_exact(conn, 4))
        message = json.loads(_recv_exact(conn, size))
        os.kill(pid, int(message["signal"]))
    except ProcessLookupError:
        pass
    except (ConnectionError, OSError, ValueError, KeyError, struct.error):
        # the requester has gone (Jupyter killed it): so goes its kernel
        selector.unregister(conn)
        conn.close()
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _reap(selector, children) -> None:
    while children:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        conn = children.pop(pid, None)
        if conn is None:
            continue
        code = os.waitstatus_to_exitcode(status)
        try:
            _send(conn, json.dumps({"exit": code}).encode())
        except OSError:
            pass
        if conn.fileno() != -1:
            try:
                selector.unregister(conn)
            except (KeyError, ValueError):
                pass
            conn.close()


def kernelspec(folder, python: str = sys.executable) -> str:
    """Write the kernel spec of :data:`NAME` under ``folder/kernels/`` (a folder to put
    on ``JUPYTER_PATH``); return the kernel's name."""
    from pathlib import Path
    spec_dir = Path(folder) / "kernels" / NAME
    spec_dir.mkdir(parents=True, exist_ok=True)
    spec = {"argv": [python, "-I", str(Path(__file__).resolve()), "kernel", "-f",
                     "{connection_file}"],
            "display_name": "Python 3", "language": "python", "interrupt_mode": "signal",
            "metadata": {"debugger": False}}
    (spec_dir / "kernel.json").write_text(json.dumps(spec, indent=1), encoding="utf-8")
    return NAME


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "kernel":
        sys.exit(kernel(sys.argv[2:]))
    if len(sys.argv) == 3 and sys.argv[1] == "serve":
        # the script's folder (analysis/site) must not shadow top-level modules
        sys.path[:] = [p for p in sys.path
                       if os.path.abspath(p or ".") != os.path.dirname(os.path.abspath(__file__))]
        serve(sys.argv[2])
        sys.exit(0)
    sys.exit(f"usage: {sys.argv[0]} serve SOCKET | kernel -f CONNECTION_FILE")
