"""XLSX of a view's table (openpyxl): sheet 1 the table as shown, sheet 2 the metadata.

Numbers are written as numbers (never as text) with a number format. Format codes in an
XLSX file are stored in one neutral notation and shown in the reader's locale: ``#,##0.0``
is displayed as ``1.234,5`` by Excel or LibreOffice in a German locale (and ``1,234.5`` in
an English one), which is the German number format the German view asks for; the headers
and the metadata sheet follow the view's language.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ..i18n import t

NUMBER = "#,##0.0"
PRECISE = "#,##0.00"
INTEGER = "0"


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"
    """``text``, ``number`` (one decimal), ``precise`` (two decimals) or ``integer``."""
    width: int = 14


FORMATS = {"number": NUMBER, "precise": PRECISE, "integer": INTEGER}


def workbook_bytes(
    columns: list[Column],
    rows: list[list],
    metadata: list[tuple[str, str]],
    lang: str,
    title: str,
) -> bytes:
    """The workbook: sheet ``Tabelle``/``Table`` (a title row, a header row, the rows) and
    sheet ``Metadaten``/``Metadata`` (field, value)."""
    wb = Workbook()
    ws = wb.active
    ws.title = t("xlsx_sheet_table", lang)
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([c.header for c in columns])
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        ws.append([None if v is None or v != v else v for v in row])
    for j, col in enumerate(columns, start=1):
        letter = get_column_letter(j)
        ws.column_dimensions[letter].width = col.width
        fmt = FORMATS.get(col.kind)
        if fmt:
            for (cell,) in ws.iter_rows(min_row=3, min_col=j, max_col=j):
                cell.number_format = fmt
    ws.freeze_panes = "A3"
    if rows:
        ws.auto_filter.ref = f"A2:{get_column_letter(len(columns))}{len(rows) + 2}"
    meta = wb.create_sheet(t("xlsx_sheet_meta", lang))
    meta.append([t("xlsx_field", lang), t("xlsx_value", lang)])
    for cell in meta[1]:
        cell.font = Font(bold=True)
    for key, value in metadata:
        meta.append([key, value])
    meta.column_dimensions["A"].width = 30
    meta.column_dimensions["B"].width = 110
    for (cell,) in meta.iter_rows(min_row=2, min_col=2, max_col=2):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
