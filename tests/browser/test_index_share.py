"""``/index``'s export menu in both modes (the menu follows the mode without a reload) and
its "Einbetten" dialog with the live preview of ``/embed/index`` and ``/embed/hotspots``."""

from __future__ import annotations

import re

import pytest
from pages.common import format_violations, run_axe, url_has
from pages.index import IndexPage
from playwright.sync_api import expect

from dashboard import ids


@pytest.fixture
def index(page, live_url) -> IndexPage:
    return IndexPage(page, live_url)


def test_export_menu_of_each_mode_downloads_what_the_page_shows(index: IndexPage, tmp_path):
    page = index.page
    index.goto("?level=spaces")
    menu = page.locator(f"#{ids.INDEX_EXPORT_INDEX}")
    expect(page.locator(f"#{ids.INDEX_EXPORT_HS}")).to_be_hidden()
    menu.locator("summary").click()
    expect(menu.get_by_role("button", name="Rangstabilität: PNG")).to_be_visible()
    index.assert_accessible()  # with the menu open
    with page.expect_download(timeout=60_000) as info:
        menu.get_by_role("button", name="Tabelle: XLSX").click()
    assert info.value.suggested_filename == "aktionsplan_bedarfsindex_felder_2024_raeume.xlsx"
    expect(menu.locator(".export-status")).to_have_text(
        "Export fertig: aktionsplan_bedarfsindex_felder_2024_raeume.xlsx"
    )

    index.mode("Hot spots (räumliche Häufungen)")
    index.wait_for_url(url_has(mode="hotspots"))
    hs_menu = page.locator(f"#{ids.INDEX_EXPORT_HS}")
    expect(hs_menu).to_be_visible()
    expect(menu).to_be_hidden()
    hs_menu.locator("summary").click()
    expect(hs_menu.get_by_role("button", name=re.compile("Rangfolge"))).to_have_count(0)
    with page.expect_download(timeout=60_000) as info:
        hs_menu.get_by_role("button", name="Karte der Hot spots: PNG").click()
    download = info.value
    assert download.suggested_filename == "aktionsplan_hotspots_bedarfsindex-felder_2024_karte.png"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    assert path.read_bytes().startswith(b"\x89PNG")
    index.page.go_back()  # Back to the index: its menu again
    index.wait_for_url(re.compile(r"^(?!.*mode=hotspots)"))
    expect(menu).to_be_visible()
    expect(hs_menu).to_be_hidden()


def test_embed_dialog_offers_the_index_and_the_hot_spots_with_a_preview(index: IndexPage):
    page = index.page
    index.goto("?preset=status&lang=en")
    opener = page.get_by_role("button", name=re.compile("Embed"))
    opener.click()
    dialog = page.get_by_role("dialog", name="Embed this view")
    expect(dialog).to_be_visible()
    code = dialog.get_by_label("HTML code to paste")
    expect(code).to_have_value(
        re.compile(
            r'^<iframe src="http://127\.0\.0\.1:\d+/embed/index\?ed=atlas2024&amp;'
            r"preset=status"
        ),
        timeout=15_000,
    )
    expect(code).to_have_value(re.compile(r'title="Need index 2024 – .*width="700" height="800"'))
    preview = page.frame_locator("#embed-preview")
    expect(preview.locator("h1")).to_have_text("Need index 2024")
    expect(preview.locator(".embed-source")).to_contain_text("Reference date: 31 Dec 2023")
    dialog.get_by_label("Hot spots (map)").check()
    expect(code).to_have_value(re.compile(r"/embed/hotspots\?.*mode=hotspots&amp;lang=en"))
    expect(preview.locator("h1")).to_have_text("Hot spots: need index")
    expect(preview.locator(".leaflet-interactive").first).to_be_visible(timeout=15_000)
    violations = run_axe(page)
    assert violations == [], format_violations(violations)
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(opener).to_be_focused()
