"""Assertions over the main view that many tests share.

* :func:`assert_linked` -- map, legend, ranking and table show the same areas, values, classes
  and colours.
* :func:`assert_selected` / :func:`assert_nothing_selected` -- the selection as panel, table,
  ranking and address show it.
"""

from __future__ import annotations

import re

from playwright.sync_api import expect

from .common import LABELS, N_UNITS, PERCENT, number, url_has, url_lacks
from .home import (
    BAR_RE,
    HIGHLIGHT,
    MAX_BARS,
    MISSING,
    NO_DATA,
    PALE,
    PALE_FILL,
    SORT_KEYS,
    TABLE_ROWS,
    HomePage,
    View,
    bar_name,
)


def dark(color: str) -> bool:
    """Black or nearly so (e.g. #000, #222)."""
    return max(int(color[i : i + 2], 16) for i in (1, 3, 5)) <= 0x33


def value_header(indicator: str, lang: str, change: bool = False) -> str:
    """The header of the table's value column: the indicator's label and unit."""
    label = LABELS[indicator][lang == "en"]
    if change:
        label += " – Veränderung" if lang == "de" else " – change"
    unit = "%" if indicator in PERCENT and not change else None
    return f"{label} ({unit})" if unit else label


def assert_linked(view: View, n_shown: int) -> None:
    """Map, legend, ranking and table show the same areas, values, classes and colours.

    ``n_shown`` is the number of areas that pass the filters (with or without a value).
    """
    rows, classes, where = view.rows, view.classes, f"at {view.url}"
    units_level = view.level == "units"
    # table: every shown area is a row, each with its own select button; a long table shows
    # its first rows (and the selected one) until the user asks for all, and says so
    cut = n_shown > TABLE_ROWS and view.query.get("rows") != "all"
    n_rows = min(n_shown, TABLE_ROWS) if cut else n_shown
    assert len(rows) - n_rows in ((0, 1) if cut else (0,)), (
        f"{where}: {len(rows)} table rows, expected {n_rows} of {n_shown}"
    )
    assert len({r["_id"] for r in rows}) == len(rows), f"{where}: select buttons {rows}"
    if n_shown > TABLE_ROWS:
        assert re.search(rf"\b{n_shown} (Zeilen|rows)\b", view.table_note), (where, view.table_note)
    else:
        assert view.table_note == "", (where, view.table_note)
    sortable = [c["key"] for c in view.columns if c["sort"] is not None]
    assert sorted(sortable) == sorted(SORT_KEYS) and sortable[:3] == ["rank", "name", "value"], (
        f"{where}: sortable columns {view.columns}"
    )
    # the areas with a value: all in the table; the ranking note names their total
    n_valued = len(view.valued_rows)
    total = re.search(r"\b(?:von|of) (\d+)\b", view.note)
    if cut and total:  # the table shows some of them: the ranking note counts them all
        n_valued = int(total[1])
    elif total:
        assert int(total[1]) == n_valued, (where, view.note, n_valued)
    else:
        assert n_valued <= MAX_BARS, (where, view.note, n_valued)
    assert classes, f"{where}: no classes in the legend: {view.legend}"
    assert sum(c.n for c in classes) == n_valued, (
        f"{where}: legend counts {[c.n for c in classes]} do not add up to the "
        f"{n_valued} shown areas with a value"
    )
    no_data = view.legend_count("keine Daten", "no data", "in der Quelle defekt", "broken in")
    assert no_data == n_shown - n_valued or (cut and not total), (
        f"{where}: the legend counts {no_data} areas without data, the table has "
        f"{n_shown - n_valued}"
    )
    assert len(view.bars) == min(MAX_BARS, n_valued), (
        f"{where}: {len(view.bars)} ranking bars for {n_valued} areas with a value"
    )
    # the ranking lists the areas by rank, as the table does unless sorted otherwise
    by_rank = sorted(view.valued_rows, key=lambda r: int(r["rank"]))
    if not cut or view.query.get("sort", "rank") == "rank":
        top = by_rank[: len(view.bars)]
        assert [bar_name(b) for b in view.bars] == [r["name"] for r in top], (
            f"{where}: ranking {[b['label'] for b in view.bars]}"
        )
        assert [int(BAR_RE.match(b["label"])[1]) for b in view.bars] == [
            int(r["rank"]) for r in top
        ], where
    if view.query.get("sort", "rank") == "rank":
        assert rows[: len(by_rank)] == by_rank, f"{where}: the table is not in rank order"
    # hatching: exactly the spaces whose membership is not documented ('*' in the ranking)
    membership = {r["name"]: r["membership"] for r in rows}
    for bar in view.bars:
        name, starred = bar_name(bar), bool(BAR_RE.match(bar["label"])[3])
        undocumented = not units_level and membership[name] not in ("belegt", "documented")
        assert bar["hatched"] == starred == undocumented, (
            f"{where}: bar {bar['label']!r} hatched={bar['hatched']}, table membership "
            f"{membership[name]!r}"
        )
    colors = [c.color for c in classes]
    # map: each legend class has as many areas in its colour as the legend counts
    if units_level:
        on_map = [sum(f == c.color for f in view.fills.values()) for c in classes]
    else:
        on_map = [
            sum(all(view.fills[u] == c.color for u in view.units_of(r["name"])) for r in rows)
            for c in classes
        ]
    assert on_map == [c.n for c in classes], (
        f"{where}: areas per class on the map {on_map}, in the legend {[c.n for c in classes]} "
        f"(class colours {colors})"
    )
    # pale units: no fill (the map's background shows), and that background is the swatch of
    # "ausgefiltert" / "außerhalb der 15 Räume" in the legend and no class colour
    for code, unit in view.units.items():
        if view.fills[code] == PALE:
            assert unit["fill"] == PALE_FILL and unit["dash"] is None, (where, code, unit)
        elif unit["fill"] == NO_DATA:
            assert unit["dash"] and unit["opacity"] > 0, (where, code, unit)
        else:
            assert unit["dash"] is None and unit["opacity"] > 0.5, (where, code, unit)
    assert view.map_background not in colors, (
        f"{where}: pale units show the map background {view.map_background}, which is also "
        f"the colour of a legend class ({colors}); on the map the two cannot be told apart"
    )
    pale_swatches = [
        item["color"]
        for item in view.legend
        if item["text"].startswith(("ausgefiltert", "filtered out", "außerhalb", "outside"))
    ]
    assert all(c == view.map_background for c in pale_swatches), (
        f"{where}: legend swatches of pale areas {pale_swatches}, map background "
        f"{view.map_background}"
    )
    # each row: value inside its legend class; its units wear the class colour
    for row in view.valued_rows:
        name = row["name"]
        assert row["cls"] != MISSING, f"{where}: {name} has a value but no class"
        cls = classes[int(row["cls"]) - 1]
        value = number(row["value"], view.lang)
        assert cls.lo - 0.05 <= value <= cls.hi + 0.05, (
            f"{where}: {name} = {value} is in class {row['cls']}/{len(classes)}, whose legend "
            f"range is {cls.lo} – {cls.hi}"
        )
        for code in view.units_of(name):
            assert view.fills[code] == cls.color, (
                f"{where}: unit {code} of {name} is {view.fills[code]} on the map, but "
                f"{name}'s class {row['cls']} is {cls.color} in the legend"
            )
    # rows without a value: their units are "no data" on the map
    for row in rows:
        if row["value"] == MISSING:
            for code in view.units_of(row["name"]):
                assert view.fills[code] == NO_DATA, (where, row["name"], code, view.fills[code])
    # each bar wears the map colour of its area
    for bar in view.bars:
        name = bar_name(bar)
        fill = view.fills[view.units_of(name)[0]]
        assert bar["color"] == fill, (
            f"{where}: the ranking bar of {name} is {bar['color']}, on the map it is {fill}"
        )
    # what is not shown is pale
    if units_level:
        n_pale = sum(f == PALE for f in view.fills.values())
        assert n_pale == N_UNITS - n_shown, f"{where}: {n_pale} pale units"
    else:
        shown_units = {code for r in rows for code in view.units_of(r["name"])}
        for code, fill in view.fills.items():
            if code not in shown_units:
                assert fill == PALE, f"{where}: unit {code} is not shown but {fill}"

    # the table shows the same (rounded) value as the ranking's label
    shown = {r["name"]: r["value"] for r in rows}
    for bar in view.bars:
        name, label_value = bar_name(bar), BAR_RE.match(bar["label"])[4]
        in_label = re.match(r"[+-]?[\d.,]+", label_value)
        assert in_label and in_label[0] == shown[name], (
            f"{where}: {name} is {shown[name]} in the table but {label_value} in the ranking"
        )


