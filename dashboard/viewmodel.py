"""One table per view: every area's value, filter, rank, class and colour (pure; no Dash).

Map, legend, ranking chart, table and CSV are all built from the same :class:`ViewModel`,
so they can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .data.bundle import Bundle
from .data.classify import (
    Classification,
    assign_classes,
    class_breaks,
    class_colors,
    diverging_breaks,
)
from .data.views import Reference, catalogue_entry, city_reference, space_values, unit_values
from .memo import per_bundle
from .viewstate import CHANGE, ViewState, change_available

EXCLUDED = "#f7f7f7"
"""Fill of areas that the filters exclude (greyed out, still visible)."""
OUTSIDE_SPACES = "outside"
CHANGE_FROM, CHANGE_TO = "atlas2019", "atlas2024"


@dataclass(frozen=True, eq=False)
class ViewModel:
    state: ViewState
    entry: pd.Series
    """Catalogue row of the shown edition (in change mode: the newer edition)."""
    areas: pd.DataFrame
    """One row per area: id, name, stadtbezirk, type, membership_confidence, value,
    missing_reason, note, min, max, method, n_units, included, rank, cls, color."""
    classification: Classification | None
    reference: Reference
    unit_fill: dict[str, str]
    """Colour per unit code for the map (at the space level: the colour of its space)."""
    bundle: Bundle

    @property
    def shown(self) -> pd.DataFrame:
        """Areas that pass the filters, ranked (most need first), missing values last."""
        shown = self.areas[self.areas.included]
        return shown.sort_values(["rank", "name"], na_position="last")

    @property
    def is_change(self) -> bool:
        return self.state.edition == CHANGE

    @property
    def unit(self) -> str:
        """The unit of the shown numbers: a change of a percentage is in percentage points."""
        if self.is_change and self.entry.unit == "percent":
            return "pp"
        return self.entry.unit

    @property
    def direction(self) -> int:
        return int(self.entry.direction)


def _unit_areas(bundle: Bundle, indicator: str, edition: str) -> pd.DataFrame:
    units = unit_values(bundle, indicator, edition)
    spaces = bundle.current_spaces.set_index("space_id")
    units["id"] = units.code
    units["type"] = units.space_id.map(spaces.type).fillna(OUTSIDE_SPACES)
    units["membership_confidence"] = units.space_id.map(spaces.membership_confidence)
    units["space_name"] = units.space_id.map(spaces.name)
    units[["min", "max", "method"]] = [np.nan, np.nan, "unit"]
    units["n_units"] = 1
    return units


def _space_areas(bundle: Bundle, indicator: str, edition: str) -> pd.DataFrame:
    spaces = space_values(bundle, indicator, edition)
    spaces["id"] = spaces.space_id
    spaces["missing_reason"] = np.where(spaces.value.isna(), "no_member_values", None)
    broken = catalogue_entry(bundle, indicator, edition)
    if broken is not None and broken.status == "broken_in_source":
        spaces.loc[spaces.value.isna(), "missing_reason"] = "broken_in_source"
    spaces["note"] = None
    spaces["space_name"] = spaces.name
    return spaces


def area_table(bundle: Bundle, indicator: str, edition: str, level: str) -> pd.DataFrame:
    build = _space_areas if level == "spaces" else _unit_areas
    if edition != CHANGE:
        return build(bundle, indicator, edition)
    old = build(bundle, indicator, CHANGE_FROM).set_index("id")
    new = build(bundle, indicator, CHANGE_TO).set_index("id")
    out = new.copy()
    out["value"] = new.value - old.value
    out["min"], out["max"] = np.nan, np.nan
    reason = pd.Series(None, index=out.index, dtype=object)
    reason[old.value.isna()] = "missing_" + CHANGE_FROM
    reason[new.value.isna()] = "missing_" + CHANGE_TO
    reason[
        old.missing_reason.eq("broken_in_source") | new.missing_reason.eq("broken_in_source")
    ] = "broken_in_source"
    out["missing_reason"] = reason
    out["note"] = new.note.where(new.note.notna(), old.note)
    return out.reset_index()


def include_mask(areas: pd.DataFrame, state: ViewState) -> pd.Series:
    """True for areas that pass the Stadtbezirk, type and membership filters."""
    mask = pd.Series(True, index=areas.index)
    if state.districts:
        mask &= areas.stadtbezirk.isin(state.districts)
    if state.types:
        mask &= areas.type.isin(state.types)
    if state.confidence:
        inside = areas.type != OUTSIDE_SPACES
        mask &= ~inside | areas.membership_confidence.isin(state.confidence)
    return mask


def rank_areas(values: pd.Series, direction: int) -> pd.Series:
    """Rank 1 = most need (highest value, or lowest when lower means need); NaN stays NaN."""
    ascending = direction < 0
    return values.rank(method="min", ascending=ascending)


@per_bundle(maxsize=128)
def view_model(bundle: Bundle, state: ViewState) -> ViewModel:
    """:func:`build_view_model`, cached: one state change feeds several callbacks."""
    return build_view_model(bundle, state)


def build_view_model(bundle: Bundle, state: ViewState) -> ViewModel:
    edition = CHANGE_TO if state.edition == CHANGE else state.edition
    entry = catalogue_entry(bundle, state.indicator, edition)
    areas = area_table(bundle, state.indicator, state.edition, state.level)
    areas["included"] = include_mask(areas, state)
    direction = int(entry.direction)
    shown_values = areas.value.where(areas.included)
    areas["rank"] = rank_areas(shown_values, direction)
    if state.edition == CHANGE:
        classification = diverging_breaks(shown_values, state.k, direction, state.method)
    else:
        reference = city_reference(bundle, state.indicator, edition).value
        classification = class_breaks(
            shown_values,
            state.method,
            state.k,
            direction,
            manual=list(state.breaks) or None,
            reference=reference,
        )
    areas["cls"] = assign_classes(shown_values, classification)
    areas["color"] = class_colors(shown_values, classification)
    areas.loc[~areas.included, "color"] = EXCLUDED
    reference = _reference(bundle, state)
    return ViewModel(
        state,
        entry,
        areas,
        classification,
        reference,
        _unit_fill(bundle, areas, state.level),
        bundle,
    )


def _reference(bundle: Bundle, state: ViewState) -> Reference:
    if state.edition != CHANGE:
        return city_reference(bundle, state.indicator, state.edition)
    old = city_reference(bundle, state.indicator, CHANGE_FROM)
    new = city_reference(bundle, state.indicator, CHANGE_TO)
    value = None if old.value is None or new.value is None else new.value - old.value
    return Reference(value, new.kind, f"{new.source}; change {CHANGE_FROM} → {CHANGE_TO}")


def _unit_fill(bundle: Bundle, areas: pd.DataFrame, level: str) -> dict[str, str]:
    if level != "spaces":
        return dict(zip(areas.id, areas.color, strict=True))
    color_of = dict(zip(areas.id, areas.color, strict=True))
    members = bundle.space_units[bundle.space_units.space_id.isin(color_of)]
    fill = dict.fromkeys(bundle.units.code, EXCLUDED)
    fill.update({r.unit_code: color_of[r.space_id] for r in members.itertuples(index=False)})
    return fill


def profile(bundle: Bundle, state: ViewState) -> pd.DataFrame:
    """The selected area's values for every indicator of the current Handlungsfeld.

    Columns: indicator_id, label_de, label_en, unit, direction, value, reference,
    reference_kind, edition; empty when nothing is selected.
    """
    if not state.selected:
        return pd.DataFrame()
    cat = bundle.catalogue
    field_of = cat.drop_duplicates("indicator_id").set_index("indicator_id").handlungsfeld
    hf = field_of[state.indicator]
    rows = []
    for ind in field_of[field_of == hf].index:
        editions = set(cat.loc[cat.indicator_id == ind, "edition"])
        edition = state.edition if state.edition in editions else None
        if state.edition == CHANGE:
            edition = CHANGE if _has_change(bundle, ind) else None
        if edition is None:
            edition = max(editions)
        sub = ViewState(ind, edition, state.level, selected=state.selected, lang=state.lang)
        areas = area_table(bundle, ind, edition, state.level).set_index("id")
        if state.selected not in areas.index:
            continue
        entry = catalogue_entry(bundle, ind, CHANGE_TO if edition == CHANGE else edition)
        ref = _reference(bundle, sub)
        rows.append(
            {
                "indicator_id": ind,
                "label_de": entry.label_de,
                "label_en": entry.label_en,
                "unit": "pp" if edition == CHANGE and entry.unit == "percent" else entry.unit,
                "direction": int(entry.direction),
                "value": areas.at[state.selected, "value"],
                "reference": ref.value,
                "reference_kind": ref.kind,
                "edition": edition,
                "missing_reason": areas.at[state.selected, "missing_reason"],
            }
        )
    return pd.DataFrame(rows)


def _has_change(bundle: Bundle, indicator: str) -> bool:
    return change_available(bundle, indicator)
