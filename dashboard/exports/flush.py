"""Frame a figure whose plot area starts well right of the image's edge (long row labels,
an axis title) so that its footer lines still start at the left edge: the figure gets a fixed
left margin (no automatic margin), and the footer annotations are shifted left by it."""

from __future__ import annotations

import plotly.graph_objects as go

from .decorate import Frame, framed
from .render import render_image

EDGE = 24
"""Pixels between the image's left edge and the footer, as ``decorate.framed`` keeps."""


def flush_framed(
    fig: go.Figure, frame: Frame, width: int, height: int, top: int, left: int
) -> go.Figure:
    fig = go.Figure(fig).update_layout(margin=dict(l=left))
    fig.update_yaxes(automargin=False)
    out = framed(fig, frame, width, height, top)
    annotations = list(out.layout.annotations)
    for a in annotations:  # the footer lines: below the plot, in paper coordinates
        if a.yref == "paper" and a.y == 0 and (a.yshift or 0) < 0:
            a.xshift = -(left - EDGE)
    return out.update_layout(annotations=annotations)


def render_flush(
    fig: go.Figure,
    frame: Frame,
    fmt: str,
    timeout: float,
    width: int,
    height: int,
    top: int,
    left: int,
) -> bytes:
    out = flush_framed(fig, frame, width, height, top, left)
    return render_image(out, fmt, width, height, 1.0, timeout)


def label_width(labels, size: int = 12) -> int:
    """A generous pixel width of the longest label (plotly's default sans serif)."""
    longest = max((len(str(x)) for x in labels), default=0)
    return int(longest * size * 0.56) + 24
