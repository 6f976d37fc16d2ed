"""``/kulisse`` in the browser: the statement, the tables and the map; changing the basis
updates table, legend and map; the URL keeps the state over a reload; English; axe; phone."""

from __future__ import annotations

import pytest
from pages.common import url_has
from pages.coverage import CoveragePage
from playwright.sync_api import expect


@pytest.fixture
def coverage(page, live_url) -> CoveragePage:
    return CoveragePage(page, live_url)


def test_page_loads_with_statement_tables_and_map(coverage: CoveragePage):
    coverage.goto()
    expect(coverage.heading(1)).to_contain_text("Gebietskulisse")
    expect(coverage.page.get_by_role("heading", name="kein Urteil")).to_be_visible()
    expect(coverage.page.get_by_text("Sozialbericht", exact=False).first).to_be_visible()
    assert coverage.outside_units() == [
        "Lanstrop-Neu (251)",
        "Lütgendortmund-West (735)",
        "Cityring-Ost (004)",
        "Funkenburg (072)",
    ]
    expect(coverage.outside).to_contain_text("Rang 11 (8–11)")
    expect(coverage.close.locator("tbody tr")).to_have_count(11)
    expect(coverage.legend).to_contain_text("außerhalb der Räume (4)")
    assert coverage.map.locator("path.leaflet-interactive").count() == 170
    assert coverage.map.locator(".leaflet-coverage-outlines-pane path").count() == 15
    fills = coverage.fills()
    assert {"#b2182b", "#f4a582", "#2166ac"} <= fills
    # the tooltip names the unit, where it lies and its rank
    tip = coverage.page.evaluate(
        "() => Array.from(window.coverageMap.tooltip('251').children, (c) => c.textContent)"
    )
    assert tip[:3] == [
        "Lanstrop-Neu (251)",
        "außerhalb der 15 Räume",
        "hoher Bedarf (Top 20), außerhalb der Räume",
    ]
    assert tip[3] == "Rang 11 (8–11) · 2,04"
    expect(coverage.page.locator(".source-line")).to_contain_text("Stand: 31.12.2023")


def test_changing_the_basis_updates_table_legend_map_and_url(coverage: CoveragePage):
    coverage.goto()
    assert "Indexwert" in coverage.outside_headers()
    expect(coverage.preset).to_be_enabled()
    coverage.basis.select_option("transfer_benefits")
    coverage.wait_for_url(url_has(b="transfer_benefits"))
    expect(coverage.outside.locator("tbody tr")).to_have_count(2)
    assert coverage.outside_units() == ["Lanstrop-Neu (251)", "Lütgendortmund-West (735)"]
    assert "Wert" in coverage.outside_headers() and "Indexwert" not in coverage.outside_headers()
    expect(coverage.legend).to_contain_text("Empfänger*innen von Transferleistungen, Top 20")
    expect(coverage.legend).to_contain_text("außerhalb der Räume (2)")
    expect(coverage.preset).to_be_disabled()
    expect(coverage.summary).to_contain_text("18 in einem der 15 Räume und 2 außerhalb")
    # the map follows: Cityring-Ost (004) is no longer a high-need unit outside
    coverage.page.wait_for_function(
        "() => window.coverageMap.latest.colors['004'] !== '#b2182b'", timeout=5_000
    )
    coverage.page.get_by_label("Top 30").check()
    coverage.wait_for_url(url_has(b="transfer_benefits", top="30"))
    expect(coverage.legend).to_contain_text("Top 30")
    coverage.page.reload()
    coverage.wait_drawn()
    expect(coverage.basis).to_have_value("transfer_benefits")
    expect(coverage.page.get_by_label("Top 30")).to_be_checked()
    expect(coverage.legend).to_contain_text("Top 30")
    coverage.link("English").click()
    coverage.wait_for_url(url_has(b="transfer_benefits", top="30", lang="en"))
    coverage.wait_drawn()
    expect(coverage.html).to_have_attribute("lang", "en")
    expect(coverage.outside).to_contain_text("34.7%")


def test_bad_address_falls_back_with_a_notice(coverage: CoveragePage):
    coverage.goto("?b=nope&top=99")
    expect(coverage.page.get_by_role("status").first).to_contain_text("ignoriert")
    expect(coverage.basis).to_have_value("index")
    expect(coverage.page.get_by_label("Top 20")).to_be_checked()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_axe_clean_and_screenshots(coverage: CoveragePage, lang: str):
    query = "?lang=en" if lang == "en" else ""
    coverage.page.set_viewport_size({"width": 1366, "height": 900})
    coverage.goto(query)
    coverage.assert_accessible()
    coverage.shot(f"coverage_desktop_{lang}")
    coverage.page.set_viewport_size({"width": 390, "height": 844})
    coverage.goto(query + ("&" if query else "?") + "b=unemployed_u25")
    width = coverage.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone: scrollWidth {width}"
    coverage.assert_accessible()
    coverage.shot(f"coverage_phone_{lang}")


# --- /kulisse exports ---
def test_export_menu_downloads_the_current_table_and_deck(coverage: CoveragePage, tmp_path):
    import io

    import pandas as pd
    from pptx import Presentation

    coverage.goto()
    coverage.basis.select_option("transfer_benefits")
    coverage.wait_for_url(url_has(b="transfer_benefits"))
    summary = coverage.page.locator(".export-menu summary")
    expect(summary).to_have_text("Exportieren")
    summary.click()
    with coverage.page.expect_download() as info:
        coverage.page.get_by_role("button", name="Tabelle: CSV").click()
    download = info.value
    assert download.suggested_filename == "aktionsplan_kulisse_transferleistungen_2024_top20.csv"
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    table = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str)
    outside = table[table.Liste == "Hoher Bedarf außerhalb der 15 Räume"]
    assert outside.Unterbezirk.tolist() == ["Lanstrop-Neu", "Lütgendortmund-West"]  # as shown
    expect(coverage.page.locator(".export-status")).to_have_text(
        f"Export fertig: {download.suggested_filename}"
    )
    with coverage.page.expect_download() as info:
        coverage.page.get_by_role("button", name="Präsentation (PPTX): PPTX").click()
    deck = info.value
    assert deck.suggested_filename == "aktionsplan_kulisse_transferleistungen_2024_top20.pptx"
    deck.save_as(tmp_path / "deck.pptx")
    slides = Presentation(io.BytesIO((tmp_path / "deck.pptx").read_bytes())).slides
    assert len(slides) >= 6
    coverage.assert_accessible()  # with the menu open
