"""The map's hideouts: selection at both levels, keyboard order, tooltip texts."""

from __future__ import annotations

from dashboard.components.map import two_lines
from dashboard.data.views import value_index
from dashboard.figures.map_style import spaces_hideout, unit_hideout
from dashboard.models.main import build_main_model
from dashboard.state.main import parse_state


def members(bundle, space_id: str) -> list[str]:
    index = value_index(bundle)
    return index.codes[index.members[space_id]].tolist()


def model(bundle, **query):
    state, ignored = parse_state(query, bundle)
    assert not ignored, ignored
    return build_main_model(bundle, state)


def test_a_selected_space_at_the_space_level_is_its_outline(bundle):
    vm = model(bundle, sel="AR02")
    assert spaces_hideout(vm)["selected"] == "AR02"
    assert unit_hideout(bundle, vm)["selected"] == []


def test_a_selected_unit_at_the_unit_level(bundle):
    vm = model(bundle, lvl="units", sel="052")
    assert unit_hideout(bundle, vm)["selected"] == ["052"]
    assert spaces_hideout(vm)["selected"] is None


def test_a_selected_space_at_the_unit_level_keeps_its_outline_and_marks_its_units(bundle):
    vm = model(bundle, lvl="units", sel="AR02")
    assert spaces_hideout(vm)["selected"] == "AR02"
    codes = unit_hideout(bundle, vm)["selected"]
    assert codes == members(bundle, "AR02")
    assert "052" in codes and len(codes) == 4


def test_nothing_selected(bundle):
    vm = model(bundle, lvl="units")
    assert unit_hideout(bundle, vm)["selected"] == []
    assert spaces_hideout(vm)["selected"] is None


def test_keyboard_order_is_the_ranking_of_the_shown_areas(bundle):
    vm = model(bundle, sb="Innenstadt-Nord")
    h = unit_hideout(bundle, vm)
    assert h["order"] == vm.shown.id.tolist()
    assert sorted(h["order"]) == ["AR01", "AR02", "AR03"]
    ranks = [h["ranks"][i] for i in h["order"]]
    assert ranks == sorted(ranks)


def test_tooltip_texts_of_the_spaces(bundle):
    vm = model(bundle)
    h = unit_hideout(bundle, vm)
    assert h["spaces"]["AR02"] == ["Aktionsraum Nordmarkt", ""]
    assert h["spaces"]["AR05"] == ["Aktionsraum Dorstfeld", "seit 2021 im Aktionsplan"]
    head, note = h["spaces"]["AQ01"]
    assert head == "Aktionsquartier Wambeler Heide"
    assert note.startswith("seit 2021 im Aktionsplan · Werte des ganzen umgebenden")
    assert h["source"] == "Quelle: Statistikatlas Dortmund 2024 · Stand: 31.12.2023"
    en = unit_hideout(bundle, model(bundle, lang="en", ed="change"))
    assert en["spaces"]["AR11"][1] == "in the Aktionsplan since 2021"
    assert en["source"] == "Source: Statistikatlas Dortmund 2019 → 2024, as of 31 Dec 2023"


def test_two_line_label_forms():
    assert two_lines("Hafen") == "Hafen"
    assert two_lines("Bövinghausen/Westrich") == "Bövinghausen/\nWestrich"
    assert two_lines("Dorstfelder Brücke") == "Dorstfelder\nBrücke"
    assert two_lines("Scharnhorst-Ost") == "Scharnhorst-\nOst"
    assert two_lines("Meylantviertel") == "Meylantviertel"
