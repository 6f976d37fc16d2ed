"""``/kulisse``: does the area selection cover the need? High-need units outside the 15
spaces and member units close to the city, on a map and in two tables with rank intervals
(``models.coverage`` over ``analysis.coverage``). The URL holds the state (``state.coverage``)."""

from __future__ import annotations

import dash
from dash import Input, Output, State, callback, ctx, dcc, html, no_update

from .. import ids
from ..analysis.coverage import INDEX, coverage_csv
from ..components import coverage as cc
from ..components.export_menu import create_export_menu
from ..components.main_view import create_notice
from ..components.shell import create_shell
from ..i18n import t
from ..models.coverage import coverage_model, map_hideout
from ..services import current_bundle
from ..state.coverage import PARAMS, next_state, parse_state, state_query
from ..state.params import lang_switch_query

PATH = "/kulisse"


def render(bundle, state) -> dict:
    model = coverage_model(bundle, state)
    return {
        "hideout": map_hideout(model),
        "legend": cc.create_legend(model),
        "summary": cc.create_summary(model),
        "outside": cc.outside_table(model),
        "close": [cc.close_rule(model), cc.close_table(model)],
        "method": cc.create_method(model),
        "sources": cc.create_sources(model),
    }


def layout(**query) -> html.Div:
    bundle = current_bundle()
    state, ignored = parse_state(query, bundle)
    lang = state.lang
    p = render(bundle, state)
    main = html.Div(
        [
            dcc.Location(id=ids.COVERAGE_URL, refresh=False),
            dcc.Download(id=ids.COVERAGE_DOWNLOAD),
            html.Div(create_notice(ignored, lang), id=ids.COVERAGE_NOTICE),
            html.Div(  # the export menu beside the heading (map, deck, both tables)
                [
                    html.H1(t("cov_heading", lang), className="h4 mb-2"),
                    create_export_menu("coverage", lang),
                ],
                className="export-head",
            ),
            cc.create_statement(lang),
            cc.create_controls(bundle, state),
            html.Div(p["summary"], id=ids.COVERAGE_SUMMARY, role="status"),
            html.Div(
                [
                    cc.create_map(bundle, p["hideout"], lang),
                    html.Div(p["legend"], id=ids.COVERAGE_LEGEND),
                ],
                className="coverage-grid mb-3",
            ),
            html.H2(t("cov_outside_heading", lang), className="h5"),
            html.Div(p["outside"], id=ids.COVERAGE_OUTSIDE),
            html.H2(t("cov_close_heading", lang), className="h5 mt-3"),
            html.Div(p["close"], id=ids.COVERAGE_CLOSE),
            html.Div(p["method"], id=ids.COVERAGE_METHOD),
            html.Button(
                t("cov_download", lang),
                id=ids.COVERAGE_CSV,
                className="btn btn-outline-primary btn-sm mb-3",
            ),
            html.Div(p["sources"], id=ids.COVERAGE_SOURCES),
        ],
        className="coverage-page",
    )
    return create_shell(main, lang, PATH, _lang_href(state, bundle))


def _lang_href(state, bundle) -> str:
    return PATH + lang_switch_query(PARAMS, state, bundle)


@callback(
    output={
        "search": Output(ids.COVERAGE_URL, "search"),
        "edition": Output(ids.COVERAGE_EDITION, "value"),
        "basis": Output(ids.COVERAGE_BASIS, "value"),
        "bases": Output(ids.COVERAGE_BASIS, "options"),
        "preset": Output(ids.COVERAGE_PRESET, "value"),
        "preset_off": Output(ids.COVERAGE_PRESET, "disabled"),
        "preset_hint": Output(ids.COVERAGE_PRESET_HINT, "children"),
        "top": Output(ids.COVERAGE_TOP, "value"),
        "notice": Output(ids.COVERAGE_NOTICE, "children"),
        "lang_href": Output(ids.LANG_LINK, "href"),
        "hideout": Output(ids.COVERAGE_UNITS, "hideout"),
        "legend": Output(ids.COVERAGE_LEGEND, "children"),
        "summary": Output(ids.COVERAGE_SUMMARY, "children"),
        "outside": Output(ids.COVERAGE_OUTSIDE, "children"),
        "close": Output(ids.COVERAGE_CLOSE, "children"),
        "method": Output(ids.COVERAGE_METHOD, "children"),
        "sources": Output(ids.COVERAGE_SOURCES, "children"),
    },
    inputs={
        "search": Input(ids.COVERAGE_URL, "search"),
        "edition": Input(ids.COVERAGE_EDITION, "value"),
        "basis": Input(ids.COVERAGE_BASIS, "value"),
        "preset": Input(ids.COVERAGE_PRESET, "value"),
        "top": Input(ids.COVERAGE_TOP, "value"),
    },
    prevent_initial_call=True,
)
def sync_coverage(search, edition, basis, preset, top):
    """Controls and the URL agree; the URL is written only for a user's change."""
    bundle = current_bundle()
    state, ignored = parse_state(search or "", bundle)
    from_url = ctx.triggered_id == ids.COVERAGE_URL
    new = state if from_url else next_state(bundle, state, edition, basis, preset, top)
    return {
        "search": state_query(new, bundle) if not from_url and new != state else no_update,
        "edition": new.edition if new.edition != edition else no_update,
        "basis": new.basis if new.basis != basis else no_update,
        "bases": cc.basis_options(bundle, new.edition, new.lang),
        "preset": new.preset if new.preset != preset else no_update,
        "preset_off": new.basis != INDEX,
        "preset_hint": cc.preset_hint(new.basis != INDEX, new.lang),
        "top": new.top_n if new.top_n != top else no_update,
        "notice": create_notice(ignored if from_url else (), new.lang),
        "lang_href": _lang_href(new, bundle),
        **render(bundle, new),
    }


@callback(
    Output(ids.COVERAGE_DOWNLOAD, "data"),
    Input(ids.COVERAGE_CSV, "n_clicks"),
    State(ids.COVERAGE_URL, "search"),
    prevent_initial_call=True,
)
def download_coverage(_clicks, search):
    bundle = current_bundle()
    state = parse_state(search or "", bundle)[0]
    model = coverage_model(bundle, state)
    name = f"kulisse_{state.basis}_{state.edition}_top{state.top_n}.csv"
    return {"content": coverage_csv(model.result), "filename": name}


dash.register_page(
    __name__,
    path=PATH,
    title="Gebietskulisse · Area selection – Aktionsplan Soziale Stadt Dortmund",
    layout=layout,
)
