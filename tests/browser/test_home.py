"""``/``: the map, its controls, the URL state, the language and accessibility."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import format_violations, run_axe, shot
from playwright.sync_api import Page, expect

N_UNITS = 170
NO_DATA = "#d9d9d9"
UNIT_NAMES = {
    f["properties"]["code"]: f["properties"]["name"]
    for f in json.loads(
        (Path(__file__).resolve().parents[2] / "data" / "units.geojson").read_text("utf-8")
    )["features"]
}

# unit paths are the interactive map paths with a fill; the space outlines have fill="none"
UNIT_FILLS_JS = """() => [...document.querySelectorAll('#home-map path.leaflet-interactive')]
    .map((p) => p.getAttribute('fill')).filter((f) => f !== 'none')"""


def unit_fills(page: Page) -> list[str]:
    return page.evaluate(UNIT_FILLS_JS)


def wait_for_units(page: Page, *, grey: bool = False) -> list[str]:
    """Wait for exactly 170 unit paths, all coloured (or, with grey=True, all without a value)."""
    page.wait_for_function(
        f"""([n, noData, grey]) => {{
            const fills = ({UNIT_FILLS_JS})();
            return fills.length === n && fills.every((f) => grey ? f === noData : f !== noData);
        }}""",
        arg=[N_UNITS, NO_DATA, grey],
    )
    return unit_fills(page)


def wait_for_fills_to_change(page: Page, before: list[str]) -> list[str]:
    page.wait_for_function(
        f"""([n, before]) => {{
            const fills = ({UNIT_FILLS_JS})();
            return fills.length === n && JSON.stringify(fills) !== JSON.stringify(before);
        }}""",
        arg=[N_UNITS, before],
    )
    return unit_fills(page)


def legend_class_counts(page: Page) -> list[int]:
    """The numbers in '(34 Gebiete)' of the legend's classes (not of the no-data entry)."""
    texts = page.locator("#home-legend li:has(.legend-swatch:not(.no-data))").all_inner_texts()
    return [int(re.search(r"\((\d+) Gebiete\)", text).group(1)) for text in texts]


def test_indicator_dropdown_updates_map_legend_and_url(page: Page, live_url: str):
    page.goto(live_url + "/")
    before = wait_for_units(page)
    legend = page.locator("#home-legend")
    expect(legend).to_contain_text("Gebiete")
    legend_before = legend.inner_text()
    shot(page, "home_default")

    page.locator("#home-indicator").click()
    options = page.locator(".dash-dropdown-options")
    expect(options).to_be_visible()
    options.locator(".dash-dropdown-option").filter(
        has_text=re.compile(r"^\s*Arbeitslosenanteil \(%\)\s*$")
    ).click()

    after = wait_for_fills_to_change(page, before)
    expect(page).to_have_url(re.compile(r"[?&]ind=unemployed(&|$)"))
    expect(page.locator("#home-indicator")).to_contain_text("Arbeitslosenanteil (%)")
    expect(legend).not_to_have_text(legend_before)
    expect(page.locator("#home-source")).to_contain_text("Statistikatlas Dortmund 2024")

    n_grey = after.count(NO_DATA)
    counts = legend_class_counts(page)
    assert len(counts) == 5, counts
    assert sum(counts) == N_UNITS - n_grey, (counts, n_grey)
    shot(page, "home_unemployed")


def test_edition_radio_updates_map_and_url(page: Page, live_url: str):
    page.goto(live_url + "/")
    before = wait_for_units(page)
    edition = page.locator("#home-edition")
    expect(edition.locator("input[value=atlas2024]")).to_be_checked()

    edition.get_by_text("Statistikatlas Dortmund 2019").click()

    wait_for_fills_to_change(page, before)
    expect(page).to_have_url(re.compile(r"[?&]ed=atlas2019(&|$)"))
    expect(edition.locator("input[value=atlas2019]")).to_be_checked()
    expect(page.locator("#home-source")).to_contain_text("Statistikatlas Dortmund 2019")
    shot(page, "home_edition_2019")


def test_edition_broken_in_source_shows_all_units_without_value(page: Page, live_url: str):
    page.goto(live_url + "/?ind=unemployed_u25&ed=atlas2019")
    fills = wait_for_units(page, grey=True)
    assert fills == [NO_DATA] * N_UNITS
    legend = page.locator("#home-legend")
    expect(legend).to_contain_text("in der Quelle defekt")
    expect(legend).to_contain_text(f"({N_UNITS} Gebiete)")
    assert legend_class_counts(page) == []
    expect(page.locator("#home-notice")).to_have_text("")
    shot(page, "home_unemployed_u25_2019_broken")


def test_unknown_indicator_shows_notice_and_default_map(page: Page, live_url: str):
    page.goto(live_url + "/?ind=nonsense")
    wait_for_units(page)
    notice = page.locator("#home-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("Unbekannter Wert")
    expect(page.locator("#home-indicator")).to_contain_text(
        "Kinder unter 15 Jahren in SGB-II-Bezug (%)"
    )
    shot(page, "home_unknown_indicator")


def test_language_english_and_german(page: Page, live_url: str):
    page.goto(live_url + "/?lang=en")
    wait_for_units(page)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("label[for=home-indicator]")).to_have_text("Indicator")
    expect(page.locator("#home-legend h2")).to_have_text("Legend")
    expect(page.locator("#home-legend")).to_contain_text("areas")
    expect(page.get_by_role("link", name="Skip to content")).to_be_attached()
    shot(page, "home_en")

    page.goto(live_url + "/")
    wait_for_units(page)
    expect(page.locator("html")).to_have_attribute("lang", "de")
    expect(page.locator("label[for=home-indicator]")).to_have_text("Indikator")
    expect(page.locator("#home-legend h2")).to_have_text("Legende")
    assert page.evaluate("document.documentElement.lang") == "de"


def test_hover_shows_tooltip_with_unit_name_and_value(page: Page, live_url: str):
    page.goto(live_url + "/")
    wait_for_units(page)
    # a point inside a unit path that is not covered by anything else
    point = page.evaluate(
        """() => {
            const paths = [...document.querySelectorAll('#home-map path.leaflet-interactive')]
                .filter((p) => p.getAttribute('fill') !== 'none');
            for (const p of paths) {
                const r = p.getBoundingClientRect();
                const x = r.left + r.width / 2, y = r.top + r.height / 2;
                if (document.elementFromPoint(x, y) === p) return {x, y};
            }
            return null;
        }"""
    )
    assert point, "no unit path is hoverable at its centre"
    page.mouse.move(point["x"], point["y"])

    tooltip = page.locator(".leaflet-tooltip:not(.space-label)")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text(re.compile(r"\d+,\d %"))
    first_line = tooltip.locator("strong").inner_text()
    match = re.fullmatch(r"(.+) \((\d{3})\)", first_line)
    assert match, first_line
    assert UNIT_NAMES.get(match.group(2)) == match.group(1), first_line
    shot(page, "home_tooltip")


def test_tab_reaches_skip_link_first(page: Page, live_url: str):
    page.goto(live_url + "/")
    wait_for_units(page)
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Zum Inhalt springen")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    shot(page, "home_skip_link")
    page.keyboard.press("Enter")
    expect(page.locator("main#content")).to_be_focused()


def test_home_has_no_axe_violations(page: Page, live_url: str):
    page.goto(live_url + "/")
    wait_for_units(page)
    violations = run_axe(page)
    assert violations == [], format_violations(violations)
