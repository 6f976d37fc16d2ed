"""The main view's map: units coloured by the indicator, space outlines, labels, optional layers.

Geometry and labels are sent once with the page; a state change restyles the map through the
two layers' ``hideout`` (``figures/map_style.py``). ``assets/map.js`` draws the styles and
tooltips, places the labels without collisions, and gives the map its keyboard.

Layers, bottom to top (Leaflet panes):

* units (overlay pane, 400): the 170 statistical units, the only interactive layer;
* Stadtbezirke (420): light outlines, an overlay of the layers control, on by default;
* former Aktionsräume (440): dash-dot outlines, an overlay, off by default;
* space outlines (450), the keyboard's current area (460), label leader lines (465) and
  labels (470).

Everything above the units ignores the mouse (made inert in ``map.js``, and by CSS), so hover
and click always reach a unit, and no layer but the map itself is a Tab stop.
"""

from __future__ import annotations

import dash_leaflet as dl
from dash import html

from .. import ids
from ..data.geo_files import geo_url
from ..i18n import t

CITY_BOUNDS = [[51.415, 7.30], [51.60, 7.64]]
PANES = {
    "districts": 420,
    "former": 440,
    "outlines": 450,
    "cursor": 460,
    "leaders": 465,
    "labels": 470,
}
DISTRICT_STYLE = {"color": "#5f5f5f", "weight": 1.6, "opacity": 0.9, "fill": False}
FORMER_STYLE = {
    "color": "#6a3d9a",
    "weight": 3,
    "opacity": 1,
    "dashArray": "10 4 2 4",
    "fill": False,
}
WRAP_AT = 12
"""Names longer than this get a two-line form for small maps."""


def two_lines(name: str) -> str:
    """'Bövinghausen/Westrich' -> 'Bövinghausen/\\nWestrich'; short names stay one line.

    Breaks after a slash or hyphen, or at a space, whichever is nearest the middle."""
    if len(name) <= WRAP_AT:
        return name
    cuts = [i + 1 for i, c in enumerate(name) if c in "/-"] + [
        i for i, c in enumerate(name) if c == " "
    ]
    if not cuts:
        return name
    cut = min(cuts, key=lambda i: abs(i - len(name) / 2))
    return name[:cut].rstrip() + "\n" + name[cut:].lstrip()


