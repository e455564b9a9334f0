"""Drive Debian's headless chromium through the DevTools protocol over a pipe
(``--remote-debugging-pipe``: no extra package, no network port), to check the site
as a reader's browser sees it.

:meth:`Browser.visit` loads a page and returns what it asked for over the network
(and which requests failed), what it logged to the console, how long its charts
took to render, and its final DOM; it can also wait until a script's condition
holds in the page and then evaluate a script there (``wait_for``, ``probe``). One
browser serves any number of pages, each in a fresh tab. Used by the site tests and
by ``python -m analysis bench``.
"""
from __future__ import annotations

import fcntl
import functools
import http.server
import itertools
import json
import os
import select
import shutil
import socketserver
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-default-apps", "--disable-extensions", "--disable-quic",
    "--no-default-browser-check", "--window-size=1280,900",
]

# JavaScript evaluated in the page: how many charts it has and how many have drawn.
_CHART_STATE = """(() => {
  const charts = [...document.querySelectorAll('div.ssker-chart')];
  return JSON.stringify({
    charts: charts.length,
    drawn: charts.filter(c => c.querySelector('.marks')).length,
    failed: charts.filter(c => /could not be drawn/.test(c.textContent)).map(c => c.id),
  });
})()"""


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise RuntimeError("chromium is not installed: install Debian's chromium package "
                           "(make browser, or apt-get install chromium)")
    return path


def _high_fd(fd: int) -> int:
    high = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return high


@dataclass
class Visit:
    url: str
    requests: list[str] = field(default_factory=list)   # every URL the page asked for
    console_errors: list[str] = field(default_factory=list)
    charts: int = 0
    drawn: int = 0
    failed: list[str] = field(default_factory=list)
    load_seconds: float = 0.0      # navigation to the load event
    charts_seconds: float | None = None  # navigation to every chart drawn (None: never)
    failed_requests: list[str] = field(default_factory=list)  # "404 url", "net::ERR_... url"
    ready: bool = True             # the wait_for condition held (True when none was given)
    ready_seconds: float | None = None  # navigation to wait_for holding
    probe: object = None           # what the probe script returned (JSON-like)
    dom: str = ""


