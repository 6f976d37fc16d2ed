"""Needs next to money: a quadrant chart (pure plotly.graph_objects).

x = the need indicator per space, with the city reference as a vertical line; y = the known
funding per space in €. Spaces without a published amount of their own sit in a separate
strip below the chart, labelled *nothing published* — never at 0.
"""

from __future__ import annotations

import math

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from ..i18n import format_number, format_value, pick, separators, t, unit_suffix
from ..models.money import MoneyModel, funded, nothing_published
from .ranking import FONT

FUNDED = "#08519c"
NONE = "#6b6b6b"
CITY = "#b2182b"


def euros(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    return format_number(value, lang, 0) + " €"


def log_ticks(amounts: list[float]) -> dict:
    """Ticks at 1, 2 and 5 times the powers of ten that span the amounts."""
    if not amounts:
        return {}
    lo, hi = math.floor(math.log10(min(amounts))), math.ceil(math.log10(max(amounts)))
    vals = [m * 10**e for e in range(lo, hi + 1) for m in (1, 2, 5)]
    return {
        "tickvals": vals,
        "range": [math.log10(min(amounts)) - 0.3, math.log10(max(amounts)) + 0.3],
    }


def quadrant_figure(model: MoneyModel, scale: str, lang: str) -> go.Figure:
    entry = model.entry
    unit = entry.unit
    fig = make_subplots(
        rows=2, cols=1, shared_xaxes=True, row_heights=[0.75, 0.25], vertical_spacing=0.08
    )
    has = [s for s in funded(model) if s.value is not None]
    fig.add_trace(
        go.Scatter(
            x=[s.value for s in has],
            y=[s.funding for s in has],
            mode="markers+text",
            text=[s.short_name for s in has],
            textposition="top center",
            marker=dict(size=12, color=FUNDED, symbol="circle"),
            customdata=[s.space_id for s in has],
            hovertext=[
                f"{s.name}: {format_value(s.value, unit, lang)}; {euros(s.funding, lang)} "
                f"({', '.join(s.years)})"
                for s in has
            ],
            hoverinfo="text",
            name=t("money_funded", lang),
            cliponaxis=False,
        ),
        row=1,
        col=1,
    )
    none = sorted(
        (s for s in nothing_published(model) if s.value is not None), key=lambda s: s.value
    )
    fig.add_trace(
        go.Scatter(
            x=[s.value for s in none],
            y=[t("money_nothing", lang)] * len(none),
            mode="markers+text",
            # neighbours alternate above and below, so that close values stay readable
            text=[s.short_name for s in none],
            textposition=["top center" if i % 2 else "bottom center" for i in range(len(none))],
            textfont=dict(size=11),
            cliponaxis=False,
            marker=dict(size=11, color="white", line=dict(color=NONE, width=2), symbol="circle"),
            hovertext=[
                f"{s.name}: {format_value(s.value, unit, lang)}; {t('money_nothing', lang)}"
                + (f"; {t('money_several_note', lang)}" if s.several else "")
                for s in none
            ],
            hoverinfo="text",
            name=t("money_nothing", lang),
        ),
        row=2,
        col=1,
    )
    ref = model.reference.value
    if ref is not None:
        for row in (1, 2):
            fig.add_vline(x=ref, line=dict(color=CITY, width=2, dash="dash"), row=row, col=1)
        fig.add_annotation(
            x=ref,
            y=1.0,
            xref="x",
            yref="paper",
            text=f"{pick(vars(model.reference), 'label', lang)}: {format_value(ref, unit, lang)}",
            showarrow=False,
            yanchor="bottom",
            font=dict(color=CITY, size=12),
        )
    label = f"{pick(entry, 'label', lang)} ({unit_suffix(unit, lang).strip()})"
    fig.update_xaxes(title_text=label, row=2, col=1)
    # a fixed range: the names beside the points must not widen it (phones hide them)
    xs = [s.value for s in model.spaces if s.value is not None]
    xs += [ref] if ref is not None else []
    if xs:
        pad = (max(xs) - min(xs)) * 0.06 or 1.0
        fig.update_xaxes(range=[min(xs) - pad, max(xs) + pad])
    fig.update_yaxes(
        title_text=t("money_axis", lang) + (f" ({t('money_log', lang)})" if scale == "log" else ""),
        type="log" if scale == "log" else "linear",
        tickformat=",.0f",
        **(log_ticks([s.funding for s in has]) if scale == "log" else {}),
        row=1,
        col=1,
    )
    fig.update_yaxes(type="category", row=2, col=1, fixedrange=True)
    fig.update_layout(
        font=FONT,
        separators=separators(lang),
        showlegend=False,
        margin=dict(l=10, r=20, t=40, b=10),
        height=520,
        plot_bgcolor="white",
        dragmode=False,
    )
    fig.update_xaxes(showgrid=True, gridcolor="#e5e5e5", zeroline=False)
    fig.update_yaxes(showgrid=True, gridcolor="#e5e5e5", zeroline=False, automargin=True)
    return fig