def label_points(rows: list[tuple[str, str, float, float]], kind: str) -> dict:
    """A FeatureCollection of label points: (id, text, lat, lon) per label."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [lon, lat]},
                "properties": {"id": i, "kind": kind, "text": text, "compact": two_lines(text)},
            }
            for i, text, lat, lon in rows
        ],
    }


def _collection(features: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": features}


def _labels(features: list[dict], kind: str, text) -> dl.GeoJSON:
    rows = [
        (
            f["properties"].get("space_id") or f["properties"]["name"],
            text(f["properties"]),
            f["properties"]["label_lat"],
            f["properties"]["label_lon"],
        )
        for f in features
    ]
    return dl.GeoJSON(
        data=label_points(rows, kind),
        pointToLayer={"variable": "dashboardMap.label"},
    )


def create_map(
    bundle,
    hideout: dict,
    space_hideout: dict,
    lang: str = "de",
    tile_url: str = "",
    tile_attribution: str = "",
) -> html.Div:
    """The map with its keyboard help and live region (``tile_url`` empty: no tiles)."""
    tiles = [dl.TileLayer(url=tile_url, attribution=tile_attribution)] if tile_url else []
    spaces = bundle.spaces_geojson["features"]
    current = [f for f in spaces if f["properties"]["status"] == "current"]
    former = [f for f in spaces if f["properties"]["status"] == "former"]
    until = dict(zip(bundle.spaces.space_id, bundle.spaces.valid_to, strict=True))
    overlays = []
    districts = bundle.districts_geojson
    if districts and districts.get("features"):
        overlays.append(
            dl.Overlay(
                dl.LayerGroup(
                    [
                        dl.GeoJSON(
                            data=districts,
                            style=DISTRICT_STYLE,
                            onEachFeature={"variable": "dashboardMap.inert"},
                            pane="districts",
                        ),
                        _labels(districts["features"], "district", lambda p: p["name"]),
                    ]
                ),
                name=t("map_districts_layer", lang),
                checked=True,
            )
        )
    if former:
        overlays.append(
            dl.Overlay(
                dl.LayerGroup(
                    [
                        dl.GeoJSON(
                            data=_collection(former),
                            style=FORMER_STYLE,
                            onEachFeature={"variable": "dashboardMap.inert"},
                            pane="former",
                        ),
                        _labels(
                            former,
                            "former",
                            lambda p: t("map_former_label", lang).format(
                                name=p["short_name"], year=_year(until.get(p["space_id"]))
                            ),
                        ),
                    ]
                ),
                name=t("map_former_layer", lang),
                checked=False,
            )
        )
    # empty panes, created before the layers that name them ("outlines" wraps its layer)
    panes = [
        dl.Pane(name=name, style={"zIndex": z}) for name, z in PANES.items() if name != "outlines"
    ]
    control = (
        [
            dl.LayersControl(
                overlays,
                id=ids.HOME_MAP_LAYERS,
                collapsed=False,
                position="topright",
                # the overlays switched on; dash-leaflet needs it set to switch one off
                overlays=[o.name for o in overlays if o.checked],
            )
        ]
        if overlays
        else []
    )
    leaflet = dl.Map(
        [
            *tiles,
            *panes,
            dl.GeoJSON(
                id=ids.HOME_UNITS,
                url=geo_url(bundle, "units"),  # fetched once, kept by the browser
                hideout=hideout,
                style={"variable": "dashboardMap.unitStyle"},
                onEachFeature={"variable": "dashboardMap.unitFeature"},
                # clickData is set by map.js (mouse and keyboard alike), stamped so that a
                # second click on the selected unit reaches the server and clears it
                disableDefaultEventHandlers=True,
            ),
            dl.Pane(
                dl.GeoJSON(
                    id=ids.HOME_SPACES,
                    url=geo_url(bundle, "spaces"),
                    hideout=space_hideout,
                    style={"variable": "dashboardMap.spaceStyle"},
                    onEachFeature={"variable": "dashboardMap.spaceFeature"},
                ),
                name="outlines",
                style={"zIndex": PANES["outlines"]},
            ),
            dl.GeoJSON(
                id=ids.HOME_MAP_LABELS,
                data=label_points(
                    [
                        (
                            f["properties"]["space_id"],
                            f["properties"]["short_name"],
                            f["properties"]["label_lat"],
                            f["properties"]["label_lon"],
                        )
                        for f in current
                    ],
                    "space",
                ),
                pointToLayer={"variable": "dashboardMap.label"},
            ),
            *control,
        ],
        id=ids.HOME_MAP,
        bounds=CITY_BOUNDS,  # no center/zoom: react-leaflet prefers them
        zoomSnap=0.25,
        trackViewport=False,
        className="map-frame",
        scrollWheelZoom=False,
        attributionControl=bool(tiles),
    )
    return html.Div(
        [
            html.Div(
                [
                    leaflet,
                    # announced when the keyboard moves through the areas; shown while the
                    # map has focus
                    html.Div(id=ids.HOME_MAP_STATUS, className="map-status", role="status"),
                ],
                className="map-inner",
            ),
            html.P(
                t("map_keyboard_help", lang),
                id=ids.HOME_MAP_HELP,
                className="map-help small text-muted mb-0",
                **{
                    "data-label": t("map_label", lang),
                    "data-roledescription": t("map_roledescription", lang),
                    # the map's description: these keys, and the map as text (main_view.py)
                    "data-describedby": f"{ids.HOME_MAP_HELP} {ids.HOME_MAP_TEXT}",
                },
            ),
        ],
        id=ids.HOME_MAP_WRAP,
        className="map-wrap",
    )


def _year(value) -> str:
    try:
        return str(int(float(value)))
    except (TypeError, ValueError):
        return "?"
