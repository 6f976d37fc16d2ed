"""Money known for one space, and the Aktionsplan's city totals (pure pandas).

City totals (the project budget of about 226,000 € a year, the Aktionsraumbeauftragte) are
shown as such and never divided among the spaces by an assumed key. An amount per resident
is given only when the amount is for the space alone and a population stated for the space
itself is known for a year close to the amount's year; the row says which figure was used.
"""

from __future__ import annotations

import pandas as pd

from .bundle import Bundle
from .space_facts import _naming, _others

MAX_YEAR_GAP = 2
"""A population figure counts as comparable if its year is at most this far from the amount's."""

CITY_TOTAL_KEYS = (
    "project_funds_per_year",
    "aktionsraumfonds_per_area",
    "aktionsraumbeauftragte",
    "projektbuero_staff",
    "aktionsraeume",
    "aktionsquartiere",
)
CITY_NOTE = (
    "Angabe für die ganze Stadt; wird nicht auf einzelne Räume verteilt.",
    "Figure for the whole city; not divided among the spaces.",
)
FUND_NOTE = (
    "Betrag je Aktionsraum laut Projektbüro; ob die Aktionsquartiere ebenso viel erhalten, ist "
    "nicht veröffentlicht.",
    "Amount per action area according to the project office; whether the Aktionsquartiere get "
    "the same is not published.",
)

MONEY_COLUMNS = [
    "origin",
    "programme_de",
    "programme_en",
    "what_de",
    "what_en",
    "year",
    "year_end",
    "undated",
    "date_note_de",
    "date_note_en",
    "amount_eur",
    "per",
    "scope",
    "shared_with",
    "source_title",
    "source_url",
    "confidence",
    "per_resident",
    "per_resident_population",
    "per_resident_year",
    "per_resident_note_de",
    "per_resident_note_en",
]


def money_for(bundle: Bundle, space_id: str) -> pd.DataFrame:
    """Funding rows linked to the space (``origin`` ``funding``) and money facts of the space
    not already among them (``origin`` ``fact``), newest first.

    ``per``: ``total``, ``year`` or ``month``. ``scope``: ``space``, ``programme_area`` (an area
    of the same name whose boundary may differ), ``together`` (several spaces: never split) or
    ``each``. ``per_resident`` is empty unless the amount is for this space alone and a
    comparable population is known; ``per_resident_note_de``/``_en`` say why, or which figure
    was used.
    """
    rows = [_funding_row(r, space_id) for r in _space_funding(bundle, space_id)]
    seen = {(r["amount_eur"], r["year"]) for r in rows}
    facts = bundle.space_facts
    if not facts.empty:
        money = facts.value.notna() & facts.unit.fillna("").str.startswith("EUR")
        mine = facts[_naming(facts, space_id) & money & (facts.kind == "funding")]
        for r in mine.to_dict("records"):
            year = None if pd.isna(r["year"]) else int(r["year"])
            if (round(r["value"]), year) not in seen:
                rows.append(_fact_row(r, space_id))
    pop = _populations(bundle, space_id)
    out = pd.DataFrame([{**r, **_per_resident(r, pop)} for r in rows], columns=MONEY_COLUMNS)
    for column in (
        "year",
        "year_end",
        "amount_eur",
        "per_resident_population",
        "per_resident_year",
    ):
        out[column] = out[column].astype("Int64")
    order = -out.year.astype("Float64").fillna(0)
    return (
        out.assign(_o=order).sort_values(["_o", "origin"]).drop(columns="_o").reset_index(drop=True)
    )


def _space_funding(bundle: Bundle, space_id: str) -> list[dict]:
    f = bundle.funding
    ids = f.space_id.fillna("").str.split(";")
    return f[ids.apply(lambda x: space_id in x)].to_dict("records")


def _funding_row(r: dict, space_id: str) -> dict:
    shared = _others(r["space_id"], space_id)
    scope = (
        ("together" if r["space_match"] == "several" else "each") if shared else "programme_area"
    )
    return {
        "origin": "funding",
        "programme_de": r["programme_de"],
        "programme_en": r["programme_en"],
        "what_de": r["what_de"],
        "what_en": r["what_en"],
        "year": r["year"],
        "year_end": r["year_end"],
        "undated": r["undated"],
        "date_note_de": r["year_note_de"],
        "date_note_en": r["year_note_en"],
        "amount_eur": None if pd.isna(r["amount_eur"]) else int(r["amount_eur"]),
        "per": "total",
        "scope": scope,
        "shared_with": shared,
        "source_title": r["source_title"],
        "source_url": r["source_url"],
        "confidence": r["confidence"],
    }


