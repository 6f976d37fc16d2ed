"""Text alternatives of maps and charts (models/map_text.py, models/alt_text.py): generated
from the data, German numbers in German, the same areas and values as the view model."""

from __future__ import annotations

import math

import pytest

from dashboard.models.alt_text import main_map_text, money_text, ranking_text, spine_text
from dashboard.models.main import main_model
from dashboard.models.map_text import MapClasses, MapSource, locator_summary, map_summary
from dashboard.models.money import money_model
from dashboard.models.profile import profile_model
from dashboard.state.main import parse_state
from dashboard.state.profile import parse_profile

SOURCE = MapSource("Statistikatlas 2024", "2023-12-31", "medium")


def test_summary_names_both_ends_classes_coverage_and_source():
    names = ["A", "B", "C", "D", "E", "F", "G", "H"]
    values = [1.25, None, 3.5, 40.3, math.nan, 7.0, 8.0, 9.0]
    classes = MapClasses("Quantile", "quantiles", ((1.25, 3.5), (3.5, 9.0), (9.0, 40.3)))
    de, en = map_summary(
        names,
        values,
        unit="percent",
        source=SOURCE,
        classes=classes,
        title=("Kinder (2024)", "Children (2024)"),
        areas=("Unterbezirken", "units"),
    )
    assert de == (
        "Die Karte zeigt: Kinder (2024). "
        "Höchste Werte: D (40,3 %), H (9,0 %), G (8,0 %). "
        "Niedrigste Werte: A (1,2 %), C (3,5 %), F (7,0 %). "
        "Farbklassen: Quantile; 3 Klassen: Klasse 1 von 3: 1,2–3,5 %; "
        "Klasse 2 von 3: 3,5–9,0 %; Klasse 3 von 3: 9,0–40,3 %. "
        "6 von 8 Unterbezirken mit Wert; 2 ohne Wert: B, E. "
        "Quelle: Statistikatlas 2024, Stand 31.12.2023, Verlässlichkeit: mittel."
    )
    assert en.startswith("The map shows: Children (2024). Highest values: D (40.3%), H (9.0%)")
    assert "6 of 8 units with a value; 2 without a value: B, E." in en
    assert en.endswith(
        "Source: Statistikatlas 2024, reference date 31 Dec 2023, confidence: medium."
    )


def test_summary_of_a_change_and_of_few_areas():
    classes = MapClasses("symmetrisch", "symmetric", ((-8.0, -1.0), (-1.0, 1.0), (1.0, 8.0)))
    de, en = map_summary(
        ["X", "Y", "Z"], [-8.0, 0.5, 8.0], unit="pp", source=SOURCE, classes=classes
    )
    # one area at each end (never the same area twice), negative bounds not joined by a dash
    assert "Höchste Werte: Z (8,0 Pp.). Niedrigste Werte: X (-8,0 Pp.)." in de
    assert "Klasse 1 von 3: -8,0 bis -1,0 Pp.; " in de and "Klasse 3 von 3: 1,0–8,0 Pp. 3 von" in de
    assert "class 1 of 3: -8.0 to -1.0 pp; " in en
    only, _ = map_summary(["X", "Y"], [2.0, None], unit="years", source=SOURCE)
    assert (
        "Einziger Wert: X (2,0 Jahre)." in only
        and "1 von 2 Gebieten mit Wert; 1 ohne Wert: Y." in only
    )
    with pytest.raises(ValueError, match="3 names but 2 values"):
        map_summary(["X", "Y", "Z"], [1.0, 2.0], unit="percent", source=SOURCE)


def test_summary_cuts_long_lists_of_areas_without_a_value():
    names = [f"U{i:02d}" for i in range(14)]
    de, en = map_summary(names, [1.0, 2.0] + [None] * 12, unit="percent", source=SOURCE)
    assert "12 ohne Wert: U02, U03, U04, U05, U06, U07, U08, U09, U10, U11 und 2 weitere." in de
    assert "12 without a value: U02, U03, U04, U05, U06, U07, U08, U09, U10, U11 and 2 more." in en


