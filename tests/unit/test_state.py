"""The URL-parameter parser and the main view's pure transitions (no Dash)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from dashboard import ids
from dashboard.data.areas import change_editions, latest_edition
from dashboard.data.numbers import parse_number
from dashboard.state.main import (
    Controls,
    highlighted_units,
    next_state,
    parse_breaks,
    parse_state,
    state_query,
)
from dashboard.state.params import Param, integer, many_of, one_of, parse_query, to_query

TRANSFER = "transfer_benefits"


@dataclass(frozen=True)
class Toy:
    colour: str = "red"
    size: int = 2
    tags: tuple[str, ...] = ()


TOY = (
    Param("c", "colour", one_of(lambda ctx, s: ctx["colours"]), notice="bad_colour"),
    Param("n", "size", integer(1, 5)),
    Param("t", "tags", many_of(lambda ctx, s: ("a", "b")), lambda v: ",".join(v)),
)


def test_generic_parser_reads_declared_parameters_and_names_what_it_ignores():
    ctx = {"colours": ("red", "blue")}
    state, ignored = parse_query(Toy, TOY, "?c=blue&n=9&t=b,a,a&zz=1", ctx)
    assert state == Toy("blue", 2, ("a", "b"))
    assert [(i.key, i.notice) for i in ignored] == [
        ("n", "notice_value"),
        ("zz", "notice_unknown"),
    ]
    assert to_query(TOY, state, ctx) == "?c=blue&t=a,b"  # the default size is left out
    assert parse_query(Toy, TOY, {"c": "green"}, ctx)[1][0].notice == "bad_colour"


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("12,5", "de", 12.5),
        ("12.5", "de", 12.5),
        ("12.5", "en", 12.5),
        ("12,5", "en", 12.5),
        ("1.234,5", "de", 1234.5),
        ("1,234.5", "en", 1234.5),
        ("1.234", "de", 1234.0),
        ("1.234", "en", 1.234),
        ("-3", "de", -3.0),
        (" 7 ", "en", 7.0),
    ],
)
def test_parse_number_reads_german_and_english_notation(text, lang, value):
    assert parse_number(text, lang) == value


@pytest.mark.parametrize("text", ["abc", "1e999", "12,5,5", "nan", "inf", "1" * 50])
def test_parse_number_refuses_what_is_not_a_finite_number(text):
    with pytest.raises(ValueError):
        parse_number(text, "de")


def test_manual_breaks_in_either_notation_and_errors_by_key():
    assert parse_breaks("12,5; 20", "de") == ((12.5, 20.0), None)
    assert parse_breaks("12.5; 20", "de") == ((12.5, 20.0), None)
    assert parse_breaks("20; 12.5", "en") == ((12.5, 20.0), None)
    assert parse_breaks("zwölf", "de") == ((), "breaks_error_number")
    assert parse_breaks("1;2;3;4;5;6;7", "de") == ((), "breaks_error_count")


def _step(bundle, search, trigger, **controls):
    return next_state(bundle, search, trigger, Controls(**controls))


def test_selection_survives_indicator_edition_and_level_changes(bundle):
    s = _step(bundle, "?ind=unemployed&sel=AR02", ids.HOME_INDICATOR, indicator=TRANSFER).state
    assert (s.indicator, s.selected) == ("transfer_benefits", "AR02")
    s = _step(bundle, state_query(s, bundle), ids.HOME_EDITION, edition="atlas2019").state
    assert (s.edition, s.selected) == ("atlas2019", "AR02")
    s = _step(bundle, state_query(s, bundle), ids.HOME_LEVEL, level="units").state
    assert (s.level, s.selected) == ("units", "AR02")  # the space stays selected
    assert highlighted_units(bundle, s) == ["051", "052", "053", "054"]
    # a unit selected at the unit level becomes its space at the space level
    s = _step(bundle, "?ind=unemployed&lvl=units&sel=052", ids.HOME_LEVEL, level="spaces").state
    assert s.selected == "AR02"
    s = _step(bundle, "?ind=unemployed&lvl=units&sel=001", ids.HOME_LEVEL, level="spaces").state
    assert s.selected is None  # City-Ost lies in no space


def test_a_forced_edition_returns_to_the_latest(bundle):
    start = parse_state("", bundle)[0]
    assert start.edition == latest_edition(bundle, start.indicator) == "atlas2024"
    only_2019 = _step(
        bundle, state_query(start, bundle), ids.HOME_INDICATOR, indicator="gymnasium_transition"
    ).state
    assert only_2019.edition == "atlas2019"
    after = _step(
        bundle, state_query(only_2019, bundle), ids.HOME_INDICATOR, indicator="unemployed"
    ).state
    assert after.edition == "atlas2024"
    # an edition the user chose stays where the next indicator has it
    chosen = _step(bundle, "?ind=unemployed&ed=atlas2019", ids.HOME_INDICATOR, indicator=TRANSFER)
    assert chosen.state.edition == "atlas2019"


def test_bad_breaks_keep_the_state_and_report_next_to_the_field(bundle):
    step = _step(bundle, "?ind=unemployed", ids.HOME_BREAKS, breaks="12,5; x")
    assert step.breaks_error == "breaks_error_number" and not step.changed
    step = _step(bundle, "?ind=unemployed", ids.HOME_BREAKS, breaks="12,5; 20")
    assert step.state.breaks == (12.5, 20.0) and step.state.method == "manual" and step.changed


def test_unticking_the_last_box_keeps_it(bundle):
    step = _step(bundle, "?ind=unemployed&typ=outside", ids.HOME_TYPES, types=[])
    assert step.state.types == ("outside",) and step.filter_kept == "types"
    step = _step(bundle, "?ind=unemployed", ids.HOME_TYPES, types=["Aktionsraum"])
    assert step.state.types == ("Aktionsraum",)
    all_ticked = ["Aktionsraum", "Aktionsquartier", "outside"]
    assert _step(bundle, "?typ=outside", ids.HOME_TYPES, types=all_ticked).state.types == ()


def test_clicks_select_and_sort(bundle):
    click = {"properties": {"code": "052", "space_id": "AR02"}}
    s = next_state(bundle, "?ind=unemployed", ids.HOME_UNITS, Controls(), map_click=click).state
    assert s.selected == "AR02"
    s = next_state(bundle, "?ind=unemployed&sel=AR02", ids.HOME_UNITS, Controls(), click).state
    assert s.selected is None  # a second click clears
    sort = {"sort": "value"}
    s = next_state(bundle, "?ind=unemployed", ids.HOME_TABLE_CLICK, Controls(), table_click=sort)
    assert s.state.sort == "value"
    again = state_query(s.state, bundle)
    assert next_state(bundle, again, ids.HOME_TABLE_CLICK, Controls(), None, sort).state.sort == (
        "-value"
    )
    # the ranking's bars report to the same store as the table's names
    pick = {"select": "AR09"}
    s = next_state(bundle, "?ind=unemployed", ids.HOME_TABLE_CLICK, Controls(), table_click=pick)
    assert s.state.selected == "AR09" and s.changed


def test_the_table_switches_between_its_first_rows_and_all(bundle):
    every = {"rows": "all"}
    s = next_state(bundle, "?lvl=units", ids.HOME_TABLE_CLICK, Controls(), table_click=every)
    assert s.state.rows == "all" and s.changed
    assert state_query(s.state, bundle).endswith("&rows=all")
    fewer = {"rows": ""}
    s = next_state(bundle, "?lvl=units&rows=all", ids.HOME_TABLE_CLICK, Controls(), None, fewer)
    assert s.state.rows == ""
    odd = {"rows": ["all"]}  # anything but "all" means the first rows
    s = next_state(bundle, "?lvl=units&rows=all", ids.HOME_TABLE_CLICK, Controls(), None, odd)
    assert s.state.rows == ""


def test_change_editions_come_from_the_catalogue(bundle):
    assert change_editions(bundle, "unemployed") == ("atlas2019", "atlas2024")
    assert change_editions(bundle, "gymnasium_transition") is None
    assert change_editions(bundle, "unemployed_u25") is None  # 2019 is broken in the source
