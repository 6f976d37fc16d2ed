"""Frame a figure for export: title, subtitle, the figure with its legend, and a footer with
the source line ("Quelle: … · Stand: … · Verlässlichkeit: …") and the export line
("Exportiert am 25.11.2026 · <permalink>"). Pure; the images are rendered by ``render.py``.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import datetime

import plotly.graph_objects as go

from ..i18n import edition_year, format_date, t
from .render import render_image

WIDTH = 1600
"""Pixels of a PNG export (scale 1); SVG and PDF use the same layout size."""
HEIGHT = 900
LINE = 22
"""Pixels per footer line."""
WRAP = 190
"""Characters per footer line at 1600 px (13 px type); longer lines wrap."""


@dataclass(frozen=True)
class Frame:
    title: str
    subtitle: str
    footer: tuple[str, ...]
    """Source lines first, the export line last."""


def source_line(entry, lang: str, older=None) -> str:
    """'Quelle: Statistikatlas … · Stand: 31.12.2023 · Verlässlichkeit: mittel'; with
    ``older`` (a change between editions) both editions with their reference dates."""
    source = str(entry.source)
    date = format_date(entry.reference_date, lang)
    if older is not None:
        source = f"{older.source} ({edition_year(older.edition)}) → {source}"
        date = f"{format_date(older.reference_date, lang)} → {date}"
    return (
        f"{t('source', lang)}: {source} · {t('reference_date', lang)}: {date} · "
        f"{t('confidence', lang)}: {t(entry.confidence, lang)}"
    )


def transcription_line(entry, lang: str) -> str:
    transcription = entry.get("transcription")
    if isinstance(transcription, str) and transcription:
        return f"{t('transcription', lang)}: {transcription}"
    return ""


def export_line(now: datetime, permalink: str, lang: str) -> str:
    day = format_date(now.date().isoformat(), lang)
    return f"{t('export_exported', lang)} {day} · {permalink}"


def framed(
    fig: go.Figure, frame: Frame, width: int = WIDTH, height: int = HEIGHT, top: int = 96
) -> go.Figure:
    """A copy of ``fig`` with title, subtitle and footer; the legend is kept."""
    out = go.Figure(fig.to_dict(), _validate=False)  # to_dict copies; validated once, built
    wrap = max(60, int(WRAP * width / WIDTH))
    footer = [part for line in frame.footer if line for part in textwrap.wrap(line, wrap)]
    margin = out.layout.margin
    bottom = (margin.b or 0) + 16 + LINE * len(footer)
    annotations = list(out.layout.annotations or [])
    for i, line in enumerate(footer):
        annotations.append(
            dict(
                text=line,
                xref="paper",
                yref="paper",
                x=0,
                y=0,
                xanchor="left",
                yanchor="top",
                yshift=-((margin.b or 0) + 8 + LINE * i),
                showarrow=False,
                align="left",
                font=dict(size=13 if i < len(footer) - 1 else 12, color="#333333"),
            )
        )
    out.update_layout(
        width=width,
        height=height,
        title=dict(
            text=f"<b>{frame.title}</b>",
            subtitle=dict(text=frame.subtitle, font=dict(size=15, color="#444444")),
            x=0.01,
            xanchor="left",
            y=0.985,
            yanchor="top",
            yref="container",
            font=dict(size=24, color="#111111"),
        ),
        margin=dict(l=max(margin.l or 0, 24), r=max(margin.r or 0, 24), t=top, b=bottom),
        annotations=annotations,
    )
    return out


def render_framed(
    fig: go.Figure,
    frame: Frame,
    fmt: str,
    timeout: float,
    width: int = WIDTH,
    height: int = HEIGHT,
    top: int = 96,
) -> bytes:
    out = framed(fig, frame, width, height, top)
    return render_image(out, fmt, width, height, 1.0, timeout)
