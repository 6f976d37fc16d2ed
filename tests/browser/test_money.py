"""``/mittel`` in the browser: the chart and its tables, nothing published is not 0,
controls by keyboard, the URL as the state, English, axe."""

from __future__ import annotations

import re

import pytest
from pages.common import url_has
from pages.money import MoneyPage
from playwright.sync_api import expect


@pytest.fixture
def money(page, live_url) -> MoneyPage:
    return MoneyPage(page, live_url)


def test_known_money_and_nothing_published(money: MoneyPage):
    money.goto()
    hoerde = money.point_row("Hörde")
    assert hoerde[1] == "6.198.000 €" and hoerde[2] == "2017, 2021"
    assert money.point_row("Hafen")[1] == "nichts veröffentlicht"
    assert "mehrere Räume gemeinsam" in money.point_row("Hafen")[4]
    assert money.point_row("Scharnhorst-Ost")[1] == "nichts veröffentlicht"
    assert not re.search(r"(^|\s)0 €", money.points.inner_text())
    labels = money.chart_labels()
    assert {"Hörde", "Dorstfeld", "Bodelschwingh/Westerfilde", "Nette"} <= set(labels)
    expect(money.chart).to_contain_text("nichts veröffentlicht")
    # every amount has a linked source
    rows = money.funding.locator("tbody tr")
    assert rows.count() == 19
    assert money.funding.locator("tbody tr a[href^='http']").count() == 19
    expect(money.page.get_by_text("226.000 €").first).to_be_visible()


def test_controls_by_keyboard_url_reload_and_history(money: MoneyPage):
    money.goto()
    money.indicator.focus()
    money.indicator.select_option("gymnasium_transition")
    money.wait_for_url(url_has(ind="gymnasium_transition"))
    expect(money.page.locator("#money-edition")).to_have_value("atlas2019")
    money.page.get_by_label("linear").check()
    money.wait_for_url(url_has(ind="gymnasium_transition", y="linear"))
    money.page.reload()
    money.wait_drawn()
    expect(money.indicator).to_have_value("gymnasium_transition")
    expect(money.page.get_by_label("linear")).to_be_checked()
    money.page.go_back()
    money.wait_for_url(url_has(ind="gymnasium_transition"))
    expect(money.page.get_by_label("logarithmisch")).to_be_checked()
    money.link("English").click()
    money.wait_for_url(url_has(ind="gymnasium_transition", lang="en"))
    money.wait_drawn()
    expect(money.html).to_have_attribute("lang", "en")
    expect(money.points).to_contain_text("nothing published")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_axe_clean_and_screenshots(money: MoneyPage, lang: str):
    query = "?lang=en" if lang == "en" else ""
    money.page.set_viewport_size({"width": 1366, "height": 768})
    money.goto(query)
    money.assert_accessible()
    money.shot(f"money_laptop_{lang}")
    money.page.set_viewport_size({"width": 390, "height": 844})
    money.goto(query)
    width = money.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone: scrollWidth {width}"
    money.assert_accessible()
    money.shot(f"money_phone_{lang}")
