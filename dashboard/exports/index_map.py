"""Static maps of ``/index`` (pure; no Dash): the need index and the hot spots.

Drawn like ``static_map.py`` draws the main view's map, from the same geometry and with the
same colours as the live map of ``/index``:

* the index: one filled trace per class of :attr:`IndexModel.classification` in the fills
  that ``models.index.unit_fills`` sends to the browser (darkest = most need first in the
  legend), units without a score grey and hatched, at the space level the units outside the
  15 spaces white;
* the hot spots: one trace per cluster (``HH``, ``LL``, ``HL``, ``LH``, ``ns``) in
  ``figures.hotspot_style.cluster_colour`` (red = high need), named as in the live legend
  with the number of units; units without a value grey and hatched;
* both: the Stadtbezirke as lines, the 15 spaces' outlines and their short names.
"""

from __future__ import annotations

from types import SimpleNamespace

import plotly.graph_objects as go

from ..analysis.hotspots import CLUSTERS
from ..data.classify import NO_DATA
from ..data.views import value_index
from ..figures.hotspot_style import SWATCH_BORDER, cluster_colour
from ..i18n import t
from ..models.hotspots import HotspotView, cluster_labels
from ..models.index import PALE, IndexModel, legend_rows, unit_fills
from .static_map import (
    PALE_LINE,
    UNIT_LINE,
    _districts,
    _join,
    _labels,
    _polygons,
    _space_outlines,
    city_map_figure,
    geometry,
)

HATCH = dict(shape="/", fgcolor="#8c8c8c", bgcolor=NO_DATA, size=6, solidity=0.2)
"""No value: grey and hatched, as on the main view's static map."""


def _areas(n: int, lang: str) -> str:
    return f"{n} {t('area' if n == 1 else 'areas', lang)}"


def _units(n: int, lang: str) -> str:
    return t("hot_unit_count", lang) if n == 1 else t("hot_units_count", lang).format(n=n)


def _outlines(lang: str, spaces: dict) -> list[go.Scatter]:
    """The 15 spaces' outlines exactly as on the main view's static map (solid documented,
    dashed inferred, dotted Aktionsquartier); nothing is filtered out on ``/index``."""
    shim = SimpleNamespace(state=SimpleNamespace(lang=lang, level="units"))
    return _space_outlines(shim, spaces)


def _figure(traces: list, legend_title: str, spaces: dict) -> go.Figure:
    return city_map_figure(traces, legend_title, _labels(spaces))


def index_class_traces(bundle, vm: IndexModel, rings: dict) -> list[go.Scatter]:
    """One trace per class (darkest first), then no score, then (spaces) the units outside."""
    lang = vm.state.lang
    fills = unit_fills(bundle, vm)
    units = value_index(bundle).units
    outside = set()
    if vm.state.level == "spaces":
        outside = {
            c
            for c, s in zip(units["id"], units["space_id"], strict=True)
            if not isinstance(s, str) or not s
        }
    by_colour: dict[str, list[str]] = {}
    no_score = []
    for code in units["id"]:
        if code in outside:
            continue
        if code in fills:
            by_colour.setdefault(fills[code], []).append(code)
        else:
            no_score.append(code)
    traces = []
    for colour, text, n in reversed(legend_rows(vm)):
        xs, ys = _join(rings, by_colour.pop(colour, []))
        name = f"{text} ({_areas(n, lang)})"
        traces.append(_polygons(xs or [None], ys or [None], name, colour, UNIT_LINE))
    n_missing = int(vm.rows.score.isna().sum())
    if no_score:
        traces.append(
            _polygons(
                *_join(rings, no_score),
                f"{t('index_not_computed', lang)} ({_areas(n_missing, lang)})",
                NO_DATA,
                "#ffffff",
                pattern=HATCH,
            )
        )
    if outside:
        traces.append(
            _polygons(*_join(rings, sorted(outside)), t("outside_grey", lang), PALE, PALE_LINE)
        )
    return traces


def index_map_figure(bundle, vm: IndexModel) -> go.Figure:
    """The index map of ``vm``'s state: classes, no score, (outside), districts, spaces."""
    geo = geometry(bundle, "rings")
    lang = vm.state.lang
    traces = [
        *index_class_traces(bundle, vm, geo["units"]),
        _districts(geo, lang),
        *_outlines(lang, geo["spaces"]),
    ]
    k = vm.classification.k if vm.classification is not None else 0
    dark = t("export_index_dark", lang).format(k=k)
    title = f"{t('index_legend', lang)}<br><sup>{dark}</sup>"
    return _figure(traces, title, geo["spaces"])


def hotspot_traces(view: HotspotView, lang: str, rings: dict) -> list[go.Scatter]:
    """One trace per cluster in the live legend's order and words; no value hatched."""
    labels = cluster_labels(view.direction, view.context, lang)
    table = view.result.table
    traces = []
    for cluster in CLUSTERS:
        codes = table.loc[table.cluster == cluster, "code"].tolist()
        if not codes and cluster != "ns":
            continue  # as the live legend: empty classes other than "no pattern" left out
        name = f"{labels[cluster]} ({_units(len(codes), lang)})"
        xs, ys = _join(rings, codes)
        if cluster == "missing":
            traces.append(_polygons(xs, ys, name, NO_DATA, SWATCH_BORDER, pattern=HATCH))
            continue
        colour = cluster_colour(cluster, view.direction)
        traces.append(_polygons(xs or [None], ys or [None], name, colour, UNIT_LINE))
    return traces


def hotspot_map_figure(bundle, view: HotspotView, lang: str) -> go.Figure:
    geo = geometry(bundle, "rings")
    traces = [
        *hotspot_traces(view, lang, geo["units"]),
        _districts(geo, lang),
        *_outlines(lang, geo["spaces"]),
    ]
    key = "hot_colours_values" if view.context else "export_hot_red"
    title = f"{t('hot_legend', lang)}<br><sup>{t(key, lang)}</sup>"
    return _figure(traces, title, geo["spaces"])
