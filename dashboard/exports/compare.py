"""CSV of the comparison matrix: one row per space and indicator, in the order the matrix
shows, with the rule, the unit quartiles, source, reference date and confidence (pure)."""

from __future__ import annotations

from ..i18n import format_date, t
from ..models.compare import Matrix, column_label, missing_text
from .cells import csv_text, plain_number


def _number(value, lang: str) -> str:
    return "" if value is None else plain_number(value, lang, 3)


def matrix_csv(matrix: Matrix, lang: str) -> str:
    """German: ';' and decimal comma; English: ',' and decimal point. Missing stays empty
    (its reason in its own column), never 0."""
    header = [
        t(k, lang)
        for k in (
            "csv_space_id",
            "csv_space",
            "csv_indicator_id",
            "indicator",
            "edition",
            "csv_value",
            "csv_unit",
            "csv_missing",
            "csv_relation",
            "csv_p25",
            "csv_p75",
            "city_reference",
            "csv_rule",
            "source",
            "reference_date",
            "confidence",
        )
    ]
    rule = t("compare_rule", lang)
    rows = []
    for space in matrix.space_ids:
        for col in matrix.columns:
            value, cls, reason = matrix.cells[(space, col.indicator_id)]
            rows.append(
                [
                    space,
                    matrix.names[space],
                    col.indicator_id,
                    column_label(col, lang),
                    matrix.edition,
                    _number(value, lang),
                    col.unit,
                    missing_text(reason, lang) if reason else "",
                    t(f"rel_{cls}", lang),
                    _number(col.p25, lang),
                    _number(col.p75, lang),
                    _number(col.city, lang),
                    rule,
                    col.source,
                    format_date(col.reference_date, lang),
                    t(col.confidence, lang),
                ]
            )
    return csv_text(header, rows, lang)


def matrix_filename(matrix: Matrix) -> str:
    return f"aktionsplan_vergleich_{matrix.edition}.csv"
