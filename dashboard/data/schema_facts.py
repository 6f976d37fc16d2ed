"""Schemas of the public fact tables: ``space_facts.csv``, ``contacts.csv``, ``history.csv``."""

from __future__ import annotations

import datetime as dt

import pandera.pandas as pa

from .fact_words import FACT_KINDS, FACT_SCOPES, FACT_UNITS, HISTORY_KINDS
from .model import FACT_CONFIDENCE, HANDLUNGSFELDER

SPACE_IDS = r"^(AR|AQ)\d{2}(;(AR|AQ)\d{2})*\Z"
SPACE_IDS_ANY = r"^(AR|AQ|EX)\d{2}(;(AR|AQ|EX)\d{2})*\Z"
DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?\Z"
"""A year, a month or a day; :data:`REAL_PARTIAL_DATE` rejects days such as 2023-02-30."""


def _real_partial_date(value: str) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return True  # a year or a month: the pattern is enough
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


REAL_PARTIAL_DATE = pa.Check(_real_partial_date, element_wise=True, name="a real date YYYY-MM-DD")


def _text(**kw) -> pa.Column:
    return pa.Column(str, nullable=False, **kw)


def _opt(*checks: pa.Check) -> pa.Column:
    return pa.Column(str, list(checks), nullable=True, required=True)


def _isin(values) -> pa.Column:
    return pa.Column(str, pa.Check.isin([str(v) for v in values]), nullable=False)


def _year() -> pa.Column:
    return pa.Column("Int64", pa.Check.in_range(1900, 2100), nullable=True, coerce=True)


def _flag() -> pa.Column:
    return pa.Column(bool, coerce=True)


def _dating() -> dict[str, pa.Column]:
    return {
        "date": _opt(pa.Check.str_matches(DATE), REAL_PARTIAL_DATE),
        "year": _year(),
        "undated": _flag(),
        "date_note_de": _opt(),
        "date_note_en": _opt(),
    }


def _source(link_required: bool) -> dict[str, pa.Column]:
    link = pa.Check.str_startswith("http")
    cols = {
        "source_title": _text(),
        "source_url": _text(checks=link) if link_required else _opt(link),
        "confidence": _isin(FACT_CONFIDENCE),
    }
    if not link_required:
        cols |= {"source_note_de": _opt(), "source_note_en": _opt()}
    return cols


SPACE_FACTS = pa.DataFrameSchema(
    {
        "fact_id": _text(checks=pa.Check.str_matches(r"^F[0-9a-f]{8}\Z"), unique=True),
        "space_ids": _text(checks=pa.Check.str_matches(SPACE_IDS)),
        "scope": _isin(FACT_SCOPES),
        "kind": _isin(FACT_KINDS),
        "handlungsfeld": _isin((*HANDLUNGSFELDER, "none")),
        "text_de": _text(),
        "text_en": _text(),
        "value": pa.Column(float, pa.Check.ge(0), nullable=True, coerce=True),
        "unit": _opt(pa.Check.isin(list(FACT_UNITS))),
        **_dating(),
        "date_end": _opt(pa.Check.str_matches(DATE), REAL_PARTIAL_DATE),
        "year_end": _year(),
        "approx": _flag(),
        **_source(link_required=True),
        "raw_rows": _text(checks=pa.Check.str_matches(r"^[0-9a-f]{8}(;[0-9a-f]{8})*\Z")),
    },
    strict=True,
)
"""One public fact per row; ``space_ids`` names several spaces when the fact is for them
together (``scope`` ``together``: never split or add up) or the same for each (``each``)."""

CONTACTS = pa.DataFrameSchema(
    {
        "contact_id": _text(checks=pa.Check.str_matches(r"^[a-z0-9_]+\Z"), unique=True),
        "space_ids": _opt(pa.Check.str_matches(SPACE_IDS)),
        "role_de": _text(),
        "role_en": _text(),
        "address": _opt(),
        "how_de": _text(),
        "how_en": _text(),
        **_dating(),
        **_source(link_required=False),
    },
    strict=True,
)
"""Whom to contact and how to take part; empty ``space_ids``: for all spaces."""

HISTORY = pa.DataFrameSchema(
    {
        "event_id": _text(checks=pa.Check.str_matches(r"^[a-z0-9_]+\Z"), unique=True),
        **_dating(),
        "space_ids": _opt(pa.Check.str_matches(SPACE_IDS_ANY)),
        "kind": _isin(HISTORY_KINDS),
        "text_de": _text(),
        "text_en": _text(),
        **_source(link_required=False),
    },
    strict=True,
)
"""Events of the Aktionsplan's history; ``space_ids`` may name former spaces (EX..)."""

FACT_TABLES: dict[str, pa.DataFrameSchema] = {
    "space_facts.csv": SPACE_FACTS,
    "contacts.csv": CONTACTS,
    "history.csv": HISTORY,
}
