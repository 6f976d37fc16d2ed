"""The map's tooltip: compact, right about the level, gone once the area is selected.

Self-contained (small local helpers); the tooltip is built by ``assets/map.js``.
"""

from __future__ import annotations

import re

import pytest
from pages.common import shot
from playwright.sync_api import Page, expect

TIP = ".leaflet-tooltip.map-tip"

# a point of the unit where its own path is on top (not a label, outline or another unit)
POINT_JS = """(code) => {
    const el = window.dashboardMap.unitLayers[code].getElement();
    const r = el.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.05) {
        for (const sy of [1, -1]) {
            for (let fx = 0.5; fx < 0.95; fx += 0.05) {
                for (const sx of [1, -1]) {
                    const x = r.left + r.width * (sx > 0 ? fx : 1 - fx);
                    const y = r.top + r.height * (sy > 0 ? fy : 1 - fy);
                    if (document.elementFromPoint(x, y) === el) return {x, y};
                }
            }
        }
    }
    return null;
}"""

# visual lines: each block's height over its line height
LINES_JS = """(el) => [...el.querySelectorAll('.map-tooltip > *')].reduce((n, child) => {
    const s = getComputedStyle(child);
    return n + Math.round(child.getBoundingClientRect().height / parseFloat(s.lineHeight));
}, 0)"""


def open_map(page: Page, url: str) -> None:
    page.goto(url)
    expect(page.locator("#home-map .map-label-space.map-label-placed")).to_have_count(15)
    expect(page.locator("#home-table tbody tr").first).to_be_visible()


def hover(page: Page, code: str):
    point = page.evaluate(POINT_JS, code)
    assert point, f"unit {code} has no point where it is on top"
    page.mouse.move(point["x"], point["y"])
    tip = page.locator(TIP)
    expect(tip).to_be_visible()
    return tip, point


def row(page: Page, area: str) -> dict:
    """The table row of an area: its cells by column key."""
    return page.evaluate(
        """(area) => {
            const keys = [...document.querySelectorAll('#home-table thead th')].map((th) => {
                const b = th.querySelector('button[data-sort]');
                return b ? b.dataset.sort : th.textContent.trim();
            });
            const button = document.querySelector(`#home-table button[data-select="${area}"]`);
            const cells = [...button.closest('tr').children];
            return Object.fromEntries(cells.map((c, i) => [keys[i], c.textContent.trim()]));
        }""",
        area,
    )


def test_space_level_tooltip_names_the_space_and_its_value(page: Page, live_url: str):
    open_map(page, live_url + "/")
    tip, _ = hover(page, "052")  # Nordmarkt-Südost, a unit of Nordmarkt (AR02)
    nordmarkt = row(page, "AR02")
    expect(tip.locator("strong")).to_have_text("Aktionsraum Nordmarkt")
    expect(tip).to_contain_text(f"{nordmarkt['value']} % · Rang {nordmarkt['rank']} von 15")
    expect(tip).to_contain_text(
        re.compile(r"Ø aus 4 Unterbezirken, \d+,\d–\d+,\d %"), use_inner_text=True
    )
    expect(tip).not_to_contain_text("Nordmarkt-Südost")  # the head is the space, not the unit
    expect(tip.locator(".map-tooltip")).to_have_attribute("data-unit", "052")  # for tests
    expect(tip.locator(".map-tooltip-source")).to_contain_text("Statistikatlas Dortmund 2024")
    lines = tip.evaluate(LINES_JS)
    box = tip.bounding_box()
    assert lines <= 5, f"{lines} lines"
    assert 220 <= box["width"] <= 360, box
    shot(page, "map_tooltip_space")


@pytest.mark.parametrize(
    ("code", "lang", "head", "notes"),
    [
        ("031", "de", "Aktionsraum Dorstfeld", ["seit 2021 im Aktionsplan"]),
        ("710", "en", "Aktionsraum Bövinghausen/Westrich", ["in the Aktionsplan since 2021"]),
        (
            "261",
            "de",
            "Aktionsquartier Wambeler Heide",
            ["seit 2021 im Aktionsplan", "Werte des ganzen umgebenden statistischen Bezirks"],
        ),
        (
            "341",
            "en",
            "Aktionsquartier Meylantviertel",
            ["in the Aktionsplan since 2021", "whole surrounding statistical district"],
        ),
    ],
)
def test_space_tooltips_say_when_the_space_joined_and_what_a_quarter_shows(
    page: Page, live_url: str, code, lang, head, notes
):
    open_map(page, f"{live_url}/?lang={lang}")
    tip, _ = hover(page, code)
    expect(tip.locator("strong")).to_have_text(head)
    for note in notes:
        expect(tip.locator(".map-tooltip-note")).to_contain_text(note)
    assert tip.evaluate(LINES_JS) <= 6
    assert tip.bounding_box()["width"] <= 360


def test_older_spaces_have_no_since_note(page: Page, live_url: str):
    open_map(page, live_url + "/")
    tip, _ = hover(page, "052")
    expect(tip.locator(".map-tooltip-note")).to_have_count(0)


def test_unit_level_tooltip_names_the_unit_and_its_space(page: Page, live_url: str):
    open_map(page, live_url + "/?lvl=units")
    tip, _ = hover(page, "052")
    unit = row(page, "052")
    expect(tip.locator("strong")).to_have_text("Nordmarkt-Südost (052)")
    expect(tip.locator(".map-tooltip-sub")).to_have_text("im Aktionsraum Nordmarkt")
    # ranked among the units that have a value
    expect(tip).to_contain_text(re.compile(rf"{unit['value']} % · Rang {unit['rank']} von 1[67]\d"))
    assert tip.evaluate(LINES_JS) <= 5


def test_the_tooltip_closes_on_click_and_stays_closed_over_the_selection(page: Page, live_url: str):
    open_map(page, live_url + "/")
    _, point = hover(page, "052")
    page.mouse.click(point["x"], point["y"])
    expect(page).to_have_url(re.compile(r"[?&]sel=AR02(&|$)"))
    # the restyle rebuilds the layer under the resting mouse: still no tooltip
    expect(page.locator("#home-table tr.table-warning")).to_have_count(1)
    page.wait_for_timeout(400)
    expect(page.locator(TIP)).to_have_count(0)
    # a small move inside the selected unit does not bring it back; moving on does
    nearby = page.evaluate(
        """([code, x, y]) => {
            const el = window.dashboardMap.unitLayers[code].getElement();
            for (const [dx, dy] of [[3, 2], [-3, 2], [3, -2], [-3, -2], [2, 0], [-2, 0]]) {
                if (document.elementFromPoint(x + dx, y + dy) === el) return {x: x + dx, y: y + dy};
            }
            return null;
        }""",
        ["052", point["x"], point["y"]],
    )
    assert nearby, "no room to move inside unit 052"
    page.mouse.move(nearby["x"], nearby["y"])
    page.wait_for_timeout(200)
    expect(page.locator(TIP)).to_have_count(0)
    other = page.evaluate(POINT_JS, "111")  # Brechten-Nord, outside the spaces
    page.mouse.move(other["x"], other["y"], steps=8)
    expect(page.locator(TIP)).to_have_count(1)  # the ones passed on the way have faded out
    expect(page.locator(TIP)).to_contain_text("Brechten-Nord (111)")
    expect(page.locator(TIP)).to_contain_text("außerhalb der 15 Räume")
