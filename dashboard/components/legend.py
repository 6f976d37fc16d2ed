"""Our own map legend: classes with counts, no-data entry, outline entries."""

from __future__ import annotations

from dash import html

from ..data.classify import Classification
from ..i18n import format_number, t, unit_label


def create_legend(
    classification: Classification | None,
    unit: str,
    direction: int,
    n_missing: int,
    missing_label: str,
    lang: str,
) -> html.Div:
    items = []
    if classification is not None:
        for (low, high), count, color in zip(
            classification.ranges(), classification.counts, classification.colors, strict=True
        ):
            items.append(
                html.Li(
                    [
                        html.Span(className="legend-swatch", style={"background": color}),
                        f"{format_number(low, lang)} – {format_number(high, lang)}",
                        html.Span(f" ({count} {t('areas', lang)})", className="text-muted"),
                    ]
                )
            )
        items.reverse()  # highest values on top
    if n_missing:
        items.append(
            html.Li(
                [
                    html.Span(className="legend-swatch no-data"),
                    missing_label,
                    html.Span(f" ({n_missing} {t('areas', lang)})", className="text-muted"),
                ]
            )
        )
    note_key = {1: "classes_note", -1: "classes_note_reverse"}.get(
        direction, "classes_note_context"
    )
    return html.Div(
        [
            html.H2(t("legend", lang), className="h6 mb-1"),
            html.P(unit_label(unit, lang), className="small mb-1 text-muted"),
            html.Ul(items, className="legend-list small"),
            html.P(t(note_key, lang), className="small text-muted"),
            html.Ul(
                [
                    html.Li([html.Span(className="legend-outline"), t("outline_ar", lang)]),
                    html.Li([html.Span(className="legend-outline dashed"), t("outline_aq", lang)]),
                ],
                className="legend-list small",
            ),
        ]
    )
