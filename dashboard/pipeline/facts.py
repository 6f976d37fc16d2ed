"""Programme, funding, resource and population facts, each row with its source."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..data.errors import DataError
from . import inputs

ASAG_2021 = (
    "Stadt Dortmund, Dezernat 5 – Sozialplanung: Aktionsplan Soziale Stadt – Aktueller Stand "
    "zum Weiterentwicklungsprozess, Präsentation im Ausschuss für Soziales, Arbeit und "
    "Gesundheit (ASAG), 07.12.2021"
)
PROJEKTBUERO = "Stadt Dortmund: Projektbüro Aktionsplan (Webseite, undatiert)"
PROJEKTBUERO_URL = (
    "https://www.dortmund.de/themen/soziales/aktionsplan-soziale-stadt/projektbuero-aktionsplan/"
)

# key, label_de, label_en, value, unit, as_of, source_title, source_url, confidence
RESOURCES = [
    (
        "aktionsraeume",
        "Aktionsräume",
        "Aktionsräume (action areas)",
        13,
        "count",
        "2021-12-07",
        ASAG_2021,
        "",
        "read in source",
    ),
    (
        "aktionsquartiere",
        "Aktionsquartiere",
        "Aktionsquartiere (action quarters)",
        2,
        "count",
        "2021-12-07",
        ASAG_2021,
        "",
        "read in source",
    ),
    (
        "aktionsraumbeauftragte",
        "Aktionsraumbeauftragte",
        "Area coordinators",
        5,
        "persons",
        "2021-12-07",
        ASAG_2021,
        "",
        "read in source",
    ),
    (
        "projektbuero_staff",
        "Mitarbeitende im Projektbüro",
        "Project office staff",
        3,
        "persons",
        "2021-12-07",
        ASAG_2021,
        "",
        "read in source",
    ),
    (
        "project_funds_per_year",
        "Projektmittel pro Jahr (ca.)",
        "Project funds per year (approx.)",
        226000,
        "EUR",
        "2021-12-07",
        ASAG_2021 + "; " + PROJEKTBUERO,
        PROJEKTBUERO_URL,
        "read in source",
    ),
    (
        "aktionsraumfonds_per_area",
        "Aktionsraumfonds je Aktionsraum",
        "Action area fund per Aktionsraum",
        5000,
        "EUR",
        "undated (current page)",
        PROJEKTBUERO,
        PROJEKTBUERO_URL,
        "read in source",
    ),
]

SPACE_BY_AREA = {
    "Hoerde": "AR09",
    "Hoerde Zentrum": "AR09",
    "Westerfilde/Bodelschwingh": "AR12",
    "Dorstfeld": "AR05",
    "Scharnhorst-Ost": "AR08",
    "Nordstadt": "AR01;AR02;AR03",
    "Nordstadt (Hafen; Nordmarkt; Borsigplatz)": "AR01;AR02;AR03",
}
"""Funding areas named like a space. The programme area's boundary differs from the space's,
so the link is marked ``inferred_by_name``."""


def build_resources() -> pd.DataFrame:
    columns = [
        "key",
        "label_de",
        "label_en",
        "value",
        "unit",
        "as_of",
        "source_title",
        "source_url",
        "confidence",
    ]
    return pd.DataFrame(RESOURCES, columns=columns)


def build_funding(raw: Path) -> pd.DataFrame:
    rel = inputs.FUNDING
    df = inputs.read_table(
        raw,
        rel,
        [
            "programme",
            "area",
            "year",
            "amount_eur",
            "what",
            "source_title",
            "source_url",
            "confidence",
        ],
    )
    amounts = []
    for i, text in enumerate(df.amount_eur, start=2):
        amount = inputs.parse_number(text, rel, i, "amount_eur", allow_empty=True)
        if amount is not None and amount < 0:
            raise DataError(rel, "a non-negative amount", row=i, column="amount_eur", found=text)
        amounts.append(amount)
    out = df[["programme", "area", "year"]].copy()
    out["amount_eur"] = pd.array([None if a is None else round(a) for a in amounts], dtype="Int64")
    out["what"] = df.what
    out["space_id"] = df.area.map(SPACE_BY_AREA)
    out["space_match"] = out.space_id.where(out.space_id.isna(), "inferred_by_name")
    for column in ("source_title", "source_url", "confidence"):
        out[column] = df[column]
    return out


def build_population(raw: Path) -> pd.DataFrame:
    rel = inputs.POPULATION
    df = inputs.read_table(
        raw,
        rel,
        [
            "area",
            "level",
            "code",
            "year_end",
            "population",
            "area_km2",
            "source_title",
            "source_url",
            "note",
        ],
    )
    for i, (text, km2) in enumerate(zip(df.population, df.area_km2, strict=True), start=2):
        value = inputs.parse_number(text, rel, i, "population", allow_empty=False)
        if value < 0 or value != int(value):
            raise DataError(
                rel, "a non-negative whole number", row=i, column="population", found=text
            )
        inputs.parse_number(km2, rel, i, "area_km2", allow_empty=True)
    return df[
        [
            "area",
            "level",
            "code",
            "year_end",
            "population",
            "area_km2",
            "source_title",
            "source_url",
            "note",
        ]
    ].copy()
