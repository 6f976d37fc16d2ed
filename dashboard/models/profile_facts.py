"""The profile's fact sections: public facts, history, contacts, money, city totals and the
Aktionsprogramm (pure; no Dash).

Thin adapters over ``dashboard.data.space_facts`` (facts, history, contacts),
``dashboard.data.space_money`` (money, city totals) and ``dashboard.data.programmes``; an
empty section says "not yet recorded". Nothing is invented.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

import pandas as pd

from ..data import space_facts, space_money
from ..data.bundle import Bundle

FACT_COLUMNS = [
    "space_ids",
    "kind",
    "handlungsfeld",
    "text_de",
    "text_en",
    "value",
    "unit",
    "date",
    "source_title",
    "source_url",
    "confidence",
]
MONEY_COLUMNS = [
    "programme_de",
    "programme_en",
    "year",
    "amount_eur",
    "what_de",
    "what_en",
    "per_resident",
    "per_resident_basis_de",
    "per_resident_basis_en",
    "source_title",
    "source_url",
    "confidence",
]
PROGRAMME_SECTIONS = ("need", "potential", "prerequisite", "requirement")
FIELDS = ("arbeit", "kinder", "zusammenhalt")


@dataclass(frozen=True)
class ProgrammeStatus:
    """Per Handlungsfeld: is anything of the space's Aktionsprogramm recorded?"""

    available: bool
    """False while the programme data model is not part of this build."""
    filled: dict[str, bool]
    entries: pd.DataFrame
    steps: pd.DataFrame
    measures: pd.DataFrame


def facts(bundle: Bundle, space_id: str) -> pd.DataFrame:
    return space_facts.facts_for(bundle, space_id)


def history(bundle: Bundle, space_id: str) -> pd.DataFrame:
    return space_facts.history_for(bundle, space_id)


def contacts(bundle: Bundle, space_id: str) -> pd.DataFrame:
    return space_facts.contacts_for(bundle, space_id)


def money(bundle: Bundle, space_id: str) -> pd.DataFrame:
    """Programme amounts known for this space (``space_money.money_for``), one row each, with
    the year (range), a note when the amount is for several spaces together, and the amount
    per resident only where ``money_for`` could compute it (with its basis)."""
    m = space_money.money_for(bundle, space_id)
    if m.empty:
        return pd.DataFrame(columns=MONEY_COLUMNS)
    spaces = bundle.spaces.set_index("space_id").name
    rows = []
    for r in m.itertuples(index=False):
        shared = [spaces.get(i, i) for i in str(r.shared_with or "").split(";") if i]
        together_de = f" Für mehrere Räume zusammen (mit {', '.join(shared)})." if shared else ""
        together_en = f" For several spaces together (with {', '.join(shared)})." if shared else ""
        rows.append(
            (
                r.programme_de,
                r.programme_en,
                _year(r),
                r.amount_eur,
                f"{r.what_de or ''}{together_de}".strip(),
                f"{r.what_en or ''}{together_en}".strip(),
                r.per_resident,
                r.per_resident_note_de if pd.notna(r.per_resident) else "",
                r.per_resident_note_en if pd.notna(r.per_resident) else "",
                r.source_title,
                r.source_url,
                r.confidence,
            )
        )
    return pd.DataFrame(rows, columns=MONEY_COLUMNS)


def _year(r) -> str:
    if pd.isna(r.year):
        return ""
    year = str(int(r.year))
    if pd.notna(r.year_end) and int(r.year_end) != int(r.year):
        year += f"–{int(r.year_end)}"
    return year


def city_totals(bundle: Bundle) -> pd.DataFrame:
    """City-wide amounts and staff, never divided among the spaces."""
    totals = space_money.city_totals(bundle)
    keep = totals[totals.unit.isin(["EUR", "persons"])]
    return pd.DataFrame(
        {
            "label_de": keep.label_de,
            "label_en": keep.label_en,
            "value": keep.value,
            "unit": keep.unit,
            "date": keep.as_of_de.where(keep.as_of_de.notna(), ""),
            "date_en": keep.as_of_en.where(keep.as_of_en.notna(), ""),
            "source_title": keep.source_title,
            "source_url": keep.source_url,
            "confidence": keep.confidence,
        }
    ).reset_index(drop=True)


def programme(bundle: Bundle, space_id: str) -> ProgrammeStatus:
    """The space's Aktionsprogramm, when the programme model exists; else all unfilled."""
    try:
        programmes = importlib.import_module("dashboard.data.programmes")
    except ImportError:
        programmes = None
    empty = pd.DataFrame()
    fn = getattr(programmes, "programme_for", None)
    if fn is None:
        return ProgrammeStatus(False, dict.fromkeys(FIELDS, False), empty, empty, empty)
    try:
        prog = fn(bundle, space_id)
    except KeyError:  # a former space has no Aktionsprogramm (they began in 2021)
        return ProgrammeStatus(False, dict.fromkeys(FIELDS, False), empty, empty, empty)
    entries = prog.entries
    filled = {hf: bool((entries.handlungsfeld == hf).any()) for hf in FIELDS}
    return ProgrammeStatus(True, filled, entries, prog.steps, prog.measures)
