"""``/``: map of the 170 units coloured by an indicator, with the 15 spaces on top."""

from __future__ import annotations

from dataclasses import replace

import dash
import dash_leaflet as dl
from dash import Input, Output, State, callback, dcc, html, no_update

from .. import ids
from ..components.legend import create_legend
from ..components.shell import create_shell
from ..components.sources import create_source_line, source_text
from ..data.classify import class_breaks
from ..data.model import HANDLUNGSFELDER
from ..data.views import catalogue_entry, city_reference, editions_of, indicators_by_field
from ..data.views import unit_values as get_unit_values
from ..figures.map_style import unit_hideout
from ..i18n import format_date, pick, t, unit_label
from ..services import current_bundle
from ..settings import Settings
from ..viewstate import ViewState, parse_state, to_query

CITY_BOUNDS = [[51.415, 7.30], [51.60, 7.64]]


def indicator_options(bundle, lang: str) -> list[dict]:
    """Indicators grouped by Handlungsfeld; group headers are disabled options."""
    cat = bundle.catalogue.drop_duplicates("indicator_id").set_index("indicator_id")
    options = []
    for hf, indicator_ids in indicators_by_field(bundle).items():
        options.append(
            {"label": f"— {HANDLUNGSFELDER[hf][lang]} —", "value": f"hf:{hf}", "disabled": True}
        )
        for ind in indicator_ids:
            row = cat.loc[ind]
            label = row.label_en if lang == "en" else row.label_de
            options.append({"label": f"{label} ({unit_label(row.unit, lang)})", "value": ind})
    return options


def edition_options(bundle, indicator: str, lang: str) -> list[dict]:
    available = editions_of(bundle, indicator)
    cat = bundle.catalogue.drop_duplicates("edition").set_index("edition")
    out = []
    for edition in sorted(bundle.catalogue.edition.unique()):
        title = cat.loc[edition, "source"].split(": ")[-1]
        date = format_date(cat.loc[edition, "reference_date"], lang)
        out.append(
            {
                "label": f" {title} ({t('reference_date', lang)} {date})",
                "value": edition,
                "disabled": edition not in available,
            }
        )
    return out


def build_view(bundle, state: ViewState):
    """Everything that changes with the state: hideout, legend and source line."""
    entry = catalogue_entry(bundle, state.indicator, state.edition)
    units = get_unit_values(bundle, state.indicator, state.edition)
    direction = int(entry.direction)
    classification = class_breaks(units.value, "quantiles", 5, direction)
    lang = state.lang
    label = pick(entry, "label", lang)
    spaces = bundle.current_spaces
    hideout = unit_hideout(
        units,
        classification,
        entry.unit,
        label,
        source_text(entry, lang),
        dict(zip(spaces.space_id, spaces.name, strict=True)),
        lang,
    )
    missing_label = t("broken", lang) if entry.status == "broken_in_source" else t("no_data", lang)
    legend = create_legend(
        classification, entry.unit, direction, int(units.value.isna().sum()), missing_label, lang
    )
    source = create_source_line(entry, city_reference(bundle, state.indicator, state.edition), lang)
    return hideout, legend, source


def _map(bundle, hideout: dict) -> dl.Map:
    settings = Settings.from_env()
    tiles = (
        [dl.TileLayer(url=settings.tile_url, attribution=settings.tile_attribution)]
        if settings.tile_url
        else []
    )
    spaces = bundle.spaces_geojson["features"]
    current = {
        "type": "FeatureCollection",
        "features": [f for f in spaces if f["properties"]["status"] == "current"],
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
            dl.GeoJSON(
                id=ids.HOME_SPACES,
                data=current,
                interactive=False,
                style={"variable": "dashboardMap.spaceStyle"},
            ),
            *labels,
        ],
        id=ids.HOME_MAP,
        bounds=CITY_BOUNDS,  # no center/zoom: react-leaflet would prefer them over bounds
        zoomSnap=0.25,
        trackViewport=False,
        className="map-frame",
        scrollWheelZoom=False,
        attributionControl=bool(tiles),
    )


def layout(**query) -> html.Div:
    bundle = current_bundle()
    state, ignored = parse_state(query, bundle)
    lang = state.lang
    hideout, legend, source = build_view(bundle, state)
    notice = (
        html.Div(
            f"{t('notice_param', lang)}: {', '.join(ignored)}",
            className="alert alert-warning py-1",
            role="status",
        )
        if ignored
        else None
    )
    controls = html.Div(
        [
            html.Label(t("indicator", lang), htmlFor=ids.HOME_INDICATOR, className="control-label"),
            dcc.Dropdown(
                id=ids.HOME_INDICATOR,
                options=indicator_options(bundle, lang),
                value=state.indicator,
                clearable=False,
                searchable=True,
            ),
            html.Fieldset(
                [
                    html.Legend(t("edition", lang), className="control-label fs-6"),
                    dcc.RadioItems(
                        id=ids.HOME_EDITION,
                        options=edition_options(bundle, state.indicator, lang),
                        value=state.edition,
                        labelClassName="d-block",
                    ),
                ],
                className="mt-3",
            ),
        ],
        className="mb-3",
    )
    content = html.Div(
        [
            dcc.Location(id=ids.HOME_URL, refresh=False),
            html.Div(notice, id=ids.HOME_NOTICE),
            html.Div(
                [
                    html.Div(
                        [controls, html.Div(legend, id=ids.HOME_LEGEND)],
                        className="col-lg-3 col-md-4",
                    ),
                    html.Div(
                        [
                            html.H1(
                                pick(
                                    catalogue_entry(bundle, state.indicator, state.edition),
                                    "label",
                                    lang,
                                ),
                                className="visually-hidden",
                            ),
                            html.Div(
                                _map(bundle, hideout),
                                role="region",
                                **{"aria-label": t("map_label", lang)},
                            ),
                            html.Div(source, id=ids.HOME_SOURCE, className="mt-2"),
                        ],
                        className="col-lg-9 col-md-8",
                    ),
                ],
                className="row",
            ),
        ]
    )
    return create_shell(content, lang, "/", _lang_href(state))


def _lang_href(state: ViewState) -> str:
    other = replace(state, lang="en" if state.lang == "de" else "de")
    return "/" + to_query(other)


@callback(
    Output(ids.HOME_UNITS, "hideout"),
    Output(ids.HOME_LEGEND, "children"),
    Output(ids.HOME_SOURCE, "children"),
    Output(ids.HOME_EDITION, "options"),
    Output(ids.HOME_EDITION, "value"),
    Output(ids.HOME_URL, "search"),
    Output(ids.LANG_LINK, "href"),
    Input(ids.HOME_INDICATOR, "value"),
    Input(ids.HOME_EDITION, "value"),
    State(ids.HOME_URL, "search"),
    prevent_initial_call=True,
)
def update_map(indicator, edition, search):
    bundle = current_bundle()
    lang = parse_state(search if isinstance(search, str) else "", bundle)[0].lang
    state, _ = parse_state({"ind": indicator or "", "ed": edition or "", "lang": lang}, bundle)
    hideout, legend, source = build_view(bundle, state)
    query = to_query(state)
    return (
        hideout,
        legend,
        source,
        edition_options(bundle, state.indicator, lang),
        state.edition,
        query if query != search else no_update,
        _lang_href(state),
    )


# registered last: Dash needs the layout function (pages are imported by create_app)
dash.register_page(
    __name__, path="/", title="Aktionsplan Soziale Stadt Dortmund – Karte", layout=layout
)
