"""``/``: the address is the view's state -- a copied address shows the same view, Back and
Forward restore views, the language switch keeps the state, bad values are reported and
ignored."""

from __future__ import annotations

import re

from pages.checks import assert_linked, assert_selected, value_header
from pages.common import LABELS, N_SPACES, url_has, url_lacks
from pages.home import TITLE, HomePage, View
from playwright.sync_api import expect


def test_copied_url_shows_the_same_view(home: HomePage, new_page, live_url: str):
    home.goto("/")
    home.select_indicator("unemployed")
    home.open_details("Klassen")
    home.set_classes(4)
    home.sort_by("name", url=url_has(k="4", sort="name"))
    home.click_table_name("AR10")
    first = assert_selected(home, "Marten", "AR10")

    other = HomePage(new_page(), live_url)
    second = other.goto(home.url)
    assert second.url == first.url
    expect(other.indicator_heading).to_have_text(first.heading)
    assert second.legend == first.legend
    assert second.columns == first.columns
    assert second.rows == first.rows
    assert second.selected_names == ["Marten"]
    assert second.fills == first.fills
    assert [(b["label"], b["color"], b["width"], b["hatched"]) for b in second.bars] == [
        (b["label"], b["color"], b["width"], b["hatched"]) for b in first.bars
    ]
    expect(other.panel_heading).to_contain_text("Marten")
    expect(other.indicator).to_have_value("unemployed")
    expect(other.class_count).to_have_value("4")
    other.shot("home_copied_url")


def test_back_and_forward_restore_the_view(home: HomePage):
    v0 = home.goto("/")
    v1 = home.select_indicator("unemployed", url=url_has(ind="unemployed", ed="atlas2024"))
    v2 = home.set_edition("atlas2019", url=url_has(ind="unemployed", ed="atlas2019"))
    v3 = home.set_level("units", url=url_has(ind="unemployed", ed="atlas2019", lvl="units"))

    def restored(expected: View, indicator: str, edition: str, level: str) -> None:
        view = home.wait_settled()
        assert view.url == expected.url
        expect(home.indicator).to_have_value(indicator)
        expect(home.edition(edition)).to_be_checked()
        expect(home.level(level)).to_be_checked()
        assert view.fills == expected.fills
        assert view.legend == expected.legend
        assert view.rows == expected.rows

    home.go_back(v2.url)
    restored(v2, "unemployed", "atlas2019", "spaces")
    home.go_back(v1.url)
    restored(v1, "unemployed", "atlas2024", "spaces")
    home.go_back(v0.url)
    restored(v0, "children_u15_sgb2", "atlas2024", "spaces")
    home.shot("home_back")
    home.go_forward(v1.url)
    restored(v1, "unemployed", "atlas2024", "spaces")
    home.go_forward(v2.url)
    home.go_forward(v3.url)
    restored(v3, "unemployed", "atlas2019", "units")


def test_back_from_the_main_view_leaves_the_page(home: HomePage, live_url: str):
    """Opening / keeps the address as it is (no history entry), so Back leaves the map; after
    a change, Back first restores the view as it was opened, then leaves."""
    page = home.page
    home.open("/daten")
    expect(home.heading(1)).to_have_text("Daten & Quellen")
    start = home.goto("/")
    assert start.url == live_url + "/"
    page.go_back()
    home.wait_for_url(live_url + "/daten")
    expect(home.heading(1)).to_have_text("Daten & Quellen")

    page.go_forward()
    home.wait_for_url(live_url + "/")
    view = home.wait_settled()
    assert view.fills == start.fills and view.rows == start.rows
    home.select_indicator("unemployed")
    view = home.go_back(live_url + "/")
    expect(home.indicator).to_have_value("children_u15_sgb2")
    assert view.fills == start.fills and view.legend == start.legend
    assert view.rows == start.rows
    page.go_back()
    home.wait_for_url(live_url + "/daten")
    expect(home.heading(1)).to_have_text("Daten & Quellen")


def test_english_switch_keeps_the_state(home: HomePage):
    home.goto("/?ind=unemployed&sel=AR02")
    expect(home.html).to_have_attribute("lang", "de")
    view = home.switch_language("English", url=url_has(ind="unemployed", sel="AR02", lang="en"))
    assert home.page.evaluate("document.documentElement.lang") == "en"
    expect(home.page).to_have_title(TITLE.format(label=LABELS["unemployed"][1]))
    expect(home.indicator_heading).to_have_text(LABELS["unemployed"][1])
    expect(home.indicator).to_have_value("unemployed")
    expect(home.indicator_label).to_have_text("Indicator")
    expect(home.legend.locator("h2")).to_have_text("Legend")
    expect(home.csv_button).to_have_text("Download table as CSV")
    expect(home.panel_heading).to_contain_text("Nordmarkt")
    expect(home.panel).to_contain_text("City (median of areas)")
    expect(home.link("Deutsch")).to_be_visible()
    # the value comes right after the name (on a phone it stays in view)
    assert [c["text"] for c in view.columns][:5] == [
        "Rank",
        "Name",
        value_header("unemployed", "en"),
        "District",
        "Type",
    ]
    assert view.column("value")["text"] == value_header("unemployed", "en")
    expect(home.sort_button("rank")).to_have_attribute("title", "Sort")
    for bar in view.bars:
        assert re.fullmatch(r"\d+\. .+  \d+\.\d%", bar["label"]), bar["label"]
    assert all(re.fullmatch(r"\d+\.\d", r["value"]) for r in view.valued_rows)
    assert_linked(view, N_SPACES)
    assert view.selected_names == ["Nordmarkt"]
    home.shot("home_en")

    home.switch_language("Deutsch", url=url_lacks("lang"))
    expect(home.html).to_have_attribute("lang", "de")
    expect(home.indicator_label).to_have_text("Indikator")
    expect(home.indicator).to_have_value("unemployed")


def test_malformed_url_shows_notice_and_default_view(home: HomePage):
    query = "/?ind=nope&k=99&lvl=x&sel=ZZ"
    view = home.goto(query)
    expect(home.notice).to_be_visible()
    expect(home.notice).to_contain_text("Teile der Adresse wurden ignoriert")
    text = home.notice.inner_text()
    for param in ("ind", "k", "lvl", "sel"):
        assert re.search(rf"\b{param}\b", text), (param, text)
    expect(home.indicator_heading).to_have_text(LABELS["children_u15_sgb2"][0])
    expect(home.indicator).to_have_value("children_u15_sgb2")
    expect(home.level("spaces")).to_be_checked()
    expect(home.class_count).to_have_value("5")
    assert_linked(view, N_SPACES)
    assert view.selected_names == []
    home.shot("home_malformed_url")
    # the address is only written for a user's change: the first one drops the bad values
    assert home.url == home.base + query
    home.open_details("Klassen")
    view = home.set_classes(4)
    assert "nope" not in home.url and "ZZ" not in home.url, home.url
    assert view.query["ind"] == "children_u15_sgb2" and view.query["k"] == "4", view.url
    assert view.level == "spaces" and "sel" not in view.query, view.url
    expect(home.notice).to_be_empty()
    assert_linked(view, N_SPACES)
