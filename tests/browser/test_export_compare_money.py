"""The export menu on ``/vergleich`` and ``/mittel``: a click downloads the file of the view
as it is now (the query the page holds), and an empty comparison shows the server's one-line
message instead of a file."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from playwright.sync_api import Page, expect


@pytest.mark.allow_console_errors("status of 400")
def test_compare_export_follows_the_choice(page: Page, live_url, tmp_path):
    page.goto(f"{live_url}/vergleich")
    expect(page.locator("#compare-side")).to_contain_text("Noch keine Gebiete gewählt")
    summary = page.locator(".export-menu summary")
    summary.click()
    page.get_by_role("button", name="Tabelle: CSV").click()
    status = page.locator(".export-status")
    expect(status).to_contain_text("Export fehlgeschlagen: Ungültiger Export (bad export): Bitte")
    expect(status).to_contain_text("mindestens zwei Gebiete wählen")
    # the menu stays at the right, off the pickers; close it and choose two spaces: the
    # hint gives way to the table, and the export follows
    box = page.locator(".export-body").bounding_box()
    pickers = page.locator(".compare-pickers").bounding_box()
    assert box["x"] > pickers["x"] + pickers["width"], (box, pickers)
    summary.click()
    page.get_by_label("Hafen (AR01)").check()
    expect(page.locator("#compare-side")).to_contain_text("Ein Gebiet gewählt")
    page.get_by_label("Hörde (AR09)").check()
    expect(page).to_have_url(f"{live_url}/vergleich?a=AR01,AR09")
    expect(page.locator("#compare-side table")).to_be_visible()
    summary.click()
    with page.expect_download() as info:
        page.get_by_role("button", name="Tabelle: CSV").click()
    download = info.value
    assert download.suggested_filename == "aktionsplan_vergleich_ar01-ar09_2024_kinder.csv"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    table = pd.read_csv(io.BytesIO(path.read_bytes()), sep=";", decimal=",", encoding="utf-8-sig")
    assert {"Hafen: Wert", "Hörde: Wert"} <= set(table.columns) and len(table) >= 3
    expect(status).to_have_text(f"Export fertig: {download.suggested_filename}")
    with page.expect_download() as info:
        page.get_by_role("button", name="Präsentation (PPTX): PPTX").click()
    assert info.value.suggested_filename == "aktionsplan_vergleich_ar01-ar09_2024_kinder.pptx"


def test_money_chart_png_downloads(page: Page, live_url, tmp_path):
    page.goto(f"{live_url}/mittel?ind=unemployed&lang=en")
    page.locator(".export-menu summary").click()
    with page.expect_download() as info:
        page.get_by_role("button", name="Chart: PNG").click()
    download = info.value
    assert download.suggested_filename == "aktionsplan_mittel_arbeitslose_2024_diagramm.png"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    assert path.read_bytes().startswith(b"\x89PNG")
    expect(page.locator(".export-status")).to_have_text(
        f"Export ready: {download.suggested_filename}"
    )
