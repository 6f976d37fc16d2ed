"""The accessibility gate (WCAG 2.1 AA / BITV 2.0): every page, in German and English.

For each address of :data:`ROUTES` and each language:

* axe-core (WCAG 2.0/2.1 A and AA rules) finds no *serious* or *critical* violation;
* ``<html lang>`` is the page's language after loading, and the other one after a click on
  the language switch (axe runs again there);
* a keyboard walk (Tab from the top, at most 60 presses): every stop is on screen, has a size,
  and shows a focus indicator (outline, box-shadow or border differs from the unfocused look).

:func:`test_every_registered_page_is_in_the_gate` fails when a page registered with Dash
(``dash.page_registry``) has no address in :data:`ROUTES`: a new page joins the gate by adding
its address here. Selecting a space on the map by keyboard is tested in both languages too.
"""

from __future__ import annotations

import re

import pytest
from pages.a11y import (
    blocking_violations,
    focus_problems,
    keyboard_walk,
    settle,
    switch_language,
)
from pages.common import format_violations, shot
from playwright.sync_api import Page, expect

NOT_FOUND = "/404-probe"

ROUTES = [
    "/",
    "/?lvl=units&ind=unemployed&ed=change",
    "/?sel=AR02&cls=natural_breaks&k=4",
    "/raum",
    "/raum/AR01",
    "/raum/AQ01",
    "/raum/EX01",
    "/vergleich",
    "/vergleich?a=AR01,AR09,052&hf=arbeit",
    "/mittel",
    "/mittel?ind=unemployed&y=linear",
    "/daten",
    "/index",
    "/index?preset=status&ed=atlas2019&level=spaces",
    "/index?mode=hotspots&hs=transfer_benefits&ed=atlas2019",
    "/kulisse",
    "/kulisse?b=transfer_benefits&ed=atlas2019&top=30",
    "/embed/map",
    "/embed/ranking?ind=unemployed&lvl=units",
    "/embed/profile/AR01",
    # --- /index ---
    "/embed/index?level=spaces",
    "/embed/hotspots?hs=transfer_benefits&ed=atlas2019",
    # --- end /index ---
    NOT_FOUND,
]
"""Every address the gate checks. A new page adds its address (and a stateful variant)."""

LANGS = ("de", "en")


def with_lang(route: str, lang: str) -> str:
    if lang == "de":
        return route
    return route + ("&" if "?" in route else "?") + "lang=en"


def _cases():
    for route in ROUTES:
        for lang in LANGS:
            marks = (
                [pytest.mark.allow_console_errors(r"status of 404")] if route == NOT_FOUND else []
            )
            yield pytest.param(route, lang, marks=marks, id=f"{route}-{lang}")


def _shot_name(route: str, lang: str) -> str:
    return "gate_" + re.sub(r"[^A-Za-z0-9]+", "_", route).strip("_") + f"_{lang}"


@pytest.mark.parametrize(("route", "lang"), list(_cases()))
def test_page_passes_the_gate(page: Page, live_url: str, route: str, lang: str):
    response = page.goto(live_url + with_lang(route, lang))
    assert response is not None
    assert response.status == (404 if route == NOT_FOUND else 200), response.status
    settle(page)
    html = page.locator("html")
    expect(html).to_have_attribute("lang", lang)

    stops = keyboard_walk(page)
    assert stops, f"{route} ({lang}): no element takes the keyboard focus"
    problems = focus_problems(stops)
    assert not problems, f"{route} ({lang}): focus not visible:\n" + "\n".join(problems)

    blocking, _rest = blocking_violations(page)
    assert not blocking, f"{route} ({lang}): " + format_violations(blocking)
    shot(page, _shot_name(route, lang))
    if route.startswith("/embed/"):
        return  # embeds have no language switch: the embedding page chooses ?lang=

    other = "en" if lang == "de" else "de"
    switch_language(page)
    expect(html).to_have_attribute("lang", other)
    assert ("lang=en" in page.url) == (other == "en"), page.url
    blocking, _rest = blocking_violations(page)
    assert not blocking, f"{route} (switched to {other}): " + format_violations(blocking)


