"""The need index and its rank stability (dashboard.analysis): properties and real values."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard.analysis.index import (
    COUNT,
    MIN_WEIGHT_SHARE,
    NORMALISATIONS,
    IndexError_,
    IndexSpec,
    compute_index,
    need_indicators,
    normalise,
    preset_spec,
    validate,
    weighted_scores,
)
from dashboard.analysis.stability import (
    TOP,
    always_top,
    leave_one_out_ranks,
    perturbed_ranks,
    rank_stability,
)
from dashboard.data.areas import area_arrays, rank_areas
from dashboard.data.views import catalogue_entry, city_reference

PAIR = ("children_u15_sgb2", "transfer_benefits", "unemployed", "elderly_sgb12")


@pytest.mark.parametrize("norm", NORMALISATIONS)
@pytest.mark.parametrize(
    ("indicator", "edition", "level"),
    [
        ("transfer_benefits", "atlas2024", "units"),
        ("gymnasium_transition", "atlas2019", "units"),  # direction -1: lowest value ranks 1
        ("unemployed", "atlas2019", "spaces"),
        ("living_space", "atlas2024", "spaces"),  # direction -1
    ],
)
def test_one_indicator_reproduces_its_ranking(bundle, norm, indicator, edition, level):
    direction = int(catalogue_entry(bundle, indicator, edition).direction)
    values = pd.Series(area_arrays(bundle, indicator, edition, level)["value"])
    expected = rank_areas(values, direction)
    result = compute_index(bundle, IndexSpec((indicator,), (1.0,), norm, edition, level))
    got = result.table["rank"]
    assert got.isna().equals(expected.isna())
    assert (got.dropna().to_numpy() == expected.dropna().to_numpy()).all()


def test_gymnasium_lowest_value_is_rank_one(bundle):
    spec = IndexSpec(("gymnasium_transition",), (1.0,), "zscore", "atlas2019", "units")
    t = compute_index(bundle, spec).table
    values = area_arrays(bundle, "gymnasium_transition", "atlas2019", "units")["value"]
    top = t.loc[t["rank"] == 1, "id"].tolist()
    assert set(top) == set(t.id[values == np.nanmin(values)])


def test_equal_inputs_give_equal_ranks(bundle):
    """Units the source published as one combined area carry the same values: same rank."""
    spec = preset_spec(bundle, "felder", "atlas2019")
    t = compute_index(bundle, spec).table.set_index("id")
    m = np.column_stack(
        [area_arrays(bundle, i, "atlas2019", "units")["value"] for i in spec.indicators]
    )
    rows = {code: tuple(row) for code, row in zip(t.index, m, strict=True)}
    twins = [(a, b) for a in rows for b in rows if a < b and rows[a] == rows[b]]
    assert len(twins) >= 10  # 19 combined groups share all six social columns in 2019
    for a, b in twins:
        assert t.loc[a, "rank"] == t.loc[b, "rank"]
        assert t.loc[a, "score"] == t.loc[b, "score"]


def test_equal_rows_equal_scores_synthetic():
    x = np.array([[1.0, 5.0], [1.0, 5.0], [3.0, 2.0], [0.0, 9.0]])
    for method in NORMALISATIONS:
        norm = normalise(x, np.array([1.0, -1.0]), method)
        scores, _ = weighted_scores(norm, np.array([0.3, 0.7]))
        assert scores[0] == scores[1]


@pytest.mark.parametrize("factor", [0.001, 0.5, 3.0, 1000.0])
def test_scaling_all_weights_changes_nothing(bundle, factor):
    spec = preset_spec(bundle, "felder", "atlas2024")
    scaled = IndexSpec(
        spec.indicators, tuple(w * factor for w in spec.weights), spec.normalise, spec.edition
    )
    a, b = compute_index(bundle, spec).table, compute_index(bundle, scaled).table
    assert (a["rank"].to_numpy() == b["rank"].to_numpy()).all()
    np.testing.assert_allclose(a.score, b.score, rtol=1e-12)


def test_one_indicator_stability_is_a_single_point(bundle):
    spec = IndexSpec(("transfer_benefits",), (2.0,), "zscore", "atlas2024", "units")
    st = rank_stability(bundle, spec, draws=200, seed=3).table.dropna(subset=["rank"])
    for col in ("median", "p5", "p95", "min", "max", "norm_min", "norm_max"):
        assert (st[col] == st["rank"]).all(), col
    assert st.loo_min.isna().all()  # nothing to leave out


def test_missing_values_are_never_zero(bundle):
    """unemployed_u25 2024 has values for 92 units only."""
    u25 = area_arrays(bundle, "unemployed_u25", "atlas2024", "units")["value"]
    assert (~np.isnan(u25)).sum() == 92
    equal = compute_index(
        bundle, IndexSpec(("unemployed_u25", "transfer_benefits"), (1.0, 1.0), "zscore")
    )
    # half of the weight is missing for 78 units: below two thirds, so no score
    assert MIN_WEIGHT_SHARE > 0.5
    assert equal.table.score.isna().sum() == 78
    heavy = compute_index(
        bundle, IndexSpec(("unemployed_u25", "transfer_benefits"), (1.0, 3.0), "zscore")
    )
    t = heavy.table
    missing = np.isnan(u25)
    assert t.score.notna().all()
    assert t.partial.to_numpy()[missing].all() and not t.partial.to_numpy()[~missing].any()
    # a partial score is the mean over what is there, i.e. the transfer z-score alone
    np.testing.assert_allclose(t.score[missing], heavy.normalised[missing, 1])


def test_count_normalisation_counts_indicators_worse_than_the_city(bundle):
    spec = preset_spec(bundle, "unter_stadt", "atlas2024")
    assert spec.normalise == COUNT
    t = compute_index(bundle, spec).table.set_index("id")
    code = "535"  # Clarenberg
    worse = 0
    for ind in spec.indicators:
        arrays = area_arrays(bundle, ind, "atlas2024", "units")
        value = arrays["value"][list(arrays["id"]).index(code)]
        ref = city_reference(bundle, ind, "atlas2024").value
        direction = catalogue_entry(bundle, ind, "atlas2024").direction
        worse += (value - ref) * direction > 0
    assert t.loc[code, "score"] == pytest.approx(worse / len(spec.indicators))


def test_presets(bundle):
    felder = preset_spec(bundle, "felder", "atlas2024")
    fields = [catalogue_entry(bundle, i, "atlas2024").handlungsfeld for i in felder.indicators]
    per_field = {
        f: sum(w for w, g in zip(felder.weights, fields, strict=True) if g == f)
        for f in set(fields)
    }
    assert set(per_field) == {"arbeit", "kinder", "zusammenhalt"}
    assert len(set(per_field.values())) == 1  # each field carries the same weight
    assert "unemployed_u25" not in felder.indicators  # values for 92 of 170 units only
    status = preset_spec(bundle, "status", "atlas2019")
    assert status.indicators == ("unemployed", "transfer_benefits", "children_u15_sgb2")
    assert status.normalise == "zscore"


def test_real_top_of_the_felder_preset(bundle):
    t = compute_index(bundle, preset_spec(bundle, "felder", "atlas2024")).table
    top = t.sort_values("rank").head(5)
    assert top.id.tolist() == ["051", "535", "052", "054", "061"]
    spaces = compute_index(bundle, preset_spec(bundle, "felder", "atlas2024", "spaces")).table
    assert spaces.sort_values("rank").id.tolist()[:3] == ["AR02", "AR03", "AR01"]


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (IndexSpec(("nope",), (1.0,)), "cannot enter"),
        (IndexSpec(("share_0_6",), (1.0,)), "cannot enter"),  # context: no need direction
        (IndexSpec(("unemployed_u25",), (1.0,), edition="atlas2019"), "cannot enter"),  # broken
        (IndexSpec(("unemployed", "transfer_benefits"), (1.0,)), "2 indicators"),
        (IndexSpec(("unemployed",), (-1.0,)), "not negative"),
        (IndexSpec(("unemployed",), (float("nan"),)), "finite"),
        (IndexSpec(("unemployed",), (0.0,)), "not all 0"),
        (IndexSpec(("unemployed", "unemployed"), (1.0, 1.0)), "twice"),
        (IndexSpec(("unemployed",), (1.0,), "median"), "normalisation"),
        (IndexSpec(("unemployed",), (1.0,), edition="atlas1999"), "edition"),
        (IndexSpec(("unemployed",), (1.0,), level="districts"), "level"),
        (IndexSpec((), ()), "at least one"),
    ],
)
def test_bad_specs_are_refused_in_one_line(bundle, spec, message):
    with pytest.raises(IndexError_, match=message) as info:
        validate(bundle, spec)
    assert "\n" not in str(info.value)


def test_need_indicators_have_a_direction(bundle):
    for edition in ("atlas2019", "atlas2024"):
        for ind in need_indicators(bundle, edition):
            assert catalogue_entry(bundle, ind, edition).direction in (1, -1)


def test_perturbations_are_seeded_and_match_a_plain_loop(bundle):
    spec = preset_spec(bundle, "felder", "atlas2019")
    base = compute_index(bundle, spec)
    scored = base.table.score.notna().to_numpy()
    w = base.weights
    a = perturbed_ranks(base.normalised, w, scored, 50, seed=11)
    b = perturbed_ranks(base.normalised, w, scored, 50, seed=11)
    assert (np.nan_to_num(a) == np.nan_to_num(b)).all()
    assert a.shape == (50, 170)
    factors = np.random.default_rng(11).uniform(0.5, 1.5, size=(50, w.size))
    for d in (0, 17, 49):
        weights = tuple(float(x) for x in factors[d] * w)
        plain = compute_index(
            bundle, IndexSpec(spec.indicators, weights, spec.normalise, spec.edition, spec.level)
        ).table["rank"]
        assert (plain.to_numpy() == a[d]).all()


def test_leave_one_out_matches_smaller_indices(bundle):
    """(Every unit has all three values in 2019, so the ranked set is the same.)"""
    spec = preset_spec(bundle, "status", "atlas2019")
    base = compute_index(bundle, spec)
    scored = base.table.score.notna().to_numpy()
    loo = leave_one_out_ranks(base.normalised, base.weights, scored)
    assert loo.shape == (3, 170)
    for j in range(3):
        keep = [i for i in range(3) if i != j]
        smaller = IndexSpec(
            tuple(spec.indicators[i] for i in keep), (1.0, 1.0), "zscore", spec.edition
        )
        assert (compute_index(bundle, smaller).table["rank"].to_numpy() == loo[j]).all()


def test_stability_table_is_consistent(bundle):
    spec = preset_spec(bundle, "felder", "atlas2024")
    st = rank_stability(bundle, spec)
    t = st.table.dropna(subset=["rank"])
    assert st.n_settings == 1 + 3 + 1000 + len(spec.indicators)
    assert ((t["min"] <= t.p5) & (t.p5 <= t["median"]) & (t["median"] <= t.p95)).all()
    assert ((t.p95 <= t["max"]) & (t["min"] <= t["rank"]) & (t["rank"] <= t["max"])).all()
    top = always_top(st)
    assert top == ["051", "052", "054", "061"]  # 535 Clarenberg drops to 13 without child poverty
    assert (t.set_index("id").loc[top, "max"] <= TOP).all()
    clarenberg = t.set_index("id").loc["535"]
    assert clarenberg["rank"] == 2 and clarenberg["max"] > TOP
