"""Builders of the main view's parts from a state (pure of callbacks; cached per state).

Every part is built from the same cached view model, so map, legend, ranking, table and
panel always show the same areas, values, ranks and classes.
"""

from __future__ import annotations

from dash import dcc, html

from .. import ids
from ..figures.map_style import spaces_hideout, unit_hideout
from ..figures.ranking import MAX_BARS
from ..i18n import change_label, pick, t
from ..memo import per_bundle
from ..models.alt_text import main_map_text, ranking_text
from ..models.main import main_model, selection_profile
from ..state.main import MainState
from ..state.params import Ignored
from .controls import create_controls
from .embed_dialog import create_embed_dialog
from .export_menu import create_export_menu
from .html_block import DocumentTitle, HtmlBlock, to_html
from .html_charts import ranking_html
from .legend import create_legend
from .map import create_map
from .panel import create_panel
from .sources import create_source_line
from .table import table_html


@per_bundle(maxsize=128)
def render_map(bundle, state: MainState) -> tuple[dict, dict]:
    vm = main_model(bundle, state)
    return unit_hideout(bundle, vm), spaces_hideout(vm)


@per_bundle(maxsize=128)
def render_ranking(bundle, state: MainState) -> tuple[str, str]:
    vm = main_model(bundle, state)
    return ranking_html(vm), ranking_note(vm)


def ranking_note(vm) -> str:
    """Under a ranking that shows the first :data:`MAX_BARS` areas: which, of how many."""
    n = vm.n_ranked
    key = f"ranking_cut_{vm.ranking_order}"
    return t(key, vm.state.lang).format(n=MAX_BARS, total=n) if n > MAX_BARS else ""


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
        "table": table_html(vm),
        "panel": create_panel(vm, selection_profile(bundle, state)),
        "source": create_source_line(vm.entry, vm.reference, lang, vm.unit, vm.older),
        "map_text": main_map_text(vm)[lang == "en"],
        "ranking_text": ranking_text(vm)[lang == "en"],
    }


@per_bundle(maxsize=128)
def page_details(bundle, state: MainState) -> dict:
    """:func:`render_details` as the page shows them: legend, source line and selection panel
    as HTML strings (each in an :class:`HtmlBlock`: about 60 Dash components fewer for the
    renderer to keep track of on every change)."""
    d = dict(render_details(bundle, state))
    for key in ("legend", "source", "panel"):
        d[key] = to_html(d[key])
    return d


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


GRAPH_CONFIG = {
    "displaylogo": False,
    "responsive": True,
    # nothing leaves the user's machine: no upload or editing in an outside service
    "showSendToCloud": False,
    "showEditInChartStudio": False,
    "modeBarButtonsToRemove": ["sendDataToCloud", "editInChartStudio", "lasso2d", "select2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2},
}


def create_main_view(bundle, state, ignored, tile_url: str, tile_attribution: str) -> html.Div:
    """The whole main view for a state: controls, map, ranking, legend, panel and table,
    in reading order in one grid (``assets/app.css`` places them: stacked on a phone with
    the settings folded above the map, two columns from 768 px, three from 1200 px)."""
    lang = state.lang
    units, spaces = render_map(bundle, state)
    ranking, ranking_note = render_ranking(bundle, state)
    d = page_details(bundle, state)
    main = html.Div(
        [
            dcc.Location(id=ids.HOME_URL, refresh=False),
            DocumentTitle(id=ids.HOME_TITLE_SINK, title=d["title"]),
            dcc.Store(id=ids.HOME_DATA, data=bundle.token),
            dcc.Download(id=ids.HOME_DOWNLOAD),
            html.Div(create_notice(ignored, lang), id=ids.HOME_NOTICE),
            create_embed_dialog("main", lang),  # map or ranking as an <iframe> for other sites
            html.Div(  # the export menu beside the heading: the map keeps its place
                [
                    html.H1(d["heading"], id=ids.HOME_HEADING, className="h4 mb-2"),
                    create_export_menu("main", lang),
                ],
                className="export-head",
            ),
            # one grid, its parts in reading order; assets/app.css places them: stacked on a
            # phone (settings folded above the map, then ranking, legend, panel), two columns
            # from 768 px, three from 1200 px
            html.Div(
                [
                    html.Details(
                        [
                            html.Summary(t("settings", lang), className="h6"),
                            create_controls(bundle, state),
                        ],
                        id=ids.HOME_CONTROLS_BOX,
                        open=True,
                        className="controls-box area-settings",
                    ),
                    html.Div(
                        [
                            html.Div(
                                create_map(bundle, units, spaces, lang, tile_url, tile_attribution),
                                role="region",
                                **{"aria-label": t("map_label", lang)},
                            ),
                            # the map's text alternative (also its aria-describedby, map.js)
                            html.Details(
                                [
                                    html.Summary(t("maptext_heading", lang)),
                                    html.P(d["map_text"], id=ids.HOME_MAP_TEXT, className="mb-0"),
                                ],
                                className="map-text small mt-2",
                            ),
                            HtmlBlock(id=ids.HOME_SOURCE, html=d["source"], className="mt-2"),
                        ],
                        className="area-map",
                    ),
                    html.Div(
                        [
                            html.H2(t("ranking", lang), className="h6"),
                            # bars as buttons that select (assets/table.js reports their clicks)
                            HtmlBlock(
                                id=ids.HOME_RANKING,
                                html=ranking,
                                className="rank-frame",
                                role="figure",
                                **{
                                    "aria-label": t("ranking_alt", lang),
                                    "aria-describedby": ids.HOME_RANKING_TEXT,
                                    "data-click-store": ids.HOME_TABLE_CLICK,
                                },
                            ),
                            # the chart's numbers in words (read with the chart), and its table
                            html.P(
                                d["ranking_text"],
                                id=ids.HOME_RANKING_TEXT,
                                className="visually-hidden",
                            ),
                            html.P(
                                ranking_note, id=ids.HOME_RANKING_NOTE, className="small text-muted"
                            ),
                            html.A(
                                t("chart_table_link", lang),
                                href=f"#{ids.HOME_TABLE_HEADING}",
                                className="small d-inline-block mb-2",
                            ),
                        ],
                        className="area-ranking",
                    ),
                    HtmlBlock(id=ids.HOME_LEGEND, html=d["legend"], className="area-legend"),
                    HtmlBlock(
                        id=ids.HOME_PANEL,
                        html=d["panel"],
                        className="area-panel",
                        role="region",
                        **{"aria-live": "polite", "aria-label": t("selection", lang)},
                    ),
                ],
                className="home-grid",
            ),
            html.H2(t("table", lang), id=ids.HOME_TABLE_HEADING, className="h5 mt-3"),
            html.Button(
                t("download_csv", lang),
                id=ids.HOME_CSV,
                className="btn btn-outline-primary btn-sm mb-2",
            ),
            dcc.Store(id=ids.HOME_TABLE_CLICK),
            # one HTML string (components/table.py): the browser's own parser is several
            # times faster than React building 170 rows of Dash components
            HtmlBlock(
                id=ids.HOME_TABLE,
                html=d["table"],
                className="home-table",
                **{"data-click-store": ids.HOME_TABLE_CLICK},
            ),
        ]
    )
    return main
