"""The profile's fact sections: public facts, history, contacts, money, city totals and the
Aktionsprogramm (pure; no Dash).

Adapters over the colleagues' contracts: when ``dashboard.data.space_facts`` offers
``facts_for``/``history_for``/``contacts_for``/``money_for``/``city_totals`` and
``dashboard.data.programmes`` offers ``programme_for``, they are used; until then the
sections are built from what the bundle already holds (funding.csv, resources.csv,
spaces.csv) or stay empty, and the page says "not yet recorded". Nothing is invented.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

import pandas as pd

from ..data import space_facts
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
TOTAL_COLUMNS = [
    "label_de",
    "label_en",
    "value",
    "unit",
    "date",
    "source_title",
    "source_url",
    "confidence",
]
CONTACT_COLUMNS = ["role_de", "role_en", "address", "url", "source_title", "source_url", "date"]
HISTORY_COLUMNS = ["date", "text_de", "text_en", "source_title", "source_url", "confidence"]
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


def _helper(name: str):
    return getattr(space_facts, name, None)


def facts(bundle: Bundle, space_id: str) -> pd.DataFrame:
    fn = _helper("facts_for")
    return fn(bundle, space_id) if fn else pd.DataFrame(columns=FACT_COLUMNS)


def history(bundle: Bundle, space_id: str) -> pd.DataFrame:
    """Dated events; until ``history_for`` exists: empty (the page shows valid_from/_to)."""
    fn = _helper("history_for")
    return fn(bundle, space_id) if fn else pd.DataFrame(columns=HISTORY_COLUMNS)


def contacts(bundle: Bundle, space_id: str) -> pd.DataFrame:
    fn = _helper("contacts_for")
    return fn(bundle, space_id) if fn else pd.DataFrame(columns=CONTACT_COLUMNS)


def population_basis(bundle: Bundle, space_id: str) -> pd.Series | None:
    """The population figure published for exactly this space (scope ``space``), if any."""
    pop = space_facts.space_population(bundle, space_id)
    if pop.empty:
        return None
    own = pop[(pop.scope == "space") & (pop.space_ids == space_id)]
    return None if own.empty else own.iloc[0]


def money(bundle: Bundle, space_id: str) -> pd.DataFrame:
    """Programme amounts named for this space. Fallback: funding.csv rows with its id;
    per resident only where a population figure for exactly this space is published."""
    fn = _helper("money_for")
    if fn:
        return fn(bundle, space_id)
    f = bundle.funding
    ids = f.space_id.fillna("").str.split(";")
    mine = f[ids.apply(lambda x: space_id in x)]
    basis = population_basis(bundle, space_id)
    rows = []
    for r in mine.itertuples(index=False):
        per, basis_de, basis_en = None, "", ""
        shared = ";" in str(r.space_id)
        if basis is not None and not shared and pd.notna(r.amount_eur):
            per = float(r.amount_eur) / float(basis.population)
            approx = bool(basis.approx)
            basis_de = (
                "ca. " if approx else ""
            ) + f"{int(basis.population):,} Einw., {basis.as_of_de}".replace(",", ".")
            basis_en = (
                "about " if approx else ""
            ) + f"{int(basis.population):,} inhabitants, {basis.as_of_en}"
        rows.append(
            (
                r.programme_de,
                r.programme_en,
                _year(r),
                r.amount_eur,
                r.what_de,
                r.what_en,
                per,
                basis_de,
                basis_en,
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
    if pd.notna(r.year_end):
        year += f"–{int(r.year_end)}"
    return year


def city_totals(bundle: Bundle) -> pd.DataFrame:
    """City-wide amounts and staff, never divided among the spaces. Fallback: resources.csv."""
    fn = _helper("city_totals")
    if fn:
        return fn(bundle)
    r = bundle.resources
    keep = r[r.unit.isin(["EUR", "persons"])]
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
    prog = fn(bundle, space_id)
    entries = prog.entries
    filled = {hf: bool((entries.handlungsfeld == hf).any()) for hf in FIELDS}
    return ProgrammeStatus(True, filled, entries, prog.steps, prog.measures)
