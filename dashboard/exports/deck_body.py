"""Slides with a text body or a native table (python-pptx), on top of :mod:`deck`.

:func:`deck.deck_bytes` lays out title, subtitle, image, footnote and notes; a slide here
may add ``paragraphs`` (a body of text under the title) or a ``table`` (header and rows,
editable in PowerPoint and LibreOffice). The deck is built by ``deck_bytes`` first and the
bodies are added into it, so every slide keeps the common footnote and speaker notes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from . import deck

HEAD_FILL = RGBColor(0xE9, 0xEC, 0xEF)
ROW_FILL = (RGBColor(0xFF, 0xFF, 0xFF), RGBColor(0xF6, 0xF7, 0xF8))
ROW_H = Inches(0.3)
TABLE_ROWS = 8
"""Rows of a table per slide (more go on a continuation slide): cells may wrap to two or
three lines, and the table must end above the lines under it."""
EXTRA_H = Inches(0.7)
"""Height of the small lines under a table, placed just above the footnote."""


@dataclass(frozen=True)
class Body:
    paragraphs: tuple[str, ...] = ()
    """Text under the title (16 pt), one paragraph each."""
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    widths: tuple[float, ...] = ()
    """Relative column widths of the table (default: equal)."""
    size: int = 16
    extra: tuple[str, ...] = field(default_factory=tuple)
    """Small lines (12 pt) just above the footnote, e.g. the rule of a list."""


def _paragraphs(slide, lines: tuple[str, ...], top, height, size: int) -> None:
    width = deck.SLIDE_W - 2 * deck.MARGIN
    box = slide.shapes.add_textbox(deck.MARGIN, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.color.rgb = deck.DARK
        if i:
            para.space_before = Pt(size * 0.6)


def _table(slide, body: Body) -> None:
    """The table under the title."""
    width = deck.SLIDE_W - 2 * deck.MARGIN
    n_rows = len(body.rows) + 1
    shape = slide.shapes.add_table(
        n_rows, len(body.header), deck.MARGIN, deck.BODY_TOP, width, Emu(ROW_H * n_rows)
    )
    table = shape.table
    weights = body.widths or (1.0,) * len(body.header)
    total = sum(weights)
    for j, w in enumerate(weights):
        table.columns[j].width = Emu(int(width * w / total))
    for i, values in enumerate((body.header, *body.rows)):
        table.rows[i].height = ROW_H
        for j, value in enumerate(values):
            cell = table.cell(i, j)
            cell.fill.solid()
            cell.fill.fore_color.rgb = HEAD_FILL if i == 0 else ROW_FILL[i % 2]
            cell.margin_top = cell.margin_bottom = Inches(0.03)
            frame = cell.text_frame
            frame.word_wrap = True
            run = frame.paragraphs[0].add_run()
            run.text = str(value)
            run.font.size = Pt(11)
            run.font.bold = i == 0
            run.font.color.rgb = deck.DARK


def deck_with_bodies(slides: list[deck.Slide], bodies: dict[int, Body], lang: str) -> bytes:
    """The deck of ``slides`` with ``bodies[i]`` added to slide ``i``."""
    prs = Presentation(io.BytesIO(deck.deck_bytes(slides, lang)))
    for i, body in bodies.items():
        slide = prs.slides[i]
        if body.header:
            _table(slide, body)
        if body.paragraphs:
            height = deck.FOOT_TOP - deck.BODY_TOP
            _paragraphs(slide, body.paragraphs, deck.BODY_TOP, height, body.size)
        if body.extra:
            top = deck.FOOT_TOP - EXTRA_H - Inches(0.05)
            _paragraphs(slide, body.extra, top, EXTRA_H, 12)
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def pages(rows: list, per_page: int = TABLE_ROWS) -> list[list]:
    """``rows`` cut into slides of at most ``per_page`` (one empty page for no rows)."""
    return [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
