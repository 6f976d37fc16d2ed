"""The ranking bar chart (exports) and the bars it shares with the page's HTML ranking:
pure plotly.graph_objects builders."""

from __future__ import annotations

from dataclasses import dataclass

import plotly.graph_objects as go

from ..i18n import format_number, format_value, separators, t, unit_label, unit_suffix
from ..models.main import MainModel
from ..models.table import since_text

MAX_BARS = 25
# Each bar's label sits on its own line above the bar (inside the plot), so the bars get the
# whole width on a 390 px phone as on a laptop, and the labels are kept short enough for
# ~330 px. ROW is one bar's band; the label is shifted up by LABEL_SHIFT (less than ROW / 2,
# so every label stays nearest to its own bar; plotly shifts y labels down for a positive
# value, hence the minus below).
ROW = 34
BARGAP = 0.55  # bar ≈ 15 px thick; the label line fits in the gap above it
LABEL_SHIFT = 15
LABEL_SIZE = 12


def label_yaxis() -> dict:
    """The y axis of a ranking-like chart: the names are tick labels drawn inside the plot,
    left-aligned above their bars (the top label stands above the plot area)."""
    return dict(
        ticklabelposition="inside",
        ticklabelshift=-LABEL_SHIFT,
        ticklabeloverflow="allow",
        ticks="",
        showline=False,
        fixedrange=True,
        tickfont=dict(size=LABEL_SIZE),
    )


TOP = 32  # room for the first label and, on wide screens, plotly's mode bar above the bars
FONT = dict(
    family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size=12, color="#1a1a1a"
)


def vline(x: float, color: str, width: float, dash: str | None = None) -> dict:
    """A vertical line over the whole plot as a layout shape (``fig.add_vline`` costs ~10 ms)."""
    line = dict(color=color, width=width, **({"dash": dash} if dash else {}))
    return dict(type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1, line=line)


@dataclass(frozen=True)
class Bars:
    """The ranking's bars, most need first, as the chart (here) and the page's HTML ranking
    (``components/html_charts.py``) both draw them."""

    ids: list[str]
    labels: list[str]
    """'1. Nordstadt*  58,8 %': rank, short name (* = membership not documented), value."""
    values: list[float]
    texts: list[str]
    """The values with their unit, for tooltips."""
    colors: list[str]
    hatched: list[bool]
    selected: list[bool]
    low: list[float | None]
    """At the space level: the lowest value among the space's units (else None)."""
    high: list[float | None]
    x_range: list[float]
    reference: float | None
    unit_title: str
    reference_label: str | None
    """What the dashed line is, with its value: 'Stadt (Median der Gebiete): 17,9 %'."""


def ranking_bars(vm: MainModel) -> Bars | None:
    """The first :data:`MAX_BARS` areas with a value, most need first; None if none has."""
    lang = vm.state.lang
    shown = vm.shown.dropna(subset=["value"]).head(MAX_BARS)
    if shown.empty:
        return None
    unit = vm.unit
    spaces = vm.state.level == "spaces"
    names = _names(vm, shown)
    ref = vm.reference.value
    reference_label = None
    if ref is not None:
        label = vm.reference.label_en if lang == "en" else vm.reference.label_de
        reference_label = f"{label}: {format_value(ref, unit, lang)}"
    nothing = [None] * len(shown)
    return Bars(
        ids=shown.id.tolist(),
        labels=[
            f"{_label(r, name, spaces)}  {_short_value(r.value, unit, lang)}"
            for r, name in zip(shown.itertuples(index=False), names, strict=True)
        ],
        values=shown.value.tolist(),
        texts=[format_value(v, unit, lang) for v in shown.value],
        colors=shown.color.tolist(),
        hatched=[
            spaces and isinstance(c, str) and c != "documented" for c in shown.membership_confidence
        ],
        selected=(shown.id == vm.state.selected).tolist(),
        low=[_finite(v) for v in shown["min"]] if spaces else nothing,
        high=[_finite(v) for v in shown["max"]] if spaces else nothing,
        x_range=_x_range(shown, ref, spaces),
        reference=ref,
        unit_title=unit_label(unit, lang),
        reference_label=reference_label,
    )


def _finite(value) -> float | None:
    return None if value is None or value != value else float(value)


