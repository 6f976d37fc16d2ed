"""The export menu: keyboard, progress in a live region, the download's file name, the
server's message on failure, and accessibility with the menu open."""

from __future__ import annotations

import pytest
from pages.home import HomePage
from pages.profile import ProfilePage
from playwright.sync_api import Page, expect

# every text the status region shows, in order (the export may finish within one poll)
RECORD_STATUS = """
window.__exportStatus = [];
new MutationObserver(() => {
    const el = document.querySelector('.export-status');
    const text = el ? el.textContent : '';
    const last = window.__exportStatus[window.__exportStatus.length - 1];
    if (text && text !== last) { window.__exportStatus.push(text); }
}).observe(document, {subtree: true, childList: true, characterData: true});
"""


def test_png_export_by_keyboard_shows_progress_and_downloads_the_current_view(
    home: HomePage, page: Page, tmp_path
):
    page.add_init_script(RECORD_STATUS)
    home.goto("/?ind=children_u15_sgb2")
    page.get_by_label("170 statistische Unterbezirke").check()
    home.wait_for_url(f"{home.base}/?ind=children_u15_sgb2&ed=atlas2024&lvl=units")
    summary = page.locator(".export-menu summary")
    expect(summary).to_have_text("Exportieren")
    summary.focus()
    page.keyboard.press("Enter")
    first = page.get_by_role("button", name="Karte: PNG")
    expect(first).to_be_visible()
    page.keyboard.press("Tab")
    expect(first).to_be_focused()
    with page.expect_download() as info:
        page.keyboard.press("Enter")
    download = info.value
    assert download.suggested_filename == "aktionsplan_kinder-sgb2_2024_unterbezirke_karte.png"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    assert path.read_bytes().startswith(b"\x89PNG")
    status = page.locator(".export-status")
    expect(status).to_have_text(f"Export fertig: {download.suggested_filename}")
    expect(status).to_have_attribute("aria-live", "polite")
    seen = page.evaluate("window.__exportStatus")
    assert seen[0] == "Export wird erstellt …", seen
    expect(page.locator(".export-box")).not_to_have_attribute("aria-busy", "true")


@pytest.mark.allow_console_errors("status of 503")
def test_a_failed_export_shows_the_servers_message(page: Page, live_url):
    message = (
        "Der Export hat zu lange gedauert und wurde abgebrochen. Bitte später erneut versuchen. "
        "(The export took too long and was stopped. Please try again later.)"
    )
    page.route(
        "**/export/profile/deck.pptx?*",
        lambda route: route.fulfill(status=503, body=message + "\n", content_type="text/plain"),
    )
    profile = ProfilePage(page, live_url)
    profile.goto("AR01", "?lang=en")
    page.locator(".export-menu summary").click()
    with page.expect_request("**/export/profile/deck.pptx?*") as request:
        page.get_by_role("button", name="Slides (PPTX): PPTX").click()
    assert request.value.url.endswith("/export/profile/deck.pptx?lang=en&space=AR01")
    expect(page.locator(".export-status")).to_have_text(f"Export failed: {message}")


def test_the_open_menu_is_accessible(home: HomePage, page: Page, live_url):
    home.goto("/")
    page.locator(".export-menu summary").click()
    expect(page.get_by_role("button", name="Rangfolge: SVG")).to_be_visible()
    home.assert_accessible()
    profile = ProfilePage(page, live_url)
    profile.goto("AR02")
    page.locator(".export-menu summary").click()
    expect(page.get_by_role("button", name="Profil gegen die Stadt: PDF")).to_be_visible()
    profile.assert_accessible()
