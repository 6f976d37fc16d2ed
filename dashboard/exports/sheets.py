"""A further sheet in an XLSX made by ``xlsx.workbook_bytes`` (openpyxl): a title row, a
header row and the rows, numbers as numbers with one neutral format code (shown in the
reader's locale, see ``xlsx.py``)."""

from __future__ import annotations

import io

from openpyxl import load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from .xlsx import PRECISE


def add_sheet(
    content: bytes,
    name: str,
    title: str,
    header: list[str],
    rows: list[list],
    width: int = 16,
    first_width: int = 30,
) -> bytes:
    """``content`` with the sheet ``name`` added after the existing ones."""
    wb = load_workbook(io.BytesIO(content))
    ws = wb.create_sheet(name[:31])
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(header)
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        ws.append([None if v is None or v != v else v for v in row])
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            if isinstance(cell.value, float):
                cell.number_format = PRECISE
    for j in range(1, len(header) + 1):
        ws.column_dimensions[get_column_letter(j)].width = first_width if j <= 2 else width
    ws.freeze_panes = "C3"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
