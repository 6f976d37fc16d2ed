"""``/``: map, legend, ranking and table show the same areas in the same colours, whatever the
user changes (indicator, edition, level, classes, filters)."""

from __future__ import annotations

import re

from pages.checks import assert_linked, value_header
from pages.common import (
    DISTRICTS,
    LABELS,
    N_SPACES,
    N_UNITS,
    SPACE_BY_NAME,
    SPACE_UNITS,
    SPACES,
    UNIT_CODES,
    url_has,
)
from pages.home import MAX_BARS, NO_DATA, PALE, PALE_FILL, TITLE, HomePage, bar_name, sorted_only
from playwright.sync_api import expect


def test_default_view_map_legend_ranking_and_table_agree(home: HomePage):
    view = home.goto("/")
    assert view.url == home.base + "/", "opening / must not rewrite the address"
    assert view.level == "spaces"
    expect(home.page).to_have_title(TITLE.format(label=LABELS["children_u15_sgb2"][0]))
    expect(home.indicator_heading).to_have_text(LABELS["children_u15_sgb2"][0])
    expect(home.level("spaces")).to_be_checked()
    assert sum(c.n for c in view.classes) == N_SPACES
    assert len(view.bars) == N_SPACES
    expect(home.ranking_labels).to_have_count(N_SPACES)
    assert sorted(view.names) == sorted(r["name"] for r in SPACES.values())
    assert sorted(r["_id"] for r in view.rows) == sorted(SPACES)
    # the table: its header names the indicator and its unit; sorted by rank; nothing selected
    assert view.column("value")["text"] == "Kinder unter 15 Jahren in SGB-II-Bezug (%)"
    assert view.column("value")["text"] == value_header("children_u15_sgb2", "de")
    assert [c["text"] for c in view.columns][:5] == [
        "Rang",
        "Name",
        value_header("children_u15_sgb2", "de"),
        "Stadtbezirk",
        "Typ",
    ]
    assert view.sort_state == sorted_only("rank", "ascending")
    assert view.selected_names == []
    assert {r["_pressed"] for r in view.rows} == {"false"}
    # every unit of a space wears its space's colour; all other units are pale
    member_units = {code for codes in SPACE_UNITS.values() for code in codes}
    assert all(view.fills[c] != PALE for c in member_units)
    assert all(view.fills[c] == PALE for c in set(UNIT_CODES) - member_units)
    # spot check on three spaces, spelled out (assert_linked checks all of them)
    for name in ("Nordmarkt", "Dorstfeld", "Wambeler Heide"):
        row = view.row(name)
        cls = view.classes[int(row["cls"]) - 1]
        unit_fills = {view.fills[c] for c in SPACE_UNITS[SPACE_BY_NAME[name]]}
        assert unit_fills == {cls.color} == {view.bar(name)["color"]}, (name, unit_fills, cls)
    assert view.rows[0]["name"] == bar_name(view.bars[0]) and view.rows[0]["rank"] == "1"
    # the hatching is drawn over the coloured bars, without plotly's colour warning
    assert any(b["hatched"] for b in view.bars)
    assert not [m for m in home.page.console if "Invalid color" in m], home.page.console
    home.shot("home_default")
    assert_linked(view, N_SPACES)


def test_indicator_and_edition_change_the_linked_view(home: HomePage):
    start = home.goto("/")
    view = home.select_indicator("unemployed", url=url_has(ind="unemployed", ed="atlas2024"))
    assert view.fills != start.fills
    expect(home.indicator_heading).to_have_text(LABELS["unemployed"][0])
    assert view.column("value")["text"] == value_header("unemployed", "de")
    assert_linked(view, N_SPACES)
    home.shot("home_unemployed")

    before = view
    view = home.set_edition("atlas2019", url=url_has(ind="unemployed", ed="atlas2019"))
    assert view.fills != before.fills
    expect(home.source).to_contain_text("Statistikatlas Dortmund 2019")
    assert_linked(view, N_SPACES)
    home.shot("home_unemployed_2019")

    before = view
    view = home.set_edition("change", url=url_has(ind="unemployed", ed="change"))
    assert view.fills != before.fills
    expect(home.indicator_heading).to_contain_text("Veränderung 2019 → 2024")
    assert view.column("value")["text"].startswith(f"{LABELS['unemployed'][0]} – Veränderung")
    assert_linked(view, N_SPACES)
    # diverging classes: the middle class is a light grey, a colour of its own (not pale)
    colors = [c.color for c in view.classes]
    assert len(colors) == 5 and colors[2] == "#f7f7f7", colors
    middle = [r for r in view.valued_rows if r["cls"] == "3"]
    assert len(middle) == view.classes[2].n
    for row in middle:
        for code in view.units_of(row["name"]):
            assert view.fills[code] == "#f7f7f7", (row["name"], code, view.units[code])
    home.shot("home_unemployed_change")


