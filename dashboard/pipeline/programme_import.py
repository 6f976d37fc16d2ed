"""Import an Aktionsprogramm workbook (the template of :mod:`.programme_template`, filled in).

``python -m dashboard.pipeline import-programme FILE [--data DIR] [--replace]``. Every cell
is checked; the first problem is reported as ``FILE, sheet 'S', row R, column 'C': expected
…, found …`` and ``data/`` stays untouched. A good workbook is kept, per space, as
``data/imports/programme__<space>.json`` (rows already normalised), so a rebuild keeps it, and
the three programme tables of ``data/`` are regenerated from all kept programmes.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from ..data.errors import DataError
from ..data.programme_tables import (
    NO_FIELD,
    PROGRAMME_FIELDS,
)
from .programme_spec import FIRST_YEAR, LAST_YEAR, MAX_BYTES, SEP, SHEETS, Col


@dataclass(frozen=True)
class ImportResult:
    spaces: tuple[str, ...]
    """Spaces whose programme was imported."""
    replaced: tuple[str, ...]
    """Human-readable lines on what was replaced (empty without --replace)."""
    import_id: str
    rows: dict[str, int]
    """Rows imported per data table."""


def read_workbook(
    path: Path, spaces: pd.DataFrame, today: dt.date | None = None
) -> dict[str, pd.DataFrame]:
    """Read and check every cell; return data table file -> rows (strings, no import_id)."""
    path = Path(path)
    today = today or dt.date.today()
    name = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DataError(name, "an existing file", found="no such file") from None
    if size > MAX_BYTES:
        raise DataError(
            name, f"a workbook of at most {MAX_BYTES // (1024 * 1024)} MB", found=f"{size} bytes"
        )
    if not zipfile.is_zipfile(path):
        raise DataError(name, "an Excel workbook (.xlsx)", found="a file that is not one")
    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many types for broken packages
        raise DataError(name, "an Excel workbook (.xlsx)", found=type(exc).__name__) from None
    try:
        current = spaces[spaces.status == "current"]
        known = set(current.space_id)
        tables = {}
        for sheet, (file, cols) in SHEETS.items():
            if sheet not in wb.sheetnames:
                raise DataError(name, f"a sheet '{sheet}'", found="no such sheet")
            where = f"{name}, sheet '{sheet}'"
            tables[file] = _read_sheet(wb[sheet], cols, where, known, today)
    finally:
        wb.close()
    if all(df.empty for df in tables.values()):
        raise DataError(name, "at least one filled-in row in the sheets " + str(list(SHEETS)))
    return tables


def _read_sheet(ws, cols: tuple[Col, ...], where: str, known: set, today: dt.date):
    rows = ws.iter_rows(values_only=True)
    header = [h.strip() if isinstance(h, str) else h for h in next(rows, ())]
    keys = [c.key for c in cols]
    for i, key in enumerate(keys):
        found = header[i] if i < len(header) else None
        if found != key:
            raise DataError(
                where, f"the header {keys}", row=1, row_label="row", column=key, found=found
            )
    out = []
    for r, values in enumerate(rows, start=2):
        extra = [(i, v) for i, v in enumerate(values[len(cols) :], len(cols)) if not _blank(v)]
        if extra:
            raise DataError(
                where,
                f"nothing right of column '{keys[-1]}' (the template's columns only)",
                row=r,
                row_label="row",
                column=get_column_letter(extra[0][0] + 1),
                found=extra[0][1],
            )
        values = list(values[: len(cols)]) + [None] * (len(cols) - len(values))
        if all(_blank(v) for v in values):
            continue
        record = {}
        for col, value in zip(cols, values, strict=True):
            record[col.key] = _cell(col, value, where, r, known, today)
        _row_rules(record, where, r, today)
        record["_row"] = r
        out.append(record)
    df = pd.DataFrame(out, columns=[*keys, "_row"], dtype=object)
    if "step" in df.columns:
        adopted = df[df.step == "programme_adopted"]
        dup = adopted[adopted.space_id.duplicated()]
        if not dup.empty:
            raise DataError(
                where,
                "at most one step programme_adopted per space (later changes are step update)",
                row=int(dup._row.iloc[0]),
                row_label="row",
                column="step",
                found=dup.space_id.iloc[0],
            )
    return df.drop(columns="_row")


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _cell(col: Col, value, where: str, row: int, known: set, today: dt.date) -> str:
    """One cell as the text stored in the data table ('' for empty)."""

    def fail(expected: str):
        found = "an empty cell" if _blank(value) else value
        return DataError(where, expected, row=row, row_label="row", column=col.key, found=found)

    if isinstance(value, str) and value.strip().startswith("="):
        raise fail("a value, not a formula (type the value itself)")
    if _blank(value):
        if col.required:
            raise fail("a value (the field is required)")
        return ""
    if col.kind == "space":
        code = str(value).split(SEP)[0].strip().upper()
        if code not in known:
            raise fail(f"one of the current spaces {sorted(known)}")
        return code
    if col.kind == "choice":
        code = str(value).split(SEP)[0].strip().lower()
        codes = [c.split(SEP)[0] for c in col.choices]
        if code not in codes:
            raise fail(f"one of {codes}")
        return code
    if col.kind == "date":
        day = _date(value)
        if day is None:
            raise fail("a date (DD.MM.YYYY or YYYY-MM-DD)")
        if day > today:
            raise fail(f"a date not after today ({today.isoformat()})")
        return day.isoformat()
    if col.kind == "year":
        year = _number(value)
        if year is None or year != int(year) or not FIRST_YEAR <= year <= LAST_YEAR:
            raise fail(f"a year {FIRST_YEAR}–{LAST_YEAR} or empty")
        return str(int(year))
    if col.kind == "amount":
        amount = _number(value)
        if amount is None or amount < 0:
            raise fail("a number ≥ 0 or empty")
        return str(int(amount)) if amount == int(amount) else f"{amount:.2f}"
    if not isinstance(value, str):
        value = str(value)
    return " ".join(value.split())


def _date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _number(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        from ..data.numbers import parse_number

        try:
            return parse_number(value, "de")
        except ValueError:
            return None
    return None


def _row_rules(record: dict, where: str, row: int, today: dt.date) -> None:
    if record.get("section") == "need" and record.get("handlungsfeld") == NO_FIELD:
        raise DataError(
            where,
            f"a need in one of the Handlungsfelder {list(PROGRAMME_FIELDS)}",
            row=row,
            row_label="row",
            column="handlungsfeld",
            found=NO_FIELD,
        )
    year = record.get("year")
    if record.get("title_de") and record.get("status") == "completed" and year:  # noqa: SIM102
        if int(year) > today.year:
            raise DataError(
                where,
                f"a completed measure in {today.year} or earlier",
                row=row,
                row_label="row",
                column="year",
                found=int(year),
            )
