"""The map's keyboard: one Tab stop, arrow keys through the areas, Enter selects, focus stays.

Also the table: selecting or sorting with its buttons keeps the focus on the pressed button
after the table is rebuilt. Self-contained (small local helpers); see ``assets/map.js``.
"""

from __future__ import annotations

import re

from pages.common import format_violations, run_axe, shot
from playwright.sync_api import Page, expect

MAX_TABS = 60


def open_map(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.locator("#home-map .map-label-space.map-label-placed")).to_have_count(15)
    expect(page.locator("#home-table tbody tr").first).to_be_visible()


def active(page: Page) -> dict:
    return page.evaluate(
        """() => {
            const e = document.activeElement;
            return {id: e.id, tag: e.tagName, inMap: !!e.closest('#home-map'),
                    layers: e.classList.contains('leaflet-control-layers-selector'),
                    inTable: !!e.closest('#home-table'),
                    select: e.getAttribute('data-select'), sort: e.getAttribute('data-sort'),
                    pressed: e.getAttribute('aria-pressed')};
        }"""
    )


def first_row(page: Page) -> tuple[str, str]:
    button = page.locator('#home-table th[scope="row"] button[data-select]').first
    return button.get_attribute("data-select"), button.inner_text()


def tab_to_map(page: Page) -> int:
    page.locator("#home-indicator").focus()
    for presses in range(1, MAX_TABS + 1):
        page.keyboard.press("Tab")
        if active(page)["id"] == "home-map":
            return presses
    raise AssertionError("Tab from the indicator never reached the map")


def test_the_map_is_one_tab_stop_between_the_controls_and_the_table(page: Page, live_url: str):
    open_map(page, live_url + "/")
    page.locator("#home-indicator").focus()
    stops = []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        now = active(page)
        stops.append(now)
        if now["inTable"]:
            break
    else:
        raise AssertionError(f"the table was not reached in {MAX_TABS} Tab presses: {stops}")
    in_map = [s for s in stops if s["inMap"]]
    shapes = [s for s in in_map if s["id"] != "home-map" and not s["layers"]]
    assert shapes == [], f"map shapes or labels in the tab order: {shapes}"
    assert [s["id"] for s in in_map].count("home-map") == 1, in_map
    # the map itself, then the layer switches (two checkboxes): nothing else of the map
    assert len(in_map) <= 3, in_map
    assert len(stops) <= 35, f"{len(stops)} Tab presses from the indicator to the table"


def test_the_map_container_is_named_and_explains_its_keys(page: Page, live_url: str):
    open_map(page, live_url + "/?lang=en")
    frame = page.locator("#home-map")
    expect(frame).to_have_attribute("role", "application")
    expect(frame).to_have_attribute("aria-label", re.compile("Map of Dortmund"))
    # described by its keys and by the map as text (highest and lowest areas, classes, source)
    help_id, text_id = frame.get_attribute("aria-describedby").split()
    expect(page.locator(f"#{help_id}")).to_contain_text("arrow keys step through the areas")
    expect(page.locator(f"#{help_id}")).to_contain_text("Enter or Space selects")
    expect(page.locator(f"#{text_id}")).to_contain_text("Highest values: Nordmarkt (")
    expect(page.locator(f"#{text_id}")).to_contain_text("15 of 15 spaces with a value")


