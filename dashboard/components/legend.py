"""Our own legend: classes with counts and a histogram, missing and filter entries, outlines.

Everything is read from the same :class:`ViewModel` as map, chart and table.
"""

from __future__ import annotations

from dash import html

from .. import ids
from ..figures.ranking import break_labels
from ..i18n import t, unit_label
from ..models.main import MainModel
from .html_block import HtmlBlock
from .html_charts import histogram_html


def _item(swatch_class: str, text: str, count: int | None, lang: str, style=None) -> html.Li:
    return html.Li(
        [
            html.Span(className=swatch_class, style=style or {}, **{"aria-hidden": "true"}),
            text,
            html.Span(
                f" ({count} {t('area' if count == 1 else 'areas', lang)})", className="text-muted"
            )
            if count is not None
            else "",
        ]
    )


def create_legend(vm: MainModel) -> html.Div:
    lang = vm.state.lang
    c = vm.classification
    shown = vm.areas[vm.areas.included]
    items = []
    if c is not None:
        # each class is named (colour never carries the meaning alone): 'Klasse 5: 46,1 – 58,8'
        for i, (label, count, color) in enumerate(
            zip(break_labels(vm), c.counts, c.colors, strict=True), 1
        ):
            name = t("legend_class", lang).format(i=i, label=label)
            items.append(_item("legend-swatch", name, count, lang, {"background": color}))
        items.reverse()  # highest values on top
    missing = shown[shown.value.isna()]
    broken = int((missing.missing_reason == "broken_in_source").sum())
    zeros = int((missing.missing_reason == "zero_in_source").sum())
    if len(missing) - broken - zeros:
        items.append(
            _item("legend-swatch no-data", t("no_data", lang), len(missing) - broken - zeros, lang)
        )
    if zeros:
        items.append(_item("legend-swatch no-data", t("missing_zero_in_source", lang), zeros, lang))
    if broken:
        items.append(_item("legend-swatch no-data", t("broken", lang), broken, lang))
    excluded = int((~vm.areas.included).sum())
    if excluded:
        items.append(
            _item(
                "legend-swatch",
                t("excluded", lang),
                excluded,
                lang,
                {"background": "#dfe5eb", "borderColor": "#b0b0b0"},
            )
        )
    if vm.state.level == "spaces":
        items.append(
            _item(
                "legend-swatch",
                t("outside_grey", lang),
                None,
                lang,
                {"background": "#dfe5eb", "borderColor": "#b0b0b0"},
            )
        )
    method = "diverging" if vm.is_change else vm.state.method
    notes = [f"{t('classes', lang)}: {t('method_' + method, lang)}."]
    if method == "std_mean":
        notes.append(t("std_k_note", lang))
    if method == "manual" and not vm.state.breaks:
        notes.append(t("breaks_missing", lang))
    direction = vm.direction
    key = {1: "dark_need", -1: "dark_need_low", 0: "dark_context"}[direction]
    notes.append(t("change_colours" if vm.is_change and direction else key, lang))
    if vm.state.level == "spaces":
        notes.append(t("agg_note", lang))
    hist = (
        HtmlBlock(
            html=histogram_html(vm),
            className="legend-hist",
            role="img",
            # described by the class list below (the same classes and counts, in words)
            **{"aria-label": t("histogram_alt", lang), "aria-describedby": ids.HOME_LEGEND_LIST},
        )
        if c is not None
        else None
    )
    return html.Div(
        [
            html.H2(t("legend", lang), className="h6 mb-1"),
            html.P(
                unit_label(vm.unit, lang)
                + (f" ({t('change_word', lang)})" if vm.is_change else ""),
                className="small mb-1 text-muted",
            ),
            hist,
            html.Ul(items, id=ids.HOME_LEGEND_LIST, className="legend-list small"),
            html.P(" ".join(notes), className="small text-muted mb-2") if c is not None else None,
            html.Ul(
                [
                    html.Li(
                        [
                            html.Span(className="legend-outline", **{"aria-hidden": "true"}),
                            t("outline_documented", lang),
                        ]
                    ),
                    html.Li(
                        [
                            html.Span(className="legend-outline dashed", **{"aria-hidden": "true"}),
                            t("outline_inferred", lang),
                        ]
                    ),
                    html.Li(
                        [
                            html.Span(className="legend-outline dotted", **{"aria-hidden": "true"}),
                            t("outline_aq", lang),
                        ]
                    ),
                    html.Li(
                        [
                            html.Span(className="legend-outline former", **{"aria-hidden": "true"}),
                            t("map_former_legend", lang),
                        ]
                    ),
                ],
                className="legend-list small",
            ),
        ]
    )
