"""Source lines: every number's source, reference date and confidence where it is shown."""

from __future__ import annotations

import pandas as pd
from dash import dcc, html

from ..data.views import Reference
from ..i18n import format_date, format_value, pick, t


def reference_label(reference: Reference, lang: str) -> str:
    return (reference.label_en if lang == "en" else reference.label_de) or t("city", lang)


def reference_method(reference: Reference, lang: str) -> str:
    """How the city value was computed, in one sentence (shown wherever it appears)."""
    return reference.method_en if lang == "en" else reference.method_de


def source_text(entry: pd.Series, lang: str) -> str:
    """One line for tooltips and exports."""
    return (
        f"{t('source', lang)}: {entry.source} · {t('reference_date', lang)}: "
        f"{format_date(entry.reference_date, lang)} · {t('confidence', lang)}: "
        f"{t(entry.confidence, lang)}"
    )


def create_source_line(
    entry: pd.Series,
    reference: Reference,
    lang: str,
    unit: str | None = None,
    older: pd.Series | None = None,
) -> html.Div:
    """Source, reference date, confidence and city value of what is shown; with ``older``
    (a change between editions) both editions are named."""
    caveats = pick(entry, "caveats", lang)
    unit = unit or entry.unit
    compared = (
        [
            f" – {t('compared_with', lang)} ",
            html.A(older.source, href=older.source_url, rel="noopener"),
            f" ({t('reference_date', lang)}: {format_date(older.reference_date, lang)})",
        ]
        if older is not None
        else []
    )
    return html.Div(
        [
            html.P(
                [
                    html.Strong(f"{t('source', lang)}: "),
                    html.A(entry.source, href=entry.source_url, rel="noopener"),
                    *compared,
                    f" ({entry.transcription})" if entry.transcription else "",
                    f" · {t('reference_date', lang)}: {format_date(entry.reference_date, lang)}",
                    " · ",
                    html.Span(
                        f"{t('confidence', lang)}: {t(entry.confidence, lang)}",
                        className=f"badge badge-confidence-{entry.confidence}",
                    ),
                    f" · {reference_label(reference, lang)}: "
                    f"{format_value(reference.value, unit, lang)}",
                ],
                className="mb-1",
            ),
            html.P(
                [
                    html.Strong(f"{reference_label(reference, lang)}: "),
                    reference_method(reference, lang),
                ],
                className="mb-1",
            )
            if reference_method(reference, lang)
            else None,
            html.P(
                [
                    html.Strong(f"{t('caveats', lang)}: "),
                    caveats,
                    " ",
                    dcc.Link(
                        t("details", lang),
                        href=f"/daten{'?lang=en' if lang == 'en' else ''}#ind-{entry.indicator_id}",
                    ),
                ],
                className="mb-0",
            ),
        ],
        className="source-line",
    )
