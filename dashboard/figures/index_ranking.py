"""The need index's ranking chart: horizontal bars of the score, most need on top (pure
plotly.graph_objects; the top 20 units or all 15 spaces)."""

from __future__ import annotations

import plotly.graph_objects as go

from ..i18n import separators, t
from ..models.index import IndexModel, score_text
from .ranking import FONT, ROW, TOP, label_yaxis

BAR_COLOUR = "#bd0026"


def bar_labels(rows, lang: str, with_score: bool = True) -> list[str]:
    """'1. Nordmarkt-Süd  1,85' (the rank, the name and the score)."""
    return [
        f"{int(r.rank)}. {r.name}" + (f"  {score_text(r.score, lang)}" if with_score else "")
        for r in rows.itertuples(index=False)
    ]


def ranking_figure(vm: IndexModel) -> go.Figure:
    lang = vm.state.lang
    shown = vm.top.iloc[::-1]  # plotly draws the first category at the bottom
    labels = bar_labels(shown, lang)
    colours = [vm.colours.get(i, "#999999") for i in shown.id]
    bar = dict(
        type="bar",
        orientation="h",
        x=shown.score.tolist(),
        y=labels,
        marker=dict(color=colours, line=dict(color="#333", width=0.6)),
        customdata=shown.id.tolist(),
        hovertemplate="%{y}<extra></extra>",
        name="",
    )
    lo = min(0.0, float(shown.score.min()))
    hi = max(0.0, float(shown.score.max()))
    pad = (hi - lo) * 0.04 or 0.1
    layout = dict(
        font=FONT,
        height=TOP + 70 + ROW * max(len(shown), 3),
        margin=dict(l=4, r=14, t=TOP, b=70),
        plot_bgcolor="#ffffff",
        paper_bgcolor="#ffffff",
        bargap=0.55,
        showlegend=False,
        dragmode=False,
        xaxis=dict(
            title=dict(text=t(f"index_axis_{vm.spec.normalise}", lang), font=dict(size=11)),
            gridcolor="#e5e5e5",
            zeroline=lo < 0,
            zerolinecolor="#444",
            fixedrange=True,
            tickfont=dict(size=11),
            range=[lo - pad, hi + pad],
        ),
        yaxis=label_yaxis(),
        separators=separators(lang),
    )
    return go.Figure(data=[bar], layout=layout)
