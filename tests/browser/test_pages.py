"""``/daten`` (catalogue) and the German 404 page."""

from __future__ import annotations

import pytest
from conftest import format_violations, run_axe, shot
from playwright.sync_api import Page, expect

DATA_TITLE = "Daten und Quellen · Data and sources – Aktionsplan Soziale Stadt Dortmund"
DATA_HEADINGS_DE = [
    "Ressourcen des Aktionsplans",
    "Die 15 Räume des Aktionsplans",
    "Indikatorenkatalog",
    "Förderung und Programme",
    "Eingangsdateien",
]
DATA_HEADINGS_EN = [
    "Resources of the action plan",
    "The 15 spaces of the action plan",
    "Indicator catalogue",
    "Funding and programmes",
    "Input files",
]


def test_data_page_german(page: Page, live_url: str):
    page.goto(live_url + "/daten")
    expect(page.get_by_role("heading", level=1)).to_have_text("Daten & Quellen")
    expect(page).to_have_title(DATA_TITLE)
    expect(page.get_by_role("heading", level=2)).to_have_text(DATA_HEADINGS_DE)
    row = page.locator("#ind-children_u15_sgb2")
    expect(row).to_be_visible()
    expect(row).to_contain_text("Kinder unter 15 Jahren in SGB-II-Bezug")
    expect(page.locator("#ind-unemployed_u25")).to_contain_text("in der Quelle defekt")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    shot(page, "daten_de")
    violations = run_axe(page)
    assert violations == [], format_violations(violations)


def test_data_page_english(page: Page, live_url: str):
    page.goto(live_url + "/daten?lang=en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Data & sources")
    # Dash Pages titles cannot see the query, so the title names both languages
    expect(page).to_have_title(DATA_TITLE)
    expect(page.get_by_role("heading", level=2)).to_have_text(DATA_HEADINGS_EN)
    expect(page.locator("#ind-children_u15_sgb2")).to_contain_text(
        "Children under 15 receiving SGB II"
    )
    expect(page.locator("html")).to_have_attribute("lang", "en")
    shot(page, "daten_en")
    violations = run_axe(page)
    assert violations == [], format_violations(violations)


@pytest.mark.allow_console_errors(
    r"Failed to load resource: the server responded with a status of 404"
)
def test_unknown_path_shows_german_404(page: Page, live_url: str):
    response = page.goto(live_url + "/does-not-exist")
    assert response is not None and response.status == 404
    expect(page.get_by_role("heading", level=1)).to_have_text("Seite nicht gefunden")
    expect(page.get_by_role("link", name="Zur Karte")).to_have_attribute("href", "/")
    # Dash Pages titles cannot see the query, so the title names both languages
    expect(page).to_have_title("Seite nicht gefunden · Page not found")
    expect(page.locator("html")).to_have_attribute("lang", "de")
    shot(page, "not_found")
    violations = run_axe(page)
    assert violations == [], format_violations(violations)
