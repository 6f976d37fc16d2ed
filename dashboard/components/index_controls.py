"""The need-index page's controls and map (layout builders; no data loading).

Every control has a visible label; each indicator's weight is a number input (0–10, step
0.5) labelled with the indicator's name, with its Handlungsfeld, direction and how many
units have a value beside it.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
import dash_leaflet as dl
from dash import dcc, html, no_update

from .. import ids
from ..analysis.index import ALL_NORMALISATIONS, need_indicators
from ..data.areas import LEVELS
from ..data.geo_files import geo_url
from ..i18n import t
from ..models.index import indicators
from ..state.index import (
    MODES,
    PRESET_CHOICES,
    WEIGHT_RANGE,
    WEIGHT_STEP,
    IndexState,
    hotspot_choices,
)
from .compare import edition_choices
from .map import CITY_BOUNDS, PANES


def _radios(legend: str, cid: str, options: list[dict], value: str) -> html.Fieldset:
    return html.Fieldset(
        [
            html.Legend(legend, className="h6 mb-1"),
            dbc.RadioItems(id=cid, options=options, value=value, className="index-radios"),
        ],
        className="mb-2",
    )


def hotspot_options(bundle, edition: str, lang: str) -> list[dict]:
    from ..data.views import catalogue_entry
    from ..i18n import pick

    out = []
    for choice in hotspot_choices(bundle, edition):
        if choice == "index":
            label = t("index_hs_basis_index", lang)
        else:
            label = pick(catalogue_entry(bundle, choice, edition), "label", lang)
        out.append({"label": label, "value": choice})
    return out


def indicator_rows(bundle, state: IndexState) -> html.Div:
    """One row per indicator of the edition: use it (checkbox) and its weight."""
    lang = state.lang
    weights = dict(zip(state.indicators, state.weights, strict=True))
    rows = []
    for ind in indicators(bundle, state.edition, lang):
        used = ind.id in weights
        weight_id = {"type": ids.INDEX_WEIGHT, "ind": ind.id}
        coverage = t("index_coverage", lang).format(n=ind.n_values, total=ind.n_units)
        low = ind.n_values < ind.n_units * 0.9
        rows.append(
            html.Div(
                [
                    dbc.Checkbox(
                        id={"type": ids.INDEX_USE, "ind": ind.id},
                        label=ind.label,
                        value=used,
                        className="index-use",
                    ),
                    html.Label(
                        [
                            html.Span(t("index_weight", lang), className="small"),
                            html.Span(f" {ind.label}", className="visually-hidden"),
                            dcc.Input(
                                id=weight_id,
                                type="number",
                                min=WEIGHT_RANGE[0],
                                max=WEIGHT_RANGE[1],
                                step=WEIGHT_STEP,
                                value=weights.get(ind.id, 1.0),
                                debounce=0.6,
                                disabled=not used,
                                className="form-control form-control-sm index-weight",
                            ),
                        ],
                        className="index-weight-box mb-0",
                    ),
                    html.P(
                        [
                            f"{ind.field} · ",
                            t("index_dir_up" if ind.direction > 0 else "index_dir_down", lang),
                            " · ",
                            html.Span(coverage, className="index-low-coverage" if low else ""),
                            f" {t('index_low_coverage', lang)}" if low else "",
                        ],
                        className="small text-muted mb-0 index-ind-note",
                    ),
                ],
                className="index-ind",
            )
        )
    return html.Div(rows, id=ids.INDEX_INDICATORS)


def row_outputs(bundle, state: IndexState, rows: list[str], used: list, weights: list) -> tuple:
    """What the indicator rows get after a change: new rows when the edition's indicators
    differ from those shown (then nothing else), else each row's tick, weight and whether
    the weight is disabled (``no_update`` where unchanged, so typing is not interrupted)."""
    chosen = dict(zip(state.indicators, state.weights, strict=True))
    if rows != need_indicators(bundle, state.edition):
        keep = [no_update] * len(rows)
        return indicator_rows(bundle, state).children, keep, keep, keep
    ticks = [r in chosen for r in rows]
    typed = [chosen.get(r, w) for r, w in zip(rows, weights, strict=True)]
    return (
        no_update,
        [v if v != u else no_update for v, u in zip(ticks, used, strict=True)],
        [v if v != w else no_update for v, w in zip(typed, weights, strict=True)],
        [not v for v in ticks],
    )


def create_controls(bundle, state: IndexState) -> html.Div:
    lang = state.lang
    return html.Div(
        [
            html.Div(
                [
                    _radios(
                        t("index_preset", lang),
                        ids.INDEX_PRESET,
                        [
                            {"label": t(f"index_preset_{p}", lang), "value": p}
                            for p in PRESET_CHOICES
                        ],
                        state.preset,
                    ),
                    html.Label(t("edition", lang), htmlFor=ids.INDEX_EDITION, className="h6"),
                    dbc.Select(
                        id=ids.INDEX_EDITION,
                        options=edition_choices(bundle, lang),
                        value=state.edition,
                        className="mb-2",
                    ),
                    _radios(
                        t("level", lang),
                        ids.INDEX_LEVEL,
                        [{"label": t(f"level_{lv}", lang), "value": lv} for lv in LEVELS[::-1]],
                        state.level,
                    ),
                    _radios(
                        t("index_mode", lang),
                        ids.INDEX_MODE,
                        [{"label": t(f"index_mode_{m}", lang), "value": m} for m in MODES],
                        state.mode,
                    ),
                    _radios(
                        t("index_norm", lang),
                        ids.INDEX_NORM,
                        [
                            {"label": t(f"index_norm_{n}", lang), "value": n}
                            for n in ALL_NORMALISATIONS
                        ],
                        state.normalise,
                    ),
                    html.Div(
                        [
                            html.Label(
                                t("index_hs_basis", lang), htmlFor=ids.INDEX_HS, className="h6"
                            ),
                            dbc.Select(
                                id=ids.INDEX_HS,
                                options=hotspot_options(bundle, state.edition, lang),
                                value=state.hotspot,
                            ),
                        ],
                        id=ids.INDEX_HS_BOX,
                        hidden=state.mode != "hotspots",
                        className="mb-2",
                    ),
                ],
                className="col-12 col-md-5 col-xl-4",
            ),
            html.Div(
                [
                    html.Fieldset(
                        [
                            html.Legend(t("index_indicators", lang), className="h6 mb-1"),
                            html.P(t("index_indicators_help", lang), className="small mb-1"),
                            indicator_rows(bundle, state),
                        ],
                        className="mb-2",
                    ),
                ],
                className="col-12 col-md-7 col-xl-8",
            ),
        ],
        className="row g-3 index-controls",
        id=ids.INDEX_CONTROLS,
    )


def create_map(bundle, hideout: dict, lang: str) -> html.Div:
    """Units coloured through ``hideout`` (``assets/index.js``), the 15 space outlines over
    them. The geometry is sent once; a state change only restyles."""
    leaflet = dl.Map(
        [
            dl.GeoJSON(
                id=ids.INDEX_MAP_UNITS,
                url=geo_url(bundle, "units"),
                hideout=hideout,
                style={"variable": "dashboardIndex.style"},
                onEachFeature={"variable": "dashboardIndex.feature"},
            ),
            dl.Pane(
                dl.GeoJSON(
                    url=geo_url(bundle, "spaces"),
                    hideout={"selected": None, "excluded": [], "level": "units"},
                    style={"variable": "dashboardMap.spaceStyle"},
                    onEachFeature={"variable": "dashboardMap.inert"},
                ),
                name="outlines",
                style={"zIndex": PANES["outlines"]},
            ),
        ],
        id=ids.INDEX_MAP,
        bounds=CITY_BOUNDS,
        zoomSnap=0.25,
        trackViewport=False,
        className="map-frame index-map",
        scrollWheelZoom=False,
        keyboard=False,
        attributionControl=False,
    )
    return html.Div(
        leaflet,
        role="group",
        **{"aria-label": t("index_map_label", lang)},
    )
