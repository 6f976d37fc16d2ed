"""``/daten``, section Aktionsprogramme: with the committed (empty) data it says plainly that
nothing is filled in; with the BEISPIEL workbook imported into a copy of data/ it lists per
space what is filled in and what is not."""

from __future__ import annotations

import pytest
from pages.data import DataPage
from playwright.sync_api import Page, expect

from dashboard import ROOT, services
from dashboard.data.store import BundleStore
from dashboard.pipeline.__main__ import main

EXAMPLE = ROOT / "examples" / "aktionsprogramm_BEISPIEL.xlsx"


@pytest.fixture
def example_data(data_copy):
    """The app serves a copy of data/ with the BEISPIEL workbook imported, for one test."""
    assert main(["import-programme", str(EXAMPLE), "--data", str(data_copy)]) == 0
    old = services._store
    services.set_store(BundleStore(data_copy))
    yield data_copy
    services.set_store(old)


@pytest.mark.parametrize(
    ("lang", "query", "sentence"),
    [
        ("de", "", "Eingetragen: Aktionsprogramme für 0 von 15 Räumen."),
        ("en", "?lang=en", "Filled in: Aktionsprogramme for 0 of 15 spaces."),
    ],
)
def test_nothing_filled_in_is_said_plainly(page: Page, live_url: str, lang, query, sentence):
    data = DataPage(page, live_url)
    data.goto(query)
    expect(data.programmes).to_contain_text(sentence)
    expect(data.programmes.locator(".programme-space")).to_have_count(0)
    expect(data.programmes).not_to_contain_text("Noch nichts eingetragen für")
    data.programmes.screenshot(path=str(ROOT / "shots" / f"programmes_empty_{lang}.png"))


@pytest.mark.parametrize(
    ("lang", "query", "width", "height"),
    [
        ("de", "", 1366, 768),
        ("en", "?lang=en", 1366, 768),
        ("de", "", 390, 844),
        ("en", "?lang=en", 390, 844),
    ],
)
def test_filled_in_parts_per_space(
    page: Page, live_url: str, example_data, lang, query, width, height
):
    page.set_viewport_size({"width": width, "height": height})
    data = DataPage(page, live_url)
    data.goto(query)
    de = lang == "de"
    expect(data.programmes).to_contain_text("für 2 von 15 Räumen" if de else "for 2 of 15 spaces")
    ar01 = data.programme_space("AR01")
    expect(ar01.get_by_role("heading", level=3)).to_have_text("AR01 Hafen")
    expect(ar01).to_contain_text("6 von 10 Teilen eingetragen" if de else "6 of 10 parts filled in")
    expect(ar01).to_contain_text(
        "Sondierungsgespräch: 10.05.2021" if de else "Exploratory talk: 10 May 2021"
    )
    expect(ar01).to_contain_text(
        "Aktionsprogramm beschlossen: noch nicht eingetragen"
        if de
        else "Aktionsprogramm adopted: not yet filled in"
    )
    expect(ar01).to_contain_text(
        "Bedarfe: Sozialen Zusammenhalt im Quartier stärken; Voraussetzungen"
        if de
        else "Needs: Strengthening social cohesion in the neighbourhood; Prerequisites"
    )
    expect(ar01).to_contain_text("aktionsprogramm_BEISPIEL.xlsx")
    expect(data.programme_space("AQ01")).to_contain_text("3 von 10" if de else "3 of 10")
    expect(data.programme_space("AR02")).to_have_count(0)
    expect(data.programmes).to_contain_text(
        ("Noch nichts eingetragen für: " if de else "Nothing filled in yet for: ")
        + "AR02 Nordmarkt, AR03 Borsigplatz"
    )
    expect(data.programmes.locator(".programme-space")).to_have_count(2)
    data.programmes.screenshot(path=str(ROOT / "shots" / f"programmes_example_{lang}_{width}.png"))
    data.assert_accessible()


@pytest.mark.parametrize(("lang", "query"), [("de", ""), ("en", "?lang=en")])
def test_imported_programme_shows_on_the_profile(
    page: Page, live_url: str, example_data, lang, query
):
    """The BEISPIEL workbook imported into a copy of data/ appears on the space's profile,
    and what is still missing says so."""
    from dashboard.pages import profile

    profile.profile_model.cache_clear()
    page.goto(f"{live_url}/raum/AR01{query}")
    section = page.locator("#aktionsprogramm").locator("xpath=..")
    expect(section).to_contain_text(
        "BEISPIEL – erfundener Bedarf: Beratung zum Berufseinstieg"
        if lang == "de"
        else "BEISPIEL – made-up need: advice on first jobs"
    )
    # entered in German only: shown in German, and said so in English
    expect(section).to_contain_text("BEISPIEL – erfundener Bedarf: Treffpunkt für Familien")
    expect(section).to_contain_text(
        "Sondierungsgespräch: 10.05.2021" if lang == "de" else "Exploratory talk: 10 May 2021"
    )
    expect(section).to_contain_text("4.000 €" if lang == "de" else "4,000 €")
    expect(section).to_contain_text(
        "noch nicht eingetragen" if lang == "de" else "not yet filled in"
    )
    page.goto(f"{live_url}/raum/AR02{query}")  # nothing imported for Nordmarkt
    section = page.locator("#aktionsprogramm").locator("xpath=..")
    expect(section).not_to_contain_text("BEISPIEL")
