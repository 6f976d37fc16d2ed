"""The comparison view's model (pure): 2–4 areas side by side across the indicators of one
Handlungsfeld, and the matrix of the 15 spaces × every indicator of an edition.

The relation rule (one rule for the whole view, stated on the page and in the CSV): a value
is *clearly* different from the city when it lies outside the middle half of the unit values
of the same indicator and edition, i.e. below the 25th or above the 75th percentile of the
units that have a value. Whether that is *worse* or *better* follows the catalogue's direction
(1: higher = more need, -1: lower = more need); context indicators (direction 0) are only
*higher* or *lower*. On the percentile line itself a value counts as *similar*.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data.areas import area_table, relation_to_middle
from ..data.bundle import Bundle
from ..data.views import city_reference, unit_values, value_index
from ..i18n import has_text, pick, t
from ..memo import per_bundle
from ..state.compare import NAME, CompareState

CLASSES = ("worse", "similar", "better", "higher", "lower", "no_data")
SYMBOL = {
    "worse": "▲",
    "better": "▼",
    "higher": "△",
    "lower": "▽",
    "similar": "●",
    "no_data": "–",
}
"""A symbol per class, so that colour never carries the meaning alone."""


def quartiles(values) -> tuple[float | None, float | None]:
    """25th and 75th percentile (linear interpolation) of the values that are not missing."""
    arr = np.asarray(values, dtype=float)
    arr = arr[~np.isnan(arr)]
    if arr.size == 0:
        return None, None
    lo, hi = np.percentile(arr, [25, 75])
    return float(lo), float(hi)


def relation(value, p25, p75, direction: int) -> str:
    """The relation class of one value: worse / similar / better (higher / lower for context
    indicators), or no_data when the value or the unit quartiles are missing."""
    return relation_to_middle(value, p25, p75, direction, missing="no_data")


@dataclass(frozen=True)
class Column:
    """One indicator of the matrix with everything its cells need to be read."""

    indicator_id: str
    label_de: str
    label_en: str
    unit: str
    direction: int
    field: str
    status: str
    source: str
    source_url: str
    reference_date: str
    confidence: str
    p25: float | None
    p75: float | None
    city: float | None
    city_label_de: str
    city_label_en: str


def _source(entry) -> str:
    tr = entry.transcription
    return f"{entry.source} ({tr})" if isinstance(tr, str) and tr else str(entry.source)


def _column(bundle: Bundle, entry) -> Column:
    ind, ed = entry.indicator_id, entry.edition
    p25, p75 = quartiles(unit_values(bundle, ind, ed).value)
    ref = city_reference(bundle, ind, ed)
    return Column(
        ind,
        entry.label_de,
        entry.label_en,
        entry.unit,
        int(entry.direction),
        entry.handlungsfeld,
        entry.status,
        _source(entry),
        entry.source_url if isinstance(entry.source_url, str) else "",
        entry.reference_date,
        entry.confidence,
        p25,
        p75,
        ref.value,
        ref.label_de,
        ref.label_en,
    )


@per_bundle(maxsize=16)
def matrix_columns(bundle: Bundle, edition: str) -> tuple[Column, ...]:
    """Every indicator of an edition, in the catalogue's order."""
    cat = bundle.catalogue[bundle.catalogue.edition == edition]
    return tuple(_column(bundle, e) for e in cat.itertuples(index=False))


@per_bundle(maxsize=16)
def matrix_cells(bundle: Bundle, edition: str) -> pd.DataFrame:
    """One row per (space, indicator): ``space_id``, ``name``, ``type``, ``indicator_id``,
    ``value`` (NaN if missing), ``missing_reason``, ``cls``. Spaces in their data order."""
    frames = []
    for col in matrix_columns(bundle, edition):
        spaces = area_table(bundle, col.indicator_id, edition, "spaces")
        frame = spaces[["id", "name", "type", "value", "missing_reason"]].rename(
            columns={"id": "space_id"}
        )
        frame["indicator_id"] = col.indicator_id
        frame["order"] = np.arange(len(frame))
        frame["cls"] = [relation(v, col.p25, col.p75, col.direction) for v in frame.value]
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


