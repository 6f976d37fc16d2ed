"""The Aktionsprogramm workbook: its sheets and columns, shared by the template and the importer.

Each column knows its key (the header cell and the column of the data table), whether it is
required, what kind of value it takes and its help text (German, English) for the explanation
sheet and the header comment.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..data.model import HANDLUNGSFELDER
from ..data.programme_tables import (
    ENTRIES_FILE,
    ENTRY_STATUS,
    FIELD_VALUES,
    MEASURE_STATUS,
    MEASURES_FILE,
    NO_FIELD,
    NO_FIELD_TEXT,
    SECTIONS,
    STEPS,
    STEPS_FILE,
)

SEP = " – "
"""A drop-down item is ``code – German label``; the importer keeps the code."""
MAX_BYTES = 5 * 1024 * 1024
FIRST_YEAR, LAST_YEAR = 2008, 2100


@dataclass(frozen=True)
class Col:
    key: str
    kind: str
    """``space`` | ``choice`` | ``text`` | ``date`` | ``year`` | ``amount``"""
    required: bool
    help_de: str
    help_en: str
    choices: tuple[str, ...] = ()
    """Drop-down items (``code – label``) of a ``choice`` column."""
    width: int = 18


def _items(codes: dict[str, tuple[str, str]]) -> tuple[str, ...]:
    return tuple(f"{code}{SEP}{de}" for code, (de, _en) in codes.items())


FIELD_ITEMS = tuple(
    f"{f}{SEP}{NO_FIELD_TEXT[0] if f == NO_FIELD else HANDLUNGSFELDER[f]['de']}"
    for f in FIELD_VALUES
)
SECTION_ITEMS = {
    "need": ("Bedarf", ""),
    "potential": ("Potenzial", ""),
    "prerequisite": ("Voraussetzung", ""),
    "requirement": ("Anforderung an Aktionsplan und Aktionsraumbeauftragte", ""),
}
"""Drop-down labels of the sections (one row is one entry: singular)."""
assert list(SECTION_ITEMS) == list(SECTIONS)

SPACE = Col(
    "space_id",
    "space",
    True,
    "Raum aus der Liste (z. B. AR01 – Hafen).",
    "Space from the list (e.g. AR01 – Hafen).",
    width=30,
)
SOURCE = Col(
    "source",
    "text",
    True,
    "Woher der Eintrag stammt (z. B. Protokoll des Akteursgesprächs vom …).",
    "Where the entry comes from (e.g. minutes of the talk with local actors of …).",
    width=30,
)


def _note(lang: str) -> Col:
    de, en = ("Deutsch", "German") if lang == "de" else ("Englisch, darf leer bleiben", "English")
    return Col(f"note_{lang}", "text", False, f"Anmerkung ({de}).", f"Note ({en}).", width=30)


ENTRY_COLS = (
    SPACE,
    Col(
        "section",
        "choice",
        True,
        "Teil des Aktionsprogramms: Bedarf, Potenzial, Voraussetzung oder Anforderung an "
        "Aktionsplan und Aktionsraumbeauftragte.",
        "Part of the programme: need, potential, prerequisite or requirement of the Aktionsplan "
        "and the Aktionsraumbeauftragte.",
        _items(SECTION_ITEMS),
        width=24,
    ),
    Col(
        "handlungsfeld",
        "choice",
        True,
        "Handlungsfeld; ein Bedarf gehört immer zu einem der drei Felder, sonst ist auch "
        "„none – übergreifend“ möglich.",
        "Field of action; a need always belongs to one of the three fields, otherwise "
        "'none – übergreifend' (across the fields) is allowed.",
        FIELD_ITEMS,
        width=30,
    ),
    Col("text_de", "text", True, "Der Eintrag auf Deutsch.", "The entry in German.", width=60),
    Col(
        "text_en",
        "text",
        False,
        "Der Eintrag auf Englisch; leer: die Seite zeigt den deutschen Text.",
        "The entry in English; empty: the page shows the German text.",
        width=45,
    ),
    SOURCE,
    Col(
        "approved_by",
        "text",
        False,
        "Wer den Eintrag abgestimmt oder beschlossen hat (Gremium, nicht Personen).",
        "Who agreed or adopted the entry (a body, not persons).",
        width=24,
    ),
    Col("as_of", "date", True, "Stand des Eintrags (Datum).", "Date of the entry.", width=14),
    Col(
        "status",
        "choice",
        True,
        "Entwurf oder beschlossen.",
        "Draft or adopted.",
        _items(ENTRY_STATUS),
        width=18,
    ),
)
STEP_COLS = (
    SPACE,
    Col(
        "step",
        "choice",
        True,
        "Schritt des Prozesses; „programme_adopted“ höchstens einmal je Raum, spätere "
        "Änderungen als „update“.",
        "Process step; 'programme_adopted' at most once per space, later changes as 'update'.",
        _items(STEPS),
        width=36,
    ),
    Col("date", "date", True, "Datum des Schritts.", "Date of the step.", width=14),
    _note("de"),
    _note("en"),
    SOURCE,
)
MEASURE_COLS = (
    SPACE,
    Col("title_de", "text", True, "Name der Maßnahme (Deutsch).", "Name (German).", width=40),
    Col(
        "title_en",
        "text",
        False,
        "Name auf Englisch; leer: die Seite zeigt den deutschen Namen.",
        "Name in English; empty: the page shows the German name.",
        width=30,
    ),
    Col(
        "handlungsfeld",
        "choice",
        True,
        "Handlungsfeld der Maßnahme (oder „none – übergreifend“).",
        "Field of action of the measure (or 'none – übergreifend').",
        FIELD_ITEMS,
        width=30,
    ),
    Col(
        "year",
        "year",
        False,
        f"Jahr (Beginn), {FIRST_YEAR}–{LAST_YEAR}; unbekannt: leer lassen.",
        f"Year (start), {FIRST_YEAR}–{LAST_YEAR}; unknown: leave empty.",
        width=10,
    ),
    Col(
        "amount_eur",
        "amount",
        False,
        "Betrag in Euro (Zahl ≥ 0); unbekannt: leer lassen, nicht 0 eintragen.",
        "Amount in euros (a number ≥ 0); unknown: leave empty, do not enter 0.",
        width=14,
    ),
    Col(
        "funding_programme",
        "text",
        False,
        "Förderprogramm oder Mittel (z. B. Aktionsraumfonds).",
        "Funding programme or budget (e.g. Aktionsraumfonds).",
        width=28,
    ),
    Col(
        "status",
        "choice",
        True,
        "geplant, läuft, abgeschlossen oder eingestellt.",
        "planned, running, completed or stopped.",
        _items(MEASURE_STATUS),
        width=20,
    ),
    _note("de"),
    _note("en"),
    SOURCE,
)

SHEETS: dict[str, tuple[str, tuple[Col, ...]]] = {
    "Bedarfe und Potenziale": (ENTRIES_FILE, ENTRY_COLS),
    "Prozess": (STEPS_FILE, STEP_COLS),
    "Maßnahmen": (MEASURES_FILE, MEASURE_COLS),
}
"""Sheet name -> (data table it fills, its columns in order)."""
EXPLANATION = "Erläuterung"
LISTS = "Listen"