def test_main_map_text_matches_the_view_model(bundle):
    state, _ = parse_state({}, bundle)
    vm = main_model(bundle, state)
    de, en = main_map_text(vm)
    shown = vm.shown.sort_values("value", ascending=False)
    top, bottom = shown.iloc[0], shown.iloc[-1]
    top_de = f"{top['name']} ({top.value:.1f} %)".replace(".", ",")
    assert f"Höchste Werte: {top_de}" in de
    assert f"{bottom['name']} ({bottom.value:.1f}%)" in en.split("Lowest values: ")[1]
    assert f"{vm.classification.k} Klassen: Klasse 1 von {vm.classification.k}: " in de
    assert "15 von 15 Räumen mit Wert." in de
    assert "Verlässlichkeit: mittel." in de and "Stand 31.12.2023" in de
    # the unit level with untrusted zeros: the areas without a value are counted and named
    state, _ = parse_state({"lvl": "units", "ind": "unemployed_u25"}, bundle)
    vm = main_model(bundle, state)
    n_missing = int(vm.shown.value.isna().sum())
    assert n_missing > 0
    de, _ = main_map_text(vm)
    assert f"{170 - n_missing} von 170 Unterbezirken mit Wert; {n_missing} ohne Wert: " in de


def test_ranking_text_names_the_first_and_last_ranks_and_the_city(bundle):
    state, _ = parse_state({"lang": "en"}, bundle)
    vm = main_model(bundle, state)
    _, en = ranking_text(vm)
    first = vm.shown.iloc[0]
    assert en.startswith("Ranking of the 15 areas with a value (rank 1 = most need): ")
    assert f"1. {first['name']} ({first.value:.1f}%)" in en
    assert "Last ranks: 13. " in en and ", 15. " in en
    assert en.endswith(f"City (median of areas): {vm.reference.value:.1f}%.")


def test_spine_money_and_locator_texts(bundle):
    profile = profile_model(bundle, ("AR01", parse_profile({}, bundle)[0]))
    de, _ = spine_text(profile.indicators, "Hafen")
    counts = profile.indicators.position.value_counts()
    assert de.startswith(f"Hafen im Vergleich mit den 170 Unterbezirken, {len(profile.indicators)}")
    assert f"{counts['worse']}× mehr Bedarf als die mittleren 50 %" in de
    model = money_model(bundle, "children_u15_sgb2", "atlas2024")
    de, _ = money_text(model.spaces, "percent")
    counted = [s for s in model.spaces if s.funding is not None]
    assert de.startswith(f"{len(counted)} Räume mit Wert und einem nur für sie")
    assert f"{15 - len(counted)} Räume ohne solchen Betrag" in de
    de, en = locator_summary(
        "Hafen",
        "Innenstadt-West",
        ["Hafen-Süd (031)", "Hafen-Nord (032)"],
        170,
        membership=("erschlossen", "inferred"),
        source=SOURCE,
    )
    assert de.startswith("Hafen liegt im Stadtbezirk Innenstadt-West und umfasst 2 der 170 ")
    assert "Unterbezirke: Hafen-Süd (031), Hafen-Nord (032). Zuordnung der Unterbezirke: " in de
    assert en.endswith("confidence: medium.")


def test_legend_and_tooltip_name_each_class_with_its_bounds(bundle):
    from dashboard.components.legend import create_legend
    from dashboard.figures.map_style import unit_hideout

    state, _ = parse_state({"lvl": "units", "ind": "unemployed", "ed": "change"}, bundle)
    vm = main_model(bundle, state)
    k = vm.classification.k
    ranges = unit_hideout(bundle, vm)["classRanges"]
    assert len(ranges) == k
    lo, hi = vm.classification.ranges()[-1]
    assert ranges[-1] == f"{lo:.1f}–{hi:.1f}".replace(".", ",") + " Pp."
    # the legend lists the classes highest first, each with its number
    items = create_legend(vm).children[3].children
    texts = [item.children[1] for item in items[:k]]
    assert texts[0].startswith(f"Klasse {k}: ") and texts[-1].startswith("Klasse 1: ")
