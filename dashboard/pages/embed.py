"""``/embed/<view>``: one view in minimal chrome for other sites' pages (see
``components/embed.py``): the map (``/embed/map``) and the ranking (``/embed/ranking``) take
the main view's query, a space profile (``/embed/profile/<space_id>``) the profile's.

Only public data sets are shown (``DASHBOARD_PUBLIC_DATASETS``). Framing is allowed for these
routes alone (``server.py``).
"""

from __future__ import annotations

import dash
from dash import dcc, html

from .. import ids
from ..components import profile as cp
from ..components.embed import (
    Embed,
    EmbedView,
    compact_source,
    create_embed,
    create_embed_not_found,
    find_embed,
    register_embed,
    sources_list,
    values_table,
)
from ..components.main_view import (
    GRAPH_CONFIG,
    heading_text,
    ranking_note,
    render_details,
    render_map,
)
from ..components.map import create_map
from ..figures.ranking import ranking_figure
from ..i18n import LANGS, t
from ..models.main import main_model
from ..models.profile import profile_model, space_ids
from ..services import current_bundle
from ..settings import Settings, public_datasets
from ..state.main import parse_state, state_query
from ..state.profile import parse_profile, profile_href
from .profile import create_sections

MAIN_NEEDS = ("geometry", "spaces", "indicators")


def _main(bundle, query):
    state, _ignored = parse_state(query, bundle)
    return state, main_model(bundle, state)


def build_map(bundle, query, item, public) -> Embed:
    state, vm = _main(bundle, query)
    lang = state.lang
    settings = Settings.from_env()
    units, spaces = render_map(bundle, state)
    d = render_details(bundle, state)
    map_view = create_map(bundle, units, spaces, lang, settings.tile_url, settings.tile_attribution)
    # nothing to select in an embed: the keyboard help says what the keys do here
    help_text = next(c for c in _walk(map_view) if getattr(c, "id", None) == ids.HOME_MAP_HELP)
    help_text.children = t("embed_map_keyboard_help", lang)
    body = [
        html.Div(
            map_view,
            role="region",
            className="embed-map",
            **{"aria-label": t("map_label", lang)},
        ),
        html.Div(d["legend"], className="embed-legend"),
        values_table(vm),
    ]
    title = t("embed_map_title", lang).format(title=heading_text(vm))
    source = compact_source(vm.entry, d["source"], lang, vm.older)
    return Embed(title, body, source, "/" + state_query(state, bundle))


def _walk(component):
    yield component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list) else [children]:
        if child is not None and not isinstance(child, str | int | float):
            yield from _walk(child)


def build_ranking(bundle, query, item, public) -> Embed:
    state, vm = _main(bundle, query)
    lang = state.lang
    note = ranking_note(vm)
    figure = ranking_figure(vm)  # the chart: an embed has no selection to click
    config = {**GRAPH_CONFIG, "displayModeBar": False}
    body = [
        html.Div(
            dcc.Graph(id="embed-ranking", figure=figure, config=config, className="ranking-frame"),
            role="figure",
            **{"aria-label": t("ranking_alt", lang)},
        ),
        html.P(note, className="small text-muted mb-1") if note else None,
        values_table(vm),
    ]
    title = t("embed_ranking_title", lang).format(title=heading_text(vm))
    source = compact_source(vm.entry, render_details(bundle, state)["source"], lang, vm.older)
    return Embed(title, body, source, "/" + state_query(state, bundle))


def build_profile(bundle, query, space_id, public) -> Embed:
    state, _ignored = parse_profile(query, bundle)
    lang = state.lang
    p = profile_model(bundle, (space_id, state))
    body = [
        cp.create_header(p, bundle, lang),
        *create_sections(bundle, space_id, state, p, public=public, choices=False),
    ]
    if "programmes" not in public and p.is_current:
        body.append(html.P(t("embed_programme_internal", lang), className="small text-muted"))
    shown = p.indicators[["indicator_id", "edition"]].dropna()
    catalogue = bundle.catalogue.set_index(["indicator_id", "edition"])
    entries = [catalogue.loc[(r.indicator_id, r.edition)] for r in shown.itertuples()]
    source = html.Div([html.Strong(t("embed_sources", lang)), sources_list(entries, lang)])
    title = f"{p.space['name']} – {cp.space_kind(p.space, lang)}"
    return Embed(title, body, source, profile_href(space_id, state, bundle))


register_embed(EmbedView("map", build_map, MAIN_NEEDS, label=("Karte", "Map")))
register_embed(EmbedView("ranking", build_ranking, MAIN_NEEDS, label=("Rangfolge", "Ranking")))
register_embed(
    EmbedView(
        "profile",
        build_profile,
        (*MAIN_NEEDS, "population"),
        item_exists=lambda bundle, item: item in space_ids(bundle),
        label=("Raumprofil", "Space profile"),
    )
)


def current_public() -> frozenset[str]:
    return public_datasets(Settings.from_env())


def build(bundle, path: str | None, query: dict) -> Embed | None:
    """The embed of a path (``map``, ``profile/AR02``) and query; None if not found."""
    public = current_public()
    found = find_embed(bundle, path, public)
    if found is None:
        return None
    view, item = found
    return view.build(bundle, query, item, public)


def layout(view: str | None = None, **query) -> html.Div:
    bundle = current_bundle()
    lang = query.get("lang") if query.get("lang") in LANGS else "de"
    embed = build(bundle, view, query)
    if embed is None:
        return create_embed_not_found(lang)
    return create_embed(embed, lang)


def exists(view: str) -> bool:
    return find_embed(current_bundle(), view, current_public()) is not None


def title(view: str | None = None) -> str:
    return "Eingebettete Ansicht · Embedded view – Aktionsplan Soziale Stadt Dortmund"


dash.register_page(
    __name__, path_template="/embed/<view>", title=title, layout=layout, path_exists=exists
)
