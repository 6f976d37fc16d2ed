"""The export menu and the "Einbetten" dialog of ``/index``, beside the page's heading.

The page has two modes and each has its own menu: the index (map, ranking, rank stability,
deck, table) and the hot spots (map, deck, table). Both are in the layout; the one of the
current mode is shown (``show_mode_menu``, from the URL, so a mode change without a reload
switches it). Both fetch ``/export/index/...`` with the page's query, which names the mode.
The embed dialog offers the need index (map and ranking) and the hot-spot map, the current
mode ticked.
"""

from __future__ import annotations

from dash import Input, Output, callback, html

from .. import ids
from ..services import current_bundle
from ..state.index import IndexState, parse_state
from .embed_dialog import create_embed_dialog
from .export_menu import create_export_menu


def create_index_share(state: IndexState, heading) -> list:
    """The embed dialog (floats right) and the heading with the mode's export menu."""
    lang = state.lang
    hotspots = state.mode == "hotspots"
    index_menu = create_export_menu("index", lang)
    index_menu.id, index_menu.hidden = ids.INDEX_EXPORT_INDEX, hotspots
    hs_menu = create_export_menu("index", lang, charts="hotspots")
    hs_menu.id, hs_menu.hidden = ids.INDEX_EXPORT_HS, not hotspots
    return [
        create_embed_dialog("index", lang, "hotspots" if hotspots else "index"),
        html.Div([heading, index_menu, hs_menu], className="export-head"),
    ]


@callback(
    Output(ids.INDEX_EXPORT_INDEX, "hidden"),
    Output(ids.INDEX_EXPORT_HS, "hidden"),
    Output(ids.EMBED_VIEW, "value"),
    Input(ids.INDEX_URL, "search"),
    prevent_initial_call=True,
)
def show_mode_menu(search):
    """The menu and the embed choice of the mode in the URL."""
    hotspots = parse_state(search or "", current_bundle())[0].mode == "hotspots"
    return hotspots, not hotspots, "hotspots" if hotspots else "index"
