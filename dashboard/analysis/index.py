"""The need index: chosen indicators, normalised, weighted, averaged; one score per area.

Pure numpy/pandas, no Dash. The rules, in the order they are applied:

1. **Direction.** Every indicator is turned so that a higher value means more need: it is
   multiplied by its catalogue ``direction`` (+1: more is worse, −1: less is worse).
   Context indicators (direction 0) have no need direction and cannot be chosen.
2. **Normalisation** over the areas of the chosen level that have a value (each unit once,
   also where the source published one value for several units):

   - ``zscore``: (x − mean) / standard deviation (population SD, ddof 0);
   - ``rank``: percentile rank, (average rank − 1) / (n − 1), from 0 to 1;
   - ``minmax``: (x − min) / (max − min), from 0 to 1;
   - ``count``: 1 where the area is worse than the city reference of the indicator
     (the social report's "below the city average"), else 0.

3. **Weighted mean** over the indicators the area has values for:
   S = Σ wⱼ·xⱼ / Σ wⱼ, both sums over the available indicators only. A missing value is
   never treated as 0.
4. **Coverage rule.** An area gets a score only when its available indicators carry at least
   two thirds of the total weight (:data:`MIN_WEIGHT_SHARE`); otherwise it is listed as
   "not computed". Areas scored with less than the full weight are flagged ``partial``.
5. **Rank** 1 = highest score = most need; equal scores share the better rank ("min").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.stats import rankdata

from ..data.areas import LEVELS, area_arrays, editions_by_date
from ..data.bundle import Bundle
from ..data.views import catalogue_entry, city_reference
from ..memo import per_bundle

NORMALISATIONS = ("zscore", "rank", "minmax")
"""The three normalisations compared in the rank stability."""
COUNT = "count"
ALL_NORMALISATIONS = (*NORMALISATIONS, COUNT)
MIN_WEIGHT_SHARE = 2 / 3
NEED_FIELDS = ("arbeit", "kinder", "zusammenhalt")
MIN_PRESET_COVERAGE = 0.9
"""Presets leave out indicators that have values for fewer than 90 % of the units."""
PRESETS = ("felder", "unter_stadt", "status")
"""``felder``: equal weight for the three Handlungsfelder (z-scores); ``unter_stadt``: count
of indicators worse than the city value, in the spirit of the social report; ``status``: mean
z-score of unemployment, transfer benefits and child poverty, as in Berlin's *Monitoring
Soziale Stadtentwicklung* status index."""
STATUS_INDICATORS = ("unemployed", "transfer_benefits", "children_u15_sgb2")


class IndexError_(ValueError):
    """A spec that cannot be computed (unknown indicator, wrong weights, …): one line."""


@dataclass(frozen=True)
class IndexSpec:
    indicators: tuple[str, ...]
    weights: tuple[float, ...]
    normalise: str = "zscore"
    edition: str = "atlas2024"
    level: str = "units"


@dataclass(frozen=True)
class NeedMatrix:
    """Raw values of the chosen indicators at one level, areas × indicators."""

    ids: np.ndarray
    names: np.ndarray
    types: np.ndarray
    values: np.ndarray
    """n × k raw values, NaN where missing."""
    directions: np.ndarray
    references: np.ndarray
    """The city reference of each indicator (NaN where none)."""


@dataclass(frozen=True)
class IndexResult:
    spec: IndexSpec
    table: pd.DataFrame
    """One row per area: id, name, type, score, rank, coverage, partial, n_values."""
    normalised: np.ndarray
    """n × k normalised and need-oriented values (NaN where missing)."""
    weights: np.ndarray


def need_indicators(bundle: Bundle, edition: str) -> list[str]:
    """Indicators of one edition that can enter the index (need direction, usable values)."""
    cat = bundle.catalogue
    rows = cat[(cat.edition == edition) & (cat.direction != 0) & (cat.status == "ok")]
    return list(rows.indicator_id)


def value_coverage(bundle: Bundle, indicator: str, edition: str) -> float:
    """Share of units with a value."""
    values = area_arrays(bundle, indicator, edition, "units")["value"]
    return float(np.mean(~np.isnan(values)))


def validate(bundle: Bundle, spec: IndexSpec) -> None:
    """Raise :class:`IndexError_` with one line when ``spec`` cannot be computed."""
    if spec.edition not in editions_by_date(bundle):
        known = ", ".join(editions_by_date(bundle))
        raise IndexError_(f"unknown edition {spec.edition!r}; known: {known}")
    if spec.level not in LEVELS:
        raise IndexError_(f"unknown level {spec.level!r}; choose units or spaces")
    if spec.normalise not in ALL_NORMALISATIONS:
        raise IndexError_(
            f"unknown normalisation {spec.normalise!r}; choose {', '.join(ALL_NORMALISATIONS)}"
        )
    if not spec.indicators:
        raise IndexError_("choose at least one indicator")
    if len(set(spec.indicators)) != len(spec.indicators):
        raise IndexError_("an indicator is chosen twice")
    allowed = need_indicators(bundle, spec.edition)
    for ind in spec.indicators:
        if ind not in allowed:
            raise IndexError_(
                f"indicator {ind!r} cannot enter the index in {spec.edition} "
                f"(need indicators there: {', '.join(allowed)})"
            )
    if len(spec.weights) != len(spec.indicators):
        raise IndexError_(f"{len(spec.weights)} weights for {len(spec.indicators)} indicators")
    if not all(math.isfinite(w) and w >= 0 for w in spec.weights) or sum(spec.weights) <= 0:
        raise IndexError_("weights must be finite, not negative, and not all 0")


def preset_spec(bundle: Bundle, preset: str, edition: str, level: str = "units") -> IndexSpec:
    """The indicators, weights and normalisation of a preset in one edition."""
    if preset not in PRESETS:
        raise IndexError_(f"unknown preset {preset!r}; choose {', '.join(PRESETS)}")
    usable = [
        i
        for i in need_indicators(bundle, edition)
        if value_coverage(bundle, i, edition) >= MIN_PRESET_COVERAGE
    ]
    fields = {i: catalogue_entry(bundle, i, edition).handlungsfeld for i in usable}
    if preset == "status":
        chosen = [i for i in STATUS_INDICATORS if i in usable]
        return IndexSpec(tuple(chosen), (1.0,) * len(chosen), "zscore", edition, level)
    chosen = [i for i in usable if fields[i] in NEED_FIELDS]
    if preset == "unter_stadt":
        return IndexSpec(tuple(chosen), (1.0,) * len(chosen), COUNT, edition, level)
    per_field = {f: sum(1 for i in chosen if fields[i] == f) for f in NEED_FIELDS}
    most = max(per_field.values())
    weights = tuple(float(most / per_field[fields[i]]) for i in chosen)
    return IndexSpec(tuple(chosen), weights, "zscore", edition, level)


def need_matrix(bundle: Bundle, spec: IndexSpec) -> NeedMatrix:
    return _need_matrix(bundle, (spec.indicators, spec.edition, spec.level))


@per_bundle(maxsize=64)
def _need_matrix(bundle: Bundle, key) -> NeedMatrix:
    indicators, edition, level = key
    columns, directions, refs = [], [], []
    arrays = None
    for ind in indicators:
        arrays = area_arrays(bundle, ind, edition, level)
        columns.append(np.asarray(arrays["value"], dtype=float))
        directions.append(float(catalogue_entry(bundle, ind, edition).direction))
        ref = city_reference(bundle, ind, edition).value
        refs.append(np.nan if ref is None else float(ref))
    values = np.column_stack(columns)
    values.setflags(write=False)
    return NeedMatrix(
        ids=arrays["id"],
        names=arrays["name"],
        types=arrays["type"],
        values=values,
        directions=np.array(directions),
        references=np.array(refs),
    )


def normalise(
    values: np.ndarray, directions: np.ndarray, method: str, references: np.ndarray | None = None
) -> np.ndarray:
    """Need-oriented normalised values (n × k); NaN stays NaN. See the module docstring."""
    x = values * directions
    out = np.full(x.shape, np.nan)
    for j in range(x.shape[1]):
        col = x[:, j]
        ok = ~np.isnan(col)
        v = col[ok]
        if v.size == 0:
            continue
        if method == "zscore":
            sd = v.std()
            out[ok, j] = (v - v.mean()) / sd if sd > 0 else 0.0
        elif method == "rank":
            out[ok, j] = (rankdata(v) - 1) / (v.size - 1) if v.size > 1 else 0.5
        elif method == "minmax":
            span = v.max() - v.min()
            out[ok, j] = (v - v.min()) / span if span > 0 else 0.5
        elif method == COUNT:
            if references is None or np.isnan(references[j]):
                continue
            out[ok, j] = (v > references[j] * directions[j]).astype(float)
        else:
            raise IndexError_(f"unknown normalisation {method!r}")
    return out


def weighted_scores(
    norm: np.ndarray, weights: np.ndarray, min_share: float = MIN_WEIGHT_SHARE
) -> tuple[np.ndarray, np.ndarray]:
    """(scores, coverage) for weight vectors: ``weights`` is k or draws × k.

    Returns arrays of n (or draws × n). Coverage is the share of the total weight that the
    area's available indicators carry; scores with coverage below ``min_share`` are NaN.
    """
    avail = ~np.isnan(norm)
    filled = np.where(avail, norm, 0.0)
    w = np.atleast_2d(weights)
    num = w @ filled.T
    den = w @ avail.T.astype(float)
    total = w.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        scores = num / den
        coverage = den / total
    scores[~((coverage >= min_share - 1e-12) & (den > 0))] = np.nan
    if np.ndim(weights) == 1:
        return scores[0], coverage[0]
    return scores, coverage


def rank_scores(scores: np.ndarray) -> np.ndarray:
    """Rank 1 = highest score, ties share the better rank; NaN stays NaN. Works row-wise on
    a draws × n matrix."""
    return rankdata(-scores, method="min", axis=-1, nan_policy="omit")


def compute_index(bundle: Bundle, spec: IndexSpec) -> IndexResult:
    """Score and rank every area of ``spec.level``."""
    return _compute(bundle, spec)


@per_bundle(maxsize=64)
def _compute(bundle: Bundle, spec: IndexSpec) -> IndexResult:
    validate(bundle, spec)
    m = need_matrix(bundle, spec)
    norm = normalise(m.values, m.directions, spec.normalise, m.references)
    weights = np.asarray(spec.weights, dtype=float)
    scores, coverage = weighted_scores(norm, weights)
    table = pd.DataFrame(
        {
            "id": m.ids,
            "name": m.names,
            "type": m.types,
            "score": scores,
            "rank": rank_scores(scores),
            "coverage": coverage,
            "partial": ~np.isnan(scores) & (coverage < 1 - 1e-12),
            "n_values": (~np.isnan(m.values)).sum(axis=1),
        }
    )
    return IndexResult(spec, table, norm, weights)
