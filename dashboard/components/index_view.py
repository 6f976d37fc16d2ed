"""The need-index page's views: legends, the index section (ranking, rank intervals, table,
method, sources) and the hot-spot section (statement, legend). Layout builders only: every
number comes from ``models.index`` (the hot-spot mode: ``components/index_hotspots.py``)."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import dcc, html

from .. import ids
from ..analysis.index import MIN_WEIGHT_SHARE
from ..analysis.stability import DEFAULT_DRAWS, DEFAULT_SEED, TOP
from ..figures.index_ranking import ranking_figure
from ..figures.stability import stability_figure
from ..i18n import format_date, format_number, pick, t
from ..models.index import (
    IndexModel,
    area_names,
    csv_filename,
    csv_text,
    legend_rows,
    map_hideout,
    rank_interval,
    safe_model,
    score_text,
    source_short,
)
from ..models.index import command_line as index_command
from .index_controls import create_controls, create_map
from .index_hotspots import csv_filename as hot_filename
from .index_hotspots import csv_text as hot_csv
from .index_hotspots import hotspot_parts, safe_view
from .index_share import create_index_share
from .main_view import GRAPH_CONFIG, create_notice

TYPE_KEYS = {"Aktionsraum": "type_ar", "Aktionsquartier": "type_aq", "outside": "type_out"}


def swatch(colour: str) -> html.Span:
    if colour:
        return html.Span(
            className="legend-swatch", style={"background": colour}, **{"aria-hidden": "true"}
        )
    return html.Span(className="legend-swatch no-data", **{"aria-hidden": "true"})


def count_text(n: int, lang: str) -> html.Span:
    return html.Span(f" ({n} {t('area' if n == 1 else 'areas', lang)})", className="text-muted")


def classes_text(vm: IndexModel) -> str:
    """How many classes the map really has: quantiles of tied scores give fewer than 5."""
    lang = vm.state.lang
    k = vm.classification.k if vm.classification is not None else 0
    key = "index_legend_ties" if 0 < k < 5 else "index_legend_quintiles"
    return t(key, lang).format(k=k)


def index_legend(vm: IndexModel) -> html.Div:
    lang = vm.state.lang
    items = [
        html.Li([swatch(c), text, count_text(n, lang)]) for c, text, n in reversed(legend_rows(vm))
    ]
    missing = int(vm.rows.score.isna().sum())
    if missing:
        items.append(
            html.Li([swatch(""), t("index_not_computed", lang), count_text(missing, lang)])
        )
    if vm.state.level == "spaces":
        items.append(html.Li([swatch("#ffffff"), t("outside_grey", lang)]))
    return html.Div(
        [
            html.H2(t("index_legend", lang), className="h6"),
            html.P(t(f"index_unit_{vm.spec.normalise}", lang), className="small mb-1"),
            html.Ul(items, className="legend-list small"),
            html.P(classes_text(vm), className="small text-muted"),
            html.P(t("index_map_help", lang), className="small text-muted"),
            html.P(source_short(vm), className="small"),
        ]
    )


def stability_words(vm: IndexModel) -> html.Div:
    lang = vm.state.lang
    names = area_names(vm, vm.always_top)
    top = (
        t("index_always_top", lang).format(top=TOP, names=", ".join(names))
        if names
        else t("index_always_top_none", lang).format(top=TOP)
    )
    tried = t("index_settings", lang).format(
        n=f"{vm.stability.n_settings:,}".replace(",", "." if lang == "de" else ","),
        draws=f"{DEFAULT_DRAWS:,}".replace(",", "." if lang == "de" else ","),
        seed=DEFAULT_SEED,
        k=len(vm.spec.indicators),
    )
    return html.Div([html.P(top, className="fw-semibold"), html.P(tried, className="small")])


def _coverage(r, vm: IndexModel, lang: str) -> str:
    k = len(vm.spec.indicators)
    text = t("index_of_indicators", lang).format(n=int(r["n_values"]), k=k)
    if r["partial"]:
        text += f" ({t('index_partial', lang)})"
    return text


def index_table(vm: IndexModel) -> html.Div:
    lang = vm.state.lang

    def score(r):
        return (
            score_text(r["score"], lang)
            if r["score"] == r["score"]
            else t("index_not_computed_long", lang)
        )

    def num(col):
        return lambda r: "–" if r[col] != r[col] else format_number(r[col], lang, 1)

    def span(lo, hi):
        return lambda r: "–" if r[lo] != r[lo] else f"{int(r[lo])}–{int(r[hi])}"

    columns = [
        (t("index_col_rank", lang), lambda r: "–" if r["rank"] != r["rank"] else int(r["rank"])),
        (t("area", lang).capitalize(), "name"),
        (t("index_col_type", lang), lambda r: t(TYPE_KEYS.get(r["type"], "type_out"), lang)),
        (t("index_score", lang), score),
        (t("index_col_coverage", lang), lambda r: _coverage(r, vm, lang)),
        (t("index_col_median", lang), num("median")),
        (t("index_col_p", lang), lambda r: rank_interval(r, lang)),
        (t("index_col_minmax", lang), span("min", "max")),
    ]
    caption = t("index_table_caption", lang).format(n=len(vm.rows))
    # the same markup as components.tables.create_table, built from records (4x faster)
    body = [
        html.Tr([html.Td(col(r) if callable(col) else r[col]) for _, col in columns])
        for r in vm.rows.to_dict("records")
    ]
    return html.Div(
        html.Table(
            [
                html.Caption(caption, className="caption-top fw-semibold text-body"),
                html.Thead(html.Tr([html.Th(h, scope="col") for h, _ in columns])),
                html.Tbody(body),
            ],
            className="table table-sm table-striped catalogue-table",
            id=ids.INDEX_TABLE,
        ),
        className="table-responsive",
        tabIndex=0,
        role="region",
        **{"aria-label": caption},
    )


def method_box(vm: IndexModel) -> html.Div:
    lang = vm.state.lang
    dirs = [
        html.Li(
            f"{i.label}: "
            + t("index_dir_up" if i.direction > 0 else "index_dir_down", lang)
            + f" · {t('index_weight', lang)} {format_number(w, lang, 1)}"
        )
        for i, w in zip(vm.chosen, vm.spec.weights, strict=True)
    ]
    return html.Section(
        [
            html.H2(t("index_method", lang), className="h5"),
            html.P(t("index_own", lang), className="fw-semibold"),
            html.P(t("index_formula_words", lang)),
            html.P(
                [
                    html.Code("S_i = Σ_j w_j · x̃_ij / Σ_j w_j"),
                    " ",
                    t("index_formula_symbols", lang),
                ]
            ),
            html.P(t(f"index_norm_explain_{vm.spec.normalise}", lang)),
            html.P(
                t("index_missing_rule", lang).format(
                    share=format_number(MIN_WEIGHT_SHARE * 100, lang, 0)
                )
            ),
            html.P(t("index_directions", lang), className="mb-1"),
            html.Ul(dirs),
            html.P(t("index_ties", lang)),
        ],
        className="index-method",
        id=ids.INDEX_METHOD,
    )


def sources_block(entries, lang: str) -> html.Div:
    """Per indicator (catalogue entry): source, reference date, confidence."""
    items = []
    for e in entries:
        tr = e.transcription if isinstance(e.transcription, str) and e.transcription else ""
        items.append(
            html.Li(
                [
                    html.Strong(f"{pick(e, 'label', lang)}: "),
                    html.A(e.source, href=e.source_url, rel="noopener"),
                    f" ({t('transcription', lang)}: {tr})" if tr else "",
                    f" · {t('reference_date', lang)}: {format_date(e.reference_date, lang)}",
                    " · ",
                    html.Span(
                        f"{t('confidence', lang)}: {t(e.confidence, lang)}",
                        className=f"badge badge-confidence-{e.confidence}",
                    ),
                    " · ",
                    dcc.Link(
                        t("details", lang),
                        href=f"/daten{'?lang=en' if lang == 'en' else ''}#ind-{e.indicator_id}",
                    ),
                ],
                className="small",
            )
        )
    return html.Section(
        [html.H2(t("index_sources", lang), className="h6"), html.Ul(items)],
        className="source-line",
        id=ids.INDEX_SOURCES,
    )


def tie_note(vm: IndexModel):
    rank, n = vm.tied_beyond_top
    if not n:
        return None
    return html.P(
        t("index_ties_beyond", vm.state.lang).format(rank=rank, n=n),
        className="small fw-semibold",
    )


def index_section(vm: IndexModel) -> html.Div:
    lang = vm.state.lang
    level = t(f"index_top_{vm.state.level}", lang)
    return html.Div(
        [
            html.Div(
                [
                    html.Div(
                        [
                            html.H2(t("index_ranking", lang).format(which=level), className="h5"),
                            html.Div(
                                dcc.Graph(
                                    id=ids.INDEX_RANKING,
                                    figure=ranking_figure(vm),
                                    config=GRAPH_CONFIG,
                                ),
                                role="figure",
                                **{"aria-label": t("index_ranking_alt", lang)},
                            ),
                            tie_note(vm),
                        ],
                        className="col-12 col-lg-6",
                    ),
                    html.Div(
                        [
                            html.H2(t("index_stability", lang).format(which=level), className="h5"),
                            html.Div(
                                dcc.Graph(
                                    id=ids.INDEX_STABILITY,
                                    figure=stability_figure(vm),
                                    config=GRAPH_CONFIG,
                                ),
                                role="figure",
                                **{"aria-label": t("index_stability_alt", lang)},
                            ),
                            html.P(t("index_st_marks", lang), className="small text-muted"),
                            html.Div(stability_words(vm), id=ids.INDEX_STABILITY_TEXT),
                        ],
                        className="col-12 col-lg-6",
                    ),
                ],
                className="row g-3",
            ),
            html.Div(index_table(vm), className="index-table-wrap mt-3"),
            method_box(vm),
        ]
    )


def command_block(command: str | None, lang: str) -> list:
    if command is None:
        return [html.P(t("index_hs_no_cli", lang), className="small")]
    return [
        html.P(t("index_cli", lang), className="small mb-1"),
        html.Pre(html.Code(command), className="index-cli"),
    ]


def error_block(message: str, lang: str) -> html.Div:
    return html.Div(
        f"{t('index_error', lang)} ({message})", className="alert alert-warning", role="status"
    )


def render(bundle, state) -> dict:
    """Everything that follows the state: map hideout, legend, the views and the command."""

    lang = state.lang
    vm, error = safe_model(bundle, state)
    if vm is None:
        empty = {"level": state.level, "colors": {}, "pale": [], "tips": {}, "selected": []}
        return {
            "hideout": empty,
            "legend": None,
            "view": error_block(error, lang),
            "command": command_block(None, lang),
        }
    if state.mode == "hotspots":
        view, error = safe_view(bundle, state)
        if view is None:
            return {
                "hideout": map_hideout(bundle, vm),
                "legend": index_legend(vm),
                "view": error_block(error, lang),
                "command": command_block(None, lang),
            }
        parts = hotspot_parts(view, state)
        return {**parts, "command": command_block(parts["command"], lang)}
    return {
        "hideout": map_hideout(bundle, vm),
        "legend": index_legend(vm),
        "view": html.Div([index_section(vm), sources_block([i.entry for i in vm.chosen], lang)]),
        "command": command_block(index_command(vm.spec), lang),
    }


def download(bundle, state) -> dict | None:
    """The CSV the command line prints: the index, or the hot spots in hot-spot mode."""
    if state.mode == "hotspots":
        view, _ = safe_view(bundle, state)
        if view is None:
            return None
        content, name = hot_csv(view), hot_filename(view)
    else:
        spec = state.spec()
        content, name = csv_text(bundle, spec), csv_filename(spec)
    return {"content": content, "filename": name, "type": "text/csv"}


def create_page(bundle, state, ignored, parts: dict, rendered: str) -> html.Div:
    lang = state.lang
    return html.Div(
        [
            dcc.Location(id=ids.INDEX_URL, refresh=False),
            dcc.Store(id=ids.INDEX_RENDERED, data=rendered),
            html.Div(create_notice(ignored, lang), id=ids.INDEX_NOTICE),
            *create_index_share(state, html.H1(t("index_heading", lang), className="h4 mb-2")),
            html.P(t("index_intro", lang), className="small"),
            # phones: the settings start folded (clientside), so the map comes first
            html.Details(
                [html.Summary(t("settings", lang), className="h6"), create_controls(bundle, state)],
                id=ids.INDEX_CONTROLS_BOX,
                open=True,
                className="controls-box mb-3",
            ),
            html.Div(
                [
                    html.Div(
                        create_map(bundle, parts["hideout"], lang), className="col-12 col-lg-8"
                    ),
                    html.Div(parts["legend"], id=ids.INDEX_LEGEND, className="col-12 col-lg-4"),
                ],
                className="row g-3 mb-3",
            ),
            html.Div(parts["view"], id=ids.INDEX_VIEW),
            html.Section(
                [
                    html.H2(t("index_download", lang), className="h6"),
                    html.Div(parts["command"], id=ids.INDEX_COMMAND),
                    dbc.Button(
                        t("index_csv", lang), id=ids.INDEX_CSV, color="secondary", size="sm"
                    ),
                    dcc.Download(id=ids.INDEX_DOWNLOAD),
                ],
                className="mt-3",
            ),
        ],
        className="index-page",
    )
