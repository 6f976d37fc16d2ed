"""The comparison view: URL state, the relation rule, side-by-side values, the matrix and its
CSV, on small hand-made numbers and on real values from data/indicators.csv."""

from __future__ import annotations

import csv
import io

import numpy as np
import pandas as pd
import pytest

from dashboard import ROOT
from dashboard.exports.compare import matrix_csv, matrix_filename
from dashboard.models.compare import matrix_model, quartiles, relation, side_by_side
from dashboard.state.compare import (
    CompareState,
    choose,
    parse_state,
    pick_areas,
    sort_by,
    state_query,
)

VALUES = pd.read_csv(ROOT / "data" / "indicators.csv", dtype={"unit_code": str})
MEMBERS = pd.read_csv(ROOT / "data" / "space_units.csv", dtype={"unit_code": str})


def unit_values(indicator: str, edition: str) -> pd.Series:
    v = VALUES[(VALUES.indicator_id == indicator) & (VALUES.edition == edition)]
    return v.set_index(v.unit_code.str.zfill(3)).value


# -- the rule on hand-made numbers ------------------------------------------------------------


def test_quartiles_of_known_numbers_ignore_missing_values():
    # 1..9: the 25th percentile is 3, the 75th 7 (linear interpolation); NaN is left out
    assert quartiles([1, 2, 3, 4, 5, 6, 7, 8, 9, np.nan]) == (3.0, 7.0)
    assert quartiles([np.nan, np.nan]) == (None, None)


@pytest.mark.parametrize(
    ("value", "direction", "expected"),
    [
        (8.0, 1, "worse"),  # above p75, higher = more need
        (2.0, 1, "better"),
        (8.0, -1, "better"),  # above p75, lower = more need
        (2.0, -1, "worse"),
        (5.0, 1, "similar"),
        (7.0, 1, "similar"),  # on the line counts as similar
        (3.0, -1, "similar"),
        (8.0, 0, "higher"),  # context: no judgement
        (2.0, 0, "lower"),
        (None, 1, "no_data"),
        (float("nan"), 1, "no_data"),
    ],
)
def test_relation_rule_on_known_quartiles(value, direction, expected):
    assert relation(value, 3.0, 7.0, direction) == expected


def test_no_quartiles_means_no_data_never_similar():
    assert relation(5.0, None, None, 1) == "no_data"


# -- the URL ----------------------------------------------------------------------------------


def test_state_round_trips_and_keeps_the_picking_order(bundle):
    query = "?a=AR09,052,AR01&hf=arbeit&ed=atlas2019&sort=-unemployed&lang=en"
    state, ignored = parse_state(query, bundle)
    assert ignored == []
    assert state == CompareState(
        ("AR09", "052", "AR01"), "arbeit", "atlas2019", "-unemployed", "en"
    )
    assert state_query(state, bundle) == query


@pytest.mark.parametrize(
    "query",
    ["a=AR01,AR02,AR03,AR04,AR05", "a=AR01,XX99", "a=%3Cscript%3E", "hf=nope", "sort=nope"],
)
def test_bad_values_fall_back_and_are_reported(bundle, query):
    state, ignored = parse_state(query, bundle)
    assert [i.key for i in ignored] == [query.split("=")[0]]
    assert state.edition == "atlas2024"


def test_one_area_is_kept_so_the_page_can_ask_for_a_second(bundle):
    state, ignored = parse_state("a=AR01", bundle)
    assert state.areas == ("AR01",) and ignored == []


def test_picking_a_fifth_area_keeps_four_and_says_so():
    state = CompareState(("AR01", "AR02", "AR03", "052"))
    step = pick_areas(state, ["AR01", "AR02", "AR03", "AR04"], ["052"])
    assert step.state == state and step.error == "compare_too_many" and not step.changed
    step = pick_areas(state, ["AR01", "AR03"], ["052"])
    assert step.state.areas == ("AR01", "AR03", "052") and step.changed
    # a newly ticked area goes last, whatever the picker's order
    step = pick_areas(CompareState(("AR09", "052")), ["AR01", "AR09"], ["052"])
    assert step.state.areas == ("AR09", "052", "AR01")


def test_sorting_the_same_column_twice_reverses():
    s = sort_by(CompareState(), "unemployed")
    assert s.sort == "unemployed"
    assert sort_by(s, "unemployed").sort == "-unemployed"
    assert sort_by(sort_by(s, "unemployed"), "unemployed").sort == "unemployed"
    assert choose(CompareState(), field="nope").changed is False


# -- real values ------------------------------------------------------------------------------


def space_mean(space_id: str, indicator: str, edition: str) -> float:
    codes = MEMBERS[MEMBERS.space_id == space_id].unit_code.str.zfill(3)
    return float(unit_values(indicator, edition).reindex(codes).mean())