class Browser:
    """One headless chromium, controlled over the DevTools pipe."""

    def __init__(self, timeout: float = 60.0):
        self.timeout = timeout
        self._ids = itertools.count(1)
        self._buffer = b""
        self._events: list[dict] = []
        self._profile = tempfile.mkdtemp(prefix="ssker-chromium-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()
        # move the child's ends above fd 4, so that wiring them to 3 and 4 cannot
        # overwrite one with the other
        to_child_r, from_child_w = (_high_fd(to_child_r), _high_fd(from_child_w))
        # the protocol pipe must be the child's fd 3 (commands) and fd 4 (replies)
        wire = f'exec "$0" "$@" 3<&{to_child_r} 4>&{from_child_w}'
        self.proc = subprocess.Popen(
            ["/bin/bash", "-c", wire, chromium_path(), *FLAGS,
             f"--user-data-dir={self._profile}", "--remote-debugging-pipe", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            pass_fds=(to_child_r, from_child_w))
        os.close(to_child_r)
        os.close(from_child_w)

    # -- protocol -------------------------------------------------------------------------
    def _send(self, method: str, params: dict | None = None, session: str | None = None) -> int:
        msg_id = next(self._ids)
        msg = {"id": msg_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self._to_child, json.dumps(msg).encode() + b"\0")
        return msg_id

    def _read(self, deadline: float) -> dict | None:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self._from_child], [], [], left)
            if not ready:
                return None
            chunk = os.read(self._from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        msg_id = self._send(method, params, session)
        deadline = time.monotonic() + self.timeout
        while True:
            msg = self._read(deadline)
            if msg is None:
                raise TimeoutError(f"no reply to {method}")
            if msg.get("id") == msg_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self._events.append(msg)

    def _drain(self, until: float) -> None:
        while time.monotonic() < until:
            msg = self._read(until)
            if msg is None:
                return
            if "method" in msg:
                self._events.append(msg)

    #: Errors of Runtime.evaluate while a page is being replaced (the site's front page
    #: redirects to the introduction): the call is repeated in the new page.
    _NAVIGATING = ("navigated", "context", "Inspected target")

    def _runtime(self, params: dict, session: str, timeout: float = 10.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            try:
                reply = self.call("Runtime.evaluate", params, session=session)
            except RuntimeError as err:
                if time.monotonic() > deadline or not any(k in str(err) for k in
                                                          self._NAVIGATING):
                    raise
                self._drain(time.monotonic() + 0.1)
                continue
            return reply

    def evaluate(self, expression: str, session: str, await_promise: bool = False):
        """The value of a JavaScript expression in a page (JSON-like values only)."""
        reply = self._runtime({
            "expression": expression, "returnByValue": True, "awaitPromise": await_promise},
            session=session)
        if "exceptionDetails" in reply:
            details = reply["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise RuntimeError(f"script failed in the page: {text}")
        return reply["result"].get("value")

    def _wait(self, expression: str, session: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            if self.evaluate(f"!!({expression})", session):
                return True
            if time.monotonic() > deadline:
                return False
            self._drain(time.monotonic() + 0.05)

    # -- a page ---------------------------------------------------------------------------
    def visit(self, url: str, settle: float = 0.3, chart_timeout: float = 20.0,
              wait_for: str | None = None, wait_timeout: float = 20.0,
              probe: str | None = None) -> Visit:
        """Open ``url`` in a fresh tab; wait for the load event and for every chart.

        ``wait_for``: a JavaScript expression; after the charts, wait (up to
        ``wait_timeout`` s) until it is true, e.g. until MathJax has typeset the page.
        ``probe``: a JavaScript expression evaluated last (a promise is awaited); its
        JSON-like value is returned in ``Visit.probe``."""
        result = Visit(url)
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        self._events.clear()
        for domain in ("Network", "Runtime", "Log", "Page"):
            self.call(f"{domain}.enable", session=session)
        start = time.monotonic()
        self.call("Page.navigate", {"url": url}, session=session)
        deadline = start + self.timeout
        while not any(e["method"] == "Page.loadEventFired" and e.get("sessionId") == session
                      for e in self._events):
            msg = self._read(deadline)
            if msg is None:
                raise TimeoutError(f"{url} did not finish loading")
            if "method" in msg:
                self._events.append(msg)
        result.load_seconds = time.monotonic() - start
        chart_deadline = time.monotonic() + chart_timeout
        while True:
            state = json.loads(self._runtime({
                "expression": _CHART_STATE, "returnByValue": True},
                session=session)["result"]["value"])
            result.charts, result.drawn, result.failed = (state["charts"], state["drawn"],
                                                          state["failed"])
            if state["drawn"] >= state["charts"]:
                result.charts_seconds = time.monotonic() - start
                break
            if state["failed"] or time.monotonic() > chart_deadline:
                break
            self._drain(time.monotonic() + 0.05)
        if wait_for:
            result.ready = self._wait(wait_for, session, wait_timeout)
            if result.ready:
                result.ready_seconds = time.monotonic() - start
        self._drain(time.monotonic() + settle)  # late requests and console messages
        if probe:
            result.probe = self.evaluate(probe, session, await_promise=True)
        result.dom = self._runtime({
            "expression": "document.documentElement.outerHTML", "returnByValue": True},
            session=session)["result"]["value"]
        urls: dict[str, str] = {}
        for event in self._events:
            if event.get("sessionId") != session:
                continue
            method, params = event["method"], event.get("params", {})
            if method == "Network.requestWillBeSent":
                result.requests.append(params["request"]["url"])
                urls[params["requestId"]] = params["request"]["url"]
            elif method == "Network.responseReceived" and params["response"]["status"] >= 400:
                result.failed_requests.append(
                    f"{params['response']['status']} {params['response']['url']}")
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                result.failed_requests.append(
                    f"{params.get('errorText')} {urls.get(params['requestId'], '?')}")
            elif method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                text = details.get("exception", {}).get("description") or details.get("text")
                result.console_errors.append(f"uncaught: {text}")
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                args = " ".join(str(a.get("value", a.get("description", "")))
                                for a in params.get("args", []))
                result.console_errors.append(f"console.{params['type']}: {args}")
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                entry = params["entry"]
                result.console_errors.append(
                    f"{entry.get('source')}: {entry.get('text')} {entry.get('url', '')}".strip())
        self.call("Target.closeTarget", {"targetId": target})
        return result

    def close(self) -> None:
        try:
            self._send("Browser.close")
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()
        finally:
            os.close(self._to_child)
            os.close(self._from_child)
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --- serving the site --------------------------------------------------------------------

class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def serve(directory: Path) -> tuple[_Server, str]:
    """Serve a folder on 127.0.0.1 (a free port) in a background thread; returns
    (server, base URL). Stop it with ``server.shutdown()``."""
    handler = functools.partial(_Quiet, directory=str(directory))
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def is_local(url: str, base: str) -> bool:
    """True for what a page may load: its own server, inline data and blobs."""
    return url.startswith(base + "/") or url.startswith(("data:", "blob:", "about:"))
