"""The main view's ranking and the legend's histogram on the page, each written as one HTML
string for an :class:`HtmlBlock` (the exports draw the same data with plotly,
``figures/ranking.py``).

Ranking: the same bars as the exported chart (``figures/ranking.ranking_bars``). Each bar is a
button (``data-select``, reported by ``assets/table.js`` like the table's
names), so the ranking can be used by keyboard and read by a screen reader as a list; a
plotly chart of 25 bars cost the browser about 20 ms per change, this string about 1 ms.
Histogram: 20 bins of the shown values, coloured by class, the class breaks as lines (a
plotly chart cost about 25 ms per change).

Every text is escaped. Positions are percentages, so both fit any width;
``assets/app.css`` draws them.
"""

from __future__ import annotations

import math
from html import escape

import numpy as np

from ..figures.ranking import Bars, ranking_bars
from ..i18n import format_number, t
from ..models.main import MainModel

HISTOGRAM_BINS = 20


def ranking_html(vm: MainModel) -> str:
    lang = vm.state.lang
    bars = ranking_bars(vm)
    if bars is None:
        return f'<p class="rank-empty">{escape(t(f"empty_{vm.empty_reason}", lang))}</p>'
    lo, hi = bars.x_range
    ticks = nice_ticks(lo, hi)
    rows = "".join(_row(bars, i, lo, hi) for i in range(len(bars.ids)))
    grid = "".join(
        f'<span class="rank-grid{" zero" if v == 0 and lo < 0 else ""}" '
        f'style="left:{_pos(v, lo, hi)}"></span>'
        for v in ticks
    )
    ref = ""
    if bars.reference is not None:
        ref = f'<span class="rank-ref" style="left:{_pos(bars.reference, lo, hi)}"></span>'
    labels = _axis_labels(ticks, lo, hi, lang)
    title = escape(bars.unit_title)
    if bars.reference_label:
        key = '<span class="rank-ref-key" aria-hidden="true"></span>'
        title += f"<br>{key}{escape(bars.reference_label)}"
    return (
        f'<div class="rank"><div class="rank-plot">'
        f'<div class="rank-lines" aria-hidden="true">{grid}{ref}</div>'
        f'<ol class="rank-list">{rows}</ol></div>'
        f'<div class="rank-axis" aria-hidden="true">{labels}</div>'
        f'<p class="rank-title">{title}</p></div>'
    )


def _row(bars: Bars, i: int, lo: float, hi: float) -> str:
    value = bars.values[i]
    start, end = sorted((0.0, value))
    css = "rank-bar" + (" hatched" if bars.hatched[i] else "")
    css += " sel" if bars.selected[i] else ""
    bar = (
        f'<span class="{css}" style="left:{_pos(start, lo, hi)};'
        f'width:{_span(start, end, lo, hi)};background-color:{escape(bars.colors[i])}"></span>'
    )
    whisker = ""
    if bars.low[i] is not None and bars.high[i] is not None:
        a, b = min(bars.low[i], value), max(bars.high[i], value)
        whisker = (
            f'<span class="rank-range" style="left:{_pos(a, lo, hi)};'
            f'width:{_span(a, b, lo, hi)}"></span>'
        )
    pressed = "true" if bars.selected[i] else "false"
    return (
        f'<li><button type="button" class="rank-btn" data-select="{escape(bars.ids[i])}" '
        f'aria-pressed="{pressed}" title="{escape(bars.labels[i])}">'
        f'<span class="rank-label">{escape(bars.labels[i])}</span>'
        f'<span class="rank-track">{bar}{whisker}</span></button></li>'
    )


def _pos(x: float, lo: float, hi: float) -> str:
    return f"{100 * (x - lo) / ((hi - lo) or 1):.2f}%"


def _span(a: float, b: float, lo: float, hi: float) -> str:
    return f"{100 * (b - a) / ((hi - lo) or 1):.2f}%"


def nice_ticks(lo: float, hi: float, target: int = 5) -> list[float]:
    """Round axis values in [lo, hi]: steps of 1, 2 or 5 times a power of ten, about
    ``target`` of them (as plotly chooses them)."""
    span = hi - lo
    if not math.isfinite(span) or span <= 0:
        return [lo]
    raw = span / target
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(lo / step - 1e-9)
    return [round(k * step, 10) for k in range(first, math.floor(hi / step + 1e-9) + 1)]


def _axis_labels(ticks: list[float], lo: float, hi: float, lang: str) -> str:
    """The axis values at their places, with the decimals they need (0 for 0, 10, 20; 1 for
    0.5, 1.0, 1.5)."""
    digits = 0 if all(float(v).is_integer() for v in ticks) else 1
    return "".join(
        f'<span style="left:{_pos(v, lo, hi)}">{escape(format_number(v, lang, digits))}</span>'
        for v in ticks
    )


def histogram_html(vm: MainModel) -> str:
    """The shown values in :data:`HISTOGRAM_BINS` bins, each bin in the colour of the class its
    centre falls in; the class breaks as lines; count and value axes. '' without classes."""
    c = vm.classification
    values = vm.shown.value.dropna().to_numpy()
    if c is None or not len(values):
        return ""
    lang = vm.state.lang
    lo, hi = float(values.min()), float(values.max())
    edges = np.linspace(lo, hi if hi > lo else lo + 1, HISTOGRAM_BINS + 1)
    counts, _ = np.histogram(values, edges)
    centres = (edges[:-1] + edges[1:]) / 2
    classes = np.minimum(np.searchsorted(np.asarray(c.bins), centres, "left"), c.k - 1)
    breaks = [float(b) for b in (c.lower, *c.bins)]
    x0 = min(float(edges[0]), *breaks)
    x1 = max(float(edges[-1]), *breaks)
    top = int(counts.max()) or 1
    bars = "".join(
        f'<span class="hist-bar" style="left:{_pos(a, x0, x1)};width:{_span(a, b, x0, x1)};'
        f'height:{100 * n / top:.1f}%;background-color:{escape(c.colors[k])}"></span>'
        for a, b, n, k in zip(edges[:-1], edges[1:], counts, classes, strict=True)
        if n
    )
    lines = "".join(
        f'<span class="hist-brk" style="left:{_pos(b, x0, x1)}"></span>' for b in breaks
    )
    axis = _axis_labels(nice_ticks(x0, x1), x0, x1, lang)
    return (
        f'<div class="hist"><span class="hist-count">{escape(t("count", lang))}</span>'
        f'<div class="hist-body"><div class="hist-y"><span>{top}</span><span>0</span></div>'
        f'<div class="hist-plot">{bars}{lines}</div></div>'
        f'<div class="hist-x">{axis}</div></div>'
    )
