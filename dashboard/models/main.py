"""The main view's model: every area's value, filter, rank, class and colour (pure; no Dash).

Map, legend, ranking chart, table and CSV are all built from the same :class:`MainModel`,
so they can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from ..data.areas import (
    CHANGE,
    OUTSIDE,
    area_arrays,
    area_table,
    change_editions,
    include_mask,
    latest_edition,
    rank_areas,
    reference_for,
)
from ..data.bundle import Bundle
from ..data.classify import (
    Classification,
    assign_classes,
    class_breaks,
    class_colors,
    diverging_breaks,
)
from ..data.views import Reference, catalogue_entry, value_index
from ..memo import per_bundle
from ..state.main import MainState

EXCLUDED = "#ffffff"
"""Fill of areas that the filters exclude (greyed out, still visible)."""


@dataclass(frozen=True, eq=False)
class MainModel:
    state: MainState
    entry: pd.Series
    """Catalogue row of the shown edition (in change mode: the newer edition)."""
    older: pd.Series | None
    """In change mode: the catalogue row of the older edition."""
    areas: pd.DataFrame
    """One row per area: id, name, stadtbezirk, type, membership_confidence, value,
    missing_reason, note, min, max, method, n_units, included, rank, cls, color (and in
    change mode old_value, new_value)."""
    classification: Classification | None
    reference: Reference
    unit_fill: dict[str, str]
    """Colour per unit code for the map (at the space level: the colour of its space)."""
    unit_status: dict[str, str]
    """Per unit code: ``colour`` (shown with a value), ``no_data`` or ``pale`` (filtered out,
    or outside the 15 spaces on the space level)."""
    bundle: Bundle

    @cached_property
    def shown(self) -> pd.DataFrame:
        """Areas that pass the filters, ranked (most need first), missing values last
        (computed once per model; read it, do not modify it)."""
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

    @property
    def n_ranked(self) -> int:
        return int(self.shown["rank"].notna().sum())

    @property
    def empty_reason(self) -> str | None:
        """Why nothing can be ranked (an i18n suffix), or None when something can."""
        if self.n_ranked:
            return None
        if self.entry.status == "broken_in_source":
            return "broken"
        if self.state.level == "spaces" and set(self.state.types) == {OUTSIDE}:
            return "outside_spaces"
        if not self.areas.included.any():
            return "filtered"
        return "no_values"

    @property
    def ranking_order(self) -> str:
        """What rank 1 means: ``need``, ``need_change``, ``high`` or ``high_change``."""
        base = "need" if self.direction else "high"
        return f"{base}_change" if self.is_change else base


@per_bundle(maxsize=128)
def main_model(bundle: Bundle, state: MainState) -> MainModel:
    """:func:`build_main_model`, cached: one state change feeds several callbacks."""
    return build_main_model(bundle, state)


def build_main_model(bundle: Bundle, state: MainState) -> MainModel:
    older = None
    if state.edition == CHANGE:
        old_ed, edition = change_editions(bundle, state.indicator)
        older = catalogue_entry(bundle, state.indicator, old_ed)
    else:
        edition = state.edition or latest_edition(bundle, state.indicator)
    entry = catalogue_entry(bundle, state.indicator, edition)
    arrays = area_arrays(bundle, state.indicator, state.edition or edition, state.level)
    included = include_mask(arrays, state.area_filter)
    direction = int(entry.direction)
    shown = pd.Series(np.where(included, arrays["value"], np.nan))
    reference = reference_for(bundle, state.indicator, state.edition or edition)
    if state.edition == CHANGE:
        classification = diverging_breaks(shown, state.k, direction, state.method)
    else:
        classification = class_breaks(
            shown,
            state.method,
            state.k,
            direction,
            manual=list(state.breaks) or None,
            reference=reference.value,
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
    fill, status = _unit_colours(bundle, state, arrays, included, colors)
    return MainModel(state, entry, older, areas, classification, reference, fill, status, bundle)


def _unit_colours(bundle, state, arrays, included, colors) -> tuple[dict, dict]:
    """Per unit: colour and status (coloured, no data or pale), decided by the data and
    never by comparing colours (a palette may hold white classes)."""
    has_value = ~np.isnan(arrays["value"])
    status = np.where(~included, "pale", np.where(has_value, "colour", "no_data"))
    fill = dict(zip(arrays["id"], colors, strict=True))
    unit_status = dict(zip(arrays["id"], status.tolist(), strict=True))
    if state.level != "spaces":
        return fill, unit_status
    index = value_index(bundle)
    space_status = unit_status
    fill = dict.fromkeys(index.codes, EXCLUDED)
    unit_status = dict.fromkeys(index.codes, "pale")
    for space_id, color in zip(arrays["id"], colors, strict=True):
        codes = index.codes[index.members[space_id]]
        fill.update(dict.fromkeys(codes, color))
        unit_status.update(dict.fromkeys(codes, space_status[space_id]))
    return fill, unit_status


def selection_profile(bundle: Bundle, state: MainState) -> pd.DataFrame:
    """The selected area's values for every indicator of the current Handlungsfeld.

    Columns: indicator_id, label_de, label_en, unit, direction, value, reference,
    reference_kind, edition, missing_reason; empty when nothing is selected. A space
    selected at the unit level is profiled as a space.
    """
    if not state.selected:
        return pd.DataFrame()
    spaces = set(value_index(bundle).spaces["id"])
    level = "spaces" if state.selected in spaces else "units"
    cat = bundle.catalogue
    field_of = cat.drop_duplicates("indicator_id").set_index("indicator_id").handlungsfeld
    hf = field_of[state.indicator]
    rows = []
    for ind in field_of[field_of == hf].index:
        edition = _profile_edition(bundle, ind, state.edition)
        areas = area_table(bundle, ind, edition, level).set_index("id")
        if state.selected not in areas.index:
            continue
        entry_edition = change_editions(bundle, ind)[1] if edition == CHANGE else edition
        entry = catalogue_entry(bundle, ind, entry_edition)
        ref = reference_for(bundle, ind, edition)
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


def _profile_edition(bundle: Bundle, indicator: str, edition: str) -> str:
    """The state's edition where the indicator has it, else its latest."""
    if edition == CHANGE:
        return CHANGE if change_editions(bundle, indicator) else latest_edition(bundle, indicator)
    editions = set(value_index(bundle).editions.get(indicator, []))
    return edition if edition in editions else latest_edition(bundle, indicator)
