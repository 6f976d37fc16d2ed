"""``/index`` in the browser: a weight change updates the ranking and the rank intervals and
survives a reload; the hot-spot mode shows its legend and statement; weights by keyboard;
axe in both modes; screenshots on a laptop and a phone."""

from __future__ import annotations

import pytest
from pages.common import url_has
from pages.index import IndexPage
from playwright.sync_api import expect

from dashboard import ids


@pytest.fixture
def index(page, live_url) -> IndexPage:
    return IndexPage(page, live_url)


def test_weight_change_updates_charts_url_and_survives_reload(index: IndexPage):
    index.goto()
    assert index.ranking_labels()[0] == "1. Nordmarkt-Süd  3,13"
    medians = index.median_ranks()
    expect(index.weight("elderly_sgb12")).to_have_value("2")
    index.set_weight("elderly_sgb12", "10")
    index.wait_for_url(url_has(preset="custom", w="2,1,1,10"))
    expect(index.page.get_by_label("eigene Auswahl")).to_be_checked()
    index.page.wait_for_function(
        "() => document.querySelector('#index-ranking .js-plotly-plot').data[0].y.slice(-1)[0]"
        ".startsWith('1. Clarenberg')"
    )
    assert index.ranking_labels()[0].startswith("1. Clarenberg")
    assert index.median_ranks() != medians
    expect(index.command).to_contain_text("--weights 2,1,1,10")
    labels, new_medians = index.ranking_labels(), index.median_ranks()
    index.page.reload()
    index.wait_drawn()
    expect(index.weight("elderly_sgb12")).to_have_value("10")
    expect(index.page.get_by_label("eigene Auswahl")).to_be_checked()
    assert index.ranking_labels() == labels and index.median_ranks() == new_medians
    # a preset fills the weights again; Back returns to the custom weights
    index.page.get_by_label("Handlungsfelder gleich gewichtet (z-Werte)").check()
    index.wait_for_url(url_has(preset="felder", w="2,1,1,2"))
    expect(index.weight("elderly_sgb12")).to_have_value("2")
    index.page.go_back()
    index.wait_for_url(url_has(preset="custom", w="2,1,1,10"))
    expect(index.weight("elderly_sgb12")).to_have_value("10")
    expect(index.page.get_by_label("eigene Auswahl")).to_be_checked()
    index.page.wait_for_function(
        "() => document.querySelector('#index-ranking .js-plotly-plot').data[0].y.slice(-1)[0]"
        ".startsWith('1. Clarenberg')"
    )


def test_map_tooltip_names_score_rank_and_interval(index: IndexPage):
    index.goto()
    index.page.locator(f"#{ids.INDEX_MAP}").scroll_into_view_if_needed()
    tip = index.hover_unit("051")
    expect(tip).to_contain_text("Nordmarkt-Süd (051)")
    expect(tip).to_contain_text("Punkte: 3,13")
    expect(tip).to_contain_text("Rang 1 von 170")
    expect(tip).to_contain_text("bei anderen Gewichten meist Rang 1–2")
    index.page.get_by_label("15 Räume des Aktionsplans").check()
    index.wait_for_url(url_has(level="spaces"))
    index.page.mouse.move(5, 5)
    expect(index.page.locator(f"#{ids.INDEX_RANKING}")).to_contain_text("Nordmarkt")
    tip = index.hover_unit("051")
    expect(tip).to_contain_text("Nordmarkt")
    expect(tip).to_contain_text("von 15")


def test_unticking_an_indicator_disables_its_weight(index: IndexPage):
    index.goto()
    index.use("unemployed").uncheck()
    index.wait_for_url(url_has(ind="children_u15_sgb2,transfer_benefits,elderly_sgb12"))
    expect(index.weight("unemployed")).to_be_disabled()
    expect(index.stability_text).to_contain_text("der 3 Indikatoren")


def test_hotspot_mode_shows_legend_and_statement(index: IndexPage):
    index.goto("?ed=atlas2019")
    index.mode("Hot spots (räumliche Häufungen)")
    index.wait_for_url(url_has(mode="hotspots"))
    expect(index.statement).to_contain_text("Moran's I = 0,52 (p = 0,001, 999 Permutationen)")
    expect(index.legend).to_contain_text("Hoch, Nachbarn hoch – Häufung hohen Bedarfs")
    index.page.get_by_label("Grundlage der Hot spots").select_option("transfer_benefits")
    index.wait_for_url(url_has(mode="hotspots", hs="transfer_benefits"))
    expect(index.statement).to_contain_text("Clarenberg (535, Hörde)")
    expect(index.page.locator(f"#{ids.INDEX_HS_LEGEND}")).to_contain_text("(12 Unterbezirke)")
    index.page.locator(f"#{ids.INDEX_MAP}").scroll_into_view_if_needed()
    tip = index.hover_unit("535")
    expect(tip).to_contain_text("Clarenberg (535)")
    expect(tip).to_contain_text("Kein auffälliges Muster")
    expect(index.command).to_contain_text("hotspots --indicator transfer_benefits")
    with index.page.expect_download() as info:
        index.page.get_by_role("button", name="CSV (wie Kommandozeile)").click()
    assert info.value.suggested_filename == "hotspots_transfer_benefits_atlas2019.csv"


def test_keyboard_reaches_the_weight_inputs(index: IndexPage):
    index.goto()
    index.page.get_by_label("eigene Auswahl").focus()
    target = index.weight("children_u15_sgb2")
    for _ in range(12):
        index.page.keyboard.press("Tab")
        if target.evaluate("(el) => el === document.activeElement"):
            break
    expect(target).to_be_focused()
    index.page.keyboard.press("ArrowUp")  # step 0.5
    index.page.keyboard.press("Enter")
    index.wait_for_url(url_has(w="2.5,1,1,2", preset="custom"))
    name = index.page.evaluate("() => document.activeElement.labels[0].innerText")
    assert "Kinder unter 15 Jahren" in name and "Gewicht" in name


@pytest.mark.parametrize("mode", ["index", "hotspots"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_axe_clean_and_screenshots(index: IndexPage, mode: str, lang: str):
    query = f"?mode={mode}" + ("&lang=en" if lang == "en" else "")
    index.goto(query)
    expect(index.html).to_have_attribute("lang", lang)
    index.assert_accessible()
    index.shot(f"index_{mode}_laptop_{lang}")
    index.page.set_viewport_size({"width": 390, "height": 844})
    index.goto(query)
    width = index.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone: scrollWidth {width}"
    index.assert_accessible()
    index.shot(f"index_{mode}_phone_{lang}")
