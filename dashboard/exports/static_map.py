"""The main view's map as a static plotly figure (no tiles), for PNG/SVG/PDF and slides.

Drawn from the same geometry (``units.geojson``, ``spaces.geojson``, ``districts.geojson``)
and the same per-unit colours and statuses as the live map (``MainModel.unit_fill`` and
``unit_status``, which ``figures/map_style.unit_hideout`` sends to the browser), so a slide
and the screen never disagree:

* one filled trace per class, named with its bounds and count (the legend);
* units without a value grey and hatched, units outside the view (filtered out, or outside
  the 15 spaces on the space level) white with a light grey line, as on screen;
* the Stadtbezirke as light lines, the 15 spaces' outlines (solid: membership documented;
  dashed: inferred; dotted: Aktionsquartier) and their short names.

Coordinates are longitude/latitude on plain axes with the y axis stretched by
1/cos(51.5°), which is how a city of Dortmund's size looks on a web map (no squashing).
"""

from __future__ import annotations

import math

import plotly.graph_objects as go
import shapely
from shapely.geometry import shape

from ..data.bundle import Bundle
from ..data.classify import NO_DATA
from ..figures.ranking import FONT, break_labels
from ..i18n import t, unit_suffix
from ..memo import per_bundle
from ..models.main import EXCLUDED, MainModel
from ..state.main import highlighted_units

TOLERANCE = 0.0002
"""Degrees (~15 m): well below one pixel of a 1600 px wide map of the city."""
ASPECT = 1 / math.cos(math.radians(51.5))
UNIT_LINE = "#ffffff"
PALE_LINE = "#b0b0b0"
DISTRICT_LINE = "#5f5f5f"
SPACE_LINE = "#1a1a1a"


def _rings(geometry) -> tuple[list, list]:
    xs: list = []
    ys: list = []
    for poly in getattr(geometry, "geoms", [geometry]):
        x, y = poly.exterior.coords.xy
        xs += [round(v, 5) for v in x] + [None]
        ys += [round(v, 5) for v in y] + [None]
    return xs, ys


@per_bundle(maxsize=2)
def geometry(bundle: Bundle, _key: str = "rings") -> dict:
    """Simplified rings per unit code, per space id (current spaces) and of all districts."""
    units = {
        f["properties"]["code"]: _rings(shapely.simplify(shape(f["geometry"]), TOLERANCE))
        for f in bundle.units_geojson["features"]
    }
    spaces = {}
    for f in bundle.spaces_geojson["features"]:
        p = f["properties"]
        if p.get("status", "current") == "current":
            spaces[p["space_id"]] = (
                _rings(shapely.simplify(shape(f["geometry"]), TOLERANCE)),
                p,
            )
    dx: list = []
    dy: list = []
    for f in bundle.districts_geojson["features"]:
        x, y = _rings(shapely.simplify(shape(f["geometry"]), TOLERANCE))
        dx += x
        dy += y
    return {"units": units, "spaces": spaces, "districts": (dx, dy)}


def _join(rings: dict, codes) -> tuple[list, list]:
    xs: list = []
    ys: list = []
    for code in codes:
        x, y = rings[code]
        xs += x
        ys += y
    return xs, ys


def _polygons(xs, ys, name, fill, line, width=0.6, pattern=None, group=None) -> go.Scatter:
    return go.Scatter(
        x=xs,
        y=ys,
        mode="lines",
        fill="toself",
        fillcolor=fill,
        fillpattern=pattern,
        line=dict(color=line, width=width),
        name=name,
        legendgroup=group or name,
        hoverinfo="skip",
    )