def test_matrix_values_and_classes_match_the_data_files(bundle):
    m = matrix_model(bundle, CompareState(edition="atlas2024"))
    assert len(m.space_ids) == 15
    col = next(c for c in m.columns if c.indicator_id == "unemployed")
    units = unit_values("unemployed", "atlas2024").to_numpy(dtype=float)
    assert (col.p25, col.p75) == pytest.approx(tuple(np.nanpercentile(units, [25, 75])))
    assert col.p25 == pytest.approx(5.725) and col.p75 == pytest.approx(12.65)
    value, cls, reason = m.cells[("AR01", "unemployed")]
    assert value == pytest.approx(space_mean("AR01", "unemployed", "atlas2024"))
    assert value == pytest.approx(20.4333, abs=1e-3)
    assert cls == "worse" and reason is None
    # every class follows the rule from the column's quartiles
    for space in m.space_ids:
        for c in m.columns:
            v, k, _ = m.cells[(space, c.indicator_id)]
            assert k == relation(v, c.p25, c.p75, c.direction)


def test_broken_column_is_no_data_with_its_reason(bundle):
    m = matrix_model(bundle, CompareState(edition="atlas2019"))
    value, cls, reason = m.cells[("AR01", "unemployed_u25")]
    assert value is None and cls == "no_data" and reason == "broken_in_source"


def test_matrix_sorts_by_value_with_missing_last_in_both_directions(bundle):
    up = matrix_model(bundle, CompareState(edition="atlas2024", sort="unemployed_u25"))
    down = matrix_model(bundle, CompareState(edition="atlas2024", sort="-unemployed_u25"))
    assert up.space_ids[-1] == down.space_ids[-1] == "AQ01"  # Wambeler Heide: no value
    vals = [up.cells[(s, "unemployed_u25")][0] for s in up.space_ids[:-1]]
    assert vals == sorted(vals)
    down_vals = [down.cells[(s, "unemployed_u25")][0] for s in down.space_ids[:-1]]
    assert down_vals == sorted(vals, reverse=True)  # ties keep the data order both ways
    by_name = matrix_model(bundle, CompareState(edition="atlas2024", sort="name"))
    names = [by_name.names[s] for s in by_name.space_ids]
    assert names == sorted(names)


def test_side_by_side_mixes_spaces_and_units(bundle):
    side = side_by_side(bundle, CompareState(("AR01", "AR09", "052"), "arbeit", "atlas2024"))
    assert side.kinds == ("space", "space", "unit")
    assert side.names == ("Hafen", "Hörde", "Nordmarkt-Südost")
    ids = [c.indicator_id for c in side.columns]
    assert ids == ["transfer_benefits", "unemployed", "unemployed_u25"]
    row = side.cells[ids.index("unemployed")]
    assert row[2].value == pytest.approx(unit_values("unemployed", "atlas2024")["052"])
    assert row[1].value == pytest.approx(space_mean("AR09", "unemployed", "atlas2024"))
    broken = side_by_side(bundle, CompareState(("AR01", "052"), "arbeit", "atlas2019"))
    cell = broken.cells[[c.indicator_id for c in broken.columns].index("unemployed_u25")][1]
    assert cell.value is None and cell.missing == "in der Quelle defekt"


def test_matrix_csv_states_rule_source_and_keeps_missing_empty(bundle):
    m = matrix_model(bundle, CompareState(edition="atlas2019", sort="-unemployed"))
    text = matrix_csv(m, "de")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert len(rows) == 15 * len(m.columns)
    assert rows[0]["Raum-ID"] == m.space_ids[0]
    hafen = next(r for r in rows if r["Raum-ID"] == "AR01" and r["Indikator-ID"] == "unemployed")
    assert hafen["Wert"] == f"{m.cells[('AR01', 'unemployed')][0]:.3f}".rstrip("0").replace(
        ".", ","
    )
    assert hafen["Verhältnis zur Stadt"] == "deutlich schlechter als die Stadt"
    assert hafen["Stand"] == "31.12.2018" and hafen["Verlässlichkeit"] == "mittel"
    assert "Statistikatlas" in hafen["Quelle"]
    assert "25." in hafen["Regel"] and "75." in hafen["Regel"]
    broken = next(
        r for r in rows if r["Raum-ID"] == "AR01" and r["Indikator-ID"] == "unemployed_u25"
    )
    assert broken["Wert"] == "" and broken["fehlt, weil"] == "in der Quelle defekt"
    english = list(csv.DictReader(io.StringIO(matrix_csv(m, "en").lstrip("\ufeff"))))
    assert english[0]["relation to the city"] and "." in english[0]["25th percentile of the units"]
    assert matrix_filename(m) == "aktionsplan_vergleich_atlas2019.csv"
