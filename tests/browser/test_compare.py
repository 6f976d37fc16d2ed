"""``/vergleich`` in the browser: compare three spaces, sort the matrix (and reverse), the
URL as the state (reload, Back/Forward, a shared link), English, keyboard and axe."""

from __future__ import annotations

from pathlib import Path

import pytest
from pages.common import number, url_has, url_lacks
from pages.compare import ComparePage
from playwright.sync_api import expect

from dashboard.data.bundle import load_bundle
from dashboard.i18n import format_value
from dashboard.models.compare import matrix_model, side_by_side
from dashboard.state.compare import CompareState

BUNDLE = load_bundle()


@pytest.fixture
def compare(page, live_url) -> ComparePage:
    return ComparePage(page, live_url)


def test_compare_three_spaces_by_keyboard(compare: ComparePage):
    compare.goto()
    expect(compare.message).to_contain_text("mindestens zwei")
    for space in ("AR01", "AR09", "AR05"):
        compare.tick_by_keyboard(space)
    compare.wait_for_url(url_has(a="AR01,AR09,AR05"))
    expect(compare.message).to_contain_text("3 von höchstens 4")
    assert compare.side_names() == ["Hafen", "Hörde", "Dorstfeld"]
    # the numbers are the model's, formatted as German readers expect
    model = side_by_side(BUNDLE, CompareState(("AR01", "AR09", "AR05"), edition="atlas2024"))
    label = model.columns[0].label_de
    shown = [number(c.split()[1], "de") for c in compare.side_row(label)[:3]]
    expected = [round(c.value, 1) for c in model.cells[0]]
    assert shown == expected
    city = compare.side_row(label)[3]
    assert city == format_value(model.columns[0].city, model.columns[0].unit, "de")


def test_a_fifth_area_is_refused_with_a_message(compare: ComparePage):
    compare.goto("?a=AR01,AR02,AR03,AR04")
    compare.space_box("AR05").check(force=True)
    expect(compare.message).to_contain_text("Höchstens vier")
    expect(compare.space_box("AR05")).not_to_be_checked()
    assert "AR05" not in compare.url


def test_sort_the_matrix_reverse_reload_and_history(compare: ComparePage):
    compare.goto("?a=AR01,AR09")
    first = compare.row_names()
    compare.sort_button("unemployed").click()
    compare.wait_for_url(url_has(sort="unemployed"))
    expect(compare.header("unemployed")).to_have_attribute("aria-sort", "ascending")
    values = [number(v.split()[1], "de") for v in compare.matrix_column("unemployed")]
    assert values == sorted(values)
    expected = matrix_model(BUNDLE, CompareState(edition="atlas2024", sort="unemployed"))
    assert compare.row_names() == [expected.names[s] for s in expected.space_ids]

    # the same header again, by keyboard: descending
    compare.sort_button("unemployed").focus()
    compare.page.keyboard.press("Enter")
    compare.wait_for_url(url_has(sort="-unemployed"))
    expect(compare.header("unemployed")).to_have_attribute("aria-sort", "descending")
    descending = compare.row_names()
    assert descending[0] == "Nordmarkt"

    compare.page.reload()
    compare.wait_drawn()
    assert compare.row_names() == descending
    expect(compare.space_box("AR01")).to_be_checked()
    assert compare.side_names() == ["Hafen", "Hörde"]

    compare.page.go_back()
    compare.wait_for_url(url_has(sort="unemployed"))
    expect(compare.header("unemployed")).to_have_attribute("aria-sort", "ascending")
    compare.page.go_back()
    compare.wait_for_url(url_lacks("sort"))
    expect(compare.matrix.locator("tbody th[scope=row]").first).to_have_text(first[0])
    compare.page.go_forward()
    compare.wait_for_url(url_has(sort="unemployed"))
    expect(compare.header("unemployed")).to_have_attribute("aria-sort", "ascending")


def test_shared_link_in_english_and_the_field(compare: ComparePage, new_page):
    compare.goto("?a=AR12,052,AR08&hf=arbeit&sort=name")
    compare.link("English").click()
    compare.wait_for_url(url_has(lang="en", a="AR12,052,AR08", hf="arbeit", sort="name"))
    compare.wait_drawn()
    expect(compare.html).to_have_attribute("lang", "en")
    expect(compare.heading()).to_have_text("Spaces and units compared")
    assert compare.side_names() == [
        "Bodelschwingh/Westerfilde",
        "Nordmarkt-Südost",
        "Scharnhorst-Ost",
    ]
    expect(compare.side).to_contain_text("Unemployment share")
    # another visitor opens the same address
    other = ComparePage(new_page(), compare.base)
    other.goto(compare.url.removeprefix(compare.base + "/vergleich"))
    assert other.row_names() == compare.row_names()
    assert other.side_names() == compare.side_names()


def test_csv_download_of_the_matrix(compare: ComparePage):
    compare.goto("?sort=-unemployed")
    with compare.page.expect_download() as info:
        compare.page.get_by_role("button", name="Matrix als CSV herunterladen").click()
    text = Path(info.value.path()).read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Raum-ID;Raum;Indikator-ID")
    assert text.splitlines()[1].startswith("AR02;Nordmarkt;")  # the order shown


@pytest.mark.parametrize("lang", ["de", "en"])
def test_axe_clean_and_screenshots(compare: ComparePage, lang: str):
    query = "?a=AR01,AR09,052&hf=arbeit&sort=-unemployed" + ("&lang=en" if lang == "en" else "")
    compare.page.set_viewport_size({"width": 1366, "height": 768})
    compare.goto(query)
    compare.assert_accessible()
    compare.shot(f"compare_laptop_{lang}")
    compare.page.set_viewport_size({"width": 390, "height": 844})
    compare.goto(query)
    width = compare.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways on a phone: scrollWidth {width}"
    compare.assert_accessible()
    compare.shot(f"compare_phone_{lang}")
