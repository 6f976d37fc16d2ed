"""``/`` on a phone (390×844) and a laptop (1366×768): what is where on the first screen.

On a phone the parts stand in one column in reading order: the heading, the folded settings,
the map, the ranking, the legend, the selection panel and the table. The ranking's bars get
the width (their names stand above them), the table shows rank, name and value without
scrolling sideways, and the page itself never scrolls sideways. On a laptop the map and the
ranking share the first screen.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from pages.common import format_violations, run_axe, shot
from playwright.sync_api import Page, expect

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}
SUMMARY = "#home-controls-box > summary"
VIEWS = [
    "/",
    "/?lang=en",
    "/?lvl=units",
    "/?lang=en&lvl=units",
    "/?ind=unemployed&ed=change",
    "/?lang=en&ind=unemployed&ed=change&sel=AR11",  # a long name in the selection panel
]

# Boxes in page coordinates (left, top, right, bottom), or null for a missing or hidden element.
MEASURE_JS = """() => {
  const box = (el) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || getComputedStyle(el).visibility === 'hidden') return null;
    return [r.left + scrollX, r.top + scrollY, r.right + scrollX, r.bottom + scrollY];
  };
  const q = (sel) => document.querySelector(sel);
  const valueHead = q('#home-table thead th:has(> button[data-sort="value"])');
  const column = valueHead ? [...valueHead.parentElement.children].indexOf(valueHead) : -1;
  const firstRow = q('#home-table tbody tr');
  return {
    innerWidth, innerHeight,
    scrollWidth: document.scrollingElement.scrollWidth,
    heading: box(q('#home-heading')),
    summary: box(q('#home-controls-box > summary')),
    settings: box(q('#home-controls-box')),
    map: box(q('#home-map')),
    source: box(q('#home-source')),
    ranking: box(q('#home-ranking')),
    legend: box(q('#home-legend')),
    panel: box(q('#home-panel')),
    table: box(q('#home-table')),
    plot: box(q('#home-ranking .rank-list')),
    bars: [...document.querySelectorAll('#home-ranking .rank-bar')].map(box),
    labels: [...document.querySelectorAll('#home-ranking .rank-label')].map(box),
    clipped: [...document.querySelectorAll('#home-ranking .rank-label')]
      .filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent),
    valueHead: box(valueHead),
    valueCell: firstRow && column >= 0 ? box(firstRow.children[column]) : null,
  };
}"""


def open_view(page: Page, url: str, viewport: dict, query: str) -> dict:
    """Open ``url + query`` at ``viewport``, wait for map, ranking, table and the settings'
    fold, and measure the page."""
    page.set_viewport_size(viewport)
    page.goto(url + query)
    expect(page.locator("#home-map .leaflet-interactive").first).to_be_attached()
    expect(page.locator("#home-ranking .rank-bar").first).to_be_attached()
    expect(page.locator("#home-table tbody tr").first).to_be_attached()
    box = page.locator("#home-controls-box")
    if viewport["width"] < 768:
        expect(box).not_to_have_attribute("open", "")  # folded by clientside.js
    else:
        expect(box).to_have_attribute("open", "")
    return page.evaluate(MEASURE_JS)


def overlap(a, b) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


def check_ranking(m: dict, where: str) -> None:
    """The bars have the width, and their names fit in the chart, none cut short."""
    graph, plot = m["ranking"], m["plot"]
    assert plot, f"{where}: no ranking plot area"
    assert m["bars"] and len(m["bars"]) == len(m["labels"]), (where, m["bars"], m["labels"])
    assert all(label for label in m["labels"]), f"{where}: a bar's name is hidden"
    for label in m["labels"]:
        assert graph[0] - 0.5 <= label[0] and label[2] <= graph[2] + 0.5, (
            f"{where}: a bar's name {label} runs out of the chart {graph}"
        )
    assert not m["clipped"], f"{where}: names cut short: {m['clipped']}"


@pytest.mark.parametrize("query", VIEWS)
def test_phone_first_screen(page: Page, live_url: str, query: str):
    m = open_view(page, live_url, PHONE, query)
    where = f"390x844 {query}"
    width = m["innerWidth"]
    # (d) the page never scrolls sideways (the table scrolls inside its own region)
    assert m["scrollWidth"] <= width, f"{where}: the page scrolls sideways ({m['scrollWidth']})"
    # (a) the settings are near the top, folded, directly under the heading and above the map
    assert m["summary"] and m["summary"][1] < 400, f"{where}: settings at {m['summary']}"
    assert m["summary"][3] - m["summary"][1] >= 40, f"{where}: summary too small to tap"
    # the parts in reading order, one below the other, none overlapping another
    order = ["heading", "settings", "map", "source", "ranking", "legend", "panel", "table"]
    for upper, lower in pairwise(order):
        assert m[upper] and m[lower], f"{where}: {upper} or {lower} missing"
        assert m[upper][3] <= m[lower][1] + 0.5, (
            f"{where}: {upper} {m[upper]} reaches into {lower} {m[lower]}"
        )
    for part in order:
        assert m[part][0] >= 0 and m[part][2] <= width + 0.5, f"{where}: {part} {m[part]}"
    # (b) the bars have the width: the plot area spans at least 60 % of the screen
    plot_width = m["plot"][2] - m["plot"][0]
    assert plot_width >= 0.6 * width, f"{where}: ranking plot only {plot_width:.0f} px wide"
    check_ranking(m, where)
    # (c) the value column is on the first screen: its header and the first row's cell
    page.evaluate("window.scrollTo(0, 0)")
    for key in ("valueHead", "valueCell"):
        box = m[key]
        assert box and box[0] >= 0 and box[2] <= width, f"{where}: {key} at {box}"


def test_phone_settings_open_and_fold(page: Page, live_url: str):
    m = open_view(page, live_url, PHONE, "/")
    summary = page.locator(SUMMARY)
    indicator = page.locator("#home-indicator")
    expect(indicator).to_be_hidden()
    summary.click()
    expect(page.locator("#home-controls-box")).to_have_attribute("open", "")
    expect(indicator).to_be_visible()
    opened = page.evaluate(MEASURE_JS)
    # the opened settings push the map down; nothing lies over them
    assert opened["settings"][3] <= opened["map"][1], (opened["settings"], opened["map"])
    assert opened["scrollWidth"] <= opened["innerWidth"]
    shot(page, "phone_settings_open")
    summary.click()
    expect(indicator).to_be_hidden()
    assert page.evaluate(MEASURE_JS)["map"] == m["map"]


@pytest.mark.parametrize("query", ["/", "/?lang=en&lvl=units&ind=unemployed&ed=change&sel=052"])
def test_phone_axe_clean(page: Page, live_url: str, query: str):
    open_view(page, live_url, PHONE, query)
    violations = run_axe(page)
    assert violations == [], format_violations(violations)
    page.locator(SUMMARY).click()  # and with the settings open
    expect(page.locator("#home-indicator")).to_be_visible()
    violations = run_axe(page)
    assert violations == [], format_violations(violations)
    shot(page, "phone_axe" + ("_units" if "lvl" in query else ""))


@pytest.mark.parametrize("query", ["/", "/?lang=en&lvl=units", "/?ind=unemployed&ed=change"])
def test_laptop_first_screen(page: Page, live_url: str, query: str):
    m = open_view(page, live_url, LAPTOP, query)
    where = f"1366x768 {query}"
    height, width = m["innerHeight"], m["innerWidth"]
    assert m["scrollWidth"] <= width, f"{where}: the page scrolls sideways"
    # the whole map and the ranking's first bars (at least five) are on the first screen
    assert m["map"][3] <= height, f"{where}: the map ends at {m['map'][3]:.0f}"
    assert m["map"][2] <= m["ranking"][0], f"{where}: map {m['map']} beside {m['ranking']}"
    bars_on_screen = sum(bar[3] <= height for bar in m["bars"])
    assert bars_on_screen >= 5, f"{where}: only {bars_on_screen} bars on the first screen"
    # the settings stand open left of the map
    assert m["settings"][2] <= m["map"][0] and m["settings"][1] < 200, m["settings"]
    # nothing cramped: the bars get most of the ranking's width
    plot_width = m["plot"][2] - m["plot"][0]
    graph_width = m["ranking"][2] - m["ranking"][0]
    assert plot_width >= 0.8 * graph_width, f"{where}: plot {plot_width:.0f} of {graph_width:.0f}"
    check_ranking(m, where)
    if query == "/":
        shot(page, "laptop_first_screen")
