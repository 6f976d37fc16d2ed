"""Joins, aggregation to spaces, city reference, classification: real values."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.data.classify import NO_DATA, assign_classes, class_breaks, class_colors, palette
from dashboard.data.views import (
    catalogue_entry,
    city_reference,
    editions_of,
    indicators_by_field,
    space_values,
    unit_values,
)


def test_unit_values_cover_all_units(bundle):
    units = unit_values(bundle, "children_u15_sgb2", "atlas2019")
    assert len(units) == 170
    row = units.set_index("code").loc["052"]
    assert row.value == 60.7 and row["name"] == "Nordmarkt-Südost" and row.space_id == "AR02"


def test_space_aggregate_is_an_unweighted_mean_with_range(bundle):
    spaces = space_values(bundle, "children_u15_sgb2", "atlas2019").set_index("space_id")
    assert len(spaces) == 15
    nordmarkt = spaces.loc["AR02"]
    # units 051-054 in the 2019 atlas: 57.6, 60.7, 54.9, 59.6 (FACTS.md §2.3)
    assert nordmarkt.value == pytest.approx((57.6 + 60.7 + 54.9 + 59.6) / 4)
    assert (nordmarkt["min"], nordmarkt["max"]) == (54.9, 60.7)
    assert nordmarkt.method == "unweighted_mean"
    assert nordmarkt.n_units == 4 and nordmarkt.n_missing == 0
    assert spaces.loc["AQ01"].relation == "contains_quartier"


def test_space_aggregate_is_population_weighted_when_all_members_have_one(bundle):
    population = pd.Series({"051": 1000, "052": 3000, "053": 0, "054": 0}, dtype=float)
    spaces = space_values(bundle, "children_u15_sgb2", "atlas2019", population).set_index(
        "space_id"
    )
    assert spaces.loc["AR02"].value == pytest.approx((57.6 * 1000 + 60.7 * 3000) / 4000)
    assert spaces.loc["AR02"].method == "population_weighted"
    assert spaces.loc["AR01"].method == "unweighted_mean"  # no population for Hafen


def test_missing_values_are_never_zero(bundle):
    spaces = space_values(bundle, "unemployed_u25", "atlas2019")
    assert spaces.value.isna().all()
    assert set(spaces.method) == {"no_data"}
    units = unit_values(bundle, "unemployed_u25", "atlas2019")
    assert set(units.missing_reason) == {"broken_in_source"}


def test_former_spaces_on_request(bundle):
    former = space_values(bundle, "unemployed", "atlas2019", status="former")
    assert set(former.name) == {"Alt-Scharnhorst", "Wickede"}


def test_city_reference_says_what_it_is(bundle):
    ref = city_reference(bundle, "children_u15_sgb2", "atlas2024")
    assert ref.kind == "median_of_units" and ref.value == 17.9  # distinct areas, not 170 units
    assert "median" in ref.source
    assert city_reference(bundle, "unemployed_u25", "atlas2019").value is None


def test_catalogue_lookups(bundle):
    assert catalogue_entry(bundle, "gymnasium_transition", "atlas2024") is None
    assert editions_of(bundle, "gymnasium_transition") == ["atlas2019"]
    groups = indicators_by_field(bundle)
    assert list(groups) == ["arbeit", "kinder", "zusammenhalt", "kontext"]
    assert "children_u15_sgb2" in groups["kinder"]


def test_quantiles_split_the_units_evenly_and_colour_need_dark(bundle):
    units = unit_values(bundle, "children_u15_sgb2", "atlas2024")
    c = class_breaks(units.value, "quantiles", 5, direction=1)
    assert c.k == 5 and sum(c.counts) == 169  # 611 Schönau: 0 in the source, left out
    assert max(c.counts) - min(c.counts) <= 2
    assert c.bins[-1] == units.value.max() and c.lower == units.value.min()
    colors = class_colors(units.value, c)
    top = units.value.idxmax()
    assert colors[top] == palette(1, 5)[-1]  # darkest = most need


def test_reverse_direction_colours_low_values_dark(bundle):
    units = unit_values(bundle, "living_space", "atlas2024")
    c = class_breaks(units.value, "quantiles", 5, direction=-1)
    colors = class_colors(units.value, c)
    assert colors[units.value.idxmin()] == palette(-1, 5)[-1]


@pytest.mark.parametrize("method", ["equal_interval", "natural_breaks", "std_mean"])
def test_other_methods(bundle, method):
    units = unit_values(bundle, "unemployed", "atlas2024")
    c = class_breaks(units.value, method, 5)
    assert sum(c.counts) == 170
    assert list(c.bins) == sorted(c.bins)


def test_manual_breaks_and_missing():
    values = pd.Series([1.0, 5.0, None, 12.0, 30.0])
    c = class_breaks(values, "manual", manual=[10, 20])
    assert c.bins == (10.0, 20.0, 30.0)
    assert c.counts == (2, 1, 1)
    assert list(assign_classes(values, c)) == [0, 0, -1, 1, 2]
    assert class_colors(values, c)[2] == NO_DATA


def test_no_values_gives_no_classification():
    assert class_breaks(pd.Series([None, None], dtype=float)) is None
    single = class_breaks(pd.Series([4.0, 4.0]))
    assert single.k == 1 and single.counts == (2,)
