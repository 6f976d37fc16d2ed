"""Builders of the main view's parts from a state (pure of callbacks; cached per state).

Every part is built from the same cached view model, so map, legend, ranking, table and
panel always show the same areas, values, ranks and classes.
"""

from __future__ import annotations

import dash_leaflet as dl
from dash import html

from .. import ids
from ..figures.map_style import spaces_hideout, unit_hideout
from ..figures.ranking import MAX_BARS, ranking_figure
from ..i18n import change_label, pick, t
from ..memo import per_bundle
from ..models.main import main_model, selection_profile
from ..settings import Settings
from ..state.main import MainState
from ..state.params import Ignored
from .legend import create_legend
from .panel import create_panel
from .sources import create_source_line, source_text
from .table import create_table

CITY_BOUNDS = [[51.415, 7.30], [51.60, 7.64]]


@per_bundle(maxsize=128)
def render_map(bundle, state: MainState) -> tuple[dict, dict]:
    vm = main_model(bundle, state)
    return unit_hideout(bundle, vm, source_text(vm.entry, state.lang)), spaces_hideout(vm)


@per_bundle(maxsize=128)
def render_ranking(bundle, state: MainState) -> tuple[dict, str]:
    vm = main_model(bundle, state)
    n = vm.n_ranked
    key = f"ranking_cut_{vm.ranking_order}"
    note = t(key, state.lang).format(n=MAX_BARS, total=n) if n > MAX_BARS else ""
    return ranking_figure(vm).to_dict(), note


def heading_text(vm) -> str:
    lang = vm.state.lang
    if not vm.is_change:
        return pick(vm.entry, "label", lang)
    change = change_label(vm.older.edition, vm.entry.edition, lang)
    return f"{pick(vm.entry, 'label', lang)} – {change}"


@per_bundle(maxsize=128)
def render_details(bundle, state: MainState) -> dict:
    """Heading, legend, table, selection panel and source line."""
    vm = main_model(bundle, state)
    lang = state.lang
    return {
        "heading": heading_text(vm),
        "title": t("page_title", lang).format(title=heading_text(vm)),
        "legend": create_legend(vm),
        "table": create_table(vm),
        "panel": create_panel(vm, selection_profile(bundle, state)),
        "source": create_source_line(vm.entry, vm.reference, lang, vm.unit, vm.older),
    }


def create_map(bundle, hideout: dict, space_hideout: dict) -> dl.Map:
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


def create_notice(ignored: list[Ignored] | tuple[Ignored, ...], lang: str):
    """Which parts of the address were ignored, and why."""
    if not ignored:
        return None
    parts = "; ".join(f"{i.key}: {t(i.notice, lang)}" for i in ignored)
    return html.Div(
        f"{t('notice_ignored', lang)} ({parts}).",
        className="alert alert-warning py-1 mb-2",
        role="status",
    )
