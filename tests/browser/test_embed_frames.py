"""Embeds in a real browser: framing by another origin (allowed for ``/embed/...`` when the
origin is in ``DASHBOARD_EMBED_ORIGINS``, never for other pages), the "Einbetten" dialog and
axe-core on every embed.

The framing page is served by a second tiny HTTP server on another port of 127.0.0.1: a
different origin (scheme, host and port) for the browser, and still inside the guard that
blocks every request leaving 127.0.0.1.
"""

from __future__ import annotations

import html
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from pages.common import format_violations, run_axe, shot
from playwright.sync_api import Page, expect

REFUSED = r"Refused to (display|frame)|frame-ancestors|X-Frame-Options"


class _FramingPage(BaseHTTPRequestHandler):
    body = b""

    def do_GET(self):  # http.server calls it by this name
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(type(self).body)

    def log_message(self, *args):  # keep the test output quiet
        pass


@pytest.fixture
def framing_page(live_url: str):
    """A page on another origin that frames ``/embed/map`` and ``/`` of the live app."""
    handler = type("Handler", (_FramingPage,), {})
    handler.body = (
        "<!DOCTYPE html><html lang='de'><head><title>Fremde Seite</title></head><body>"
        f"<iframe id='embed' src='{live_url}/embed/map' title='Karte' width='600' "
        "height='450'></iframe>"
        f"<iframe id='full' src='{live_url}/' title='Dashboard' width='600' height='450'>"
        "</iframe></body></html>"
    ).encode()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def embed_origins():
    """Set the app's framing origins for one test (as DASHBOARD_EMBED_ORIGINS would)."""
    from dashboard.app import server

    before = server.config["EMBED_ORIGINS"]

    def set_origins(*origins: str) -> None:
        server.config["EMBED_ORIGINS"] = tuple(origins)

    yield set_origins
    server.config["EMBED_ORIGINS"] = before


def _frame_state(page: Page, element_id: str) -> dict:
    """URL of the frame in ``<iframe id=element_id>`` and whether the dashboard rendered in
    it (its ``main`` landmark); a refused frame shows chromium's error page instead."""
    frame = page.locator(f"#{element_id}").element_handle().content_frame()
    return {"url": frame.url, "rendered": frame.locator("main#content").count() > 0}


@pytest.mark.allow_console_errors(REFUSED)
def test_another_origin_may_frame_the_embed_but_not_the_dashboard(
    page: Page, framing_page: str, embed_origins
):
    embed_origins(framing_page)
    page.goto(framing_page)
    frame = page.frame_locator("#embed")
    # the first page of a session may take a while (the app's caches are cold)
    expect(frame.locator("h1")).to_have_text(
        "Karte: Kinder unter 15 Jahren in SGB-II-Bezug", timeout=15_000
    )
    expect(frame.locator(".leaflet-interactive").first).to_be_visible()
    assert _frame_state(page, "embed")["rendered"]
    expect(
        frame.get_by_role("link", name=re.compile("Im vollständigen Dashboard öffnen"))
    ).to_be_visible()
    page.wait_for_timeout(1500)  # the blocked frame has had time to load, had it been allowed
    full = _frame_state(page, "full")
    assert not full["rendered"], f"/ was framed by another origin: {full}"
    assert full["url"].startswith("chrome-error://") or full["url"] in ("", "about:blank"), full
    assert any(re.search(REFUSED, e) for e in page.errors), page.errors
    shot(page, "embed_framed_by_other_origin")


@pytest.mark.allow_console_errors(REFUSED)
def test_without_the_setting_no_other_origin_may_frame_the_embed(
    page: Page, framing_page: str, embed_origins
):
    embed_origins()  # DASHBOARD_EMBED_ORIGINS empty: only the dashboard itself
    page.goto(framing_page)
    page.wait_for_timeout(2500)
    for element_id in ("embed", "full"):
        state = _frame_state(page, element_id)
        assert not state["rendered"], f"{element_id} was framed: {state}"
        assert state["url"].startswith("chrome-error://"), state
    assert any(re.search(REFUSED, e) for e in page.errors), page.errors


def test_embed_dialog_builds_the_snippet_with_a_live_preview(page: Page, live_url: str):
    page.goto(f"{live_url}/?ind=unemployed")
    expect(page.locator(".leaflet-interactive").first).to_be_visible(timeout=15_000)
    opener = page.get_by_role("button", name=re.compile("Einbetten"))
    opener.click()
    dialog = page.get_by_role("dialog", name="Ansicht einbetten")
    expect(dialog).to_be_visible()
    code = dialog.get_by_label("HTML-Code zum Einfügen")
    expect(code).to_have_value(
        re.compile(r'^<iframe src="http://127\.0\.0\.1:\d+/embed/map\?'), timeout=15_000
    )
    expect(code).to_have_value(re.compile('ind=unemployed.*title="Karte: Arbeitslosenanteil'))
    expect(code).to_have_value(re.compile(r'width="600" height="450" loading="lazy"'))

    width = dialog.get_by_label("Breite (Pixel)")
    width.fill("480")
    width.press("Tab")
    expect(code).to_have_value(re.compile(r'width="480" height="450"'))
    dialog.get_by_label("Rangfolge").check()
    expect(code).to_have_value(re.compile(r"/embed/ranking\?ind=unemployed"))
    expect(code).to_have_value(re.compile('title="Rangfolge: Arbeitslosenanteil'))

    src = html.unescape(re.search(r'src="([^"]+)"', code.input_value())[1])
    preview = dialog.locator("iframe#embed-preview")
    expect(preview).to_have_attribute("src", src)
    expect(preview).to_have_attribute("width", "480")
    expect(page.frame_locator("#embed-preview").locator("h1")).to_have_text(
        "Rangfolge: Arbeitslosenanteil"
    )
    dialog.get_by_role("button", name="Kopieren").click()
    expect(dialog.get_by_role("status")).to_have_text(re.compile("Kopiert|Kopieren nicht"))
    shot(page, "embed_dialog")
    violations = run_axe(page)
    assert violations == [], format_violations(violations)

    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()


