"""``/index``: the need index, its rank stability, and a hot-spot mode (LISA clusters).

The URL holds the whole state (``state.index``). ``sync_index`` turns the controls into the
next state and writes the URL; ``update_views`` renders everything from the URL (reload,
shared link, Back/Forward included). The parts are built in ``components/index_*.py``.
"""

from __future__ import annotations

import dash
from dash import ALL, Input, Output, State, callback, ctx, html, no_update
from dash.exceptions import PreventUpdate

from .. import ids
from ..components.index_controls import hotspot_options, row_outputs
from ..components.index_view import create_page, download, render
from ..components.main_view import create_notice
from ..components.shell import create_shell
from ..services import current_bundle
from ..state.index import PARAMS, next_state, parse_state, state_query
from ..state.params import lang_switch_query

PATH = "/index"
CONTROLS = ("preset", "edition", "level", "normalise", "mode", "hotspot")
CONTROL_IDS = ids.INDEX_CONTROL_IDS
USE = {"type": ids.INDEX_USE, "ind": ALL}
WEIGHT = {"type": ids.INDEX_WEIGHT, "ind": ALL}


def layout(**query) -> html.Div:
    bundle = current_bundle()
    state, ignored = parse_state(query, bundle)
    rendered = state_query(state, bundle)
    main = create_page(bundle, state, ignored, render(bundle, state), rendered)
    return create_shell(main, state.lang, PATH, _lang_href(state, bundle))


def _lang_href(state, bundle) -> str:
    return PATH + lang_switch_query(PARAMS, state, bundle)


def _trigger(triggered) -> str | None:
    if isinstance(triggered, dict):
        return "use" if triggered.get("type") == ids.INDEX_USE else "weight"
    return dict(zip(CONTROL_IDS, CONTROLS, strict=True)).get(triggered)


@callback(
    Output(ids.INDEX_URL, "search"),
    *[Output(c, "value") for c in CONTROL_IDS],
    Output(ids.INDEX_HS, "options"),
    Output(ids.INDEX_HS_BOX, "hidden"),
    Output(ids.INDEX_INDICATORS, "children"),
    Output(USE, "value"),
    Output(WEIGHT, "value"),
    Output(WEIGHT, "disabled"),
    Output(ids.INDEX_NOTICE, "children"),
    Output(ids.LANG_LINK, "href"),
    Input(ids.INDEX_URL, "search"),
    *[Input(c, "value") for c in CONTROL_IDS],
    Input(USE, "value"),
    Input(WEIGHT, "value"),
    prevent_initial_call=True,
)
def sync_index(search, *values):
    """Controls and the URL agree; the URL is written only for a user's change."""
    controls, (used, weights) = values[: len(CONTROLS)], values[len(CONTROLS) :]
    bundle = current_bundle()
    state, ignored = parse_state(search or "", bundle)
    from_url = ctx.triggered_id == ids.INDEX_URL
    rows = [i["id"]["ind"] for i in ctx.inputs_list[-2]]
    new = state
    if not from_url:
        new = next_state(
            bundle,
            state,
            _trigger(ctx.triggered_id),
            dict(zip(CONTROLS, controls, strict=True)),
            dict(zip(rows, used, strict=True)),
            dict(zip(rows, weights, strict=True)),
        )
    return (
        state_query(new, bundle) if not from_url and new != state else no_update,
        *[
            v if v != c else no_update
            for v, c in zip([getattr(new, f) for f in CONTROLS], controls, strict=True)
        ],
        hotspot_options(bundle, new.edition, new.lang),
        new.mode != "hotspots",
        *row_outputs(bundle, new, rows, used, weights),
        create_notice(ignored if from_url else (), new.lang),
        _lang_href(new, bundle),
    )


@callback(
    Output(ids.INDEX_MAP_UNITS, "hideout"),
    Output(ids.INDEX_LEGEND, "children"),
    Output(ids.INDEX_VIEW, "children"),
    Output(ids.INDEX_COMMAND, "children"),
    Output(ids.INDEX_RENDERED, "data"),
    Input(ids.INDEX_URL, "search"),
    State(ids.INDEX_RENDERED, "data"),
    prevent_initial_call=True,
)
def update_views(search, rendered):
    """Render from the URL, unless the views already show its state (the page's load)."""
    bundle = current_bundle()
    state = parse_state(search or "", bundle)[0]
    query = state_query(state, bundle)
    if query == rendered:
        raise PreventUpdate
    parts = render(bundle, state)
    return parts["hideout"], parts["legend"], parts["view"], parts["command"], query


@callback(
    Output(ids.INDEX_DOWNLOAD, "data"),
    Input(ids.INDEX_CSV, "n_clicks"),
    State(ids.INDEX_URL, "search"),
    prevent_initial_call=True,
)
def download_csv(_clicks, search):
    """The CSV the command line prints: the index, or the hot spots in hot-spot mode."""
    bundle = current_bundle()
    return download(bundle, parse_state(search or "", bundle)[0]) or no_update


dash.clientside_callback(
    dash.ClientsideFunction("home", "controlsOpen"),
    Output(ids.INDEX_CONTROLS_BOX, "open"),
    Input(ids.INDEX_CONTROLS_BOX, "id"),
)

dash.register_page(
    __name__,
    path=PATH,
    title="Bedarfsindex · Need index – Aktionsplan Soziale Stadt Dortmund",
    layout=layout,
)
