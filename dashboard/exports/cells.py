"""Spreadsheet safety: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return would run as a formula in Excel or LibreOffice (CSV/formula injection). Such
cells get a leading apostrophe, the convention spreadsheet programs show as plain text.
Numbers, also negative ones written as text (``-1,5``), stay as they are.

:func:`csv_text` is the one CSV writer of the exports: German ``;`` and decimal comma, English
``,``; a byte-order mark for Excel; every cell made safe."""

from __future__ import annotations

import csv
import io
import re

from ..i18n import format_number

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


def plain_number(value: float, lang: str, decimals: int) -> str:
    """A number in the view's language without trailing zeros: 12.50 -> '12,5'."""
    return format_number(value, lang, decimals).rstrip("0").rstrip(",.")


def csv_cell(value, lang: str, decimals: int):
    """A cell of a CSV row: None empty, a float as :func:`plain_number`, anything else as
    it is."""
    if value is None:
        return ""
    if isinstance(value, float):
        return plain_number(value, lang, decimals)
    return value


def csv_text(header, rows, lang: str) -> str:
    """The CSV of ``header`` and ``rows`` (cells already formatted), with a byte-order mark;
    ``;`` in German (the decimal comma), ``,`` in English."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang == "de" else ",", lineterminator="\n")
    writer.writerow(safe_row(header))
    for row in rows:
        writer.writerow(safe_row(row))
    return "\ufeff" + out.getvalue()
