"""A small static locator map: the city's units in light grey, one space filled (plotly go)."""

from __future__ import annotations

import plotly.graph_objects as go
import shapely
from shapely.geometry import shape

from ..data.bundle import Bundle

_CACHE: dict[int, tuple[Bundle, tuple[list, list]]] = {}
TOLERANCE = 0.0015  # degrees (~100 m): enough for a 250 px overview


def _rings(geometry) -> tuple[list, list]:
    xs, ys = [], []
    polys = getattr(geometry, "geoms", [geometry])
    for poly in polys:
        x, y = poly.exterior.coords.xy
        xs += [round(v, 4) for v in x] + [None]
        ys += [round(v, 4) for v in y] + [None]
    return xs, ys


def city_outlines(bundle: Bundle) -> tuple[list, list]:
    """All 170 units as one line trace (simplified), cached per bundle."""
    hit = _CACHE.get(id(bundle))
    if hit is not None and hit[0] is bundle:
        return hit[1]
    xs, ys = [], []
    for f in bundle.units_geojson["features"]:
        g = shapely.simplify(shape(f["geometry"]), TOLERANCE)
        x, y = _rings(g)
        xs += x
        ys += y
    _CACHE.clear()
    _CACHE[id(bundle)] = (bundle, (xs, ys))
    return xs, ys


def locator_figure(bundle: Bundle, space_id: str, dashed: bool = False) -> go.Figure:
    """The space's outline filled within the city; ``dashed`` for an Aktionsquartier whose
    own boundary is unknown (the outline then shows its surrounding units)."""
    xs, ys = city_outlines(bundle)
    feature = next(
        f for f in bundle.spaces_geojson["features"] if f["properties"]["space_id"] == space_id
    )
    sx, sy = _rings(shapely.simplify(shape(feature["geometry"]), TOLERANCE / 3))
    traces = [
        go.Scatter(
            x=xs, y=ys, mode="lines", line=dict(color="#c8c8c8", width=0.6), hoverinfo="skip"
        ),
        go.Scatter(
            x=sx,
            y=sy,
            mode="lines",
            fill="toself",
            fillcolor="rgba(178,24,43,0.55)",
            line=dict(color="#7f0000", width=2, dash="dash" if dashed else "solid"),
            hoverinfo="skip",
        ),
    ]
    layout = go.Layout(
        height=240,
        margin=dict(l=2, r=2, t=2, b=2),
        showlegend=False,
        plot_bgcolor="white",
        paper_bgcolor="white",
        xaxis=dict(visible=False, fixedrange=True),
        yaxis=dict(visible=False, fixedrange=True, scaleanchor="x", scaleratio=1.6),
    )
    return go.Figure(data=traces, layout=layout, _validate=False)