def class_traces(vm: MainModel, rings: dict) -> list[go.Scatter]:
    """One filled trace per class (darkest = most need first in the legend), then no data,
    then the pale units: the live map's colours, taken from the same model."""
    lang = vm.state.lang
    c = vm.classification
    by_colour: dict[str, list[str]] = {}
    no_data, pale = [], []
    for code, status in vm.unit_status.items():
        if status == "colour":
            by_colour.setdefault(vm.unit_fill[code], []).append(code)
        elif status == "no_data":
            no_data.append(code)
        else:
            pale.append(code)

    def areas(n: int) -> str:
        return f"{n} {t('area' if n == 1 else 'areas', lang)}"

    traces = []
    if c is not None:
        suffix = unit_suffix(vm.unit, lang)
        labels = break_labels(vm)
        for i in reversed(range(c.k)):
            codes = by_colour.pop(c.colors[i], [])
            name = f"{labels[i]}{suffix} ({areas(c.counts[i])})"
            xs, ys = _join(rings, codes)
            # a class without units still gets its legend entry (an empty trace)
            traces.append(_polygons(xs or [None], ys or [None], name, c.colors[i], UNIT_LINE))
    for colour, codes in by_colour.items():  # not expected: a colour outside the classes
        traces.append(_polygons(*_join(rings, codes), colour, colour, UNIT_LINE))
    if no_data:
        n = int(vm.shown.value.isna().sum())
        traces.append(
            _polygons(
                *_join(rings, no_data),
                f"{t('no_data', lang)} ({areas(n)})",
                NO_DATA,
                "#ffffff",
                pattern=dict(shape="/", fgcolor="#8c8c8c", bgcolor=NO_DATA, size=6, solidity=0.2),
            )
        )
    if pale:
        key = "outside_grey" if vm.state.level == "spaces" else "excluded"
        if vm.state.level == "spaces" and not vm.areas.included.all():
            name = f"{t('outside_grey', lang)} / {t('excluded', lang)}"
        else:
            name = t(key, lang)
        traces.append(_polygons(*_join(rings, pale), name, EXCLUDED, PALE_LINE))
    return traces


def _space_outlines(vm: MainModel, spaces: dict) -> list[go.Scatter]:
    lang = vm.state.lang
    excluded = set(vm.areas.loc[~vm.areas.included, "id"]) if vm.state.level == "spaces" else set()
    groups = {
        "documented": ("outline_documented", dict(width=2.6, dash="solid")),
        "inferred": ("outline_inferred", dict(width=2.2, dash="dash")),
        "quartier": ("outline_aq", dict(width=2.2, dash="dot")),
    }
    members: dict[str, list] = {k: [] for k in groups}
    for space_id, (_rings_xy, p) in spaces.items():
        if p.get("geometry_basis") == "surrounding_units":
            kind = "quartier"
        elif p.get("membership_confidence") == "documented":
            kind = "documented"
        else:
            kind = "inferred"
        members[kind].append(space_id)
    traces = []
    for kind, (key, line) in groups.items():
        ids = members[kind]
        if not ids:
            continue
        xs, ys = _join({k: v[0] for k, v in spaces.items()}, ids)
        colour = SPACE_LINE
        traces.append(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line=dict(color=colour, **line),
                name=t(key, lang),
                hoverinfo="skip",
            )
        )
    for space_id in excluded & set(spaces):  # filtered out: grey outline over the black
        xs, ys = spaces[space_id][0]
        traces.append(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines",
                line=dict(color="#9e9e9e", width=2.6),
                showlegend=False,
                hoverinfo="skip",
            )
        )
    return traces


def _selection(vm: MainModel, geo: dict) -> list[go.Scatter]:
    state = vm.state
    if not state.selected:
        return []
    if state.level == "units":
        codes = highlighted_units(vm.bundle, state)
        xs, ys = _join(geo["units"], codes)
    elif state.selected in geo["spaces"]:
        xs, ys = geo["spaces"][state.selected][0]
    else:
        return []
    names = {
        **dict(zip(vm.bundle.current_spaces.space_id, vm.bundle.current_spaces.name, strict=True)),
        **dict(zip(vm.areas.id, vm.areas.name, strict=True)),
    }
    name = names.get(state.selected, state.selected)
    return [
        go.Scatter(
            x=xs,
            y=ys,
            mode="lines",
            line=dict(color="#000000", width=4.5),
            name=f"{t('map_selected_legend', state.lang)}: {name}",
            hoverinfo="skip",
        )
    ]


def _labels(spaces: dict) -> list[dict]:
    """The spaces' short names in white boxes, as on the live map (readable on any fill, in
    PNG, SVG and PDF alike)."""
    return [
        dict(
            x=p["label_lon"],
            y=p["label_lat"],
            xref="x",
            yref="y",
            text=p.get("short_name") or p["name"],
            showarrow=False,
            font=dict(size=11, color="#111111", family=FONT["family"]),
            bgcolor="rgba(255,255,255,0.88)",
            bordercolor="#333333",
            borderwidth=1,
            borderpad=1,
        )
        for _space_id, (_rings_xy, p) in spaces.items()
    ]


def colour_note(vm: MainModel) -> str:
    """What dark means (as the live legend says it)."""
    key = {1: "dark_need", -1: "dark_need_low", 0: "dark_context"}[vm.direction]
    return t("change_colours" if vm.is_change and vm.direction else key, vm.state.lang)


