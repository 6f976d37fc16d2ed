"""``/daten`` (catalogue) and the German 404 page."""

from __future__ import annotations

import pytest
from pages.common import BasePage
from pages.data import DataPage
from playwright.sync_api import Page, expect

DATA_TITLE = "Daten und Quellen · Data and sources – Aktionsplan Soziale Stadt Dortmund"
DATA_HEADINGS_DE = [
    "Alle Daten herunterladen",
    "Ressourcen des Aktionsplans",
    "Die 15 Räume des Aktionsplans",
    "Indikatorenkatalog",
    "Förderung und Programme",
    "Öffentliche Fakten je Raum, Mitmachen und Geschichte",
    "Aktionsprogramme",
    "Eingangsdateien",
]
DATA_HEADINGS_EN = [
    "Download all data",
    "Resources of the action plan",
    "The 15 spaces of the action plan",
    "Indicator catalogue",
    "Funding and programmes",
    "Public facts per space, taking part and history",
    "Aktionsprogramme (action programmes)",
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


def test_data_page_public_facts(page: Page, live_url: str):
    data = DataPage(page, live_url)
    data.goto()
    section = data.facts_section()
    expect(section).to_be_visible()
    expect(data.facts_per_space_rows()).to_have_count(15)
    expect(data.facts_per_space_rows().first).to_contain_text("AR01 Hafen")
    expect(data.table_captioned("Mitmachen und Kontakt")).to_contain_text(
        "Märkische Straße 24-26, 44141 Dortmund"
    )
    expect(data.table_captioned("Geschichte des Aktionsplans")).to_contain_text("19100-20")
    data.goto("?lang=en")
    expect(data.table_captioned("Taking part and contact")).to_contain_text("Gleiwitzstraße 277")
    expect(data.table_captioned("History of the action plan")).to_contain_text(
        "Aktionsquartiere Wambeler Heide and Meylantviertel"
    )