def _fact_row(r: dict, space_id: str) -> dict:
    per = {"EUR": "total", "EUR_per_year": "year", "EUR_per_month": "month"}[r["unit"]]
    return {
        "origin": "fact",
        "programme_de": None,
        "programme_en": None,
        "what_de": r["text_de"],
        "what_en": r["text_en"],
        "year": r["year"],
        "year_end": r["year_end"],
        "undated": r["undated"],
        "date_note_de": r["date_note_de"],
        "date_note_en": r["date_note_en"],
        "amount_eur": round(r["value"]),
        "per": per,
        "scope": r["scope"],
        "shared_with": _others(r["space_ids"], space_id),
        "source_title": r["source_title"],
        "source_url": r["source_url"],
        "confidence": r["confidence"],
    }


def _populations(bundle: Bundle, space_id: str) -> pd.DataFrame:
    pop = bundle.space_population
    if pop.empty:
        return pop
    return pop[(pop.space_ids == space_id) & (pop.scope == "space") & pop.year.notna()]


def _per_resident(r: dict, pop: pd.DataFrame) -> dict:
    out = {"per_resident": None, "per_resident_population": None, "per_resident_year": None}
    if r["shared_with"]:
        why = ("Betrag gilt für mehrere Räume; nicht aufgeteilt.", "Amount is for several spaces; "
               "not divided.")  # fmt: skip
    elif not pd.isna(r["year_end"]) and r["year_end"] != r["year"]:
        span = f"{int(r['year'])}–{int(r['year_end'])}"
        why = (f"Betrag für mehrere Jahre ({span}); kein Wert je Einwohner.",
               f"Amount for several years ({span}); no value per resident.")  # fmt: skip
    elif r["amount_eur"] is None or pd.isna(r["year"]):
        why = ("Ohne Jahr oder Betrag kein Wert je Einwohner.", "No year or amount, so no value "
               "per resident.")  # fmt: skip
    else:
        year = int(r["year"])
        near = pop[(pop.year - year).abs() <= MAX_YEAR_GAP] if not pop.empty else pop
        if near.empty:
            why = (
                "Keine Einwohnerzahl des Raums aus einem vergleichbaren Jahr veröffentlicht.",
                "No population of the space published for a comparable year.",
            )
        else:
            p = near.assign(gap=(near.year - year).abs()).sort_values("gap").iloc[0]
            area = ("", "") if r["scope"] == "space" else (
                " Der Betrag gilt für ein Gebiet gleichen Namens; seine Grenze kann abweichen.",
                " The amount is for an area of the same name; its boundary may differ.",
            )  # fmt: skip
            out = {
                "per_resident": round(r["amount_eur"] / int(p.population), 2),
                "per_resident_population": int(p.population),
                "per_resident_year": int(p.year),
            }
            approx = ("rund ", "about ") if p.approx else ("", "")
            why = (
                f"Betrag geteilt durch {approx[0]}{int(p.population)} Einwohner ({p.area_de}, "
                f"{int(p.year)}; {p.source_title}).{area[0]}",
                f"Amount divided by {approx[1]}{int(p.population)} residents ({p.area_en}, "
                f"{int(p.year)}; {p.source_title}).{area[1]}",
            )
    return {**out, "per_resident_note_de": why[0], "per_resident_note_en": why[1]}


def city_totals(bundle: Bundle) -> pd.DataFrame:
    """The Aktionsplan's resources for the whole city (``resources.csv``), each with a note
    (``note_de``/``note_en``) that it is not divided among the spaces."""
    res = bundle.resources
    res = res[res.key.isin(CITY_TOTAL_KEYS)].copy()
    res["key"] = pd.Categorical(res.key, categories=CITY_TOTAL_KEYS, ordered=True)
    res = res.sort_values("key").reset_index(drop=True)
    res["key"] = res.key.astype(str)
    fund = res.key == "aktionsraumfonds_per_area"
    res["note_de"] = [FUND_NOTE[0] if f else CITY_NOTE[0] for f in fund]
    res["note_en"] = [FUND_NOTE[1] if f else CITY_NOTE[1] for f in fund]
    return res
