"""Area math shared by every view: values per area, change between editions, filters, ranks.

Pure numpy/pandas over a :class:`Bundle`. An *area* is a unit (level ``units``) or a current
space (level ``spaces``); every function returns plain arrays in a fixed area order (the
order of ``bundle.units`` or of ``bundle.current_spaces``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from ..memo import per_bundle
from .bundle import Bundle
from .views import Reference, catalogue_entry, city_reference, space_values, value_index

LEVELS = ("spaces", "units")
OUTSIDE = "outside"
"""The type of a unit that lies in none of the 15 spaces."""
AREA_TYPES = ("Aktionsraum", "Aktionsquartier", OUTSIDE)
CHANGE = "change"
"""The pseudo-edition "newer minus older edition"."""


@dataclass(frozen=True)
class AreaFilter:
    """Which areas to include; an empty tuple means "all"."""

    districts: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    confidence: tuple[str, ...] = ()
    """Membership confidences of spaces to include (units outside the spaces always pass)."""


def editions_by_date(bundle: Bundle) -> list[str]:
    """Every edition of the catalogue, oldest first (imports can add editions)."""
    return list(_editions_by_date(bundle, None))


@per_bundle(maxsize=4)
def _editions_by_date(bundle: Bundle, _key) -> tuple[str, ...]:
    cat = bundle.catalogue.drop_duplicates("edition")
    return tuple(cat.sort_values(["reference_date", "edition"]).edition)


def indicator_editions(bundle: Bundle, indicator: str) -> list[str]:
    """The editions of one indicator, oldest first."""
    eds = set(value_index(bundle).editions.get(indicator, []))
    return [e for e in editions_by_date(bundle) if e in eds]


def latest_edition(bundle: Bundle, indicator: str) -> str | None:
    """The newest edition that is not broken in the source (else the newest at all)."""
    eds = indicator_editions(bundle, indicator)
    usable = [e for e in eds if catalogue_entry(bundle, indicator, e).status == "ok"]
    return (usable or eds or [None])[-1]


def change_editions(bundle: Bundle, indicator: str) -> tuple[str, str] | None:
    """(older, newer) edition of a change view, or None when no change can be shown.

    A change needs the two newest usable editions, both marked comparable in the catalogue.
    """
    eds = [
        e
        for e in indicator_editions(bundle, indicator)
        if catalogue_entry(bundle, indicator, e).status == "ok"
    ]
    if len(eds) < 2:
        return None
    old, new = eds[-2], eds[-1]
    rows = [catalogue_entry(bundle, indicator, e) for e in (old, new)]
    if not all(bool(r.comparable_across_editions) for r in rows):
        return None
    return old, new


def change_available(bundle: Bundle, indicator: str) -> bool:
    return change_editions(bundle, indicator) is not None


def _level_arrays(bundle: Bundle, indicator: str, edition: str, level: str) -> dict:
    """:func:`_build_level_arrays`, built once per bundle and key (every view state, profile
    and index asks for the same few dozen); each caller gets its own copies of the arrays."""
    cached = _cached_level_arrays(bundle, (indicator, edition, level))
    return {k: v.copy() if isinstance(v, np.ndarray) else v for k, v in cached.items()}


@per_bundle(maxsize=512)
def _cached_level_arrays(bundle: Bundle, key: tuple[str, str, str]) -> dict:
    return _build_level_arrays(bundle, *key)


def _build_level_arrays(bundle: Bundle, indicator: str, edition: str, level: str) -> dict:
    """Per area: id, name, stadtbezirk, type, membership, value, missing reason, note,
    min/max of the member units, aggregation method and unit count."""
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
    spaces = space_values(bundle, indicator, edition)
    missing = spaces.value.isna().to_numpy()
    entry = catalogue_entry(bundle, indicator, edition)
    reason = (
        "broken_in_source"
        if entry is not None and entry.status == "broken_in_source"
        else "no_member_values"
    )
    shared = spaces["n_shared"].to_numpy() if "n_shared" in spaces else np.zeros(len(spaces))
    return {
        **index.spaces,
        "space_id": index.spaces["id"],
        "value": spaces.value.to_numpy(),
        "min": spaces["min"].to_numpy(),
        "max": spaces["max"].to_numpy(),
        "missing_reason": np.where(missing, reason, None).astype(object),
        "note": np.where(shared > 0, "members_shared", None).astype(object),
        "method": spaces.method.to_numpy(dtype=object),
    }


def area_arrays(bundle: Bundle, indicator: str, edition: str, level: str) -> dict:
    """:func:`_level_arrays` of one edition, or of the change between two editions."""
    if edition != CHANGE:
        return _level_arrays(bundle, indicator, edition, level)
    pair = change_editions(bundle, indicator)
    if pair is None:
        raise ValueError(f"no change can be shown for {indicator}")
    old_ed, new_ed = pair
    old = _level_arrays(bundle, indicator, old_ed, level)
    new = _level_arrays(bundle, indicator, new_ed, level)
    reason = np.full(len(new["value"]), None, dtype=object)
    reason[np.isnan(old["value"])] = "missing_old"
    reason[np.isnan(new["value"])] = "missing_new"
    reason[
        (old["missing_reason"] == "broken_in_source")
        | (new["missing_reason"] == "broken_in_source")
    ] = "broken_in_source"
    lo, hi = _member_change_range(bundle, indicator, old_ed, new_ed, new["id"], level)
    return {
        **new,
        "value": new["value"] - old["value"],
        "old_value": old["value"],
        "new_value": new["value"],
        "min": lo,
        "max": hi,
        "missing_reason": reason,
        "note": np.where(pd.isna(new["note"]), old["note"], new["note"]),
    }


def _member_change_range(bundle, indicator, old_ed, new_ed, area_ids_, level):
    """Per space: the smallest and largest change among its member units (NaN for units)."""
    n = len(area_ids_)
    lo, hi = np.full(n, np.nan), np.full(n, np.nan)
    if level != "spaces":
        return lo, hi
    index = value_index(bundle)
    change = index.column(indicator, new_ed)[0] - index.column(indicator, old_ed)[0]
    for i, space_id in enumerate(area_ids_):
        member = change[index.members[space_id]]
        member = member[~np.isnan(member)]
        if member.size:
            lo[i], hi[i] = member.min(), member.max()
    return lo, hi


def area_table(bundle: Bundle, indicator: str, edition: str, level: str) -> pd.DataFrame:
    """One row per area with its value (in change mode: newer minus older edition)."""
    return pd.DataFrame(area_arrays(bundle, indicator, edition, level))


def include_mask(areas, area_filter: AreaFilter) -> np.ndarray:
    """True for areas that pass the Stadtbezirk, type and membership filters."""
    n = len(areas["id"])
    mask = np.ones(n, dtype=bool)
    if area_filter.districts:
        mask &= np.isin(areas["stadtbezirk"], area_filter.districts)
    if area_filter.types:
        mask &= np.isin(areas["type"], area_filter.types)
    if area_filter.confidence:
        inside = areas["type"] != OUTSIDE
        mask &= ~inside | np.isin(areas["membership_confidence"], area_filter.confidence)
    return mask


def rank_areas(values: pd.Series, direction: int) -> pd.Series:
    """Rank 1 = most need (highest value, or lowest when lower means need); NaN stays NaN.

    Context indicators (direction 0) rank from the highest value."""
    return values.rank(method="min", ascending=direction < 0)


def reference_for(bundle: Bundle, indicator: str, edition: str) -> Reference:
    """The city reference of an edition, or of the change between two editions."""
    if edition != CHANGE:
        return city_reference(bundle, indicator, edition)
    old_ed, new_ed = change_editions(bundle, indicator)
    old = city_reference(bundle, indicator, old_ed)
    new = city_reference(bundle, indicator, new_ed)
    value = None if old.value is None or new.value is None else new.value - old.value
    return replace(
        new,
        value=value,
        method_de=f"Differenz der Stadtwerte beider Ausgaben. {new.method_de}",
        method_en=f"Difference of the two editions' city values. {new.method_en}",
    )


def area_ids(bundle: Bundle, level: str) -> np.ndarray:
    index = value_index(bundle)
    return index.spaces["id"] if level == "spaces" else index.units["id"]


def space_of_unit(bundle: Bundle, code: str) -> str | None:
    """The current space a unit belongs to (or whose Aktionsquartier lies in it), if any."""
    index = value_index(bundle)
    pos = index.position.get(code)
    if pos is None:
        return None
    space = index.units["space_id"][pos]
    return space if isinstance(space, str) else None


def member_units(bundle: Bundle, space_id: str) -> list[str]:
    index = value_index(bundle)
    members = index.members.get(space_id)
    return [] if members is None else list(index.codes[members])


def relation_to_middle(value, p25, p75, direction: int, missing: str = "no_data") -> str:
    """Where a value stands against the middle 50 % of the units: ``similar`` inside
    [p25, p75] (bounds included), else ``worse``/``better`` by the indicator's direction, or
    ``higher``/``lower`` for context indicators (direction 0); ``missing`` when the value or
    a quartile is missing. The one rule of the profile's spine chart and the matrix."""
    if any(x is None or (isinstance(x, float) and math.isnan(x)) for x in (value, p25, p75)):
        return missing
    if p25 <= value <= p75:
        return "similar"
    high = value > p75
    if direction == 0:
        return "higher" if high else "lower"
    return "worse" if high == (direction > 0) else "better"
