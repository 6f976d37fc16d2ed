"""Map labels and layers: every space named without overlaps, Stadtbezirke as a light
orientation layer, the former Aktionsräume as an optional overlay.

Self-contained (small local helpers); the labels are placed by ``assets/map.js``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pages.common import shot
from playwright.sync_api import Page, expect

DATA = Path(__file__).resolve().parents[2] / "data"
with (DATA / "spaces.csv").open(encoding="utf-8") as fh:
    _SPACES = list(csv.DictReader(fh))
SHORT_NAMES = sorted(r["short_name"] for r in _SPACES if r["status"] == "current")
FORMER = sorted(r["short_name"] for r in _SPACES if r["status"] == "former")
VIEWPORTS = {"laptop": (1366, 768), "phone": (390, 844)}

LABELS_JS = """(kind) => {
    const frame = document.querySelector('#home-map').getBoundingClientRect();
    return [...document.querySelectorAll('#home-map .map-label-' + kind)].map((el) => {
        const r = el.getBoundingClientRect();
        const text = el.querySelector('span') || el;
        return {text: el.textContent, shown: el.classList.contains('map-label-placed')
                    && getComputedStyle(el).visibility === 'visible' && r.width > 0,
                x0: r.left - frame.left, y0: r.top - frame.top,
                x1: r.right - frame.left, y1: r.bottom - frame.top,
                clipped: text.scrollWidth > Math.ceil(r.width) + 1};
    });
}"""


def open_map(page: Page, url: str, size: tuple[int, int]) -> None:
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(url)
    expect(page.locator("#home-map .map-label-space.map-label-placed")).to_have_count(15)
    # the outlines come from /geo/spaces.json; the labels are placed again once they are in
    expect(page.locator("#home-map .leaflet-outlines-pane path")).to_have_count(15)
    page.evaluate("document.fonts.ready")
    # the placement runs once more after the fonts are ready: wait for it to settle
    page.wait_for_function(
        """() => new Promise((done) => requestAnimationFrame(() =>
            requestAnimationFrame(() => done(true))))"""
    )


def labels(page: Page, kind: str) -> list[dict]:
    return page.evaluate(LABELS_JS, kind)


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    out = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]:
                out.append((a["text"], b["text"]))
    return out


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_all_15_spaces_are_named_without_overlaps(page: Page, live_url: str, viewport, lang):
    width, height = VIEWPORTS[viewport]
    open_map(page, f"{live_url}/?lang={lang}", (width, height))
    spaces = labels(page, "space")
    # named in full (the two-line forms on a phone are the same words)
    names = [" ".join(s["text"].split()).replace("/ ", "/").replace("- ", "-") for s in spaces]
    assert sorted(names) == SHORT_NAMES
    assert all(s["shown"] for s in spaces), [s for s in spaces if not s["shown"]]
    assert [s["text"] for s in spaces if s["clipped"]] == []
    map_box = page.locator("#home-map").bounding_box()
    outside = [
        s["text"]
        for s in spaces
        if s["x0"] < 0 or s["y0"] < 0 or s["x1"] > map_box["width"] or s["y1"] > map_box["height"]
    ]
    assert outside == [], f"labels cut off by the map's edge: {outside}"
    assert overlapping(spaces) == []
    # and none hides under the map's controls (zoom, layers)
    controls = page.evaluate(
        """() => {
            const frame = document.querySelector('#home-map').getBoundingClientRect();
            return [...document.querySelectorAll('#home-map .leaflet-control')].map((c) => {
                const r = c.getBoundingClientRect();
                return {text: 'control', x0: r.left - frame.left, y0: r.top - frame.top,
                        x1: r.right - frame.left, y1: r.bottom - frame.top};
            });
        }"""
    )
    assert [p for p in overlapping(spaces + controls) if "control" in p] == []
    shot(page, f"map_labels_{viewport}_{lang}")


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_stadtbezirke_are_a_light_named_layer_that_never_collides(
    page: Page, live_url: str, viewport
):
    open_map(page, live_url + "/", VIEWPORTS[viewport])
    control = page.locator(".leaflet-control-layers label", has_text="Stadtbezirke")
    expect(control.locator("input")).to_be_checked()
    expect(page.locator(".leaflet-districts-pane path")).to_have_count(12)
    # not interactive: no hover, no click, no Tab stop; the 170 units stay the only targets
    expect(page.locator(".leaflet-districts-pane path.leaflet-interactive")).to_have_count(0)
    expect(page.locator("#home-map path.leaflet-interactive")).to_have_count(170)
    districts = [d for d in labels(page, "district") if d["shown"]]
    minimum = 8 if viewport == "laptop" else 5
    assert len(districts) >= minimum, [d["text"] for d in districts]
    style = page.evaluate(
        """() => {
            const s = getComputedStyle(document.querySelector('.map-label-district'));
            return [s.fontStyle, s.backgroundColor, s.borderTopWidth];
        }"""
    )
    assert style == ["italic", "rgba(0, 0, 0, 0)", "0px"], style  # secondary: no box
    assert overlapping(districts + labels(page, "space")) == []

    control.click()
    expect(control.locator("input")).not_to_be_checked()
    expect(page.locator(".leaflet-districts-pane path")).to_have_count(0)
    expect(page.locator("#home-map .map-label-district")).to_have_count(0)
    expect(page.locator("#home-map .map-label-space.map-label-placed")).to_have_count(15)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_former_action_areas_are_an_optional_layer(page: Page, live_url: str, lang: str):
    open_map(page, f"{live_url}/?lang={lang}", VIEWPORTS["laptop"])
    name = "Frühere Aktionsräume (2008–2020)" if lang == "de" else "Former action areas (2008–2020)"
    control = page.locator(".leaflet-control-layers label", has_text=name)
    expect(control.locator("input")).not_to_be_checked()
    expect(page.locator("#home-map .map-label-former")).to_have_count(0)
    expect(page.locator(".leaflet-former-pane path")).to_have_count(0)
    legend = "früherer Aktionsraum (2008–2020)" if lang == "de" else "former action area"
    expect(page.locator("#home-legend li", has_text=legend)).to_have_count(1)
    before = labels(page, "space")

    # keyboard: the checkbox is in the tab order and toggles with Space
    control.locator("input").focus()
    page.keyboard.press("Space")
    expect(control.locator("input")).to_be_checked()
    expect(page.locator(".leaflet-former-pane path")).to_have_count(2)
    expect(page.locator(".leaflet-former-pane path.leaflet-interactive")).to_have_count(0)
    expect(page.locator("#home-map .map-label-former.map-label-placed")).to_have_count(2)
    until = "bis 2020" if lang == "de" else "until 2020"
    formers = labels(page, "former")
    assert sorted(" ".join(f["text"].split()) for f in formers) == sorted(
        f"{n} ({until})" for n in FORMER
    )
    spaces = labels(page, "space")
    assert overlapping(formers + spaces) == []
    # switching the layer on does not move the space labels
    assert [(s["text"], s["x0"], s["y0"]) for s in spaces] == [
        (s["text"], s["x0"], s["y0"]) for s in before
    ]
    expect(page.locator("#home-map path.leaflet-interactive")).to_have_count(170)
    shot(page, f"map_former_{lang}")

    control.click()
    expect(control.locator("input")).not_to_be_checked()
    expect(page.locator("#home-map .map-label-former")).to_have_count(0)
    expect(page.locator(".leaflet-former-pane path")).to_have_count(0)


def test_labels_are_placed_again_after_zooming(page: Page, live_url: str):
    open_map(page, live_url + "/", VIEWPORTS["phone"])
    zoom, placed = page.evaluate("[window.dashboardMap.map.getZoom(), window.dashboardMap.layouts]")
    page.locator("#home-map").focus()
    page.keyboard.press("+")  # Leaflet's zoom key on the focused map
    # the zoom animation ends, then the labels are placed once more
    page.wait_for_function(
        f"""() => {{
            const dm = window.dashboardMap;
            return dm.map.getZoom() > {zoom} && !dm.map._animatingZoom
                && dm.layouts > {placed} && !dm._layoutQueued;
        }}"""
    )
    spaces = [s for s in labels(page, "space") if s["shown"]]
    assert overlapping(spaces) == []