@dataclass(frozen=True)
class Matrix:
    edition: str
    columns: tuple[Column, ...]
    space_ids: tuple[str, ...]
    """In the shown order."""
    names: dict[str, str]
    cells: dict[tuple[str, str], tuple[float | None, str, str | None]]
    """(space_id, indicator_id) -> (value or None, class, missing reason)."""


def matrix_model(bundle: Bundle, state: CompareState) -> Matrix:
    cells = matrix_cells(bundle, state.edition)
    columns = matrix_columns(bundle, state.edition)
    spaces = cells.drop_duplicates("space_id")
    order = sorted_spaces(cells, spaces, state.sort)
    lookup = {
        (r.space_id, r.indicator_id): (
            None if pd.isna(r.value) else float(r.value),
            r.cls,
            r.missing_reason if isinstance(r.missing_reason, str) else None,
        )
        for r in cells.itertuples(index=False)
    }
    return Matrix(
        state.edition,
        columns,
        tuple(order),
        dict(zip(spaces.space_id, spaces.name, strict=True)),
        lookup,
    )


def sorted_spaces(cells: pd.DataFrame, spaces: pd.DataFrame, sort: str) -> list[str]:
    """Space ids ordered by a column (name, or an indicator's value); missing values last
    in either direction; ties by the data order."""
    key, descending = sort.lstrip("-"), sort.startswith("-")
    if not key:
        return list(spaces.space_id)
    if key == NAME:
        ordered = spaces.sort_values("name", ascending=not descending, kind="stable")
        return list(ordered.space_id)
    col = cells[cells.indicator_id == key]
    ordered = col.sort_values(
        ["value", "order"], ascending=[not descending, True], na_position="last", kind="stable"
    )
    return list(ordered.space_id)


# -- side by side -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    value: float | None
    cls: str
    missing: str | None
    """i18n text of why the value is missing."""


@dataclass(frozen=True)
class SideBySide:
    areas: tuple[str, ...]
    names: tuple[str, ...]
    kinds: tuple[str, ...]
    """``space`` or ``unit`` per area."""
    columns: tuple[Column, ...]
    """The indicators of the Handlungsfeld in this edition."""
    cells: tuple[tuple[Cell, ...], ...]
    """Per indicator (row), per area."""


def missing_text(reason, lang: str) -> str:
    key = f"missing_{reason}"
    return t(key, lang) if isinstance(reason, str) and has_text(key) else t("no_data", lang)


def side_by_side(bundle: Bundle, state: CompareState) -> SideBySide:
    """The chosen areas across the indicators of the state's Handlungsfeld and edition."""
    index = value_index(bundle)
    spaces = set(index.spaces["id"])
    kinds = tuple("space" if a in spaces else "unit" for a in state.areas)
    columns = tuple(c for c in matrix_columns(bundle, state.edition) if c.field == state.field)
    names: dict[str, str] = {}
    rows = []
    for col in columns:
        tables = {
            level: area_table(bundle, col.indicator_id, state.edition, level).set_index("id")
            for level in ("spaces", "units")
        }
        row = []
        for area, kind in zip(state.areas, kinds, strict=True):
            r = tables["spaces" if kind == "space" else "units"].loc[area]
            names[area] = r["name"]
            value = None if pd.isna(r.value) else float(r.value)
            cls = relation(value, col.p25, col.p75, col.direction)
            reason = r.missing_reason if value is None else None
            row.append(
                Cell(value, cls, missing_text(reason, state.lang) if value is None else None)
            )
        rows.append(tuple(row))
    if not columns:
        for area, kind in zip(state.areas, kinds, strict=True):
            level = index.spaces if kind == "space" else index.units
            names[area] = level["name"][list(level["id"]).index(area)]
    return SideBySide(
        state.areas,
        tuple(names.get(a, a) for a in state.areas),
        kinds,
        columns,
        tuple(rows),
    )


def column_label(col: Column, lang: str) -> str:
    return pick({"label_de": col.label_de, "label_en": col.label_en}, "label", lang)