def assert_selected(home: HomePage, name: str, sel: str) -> View:
    """``name`` (id ``sel``) is the selection: in the address, the panel, the table (pressed
    button, highlighted row) and the ranking (the one bar with a thick dark outline)."""
    home.wait_for_url(url_has(sel=sel))
    expect(home.panel_heading).to_contain_text(name)
    expect(home.name_button(sel)).to_have_attribute("aria-pressed", "true")
    home.wait_for_bar_outline(name)
    view = home.read_view()
    thick = [bar_name(b) for b in view.bars if b["width"] >= 2]
    assert thick == [name], f"thick bar outlines: {thick}"
    assert dark(view.bar(name)["stroke"]), f"outline of the selected bar: {view.bar(name)}"
    assert view.selected_names == [name], f"highlighted table rows: {view.selected_names}"
    row = view.row(name)
    assert row["_id"] == sel and row["_pressed"] == "true" and row["_bg"] == HIGHLIGHT, row
    assert [r["name"] for r in view.rows if r["_pressed"] == "true"] == [name]
    return view


def assert_nothing_selected(home: HomePage) -> View:
    """No selection: not in the address, no panel heading, no highlighted row or bar."""
    home.wait_for_url(url_lacks("sel"))
    expect(home.panel_heading).to_have_count(0)
    expect(home.selected_table_rows).to_have_count(0)
    home.wait_for_plain_bars()
    view = home.read_view()
    assert view.selected_names == []
    assert {r["_pressed"] for r in view.rows} == {"false"}
    assert {r["_bg"] for r in view.rows}.isdisjoint({HIGHLIGHT})
    return view
