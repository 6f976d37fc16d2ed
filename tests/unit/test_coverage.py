"""The coverage check (``analysis.coverage``), its state and model: real data, lists computed
independently from ``area_arrays``."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pytest

from dashboard.analysis.coverage import (
    INDEX,
    CoverageError,
    basis_choices,
    coverage_check,
    coverage_csv,
)
from dashboard.analysis.index import preset_spec
from dashboard.analysis.stability import rank_stability
from dashboard.data.areas import OUTSIDE, area_arrays
from dashboard.models.coverage import (
    close_rows,
    coverage_model,
    legend_rows,
    map_hideout,
    outside_rows,
)
from dashboard.state.coverage import CoverageState, next_state, parse_state, state_query

TRANSFER = "transfer_benefits"
ED = "atlas2024"


def _independent(bundle, indicator: str, edition: str, top_n: int, direction: int):
    a = area_arrays(bundle, indicator, edition, "units")
    df = pd.DataFrame(
        {"code": a["id"], "type": a["type"], "space": a["space_id"], "value": a["value"]}
    )
    df["rank"] = df.value.rank(method="min", ascending=direction < 0)
    return df


def test_outside_list_matches_an_independent_computation(bundle):
    result = coverage_check(bundle, TRANSFER, top_n=20, edition=ED)
    df = _independent(bundle, TRANSFER, ED, 20, direction=1)
    expected = df[(df["rank"] <= 20) & (df.type == OUTSIDE)].sort_values(["rank", "code"])
    assert list(result.outside.code) == list(expected.code)
    assert list(result.outside["rank"]) == list(expected["rank"])
    # the real values: Lanstrop-Neu (34.7 %, rank 5) and Lütgendortmund-West (30.7 %, rank 10)
    assert list(result.outside.code) == ["251", "735"]
    row = result.outside.set_index("code").loc["251"]
    assert (
        row.value == pytest.approx(34.7) and row["rank"] == 5 and row.stadtbezirk == "Scharnhorst"
    )
    s = result.summary
    assert s == {**s, "top": 20, "inside": 18, "outside": 2}
    assert s["inside"] == int(((df["rank"] <= 20) & (df.type != OUTSIDE)).sum())


def test_lower_is_need_ranks_from_the_lowest_value(bundle):
    result = coverage_check(bundle, "living_space", top_n=10, edition=ED)
    df = _independent(bundle, "living_space", ED, 10, direction=-1)
    expected = df[(df["rank"] <= 10) & (df.type == OUTSIDE)].sort_values(["rank", "code"])
    assert list(result.outside.code) == list(expected.code)
    top = result.top
    assert top.value.max() <= df.value.sort_values().iloc[len(top) - 1] + 1e-9


def test_close_members_are_units_of_current_spaces_in_the_middle_or_better(bundle):
    result = coverage_check(bundle, TRANSFER, top_n=20, edition=ED)
    close = result.close
    current = set(bundle.current_spaces.space_id)
    assert len(close) > 0
    assert set(close.space_id) <= current and (close.type != OUTSIDE).all()
    a = area_arrays(bundle, TRANSFER, ED, "units")
    values = a["value"][~np.isnan(a["value"])]
    p25, p75 = np.percentile(values, [25, 75])
    assert (result.p25, result.p75) == (pytest.approx(p25), pytest.approx(p75))
    members = pd.DataFrame({"code": a["id"], "space": a["space_id"], "value": a["value"]})
    members = members[members.space.isin(current)]
    expected = members[members.value <= p75]  # transfer benefits: more is need
    assert set(close.code) == set(expected.code)
    assert set(close.relation) <= {"similar", "better"}
    # the Aktionsquartier units count as members and are flagged
    assert close.set_index("code").loc["261", "quartier"]


def test_index_basis_uses_the_rank_stability_intervals(bundle):
    spec = preset_spec(bundle, "felder", ED)
    result = coverage_check(bundle, INDEX, spec, top_n=20)
    st = rank_stability(bundle, spec).table.set_index("id")
    u = result.units.set_index("code")
    for col in ("p5", "p95", "min", "max"):
        pd.testing.assert_series_equal(u[col], st[col].rename(col), check_names=False)
    ranked = u[u["rank"].notna()]
    assert (ranked["min"] <= ranked["rank"]).all() and (ranked["rank"] <= ranked["max"]).all()
    assert (ranked["min"] <= ranked.p5).all() and (ranked.p95 <= ranked["max"]).all()
    assert (u.always_top == (u["max"] <= 20)).all()
    out = result.outside.set_index("code")
    assert list(out.index) == ["251", "735", "004", "072"]
    assert bool(out.loc["251", "always_top"]) and not out.loc["004", "always_top"]
    assert (out.loc["004", "min"], out.loc["004", "max"]) == (14, 36)
    # close to the city for the index: a score at most the 75th percentile of unit scores
    scores = u.value.dropna()
    assert (result.close.value <= np.percentile(scores, 75)).all()


def test_smaller_top_is_a_subset_and_ties_are_kept(bundle):
    small = coverage_check(bundle, TRANSFER, top_n=10, edition=ED)
    big = coverage_check(bundle, TRANSFER, top_n=30, edition=ED)
    assert set(small.outside.code) <= set(big.outside.code)
    assert len(big.top) >= 30 and (big.top["rank"] <= 30).all()


def test_shared_values_are_flagged(bundle):
    result = coverage_check(bundle, "unemployed_u25", top_n=20, edition=ED)
    u = result.units.set_index("code")
    assert u.loc["930", "shared_with"] == "954" and u.loc["954", "shared_with"] == "930"
    assert pd.isna(u.loc["041", "shared_with"])


def test_bad_bases_raise_one_line(bundle):
    with pytest.raises(CoverageError, match="need direction"):
        coverage_check(bundle, "households_with_children", top_n=20, edition=ED)
    with pytest.raises(CoverageError, match="need direction"):
        coverage_check(bundle, "unemployed_u25", top_n=20, edition="atlas2019")
    with pytest.raises(CoverageError, match="positive"):
        coverage_check(bundle, TRANSFER, top_n=0, edition=ED)
    with pytest.raises(CoverageError, match="IndexSpec"):
        coverage_check(bundle, INDEX, None)
    assert "unemployed_u25" not in basis_choices(bundle, "atlas2019")


def test_csv_holds_both_lists_with_the_method(bundle):
    spec = preset_spec(bundle, "status", ED)
    result = coverage_check(bundle, INDEX, spec, top_n=20)
    text = coverage_csv(result)
    comments = [line for line in text.splitlines() if line.startswith("# ")]
    assert "# indicators: unemployed,transfer_benefits,children_u15_sgb2" in comments
    df = pd.read_csv(io.StringIO(text), comment="#", dtype=str)
    assert list(df.list.unique()) == ["high_need_outside", "member_close_to_city"]
    assert (df.list == "high_need_outside").sum() == len(result.outside)
    assert (df.list == "member_close_to_city").sum() == len(result.close)


def test_state_falls_back_and_keeps_what_fits(bundle):
    state, ignored = parse_state("?b=zzz&top=7&ed=x&p=q", bundle)
    assert state == CoverageState(edition="atlas2024")
    assert {i.key for i in ignored} == {"b", "top", "ed", "p"}
    state, ignored = parse_state("?ed=atlas2019&b=unemployed_u25", bundle)
    assert state.basis == INDEX and [i.key for i in ignored] == ["b"]
    state, _ = parse_state("?b=transfer_benefits&top=10&lang=en", bundle)
    assert state_query(state, bundle) == "?b=transfer_benefits&top=10&lang=en"
    moved = next_state(bundle, state, "atlas2019", None, None, "30")
    assert moved.edition == "atlas2019" and moved.basis == TRANSFER and moved.top_n == 30
    back = next_state(
        bundle, CoverageState("atlas2024", "unemployed_u25"), "atlas2019", *[None] * 3
    )
    assert back.basis == INDEX


def test_model_rows_legend_and_hideout_agree(bundle):
    state = CoverageState(edition=ED, basis=TRANSFER, top_n=20, lang="de")
    model = coverage_model(bundle, state)
    assert [r["unit"] for r in outside_rows(model)] == [
        "Lanstrop-Neu (251)",
        "Lütgendortmund-West (735)",
    ]
    assert (
        outside_rows(model)[0]["value"] == "34,7 %" and outside_rows(model)[0]["rank"] == "Rang 5"
    )
    counts = {cat: n for cat, _, _, n in legend_rows(model)}
    assert counts["outside_top"] == 2 and counts["close"] == len(close_rows(model))
    assert sum(counts.values()) == 170
    hideout = map_hideout(model)
    assert hideout["colors"]["251"] == "#b2182b" and len(hideout["tips"]) == 170
    en = coverage_model(bundle, CoverageState(ED, INDEX, "felder", 20, "en"))
    assert outside_rows(en)[0]["rank"] == "rank 11 (8–11)"


def test_count_index_is_close_when_at_most_half_the_indicators_are_worse(bundle):
    spec = preset_spec(bundle, "unter_stadt", ED)
    result = coverage_check(bundle, INDEX, spec, top_n=20)
    # four indicators: 55 units are worse than the city in all four and share rank 1
    assert len(spec.indicators) == 4 and len(result.top) == 55
    assert result.p75 == 1.0  # the quartiles cannot separate anything here
    close = result.close.set_index("code")
    assert (close.value <= 0.5).all() and {"343", "531", "532"}.isdisjoint(close.index)
    assert close.loc["263", "relation"] == "better" and close.loc["342", "relation"] == "similar"
