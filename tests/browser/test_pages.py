"""``/daten`` (catalogue) and the German 404 page."""

from __future__ import annotations

import pytest
from pages.common import BasePage
from pages.data import DataPage
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
    data = DataPage(page, live_url)
    data.goto()
    expect(data.heading(1)).to_have_text("Daten & Quellen")
    expect(page).to_have_title(DATA_TITLE)
    expect(data.heading(2)).to_have_text(DATA_HEADINGS_DE)
    row = data.indicator_row("children_u15_sgb2")
    expect(row).to_be_visible()
    expect(row).to_contain_text("Kinder unter 15 Jahren in SGB-II-Bezug")
    expect(data.indicator_row("unemployed_u25")).to_contain_text("in der Quelle defekt")
    expect(data.html).to_have_attribute("lang", "de")
    data.shot("daten_de")
    data.assert_accessible()


def test_data_page_english(page: Page, live_url: str):
    data = DataPage(page, live_url)
    data.goto("?lang=en")
    expect(data.heading(1)).to_have_text("Data & sources")
    # Dash Pages titles cannot see the query, so the title names both languages
    expect(page).to_have_title(DATA_TITLE)
    expect(data.heading(2)).to_have_text(DATA_HEADINGS_EN)
    expect(data.indicator_row("children_u15_sgb2")).to_contain_text(
        "Children under 15 receiving SGB II"
    )
    expect(data.html).to_have_attribute("lang", "en")
    data.shot("daten_en")
    data.assert_accessible()


@pytest.mark.allow_console_errors(
    r"Failed to load resource: the server responded with a status of 404"
)
def test_unknown_path_shows_german_404(page: Page, live_url: str):
    site = BasePage(page, live_url)
    response = site.open("/does-not-exist")
    assert response is not None and response.status == 404
    expect(site.heading(1)).to_have_text("Seite nicht gefunden")
    expect(site.link("Zur Karte")).to_have_attribute("href", "/")
    # Dash Pages titles cannot see the query, so the title names both languages
    expect(page).to_have_title("Seite nicht gefunden · Page not found")
    expect(site.html).to_have_attribute("lang", "de")
    site.shot("not_found")
    site.assert_accessible()
