"""Generate the Aktionsprogramm workbook the Projektbüro fills in (openpyxl, no formulas).

``python -m dashboard.pipeline programme-template -o FILE [--space AR01]``. The sheets and
columns come from :mod:`.programme_spec`, so the template and the importer cannot disagree.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ..data.errors import DataError
from .programme_spec import (
    EXPLANATION,
    FIRST_YEAR,
    LAST_YEAR,
    LISTS,
    SEP,
    SHEETS,
    Col,
)

MAX_ROWS = 500
"""Rows 2..MAX_ROWS of each data sheet carry the drop-downs and checks."""
HEADER_FILL = PatternFill("solid", fgColor="DDE5F0")
DATE_FORMAT = "DD.MM.YYYY"

INTRO_DE = (
    "Mit dieser Arbeitsmappe trägt das Projektbüro „Aktionsplan Soziale Stadt“ das "
    "Aktionsprogramm eines Aktionsraums oder Aktionsquartiers ein. Das Dashboard zeigt nur, was "
    "hier eingetragen und mit einer Quelle belegt ist; leere Teile erscheinen als „noch nicht "
    "eingetragen“. Bitte nichts schätzen oder ergänzen, was nicht abgestimmt ist."
)
INTRO_EN = (
    "The Projektbüro 'Aktionsplan Soziale Stadt' uses this workbook to enter the Aktionsprogramm "
    "of an Aktionsraum or Aktionsquartier. The dashboard shows only what is entered here with a "
    "source; empty parts appear as 'not yet filled in'. Please do not estimate or add anything "
    "that has not been agreed."
)
RULES = (
    (
        "Wer füllt aus? / Who fills it in?",
        "Das Projektbüro mit den Aktionsraumbeauftragten; die Datei wird danach mit "
        "python -m dashboard.pipeline import-programme DATEI geprüft und eingelesen.",
        "The Projektbüro with the Aktionsraumbeauftragte; the file is then checked and loaded "
        "with python -m dashboard.pipeline import-programme FILE.",
    ),
    (
        "Eine Zeile / One row",
        "Jede Zeile ist ein Eintrag. Leere Zeilen werden übersprungen. Keine Formeln: eine Zelle, "
        "die mit = beginnt, wird abgelehnt.",
        "Each row is one entry. Empty rows are skipped. No formulas: a cell starting with = is "
        "refused.",
    ),
    (
        "Datum / Date",
        "Als Datum der Tabellenkalkulation oder als Text TT.MM.JJJJ bzw. JJJJ-MM-TT; nicht in der "
        "Zukunft.",
        "As a spreadsheet date or as text DD.MM.YYYY or YYYY-MM-DD; not in the future.",
    ),
    (
        "Beträge / Amounts",
        "Euro als Zahl ≥ 0. Ist ein Betrag unbekannt, bleibt die Zelle leer: leer heißt "
        "„unbekannt“, 0 heißt „kein Geld“.",
        "Euros as a number ≥ 0. If an amount is unknown, leave the cell empty: empty means "
        "'unknown', 0 means 'no money'.",
    ),
    (
        "Listen / Lists",
        f"Spalten mit Auswahlliste nehmen nur die Werte der Liste („Kürzel{SEP}Bezeichnung“); "
        "eingelesen wird das Kürzel.",
        f"Columns with a drop-down take only the listed values ('code{SEP}label'); the code is "
        "what is loaded.",
    ),
    (
        "Erneut einlesen / Loading again",
        "Ein Raum, dessen Aktionsprogramm schon eingelesen ist, wird nur mit --replace ersetzt; "
        "dann vollständig durch den Inhalt dieser Datei.",
        "A space whose programme is already loaded is only replaced with --replace, and then "
        "entirely by the content of this file.",
    ),
)


def create_template(spaces: pd.DataFrame, space_id: str | None = None) -> Workbook:
    """The empty workbook; ``spaces`` is ``bundle.spaces``. ``space_id`` limits the space
    drop-down to that one space (a DataError if it is not a current space)."""
    current = spaces[spaces.status == "current"]
    if space_id is not None:
        if space_id not in set(current.space_id):
            raise DataError(
                "--space",
                f"one of the current spaces {sorted(current.space_id)}",
                found=space_id,
            )
        current = current[current.space_id == space_id]
    space_items = tuple(f"{r.space_id}{SEP}{r['name']}" for _, r in current.iterrows())
    wb = Workbook()
    _explanation(wb.active, space_items, space_id)
    lists = _lists_sheet(wb, space_items)
    for title, (_file, cols) in SHEETS.items():
        _data_sheet(wb.create_sheet(title), cols, lists)
    wb.move_sheet(LISTS, offset=len(SHEETS))  # the hidden helper sheet goes last
    return wb


def write_template(path: Path, spaces: pd.DataFrame, space_id: str | None = None) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    create_template(spaces, space_id).save(path)
    return path


def _explanation(ws, space_items: tuple[str, ...], space_id: str | None) -> None:
    ws.title = EXPLANATION
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    title = "Aktionsprogramm – Vorlage / template"
    if space_id:
        title += f": {space_items[0]}"
    rows: list[tuple[str, str, str]] = [
        (title, "Deutsch", "English"),
        ("", INTRO_DE, INTRO_EN),
        *RULES,
        ("", "", ""),
        ("Blatt / Sheet", "Spalte: Bedeutung", "Column: meaning"),
    ]
    for sheet, (_file, cols) in SHEETS.items():
        for col in cols:
            need = "Pflicht" if col.required else "freiwillig"
            need_en = "required" if col.required else "optional"
            de = f"{col.key} ({need}): {col.help_de}"
            rows.append((sheet, de, f"{col.key} ({need_en}): {col.help_en}"))
    rows.append(("", "", ""))
    rows.append(("Räume / Spaces", "; ".join(space_items), "; ".join(space_items)))
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c, value=value or None)
            cell.alignment = wrap
            if r == 1 or c == 1:
                cell.font = bold
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 70
    ws.freeze_panes = "A2"


def _lists_sheet(wb: Workbook, space_items: tuple[str, ...]) -> dict[str, str]:
    """A hidden sheet with one column per drop-down list; returns column key -> range."""
    ws = wb.create_sheet(LISTS)
    ws.sheet_state = "hidden"
    lists: dict[tuple[str, ...], str] = {}
    ranges: dict[str, str] = {}
    for _sheet, (_file, cols) in SHEETS.items():
        for col in cols:
            items = space_items if col.kind == "space" else col.choices
            if not items:
                continue
            if items not in lists:
                c = len(lists) + 1
                letter = get_column_letter(c)
                ws.cell(row=1, column=c, value=col.key)
                for r, item in enumerate(items, start=2):
                    ws.cell(row=r, column=c, value=item)
                lists[items] = f"'{LISTS}'!${letter}$2:${letter}${len(items) + 1}"
            ranges[f"{_sheet}/{col.key}"] = lists[items]
    return ranges


def _data_sheet(ws, cols: tuple[Col, ...], lists: dict[str, str]) -> None:
    for c, col in enumerate(cols, start=1):
        letter = get_column_letter(c)
        cell = ws.cell(row=1, column=c, value=col.key)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        need = ("Pflichtfeld", "required") if col.required else ("freiwillig", "optional")
        cell.comment = Comment(
            f"{col.help_de} ({need[0]})\n\n{col.help_en} ({need[1]})", "Projektbüro", 160, 320
        )
        ws.column_dimensions[letter].width = col.width
        dv = _validation(col, lists.get(f"{ws.title}/{col.key}"))
        if dv is not None:
            dv.add(f"{letter}2:{letter}{MAX_ROWS}")
            ws.add_data_validation(dv)
        if col.kind == "date":
            for r in range(2, MAX_ROWS + 1):
                ws.cell(row=r, column=c).number_format = DATE_FORMAT
    ws.freeze_panes = "A2"


def _validation(col: Col, list_range: str | None) -> DataValidation | None:
    kw = dict(allow_blank=True, showErrorMessage=True, showInputMessage=True)
    if col.kind in ("space", "choice"):
        dv = DataValidation(type="list", formula1=list_range, **kw)
        dv.error = "Bitte einen Wert aus der Liste wählen. / Please pick a value from the list."
    elif col.kind == "date":
        dv = DataValidation(
            type="date", operator="between", formula1="DATE(2008,1,1)", formula2="TODAY()", **kw
        )
        dv.error = "Ein Datum ab 2008, nicht in der Zukunft. / A date from 2008, not in the future."
    elif col.kind == "year":
        dv = DataValidation(
            type="whole",
            operator="between",
            formula1=str(FIRST_YEAR),
            formula2=str(LAST_YEAR),
            **kw,
        )
        dv.error = f"Ein Jahr {FIRST_YEAR}–{LAST_YEAR}. / A year {FIRST_YEAR}–{LAST_YEAR}."
    elif col.kind == "amount":
        dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", **kw)
        dv.error = "Eine Zahl ≥ 0 oder leer (unbekannt). / A number ≥ 0 or empty (unknown)."
    else:
        return None
    dv.errorTitle = col.key
    dv.promptTitle = col.key[:32]
    dv.prompt = col.help_de[:255]
    return dv
