"""Browser tests: the real app on a loopback port, driven by headless Debian chromium.

* ``live_url`` serves ``dashboard.app.server`` on a free port for the whole session.
* ``browser`` is one chromium for the session (``/usr/bin/chromium``; never ``playwright
  install``).
* ``page`` is a fresh context per test. Requests that leave 127.0.0.1 are blocked and recorded;
  console errors and uncaught page errors are collected in ``page.errors`` (every console
  message, as "type: text", in ``page.console``). After the test the
  fixture itself fails the test (as a teardown error) if anything was blocked or logged.
  A test that expects an error opts out with ``@pytest.mark.allow_console_errors(pattern)``
  (a regular expression searched in each message) or by clearing ``page.errors``.
* ``new_page()`` (a factory fixture) opens another page in a *fresh* context with the same
  guards, e.g. to open a copied URL as a second visitor would.
* ``home`` is a :class:`pages.home.HomePage` on ``page``: the main view's page object.

Page objects and helpers (screenshots, axe) live in the package ``pages`` beside this file;
this file keeps the fixtures only.
"""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

import pytest
from pages.home import HomePage
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright
from werkzeug.serving import make_server

HERE = Path(__file__).resolve().parent

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
OUTSIDE = re.compile(r"^https?://(?!127\.0\.0\.1[:/])")
TIMEOUT_MS = 15_000
# The live server runs in the test process, so pyproject's ``filterwarnings = error`` also
# applies to every page and callback the server builds while a browser test runs: a warning
# there becomes a server error (HTTP 500) and, through the console guard, a failed test.


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "allow_console_errors(pattern): the page fixture ignores console/page errors "
        "matching this regular expression",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def live_url():
    from dashboard.app import server  # imported here: collecting tests/ must not build the app

    # one INFO line per request would bury a failure's output; errors are still logged
    werkzeug_log = logging.getLogger("werkzeug")
    level = werkzeug_log.level
    werkzeug_log.setLevel(logging.WARNING)
    httpd = make_server("127.0.0.1", 0, server, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, name="live-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(timeout=5)
    httpd.server_close()
    werkzeug_log.setLevel(level)


@pytest.fixture(scope="session")
def browser():
    playwright = sync_playwright().start()
    try:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()
    finally:
        playwright.stop()


def _open_guarded_page(browser: Browser) -> tuple[BrowserContext, Page, list[str]]:
    """A page in a new context: outside requests are blocked and recorded in the returned
    list, console errors and page errors are collected in ``page.errors``."""
    context = browser.new_context(
        viewport={"width": 1366, "height": 900}, locale="de-DE", accept_downloads=True
    )
    context.set_default_timeout(TIMEOUT_MS)
    blocked: list[str] = []

    def block(route):
        blocked.append(route.request.url)
        route.abort()

    context.route(OUTSIDE, block)
    pg = context.new_page()
    pg.errors = []
    pg.console = []

    def on_console(msg) -> None:
        pg.console.append(f"{msg.type}: {msg.text}")
        if msg.type == "error":
            pg.errors.append(f"console error: {msg.text}")

    pg.on("console", on_console)
    pg.on("pageerror", lambda exc: pg.errors.append(f"page error: {exc}"))
    return context, pg, blocked


def _check_guards(pages: list[tuple[Page, list[str]]], request: pytest.FixtureRequest) -> None:
    marker = request.node.get_closest_marker("allow_console_errors")
    allowed = re.compile(marker.args[0]) if marker else None
    blocked = [url for _, urls in pages for url in urls]
    errors = [e for pg, _ in pages for e in pg.errors if not (allowed and allowed.search(e))]
    assert not blocked, "requests outside 127.0.0.1 were attempted (blocked):\n" + "\n".join(
        blocked
    )
    assert not errors, "browser console/page errors:\n" + "\n".join(errors)


@pytest.fixture
def page(browser: Browser, request: pytest.FixtureRequest):
    context, pg, blocked = _open_guarded_page(browser)
    yield pg
    context.close()
    _check_guards([(pg, blocked)], request)


@pytest.fixture
def new_page(browser: Browser, request: pytest.FixtureRequest):
    """Factory: ``new_page()`` opens a page in a fresh context (no shared cookies, storage or
    history) with the same guards as ``page``; all are checked after the test."""
    opened: list[tuple[BrowserContext, Page, list[str]]] = []

    def factory() -> Page:
        opened.append(_open_guarded_page(browser))
        return opened[-1][1]

    yield factory
    for context, _, _ in opened:
        context.close()
    _check_guards([(pg, blocked) for _, pg, blocked in opened], request)


@pytest.fixture
def home(page: Page, live_url: str) -> HomePage:
    """The main view's page object on a fresh guarded page (nothing is loaded yet)."""
    return HomePage(page, live_url)