def ranking_figure(vm: MainModel) -> go.Figure:
    """Horizontal bars, most need on top, each labelled; city reference as a line.

    At the space level the bars carry the min–max of their units as a range; spaces whose
    membership is not documented are hatched (as in legend and table).
    """
    lang = vm.state.lang
    b = ranking_bars(vm)
    if b is None:
        return empty_figure(t(f"empty_{vm.empty_reason}", lang))
    spaces = vm.state.level == "spaces"
    flip = slice(None, None, -1)  # plotly draws the first category at the bottom
    labels = b.labels[flip]
    bar = dict(
        type="bar",
        x=b.values[flip],
        y=labels,
        orientation="h",
        marker=dict(
            color=b.colors[flip],
            line=dict(color="#222", width=[3 if s else 0.5 for s in b.selected[flip]]),
        ),
        text=b.texts[flip],
        textposition="none",
        customdata=b.ids[flip],
        hovertemplate="%{y}: %{text}<extra></extra>",
        name="",
    )
    traces = [bar]
    hatched = b.hatched[flip]
    if any(hatched):
        # the hatching is a second, transparent trace over the same bars: plotly.js cannot
        # derive a pattern's background from a colour array (it warns and draws black)
        marked = [k for k, h in enumerate(hatched) if h]
        traces.append(
            dict(
                type="bar",
                orientation="h",
                name="",
                x=[bar["x"][k] for k in marked],
                y=[labels[k] for k in marked],
                customdata=[bar["customdata"][k] for k in marked],
                text=[bar["text"][k] for k in marked],
                textposition="none",
                hovertemplate=bar["hovertemplate"],
                marker=dict(
                    color="rgba(0,0,0,0)",
                    line=dict(width=0),
                    pattern=dict(
                        shape="/",
                        fillmode="replace",
                        bgcolor="rgba(0,0,0,0)",
                        fgcolor="#333",
                        size=6,
                        solidity=0.25,
                    ),
                ),
            )
        )
    if spaces:
        bar["error_x"] = _range(b.values[flip], b.low[flip], b.high[flip])
    axis_title = b.unit_title
    if b.reference_label:
        axis_title += f"<br>- - - {b.reference_label}"
    shapes = []
    if b.reference is not None:
        # below the bars: it shows in the gaps between them and never crosses a label's text
        line = vline(b.reference, color="#00528a", width=2, dash="dash")
        shapes.append(dict(line, layer="below"))
    height = TOP + 62 + ROW * max(len(b.ids), 3)
    layout = dict(
        font=FONT,
        height=height,
        margin=dict(l=4, r=14, t=TOP, b=62),
        plot_bgcolor="#ffffff",
        paper_bgcolor="#ffffff",
        bargap=BARGAP,
        barmode="overlay",
        showlegend=False,
        shapes=shapes,
        # no zoom or pan: a finger dragging over the chart scrolls the page on a phone
        dragmode=False,
        xaxis=dict(
            title=dict(text=axis_title, font=dict(size=11)),
            gridcolor="#e5e5e5",
            zeroline=vm.is_change,
            zerolinecolor="#444",
            separatethousands=True,
            fixedrange=True,
            tickfont=dict(size=11),
            # set here: plotly's autorange would pad it to keep the labels clear of the bars
            range=b.x_range,
        ),
        yaxis=label_yaxis(),
        separators=separators(lang),
    )
    # validated in the tests (tests/unit/test_figures.py); skipped here, it costs ~4 ms
    return go.Figure(data=traces, layout=layout, _validate=False)


def _names(vm: MainModel, shown) -> list[str]:
    """Short bar names: a space with "(seit 2021)" where it joined late; a unit with the
    short name of its space (the table and the tooltips carry the long forms)."""
    lang = vm.state.lang
    spaces = vm.bundle.current_spaces.set_index("space_id")
    if vm.state.level == "spaces":
        return [f"{r.name}{since_text(spaces, r.id, lang, short=True)}" for r in shown.itertuples()]
    names = []
    for r in shown.itertuples():
        if r.space_id not in spaces.index or spaces.at[r.space_id, "short_name"] == r.name:
            names.append(r.name)
            continue
        space = spaces.loc[r.space_id]
        key = "in_quartier_short" if space.type == "Aktionsquartier" else "in_space_short"
        names.append(f"{r.name} ({t(key, lang).format(name=space.short_name)})")
    return names


def _short_value(value: float, unit: str, lang: str) -> str:
    """The value with a short unit ('58,8 %', '-1,2 Pp.'); a long unit is left to the axis
    title, so the label fits on a phone."""
    if len(unit_suffix(unit, lang)) <= 5:
        return format_value(value, unit, lang)
    return format_number(value, lang)


def empty_figure(message: str) -> go.Figure:
    """A chart without data says why, instead of bare axes."""
    return go.Figure(
        layout=dict(
            font=FONT,
            height=160,
            margin=dict(l=10, r=10, t=10, b=10),
            plot_bgcolor="#ffffff",
            paper_bgcolor="#ffffff",
            xaxis=dict(visible=False),
            yaxis=dict(visible=False),
            annotations=[
                dict(
                    text=message,
                    xref="paper",
                    yref="paper",
                    x=0.5,
                    y=0.5,
                    showarrow=False,
                    font=dict(size=13),
                    width=300,
                )
            ],
        ),
        _validate=False,
    )


def _label(row, name: str, spaces: bool) -> str:
    if (
        spaces
        and isinstance(row.membership_confidence, str)
        and row.membership_confidence != "documented"
    ):
        name += "*"
    return f"{int(row.rank)}. {name}" if row.rank == row.rank else name


def _x_range(shown, ref: float | None, spaces: bool) -> list[float]:
    """From 0 (or the lowest value) to the highest value, with the units' range on the
    space level and the city reference, plus a little air."""
    lo_values = shown["min"] if spaces else shown.value
    hi_values = shown["max"] if spaces else shown.value
    points = [0.0, *shown.value, *lo_values.dropna(), *hi_values.dropna()]
    if ref is not None:
        points.append(ref)
    lo, hi = float(min(points)), float(max(points))
    pad = 0.03 * ((hi - lo) or 1.0)
    return [lo - pad if lo < 0 else 0.0, hi + pad]


def _range(values: list[float], low: list, high: list) -> dict:
    def up(v, top):
        return 0.0 if top is None else max(top - v, 0.0)

    return dict(
        type="data",
        symmetric=False,
        array=[up(v, h) for v, h in zip(values, high, strict=True)],
        arrayminus=[
            0.0 if lo is None else max(v - lo, 0.0) for v, lo in zip(values, low, strict=True)
        ],
        color="#333",
        thickness=1.2,
        width=4,
    )


def break_labels(vm: MainModel) -> list[str]:
    c = vm.classification
    if c is None:
        return []
    return [
        f"{format_number(lo, vm.state.lang)} – {format_number(hi, vm.state.lang)}"
        for lo, hi in c.ranges()
    ]
