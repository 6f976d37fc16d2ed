"""The hot-spot mode's parts of ``/index``: legend, statement and the clustered units as a
table (the map's text alternative). Layout builders only; every number comes from
``models.index_hotspots``."""

from __future__ import annotations

from dash import html

from .. import ids
from ..i18n import format_number, t
from ..models import index_hotspots as hsm
from ..models.index import source_line


def swatch(colour: str) -> html.Span:
    if colour:
        return html.Span(
            className="legend-swatch", style={"background": colour}, **{"aria-hidden": "true"}
        )
    return html.Span(className="legend-swatch no-data", **{"aria-hidden": "true"})


def count_text(n: int, lang: str) -> html.Span:
    return html.Span(f" ({n} {t('area' if n == 1 else 'areas', lang)})", className="text-muted")


def hotspot_legend(hm: hsm.HotspotModel) -> html.Div:
    lang = hm.state.lang
    items = [
        html.Li([swatch(c), label, count_text(n, lang)])
        for c, label, n in hsm.legend_entries(hm)
        if n or c
    ]
    return html.Div(
        [
            html.H2(t("index_hs_legend", lang), className="h6"),
            html.P(hm.basis_label, className="small mb-1"),
            html.Ul(items, className="legend-list small", id=ids.INDEX_HS_LEGEND),
            html.P(t("index_hs_help", lang), className="small text-muted"),
            html.P(source_line(hm.entries, lang), className="small"),
        ]
    )


def hotspot_section(hm: hsm.HotspotModel) -> html.Div:
    lang = hm.state.lang
    return html.Div(
        [
            html.H2(t("index_hs_heading", lang), className="h5"),
            html.Div(
                [html.P(s) for s in hsm.statement(hm)],
                id=ids.INDEX_HS_STATEMENT,
                className="index-statement",
            ),
            hotspot_table(hm),
        ]
    )


def hotspot_table(hm: hsm.HotspotModel) -> html.Div:
    """The map's clusters as a table (its text alternative)."""
    lang = hm.state.lang
    rows = hsm.cluster_rows(hm)
    caption = t("index_hs_table", lang).format(n=len(rows))
    head = [
        t("index_hs_unit", lang),
        t("index_hs_value", lang),
        t("index_hs_kind", lang),
        "p (FDR)",
    ]
    body = [
        html.Tr(
            [
                html.Td(f"{r['name']} ({r['code']})"),
                html.Td(hsm.value_text(hm, r["value"])),
                html.Td(t(f"index_hs_{r['cluster']}", lang)),
                html.Td(format_number(r["p_fdr"], lang, 3)),
            ]
        )
        for r in rows
    ]
    return html.Div(
        html.Table(
            [
                html.Caption(caption, className="caption-top fw-semibold text-body"),
                html.Thead(html.Tr([html.Th(h, scope="col") for h in head])),
                html.Tbody(body),
            ],
            className="table table-sm table-striped catalogue-table",
        ),
        className="table-responsive index-table-wrap",
        tabIndex=0,
        role="region",
        **{"aria-label": caption},
    )