def test_level_and_classification_change_the_linked_view(home: HomePage):
    start = home.goto("/?ind=unemployed")
    view = home.set_level("units", url=url_has(ind="unemployed", lvl="units"))
    assert view.fills != start.fills
    assert_linked(view, N_UNITS)
    assert len(view.classes) == 5
    expect(home.ranking_note).to_contain_text(f"{MAX_BARS} Gebiete")
    home.shot("home_units")

    home.open_details("Klassen")
    before = view
    view = home.set_method("natural_breaks", url=url_has(lvl="units", cls="natural_breaks"))
    assert view.fills != before.fills
    assert_linked(view, N_UNITS)
    expect(home.legend).to_contain_text("Natürliche Brüche")

    before = view
    view = home.set_classes(3, url=url_has(lvl="units", cls="natural_breaks", k="3"))
    assert view.fills != before.fills
    assert len(view.classes) == 3
    assert {f for f in view.fills.values() if f not in (PALE, NO_DATA)} == {
        c.color for c in view.classes
    }
    assert_linked(view, N_UNITS)
    home.shot("home_units_natural_breaks_k3")


def test_manual_breaks(home: HomePage):
    """Choose "Eigene Grenzen", then type the breaks (the order a user would take)."""
    start = home.goto("/?ind=unemployed&lvl=units")
    expect(home.legend).to_contain_text("Klassen: Quantile")
    home.open_details("Klassen")
    hint = "Noch keine eigenen Grenzen eingegeben: bis dahin Quantile."
    # "manual" stays chosen; until breaks are typed the classes are the quantiles
    view = home.set_method("manual", url=url_has(lvl="units", cls="manual"), parts=("legend",))
    expect(home.method).to_have_value("manual")
    expect(home.legend).to_contain_text(f"Klassen: Eigene Grenzen. {hint}")
    assert view.classes == start.classes
    assert view.fills == start.fills
    assert_linked(view, N_UNITS)

    view = home.type_breaks("10; 15", url=url_has(lvl="units", cls="manual", brk="10,15"))
    expect(home.method).to_have_value("manual")
    expect(home.breaks).to_have_value("10; 15")
    expect(home.legend).not_to_contain_text(hint)
    assert len(view.classes) == 3
    assert [(c.lo, c.hi) for c in view.classes][1:] == [(10, 15), (15, view.classes[-1].hi)]
    assert view.classes[0].hi == 10
    assert_linked(view, N_UNITS)
    home.shot("home_units_manual_breaks")


def test_district_filter_removes_areas_everywhere(home: HomePage):
    start = home.goto("/?ind=unemployed")
    north = [sid for sid, r in SPACES.items() if r["stadtbezirk"] == "Innenstadt-Nord"]
    assert sorted(SPACES[s]["name"] for s in north) == ["Borsigplatz", "Hafen", "Nordmarkt"]
    others = set(DISTRICTS) - {"Innenstadt-Nord"}
    home.open_details("Filter")
    view = home.uncheck_district("Innenstadt-Nord", url=re.compile(r"[?&]sb=[^&]+"))
    assert set(view.query["sb"].split(",")) == others
    assert view.fills != start.fills
    assert_linked(view, N_SPACES - 3)
    assert sum(c.n for c in view.classes) == 12
    for sid in north:
        name = SPACES[sid]["name"]
        assert name not in view.names
        assert name not in view.bar_names
        for code in SPACE_UNITS[sid]:
            assert view.fills[code] == PALE != start.fills[code], (code, view.units[code])
            assert view.units[code]["fill"] == PALE_FILL, view.units[code]
    expect(home.legend).to_contain_text("ausgefiltert (3 Gebiete)")
    home.shot("home_filter_without_innenstadt_nord")
