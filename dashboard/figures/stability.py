"""The rank-interval chart of the need index (pure plotly.graph_objects).

Per area (the top 20 units by rank, or all 15 spaces), rank 1 at the top: a thin line from
the best to the worst rank under every setting tried, a thick bar over the middle 90 % of
the weight draws (5th to 95th percentile) and a dot at their median rank.
"""

from __future__ import annotations

import plotly.graph_objects as go

from ..i18n import separators, t
from ..models.index import IndexModel
from .index_ranking import bar_labels
from .ranking import FONT, ROW, TOP, label_yaxis

LINE = "#6b6b6b"
BAR = "#f4a582"
DOT = "#7f0000"


def _segments(rows, lo: str, hi: str, labels: list[str]) -> tuple[list, list]:
    xs, ys = [], []
    for r, label in zip(rows.to_dict("records"), labels, strict=True):
        xs += [r[lo], r[hi], None]
        ys += [label, label, None]
    return xs, ys


def stability_figure(vm: IndexModel) -> go.Figure:
    lang = vm.state.lang
    shown = vm.top.iloc[::-1]
    labels = bar_labels(shown, lang, with_score=False)
    x_line, y_line = _segments(shown, "min", "max", labels)
    x_bar, y_bar = _segments(shown, "p5", "p95", labels)
    traces = [
        dict(
            type="scatter",
            mode="lines",
            x=x_line,
            y=y_line,
            line=dict(color=LINE, width=1.5),
            name=t("index_st_minmax", lang),
            hoverinfo="skip",
        ),
        dict(
            type="scatter",
            mode="lines",
            x=x_bar,
            y=y_bar,
            line=dict(color=BAR, width=9),
            name=t("index_st_p90", lang),
            hoverinfo="skip",
        ),
        dict(
            type="scatter",
            mode="markers",
            x=shown["median"].tolist(),
            y=labels,
            marker=dict(color=DOT, size=9, line=dict(color="#ffffff", width=1)),
            name=t("index_st_median", lang),
            customdata=[
                [int(r["min"]), int(r["max"]), r["p5"], r["p95"]] for r in shown.to_dict("records")
            ],
            hovertemplate="%{y}: " + t("index_st_hover", lang) + "<extra></extra>",
        ),
    ]
    worst = float(shown["max"].max()) if len(shown) else 1.0
    layout = dict(
        font=FONT,
        height=TOP + 110 + ROW * max(len(shown), 3),
        margin=dict(l=4, r=14, t=TOP + 30, b=70),
        plot_bgcolor="#ffffff",
        paper_bgcolor="#ffffff",
        dragmode=False,
        legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom", font=dict(size=11)),
        xaxis=dict(
            title=dict(text=t("index_st_axis", lang), font=dict(size=11)),
            gridcolor="#e5e5e5",
            fixedrange=True,
            range=[0.5, worst + 0.5],
            tickmode="array",
            tickvals=[1, *range(5, int(worst) + 1, 5)],
            tickfont=dict(size=11),
            zeroline=False,
        ),
        yaxis=label_yaxis(),
        separators=separators(lang),
    )
    return go.Figure(data=traces, layout=layout)
