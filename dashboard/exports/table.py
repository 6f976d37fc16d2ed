"""CSV of exactly the table a view shows, with the source on every row (pure)."""

from __future__ import annotations

from ..i18n import edition_year, format_date, t
from ..models.main import MainModel
from ..models.table import sorted_rows, table_columns
from .cells import csv_text, plain_number

NUMBER_KEYS = ("value", "old", "new")


def _source(entry, lang: str) -> str:
    transcription = entry.transcription
    if isinstance(transcription, str) and transcription:
        return f"{entry.source} ({t('transcription', lang)}: {transcription})"
    return entry.source


def table_csv(model: MainModel) -> str:
    """CSV of the table in its current order (German: ';' and decimal comma). In change
    mode both editions are named: source, reference date and confidence of each."""
    lang = model.state.lang
    cols = table_columns(model)
    entries = [model.older, model.entry] if model.is_change else [model.entry]
    extra, provenance = [], []
    for e in entries:
        suffix = f" {edition_year(e.edition)}" if model.is_change else ""
        extra += [
            t("source", lang) + suffix,
            t("reference_date", lang) + suffix,
            t("confidence", lang) + suffix,
        ]
        provenance += [_source(e, lang), format_date(e.reference_date, lang), t(e.confidence, lang)]
    rows = []
    for row in sorted_rows(model):  # the order the table shows
        values = []
        for key, _ in cols:
            v = row[key]
            if key in NUMBER_KEYS and v is not None:
                values.append(plain_number(v, lang, 2))
            else:
                values.append("" if v is None else v)
        rows.append([*values, *provenance])
    return csv_text([*(label for _, label in cols), *extra], rows, lang)


def csv_filename(model: MainModel) -> str:
    """The page's CSV is the export's table CSV, under the same name
    (``aktionsplan_kinder-sgb2_2024_raeume.csv``)."""
    from .views.main import filename  # the view imports this module

    return filename(model, "table", "csv")
