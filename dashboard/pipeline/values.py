"""The long value table: one row per unit, indicator and edition, read from the raw editions.

Every value is the source's number, except where the catalogue says otherwise, and then the
row says why (``missing_reason``) and keeps the source's number traceable (``note``):
- a column broken in the source is missing (``broken_in_source``);
- a zero that the indicator's zero rule does not trust is missing (``zero_in_source``,
  note ``source_value:0``);
- a value shared by a combined area keeps its number and gets ``same_as:<codes>``.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from ..data.errors import DataError
from . import inputs
from .catalogue import EditionStats, entries
from .catalogue_spec import EDITIONS
from .combined import combined_groups, shared_notes
from .indicators_spec import INDICATORS
from .zeros import consistent_balance_zero

COLUMNS = ["unit_code", "indicator_id", "edition", "value", "missing_reason", "note"]
SOURCE_ZERO_NOTE = "source_value:0"
BIRTHS, DEATHS = "births_per_1000_abs", "deaths_per_1000_abs"


def read_editions(raw: Path, known: set[str]) -> dict[str, pd.DataFrame]:
    """The raw properties of every edition, indexed by unit code."""
    return {
        ed.id: inputs.read_edition_properties(raw, ed.input_file, known) for ed in EDITIONS.values()
    }


def build_values(
    editions: dict[str, pd.DataFrame],
) -> tuple[pd.DataFrame, dict[tuple[str, str], EditionStats]]:
    """The value table, and per indicator edition what was found (zeros, shared values)."""
    social = [s.source_column for s in INDICATORS if s.social]
    rows, stats = [], {}
    notes_by_edition = {}
    for spec, edition in entries():
        props = editions[edition.id]
        if spec.source_column not in props.columns:
            raise DataError(
                edition.input_file,
                f"a property '{spec.source_column}'",
                row=1,
                row_label="feature",
                column=spec.source_column,
            )
        if edition.id not in notes_by_edition:
            columns = [s.source_column for s, e in entries() if e.id == edition.id]
            notes_by_edition[edition.id] = shared_notes(combined_groups(props, social, columns))
        notes = notes_by_edition[edition.id]
        broken = edition.id in spec.broken_in
        n_zero = n_zero_missing = n_shared = 0
        for code, raw_value in props[spec.source_column].items():
            feature = int(props.at[code, "_feature"])
            value, reason = _value(raw_value, edition.input_file, feature, spec.source_column)
            percentage = spec.edition_percentage.get(edition.id, spec.is_percentage)
            if value is not None and percentage and not 0 <= value <= 100:
                raise DataError(
                    edition.input_file,
                    "a percentage between 0 and 100",
                    row=feature,
                    row_label="feature",
                    column=spec.source_column,
                    found=raw_value,
                )
            note = None
            if value == 0:
                n_zero += 1
                if not broken and not _zero_is_trusted(spec.zero_rule, props, code):
                    value, reason, note = None, "zero_in_source", SOURCE_ZERO_NOTE
                    n_zero_missing += 1
            if broken:
                value, reason, note = None, "broken_in_source", None
            if value is not None and (code, spec.source_column) in notes:
                note = notes[(code, spec.source_column)]
                n_shared += 1
            rows.append((code, spec.id, edition.id, value, reason, note))
        stats[(spec.id, edition.id)] = EditionStats(n_zero, n_zero_missing, n_shared)
    return pd.DataFrame(rows, columns=COLUMNS), stats


def _zero_is_trusted(rule: str, props: pd.DataFrame, code: str) -> bool:
    if rule == "zero_is_value":
        return True
    if rule == "zero_if_consistent":
        return consistent_balance_zero(_number(props, code, BIRTHS), _number(props, code, DEATHS))
    return False


def _number(props: pd.DataFrame, code: str, column: str) -> float | None:
    value = props.at[code, column] if column in props.columns else None
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return None if math.isnan(value) else float(value)


def _value(raw_value, file: str, feature: int, column: str) -> tuple[float | None, str | None]:
    if raw_value is None or (isinstance(raw_value, float) and math.isnan(raw_value)):
        return None, "not_published"
    if isinstance(raw_value, bool) or not isinstance(raw_value, int | float):
        raise DataError(
            file, "a number", row=feature, row_label="feature", column=column, found=raw_value
        )
    return float(raw_value), None
