"""``/raum/<space_id>`` and ``/raum``: open a profile from the main view, switch language,
reload, keyboard, accessibility, the list of spaces and the 404 page."""

from __future__ import annotations

import re

import pytest
from pages.checks import assert_selected
from pages.home import HomePage
from pages.profile import ProfilePage, SpacesPage
from playwright.sync_api import Page, expect


def test_open_a_profile_from_the_map_switch_language_and_reload(home: HomePage, page: Page):
    home.goto("/")
    home.click_unit("052")  # a unit of Nordmarkt (AR02)
    assert_selected(home, "Nordmarkt", "AR02")
    link = home.panel.get_by_role("link", name="Profil von Nordmarkt öffnen")
    expect(link).to_be_visible()
    link.click()
    profile = ProfilePage(page, home.base)
    profile.wait_for_url(f"{home.base}/raum/AR02")
    profile.wait_drawn()
    expect(profile.heading(1)).to_have_text("Nordmarkt – Aktionsraum")
    expect(page).to_have_title(re.compile("^Nordmarkt – Profil"))
    row = profile.indicator_row("Kinder unter 15 Jahren in SGB-II-Bezug (2024)")
    expect(row).to_contain_text("Mittel aus 4 Unterbezirken")
    expect(row).to_contain_text("von 15 (1 = größter Bedarf)")
    expect(row).to_contain_text("mehr Bedarf als die mittleren 50 %")

    profile.language_link.click()
    profile.wait_for_url(f"{home.base}/raum/AR02?lang=en")
    expect(profile.heading(1)).to_have_text("Nordmarkt – Aktionsraum")
    expect(profile.html).to_have_attribute("lang", "en")
    expect(profile.heading(2).first).to_have_text("Indicators against the city")
    profile.choice("Strengthening parents and children").click()
    profile.wait_for_url(f"{home.base}/raum/AR02?hf=kinder&lang=en")
    profile.wait_drawn()
    expect(profile.indicator_table.locator("tbody th[scope=row]")).to_have_count(5)

    page.reload()
    profile.wait_drawn()
    assert page.url == f"{home.base}/raum/AR02?hf=kinder&lang=en"
    expect(profile.html).to_have_attribute("lang", "en")
    expect(profile.indicator_table.locator("tbody th[scope=row]")).to_have_count(5)
    page.go_back()
    profile.wait_for_url(f"{home.base}/raum/AR02?lang=en")
    expect(profile.indicator_table.locator("tbody th[scope=row]")).to_have_count(22)


def test_profile_keyboard_and_accessibility(page: Page, live_url: str):
    profile = ProfilePage(page, live_url)
    profile.goto("AQ01")
    expect(profile.heading(1)).to_have_text("Wambeler Heide – Aktionsquartier")
    expect(profile.section("Aktionsprogramm")).to_contain_text("noch nicht erfasst")
    expect(profile.section("Geschichte")).to_contain_text("Alt-Scharnhorst")
    profile.shot("profile_aq01_de")
    profile.assert_accessible()
    # the chart and the locator map are static: Tab goes from the choices to the tables
    steps = profile.tab_to(profile.choice("2019"))
    assert steps < 20, steps
    page.keyboard.press("Enter")
    profile.wait_for_url(f"{live_url}/raum/AQ01?ed=atlas2019")
    profile.wait_drawn()
    expect(profile.indicator_row("Gymnasialempfehlungen (2019)")).to_be_visible()
    profile.goto("AQ01", "?lang=en")
    profile.shot("profile_aq01_en")
    profile.assert_accessible()


def test_former_space_links_to_its_aktionsquartier(page: Page, live_url: str):
    profile = ProfilePage(page, live_url)
    profile.goto("EX02")
    expect(profile.heading(1)).to_have_text("Wickede – ehemaliger Aktionsraum")
    history = profile.section("Geschichte")
    expect(history).to_contain_text("Aktionsraum von 2008 bis 2020")
    history.get_by_role("link", name="Meylantviertel").click()
    profile.wait_for_url(f"{live_url}/raum/AQ02")
    profile.wait_drawn()
    expect(profile.heading(1)).to_have_text("Meylantviertel – Aktionsquartier")


@pytest.mark.allow_console_errors(r"status of 404")
def test_list_of_spaces_and_unknown_space(page: Page, live_url: str):
    spaces = SpacesPage(page, live_url)
    spaces.goto()
    expect(spaces.rows).to_have_count(17)
    spaces.assert_accessible()
    spaces.link("Hörde").click()
    profile = ProfilePage(page, live_url)
    profile.wait_for_url(f"{live_url}/raum/AR09")
    profile.wait_drawn()
    spaces.goto("?lang=en")
    expect(spaces.heading(1)).to_have_text("The spaces of the action plan")
    spaces.assert_accessible()
    response = profile.open("/raum/XX99")
    assert response is not None and response.status == 404
    expect(profile.heading(1)).to_have_text("Raum nicht gefunden")
    profile.link("Alle Räume").click()
    profile.wait_for_url(f"{live_url}/raum")
    expect(spaces.rows).to_have_count(17)