def _districts(geo: dict, lang: str) -> go.Scatter:
    """The Stadtbezirke as thin lines (both static maps)."""
    dx, dy = geo["districts"]
    return go.Scatter(
        x=dx,
        y=dy,
        mode="lines",
        line=dict(color=DISTRICT_LINE, width=1.1),
        name=t("districts", lang),
        hoverinfo="skip",
    )


def static_map_figure(vm: MainModel) -> go.Figure:
    """The map of the main view's state: classes, no data, pale units, districts, spaces."""
    geo = geometry(vm.bundle, "rings")
    lang = vm.state.lang
    traces = [
        *class_traces(vm, geo["units"]),
        _districts(geo, lang),
        *_space_outlines(vm, geo["spaces"]),
        *_selection(vm, geo),
    ]
    legend = f"{t('legend', lang)}<br><sup>{colour_note(vm)}</sup>"
    return city_map_figure(traces, legend, _labels(geo["spaces"]))


def city_map_figure(traces: list, legend_title: str, annotations: list) -> go.Figure:
    """The whole city on the left two thirds, the legend on the right: the layout of every
    static city map (the main view, the need index, the hot spots, /kulisse)."""
    layout = go.Layout(
        font=FONT,
        showlegend=True,
        legend=dict(
            title=dict(text=legend_title),
            x=0.68,
            xanchor="left",
            y=1.0,
            yanchor="top",
            traceorder="normal",
            itemclick=False,
            font=dict(size=13),
        ),
        plot_bgcolor="white",
        paper_bgcolor="white",
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(visible=False, fixedrange=True, domain=[0, 0.66], constrain="domain"),
        yaxis=dict(visible=False, fixedrange=True, scaleanchor="x", scaleratio=ASPECT),
        annotations=annotations,
    )
    return go.Figure(data=traces, layout=layout, _validate=False)  # validated in the tests


SPACE_FILL = "rgba(178,24,43,0.6)"
SPACE_EDGE = "#7f0000"
OTHER_FILL = "#eeeeee"


def space_map_figure(bundle: Bundle, space_id: str, lang: str) -> go.Figure:
    """Where one space lies: the city's units pale, the space filled red (as the profile's
    locator map), the other current spaces outlined and named, the Stadtbezirke as lines."""
    geo = geometry(bundle, "rings")
    feature = next(
        f for f in bundle.spaces_geojson["features"] if f["properties"]["space_id"] == space_id
    )
    p = feature["properties"]
    sx, sy = _rings(shapely.simplify(shape(feature["geometry"]), TOLERANCE))
    dashed = p.get("geometry_basis") == "surrounding_units"
    others = {k: v for k, v in geo["spaces"].items() if k != space_id}
    ox, oy = _join({k: v[0] for k, v in others.items()}, others)
    traces = [
        _polygons(
            *_join(geo["units"], geo["units"]),
            t("export_units_all", lang),
            OTHER_FILL,
            "#ffffff",
        ),
        _districts(geo, lang),
        go.Scatter(
            x=ox,
            y=oy,
            mode="lines",
            line=dict(color="#6b6b6b", width=1.6),
            name=t("export_other_spaces", lang),
            hoverinfo="skip",
        ),
        go.Scatter(
            x=sx,
            y=sy,
            mode="lines",
            fill="toself",
            fillcolor=SPACE_FILL,
            line=dict(color=SPACE_EDGE, width=3, dash="dash" if dashed else "solid"),
            name=f"{p.get('type', '')} {p['name']}",
            hoverinfo="skip",
        ),
    ]
    labelled = {**geo["spaces"], space_id: (None, p)}  # a former space is named too
    layout = go.Layout(
        font=FONT,
        showlegend=True,
        legend=dict(
            x=0.68, xanchor="left", y=1.0, yanchor="top", itemclick=False, font=dict(size=13)
        ),
        plot_bgcolor="white",
        paper_bgcolor="white",
        margin=dict(l=10, r=10, t=10, b=10),
        xaxis=dict(visible=False, fixedrange=True, domain=[0, 0.66], constrain="domain"),
        yaxis=dict(visible=False, fixedrange=True, scaleanchor="x", scaleratio=ASPECT),
        annotations=_labels(labelled),
    )
    return go.Figure(data=traces, layout=layout, _validate=False)  # validated in the tests