def test_embed_dialog_follows_the_state_and_the_profile(page: Page, live_url: str):
    page.goto(f"{live_url}/")
    expect(page.locator(".leaflet-interactive").first).to_be_visible(timeout=15_000)
    page.locator("#home-edition").get_by_text("Statistikatlas Dortmund 2019").click()
    expect(page).to_have_url(re.compile("ed=atlas2019"))
    page.get_by_role("button", name=re.compile("Einbetten")).click()
    code = page.get_by_label("HTML-Code zum Einfügen")
    expect(code).to_have_value(re.compile(r"/embed/map\?ind=children_u15_sgb2&amp;ed=atlas2019"))
    page.get_by_role("button", name="Schließen").click()
    expect(page.get_by_role("dialog")).to_be_hidden()

    page.goto(f"{live_url}/raum/AR02?hf=kinder&lang=en")
    page.get_by_role("button", name=re.compile("Embed")).click()
    dialog = page.get_by_role("dialog", name="Embed this view")
    code = dialog.get_by_label("HTML code to paste")
    expect(code).to_have_value(re.compile(r"/embed/profile/AR02\?hf=kinder&amp;lang=en"))
    expect(code).to_have_value(re.compile('title="Nordmarkt – Aktionsraum'))
    expect(code).to_have_value(re.compile(r'width="800" height="900"'))
    expect(page.frame_locator("#embed-preview").locator("h1")).to_have_text(
        "Nordmarkt – Aktionsraum"
    )


EMBEDS = [
    "/embed/map",
    "/embed/map?ind=unemployed&ed=change&lvl=units&sel=052",
    "/embed/ranking",
    "/embed/ranking?lvl=units&ind=transfer_benefits",
    "/embed/profile/AR02",
    "/embed/profile/AQ01?hf=kinder",
    # --- /index ---
    "/embed/index",
    "/embed/index?level=spaces&preset=status",
    "/embed/hotspots?hs=unemployed",
    # --- end /index ---
]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("path", EMBEDS)
def test_embeds_are_accessible(page: Page, live_url: str, path: str, lang: str):
    page.set_viewport_size({"width": 600, "height": 450})
    sep = "&" if "?" in path else "?"
    page.goto(live_url + path + (f"{sep}lang=en" if lang == "en" else ""))
    expect(page.locator("html")).to_have_attribute("lang", lang)
    expect(page.locator("h1")).to_have_count(1)
    link = page.get_by_role("link", name=re.compile("vollständigen Dashboard|full dashboard"))
    expect(link).to_have_attribute("target", "_blank")
    expect(link).to_have_attribute("rel", "noopener")
    expect(page.locator("nav")).to_have_count(0)  # no navigation in an embed
    expect(page.locator(".embed-source")).to_contain_text(re.compile("Stand|Reference date"))
    if "profile" not in path:
        expect(
            page.locator(".leaflet-interactive, .ranking-frame .bars path").first
        ).to_be_visible()
    else:
        expect(page.locator(".js-plotly-plot").first).to_be_visible()
    violations = run_axe(page)
    assert violations == [], format_violations(violations)
    name = re.sub(r"[^a-z0-9]+", "_", (path + lang).lower()).strip("_")
    shot(page, name)


def test_embed_map_is_read_not_driven(page: Page, live_url: str):
    """Tooltips and the keyboard work; a click selects nothing (no main view to select in),
    links open a new window, and nothing logs an error (the page fixture checks)."""
    page.set_viewport_size({"width": 600, "height": 450})
    page.goto(f"{live_url}/embed/map")
    units = page.locator(".leaflet-interactive")
    expect(units.first).to_be_visible(timeout=15_000)
    expect(page.locator(".map-help")).not_to_contain_text("wählt aus")
    calls: list[str] = []
    page.on("request", lambda r: calls.append(r.url) if "_dash-update" in r.url else None)
    units.nth(40).click(force=True)
    page.locator(".leaflet-container").focus()
    page.keyboard.press("ArrowDown")
    expect(page.locator("#home-map-status")).to_contain_text("Rang 1 von 15")
    page.keyboard.press("Enter")
    page.wait_for_timeout(500)
    assert calls == [], calls
    with page.expect_popup() as popup:
        page.get_by_role("link", name=re.compile("Im vollständigen Dashboard öffnen")).click()
    full = popup.value
    # let the new window finish loading: a connection dropped mid-file would leave the live
    # server an unclosed file (a ResourceWarning that fails the next test)
    full.wait_for_load_state("load")
    assert full.url == f"{live_url}/?ind=children_u15_sgb2&ed=atlas2024"
    full.close()
    assert page.url == f"{live_url}/embed/map"
