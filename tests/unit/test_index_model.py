"""The /index view models on the real data: index, rank stability, the map, the command line,
and the hot-spot statements made from the data."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from dashboard.analysis.index import compute_index
from dashboard.components import index_hotspots as hot
from dashboard.models.index import (
    command_line,
    csv_text,
    index_model,
    indicators,
    map_hideout,
    tooltips,
)
from dashboard.state.index import parse_state


def model(bundle, query=""):
    return index_model(bundle, parse_state(query, bundle)[0])


def test_felder_2024_units_top_area_is_nordmarkt_sued(bundle):
    vm = model(bundle)
    top = vm.rows.iloc[0]
    assert (top.id, top["name"], int(top["rank"])) == ("051", "Nordmarkt-Süd", 1)
    assert top.score == pytest.approx(3.13, abs=0.005)
    assert list(vm.rows.id[:5]) == ["051", "535", "052", "054", "061"]
    # 1 chosen + 3 normalisations + 1,000 weight draws + 4 left out
    assert vm.stability.n_settings == 1008
    assert vm.always_top == ("051", "052", "054", "061")
    assert len(vm.top) == 20 and vm.n_scored == 170


def test_coverage_of_youth_unemployment_2024_is_said(bundle):
    u25 = next(i for i in indicators(bundle, "atlas2024", "de") if i.id == "unemployed_u25")
    assert (u25.n_values, u25.n_units) == (92, 170)
    assert u25.field == "Arbeit und Beschäftigung im Quartier" and u25.direction == 1


def test_areas_without_enough_values_are_listed_last_as_not_computed(bundle):
    vm = model(bundle, "?ind=unemployed_u25,unemployed&w=3,1")
    missing = vm.rows[vm.rows.score.isna()]
    # youth unemployment carries 3/4 of the weight: without it an area has 1/4 < 2/3
    assert len(missing) == 78 and vm.n_scored == 92
    assert vm.rows.score.iloc[-len(missing) :].isna().all()
    tips = tooltips(bundle, vm)
    assert tips[missing.id.iloc[0]][1] == "nicht berechnet: zu wenige Werte"


def test_spaces_colour_their_member_units_and_leave_the_rest_pale(bundle):
    vm = model(bundle, "?level=spaces")
    h = map_hideout(bundle, vm)
    assert len(vm.top) == 15 and h["level"] == "spaces"
    assert h["colors"]["051"] == vm.colours["AR02"]  # Nordmarkt-Süd is in AR02 Nordmarkt
    assert "001" in h["pale"] and "001" not in h["colors"]
    assert h["tips"]["AR02"][0] == "Nordmarkt"


def test_tooltip_names_score_rank_and_interval(bundle):
    vm = model(bundle)
    assert tooltips(bundle, vm)["051"] == [
        "Nordmarkt-Süd (051)",
        "Punkte: 3,13",
        "Rang 1 von 170",
        "bei anderen Gewichten meist Rang 1–2",
    ]
    # the source, reference date and (lowest) confidence of what is shown
    assert map_hideout(bundle, vm)["source"] == (
        "Eigene Berechnung aus: Statistikatlas Dortmund 2024 (Stand 31.12.2023, "
        "Verlässlichkeit mittel); Quellen je Indikator unten"
    )


def test_command_line_and_csv_match_the_spec(bundle):
    vm = model(bundle, "?ind=transfer_benefits,elderly_sgb12&w=1.5,1&norm=minmax&level=spaces")
    assert command_line(vm.spec) == (
        "python -m dashboard.analysis index --indicators transfer_benefits,elderly_sgb12 "
        "--weights 1.5,1 --normalise minmax --edition atlas2024 --level spaces "
        "--stability 1000 --seed 2021"
    )
    table = pd.read_csv(io.StringIO(csv_text(bundle, vm.spec)), dtype={"area_id": str})
    ranks = compute_index(bundle, vm.spec).table.set_index("id")["rank"]
    assert len(table) == 15
    assert table.set_index("area_id")["rank"].to_dict() == ranks.astype(int).to_dict()


def test_hotspot_mode_uses_the_shared_view_and_names_the_pocket(bundle):
    state = parse_state("?ed=atlas2019&mode=hotspots&hs=transfer_benefits", bundle)[0]
    view, error = hot.safe_view(bundle, state)
    assert error is None and view.basis == "transfer_benefits"
    assert view.result.isolated_high(1) == ["535", "270"]
    assert "Clarenberg (535, Hörde)" in view.pockets
    assert view.statement.startswith("Moran's I = 0,48 (p = 0,001, 999 Permutationen)")
    assert view.counts["HH"] == 12 and view.counts["LL"] == 12
    rows = hot.cluster_rows(view)
    assert len(rows) == 24 and [r["cluster"] for r in rows] == ["HH"] * 12 + ["LL"] * 12
    assert rows[0]["value"] >= rows[11]["value"]
    assert hot.value_text(view, rows[0]["value"], "de") == "46,3 %"
    assert hot.command_line(view) == (
        "python -m dashboard.analysis hotspots --indicator transfer_benefits "
        "--edition atlas2019 --permutations 999 --seed 2021"
    )
    parts = hot.hotspot_parts(view, state)
    assert parts["hideout"]["colors"]["052"] == "#b2182b"  # dark red: high among high


def test_hotspots_of_the_index_at_space_level_use_the_units(bundle):
    state = parse_state("?mode=hotspots&level=spaces", bundle)[0]
    view, _ = hot.safe_view(bundle, state)
    assert view.basis == "index" and view.result.n_units == 170
    assert view.spec.level == "units" and view.spec.indicators == state.indicators
    assert hot.command_line(view) is None
    assert view.counts == {"HH": 14, "LL": 15, "HL": 0, "LH": 1, "ns": 140, "missing": 0}


def test_ties_beyond_the_top_20_are_said(bundle):
    vm = model(bundle, "?preset=unter_stadt&ed=atlas2019")
    rank, n = vm.tied_beyond_top
    scored = vm.rows[vm.rows.score.notna()]
    assert rank == 1 and n == int((scored.score == scored.score.max()).sum()) and n > 20
    assert model(bundle).tied_beyond_top == (0, 0)


def test_the_legend_says_how_many_classes_the_map_really_has(bundle):
    """Quantiles of tied scores give fewer classes: the legend must not claim five."""
    from dashboard.components.index_view import classes_text
    from dashboard.models.index import index_model
    from dashboard.state.index import parse_state

    default = index_model(bundle, parse_state({}, bundle)[0])
    assert len(default.classification.counts) == 5
    assert classes_text(default).startswith("5 Klassen mit je etwa gleich vielen Gebieten")
    count = index_model(bundle, parse_state({"preset": "unter_stadt"}, bundle)[0])
    k = len(count.classification.counts)
    assert k == 3
    assert classes_text(count).startswith("3 Klassen nach Quantilen")
    english = index_model(bundle, parse_state({"preset": "unter_stadt", "lang": "en"}, bundle)[0])
    assert "only 3 instead of 5" in classes_text(english)
