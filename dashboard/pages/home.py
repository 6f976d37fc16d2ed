"""``/``: compare the 15 spaces (or the 170 units) on a linked map, ranking and table.

The URL holds the whole view state. ``sync_state`` turns controls, clicks and the URL into
the next state (``state.main.next_state``, pure) and renders the whole view for it in one
response (reload, shared link, Back/Forward included).
The parts are built in ``components/main_view.py``.
"""

from __future__ import annotations

import dash
from dash import (
    ClientsideFunction,
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    ctx,
    html,
    no_update,
)

from .. import ids
from ..components.controls import control_values, edition_options, k_note
from ..components.main_view import (
    create_main_view,
    create_notice,
    render_details,
    render_map,
    render_ranking,
)
from ..components.shell import create_shell
from ..exports.table import csv_filename, table_csv
from ..i18n import t
from ..models.main import main_model
from ..services import current_bundle
from ..settings import Settings
from ..state.main import PARAMS, Controls, next_state, parse_search, parse_state, state_query
from ..state.params import lang_switch_query


def layout(**query) -> html.Div:
    bundle = current_bundle()
    state, ignored = parse_state(query, bundle)
    tiles = Settings.from_env()  # until the app passes its settings
    main = create_main_view(bundle, state, ignored, tiles.tile_url, tiles.tile_attribution)
    return create_shell(main, state.lang, "/", _lang_href(state, bundle))


def _lang_href(state, bundle) -> str:
    return "/" + lang_switch_query(PARAMS, state, bundle)


DETAILS = {
    "heading": (ids.HOME_HEADING, "children"),
    "legend": (ids.HOME_LEGEND, "children"),
    "table": (ids.HOME_TABLE_HTML, "data"),
    "panel": (ids.HOME_PANEL, "children"),
    "source": (ids.HOME_SOURCE, "children"),
    "title": (ids.HOME_TITLE_SINK, "data"),
    "map_text": (ids.HOME_MAP_TEXT, "children"),
    "ranking_text": (ids.HOME_RANKING_TEXT, "children"),
}


@callback(
    output={
        "search": Output(ids.HOME_URL, "search"),
        "controls": [Output(c, "value") for c in ids.CONTROL_IDS],
        "editions": Output(ids.HOME_EDITION, "options"),
        "notice": Output(ids.HOME_NOTICE, "children"),
        "lang_href": Output(ids.LANG_LINK, "href"),
        "breaks_error": Output(ids.HOME_BREAKS_ERROR, "children"),
        "breaks_invalid": Output(ids.HOME_BREAKS, "invalid"),
        "filter_note": Output(ids.HOME_FILTER_NOTE, "children"),
        "k_note": Output(ids.HOME_K_NOTE, "children"),
        "k_disabled": Output(ids.HOME_K, "disabled"),
        "units": Output(ids.HOME_UNITS, "hideout"),
        "spaces": Output(ids.HOME_SPACES, "hideout"),
        "ranking": Output(ids.HOME_RANKING, "figure"),
        "ranking_note": Output(ids.HOME_RANKING_NOTE, "children"),
        "details": {key: Output(cid, prop) for key, (cid, prop) in DETAILS.items()},
    },
    inputs={
        "search": Input(ids.HOME_URL, "search"),
        "controls": [Input(c, "value") for c in ids.CONTROL_IDS],
        "map_click": Input(ids.HOME_UNITS, "clickData"),
        "bar_click": Input(ids.HOME_RANKING, "clickData"),
        "table_click": Input(ids.HOME_TABLE_CLICK, "data"),
    },
    prevent_initial_call=True,
)
def sync_state(search, controls, map_click, bar_click, table_click):
    """Controls, clicks and the URL agree (the URL holds the state, one history entry per
    change), and the whole view follows in the same response: map restyle, ranking, legend,
    table, panel and texts. One round trip per change (a change of the URL made here does not
    call this callback again; Back, Forward and a shared link do)."""
    bundle = current_bundle()
    step = next_state(
        bundle, search, ctx.triggered_id, Controls(*controls), map_click, bar_click, table_click
    )
    state, changed = step.state, step.changed
    query = state_query(state, bundle)
    values = control_values(bundle, state)
    # a control keeps what the user typed or ticked unless the state overrides it
    keep = {ids.HOME_BREAKS} if step.breaks_error else set()
    return {
        # the URL is only written for a user's change: rewriting it on load (or when the table
        # re-renders) would add a history entry, and Back could never leave the page
        "search": query if changed and query != search else no_update,
        "controls": [
            no_update if cid in keep or v == c else v
            for cid, v, c in zip(ids.CONTROL_IDS, values, controls, strict=True)
        ],
        "editions": edition_options(bundle, state.indicator, state.lang),
        "notice": create_notice(step.ignored, state.lang),
        "lang_href": _lang_href(state, bundle),
        "breaks_error": t(step.breaks_error, state.lang) if step.breaks_error else None,
        "breaks_invalid": bool(step.breaks_error),
        "filter_note": t("filter_kept", state.lang) if step.filter_kept else None,
        "k_note": k_note(state.method, state.lang),
        "k_disabled": state.method == "manual",
        **dict(zip(("units", "spaces"), render_map(bundle, state), strict=True)),
        **dict(zip(("ranking", "ranking_note"), render_ranking(bundle, state), strict=True)),
        "details": render_details(bundle, state),
    }


@callback(
    Output(ids.HOME_DOWNLOAD, "data"),
    Input(ids.HOME_CSV, "n_clicks"),
    State(ids.HOME_URL, "search"),
    prevent_initial_call=True,
)
def download_csv(_clicks, search):
    bundle = current_bundle()
    state = parse_search(bundle, search)[0]
    vm = main_model(bundle, state)
    return {"content": table_csv(vm), "filename": csv_filename(vm), "type": "text/csv"}


# the browser tab names the indicator (Dash Pages' titles cannot see the query string)
clientside_callback(
    ClientsideFunction("home", "setTitle"),
    Output(ids.HOME_TITLE_SINK, "id"),
    Input(ids.HOME_TITLE_SINK, "data"),
)

# the table is one HTML string, put into its element by the browser's parser
clientside_callback(
    ClientsideFunction("home", "setTable"),
    Output(ids.HOME_TABLE, "id"),
    Input(ids.HOME_TABLE_HTML, "data"),
)

# registered last: Dash needs the layout function (pages are imported by create_app)
# phones: the settings start folded, so the map and the ranking come first
clientside_callback(
    ClientsideFunction("home", "controlsOpen"),
    Output(ids.HOME_CONTROLS_BOX, "open"),
    Input(ids.HOME_CONTROLS_BOX, "id"),
)


# Dash Pages cannot see the query string in titles, so the title names both languages
dash.register_page(
    __name__, path="/", title="Karte · Map – Aktionsplan Soziale Stadt Dortmund", layout=layout
)
