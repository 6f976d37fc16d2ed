"""Table schemas of the built ``data/`` files, checked with pandera.

Every table is read as text and then checked and coerced here, so a failure can name the
file, the CSV line, the column and the offending value (:class:`DataError`).
"""

from __future__ import annotations

import datetime as dt

import pandera.pandas as pa

from .model import (
    CONFIDENCE,
    DIRECTIONS,
    FACT_CONFIDENCE,
    HANDLUNGSFELDER,
    MEMBERSHIP_CONFIDENCE,
    MISSING_REASONS,
    POPULATION_SCOPES,
    SPACE_MATCH,
    SPACE_RELATIONS,
    SPACE_STATUS,
    SPACE_TYPES,
    ZERO_RULES,
)
from .schema_facts import FACT_TABLES
from .tablecheck import check_table

UNIT_CODE = r"^\d{3}\Z"
SPACE_ID = r"^(AR|AQ|EX)\d{2}\Z"


def _text(**kw) -> pa.Column:
    return pa.Column(str, nullable=False, **kw)


def _opt_text() -> pa.Column:
    return pa.Column(str, nullable=True, required=True)


def _isin(values) -> pa.Column:
    return pa.Column(str, pa.Check.isin([str(v) for v in values]), nullable=False)


def _number(*checks: pa.Check, nullable: bool = False) -> pa.Column:
    return pa.Column(float, list(checks), nullable=nullable, coerce=True)


def _real_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


REAL_DATE = pa.Check(_real_date, element_wise=True, name="a real date YYYY-MM-DD")
NOT_FUTURE = pa.Check(
    lambda v: not _real_date(v) or dt.date.fromisoformat(v) <= dt.date.today(),
    element_wise=True,
    name="a date that is not in the future",
)
NON_NEGATIVE = pa.Check.ge(0)
YEAR = pa.Check.in_range(1900, 2100)
SPACE_IDS = r"^(AR|AQ)\d{2}(;(AR|AQ)\d{2})*\Z"


def _year(nullable: bool = True) -> pa.Column:
    return pa.Column("Int64", YEAR, nullable=nullable, coerce=True)


def _flag() -> pa.Column:
    return pa.Column(bool, coerce=True)


UNITS = pa.DataFrameSchema(
    {
        "code": _text(checks=pa.Check.str_matches(UNIT_CODE), unique=True),
        "name": _text(checks=pa.Check.str_length(min_value=1)),
        "stat_bezirk_code": _text(checks=pa.Check.str_matches(r"^\d{2}\Z")),
        "stat_bezirk_name": _text(checks=pa.Check.str_length(min_value=1)),
        "stadtbezirk": _text(checks=pa.Check.str_length(min_value=1)),
        "area_km2": _number(pa.Check.gt(0)),
        "space_id": _opt_text(),
        "space_relation": _opt_text(),
    },
    strict=True,
)

SPACES = pa.DataFrameSchema(
    {
        "space_id": _text(checks=pa.Check.str_matches(SPACE_ID), unique=True),
        "name": _text(checks=pa.Check.str_length(min_value=1)),
        "short_name": _text(checks=pa.Check.str_length(min_value=1, max_value=30)),
        "type": _isin(SPACE_TYPES),
        "status": _isin(SPACE_STATUS),
        "valid_from": pa.Column(int, pa.Check.in_range(2008, 2100), coerce=True),
        "valid_to": pa.Column("Int64", pa.Check.in_range(2008, 2100), nullable=True, coerce=True),
        "stadtbezirk": _text(),
        "sozialraum": _text(),
        "membership_confidence": _isin(MEMBERSHIP_CONFIDENCE),
        "geometry_basis": _isin(("member_units", "surrounding_units")),
        "evidence_de": _text(),
        "evidence_en": _text(),
        "note_de": _opt_text(),
        "note_en": _opt_text(),
        "check_de": _opt_text(),
        "check_en": _opt_text(),
    },
    strict=True,
)

SPACE_UNITS = pa.DataFrameSchema(
    {
        "space_id": _text(checks=pa.Check.str_matches(SPACE_ID)),
        "unit_code": _text(checks=pa.Check.str_matches(UNIT_CODE)),
        "relation": _isin(SPACE_RELATIONS),
        "confidence": _isin(MEMBERSHIP_CONFIDENCE),
    },
    unique=["space_id", "unit_code"],
    strict=True,
)

CATALOGUE = pa.DataFrameSchema(
    {
        "indicator_id": _text(checks=pa.Check.str_matches(r"^[a-z][a-z0-9_]*\Z")),
        "edition": _text(checks=pa.Check.str_matches(r"^[a-z0-9_]+\Z")),
        "label_de": _text(),
        "label_en": _text(),
        "definition_de": _text(),
        "definition_en": _text(),
        "unit": _text(),
        "is_percentage": pa.Column(bool, coerce=True),
        "handlungsfeld": _isin(HANDLUNGSFELDER),
        "handlungsfeld_assignment": _isin(("official", "project")),
        "direction": pa.Column(int, pa.Check.isin(list(DIRECTIONS)), coerce=True),
        "status": _isin(("ok", "broken_in_source")),
        "comparable_across_editions": pa.Column(bool, coerce=True),
        "source": _text(),
        "source_url": _text(checks=pa.Check.str_startswith("http")),
        "transcription": _opt_text(),
        "licence_de": _text(),
        "licence_en": _text(),
        "reference_date": _text(
            checks=[pa.Check.str_matches(r"^\d{4}-\d{2}-\d{2}\Z"), REAL_DATE, NOT_FUTURE]
        ),
        "reference_date_note_de": _opt_text(),
        "reference_date_note_en": _opt_text(),
        "confidence": _isin(CONFIDENCE),
        "caveats_de": _opt_text(),
        "caveats_en": _opt_text(),
        "zero_rule": _isin(ZERO_RULES),
        "zero_rule_de": _text(),
        "zero_rule_en": _text(),
        "source_column": _text(),
    },
    unique=["indicator_id", "edition"],
    strict=True,
)

