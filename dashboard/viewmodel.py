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
from .data.views import Reference, catalogue_entry, city_reference, space_values, value_index
from .memo import per_bundle
from .viewstate import CHANGE, ViewState, change_available

EXCLUDED = "#ffffff"
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
    unit_status: dict[str, str]
    """Per unit code: ``colour`` (shown with a value), ``no_data`` or ``pale`` (filtered out,
    or outside the 15 spaces on the space level)."""
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


def _level_arrays(bundle: Bundle, indicator: str, edition: str, level: str) -> dict:
    """Per area (unit or current space): the columns of the area table, as arrays."""
    index = value_index(bundle)
    values, reasons, notes = index.column(indicator, edition)
    if level != "spaces":
        n = len(values)
        return {
            **index.units,
            "value": values.copy(),
            "missing_reason": reasons,
            "note": notes,
            "min": np.full(n, np.nan),
            "max": np.full(n, np.nan),
            "method": np.full(n, "unit", dtype=object),
            "n_units": np.ones(n, dtype=int),
        }
    # the one aggregation of the data layer (unweighted: no population per unit is known)
    spaces = space_values(bundle, indicator, edition)
    missing = spaces.value.isna().to_numpy()
    entry = catalogue_entry(bundle, indicator, edition)
    reason = (
        "broken_in_source"
        if entry is not None and entry.status == "broken_in_source"
        else "no_member_values"
    )
    return {
        **index.spaces,
        "space_id": index.spaces["id"],
        "value": spaces.value.to_numpy(),
        "min": spaces["min"].to_numpy(),
        "max": spaces["max"].to_numpy(),
        "missing_reason": np.where(missing, reason, None).astype(object),
        "note": np.full(len(spaces), None, dtype=object),
        "method": spaces.method.to_numpy(dtype=object),
    }


def area_table(bundle: Bundle, indicator: str, edition: str, level: str) -> pd.DataFrame:
    """One row per area with its value (in change mode: newer minus older edition)."""
    return pd.DataFrame(_area_arrays(bundle, indicator, edition, level))


def _area_arrays(bundle: Bundle, indicator: str, edition: str, level: str) -> dict:
    if edition != CHANGE:
        return _level_arrays(bundle, indicator, edition, level)
    old = _level_arrays(bundle, indicator, CHANGE_FROM, level)
    new = _level_arrays(bundle, indicator, CHANGE_TO, level)
    reason = np.full(len(new["value"]), None, dtype=object)
    reason[np.isnan(old["value"])] = "missing_" + CHANGE_FROM
    reason[np.isnan(new["value"])] = "missing_" + CHANGE_TO
    reason[
        (old["missing_reason"] == "broken_in_source")
        | (new["missing_reason"] == "broken_in_source")
    ] = "broken_in_source"
    n = len(reason)
    return {
        **new,
        "value": new["value"] - old["value"],
        "min": np.full(n, np.nan),
        "max": np.full(n, np.nan),
        "missing_reason": reason,
        "note": np.where(pd.isna(new["note"]), old["note"], new["note"]),
    }


def include_mask(areas, state: ViewState) -> np.ndarray:
    """True for areas that pass the Stadtbezirk, type and membership filters."""
    n = len(areas["id"])
    mask = np.ones(n, dtype=bool)
    if state.districts:
        mask &= np.isin(areas["stadtbezirk"], state.districts)
    if state.types:
        mask &= np.isin(areas["type"], state.types)
    if state.confidence:
        inside = areas["type"] != OUTSIDE_SPACES
        mask &= ~inside | np.isin(areas["membership_confidence"], state.confidence)
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
    arrays = _area_arrays(bundle, state.indicator, state.edition, state.level)
    included = include_mask(arrays, state)
    direction = int(entry.direction)
    shown = pd.Series(np.where(included, arrays["value"], np.nan))
    if state.edition == CHANGE:
        classification = diverging_breaks(shown, state.k, direction, state.method)
    else:
        reference = city_reference(bundle, state.indicator, edition).value
        classification = class_breaks(
            shown,
            state.method,
            state.k,
            direction,
            manual=list(state.breaks) or None,
            reference=reference,
        )
    colors = class_colors(shown, classification).to_numpy(dtype=object)
    colors[~included] = EXCLUDED
    areas = pd.DataFrame(
        {
            **arrays,
            "included": included,
            "rank": rank_areas(shown, direction).to_numpy(),
            "cls": assign_classes(shown, classification).to_numpy(),
            "color": colors,
        }
    )
    # per area, then per unit: coloured, no data or pale (filtered out / outside the spaces),
    # decided by the data and never by comparing colours (a palette may hold white classes)
    has_value = ~np.isnan(arrays["value"])
    status = np.where(~included, "pale", np.where(has_value, "colour", "no_data"))
    fill = dict(zip(arrays["id"], colors, strict=True))
    unit_status = dict(zip(arrays["id"], status.tolist(), strict=True))
    if state.level == "spaces":
        index = value_index(bundle)
        space_status = unit_status
        fill = dict.fromkeys(index.codes, EXCLUDED)
        unit_status = dict.fromkeys(index.codes, "pale")
        for space_id, color in zip(arrays["id"], colors, strict=True):
            codes = index.codes[index.members[space_id]]
            fill.update(dict.fromkeys(codes, color))
            unit_status.update(dict.fromkeys(codes, space_status[space_id]))
    return ViewModel(
        state, entry, areas, classification, _reference(bundle, state), fill, unit_status, bundle
    )


def _reference(bundle: Bundle, state: ViewState) -> Reference:
    if state.edition != CHANGE:
        return city_reference(bundle, state.indicator, state.edition)
    old = city_reference(bundle, state.indicator, CHANGE_FROM)
    new = city_reference(bundle, state.indicator, CHANGE_TO)
    value = None if old.value is None or new.value is None else new.value - old.value
    return Reference(value, new.kind, f"{new.source}; change {CHANGE_FROM} → {CHANGE_TO}")


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
            edition = CHANGE if change_available(bundle, ind) else None
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
