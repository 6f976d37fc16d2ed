"""``/``: the table sorts by its header buttons (the order is part of the address) and
downloads as the CSV it shows."""

from __future__ import annotations

import csv
import io

from pages.checks import assert_linked
from pages.common import LABELS, N_SPACES, number, url_has, url_lacks
from pages.home import HomePage, View, sorted_only
from playwright.sync_api import expect

from dashboard.models.table import german_key  # the table's German order


def test_table_sort_by_header_buttons(home: HomePage):
    start = home.goto("/?ind=unemployed")
    rank_order = start.names

    def sort_by(key: str, url) -> View:
        view = home.sort_by(key, url=url)
        # sorting reorders the table only: map, legend and ranking stay as they are
        assert view.fills == start.fills
        assert view.legend == start.legend
        assert [(b["label"], b["color"], b["width"]) for b in view.bars] == [
            (b["label"], b["color"], b["width"]) for b in start.bars
        ]
        assert sorted(view.names) == sorted(rank_order)
        assert_linked(view, N_SPACES)
        return view

    view = sort_by("value", url_has(ind="unemployed", sort="value"))
    assert view.sort_state == sorted_only("value", "ascending")
    values = [number(r["value"], "de") for r in view.valued_rows]
    assert values == sorted(values), values
    assert view.names != rank_order
    expect(home.sorted_header("ascending")).to_contain_text(LABELS["unemployed"][0])

    view = sort_by("value", url_has(ind="unemployed", sort="-value"))
    assert view.sort_state == sorted_only("value", "descending")
    values = [number(r["value"], "de") for r in view.valued_rows]
    assert values == sorted(values, reverse=True), values

    view = sort_by("name", url_has(ind="unemployed", sort="name"))
    assert view.sort_state == sorted_only("name", "ascending")
    assert view.names == sorted(rank_order, key=german_key)
    home.shot("home_table_sorted_by_name")

    view = sort_by("stadtbezirk", url_has(ind="unemployed", sort="stadtbezirk"))
    assert view.sort_state["stadtbezirk"] == "ascending"
    districts = [r["stadtbezirk"] for r in view.rows]
    assert districts == sorted(districts, key=german_key)

    # "Rang" brings back the default order (and drops sort= from the address)
    view = sort_by("rank", url_lacks("sort"))
    home.wait_for_url(url_has(ind="unemployed"))
    assert view.sort_state == sorted_only("rank", "ascending")
    assert view.names == rank_order
    assert view.rows == start.rows


def test_table_rank_header_reverses_the_default_order(home: HomePage):
    """The default table is sorted by rank (aria-sort="ascending" on "Rang"): its button must
    reverse that order, as every other active header button does."""
    start = home.goto("/")
    expect(home.sorted_header("ascending")).to_contain_text("Rang")
    view = home.sort_by("rank", url=url_has(sort="-rank"))
    assert view.column("rank")["sort"] == "descending"
    assert view.names == start.names[::-1]


def test_table_order_survives_a_control_change(home: HomePage):
    """The table's order is part of the address; changing the classes must keep it."""
    view = home.goto("/?ind=unemployed&lvl=units&sort=name")
    assert view.column("name")["sort"] == "ascending"
    assert view.names == sorted(view.names, key=german_key)
    home.open_details("Klassen")
    view = home.set_classes(
        4, url=url_has(ind="unemployed", lvl="units", k="4"), parts=("fills", "legend", "table")
    )
    home.wait_for_url(url_has(ind="unemployed", lvl="units", k="4", sort="name"))
    assert view.column("name")["sort"] == "ascending"
    assert view.names == sorted(view.names, key=german_key)


def test_csv_download_is_the_table(home: HomePage):
    view = home.goto("/")
    expect(home.csv_button).to_have_text("Tabelle als CSV herunterladen")
    download = home.download_csv()
    assert download.filename.endswith(".csv")
    raw = download.content
    assert raw.startswith("\ufeff".encode()), raw[:10]
    text = raw.decode("utf-8-sig")
    lines = text.splitlines()
    assert len(lines) == 1 + N_SPACES, len(lines)
    assert lines[0].startswith("Rang;Name;"), lines[0]
    records = list(csv.reader(io.StringIO(text), delimiter=";"))
    header, body = records[0], records[1:]
    assert view.column("value")["text"] in header, header
    assert all(len(r) == len(header) for r in body), [len(r) for r in body]
    for line in lines[1:]:
        assert "Statistikatlas" in line, line
    assert [r[1] for r in body] == view.names
    assert [r[0] for r in body] == [r["rank"] for r in view.rows]
