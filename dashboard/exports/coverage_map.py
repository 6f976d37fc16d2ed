"""The ``/kulisse`` map as a static plotly figure (no tiles), for PNG/SVG/PDF and slides.

Drawn from the same geometry as the live map and the same per-unit categories and colours
(``models.coverage.COLOURS``, which ``map_hideout`` sends to the browser): one filled trace
per category, named with its count as in the live legend; units without a value grey with a
dotted edge (the live map's dashed grey edge); the Stadtbezirke as light lines; the 15
spaces' outlines as on every map of the dashboard (solid: membership documented; dashed:
inferred or a guess; dotted: Aktionsquartier, its surrounding units) and their short names.
Units of high need outside the spaces carry their names, so the map reads without the table.
"""

from __future__ import annotations

import plotly.graph_objects as go

from ..data.bundle import Bundle
from ..figures.ranking import FONT
from ..i18n import t
from ..models.coverage import COLOURS, CoverageModel, basis_label, legend_rows
from .static_map import (
    SPACE_LINE,
    _districts,
    _join,
    _labels,
    _polygons,
    city_map_figure,
    geometry,
)

STRONG_LINE = "#ffffff"
"""Edge of a coloured unit (the live map's white edge)."""
PALE_LINE = "#c4c4c4"
MISSING_LINE = "#8c8c8c"
NAMED_OUTSIDE = 12
"""Name the units of high need outside on the map up to this many (more would crowd it)."""


def short_basis(model: CoverageModel) -> str:
    """'Bedarfsindex' or the indicator's label (the subtitle names the index's composition)."""
    if model.is_index:
        return t("cov_basis_index", model.state.lang).split(" (")[0]
    return basis_label(model)


def category_traces(model: CoverageModel, rings: dict) -> list[go.Scatter]:
    """One filled trace per map category, in the live legend's order and words."""
    units = model.result.units
    traces = []
    for cat, colour, label, count in legend_rows(model):
        codes = units.code[units.category == cat].tolist()
        xs, ys = _join(rings, codes)
        line = STRONG_LINE if cat not in ("other", "no_data") else PALE_LINE
        trace = _polygons(xs or [None], ys or [None], f"{label} ({count})", colour, line)
        if cat == "no_data":
            trace.line.update(color=MISSING_LINE, dash="dot")
        traces.append(trace)
    return traces


def outline_traces(spaces: dict, lang: str) -> list[go.Scatter]:
    """The current spaces' outlines, grouped by how their units are known."""
    groups = {
        "documented": ("outline_documented", dict(width=2.6, dash="solid")),
        "inferred": ("outline_inferred", dict(width=2.2, dash="dash")),
        "quartier": ("outline_aq", dict(width=2.2, dash="dot")),
    }
    members: dict[str, list[str]] = {k: [] for k in groups}
    for space_id, (_xy, p) in spaces.items():
        if p.get("geometry_basis") == "surrounding_units":
            members["quartier"].append(space_id)
        elif p.get("membership_confidence") == "documented":
            members["documented"].append(space_id)
        else:
            members["inferred"].append(space_id)
    rings = {k: v[0] for k, v in spaces.items()}
    traces = []
    for kind, (key, line) in groups.items():
        if members[kind]:
            xs, ys = _join(rings, members[kind])
            traces.append(
                go.Scatter(
                    x=xs,
                    y=ys,
                    mode="lines",
                    line=dict(color=SPACE_LINE, **line),
                    name=t(key, lang),
                    hoverinfo="skip",
                )
            )
    return traces


def _centre(rings_xy: tuple[list, list]) -> tuple[float, float]:
    """Middle of the bounding box of a unit's largest ring (good enough for a label)."""
    xs, ys = rings_xy
    best: list[tuple[float, float]] = []
    ring: list[tuple[float, float]] = []
    for x, y in zip([*xs, None], [*ys, None], strict=True):
        if x is None:
            if len(ring) > len(best):
                best = ring
            ring = []
        else:
            ring.append((x, y))
    bx = [p[0] for p in best]
    by = [p[1] for p in best]
    return (min(bx) + max(bx)) / 2, (min(by) + max(by)) / 2


def outside_labels(model: CoverageModel, rings: dict) -> list[dict]:
    """The names of the units of high need outside the spaces (dark red text on white)."""
    outside = model.result.outside
    if len(outside) > NAMED_OUTSIDE:
        return []
    labels = []
    for r in outside.itertuples(index=False):
        x, y = _centre(rings[r.code])
        labels.append(
            dict(
                x=x,
                y=y,
                xref="x",
                yref="y",
                text=f"{r.name}",
                showarrow=True,
                arrowhead=0,
                arrowwidth=1,
                arrowcolor=COLOURS["outside_top"],
                ax=0,
                ay=-22,
                font=dict(size=10, color="#7f0000", family=FONT["family"]),
                bgcolor="rgba(255,255,255,0.9)",
                bordercolor=COLOURS["outside_top"],
                borderwidth=1,
                borderpad=1,
            )
        )
    return labels


def coverage_map_figure(bundle: Bundle, model: CoverageModel) -> go.Figure:
    """The map of the coverage state: categories, districts, outlines, names."""
    lang = model.state.lang
    geo = geometry(bundle, "rings")
    traces = [
        *category_traces(model, geo["units"]),
        _districts(geo, lang),
        *outline_traces(geo["spaces"], lang),
    ]
    title = t("cov_legend_title", lang).format(basis=short_basis(model), n=model.result.top_n)
    return city_map_figure(
        traces,
        f"{t('legend', lang)}<br><sup>{title}</sup>",
        [*_labels(geo["spaces"]), *outside_labels(model, geo["units"])],
    )
