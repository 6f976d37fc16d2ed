"""``/``: compare the 15 spaces (or the 170 units) on a linked map, ranking and table.

The URL holds the whole view state. ``sync_state`` turns controls, clicks and the URL into
the next state (``main_state``) and restyles the map; ``update_ranking`` and
``update_details`` render from the URL (reload, shared link, Back/Forward included).
The parts are built in ``components/main_view.py``.
"""

from __future__ import annotations

from dataclasses import replace

import dash
from dash import (
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    dcc,
    html,
    no_update,
)

from .. import ids
from ..components.controls import control_values, create_controls, edition_options
from ..components.main_view import (
    create_notice,
    render_details,
    render_map,
    render_ranking,
)
from ..components.map import create_map
from ..components.shell import create_shell
from ..figures.exports import table_csv
from ..i18n import t
from ..services import current_bundle
from ..settings import Settings
from ..viewmodel import view_model
from ..viewstate import parse_search, parse_state, to_query
from .main_state import state_from_trigger


def layout(**query) -> html.Div:
    bundle = current_bundle()
    state, ignored = parse_state(query, bundle)
    lang = state.lang
    units, spaces = render_map(bundle, state)
    tiles = Settings.from_env()  # until the app passes its settings
    figure, ranking_note = render_ranking(bundle, state)
    d = render_details(bundle, state)
    main = html.Div(
        [
            dcc.Location(id=ids.HOME_URL, refresh=False),
            dcc.Download(id=ids.HOME_DOWNLOAD),
            html.Div(create_notice(ignored, lang), id=ids.HOME_NOTICE),
            html.H1(d["heading"], id=ids.HOME_HEADING, className="h4 mb-2"),
            html.Div(
                [
                    html.Div(
                        [
                            html.Details(
                                [
                                    html.Summary(t("settings", lang), className="h6"),
                                    create_controls(bundle, state),
                                ],
                                id=ids.HOME_CONTROLS_BOX,
                                open=True,
                                className="controls-box",
                            ),
                            html.Div(d["legend"], id=ids.HOME_LEGEND, className="mt-2"),
                        ],
                        className="col-12 col-lg-3 col-xl-2 order-2 order-lg-1",
                    ),
                    html.Div(
                        [
                            html.Div(
                                create_map(
                                    bundle,
                                    units,
                                    spaces,
                                    lang,
                                    tiles.tile_url,
                                    tiles.tile_attribution,
                                ),
                                role="region",
                                **{"aria-label": t("map_label", lang)},
                            ),
                            html.Div(d["source"], id=ids.HOME_SOURCE, className="mt-2"),
                        ],
                        className="col-12 col-lg-9 col-xl-6 order-1 order-lg-2",
                    ),
                    html.Div(
                        [
                            html.H2(t("ranking", lang), className="h6"),
                            html.Div(
                                dcc.Graph(
                                    id=ids.HOME_RANKING,
                                    figure=figure,
                                    config={
                                        "displaylogo": False,
                                        "responsive": True,
                                        "toImageButtonOptions": {"format": "png", "scale": 2},
                                    },
                                    className="ranking-frame",
                                ),
                                role="figure",
                                **{"aria-label": t("ranking_alt", lang)},
                            ),
                            html.P(
                                ranking_note, id=ids.HOME_RANKING_NOTE, className="small text-muted"
                            ),
                            html.Div(
                                d["panel"],
                                id=ids.HOME_PANEL,
                                className="mt-2",
                                role="region",
                                **{"aria-live": "polite", "aria-label": t("selection", lang)},
                            ),
                        ],
                        className="col-12 col-xl-4 order-3",
                    ),
                ],
                className="row g-3",
            ),
            html.H2(t("table", lang), className="h5 mt-3"),
            html.Button(
                t("download_csv", lang),
                id=ids.HOME_CSV,
                className="btn btn-outline-primary btn-sm mb-2",
            ),
            dcc.Store(id=ids.HOME_TABLE_CLICK),
            html.Div(d["table"], id=ids.HOME_TABLE),
        ]
    )
    return create_shell(main, lang, "/", "/" + to_query(replace(state, lang=_other(lang))))


def _other(lang: str) -> str:
    return "en" if lang == "de" else "de"


@callback(
    output={
        "search": Output(ids.HOME_URL, "search"),
        "controls": [Output(c, "value") for c in ids.CONTROL_IDS],
        "editions": Output(ids.HOME_EDITION, "options"),
        "notice": Output(ids.HOME_NOTICE, "children"),
        "lang_href": Output(ids.LANG_LINK, "href"),
        "units": Output(ids.HOME_UNITS, "hideout"),
        "spaces": Output(ids.HOME_SPACES, "hideout"),
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
    change), and the map is restyled in the same response."""
    bundle = current_bundle()
    state, ignored, changed = state_from_trigger(
        bundle, search, controls, (map_click, bar_click), table_click
    )
    query = to_query(state)
    from_url = not changed
    values = control_values(bundle, state)
    return {
        # the URL is only written for a user's change: rewriting it on load (or when the table
        # re-renders) would add a history entry, and Back could never leave the page
        "search": query if changed and query != search else no_update,
        "controls": [
            v if from_url or v != c else no_update for v, c in zip(values, controls, strict=True)
        ],
        "editions": edition_options(bundle, state.indicator, state.lang),
        "notice": create_notice(ignored, state.lang),
        "lang_href": "/" + to_query(replace(state, lang=_other(state.lang))),
        # the map restyles in the same round trip as the controls (the most visible change)
        **dict(zip(("units", "spaces"), render_map(bundle, state), strict=True)),
    }


@callback(
    Output(ids.HOME_RANKING, "figure"),
    Output(ids.HOME_RANKING_NOTE, "children"),
    Input(ids.HOME_URL, "search"),
    prevent_initial_call=True,
)
def update_ranking(search):
    bundle = current_bundle()
    return render_ranking(bundle, parse_search(bundle, search)[0])


@callback(
    output={
        key: Output(cid, prop)
        for key, (cid, prop) in {
            "heading": (ids.HOME_HEADING, "children"),
            "legend": (ids.HOME_LEGEND, "children"),
            "table": (ids.HOME_TABLE, "children"),
            "panel": (ids.HOME_PANEL, "children"),
            "source": (ids.HOME_SOURCE, "children"),
        }.items()
    },
    inputs={"search": Input(ids.HOME_URL, "search")},
    prevent_initial_call=True,
)
def update_details(search):
    bundle = current_bundle()
    return render_details(bundle, parse_search(bundle, search)[0])


@callback(
    Output(ids.HOME_DOWNLOAD, "data"),
    Input(ids.HOME_CSV, "n_clicks"),
    State(ids.HOME_URL, "search"),
    prevent_initial_call=True,
)
def download_csv(_clicks, search):
    bundle = current_bundle()
    state = parse_search(bundle, search)[0]
    vm = view_model(bundle, state)
    name = f"aktionsplan_{state.indicator}_{state.edition}_{state.level}.csv"
    return {"content": table_csv(vm), "filename": name, "type": "text/csv"}


# registered last: Dash needs the layout function (pages are imported by create_app)
# phones: the settings start folded, so the map and the ranking come first
clientside_callback(
    "function (_) { return window.innerWidth >= 768; }",
    Output(ids.HOME_CONTROLS_BOX, "open"),
    Input(ids.HOME_CONTROLS_BOX, "id"),
)


# Dash Pages cannot see the query string in titles, so the title names both languages
dash.register_page(
    __name__, path="/", title="Karte · Map – Aktionsplan Soziale Stadt Dortmund", layout=layout
)
