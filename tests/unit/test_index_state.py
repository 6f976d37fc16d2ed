"""The /index view's URL state: defaults, round trips, bad values and the transitions."""

from __future__ import annotations

import pytest

from dashboard.analysis.index import preset_spec
from dashboard.state.index import (
    CUSTOM,
    IndexState,
    next_state,
    parse_state,
    state_query,
    with_edition,
)

FELDER_2024 = ("children_u15_sgb2", "transfer_benefits", "unemployed", "elderly_sgb12")


def test_default_is_the_felder_preset_of_the_newest_edition(bundle):
    state, ignored = parse_state("", bundle)
    assert ignored == []
    assert state == IndexState(
        edition="atlas2024",
        preset="felder",
        indicators=FELDER_2024,
        weights=(2.0, 1.0, 1.0, 2.0),
        normalise="zscore",
    )
    # the whole setting is written, so a shared link survives a change of the presets
    assert state_query(state, bundle) == (
        "?ed=atlas2024&preset=felder&ind=children_u15_sgb2,transfer_benefits,unemployed,"
        "elderly_sgb12&w=2,1,1,2&norm=zscore"
    )


@pytest.mark.parametrize(
    "query",
    [
        "?ed=atlas2019&preset=status&lang=en",
        "?preset=custom&ind=unemployed_u25,unemployed&w=0.5,10&norm=rank&level=spaces",
        "?ind=elderly_sgb12,transfer_benefits&w=1,3&norm=count&mode=hotspots&hs=living_space",
        "?mode=hotspots&hs=index&level=spaces&ed=atlas2019",
    ],
)
def test_round_trip(bundle, query):
    state, ignored = parse_state(query, bundle)
    assert ignored == []
    again, ignored_again = parse_state(state_query(state, bundle), bundle)
    assert again == state and ignored_again == []


def test_custom_query_keeps_the_order_and_weights(bundle):
    state, _ = parse_state("?ind=unemployed_u25,unemployed&w=0.5,10&norm=rank", bundle)
    assert state.indicators == ("unemployed_u25", "unemployed")
    assert state.weights == (0.5, 10.0)
    assert state.preset == CUSTOM  # not a preset's setting, whatever the URL claims


def test_bad_values_fall_back_and_are_reported(bundle):
    state, ignored = parse_state(
        "?ed=atlas1999&preset=x&ind=nope,unemployed&w=a&norm=9&level=q&mode=z&hs=zz&foo=1",
        bundle,
    )
    default, _ = parse_state("", bundle)
    assert state == default
    assert {i.key for i in ignored} == {
        "ed",
        "preset",
        "ind",
        "w",
        "norm",
        "level",
        "mode",
        "hs",
        "foo",
    }


@pytest.mark.parametrize(
    "weights", ["1,2", "1,2,3,4,5", "-1,1,1,1", "0,0,0,0", "11,1,1,1", "nan,1,1,1", "inf,1,1,1"]
)
def test_weights_that_do_not_fit_fall_back_to_the_preset(bundle, weights):
    state, ignored = parse_state(f"?w={weights}", bundle)
    assert state.weights == (2.0, 1.0, 1.0, 2.0) and [i.key for i in ignored] == ["w"]


def test_context_indicator_with_a_need_direction_is_allowed_but_not_in_2019_u25(bundle):
    state, ignored = parse_state("?ed=atlas2019&ind=unemployed_u25", bundle)
    assert [i.key for i in ignored] == ["ind"]
    assert "unemployed_u25" not in state.indicators


def test_editing_a_weight_switches_to_custom(bundle):
    state, _ = parse_state("", bundle)
    used = dict.fromkeys(FELDER_2024, True)
    weights = dict(zip(FELDER_2024, (2, 1, 3, 2), strict=True))
    new = next_state(bundle, state, "weight", {}, used, weights)
    assert new.preset == CUSTOM and new.weights == (2.0, 1.0, 3.0, 2.0)
    assert "preset=custom" in state_query(new, bundle) and "w=2,1,3,2" in state_query(new, bundle)


def test_ticking_an_indicator_adds_it_in_catalogue_order_with_weight_1(bundle):
    state, _ = parse_state("", bundle)
    used = {**dict.fromkeys(FELDER_2024, True), "unemployed_u25": True}
    new = next_state(bundle, state, "use", {}, used, {"unemployed_u25": None})
    assert new.indicators == (
        "children_u15_sgb2",
        "transfer_benefits",
        "unemployed",
        "unemployed_u25",
        "elderly_sgb12",
    )
    assert new.weights == (2.0, 1.0, 1.0, 1.0, 2.0) and new.preset == CUSTOM


def test_unticking_every_indicator_or_a_bad_weight_keeps_the_state(bundle):
    state, _ = parse_state("", bundle)
    assert next_state(bundle, state, "use", {}, dict.fromkeys(FELDER_2024, False), {}) == state
    typed = {"unemployed": "abc", "elderly_sgb12": 99}
    assert next_state(bundle, state, "weight", {}, {}, typed) == state


def test_choosing_a_preset_fills_indicators_weights_and_normalisation(bundle):
    state, _ = parse_state("?ind=unemployed&norm=rank", bundle)
    new = next_state(bundle, state, "preset", {"preset": "unter_stadt"}, {}, {})
    spec = preset_spec(bundle, "unter_stadt", "atlas2024")
    assert (new.preset, new.indicators, new.weights, new.normalise) == (
        "unter_stadt",
        spec.indicators,
        spec.weights,
        "count",
    )


def test_edition_change_refills_a_preset_and_keeps_custom_indicators(bundle):
    state, _ = parse_state("", bundle)
    assert (
        with_edition(bundle, state, "atlas2019").indicators
        == preset_spec(bundle, "felder", "atlas2019").indicators
    )
    custom, _ = parse_state("?ind=unemployed_u25,unemployed&w=1,3&hs=unemployed_u25", bundle)
    moved = with_edition(bundle, custom, "atlas2019")
    assert moved.indicators == ("unemployed",) and moved.weights == (3.0,)
    assert moved.hotspot == "index"  # the 2019 atlas has no usable youth unemployment
    only_u25, _ = parse_state("?ind=unemployed_u25", bundle)
    assert with_edition(bundle, only_u25, "atlas2019").preset == "felder"
