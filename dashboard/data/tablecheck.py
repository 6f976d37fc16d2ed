"""Check a table read as text against a pandera schema, and name the first failure.

Every table is read as text and then checked and coerced here, so a failure can name the
file, the CSV line, the column and the offending value (:class:`DataError`).
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pandera.pandas as pa

from .errors import DataError


def check_table(
    df: pd.DataFrame,
    schema: pa.DataFrameSchema,
    file: str,
    *,
    first_line: int = 2,
    row_label: str = "line",
) -> pd.DataFrame:
    """Validate and coerce ``df`` (read as text); raise one :class:`DataError` on failure.

    ``df`` must keep the default RangeIndex of the file's data rows, so that row ``i`` is
    line ``i + first_line`` of the file.
    """
    if df.empty and len(df.columns) == 0:
        raise DataError(file, "a header line and at least one data row", found="an empty file")
    expected = list(schema.columns)
    missing = [c for c in expected if c not in df.columns]
    if missing:
        raise DataError(
            file,
            f"columns {expected}",
            row=1,
            column=missing[0],
            found=f"header {list(df.columns)}",
        )
    extra = [c for c in df.columns if c not in expected]
    if extra and schema.strict:
        raise DataError(file, f"only the columns {expected}", row=1, column=extra[0])
    if df.empty:
        raise DataError(file, "at least one data row", row=2, found="no data rows")
    df = df.replace({"": None})
    _check_control_characters(df, file, first_line, row_label)
    _check_unique(df, schema, file, first_line, row_label)
    for column, spec in schema.columns.items():
        if str(spec.dtype) == "bool":
            df[column] = _booleans(df[column], file, column, first_line, row_label)
    try:
        out = schema.validate(df, lazy=True)
    except pa.errors.SchemaErrors as exc:
        raise _first_failure(exc, file, first_line, row_label) from None
    _check_finite(out, schema, file, first_line, row_label)
    return out


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Control characters other than tab, line feed and carriage return never belong in text."""
MAX_MAGNITUDE = 1e12
"""No value of this project comes near it; 1e308 or infinity would break every sum."""


def _check_control_characters(df, file: str, first_line: int, row_label: str) -> None:
    for column in df.columns:
        col = df[column]
        if col.dtype != object and not pd.api.types.is_string_dtype(col):
            continue
        bad = col.map(lambda v: isinstance(v, str) and CONTROL.search(v) is not None)
        if bad.any():
            i = int(bad.to_numpy().argmax())
            raise DataError(
                file,
                "text without control characters (such as NUL)",
                row=i + first_line,
                column=str(column),
                found=col.iloc[i],
                row_label=row_label,
            )


def _check_finite(df, schema, file: str, first_line: int, row_label: str) -> None:
    for column in schema.columns:
        if column not in df or not pd.api.types.is_float_dtype(df[column]):
            continue
        values = df[column].to_numpy(dtype=float, na_value=np.nan)
        bad = np.isinf(values) | (np.abs(np.nan_to_num(values)) > MAX_MAGNITUDE)
        if bad.any():
            i = int(bad.argmax())
            raise DataError(
                file,
                f"a finite number of at most {MAX_MAGNITUDE:g} in size",
                row=i + first_line,
                column=column,
                found=values[i],
                row_label=row_label,
            )


def _check_unique(df, schema, file: str, first_line: int, row_label: str) -> None:
    """Name the second occurrence of a duplicate (pandera would report both)."""
    key_sets = [[c] for c, spec in schema.columns.items() if spec.unique]
    if schema.unique:
        key_sets.append(list(schema.unique))
    for keys in key_sets:
        dup = df.duplicated(subset=keys)
        if dup.any():
            i = int(dup.idxmax())
            raise DataError(
                file,
                f"each {' + '.join(keys)} only once (duplicate row)",
                row=i + first_line,
                column=keys[0],
                found=" / ".join(str(df.at[i, k]) for k in keys),
                row_label=row_label,
            )


_BOOL = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}


def _booleans(col: pd.Series, file: str, column: str, first_line: int, row_label: str):
    out = col.map(lambda v: _BOOL.get(str(v).strip().lower()) if isinstance(v, str) else v)
    bad = out.isna() & col.notna()
    if bad.any():
        i = int(bad.idxmax())
        raise DataError(
            file,
            "True or False",
            row=i + first_line,
            column=column,
            found=col.iloc[i],
            row_label=row_label,
        )
    return out


def _first_failure(
    exc: pa.errors.SchemaErrors, file: str, first_line: int, row_label: str
) -> DataError:
    cases = exc.failure_cases.copy()
    cases["_row"] = pd.to_numeric(cases["index"], errors="coerce")
    cases = cases.sort_values("_row", na_position="last")
    case = cases.iloc[0]
    column = case["column"] if isinstance(case["column"], str) else None
    row = None if pd.isna(case["_row"]) else int(case["_row"]) + first_line
    check = str(case["check"])
    found = case["failure_case"]
    if check.startswith(("field_uniqueness", "multiple_fields_uniqueness")):
        expected = f"unique values in {column or 'the key columns'} (duplicate row)"
    elif check.startswith("coerce_dtype"):
        expected = f"a value of type {check.removeprefix('coerce_dtype(').rstrip(')')}"
    elif check == "not_nullable":
        expected = "a value (the field is required)"
    elif check.startswith("str_matches("):
        pattern = check.removeprefix("str_matches(").rstrip(")").strip("'").replace("\\Z", "$")
        expected = f"a value matching {pattern} (nothing before or after, no line break)"
    elif check.startswith("a "):  # checks named by what they expect (schema.REAL_DATE …)
        expected = check
    else:
        expected = f"a value passing {check}"
    return DataError(file, expected, row=row, column=column, found=found, row_label=row_label)
