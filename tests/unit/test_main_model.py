"""The main view's state, view model and builders: real values from the data files."""

from __future__ import annotations

import pytest

from dashboard.data.areas import change_available
from dashboard.exports.table import table_csv
from dashboard.figures.ranking import MAX_BARS, ranking_figure
from dashboard.models.main import EXCLUDED, build_main_model, selection_profile
from dashboard.models.table import german_key, sorted_rows, table_rows
from dashboard.state.main import MainState, parse_state, state_query


def vm_for(bundle, query: str):
    state, ignored = parse_state(query, bundle)
    assert not ignored
    return build_main_model(bundle, state)


def test_full_state_round_trips_through_the_url(bundle):
    query = (
        "?ind=unemployed&ed=change&lvl=units&sb=Eving,Mengede&typ=Aktionsraum,outside"
        "&conf=documented,inferred&cls=manual&k=4&brk=2.5,5&sel=124&sort=-value&rows=all&lang=en"
    )
    state, ignored = parse_state(query, bundle)
    assert not ignored
    assert state == MainState(
        "unemployed",
        "change",
        "units",
        ("Eving", "Mengede"),
        ("Aktionsraum", "outside"),
        ("documented", "inferred"),
        "manual",
        4,
        (2.5, 5.0),
        "124",
        "-value",
        "all",
        "en",
    )
    assert parse_state(state_query(state, bundle), bundle)[0] == state


@pytest.mark.parametrize(
    ("query", "ignored"),
    [
        ("?ind=nope", ["ind"]),
        ("?k=99", ["k"]),
        ("?k=drei", ["k"]),
        ("?lvl=x", ["lvl"]),
        ("?sel=ZZ", ["sel"]),
        ("?sb=Atlantis", ["sb"]),
        ("?ed=change&ind=unemployed_u25", ["ed"]),
        ("?ed=change&ind=single_households_65plus", ["ed"]),
        ("?brk=a,b", ["brk"]),
        ("?foo=1&lang=fr", ["foo", "lang"]),
    ],
)
def test_malformed_parameters_fall_back_and_are_named(bundle, query, ignored):
    state, got = parse_state(query, bundle)
    assert [i.key for i in got] == ignored
    assert state.k in range(3, 8) and state.level in ("spaces", "units")


def test_manual_without_breaks_keeps_the_choice_and_classes_by_quantiles(bundle):
    state = parse_state("?cls=manual", bundle)[0]
    assert state.method == "manual" and state.breaks == ()
    vm = build_main_model(bundle, state)
    quantiles = build_main_model(bundle, parse_state("", bundle)[0])
    assert vm.classification.bins == quantiles.classification.bins


def test_change_needs_two_comparable_editions(bundle):
    assert change_available(bundle, "unemployed")
    assert not change_available(bundle, "unemployed_u25")  # 2019 broken in source
    assert not change_available(bundle, "single_households_65plus")  # different bases
    assert not change_available(bundle, "gymnasium_transition")  # 2019 only


def test_default_view_ranks_the_15_spaces(bundle):
    vm = vm_for(bundle, "")
    shown = vm.shown
    assert len(shown) == 15
    assert list(shown["rank"]) == list(range(1, 16))
    top = shown.iloc[0]
    # Nordmarkt, 2024 atlas: 051-054 = 58.7, 57.8, 54.8, 63.8
    assert top.id == "AR02" and top.value == pytest.approx((58.7 + 57.8 + 54.8 + 63.8) / 4)
    assert (top["min"], top["max"]) == (54.8, 63.8)
    assert sum(vm.classification.counts) == 15
    assert vm.unit_fill["052"] == top.color  # a unit shows its space's colour
    assert vm.unit_fill["001"] == EXCLUDED  # City-Ost is outside the spaces


def test_filters_remove_areas_from_ranking_and_classes(bundle):
    vm = vm_for(
        bundle,
        "?sb="
        + ",".join(d for d in sorted(bundle.units.stadtbezirk.unique()) if d != "Innenstadt-Nord"),
    )
    shown = set(vm.shown.id)
    assert {"AR01", "AR02", "AR03"}.isdisjoint(shown) and len(shown) == 12
    assert sum(vm.classification.counts) == 12
    assert vm.unit_fill["052"] == EXCLUDED
    documented = vm_for(bundle, "?conf=documented")
    assert set(documented.shown.id) == {"AR04", "AR05", "AR13"}  # Nette: city page
    quartiere = vm_for(bundle, "?typ=Aktionsquartier")
    assert set(quartiere.shown.id) == {"AQ01", "AQ02"}


