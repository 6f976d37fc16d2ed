"""``/``: accessible (axe-core WCAG 2.1 AA) and usable on a phone without sideways scrolling
(WCAG 1.4.10 Reflow) as well as on a laptop."""

from __future__ import annotations

import pytest
from pages.home import HomePage
from playwright.sync_api import expect


@pytest.mark.parametrize(
    "query",
    ["/", "/?lvl=units&ed=change&ind=unemployed"],
    ids=["spaces", "units-change"],
)
def test_axe_clean(home: HomePage, query: str):
    home.goto(query)
    home.assert_accessible()


def test_responsive_layout(home: HomePage):
    page = home.page
    page.set_viewport_size({"width": 390, "height": 844})
    home.goto("/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone: scrollWidth {width}"
    map_box = home.map.bounding_box()
    ranking_box = home.ranking.bounding_box()
    assert map_box["x"] >= 0 and map_box["x"] + map_box["width"] <= 390, map_box
    assert map_box["y"] + map_box["height"] <= ranking_box["y"], (map_box, ranking_box)
    # phones: the settings start folded, the table scrolls inside its own region
    expect(home.controls_box).not_to_have_attribute("open", "")
    table_box = home.table_scroller.bounding_box()
    assert table_box["x"] >= 0 and table_box["x"] + table_box["width"] <= 390, table_box
    home.shot("home_phone")

    page.set_viewport_size({"width": 1366, "height": 768})
    home.goto("/")
    map_box = home.map.bounding_box()
    ranking_box = home.ranking.bounding_box()
    assert map_box["y"] < 768 and ranking_box["y"] < 768, (map_box, ranking_box)
    assert map_box["x"] + map_box["width"] <= ranking_box["x"], (map_box, ranking_box)
    expect(home.controls_box).to_have_attribute("open", "")
    home.shot("home_laptop")
