"""``/vergleich``: 2–4 areas side by side in one Handlungsfeld, and the matrix of the 15
spaces × every indicator of an edition, coloured by their relation to the 170 units.

The URL holds the state (``state.compare``); ``sync_compare`` turns pickers, sort clicks and
the URL into the next state and renders both tables from it.
"""

from __future__ import annotations

from dataclasses import replace

import dash
from dash import Input, Output, State, callback, ctx, dcc, html, no_update

from .. import ids
from ..components.compare import (
    area_message,
    chosen_units,
    column_notes,
    create_pickers,
    create_table,
    legend,
    matrix_html,
    picker_values,
    side_html,
)
from ..components.export_menu import create_export_menu
from ..components.main_view import create_notice
from ..components.shell import create_shell
from ..data.areas import editions_by_date
from ..data.views import value_index
from ..exports.compare import matrix_csv, matrix_filename
from ..i18n import t
from ..models.compare import matrix_model, side_by_side
from ..services import current_bundle
from ..state.compare import MIN_AREAS, PARAMS, choose, parse_state, pick_areas, sort_by, state_query
from ..state.params import lang_switch_query

PATH = "/vergleich"


def empty_hint(state) -> html.P:
    """In the empty right pane: what to do (the page opens with nothing chosen)."""
    key = "xc_one" if len(state.areas) == 1 else "xc_empty"
    return html.P(t(key, state.lang), className="compare-empty small mb-0")


def render(bundle, state) -> dict:
    side = (
        create_table(side_html(side_by_side(bundle, state), state.lang))
        if len(state.areas) >= MIN_AREAS
        else empty_hint(state)
    )
    matrix = matrix_model(bundle, state)
    return {
        "side": side,
        "matrix": create_table(matrix_html(matrix, state)),
        "notes": column_notes(matrix, state.lang),
    }


def layout(**query) -> html.Div:
    bundle = current_bundle()
    state, ignored = parse_state(query, bundle)
    lang = state.lang
    parts = render(bundle, state)
    main = html.Div(
        [
            dcc.Location(id=ids.COMPARE_URL, refresh=False),
            dcc.Store(id=ids.COMPARE_CLICK),
            dcc.Download(id=ids.COMPARE_DOWNLOAD),
            html.Div(create_notice(ignored, lang), id=ids.COMPARE_NOTICE),
            html.Div(  # the export menu beside the heading, as on / and the profiles
                [
                    html.H1(t("compare_heading", lang), className="h4 mb-2"),
                    create_export_menu("compare", lang),
                ],
                className="export-head export-head-end",
            ),
            html.P(t("compare_intro", lang), className="small"),
            html.Div(
                [
                    html.Div(create_pickers(bundle, state), className="compare-pickers"),
                    html.Div(
                        [
                            html.H2(t("compare_side", lang), className="h5"),
                            html.Div(parts["side"], id=ids.COMPARE_SIDE),
                        ],
                        className="compare-side-box",
                    ),
                ],
                className="compare-grid",
            ),
            html.H2(t("compare_matrix", lang), className="h5 mt-3"),
            legend(lang),
            html.Button(
                t("download_matrix", lang),
                id=ids.COMPARE_CSV,
                className="btn btn-outline-primary btn-sm mb-2",
            ),
            html.Div(parts["matrix"], id=ids.COMPARE_MATRIX),
            html.Div(parts["notes"], id=ids.COMPARE_NOTES),
        ]
    )
    return create_shell(main, lang, PATH, _lang_href(state, bundle))


def _lang_href(state, bundle) -> str:
    return PATH + lang_switch_query(PARAMS, state, bundle)


@callback(
    output={
        "search": Output(ids.COMPARE_URL, "search"),
        "spaces": Output(ids.COMPARE_SPACES, "value"),
        "units": Output(ids.COMPARE_UNITS, "value"),
        "unit_options": Output(ids.COMPARE_UNITS, "options"),
        "unit_add": Output(ids.COMPARE_UNIT_ADD, "value"),
        "field": Output(ids.COMPARE_FIELD, "value"),
        "edition": Output(ids.COMPARE_EDITION, "value"),
        "message": Output(ids.COMPARE_MESSAGE, "children"),
        "notice": Output(ids.COMPARE_NOTICE, "children"),
        "lang_href": Output(ids.LANG_LINK, "href"),
        "side": Output(ids.COMPARE_SIDE, "children"),
        "matrix": Output(ids.COMPARE_MATRIX, "children"),
        "notes": Output(ids.COMPARE_NOTES, "children"),
    },
    inputs={
        "search": Input(ids.COMPARE_URL, "search"),
        "spaces": Input(ids.COMPARE_SPACES, "value"),
        "units": Input(ids.COMPARE_UNITS, "value"),
        "unit_add": Input(ids.COMPARE_UNIT_ADD, "value"),
        "field": Input(ids.COMPARE_FIELD, "value"),
        "edition": Input(ids.COMPARE_EDITION, "value"),
        "click": Input(ids.COMPARE_CLICK, "data"),
    },
    prevent_initial_call=True,
)
def sync_compare(search, spaces, units, unit_add, field, edition, click):
    """Pickers, sort clicks and the URL agree; the URL is written only for a user's change."""
    bundle = current_bundle()
    state, ignored = parse_state(search or "", bundle)
    trigger = ctx.triggered_id
    if trigger in (ids.COMPARE_SPACES, ids.COMPARE_UNITS, ids.COMPARE_UNIT_ADD):
        added = [unit_add] if trigger == ids.COMPARE_UNIT_ADD and unit_add else []
        index = value_index(bundle)
        known = {*index.spaces["id"], *index.units["id"]}
        step = pick_areas(
            state, spaces, [*(units if isinstance(units, list) else []), *added], known
        )
    elif trigger == ids.COMPARE_CLICK and isinstance(click, dict):
        step = choose(sort_by(state, str(click.get("sort", ""))))
        step = replace(step, changed=True)
    elif trigger in (ids.COMPARE_FIELD, ids.COMPARE_EDITION):
        step = choose(state, field, edition if edition in editions_by_date(bundle) else None)
    else:
        step = choose(state)
    new = step.state
    query = state_query(new, bundle)
    s_val, u_val = picker_values(bundle, new)
    return {
        "search": query if step.changed and query != search else no_update,
        "spaces": s_val if s_val != spaces else no_update,
        "units": u_val if u_val != units else no_update,
        "unit_options": chosen_units(bundle, u_val),
        "unit_add": "" if unit_add else no_update,
        "field": new.field if new.field != field else no_update,
        "edition": new.edition if new.edition != edition else no_update,
        "message": area_message(new, step.error, new.lang),
        "notice": create_notice(ignored if trigger == ids.COMPARE_URL else (), new.lang),
        "lang_href": _lang_href(new, bundle),
        **render(bundle, new),
    }


@callback(
    Output(ids.COMPARE_DOWNLOAD, "data"),
    Input(ids.COMPARE_CSV, "n_clicks"),
    State(ids.COMPARE_URL, "search"),
    prevent_initial_call=True,
)
def download_matrix(_clicks, search):
    bundle = current_bundle()
    state = parse_state(search or "", bundle)[0]
    matrix = matrix_model(bundle, state)
    return {"content": matrix_csv(matrix, state.lang), "filename": matrix_filename(matrix)}


dash.register_page(
    __name__,
    path=PATH,
    title="Vergleich · Compare – Aktionsplan Soziale Stadt Dortmund",
    layout=layout,
)