def test_unit_level_with_type_filter(bundle):
    outside = vm_for(bundle, "?lvl=units&typ=outside")
    members = bundle.space_units.merge(bundle.current_spaces, on="space_id").unit_code.nunique()
    assert len(outside.shown) == 170 - members
    assert outside.shown.type.eq("outside").all()


def test_change_between_editions(bundle):
    vm = vm_for(bundle, "?ind=unemployed&ed=change&lvl=units")
    v = vm.areas.set_index("id").value
    assert v["052"] == pytest.approx(25.0 - 20.5)  # Nordmarkt-Südost: 20.5 (2019) -> 25 (2024)
    c = vm.classification
    assert c.method == "diverging" and c.k % 2 == 1
    assert c.lower == pytest.approx(-c.bins[-1])  # symmetric around zero
    middle = c.ranges()[c.k // 2]
    assert middle[0] < 0 < middle[1]
    # city references over distinct areas (combined areas once): 8.6 (2024) and 7.7 (2019)
    assert vm.reference.value == pytest.approx(8.4 - 7.5)


def test_ranks_follow_the_direction(bundle):
    vm = vm_for(bundle, "?ind=living_space&lvl=units")
    first = vm.shown.iloc[0]
    assert first.value == vm.shown.value.min()  # less living space = more need = rank 1


def test_table_rows_and_csv_show_exactly_the_view(bundle):
    vm = vm_for(bundle, "")
    rows = table_rows(vm)
    assert [r["id"] for r in rows] == list(vm.shown.id)
    assert rows[0]["name"] == "Nordmarkt" and rows[0]["cls"] == vm.classification.k
    csv = table_csv(vm)
    lines = csv.lstrip("\ufeff").splitlines()
    assert len(lines) == 16
    assert lines[0].startswith("Rang;Name;Stadtbezirk")
    assert lines[1].startswith(
        "1;Nordmarkt;Innenstadt-Nord;Aktionsraum;erschlossen*;58,78;54,8 – 63,8;5;"
    )
    assert all(
        "Statistikatlas Dortmund 2024" in line and "31.12.2023" in line for line in lines[1:]
    )
    english = table_csv(vm_for(bundle, "?lang=en")).lstrip("\ufeff").splitlines()
    assert english[0].startswith("Rank,Name,District") and ",58.78," in english[1]


def test_ranking_figure_matches_the_view(bundle):
    vm = vm_for(bundle, "?sel=AR02")
    fig = ranking_figure(vm)
    bar = fig.data[0]
    assert len(bar.y) == 15 and bar.customdata[-1] == "AR02"  # most need drawn on top
    assert bar.y[-1].startswith("1. Nordmarkt*")
    assert list(bar.marker.color)[-1] == vm.shown.iloc[0].color
    assert bar.marker.line.width[-1] == 3  # the selection is outlined
    assert fig.layout.shapes[0].x0 == vm.reference.value
    units = ranking_figure(vm_for(bundle, "?lvl=units"))
    assert len(units.data[0].y) == MAX_BARS


def test_profile_compares_the_selection_with_the_city(bundle):
    state, _ = parse_state("?sel=AR02", bundle)
    rows = selection_profile(bundle, state).set_index("indicator_id")
    assert "children_u15_sgb2" in rows.index and "share_0_6" in rows.index
    assert rows.at["children_u15_sgb2", "value"] == pytest.approx(58.775)
    assert rows.at["children_u15_sgb2", "reference"] == 17.9  # median of the distinct areas
    assert selection_profile(bundle, MainState()).empty


def test_table_sorts_by_the_state_missing_last(bundle):

    by_name = sorted_rows(vm_for(bundle, "?sort=name"))
    assert [r["name"] for r in by_name][:3] == [
        "Bodelschwingh/Westerfilde",
        "Borsigplatz",
        "Bövinghausen/Westrich",
    ]
    by_value = sorted_rows(vm_for(bundle, "?sort=value"))
    assert by_value[0]["name"] == "Wambeler Heide" and by_value[-1]["name"] == "Nordmarkt"
    broken = sorted_rows(vm_for(bundle, "?ind=unemployed_u25&ed=atlas2019&sort=-value"))
    assert all(r["value"] is None for r in broken) and len(broken) == 15


def test_csv_follows_the_table_order(bundle):
    lines = table_csv(vm_for(bundle, "?sort=name")).lstrip("\ufeff").splitlines()
    assert lines[1].split(";")[1] == "Bodelschwingh/Westerfilde"


def test_german_sort_key_folds_umlauts():

    names = ["Westerfilde", "Öspel", "Oestrich", "Nette", "Ostenbergstraße"]
    assert sorted(names, key=german_key) == [
        "Nette",
        "Oestrich",
        "Öspel",
        "Ostenbergstraße",
        "Westerfilde",
    ]


def test_table_notes_say_what_each_space_value_is(bundle):
    rows = {r["id"]: r for r in table_rows(vm_for(bundle, ""))}
    assert "seit 2021 im Aktionsplan" in rows["AR05"]["note"]  # Dorstfeld joined in 2021
    assert "seit 2021" not in rows["AR01"]["note"]  # Hafen: since 2008
    assert "umgebenden statistischen Bezirks" in rows["AQ01"]["note"]  # Wambeler Heide
    assert "zusammengefassten Werten" in rows["AR13"]["note"]  # Nette: 930 and 954 combined
    assert "sprechen dagegen" in rows["AR06"]["note"]  # Eving I: populations contradict
    units = {r["id"]: r for r in table_rows(vm_for(bundle, "?lvl=units"))}
    assert units["052"]["space"] == "Nordmarkt"
    assert units["031"]["space"] == "Dorstfeld (seit 2021 im Aktionsplan)"
    assert units["001"]["space"] == ""  # City-Ost lies in no space


def test_change_csv_names_both_editions_and_the_member_range(bundle):
    vm = vm_for(bundle, "?ind=unemployed&ed=change")
    header, first = table_csv(vm).lstrip("\ufeff").splitlines()[:2]
    cols = header.split(";")
    assert "Quelle 2019" in cols and "Quelle 2024" in cols and "Stand 2019" in cols
    assert "2019 (%)" in cols and "2024 (%)" in cols
    row = dict(zip(cols, first.split(";"), strict=True))
    assert row["Name"] == "Nordmarkt"
    assert row["2019 (%)"] == "19,83" and row["2024 (%)"] == "24,23"  # means of 051–054
    assert row["Spanne der Unterbezirke"] == "4,2 – 4,7"  # changes of 051–054
    assert "Heft 215" in row["Quelle 2019"] and "2024" in row["Quelle 2024"]


def test_empty_views_say_why(bundle):
    broken = vm_for(bundle, "?ind=unemployed_u25&ed=atlas2019")
    assert broken.empty_reason == "broken"
    outside = vm_for(bundle, "?typ=outside")
    assert outside.empty_reason == "outside_spaces"
    fig = ranking_figure(outside)
    assert "170 Unterbezirke" in fig.layout.annotations[0].text
    assert vm_for(bundle, "").empty_reason is None


def test_ranking_note_fits_the_indicator(bundle):
    assert vm_for(bundle, "").ranking_order == "need"
    assert vm_for(bundle, "?ind=average_age").ranking_order == "high"
    assert vm_for(bundle, "?ind=unemployed&ed=change").ranking_order == "need_change"


def test_zeros_in_the_source_are_not_ranked_or_classified(bundle):
    vm = vm_for(bundle, "?ind=unemployed_u25&lvl=units")
    areas = vm.areas.set_index("id")
    zeros = areas[areas.missing_reason == "zero_in_source"]
    assert len(zeros) == 78  # the 2024 atlas shows 0.0 for 78 units: probably suppressed
    assert zeros["rank"].isna().all() and (zeros.cls == -1).all()
    assert sum(vm.classification.counts) == 170 - 78


def test_std_classes_follow_the_class_count(bundle):
    three = vm_for(bundle, "?lvl=units&cls=std_mean&k=3")
    five = vm_for(bundle, "?lvl=units&cls=std_mean")
    assert three.classification.k == 3 < five.classification.k  # an empty outer class drops
    assert max(five.classification.counts) < 100  # not 127 of 170 in one class
