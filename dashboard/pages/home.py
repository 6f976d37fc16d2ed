"""``/``: compare the 15 spaces (or the 170 units) on a linked map, ranking and table.

The URL holds the whole view state. One callback turns a state into everything on the page;
it is triggered by the controls, by clicks on map, chart and table, and by the URL itself
(reload, shared link, Back/Forward).
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs

import dash
import dash_leaflet as dl
from dash import (
    Input,
    Output,
    State,
    callback,
    clientside_callback,
    ctx,
    dcc,
    html,
    no_update,
)

from .. import ids
from ..components.controls import control_values, create_controls, edition_options
from ..components.legend import create_legend
from ..components.panel import create_panel
from ..components.shell import create_shell
from ..components.sources import create_source_line, source_text
from ..components.table import create_table
from ..data.views import catalogue_entry, value_index
from ..figures.exports import table_csv
from ..figures.map_style import spaces_hideout, unit_hideout
from ..figures.ranking import MAX_BARS, ranking_figure
from ..i18n import pick, t
from ..memo import per_bundle
from ..services import current_bundle
from ..settings import Settings
from ..viewmodel import CHANGE_FROM, profile, view_model
from ..viewstate import ViewState, parse_search, parse_state, to_query

CITY_BOUNDS = [[51.415, 7.30], [51.60, 7.64]]


@per_bundle(maxsize=128)
def render_map(bundle, state: ViewState) -> tuple[dict, dict]:
    vm = view_model(bundle, state)
    return unit_hideout(bundle, vm, source_text(vm.entry, state.lang)), spaces_hideout(vm)


@per_bundle(maxsize=128)
def render_ranking(bundle, state: ViewState) -> tuple[dict, str]:
    vm = view_model(bundle, state)
    lang = state.lang
    n_shown = int(vm.shown.value.notna().sum())
    note = (
        t("ranking_units_cut", lang).format(n=MAX_BARS, total=n_shown) if n_shown > MAX_BARS else ""
    )
    return ranking_figure(vm, {"city": t("city_median", lang)}).to_dict(), note


@per_bundle(maxsize=128)
def render_details(bundle, state: ViewState) -> dict:
    """Heading, legend, table, selection panel and source line."""
    vm = view_model(bundle, state)
    lang = state.lang
    heading = pick(vm.entry, "label", lang) + (f" – {t('change', lang)}" if vm.is_change else "")
    return {
        "heading": heading,
        "legend": create_legend(vm),
        "table": create_table(vm),
        "panel": create_panel(vm, profile(bundle, state), bundle),
        "source": create_source_line(
            vm.entry,
            vm.reference,
            lang,
            vm.unit,
            catalogue_entry(bundle, state.indicator, CHANGE_FROM) if vm.is_change else None,
        ),
    }


def _map(bundle, hideout: dict, space_hideout: dict) -> dl.Map:
    settings = Settings.from_env()
    tiles = (
        [dl.TileLayer(url=settings.tile_url, attribution=settings.tile_attribution)]
        if settings.tile_url
        else []
    )
    current = {
        "type": "FeatureCollection",
        "features": [
            f for f in bundle.spaces_geojson["features"] if f["properties"]["status"] == "current"
        ],
    }
    labels = [
        dl.CircleMarker(
            center=[f["properties"]["label_lat"], f["properties"]["label_lon"]],
            radius=0,
            opacity=0,
            fillOpacity=0,
            interactive=False,
            children=dl.Tooltip(
                f["properties"]["short_name"],
                permanent=True,
                direction="center",
                className="space-label",
            ),
        )
        for f in current["features"]
    ]
    return dl.Map(
        [
            *tiles,
            dl.GeoJSON(
                id=ids.HOME_UNITS,
                data=bundle.units_geojson,
                hideout=hideout,
                style={"variable": "dashboardMap.unitStyle"},
                onEachFeature={"variable": "dashboardMap.unitTooltip"},
            ),
            dl.Pane(
                dl.GeoJSON(
                    id=ids.HOME_SPACES,
                    data=current,
                    hideout=space_hideout,
                    style={"variable": "dashboardMap.spaceStyle"},
                ),
                name="outlines",
                style={"zIndex": 450},  # above the units; CSS lets clicks through
            ),
            *labels,
        ],
        id=ids.HOME_MAP,
        bounds=CITY_BOUNDS,  # no center/zoom: react-leaflet prefers them
        zoomSnap=0.25,
        trackViewport=False,
        className="map-frame",
        scrollWheelZoom=False,
        attributionControl=bool(tiles),
    )


def _notice(ignored: list[str], lang: str):
    if not ignored:
        return None
    return html.Div(
        f"{t('notice_param', lang)}: {', '.join(ignored)}",
        className="alert alert-warning py-1 mb-2",
        role="status",
    )


def layout(**query) -> html.Div:
    bundle = current_bundle()
    state, ignored = parse_state(query, bundle)
    lang = state.lang
    units, spaces = render_map(bundle, state)
    figure, ranking_note = render_ranking(bundle, state)
    d = render_details(bundle, state)
    main = html.Div(
        [
            dcc.Location(id=ids.HOME_URL, refresh=False),
            dcc.Download(id=ids.HOME_DOWNLOAD),
            html.Div(_notice(ignored, lang), id=ids.HOME_NOTICE),
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
                                _map(bundle, units, spaces),
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


def _state_from_trigger(bundle, search, controls, clicks, table_click):
    """The new state, the ignored parameters, and whether a user changed something."""
    current, ignored = parse_state(search if isinstance(search, str) else "", bundle)
    trigger = ctx.triggered_id
    if trigger == ids.HOME_URL or trigger is None:
        return current, ignored, False
    if trigger == ids.HOME_TABLE_CLICK:  # a sort button or an area's name in the table
        click = table_click if isinstance(table_click, dict) else {}
        col = click.get("sort")
        if isinstance(col, str):
            order = f"-{col}" if (current.sort or "rank") == col else col
            state, _ = parse_state({**_query(current), "sort": order}, bundle)
            return replace(state, sort="" if order == "rank" else state.sort), [], True
        return _select(bundle, current, click.get("select")), [], True
    if trigger in (ids.HOME_UNITS, ids.HOME_RANKING):
        return _select(bundle, current, _clicked(trigger, current, *clicks)), [], True
    state, bad = parse_state(_query_from_controls(bundle, controls, current), bundle)
    return state, bad, True


def _query(state: ViewState) -> dict:
    return {k: v[-1] for k, v in parse_qs(to_query(state).lstrip("?")).items()}


def _select(bundle, state: ViewState, clicked) -> ViewState:
    """Select the clicked area; clicking the selected one again clears the selection."""
    index = value_index(bundle)
    known = index.spaces["id"] if state.level == "spaces" else index.units["id"]
    if not isinstance(clicked, str) or clicked not in set(known):
        return state
    return replace(state, selected=None if clicked == state.selected else clicked)


def _clicked(trigger, state, map_click, bar_click) -> str | None:
    try:
        if trigger == ids.HOME_UNITS:
            props = map_click["properties"]
            return props["code"] if state.level == "units" else (props["space_id"] or None)
        return bar_click["points"][0]["customdata"]
    except (TypeError, KeyError, IndexError):
        return None


def _query_from_controls(bundle, controls, current: ViewState) -> dict:
    ind, ed, lvl, sb, typ, conf, method, k, brk = controls

    def joined(values, everything):
        values = [v for v in values if isinstance(v, str)] if isinstance(values, list) else []
        return "" if not values or set(values) >= set(everything) else ",".join(values)

    from ..data.model import MEMBERSHIP_CONFIDENCE
    from ..viewstate import TYPES

    query = {
        "ind": ind,
        "ed": ed,
        "lvl": lvl,
        "cls": method,
        "k": k,
        "lang": current.lang,
        "sort": current.sort,
        "sb": joined(sb, bundle.units.stadtbezirk.unique()),
        "typ": joined(typ, TYPES),
        "conf": joined(conf, MEMBERSHIP_CONFIDENCE),
        "brk": ",".join(
            p.strip().replace(".", "").replace(",", ".")
            if current.lang == "de"
            else p.strip().replace(",", "")
            for p in (brk or "").split(";")
            if p.strip()
        )
        if isinstance(brk, str)
        else "",
    }
    if ind == current.indicator and lvl == current.level and current.selected:
        query["sel"] = current.selected
    return {k: v for k, v in query.items() if isinstance(v, str)}


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
    state, ignored, changed = _state_from_trigger(
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
        "notice": _notice(ignored, state.lang),
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
