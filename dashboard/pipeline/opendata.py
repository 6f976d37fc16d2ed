"""Read one indicator from a table in the City of Dortmund's open-data style (pure pandas).

The city's exports use ``;`` (sometimes ``,``) as separator, a decimal comma with a thousands
dot, Latin-1/Windows-1252 or UTF-8, and give a statistical unit (Unterbezirk) by code
("041", "41", "041 Hafen") or by name ("Nordmarkt-Süd", "NORDMARKT-SUED"). Missing values are
written as markers: ``x``/``X``/``.`` for secrecy, ``-``/``–``/empty for "not published".
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pandas as pd

from ..data.errors import DataError
from ..data.numbers import MISSING_MARKERS, parse_number
from ..data.readers import CITY_ENCODINGS, read_csv_text

UNIT_HEADERS = (
    "unterbezirk", "unterbezirknr", "unbeznr", "ubz", "code", "nr", "nummer", "schluessel",
    "unterbezirkname", "name", "bezeichnung", "gebiet",
)  # fmt: skip
"""Folded headers that may hold the unit; the first such column is the unit column."""
LABEL_HEADERS = frozenset(UNIT_HEADERS) | {
    "stadtbezirk", "stadtbezirkname", "stadtbezirknr", "statistischerbezirk", "statbezirk",
    "bezirk", "jahr", "stichtag", "datum",
}  # fmt: skip
"""Folded headers of label columns that are never taken as the value column."""
_LEADING_CODE = re.compile(r"(\d+)(?:\W.*)?")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})
_NUMBER_HINT = "a number such as 12,5 or 1.234,5 or a missing marker (x . - –)"


def fold(text: str) -> str:
    """Compare key for names and headers: case, umlauts (ü == ue), ß == ss, punctuation."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_UMLAUTS)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return "".join(c for c in text if c.isalnum())


def _find_column(table: pd.DataFrame, wanted: str, name: str, role: str) -> str:
    if wanted in table.columns:
        return wanted
    raise DataError(
        name, f"a {role} column '{wanted}'", row=1, column=wanted, found=list(table.columns)
    )


def _unit_column(table: pd.DataFrame, name: str) -> str:
    for column in table.columns:
        if fold(column) in UNIT_HEADERS:
            return column
    raise DataError(
        name,
        "a unit column headed e.g. Unterbezirk, Nr, Code or Name (or pass unit_column)",
        row=1,
        found=list(table.columns),
    )


def _value_column(table: pd.DataFrame, unit_column: str, name: str) -> str:
    candidates = [
        c
        for c in table.columns
        if c != unit_column
        and fold(c) not in LABEL_HEADERS
        and not (c == "" and table[c].str.strip().eq("").all())  # trailing separators
    ]
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise DataError(
            name,
            "a value column besides the unit and label columns",
            row=1,
            found=list(table.columns),
        )
    raise DataError(
        name,
        "exactly one value column; pass value_column to choose one of them",
        row=1,
        found=candidates,
    )


def _unit_lookup(units: pd.DataFrame) -> tuple[set[str], dict[str, str | None]]:
    codes = {str(c).zfill(3) for c in units["code"]}
    by_name: dict[str, str | None] = {}
    for code, unit_name in zip(units["code"], units["name"], strict=True):
        key = fold(str(unit_name))
        by_name[key] = None if key in by_name else str(code).zfill(3)  # None: ambiguous name
    return codes, by_name


def read_city_table(
    path: Path,
    units: pd.DataFrame,
    value_column: str | None = None,
    unit_column: str | None = None,
    is_percentage: bool = False,
    name: str | None = None,
) -> pd.DataFrame:
    """One indicator per unit: columns ``unit_code``, ``value`` (float/NaN), ``missing_reason``.

    ``units`` has columns ``code`` (3-digit string) and ``name``. Every problem in the file is
    raised as a :class:`DataError` naming the file, line (header = line 1) and column.
    """
    name = name or str(path)
    table = read_csv_text(path, CITY_ENCODINGS, name, delimiter=None)
    if table.empty:
        raise DataError(name, "at least one data line after the header", row=2, found="end of file")
    unit_col = (
        _find_column(table, unit_column, name, "unit") if unit_column else _unit_column(table, name)
    )
    value_col = (
        _find_column(table, value_column, name, "value")
        if value_column
        else _value_column(table, unit_col, name)
    )
    codes, by_name = _unit_lookup(units)
    unit_hint = f"a unit code of the {len(codes)} statistische Unterbezirke or its name"
    seen: dict[str, int] = {}
    records: list[tuple[str, float, str | None]] = []
    for i, (raw_unit, raw_value) in enumerate(zip(table[unit_col], table[value_col], strict=True)):
        line = i + 2
        cell = raw_unit.strip()
        match = _LEADING_CODE.fullmatch(cell)
        code = str(int(match.group(1))).zfill(3) if match else by_name.get(fold(cell), "")
        if code is None:
            raise DataError(
                name,
                f"{unit_hint} (this name is ambiguous, give the code)",
                row=line,
                column=unit_col,
                found=raw_unit,
            )
        if code not in codes:
            raise DataError(name, unit_hint, row=line, column=unit_col, found=raw_unit)
        if code in seen:
            raise DataError(
                name,
                f"each unit only once (unit {code} is already on line {seen[code]})",
                row=line,
                column=unit_col,
                found=raw_unit,
            )
        seen[code] = line
        text = raw_value.strip()
        if text in MISSING_MARKERS:
            records.append((code, float("nan"), MISSING_MARKERS[text]))
            continue
        try:
            value = parse_number(text, "de")  # the city writes 12,5 and 1.234,5
        except ValueError:
            raise DataError(
                name, _NUMBER_HINT, row=line, column=value_col, found=raw_value
            ) from None
        if value < 0:
            raise DataError(
                name, "a non-negative number", row=line, column=value_col, found=raw_value
            )
        if is_percentage and value > 100:
            raise DataError(
                name, "a percentage between 0 and 100", row=line, column=value_col, found=raw_value
            )
        records.append((code, value, None))
    result = pd.DataFrame(
        {
            "unit_code": pd.Series([r[0] for r in records], dtype=str),
            "value": pd.Series([r[1] for r in records], dtype="float64"),
            "missing_reason": pd.Series([r[2] for r in records], dtype=object),
        }
    )
    return result.sort_values("unit_code", ignore_index=True)
