"""The embeds of ``/index`` (registered in ``components/embed.py``'s registry and served by
``pages/embed.py``'s route ``/embed/<view>``):

* ``/embed/index``: the need index's map, legend and ranking, from ``/index``'s parameters;
* ``/embed/hotspots``: the hot-spot map and its legend (``mode`` is implied).

Each has a text alternative (a sentence and the values as a table), the compact source line
(source, reference date, confidence) under the title, and the link to the same state in the
full dashboard. Public data only: both need geometry, spaces and indicators.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from dash import dcc, html

from ..components.embed import Embed, EmbedView, register_embed, sources_list
from ..components.hotspots import hotspot_legend
from ..components.index_controls import create_map
from ..components.index_hotspots import cluster_rows, safe_view, value_text
from ..components.index_view import index_legend
from ..components.main_view import GRAPH_CONFIG
from ..data.views import catalogue_entry
from ..exports.index_texts import (
    always_words,
    hotspot_title,
    index_title,
    top_words,
    worst_confidence,
)
from ..figures.hotspot_style import hotspot_hideout
from ..figures.index_ranking import ranking_figure
from ..i18n import edition_year, format_date, t
from ..models.hotspots import in_language
from ..models.index import map_hideout, safe_model, score_text
from ..state.index import parse_state, state_query

NEEDS = ("geometry", "spaces", "indicators")


def _state(bundle, query, mode: str):
    return replace(parse_state(query, bundle)[0], mode=mode)


def compact_sources(entries, lang: str, own: bool) -> html.Div:
    """One line: source (linked), reference date(s), the lowest confidence; every
    indicator's own line folded below it."""
    entries = list(entries)
    first = entries[0]
    names = sorted({str(e.source).rsplit(": ", 1)[-1] for e in entries})
    dates = sorted({format_date(e.reference_date, lang) for e in entries})
    worst = worst_confidence(entries)
    link = html.A(", ".join(names), href=first.source_url, rel="noopener")
    return html.Div(
        [
            html.P(
                [
                    html.Strong(f"{t('source', lang)}: "),
                    t("embed_index_own", lang) if own else "",
                    link,
                    f" · {t('reference_date', lang)}: {', '.join(dates)} · ",
                    html.Span(
                        f"{t('confidence', lang)}: {t(worst, lang)}",
                        className=f"badge badge-confidence-{worst}",
                    ),
                ],
                className="mb-1",
            ),
            html.Details(
                [html.Summary(t("embed_index_sources", lang)), sources_list(entries, lang)],
                className="mb-1",
            ),
        ]
    )


def _table(caption: str, head: list[str], rows: list[list[str]], lang: str) -> html.Details:
    """The numbers behind the map as a plain table, folded (as the main view's embeds)."""
    body = "".join(
        "<tr>"
        + "".join(
            f"<th scope='row'>{escape(c)}</th>" if j == 1 else f"<td>{escape(c)}</td>"
            for j, c in enumerate(r)
        )
        + "</tr>"
        for r in rows
    )
    table = (
        f'<div class="table-responsive" tabindex="0" role="region" aria-label="{escape(caption)}">'
        '<table class="table table-sm table-striped small mb-0">'
        f'<caption class="visually-hidden">{escape(caption)}</caption><thead><tr>'
        + "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
        + f"</tr></thead><tbody>{body}</tbody></table></div>"
    )
    return html.Details(
        [
            html.Summary(t("embed_values", lang), className="small"),
            dcc.Markdown(table, dangerously_allow_html=True),
        ],
        className="embed-values mt-1",
    )


def _error(title: str, message: str, full: str, lang: str) -> Embed:
    return Embed(title, [html.P(message, className="small")], "", full)


def build_index(bundle, query, item, public) -> Embed:
    state = _state(bundle, query, "index")
    lang = state.lang
    full = "/index" + state_query(state, bundle)
    vm, error = safe_model(bundle, state)
    if vm is None:
        return _error(t("index_error", lang), error or "", full, lang)
    config = {**GRAPH_CONFIG, "displayModeBar": False}
    legend = index_legend(vm)
    legend.children = legend.children[:-1]  # its source line: the embed's stands at the top
    which = t(f"index_top_{state.level}", lang)
    rows = [
        [
            "" if r["rank"] != r["rank"] else str(int(r["rank"])),
            str(r["name"]),
            t("index_not_computed", lang)
            if r["score"] != r["score"]
            else score_text(r["score"], lang),
        ]
        for r in vm.rows.to_dict("records")
    ]
    body = [
        html.Div(
            create_map(bundle, map_hideout(bundle, vm), lang),
            className="embed-map",
        ),
        html.P(
            " ".join((f"{index_title(vm)}.", top_words(vm, 3), always_words(vm))),
            className="small mb-1 embed-summary",
        ),
        html.Div(legend, className="embed-legend"),
        html.H2(t("index_ranking", lang).format(which=which), className="h6 mt-2"),
        html.Div(
            dcc.Graph(
                id="embed-index-ranking",
                figure=ranking_figure(vm),
                config=config,
                className="ranking-frame",
            ),
            role="figure",
            **{"aria-label": t("index_ranking_alt", lang)},
        ),
        _table(
            t("index_table_caption", lang).format(n=len(rows)),
            [t("embed_rank", lang), t("embed_area", lang), t("index_score", lang)],
            rows,
            lang,
        ),
    ]
    entries = [i.entry for i in vm.chosen]
    title = t("embed_index_title", lang).format(year=edition_year(state.edition))
    return Embed(title, body, compact_sources(entries, lang, True), full)


def build_hotspots(bundle, query, item, public) -> Embed:
    state = _state(bundle, query, "hotspots")
    lang = state.lang
    full = "/index" + state_query(state, bundle)
    view, error = safe_view(bundle, state)
    if view is None:
        return _error(t("index_error", lang), error or "", full, lang)
    v = in_language(view, lang)
    labels = v.cluster_labels
    rows = [
        [
            r["cluster"],
            v.names.get(r["code"], r["code"]),
            value_text(v, r["value"], lang),
            labels[r["cluster"]],
        ]
        for r in cluster_rows(v)
    ]
    body = [
        html.Div(
            create_map(bundle, hotspot_hideout(v, lang), lang),
            className="embed-map",
        ),
        html.P(v.statement, className="small mb-1 embed-summary"),
        html.Div(hotspot_legend(v, lang), className="embed-legend"),
        html.P(v.pockets, className="small mb-1"),
        _table(
            t("index_hs_table", lang).format(n=len(rows)),
            [
                t("xlsx_hot_cluster", lang),
                t("index_hs_unit", lang),
                t("index_hs_value", lang),
                t("index_hs_kind", lang),
            ],
            rows,
            lang,
        ),
    ]
    entries = [catalogue_entry(bundle, i, v.edition) for i in v.indicators]
    return Embed(
        hotspot_title(v, lang),
        body,
        compact_sources(entries, lang, v.basis == "index"),
        full,
    )


register_embed(EmbedView("index", build_index, NEEDS, label=("Bedarfsindex", "Need index")))
register_embed(EmbedView("hotspots", build_hotspots, NEEDS, label=("Hot spots", "Hot spots")))
