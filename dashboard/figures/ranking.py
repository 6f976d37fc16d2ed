"""Ranking bar chart and legend histogram: pure plotly.graph_objects builders."""

from __future__ import annotations

import plotly.graph_objects as go

from ..i18n import format_number, format_value, unit_label
from ..viewmodel import ViewModel

MAX_BARS = 25
FONT = dict(
    family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size=12, color="#1a1a1a"
)


def ranking_figure(vm: ViewModel, texts: dict[str, str]) -> go.Figure:
    """Horizontal bars, most need on top, each labelled; city reference as a line.

    At the space level the bars carry the min–max of their units as a range; spaces whose
    membership is not documented are hatched (as in legend and table).
    """
    lang = vm.state.lang
    shown = vm.shown.dropna(subset=["value"]).head(MAX_BARS)
    shown = shown.iloc[::-1]  # plotly draws the first category at the bottom
    unit = vm.entry.unit
    spaces = vm.state.level == "spaces"
    hatched = [
        "/" if spaces and c not in (None, "documented") and isinstance(c, str) else ""
        for c in shown.membership_confidence
    ]
    selected = shown.id == vm.state.selected
    labels = [
        f"{_label(r, spaces)}  {format_value(r.value, unit, lang)}"
        for r in shown.itertuples(index=False)
    ]
    fig = go.Figure(
        go.Bar(
            x=shown.value,
            y=labels,
            orientation="h",
            marker=dict(
                color=list(shown.color),
                line=dict(
                    color=["#000" if s else "#666" for s in selected],
                    width=[3 if s else 0.5 for s in selected],
                ),
                pattern=dict(shape=hatched, fgcolor="#333", size=6, solidity=0.25),
            ),
            text=[format_value(v, unit, lang) for v in shown.value],
            textposition="none",
            customdata=list(shown.id),
            error_x=_range(shown) if spaces else None,
            hovertemplate="%{y}: %{text}<extra></extra>",
            name="",
        )
    )
    ref = vm.reference.value
    axis_title = unit_label(unit, lang)
    if ref is not None:
        fig.add_vline(x=ref, line=dict(color="#00528a", width=2, dash="dash"))
        axis_title += f" · - - {texts['city']}: {format_value(ref, unit, lang)}"
    height = 70 + 24 * max(len(shown), 3)
    fig.update_layout(
        font=FONT,
        height=height,
        margin=dict(l=10, r=16, t=10, b=46),
        plot_bgcolor="#ffffff",
        paper_bgcolor="#ffffff",
        bargap=0.25,
        showlegend=False,
        xaxis=dict(
            title=dict(text=axis_title, font=dict(size=11)),
            gridcolor="#e5e5e5",
            zeroline=vm.is_change,
            zerolinecolor="#444",
            separatethousands=True,
        ),
        yaxis=dict(automargin=True, tickfont=dict(size=12)),
        separators=",." if lang == "de" else ".,",
    )
    return fig


def _label(row, spaces: bool) -> str:
    name = row.name
    if (
        spaces
        and isinstance(row.membership_confidence, str)
        and row.membership_confidence != "documented"
    ):
        name += "*"
    return f"{int(row.rank)}. {name}" if row.rank == row.rank else name


def _range(shown) -> dict:
    lo = (shown.value - shown["min"]).clip(lower=0).fillna(0)
    hi = (shown["max"] - shown.value).clip(lower=0).fillna(0)
    return dict(
        type="data",
        symmetric=False,
        array=list(hi),
        arrayminus=list(lo),
        color="#333",
        thickness=1.2,
        width=4,
    )


def histogram_figure(vm: ViewModel, texts: dict[str, str]) -> go.Figure:
    """A small histogram of the shown values with the class breaks as lines."""
    c = vm.classification
    values = vm.shown.value.dropna()
    fig = go.Figure()
    if c is not None and len(values):
        edges = [c.lower, *c.bins]
        for (low, high), color in zip(c.ranges(), c.colors, strict=True):
            inside = (
                values[(values >= low) & (values <= high)]
                if low == edges[0]
                else values[(values > low) & (values <= high)]
            )
            fig.add_trace(
                go.Histogram(
                    x=inside,
                    marker_color=color,
                    xbins=_bins(values),
                    marker_line=dict(color="#555", width=0.5),
                    hoverinfo="skip",
                )
            )
        for edge in edges:
            fig.add_vline(x=edge, line=dict(color="#333", width=1))
    fig.update_layout(
        font=dict(FONT, size=10),
        height=110,
        barmode="stack",
        showlegend=False,
        margin=dict(l=28, r=8, t=4, b=24),
        plot_bgcolor="#fff",
        paper_bgcolor="#fff",
        xaxis=dict(tickfont=dict(size=10), separatethousands=True),
        yaxis=dict(
            title=dict(text=texts["count"], font=dict(size=10)),
            tickfont=dict(size=9),
            gridcolor="#eee",
        ),
        separators=",." if vm.state.lang == "de" else ".,",
    )
    return fig


def _bins(values) -> dict:
    lo, hi = float(values.min()), float(values.max())
    size = (hi - lo) / 20 if hi > lo else 1.0
    return dict(start=lo, end=hi + size, size=size)


def break_labels(vm: ViewModel) -> list[str]:
    c = vm.classification
    if c is None:
        return []
    return [
        f"{format_number(lo, vm.state.lang)} – {format_number(hi, vm.state.lang)}"
        for lo, hi in c.ranges()
    ]
