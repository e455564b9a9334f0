"""The site as a reader's browser sees it: Playwright driving Debian's headless chromium
(launched by its path, so no browser is downloaded).

:meth:`Browser.visit` loads a page and returns what it asked for over the network (and
which requests failed), what it logged as errors, how long its charts took to draw, and
its final DOM; it can also wait until a script's condition holds in the page and then
evaluate a script there (``wait_for``, ``probe``). One browser serves any number of
pages, each in a fresh page. :func:`serve` serves a folder on a free local port.
"""
from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import socketserver
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

#: Chromium flags: headless in a container, no background network traffic.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         "--disable-default-apps", "--disable-extensions", "--disable-quic",
         "--no-default-browser-check"]

# JavaScript evaluated in the page: how many charts it has and how many have drawn.
CHART_STATE = """(() => {
  const charts = [...document.querySelectorAll('div.ssker-chart')];
  return {
    charts: charts.length,
    drawn: charts.filter(c => c.querySelector('.marks')).length,
    failed: charts.filter(c => /could not be drawn/.test(c.textContent)).map(c => c.id),
  };
})()"""


def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        raise RuntimeError("chromium is not installed: install Debian's chromium package "
                           "(make browser, or apt-get install chromium)")
    return path


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
    """One headless chromium, driven by Playwright."""

    def __init__(self, timeout: float = 60.0):
        self.timeout = timeout
        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(
            executable_path=chromium_path(), args=FLAGS, headless=True)
        self._context = self._browser.new_context(viewport={"width": 1280, "height": 900})

    def new_page(self):
        """A fresh page of the browser (Playwright's ``Page``)."""
        return self._context.new_page()

    def evaluate(self, page, expression: str, tries: int = 20):
        """The value of ``expression`` in the page, waiting at most the browser's timeout
        (``page.evaluate`` has none: a renderer that never answers would stall the
        tests), again after the page navigates on its own (a redirecting index page
        destroys the context the script ran in)."""
        # wait_for_function takes a timeout; the array makes any value (0, false) truthy
        wrapped = f"() => [({expression})]"
        for attempt in range(tries + 1):
            try:
                handle = page.wait_for_function(wrapped, timeout=self.timeout * 1000)
                return handle.json_value()[0]
            except PlaywrightError as exc:
                retry = "context was destroyed" in str(exc) or "navigat" in str(exc)
                if not retry or attempt == tries:
                    raise
                page.wait_for_load_state("load")

    def _poll(self, page, expression: str, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.evaluate(page, expression):
                return True
            time.sleep(0.05)
        return False

    def visit(self, url: str, settle: float = 0.3, chart_timeout: float = 20.0,
              wait_for: str | None = None, wait_timeout: float = 20.0,
              probe: str | None = None) -> Visit:
        """Open ``url`` in a fresh page; wait for the load event and for every chart.

        ``wait_for``: a JavaScript expression; after the charts, wait (up to
        ``wait_timeout`` s) until it is true, e.g. until MathJax has typeset the page.
        ``probe``: a JavaScript expression evaluated last (a promise is awaited); its
        JSON-like value is returned in ``Visit.probe``."""
        result = Visit(url)
        page = self.new_page()
        page.on("request", lambda r: result.requests.append(r.url))
        # a request cancelled by the page's own navigation (net::ERR_ABORTED) is not a failure
        page.on("requestfailed", lambda r: r.failure != "net::ERR_ABORTED" and
                result.failed_requests.append(f"{r.failure} {r.url}"))
        page.on("response", lambda r: r.status >= 400 and result.failed_requests.append(
            f"{r.status} {r.url}"))
        page.on("pageerror", lambda e: result.console_errors.append(f"uncaught: {e}"))
        page.on("console", lambda m: m.type in ("error", "assert") and
                result.console_errors.append(f"console.{m.type}: {m.text}"))
        try:
            start = time.monotonic()
            page.goto(url, wait_until="load", timeout=self.timeout * 1000)
            result.load_seconds = time.monotonic() - start
            deadline = time.monotonic() + chart_timeout
            while True:
                state = self.evaluate(page, CHART_STATE)
                result.charts, result.drawn, result.failed = (state["charts"], state["drawn"],
                                                              state["failed"])
                if state["drawn"] >= state["charts"]:
                    result.charts_seconds = time.monotonic() - start
                    break
                if state["failed"] or time.monotonic() > deadline:
                    break
                time.sleep(0.05)
            if wait_for:
                result.ready = self._poll(page, wait_for, wait_timeout)
                if result.ready:
                    result.ready_seconds = time.monotonic() - start
            page.wait_for_timeout(settle * 1000)  # late requests and console messages
            if probe:
                result.probe = self.evaluate(page, probe)
            result.dom = page.content()
        finally:
            page.close()
        return result

    def close(self) -> None:
        try:
            self._context.close()
            self._browser.close()
        finally:
            self._playwright.stop()

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def watch_errors(page) -> list[str]:
    """The list that collects what ``page`` logs as an error or throws, from now on."""
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    return errors


@contextlib.contextmanager
def served_page(directory: Path):
    """A served folder and one page of a fresh browser on it: (base URL, page, the
    page's errors, :func:`watch_errors`)."""
    server, base = serve(directory)
    try:
        with Browser() as browser:
            page = browser.new_page()
            yield base, page, watch_errors(page)
    finally:
        server.shutdown()


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