def _template_re(template: str) -> re.Pattern:
    return re.compile("^" + re.sub(r"<[^>]+>", "[^/?]+", template) + "$")


def test_every_registered_page_is_in_the_gate(live_url: str):
    import dash

    paths = {r.split("?")[0] for r in ROUTES}
    missing = []
    for page in dash.page_registry.values():
        if page["module"].endswith("not_found_404"):
            continue
        template = page.get("path_template")
        if template:
            if not any(_template_re(template).match(p) for p in paths):
                missing.append(template)
        elif page["path"] not in paths:
            missing.append(page["path"])
    assert not missing, f"pages without an address in ROUTES of {__name__}: {missing}"


@pytest.mark.parametrize("lang", LANGS)
def test_a_space_is_selected_on_the_map_by_keyboard(page: Page, live_url: str, lang: str):
    page.goto(live_url + with_lang("/", lang))
    settle(page)
    page.locator("#home-indicator").focus()
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "home-map":
            break
    else:
        raise AssertionError("Tab never reached the map")
    status = page.locator("#home-map-status")
    page.keyboard.press("ArrowRight")
    expect(status).to_contain_text("(1 von 15)" if lang == "de" else "(1 of 15)")
    first = page.locator('#home-table th[scope="row"] button[data-select]').first
    first_id = first.get_attribute("data-select")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"[?&]sel={first_id}(&|$)"))
    expect(status).to_contain_text("ausgewählt" if lang == "de" else "selected")
    assert page.evaluate("document.activeElement.id") == "home-map"
    shot(page, f"gate_map_keyboard_{lang}")


# Per chart (a Plotly graph) and per map: its nearest figure, image or application container,
# the accessible name (aria-label, or a figcaption) and the description (the texts that
# aria-describedby points to, or the figcaption).
_DESCRIBED = """() => [...document.querySelectorAll('.dash-graph, #home-map')].map((g) => {
    const box = g.id === 'home-map' ? g : g.closest('[role=img], [role=figure], figure');
    if (!box) return {what: g.id || g.className, box: false};
    const cap = box.tagName === 'FIGURE' ? box.querySelector('figcaption') : null;
    const ids = (box.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean);
    const described = ids.map((i) => document.getElementById(i));
    return {
        what: box.id || box.className || box.tagName,
        box: true,
        name: box.getAttribute('aria-label') || (cap ? cap.textContent : ''),
        description: described.every(Boolean)
            ? described.map((d) => d.textContent).join(' ') + (cap ? cap.textContent : '')
            : 'missing: ' + ids.join(' '),
    };
})"""

DESCRIBED = {
    "/": ("Höchste Werte: ", "Highest values: "),
    "/raum/AR01": ("Indikatoren: ", "indicators: "),
    "/mittel": ("Räume ohne solchen Betrag", "spaces without such an amount"),
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("route", list(DESCRIBED))
def test_every_chart_and_map_is_named_and_described(
    page: Page, live_url: str, route: str, lang: str
):
    page.goto(live_url + with_lang(route, lang))
    settle(page)
    found = page.evaluate(_DESCRIBED)
    assert found, f"{route}: no charts or maps found"
    for item in found:
        assert item["box"], f"{route}: chart {item['what']} is in no figure or image"
        assert item["name"].strip(), f"{route}: {item['what']} has no accessible name"
        text = item["description"]
        assert not text.startswith("missing") and len(text.strip()) > 20, (route, item)
    expected = DESCRIBED[route][lang == "en"]
    assert any(expected in item["description"] for item in found), (route, found)
    # the table alternative is announced: a link to it, and it exists
    name = "Tabelle zu diesem Diagramm" if lang == "de" else "Table for this chart"
    target = page.get_by_role("link", name=name).first.get_attribute("href")
    expect(page.locator(target)).to_have_count(1)