def test_arrow_keys_step_through_the_areas_and_enter_selects(page: Page, live_url: str):
    open_map(page, live_url + "/")
    _, first_name = first_row(page)  # the table's default order is the ranking
    second = page.locator('#home-table th[scope="row"] button[data-select]').nth(1)
    second_id, second_name = second.get_attribute("data-select"), second.inner_text()
    tab_to_map(page)
    status = page.locator("#home-map-status")

    page.keyboard.press("ArrowRight")
    expect(status).to_contain_text(first_name)
    expect(status).to_contain_text("(1 von 15)")
    expect(status).to_be_visible()  # shown while the map has the keyboard focus
    expect(page.locator(".leaflet-cursor-pane path")).to_have_count(2)  # halo and line
    page.keyboard.press("ArrowRight")
    expect(status).to_contain_text(second_name)
    expect(status).to_contain_text("(2 von 15)")
    page.keyboard.press("ArrowLeft")
    expect(status).to_contain_text(first_name)
    page.keyboard.press("ArrowRight")

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"[?&]sel={second_id}(&|$)"))
    expect(page.locator(f'#home-table button[data-select="{second_id}"]')).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(status).to_contain_text("ausgewählt")
    assert active(page)["id"] == "home-map", active(page)
    shot(page, "map_keyboard_selected")

    page.keyboard.press("Escape")
    expect(page).not_to_have_url(re.compile(r"[?&]sel="))
    expect(status).to_contain_text("Auswahl aufgehoben")
    assert active(page)["id"] == "home-map", active(page)

    # Space selects too; End jumps to the last area of the ranking
    page.keyboard.press("End")
    expect(status).to_contain_text("(15 von 15)")
    page.keyboard.press(" ")
    expect(page).to_have_url(re.compile(r"[?&]sel=A[RQ]\d\d(&|$)"))
    assert active(page)["id"] == "home-map", active(page)


def test_keyboard_at_the_unit_level_selects_a_unit(page: Page, live_url: str):
    open_map(page, live_url + "/?lvl=units&lang=en")
    first_id, first_name = first_row(page)
    tab_to_map(page)
    page.keyboard.press("ArrowDown")
    expect(page.locator("#home-map-status")).to_contain_text(f"{first_name} ({first_id})")
    expect(page.locator("#home-map-status")).to_contain_text("(1 of 170)")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"[?&]sel={first_id}(&|$)"))
    assert active(page)["id"] == "home-map", active(page)


def test_a_second_click_on_the_selected_unit_clears_it(page: Page, live_url: str):
    open_map(page, live_url + "/?lvl=units")
    point = page.evaluate(
        """() => {
            const el = window.dashboardMap.unitLayers['052'].getElement();
            const r = el.getBoundingClientRect();
            for (let f = 0.5; f < 0.95; f += 0.05) {
                for (const [x, y] of [[r.left + r.width * f, r.top + r.height * f],
                                      [r.left + r.width * (1 - f), r.top + r.height * f]]) {
                    if (document.elementFromPoint(x, y) === el) return {x, y};
                }
            }
            return null;
        }"""
    )
    assert point, "unit 052 is hidden under other shapes"
    page.mouse.click(point["x"], point["y"])
    expect(page).to_have_url(re.compile(r"[?&]sel=052(&|$)"))
    page.mouse.click(point["x"], point["y"])
    expect(page).not_to_have_url(re.compile(r"[?&]sel="))


def test_table_buttons_keep_the_focus_after_the_table_is_rebuilt(page: Page, live_url: str):
    open_map(page, live_url + "/")
    name = page.locator('#home-table button[data-select="AR05"]')
    name.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]sel=AR05(&|$)"))
    expect(page.locator('#home-table button[data-select="AR05"]')).to_have_attribute(
        "aria-pressed", "true"
    )
    now = active(page)
    assert (now["select"], now["pressed"]) == ("AR05", "true"), now

    page.locator('#home-table button[data-sort="name"]').focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]sort=name(&|$)"))
    expect(page.locator("#home-table th[aria-sort='ascending'] button")).to_have_attribute(
        "data-sort", "name"
    )
    assert active(page)["sort"] == "name", active(page)

    # the next Tab continues from there (the place was kept, not just the look)
    page.keyboard.press("Tab")
    assert active(page)["inTable"], active(page)


def test_axe_clean_with_the_keyboard_on_the_map_and_the_layers_on(page: Page, live_url: str):
    open_map(page, live_url + "/?lang=en")
    page.locator(".leaflet-control-layers label", has_text="Former action areas").click()
    expect(page.locator(".map-label-former.map-label-placed")).to_have_count(2)
    tab_to_map(page)
    page.keyboard.press("ArrowRight")
    expect(page.locator("#home-map-status")).not_to_be_empty()
    violations = run_axe(page)
    assert violations == [], format_violations(violations)
