"""Spine chart of one space against the city: pure plotly.graph_objects builder.

One row per indicator. The city reference is the centre line; the 170 units' range (min–max)
is a thin grey whisker and their middle 50 % (p25–p75) a grey band, both scaled per row so
that the farthest of min, max and the space's value touches the edge. Need points one way:
more need to the left, less to the right (context indicators: lower left, higher right).
The space is a marker coloured by its position against the middle 50 %.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from ..data.model import HANDLUNGSFELDER
from ..i18n import edition_year, format_value, pick, t
from ..models.profile import SpaceProfile

ROW = 44
TOP = 10
BOTTOM = 40
COLOURS = {
    "worse": "#b2182b",
    "similar": "#f1c232",
    "better": "#2166ac",
    "lower": "#6b6b6b",
    "higher": "#6b6b6b",
}
SYMBOLS = {
    "worse": "diamond",
    "similar": "circle",
    "better": "square",
    "lower": "circle-open",
    "higher": "circle-open",
}
LEGEND_KEYS = {
    "worse": "spine_worse",
    "similar": "spine_similar",
    "better": "spine_better",
    "lower": "spine_context",
    "higher": "spine_context",
}
FONT = dict(
    family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", size=12, color="#1a1a1a"
)


def orientation(direction: int) -> int:
    """+1: higher values to the right; -1: higher values to the left (they mean more need)."""
    return -1 if direction > 0 else 1


def spine_positions(row) -> dict[str, float]:
    """The row's values on the normalised axis (-1 … 1, city reference at 0)."""
    o = orientation(int(row["direction"]))
    out = {}
    for key in ("d_min", "d_p25", "d_median", "d_p75", "d_max", "value"):
        v = row[key]
        out[key] = np.nan if pd.isna(v) else o * (v - row["centre"]) / row["scale"]
    return out


def _wrap(text: str, width: int = 46) -> str:
    words, lines, line = text.split(), [], ""
    for w in words:
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return "<br>".join([*lines, line])


def spine_figure(profile: SpaceProfile, lang: str) -> go.Figure:
    rows = profile.indicators
    fields = list(dict.fromkeys(rows.handlungsfeld))
    n = len(rows) + len(fields)
    whisk_x, whisk_y, band_x, band_y, med_x, med_y = [], [], [], [], [], []
    points: dict[str, list] = {k: [[], [], []] for k in COLOURS}
    annotations = []
    i, field = -1, None
    for _, r in rows.iterrows():
        if r.handlungsfeld != field:
            field = r.handlungsfeld
            i += 1
            annotations.append(
                dict(
                    x=-1.05,
                    y=n - 1 - i + 0.3,
                    xref="x",
                    yref="y",
                    showarrow=False,
                    text="<b>" + _wrap(HANDLUNGSFELDER[field][lang], 40) + "</b>",
                    xanchor="left",
                    yanchor="middle",
                    font=dict(size=13),
                )
            )
        i += 1
        y = n - 1 - i
        label = f"{pick(r, 'label', lang)} ({edition_year(str(r.edition))})"
        annotations.append(
            dict(
                x=-1.05,
                y=y + 0.5,
                xref="x",
                yref="y",
                text=label,
                showarrow=False,
                xanchor="left",
                yanchor="middle",
                font=dict(size=12),
                bgcolor="rgba(255,255,255,0.85)",
            )
        )
        if pd.isna(r.value):
            annotations.append(
                dict(
                    x=0.03,
                    y=y,
                    xref="x",
                    yref="y",
                    text=t("spine_no_value", lang),
                    showarrow=False,
                    xanchor="left",
                    yanchor="middle",
                    font=dict(size=11, color="#555555"),
                    bgcolor="white",
                )
            )
        if r.d_n == 0 or pd.isna(r.centre):
            continue
        p = spine_positions(r)
        whisk_x += [p["d_min"], p["d_max"], None]
        whisk_y += [y, y, None]
        band_x += [p["d_p25"], p["d_p75"], None]
        band_y += [y, y, None]
        med_x.append(p["d_median"])
        med_y.append(y)
        if r.position in points and not np.isnan(p["value"]):
            pts = points[r.position]
            pts[0].append(p["value"])
            pts[1].append(y)
            pts[2].append(
                f"{label}<br>{profile.space['name']}: {format_value(r.value, r.unit, lang)}"
                f"<br>{pick(r, 'reference_label', lang)}: {format_value(r.reference, r.unit, lang)}"
            )
    traces = [
        go.Scatter(
            x=whisk_x,
            y=whisk_y,
            mode="lines",
            line=dict(color="#9e9e9e", width=1.5),
            name=t("spine_range", lang),
            hoverinfo="skip",
        ),
        go.Scatter(
            x=band_x,
            y=band_y,
            mode="lines",
            line=dict(color="#bdbdbd", width=12),
            name=t("spine_band", lang),
            hoverinfo="skip",
        ),
        go.Scatter(
            x=med_x,
            y=med_y,
            mode="markers",
            name=t("spine_median", lang),
            marker=dict(symbol="line-ns", size=14, line=dict(color="#424242", width=2)),
            hoverinfo="skip",
        ),
    ]
    seen = set()
    for key, (xs, ys, texts) in points.items():
        name = t(LEGEND_KEYS[key], lang)
        traces.append(
            go.Scatter(
                x=xs,
                y=ys,
                mode="markers",
                name=name,
                text=texts,
                hoverinfo="text",
                showlegend=bool(xs) and name not in seen,
                marker=dict(
                    color=COLOURS[key],
                    symbol=SYMBOLS[key],
                    size=13,
                    line=dict(color="#1a1a1a", width=1),
                ),
            )
        )
        if xs:
            seen.add(name)
    layout = go.Layout(
        height=TOP + BOTTOM + ROW * max(n, 1),
        margin=dict(l=8, r=8, t=TOP, b=BOTTOM),
        font=FONT,
        plot_bgcolor="white",
        paper_bgcolor="white",
        xaxis=dict(
            range=[-1.08, 1.08],
            showgrid=False,
            zeroline=False,
            fixedrange=True,
            showticklabels=False,
        ),
        yaxis=dict(
            range=[-0.6, n + 0.1],
            showticklabels=False,
            showgrid=False,
            zeroline=False,
            fixedrange=True,
        ),
        shapes=[
            dict(
                type="line",
                xref="x",
                yref="paper",
                x0=0,
                x1=0,
                y0=0,
                y1=1,
                line=dict(color="#1a1a1a", width=1.5),
            )
        ],
        annotations=[*annotations, *_axis_labels(lang)],
        showlegend=False,
        hoverlabel=dict(bgcolor="white"),
    )
    return go.Figure(data=traces, layout=layout, skip_invalid=False, _validate=False)


def _axis_labels(lang: str) -> list[dict]:
    """Below the rows: which side means more need, and the centre line."""
    spots = (
        (-1.05, "left", "spine_left"),
        (0, "center", "spine_centre"),
        (1.05, "right", "spine_right"),
    )
    return [
        dict(
            x=x,
            y=0,
            xref="x",
            yref="paper",
            yanchor="top",
            xanchor=anchor,
            yshift=-4,
            text=t(key, lang),
            showarrow=False,
            font=dict(size=12),
        )
        for x, anchor, key in spots
    ]
