"""The coverage view's model (``/kulisse``): the two lists of :mod:`analysis.coverage` for a
state, as table rows in words, the map's hideout and the legend (pure, cached per bundle).

Map, legend, tables and CSV read only this model, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..analysis.coverage import INDEX, CoverageResult, coverage_check
from ..analysis.index import IndexSpec, preset_spec
from ..analysis.stability import rank_stability
from ..data.areas import OUTSIDE
from ..data.bundle import Bundle
from ..data.views import catalogue_entry
from ..i18n import format_number, pick, t, unit_suffix
from ..memo import per_bundle
from ..state.coverage import CoverageState

COLOURS = {
    "outside_top": "#b2182b",
    "inside_top": "#f4a582",
    "close": "#2166ac",
    "other": "#f0f0f0",
    "no_data": "#d9d9d9",
}
"""Map fills per category (RdBu ends: colour-blind safe); "other" stays pale."""


@dataclass(frozen=True)
class CoverageModel:
    state: CoverageState
    result: CoverageResult
    spec: IndexSpec | None
    entries: tuple[pd.Series, ...]
    """The catalogue rows of the indicators used (source, reference date, confidence)."""
    settings: int
    """Settings tried in the rank stability (0 for an indicator)."""

    @property
    def is_index(self) -> bool:
        return self.result.basis == INDEX

    @property
    def unit(self) -> str | None:
        return None if self.is_index else self.entries[0].unit


def coverage_model(bundle: Bundle, state: CoverageState) -> CoverageModel:
    return _model(bundle, state)


@per_bundle(maxsize=32)
def _model(bundle: Bundle, state: CoverageState) -> CoverageModel:
    spec = preset_spec(bundle, state.preset, state.edition, "units")
    if state.basis == INDEX:
        result = coverage_check(bundle, INDEX, spec, state.top_n)
        indicators = spec.indicators
        settings = rank_stability(bundle, spec, result.draws, result.seed).n_settings
    else:
        result = coverage_check(bundle, state.basis, None, state.top_n, state.edition)
        indicators, spec, settings = (state.basis,), None, 0
    entries = tuple(catalogue_entry(bundle, i, state.edition) for i in indicators)
    return CoverageModel(state, result, spec, entries, settings)


def basis_label(model: CoverageModel) -> str:
    lang = model.state.lang
    if model.is_index:
        return f"{t('cov_basis_index', lang).split(' (')[0]}: " + t(
            f"cov_preset_{model.state.preset}", lang
        )
    return pick(model.entries[0], "label", lang)


def value_text(model: CoverageModel, value) -> str:
    lang = model.state.lang
    if model.is_index:
        return format_number(value, lang, 2)
    number = format_number(value, lang, 1)
    return number if number == "–" else number + unit_suffix(model.unit, lang)


def _int(value) -> str:
    return str(int(value))


def rank_text(model: CoverageModel, row) -> str:
    lang = model.state.lang
    if pd.isna(row.rank):
        return "–"
    if not model.is_index:
        return t("cov_rank_point", lang).format(rank=_int(row.rank))
    lo, hi = format_number(row.p5, lang, 0), format_number(row.p95, lang, 0)
    return t("cov_rank_text", lang).format(rank=_int(row.rank), lo=lo, hi=hi)


def span_text(row) -> str:
    return "–" if pd.isna(row.min) else f"{_int(row.min)}–{_int(row.max)}"


def note_text(model: CoverageModel, row) -> str:
    lang = model.state.lang
    parts = []
    if row.quartier:
        parts.append(t("cov_quartier_note", lang))
    if isinstance(row.shared_with, str):
        parts.append(t("note_same_as", lang).format(codes=row.shared_with))
    return "; ".join(parts)


def _membership(confidence, lang: str) -> str:
    if not isinstance(confidence, str):
        return "–"
    return t(f"conf_{confidence}_short", lang)


def outside_rows(model: CoverageModel) -> list[dict]:
    """The table of high need outside, in words (most need first)."""
    lang = model.state.lang
    return [
        {
            "unit": f"{r.name} ({r.code})",
            "district": r.stadtbezirk,
            "value": value_text(model, r.value),
            "rank": rank_text(model, r),
            "span": span_text(r),
            "always": t("cov_yes" if r.always_top else "cov_no", lang),
            "note": note_text(model, r),
        }
        for r in model.result.outside.itertuples(index=False)
    ]


def close_rows(model: CoverageModel) -> list[dict]:
    """The table of members close to the city, in words (by space, then rank)."""
    lang = model.state.lang
    return [
        {
            "space": r.space_name,
            "unit": f"{r.name} ({r.code})",
            "membership": _membership(r.membership_confidence, lang),
            "value": value_text(model, r.value),
            "rank": rank_text(model, r),
            "span": span_text(r),
            "relation": t(f"cov_rel_{r.relation}", lang),
            "note": note_text(model, r),
        }
        for r in model.result.close.itertuples(index=False)
    ]


def legend_rows(model: CoverageModel) -> list[tuple[str, str, str, int]]:
    """(category, colour, label, count) per map category."""
    lang = model.state.lang
    counts = model.result.units.category.value_counts()
    n = model.result.top_n
    return [
        (cat, colour, t(f"cov_cat_{cat}", lang).format(n=n), int(counts.get(cat, 0)))
        for cat, colour in COLOURS.items()
    ]


def map_hideout(model: CoverageModel) -> dict:
    """Per unit its fill and tooltip lines (``assets/coverage.js`` looks them up)."""
    lang = model.state.lang
    units = model.result.units
    labels = {cat: label for cat, _, label, _ in legend_rows(model)}
    tips = {}
    for r in units.itertuples(index=False):
        where = (
            t("cov_tip_outside", lang)
            if r.type == OUTSIDE
            else t("cov_tip_in_space", lang).format(space=r.space_name)
        )
        lines = [f"{r.name} ({r.code})", where, labels[r.category]]
        if not pd.isna(r.rank):
            lines.append(f"{rank_text(model, r)} · {value_text(model, r.value)}")
        note = note_text(model, r)
        if note:
            lines.append(note)
        tips[r.code] = lines
    return {
        "colors": {r.code: COLOURS[r.category] for r in units.itertuples(index=False)},
        "strong": [c for c, cat in zip(units.code, units.category, strict=True) if cat != "other"],
        "missing": [
            c for c, cat in zip(units.code, units.category, strict=True) if cat == "no_data"
        ],
        "tips": tips,
    }
