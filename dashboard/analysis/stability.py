"""Rank stability of the need index: how far does an area's rank move when the choices move?

Three families of settings, all computed vectorised on the normalised matrix:

(a) the three normalisations (z-score, percentile rank, min–max), with the chosen weights;
(b) ``draws`` random perturbations of the chosen weights, each weight × U(0.5, 1.5), drawn
    with ``numpy.random.default_rng(seed)`` (reproducible);
(c) leaving out one indicator at a time (only with two or more indicators).

The areas ranked are those with a score under the chosen setting; every setting ranks that
same set of areas. Median and 5th/95th percentiles come from the perturbations (b); minimum
and maximum over every setting tried (a, b, c and the chosen one).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data.bundle import Bundle
from ..memo import per_bundle
from .index import (
    NORMALISATIONS,
    IndexSpec,
    compute_index,
    need_matrix,
    normalise,
    rank_scores,
    weighted_scores,
)

DEFAULT_DRAWS = 1000
DEFAULT_SEED = 2021
TOP = 5
PERCENTILE_METHOD = "linear"


@dataclass(frozen=True)
class Stability:
    spec: IndexSpec
    draws: int
    seed: int
    table: pd.DataFrame
    """Per area (the index table's order): id, name, rank, median, p5, p95, min, max,
    norm_min, norm_max, loo_min, loo_max, always_top (rank ≤ :data:`TOP` in every setting).
    Areas without a score have NaN throughout."""
    n_settings: int
    """How many settings were tried: 1 chosen + normalisations + draws + leave-one-out."""


def perturbed_ranks(
    norm: np.ndarray, weights: np.ndarray, scored: np.ndarray, draws: int, seed: int
) -> np.ndarray:
    """draws × n ranks under weights × U(0.5, 1.5); areas outside ``scored`` are NaN."""
    rng = np.random.default_rng(seed)
    factors = rng.uniform(0.5, 1.5, size=(draws, weights.size))
    scores, _ = weighted_scores(norm, factors * weights, min_share=0.0)
    return _ranks_of(scores, scored)


def _ranks_of(scores: np.ndarray, scored: np.ndarray) -> np.ndarray:
    scores = np.where(scored, scores, np.nan)
    return rank_scores(scores)


def normalisation_ranks(bundle: Bundle, spec: IndexSpec, scored: np.ndarray) -> np.ndarray:
    """3 × n ranks, one row per normalisation, with the chosen weights."""
    m = need_matrix(bundle, spec)
    w = np.asarray(spec.weights, dtype=float)
    rows = [
        weighted_scores(normalise(m.values, m.directions, method, m.references), w, 0.0)[0]
        for method in NORMALISATIONS
    ]
    return _ranks_of(np.vstack(rows), scored)


def leave_one_out_ranks(norm: np.ndarray, weights: np.ndarray, scored: np.ndarray) -> np.ndarray:
    """k × n ranks, row j without indicator j (0 × n with one indicator)."""
    k = weights.size
    if k < 2:
        return np.empty((0, norm.shape[0]))
    masks = 1.0 - np.eye(k)
    scores = np.vstack(
        [
            weighted_scores(norm[:, masks[j] > 0], weights[masks[j] > 0], min_share=0.0)[0]
            for j in range(k)
        ]
    )
    return _ranks_of(scores, scored)


def rank_stability(
    bundle: Bundle, spec: IndexSpec, draws: int = DEFAULT_DRAWS, seed: int = DEFAULT_SEED
) -> Stability:
    return _stability(bundle, (spec, int(draws), int(seed)))


@per_bundle(maxsize=32)
def _stability(bundle: Bundle, key) -> Stability:
    spec, draws, seed = key
    base = compute_index(bundle, spec)
    scored = ~np.isnan(base.table.score.to_numpy())
    norm, w = base.normalised, base.weights
    base_rank = base.table["rank"].to_numpy(dtype=float)
    pert = perturbed_ranks(norm, w, scored, draws, seed)
    by_norm = normalisation_ranks(bundle, spec, scored)
    loo = leave_one_out_ranks(norm, w, scored)
    every = np.vstack([base_rank[None, :], by_norm, pert, loo])
    with np.errstate(all="ignore"):
        p5, median, p95 = np.percentile(pert, [5, 50, 95], axis=0, method=PERCENTILE_METHOD)
    lo, hi = np.fmin.reduce(every, axis=0), np.fmax.reduce(every, axis=0)
    lo = np.where(scored, lo, np.nan)
    hi = np.where(scored, hi, np.nan)

    def span(block, fn):
        if block.shape[0] == 0:
            return np.full(base_rank.shape, np.nan)
        return np.where(scored, fn.reduce(block, axis=0), np.nan)

    table = pd.DataFrame(
        {
            "id": base.table.id,
            "name": base.table.name,
            "rank": base_rank,
            "median": np.where(scored, median, np.nan),
            "p5": np.where(scored, p5, np.nan),
            "p95": np.where(scored, p95, np.nan),
            "min": lo,
            "max": hi,
            "norm_min": span(by_norm, np.fmin),
            "norm_max": span(by_norm, np.fmax),
            "loo_min": span(loo, np.fmin),
            "loo_max": span(loo, np.fmax),
            "always_top": scored & (hi <= TOP),
        }
    )
    return Stability(spec, draws, seed, table, int(every.shape[0]))


def always_top(stability: Stability) -> list[str]:
    """Ids of the areas in the top :data:`TOP` under every setting tried, best first."""
    t = stability.table[stability.table.always_top]
    return list(t.sort_values(["rank", "id"]).id)
