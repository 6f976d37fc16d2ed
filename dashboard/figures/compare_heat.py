"""The comparison view's two tables as static charts (pure plotly.graph_objects), for the
exports of ``/vergleich``: a heat table whose cells carry the relation class as colour (the
page's colours, ``assets/compare.css``), a symbol and the value as text, and a legend of the
classes. Colour never carries the meaning alone: every cell shows its symbol and value.
"""

from __future__ import annotations

import re

import plotly.graph_objects as go

from ..i18n import format_number, format_value, t, unit_suffix
from ..models.compare import SYMBOL, Matrix, SideBySide, column_label
from .ranking import FONT

CLASS_ORDER = ("worse", "similar", "better", "higher", "lower", "no_data")
COLOURS = {
    "worse": "#fcd5c4",
    "similar": "#f3f3f3",
    "better": "#cfe1f2",
    "higher": "#e6def0",
    "lower": "#e6def0",
    "no_data": "#ffffff",
}
ROW = 34
"""Pixels per table row."""


def _colourscale() -> list:
    """A stepped colour scale: class index i of n maps to its own colour band."""
    n = len(CLASS_ORDER)
    scale = []
    for i, cls in enumerate(CLASS_ORDER):
        scale += [[i / n, COLOURS[cls]], [(i + 1) / n, COLOURS[cls]]]
    return scale


def _wrap(text: str, width: int) -> str:
    """Lines of at most ``width`` characters, broken after spaces, '/' and '-' only."""
    parts = re.findall(r"[^ /-]+[ /-]?", text)
    lines, line = [], ""
    for part in parts:
        if line and len(line + part.rstrip()) > width:
            lines.append(line.rstrip())
            line = ""
        line += part
    lines.append(line.rstrip())
    return "<br>".join(x for x in lines if x) or text


def cell_text(value, cls: str, unit: str | None, missing: str | None, lang: str) -> str:
    """Symbol and value (with its unit, or the bare number when ``unit`` is None); a missing
    value shows its reason, or a dash."""
    if value is None:
        return missing or SYMBOL["no_data"]
    shown = format_number(value, lang, 1) if unit is None else format_value(value, unit, lang)
    return f"{SYMBOL[cls]} {shown}"


def heat_table(
    rows: list[str],
    columns: list[str],
    classes: list[list[str]],
    texts: list[list[str]],
    lang: str,
    font_size: int = 13,
) -> go.Figure:
    """Rows top to bottom, columns left to right; ``classes[i][j]`` and ``texts[i][j]`` per
    cell. The legend lists every class with its symbol."""
    n = len(CLASS_ORDER)
    z = [[(CLASS_ORDER.index(c) + 0.5) / n for c in row] for row in classes]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=list(range(len(columns))),
            y=list(range(len(rows))),
            text=texts,
            texttemplate="%{text}",
            textfont=dict(size=font_size, color="#1a1a1a"),
            colorscale=_colourscale(),
            zmin=0,
            zmax=1,
            showscale=False,
            xgap=2,
            ygap=2,
            hoverinfo="skip",
        )
    )
    for cls in CLASS_ORDER:
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                marker=dict(
                    symbol="square", size=16, color=COLOURS[cls], line=dict(color="#888", width=1)
                ),
                name=f"{SYMBOL[cls]} {t(f'rel_{cls}', lang)}",
                showlegend=True,
            )
        )
    fig.update_xaxes(
        side="top",
        tickmode="array",
        tickvals=list(range(len(columns))),
        ticktext=columns,
        showgrid=False,
        zeroline=False,
        tickfont=dict(size=12),
        range=[-0.5, len(columns) - 0.5],
        tickangle=0,
    )
    fig.update_yaxes(
        tickmode="array",
        tickvals=list(range(len(rows))),
        ticktext=rows,
        autorange="reversed",
        showgrid=False,
        zeroline=False,
        tickfont=dict(size=12),
        automargin=True,
    )
    fig.update_layout(
        font=FONT,
        plot_bgcolor="white",
        showlegend=True,
        legend=dict(
            orientation="h",
            x=0,
            xanchor="left",
            y=0,
            yanchor="top",
            yref="paper",
            font=dict(size=13),
            itemclick=False,
            title=dict(text=t("legend", lang) + ":", side="left"),
        ),
        margin=dict(l=10, r=20, t=10, b=50),
        height=ROW * len(rows) + 160,
    )
    return fig


def side_figure(side: SideBySide, lang: str) -> go.Figure:
    """The chosen areas (columns) across the indicators of one Handlungsfeld (rows); each
    row names the city value."""
    kind = {k: t(f"compare_kind_{k}", lang) for k in ("space", "unit")}
    columns = [
        f"<b>{_wrap(n, 22)}</b><br>({kind[k]})" for n, k in zip(side.names, side.kinds, strict=True)
    ]
    rows, classes, texts = [], [], []
    for col, row in zip(side.columns, side.cells, strict=True):
        city = format_value(col.city, col.unit, lang)
        rows.append(f"{column_label(col, lang)} · {t('city_reference_short', lang)} {city}")
        classes.append([c.cls for c in row])
        texts.append(
            [cell_text(c.value, c.cls, col.unit, _wrap(c.missing or "", 18), lang) for c in row]
        )
    fig = heat_table(rows, columns, classes, texts, lang, font_size=15)
    return fig.update_layout(height=max(ROW + 8, 44) * len(rows) + 200)


def matrix_figure(matrix: Matrix, lang: str) -> go.Figure:
    """The matrix turned on its side for a slide: indicators as rows (catalogue order), the
    15 spaces as columns in the page's order."""
    columns = [_wrap(matrix.names[s], 13) for s in matrix.space_ids]
    rows, classes, texts = [], [], []
    for col in matrix.columns:
        suffix = unit_suffix(col.unit, lang).strip()
        rows.append(f"{column_label(col, lang)} ({suffix})" if suffix else column_label(col, lang))
        line_c, line_t = [], []
        for space in matrix.space_ids:
            value, cls, _reason = matrix.cells[(space, col.indicator_id)]
            line_c.append(cls)
            line_t.append(cell_text(value, cls, None, None, lang))
        classes.append(line_c)
        texts.append(line_t)
    fig = heat_table(rows, columns, classes, texts, lang, font_size=11)
    return fig.update_layout(
        xaxis_tickfont=dict(size=11),
        height=ROW * len(rows) + 190,
    )
