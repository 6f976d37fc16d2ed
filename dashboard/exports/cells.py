"""Spreadsheet safety: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return would run as a formula in Excel or LibreOffice (CSV/formula injection). Such
cells get a leading apostrophe, the convention spreadsheet programs show as plain text.
Numbers, also negative ones written as text (``-1,5``), stay as they are."""

from __future__ import annotations

import re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d{1,3}([.,\u202f ]\d{3})*|\d+)([.,]\d+)?( ?%)?")


def safe_cell(value):
    """``value`` unchanged unless it is text that a spreadsheet would run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        if _NUMBER.fullmatch(value.strip()):
            return value
        return "'" + value
    return value


def safe_row(row) -> list:
    return [safe_cell(v) for v in row]
