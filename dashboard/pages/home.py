"""``/``: compare the 15 spaces (or the 170 units) on a linked map, ranking and table.

The URL holds the whole view state. ``sync_state`` turns controls, clicks and the URL into
the next state (``state.main.next_state``, pure) and renders the whole view for it in one
response (reload, shared link, Back/Forward included).
The parts are built in ``components/main_view.py``.
"""

from __future__ import annotations

import hashlib

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
from plotly.io.json import to_json_plotly

from .. import ids
from ..components.controls import control_values, edition_options, k_note
from ..components.main_view import (
    create_main_view,
    create_notice,
    page_details,
    render_map,
    render_ranking,
)
from ..components.shell import create_shell
from ..exports.table import csv_filename, table_csv
from ..i18n import t
from ..memo import per_bundle
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


PARTS = {
    "editions": (ids.HOME_EDITION, "options"),
    "lang_href": (ids.LANG_LINK, "href"),
    "k_note": (ids.HOME_K_NOTE, "children"),
    "k_disabled": (ids.HOME_K, "disabled"),
    "units": (ids.HOME_UNITS, "hideout"),
    "spaces": (ids.HOME_SPACES, "hideout"),
    "ranking": (ids.HOME_RANKING, "html"),
    "ranking_note": (ids.HOME_RANKING_NOTE, "children"),
    "heading": (ids.HOME_HEADING, "children"),
    "legend": (ids.HOME_LEGEND, "html"),
    "table": (ids.HOME_TABLE, "html"),
    "panel": (ids.HOME_PANEL, "html"),
    "source": (ids.HOME_SOURCE, "html"),
    "title": (ids.HOME_TITLE_SINK, "title"),
    "map_text": (ids.HOME_MAP_TEXT, "children"),
    "ranking_text": (ids.HOME_RANKING_TEXT, "children"),
}
"""The parts of the view that follow from the state alone (and the data)."""


@per_bundle(maxsize=64)
def view_parts(bundle, state) -> dict[str, tuple[object, bytes]]:
    """Each part of :data:`PARTS` for a state: (value, a digest of its JSON as sent, to
    compare with the page's)."""
    units, spaces = render_map(bundle, state)
    ranking, ranking_note = render_ranking(bundle, state)
    values = {
        "editions": edition_options(bundle, state.indicator, state.lang),
        "lang_href": _lang_href(state, bundle),
        "k_note": k_note(state.method, state.lang),
        "k_disabled": state.method == "manual",
        "units": units,
        "spaces": spaces,
        "ranking": ranking,
        "ranking_note": ranking_note,
        **page_details(bundle, state),
    }
    return {key: (value, _digest(value)) for key, value in values.items()}


def _digest(value) -> bytes:
    return hashlib.blake2b(to_json_plotly(value).encode(), digest_size=16).digest()


@callback(
    output={
        "search": Output(ids.HOME_URL, "search"),
        "controls": [Output(c, "value") for c in ids.CONTROL_IDS],
        "notice": Output(ids.HOME_NOTICE, "children"),
        "breaks_error": Output(ids.HOME_BREAKS_ERROR, "children"),
        "breaks_invalid": Output(ids.HOME_BREAKS, "invalid"),
        "filter_note": Output(ids.HOME_FILTER_NOTE, "children"),
        "data": Output(ids.HOME_DATA, "data"),
        "parts": {key: Output(cid, prop) for key, (cid, prop) in PARTS.items()},
    },
    inputs={
        "search": Input(ids.HOME_URL, "search"),
        "controls": [Input(c, "value") for c in ids.CONTROL_IDS],
        "map_click": Input(ids.HOME_UNITS, "clickData"),
        "table_click": Input(ids.HOME_TABLE_CLICK, "data"),
        "data": State(ids.HOME_DATA, "data"),
    },
    prevent_initial_call=True,
)
def sync_state(search, controls, map_click, table_click, data):
    """Controls, clicks and the URL agree (the URL holds the state, one history entry per
    change), and the whole view follows in the same response: map restyle, ranking, legend,
    table, panel and texts. One round trip per change (a change of the URL made here does not
    call this callback again; Back, Forward and a shared link do).

    After a user's action the page shows the state in the URL (``search``), drawn from the
    data named by ``data``: the parts that the new state leaves as they are are not sent
    again (an indicator change keeps the space outlines, a selection keeps the legend). After
    Back, Forward, or when the data changed since the page was drawn, every part is sent."""
    bundle = current_bundle()
    trigger = ctx.triggered_id
    step = next_state(bundle, search, trigger, Controls(*controls), map_click, table_click)
    state, changed = step.state, step.changed
    query = state_query(state, bundle)
    values = control_values(bundle, state)
    # a control keeps what the user typed or ticked unless the state overrides it
    keep = {ids.HOME_BREAKS} if step.breaks_error else set()
    parts = view_parts(bundle, state)
    same_page = trigger not in (None, ids.HOME_URL) and data == bundle.token
    shown = view_parts(bundle, parse_search(bundle, search)[0]) if same_page else {}
    return {
        # the URL is only written for a user's change: rewriting it on load (or when the table
        # re-renders) would add a history entry, and Back could never leave the page
        "search": query if changed and query != search else no_update,
        "controls": [
            no_update if cid in keep or v == c else v
            for cid, v, c in zip(ids.CONTROL_IDS, values, controls, strict=True)
        ],
        "notice": create_notice(step.ignored, state.lang),
        "breaks_error": t(step.breaks_error, state.lang) if step.breaks_error else None,
        "breaks_invalid": bool(step.breaks_error),
        "filter_note": t("filter_kept", state.lang) if step.filter_kept else None,
        "data": no_update if data == bundle.token else bundle.token,
        "parts": {
            key: no_update if key in shown and shown[key][1] == sent else value
            for key, (value, sent) in parts.items()
        },
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
