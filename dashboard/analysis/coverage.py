"""Does the area selection cover the need? Two lists for discussion, not a verdict.

Pure numpy/pandas, no Dash. For a *basis* (the need index of an :class:`IndexSpec` at the unit
level, or one indicator) every one of the 170 units gets a need rank (1 = most need):

1. **High need outside**: units ranked in the top ``top_n`` (rank ≤ ``top_n``; ties may make
   the group larger) whose type is ``outside`` (in none of the 15 current spaces). Units that
   only *contain* an Aktionsquartier (``space_units.relation == "contains_quartier"``) count
   as inside, and are flagged, because the quarter itself is smaller than the unit.
2. **Members close to the city**: member units of the current spaces whose value is not
   clearly worse than the city's: for an indicator, inside the middle 50 % of the 170 units'
   values or on the better side (:func:`relation_to_middle`: ``similar`` or ``better``; the
   25th/75th percentiles with linear interpolation over the units with a value, the rule of
   ``/vergleich``); for the index, a score at or below the 75th percentile of the unit scores
   (for a count index, whose few distinct scores make quartiles meaningless: at most half of
   its indicators worse than the city).

Rank intervals: for the index they come from :func:`rank_stability` (5th–95th percentile of
the ranks under random weights, and the minimum–maximum over every setting tried). A single
indicator's rank is a point: the data hold no uncertainty to vary (its interval columns equal
the rank), which the page says. ``always_top`` is True when the maximum rank is ≤ ``top_n``.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data.areas import OUTSIDE, rank_areas, relation_to_middle
from ..data.bundle import Bundle
from ..data.views import catalogue_entry, shared_with, value_index
from ..memo import per_bundle
from .index import COUNT, IndexSpec, compute_index, need_indicators
from .stability import DEFAULT_DRAWS, DEFAULT_SEED, rank_stability

INDEX = "index"
"""The basis "need index" (else an indicator id)."""
TOP_CHOICES = (10, 20, 30)
QUARTIER = "contains_quartier"
CLOSE = ("similar", "better")
"""Relations to the middle 50 % that count as "close to the city" (or lower need)."""
COUNT_CLOSE = 0.5
"""A count index is close to the city when at most this share of indicators is worse."""
CATEGORIES = ("outside_top", "inside_top", "close", "other", "no_data")
"""Map categories of a unit: high need outside, high need in a space, a member close to the
city, any other unit, no value."""
COLUMNS = (
    "code",
    "name",
    "stadtbezirk",
    "space_id",
    "space_name",
    "type",
    "quartier",
    "membership_confidence",
    "value",
    "rank",
    "p5",
    "p95",
    "min",
    "max",
    "always_top",
    "relation",
    "shared_with",
)


class CoverageError(ValueError):
    """A basis or top_n that cannot be checked: one line."""


@dataclass(frozen=True)
class CoverageResult:
    basis: str
    edition: str
    top_n: int
    spec: IndexSpec | None
    """The index spec (basis ``index``), else None."""
    units: pd.DataFrame
    """All 170 units (bundle order) with :data:`COLUMNS` and ``category``."""
    p25: float
    p75: float
    """The unit quartiles of the value (indicator) or score (index)."""
    n_ranked: int
    draws: int
    seed: int

    @property
    def top(self) -> pd.DataFrame:
        return self.units[self.units["rank"] <= self.top_n].sort_values(["rank", "code"])

    @property
    def outside(self) -> pd.DataFrame:
        """High need outside every space, most need first."""
        return self.top[self.top.type == OUTSIDE]

    @property
    def close(self) -> pd.DataFrame:
        """Member units close to the city (or lower need), by space, then rank."""
        u = self.units[self.units.category == "close"]
        return u.sort_values(["space_id", "rank", "code"])

    @property
    def summary(self) -> dict[str, int]:
        top = self.top
        inside = top[top.type != OUTSIDE]
        return {
            "top": len(top),
            "inside": len(inside),
            "outside": len(top) - len(inside),
            "quartier": int(inside.quartier.sum()),
            "always_outside": int(self.outside.always_top.sum()),
            "close": len(self.close),
            "members": int((self.units.type != OUTSIDE).sum()),
            "ranked": self.n_ranked,
        }


def basis_choices(bundle: Bundle, edition: str) -> list[str]:
    """``index`` and the indicators of the edition that have a need direction."""
    return [INDEX, *need_indicators(bundle, edition)]


def coverage_check(
    bundle: Bundle,
    basis: str,
    spec: IndexSpec | None = None,
    top_n: int = 20,
    edition: str | None = None,
    draws: int = DEFAULT_DRAWS,
    seed: int = DEFAULT_SEED,
) -> CoverageResult:
    """The two lists for ``basis`` (``index`` with ``spec``, or an indicator id in
    ``edition``, default ``spec.edition``). Raises :class:`CoverageError` with one line."""
    if not isinstance(top_n, int) or top_n < 1:
        raise CoverageError(f"top_n must be a positive whole number, not {top_n!r}")
    if basis == INDEX:
        if spec is None:
            raise CoverageError("the index basis needs an IndexSpec")
        if spec.level != "units":
            raise CoverageError("the coverage check works on units (level units)")
        edition = spec.edition
    else:
        edition = edition or (spec.edition if spec is not None else None)
        if edition is None or basis not in need_indicators(bundle, edition):
            raise CoverageError(f"{basis!r} is not an indicator with a need direction in {edition}")
        spec = None
    return _check(bundle, (basis, spec, int(top_n), edition, int(draws), int(seed)))


@per_bundle(maxsize=32)
def _check(bundle: Bundle, key) -> CoverageResult:
    basis, spec, top_n, edition, draws, seed = key
    index = value_index(bundle)
    units = index.units
    codes = units["id"]
    if basis == INDEX:
        result = compute_index(bundle, spec)
        st = rank_stability(bundle, spec, draws, seed).table
        value = result.table.score.to_numpy(dtype=float)
        rank = result.table["rank"].to_numpy(dtype=float)
        interval = {c: st[c].to_numpy(dtype=float) for c in ("p5", "p95", "min", "max")}
        indicators = spec.indicators
        p25, p75 = _quartiles(value)
        relation = _index_relation(value, p25, p75, spec.normalise == COUNT)
    else:
        value = index.column(basis, edition)[0].astype(float)
        direction = int(catalogue_entry(bundle, basis, edition).direction)
        rank = rank_areas(pd.Series(value), direction).to_numpy(dtype=float)
        interval = {c: rank.copy() for c in ("p5", "p95", "min", "max")}
        indicators = (basis,)
        p25, p75 = _quartiles(value)
        relation = np.array([relation_to_middle(v, p25, p75, direction) for v in value.tolist()])
    space_names = dict(zip(index.spaces["id"], index.spaces["name"], strict=True))
    quartier = set(
        bundle.space_units.loc[bundle.space_units.relation == QUARTIER, "unit_code"].astype(str)
    )
    table = pd.DataFrame(
        {
            "code": codes,
            "name": units["name"],
            "stadtbezirk": units["stadtbezirk"],
            "space_id": units["space_id"],
            "space_name": [space_names.get(s) for s in units["space_id"]],
            "type": units["type"],
            "quartier": [c in quartier for c in codes],
            "membership_confidence": units["membership_confidence"],
            "value": value,
            "rank": rank,
            **interval,
            "always_top": ~np.isnan(rank) & (interval["max"] <= top_n),
            "relation": relation,
            "shared_with": _shared(bundle, indicators, edition),
        }
    )
    table["category"] = _categories(table, top_n)
    return CoverageResult(
        basis=basis,
        edition=edition,
        top_n=top_n,
        spec=spec,
        units=table,
        p25=p25,
        p75=p75,
        n_ranked=int(np.count_nonzero(~np.isnan(rank))),
        draws=draws,
        seed=seed,
    )


def _index_relation(value: np.ndarray, p25: float, p75: float, count: bool) -> np.ndarray:
    """``similar``/``better``/``worse``/``no_data`` of index scores. Quartiles: similar in
    [p25, p75], better below. A count index (share of indicators worse than the city) has so
    few distinct scores that its quartiles say little: similar when at most half of the
    indicators are worse than the city (:data:`COUNT_CLOSE`), better when none is."""
    lo, hi = (0.0, COUNT_CLOSE) if count else (p25, p75)
    out = np.where(value <= hi, "similar", "worse")
    out = np.where((value < lo) | (count & (value <= lo)), "better", out)
    return np.where(np.isnan(value), "no_data", out)


def _quartiles(values: np.ndarray) -> tuple[float, float]:
    """25th and 75th percentile (linear) over the units with a value."""
    ok = values[~np.isnan(values)]
    if ok.size == 0:
        return float("nan"), float("nan")
    lo, hi = np.percentile(ok, [25, 75])
    return float(lo), float(hi)


def _shared(bundle: Bundle, indicators: tuple[str, ...], edition: str) -> list[str | None]:
    """Per unit the codes it shares a published value with (``same_as:`` notes of any of the
    indicators), comma-separated, or None."""
    return [", ".join(sorted(s)) if s else None for s in shared_with(bundle, indicators, edition)]


def _categories(table: pd.DataFrame, top_n: int) -> np.ndarray:
    ranked = table["rank"].notna().to_numpy()
    top = ranked & (table["rank"].to_numpy() <= top_n)
    member = (table.type != OUTSIDE).to_numpy()
    close = member & table.relation.isin(CLOSE).to_numpy()
    return np.select(
        [top & ~member, top & member, close, ~ranked & np.isnan(table.value.to_numpy())],
        ["outside_top", "inside_top", "close", "no_data"],
        default="other",
    )


def _fmt(value, digits: int) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return str(int(value)) if digits == 0 else f"{float(value):.{digits}f}"


CSV_COLUMNS = (
    "list",
    "code",
    "name",
    "stadtbezirk",
    "space_id",
    "space_name",
    "contains_quartier",
    "membership_confidence",
    "value",
    "rank",
    "p5_rank",
    "p95_rank",
    "min_rank",
    "max_rank",
    "always_in_top",
    "relation_to_city",
    "shared_value_with",
)


def coverage_rows(result: CoverageResult) -> list[list[str]]:
    """Both lists as rows of strings (header first): ``high_need_outside`` then
    ``member_close_to_city``; machine-readable numbers (point as decimal sign)."""
    rows = [list(CSV_COLUMNS)]
    for name, frame in (
        ("high_need_outside", result.outside),
        ("member_close_to_city", result.close),
    ):
        for r in frame.itertuples(index=False):
            rows.append(
                [
                    name,
                    r.code,
                    r.name,
                    r.stadtbezirk,
                    r.space_id if isinstance(r.space_id, str) else "",
                    r.space_name or "",
                    "yes" if r.quartier else "no",
                    r.membership_confidence if isinstance(r.membership_confidence, str) else "",
                    _fmt(r.value, 6 if result.basis == INDEX else 3),
                    _fmt(r.rank, 0),
                    _fmt(r.p5, 1),
                    _fmt(r.p95, 1),
                    _fmt(r.min, 0),
                    _fmt(r.max, 0),
                    "yes" if r.always_top else "no",
                    r.relation,
                    r.shared_with or "",
                ]
            )
    return rows


def coverage_csv(result: CoverageResult, comments: tuple[str, ...] = ()) -> str:
    """The CSV of both lists, with ``# `` comment lines first (basis, edition, rule)."""
    buf = io.StringIO()
    head = [
        f"basis: {result.basis}",
        f"edition: {result.edition}",
        f"top_n: {result.top_n}",
    ]
    if result.spec is not None:
        s = result.spec
        head += [
            f"indicators: {','.join(s.indicators)}",
            f"weights: {','.join(f'{w:g}' for w in s.weights)}",
            f"normalise: {s.normalise}",
            f"stability: {result.draws} draws, seed {result.seed}",
        ]
    for c in (*head, *comments):
        buf.write(f"# {c}\n")
    rows = coverage_rows(result)
    pd.DataFrame(rows[1:], columns=rows[0]).to_csv(buf, index=False, lineterminator="\n")
    return buf.getvalue()
