"""``/``: choosing an area on the map, in the ranking or in the table selects it everywhere;
hovering the map names the unit under the pointer."""

from __future__ import annotations

import re

import pytest
from pages.checks import assert_nothing_selected, assert_selected
from pages.common import UNIT_NAMES
from pages.home import HomePage
from playwright.sync_api import expect

SELECTED_OUTLINE = {"stroke": "#000000", "width": "5"}  # the selected space on the map


def test_selection_by_map_ranking_and_table(home: HomePage):
    home.goto("/")
    home.click_unit("052")  # Nordmarkt-Südost, a unit of Nordmarkt (AR02)
    view = assert_selected(home, "Nordmarkt", "AR02")
    # the selected space gets a black outline on the map
    assert SELECTED_OUTLINE in view.outlines, view.outlines
    home.shot("home_selected_nordmarkt_map")

    home.click_bar("Hafen")
    assert_selected(home, "Hafen", "AR01")
    home.shot("home_selected_hafen_bar")

    expect(home.name_button("AR05")).to_have_text("Dorstfeld")
    expect(home.name_button("AR05")).to_have_attribute("aria-pressed", "false")
    home.click_table_name("AR05")
    assert_selected(home, "Dorstfeld", "AR05")
    home.shot("home_selected_dorstfeld_table")

    # the name button of the selected area clears the selection
    home.click_table_name("AR05")
    view = assert_nothing_selected(home)
    assert SELECTED_OUTLINE not in view.outlines, view.outlines
    expect(home.panel).to_contain_text("Klicken Sie auf ein Gebiet")


def test_selection_of_a_unit_on_the_map(home: HomePage):
    home.goto("/?lvl=units")
    home.click_unit("052")
    view = assert_selected(home, UNIT_NAMES["052"], "052")
    assert view.units["052"]["stroke"] == "#000000", view.units["052"]
    assert [c for c, u in view.units.items() if u["stroke"] == "#000000"] == ["052"]
    home.shot("home_selected_unit_052")


def test_hover_tooltip_names_the_unit_with_value_rank_class_and_source(home: HomePage):
    view = home.goto("/?lvl=units&rows=all")  # every unit in the table, to count them
    tooltip = home.hover_unit("052")
    name = UNIT_NAMES["052"]
    expect(tooltip.locator("strong")).to_have_text(re.compile(rf"^{re.escape(name)} \(052\)"))
    row = view.row(name)
    expect(tooltip).to_contain_text(f"{row['value']} %")
    expect(tooltip).to_contain_text(
        re.compile(rf"Rang {row['rank']} von {len(view.valued_rows)} · Klasse {row['cls']} von 5")
    )
    expect(tooltip.locator(".map-tooltip-source")).to_contain_text(
        re.compile(r"^Quelle: .*Statistikatlas Dortmund 2024.*Stand: 31\.12\.2023")
    )
    home.shot("home_tooltip")


@pytest.mark.parametrize("level", ["spaces", "units"])
def test_hovering_units_across_the_city_names_each_one(home: HomePage, level: str):
    """The map's unit under the pointer is the unit the tests think it is: on both levels,
    units of different Stadtbezirke (inside a space and outside all spaces) name themselves."""
    home.goto(f"/?lvl={level}")
    for code in ("052", "001", "314", "710", "922"):
        tooltip = home.hover_unit(code)
        # at the space level the head names the space; the tooltip carries the unit's code
        expect(tooltip.locator(".map-tooltip")).to_have_attribute("data-unit", code)


def test_ranking_bars_are_buttons_and_the_panel_links_within_the_app(home: HomePage):
    """A bar is selected by keyboard (Enter on its button) as by a click; the panel's link to
    the profile moves within the app, without loading the page again."""
    home.goto("/")
    bar = home.ranking.locator('button[data-select="AR09"]')
    bar.focus()
    home.page.keyboard.press("Enter")
    assert_selected(home, "Hörde", "AR09")
    expect(bar).to_have_attribute("aria-pressed", "true")
    home.page.evaluate("() => { window.__samePage = true; }")
    home.panel.get_by_role("link", name=re.compile("Profil von Hörde")).click()
    home.page.wait_for_url(re.compile(r"/raum/AR09$"))
    expect(home.page.locator("h1")).to_contain_text("Hörde")
    assert home.page.evaluate("() => window.__samePage === true")  # no page load