VALUES = pa.DataFrameSchema(
    {
        "unit_code": _text(checks=pa.Check.str_matches(UNIT_CODE)),
        "indicator_id": _text(),
        "edition": _text(),
        "value": _number(nullable=True),
        "missing_reason": pa.Column(str, pa.Check.isin(MISSING_REASONS), nullable=True),
        "note": _opt_text(),
    },
    unique=["unit_code", "indicator_id", "edition"],
    strict=True,
)

CITY_REFERENCE = pa.DataFrameSchema(
    {
        "indicator_id": _text(),
        "edition": _text(),
        "value": _number(nullable=True),
        "kind": _isin(("official", "median_of_units")),
        "n_areas": pa.Column(int, NON_NEGATIVE, coerce=True),
        "source": _text(),
        "label_de": _text(),
        "label_en": _text(),
        "method_de": _text(),
        "method_en": _text(),
    },
    unique=["indicator_id", "edition"],
    strict=True,
)

FUNDING = pa.DataFrameSchema(
    {
        "programme_de": _text(),
        "programme_en": _text(),
        "area_de": _text(),
        "area_en": _text(),
        "year": _year(),
        "year_end": _year(),
        "undated": _flag(),
        "year_note_de": _opt_text(),
        "year_note_en": _opt_text(),
        "amount_eur": pa.Column("Int64", NON_NEGATIVE, nullable=True, coerce=True),
        "what_de": _text(),
        "what_en": _text(),
        "space_id": pa.Column(str, pa.Check.str_matches(SPACE_IDS), nullable=True),
        "space_match": pa.Column(str, pa.Check.isin(list(SPACE_MATCH)), nullable=True),
        "source_title": _text(),
        "source_url": _text(checks=pa.Check.str_startswith("http")),
        "confidence": _isin(FACT_CONFIDENCE),
    },
    strict=True,
)

RESOURCES = pa.DataFrameSchema(
    {
        "key": _text(checks=pa.Check.str_matches(r"^[a-z_]+\Z"), unique=True),
        "label_de": _text(),
        "label_en": _text(),
        "value": _number(NON_NEGATIVE),
        "unit": _text(),
        "year": _year(),
        "as_of_de": _text(),
        "as_of_en": _text(),
        "source_title": _text(),
        "source_url": pa.Column(str, pa.Check.str_startswith("http"), nullable=True),
        "confidence": _isin(FACT_CONFIDENCE),
        "source_note_de": _opt_text(),
        "source_note_en": _opt_text(),
        "undated": _flag(),
    },
    strict=True,
)

POPULATION = pa.DataFrameSchema(
    {
        "area_de": _text(),
        "area_en": _text(),
        "level": _isin(("city", "stadtbezirk", "stat_bezirk", "unit", "programme_area")),
        "code": _opt_text(),
        "year": _year(nullable=False),
        "year_approx": _flag(),
        "population": pa.Column(int, NON_NEGATIVE, coerce=True),
        "area_km2": _number(NON_NEGATIVE, nullable=True),
        "source_title": _text(),
        "source_url": _text(checks=pa.Check.str_startswith("http")),
    },
    strict=True,
)

SPACE_POPULATION = pa.DataFrameSchema(
    {
        "space_ids": _text(checks=pa.Check.str_matches(SPACE_IDS)),
        "population": pa.Column(int, NON_NEGATIVE, coerce=True),
        "approx": _flag(),
        "year": _year(),
        "undated": _flag(),
        "as_of_de": _text(),
        "as_of_en": _text(),
        "scope": _isin(POPULATION_SCOPES),
        "area_de": _text(),
        "area_en": _text(),
        "source_title": _text(),
        "source_url": _text(checks=pa.Check.str_startswith("http")),
        "confidence": _isin(FACT_CONFIDENCE),
    },
    strict=True,
)

TABLES: dict[str, pa.DataFrameSchema] = {
    "spaces.csv": SPACES,
    "space_units.csv": SPACE_UNITS,
    "catalogue.csv": CATALOGUE,
    "indicators.csv": VALUES,
    "city_reference.csv": CITY_REFERENCE,
    "funding.csv": FUNDING,
    "resources.csv": RESOURCES,
    "population.csv": POPULATION,
    "space_population.csv": SPACE_POPULATION,
    **FACT_TABLES,
}
"""The CSV files of ``data/`` and their schemas, in load order."""


__all__ = ["TABLES", "check_table"]
