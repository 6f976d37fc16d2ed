"""PPTX decks (python-pptx): 16:9, blank layout with our own text boxes, a source footnote
on every slide and speaker notes that say the key numbers in words. The views decide the
slides (``exports/views/*.py``); this module only lays them out.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass, field

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

SLIDE_W = Emu(12192000)
"""13.333 in: the standard 16:9 widescreen slide (12,192,000 EMU)."""
SLIDE_H = Inches(7.5)
MARGIN = Inches(0.45)
BODY_TOP = Inches(1.35)
FOOT_TOP = Inches(6.65)
BLANK = 6
DARK = RGBColor(0x11, 0x11, 0x11)
GREY = RGBColor(0x44, 0x44, 0x44)
ACCENT = RGBColor(0x00, 0x52, 0x8A)


@dataclass(frozen=True)
class Slide:
    title: str
    footnote: str
    """Source, reference date and confidence (and the permalink): on every slide."""
    notes: str
    """Speaker notes: the key numbers in words."""
    subtitle: str = ""
    image: bytes | None = None
    """A PNG, fitted into the body keeping its aspect ratio."""
    lines: tuple[str, ...] = field(default_factory=tuple)
    """Text lines of the body (the title slide's facts, or a note under an image)."""
    cover: bool = False
    """The title slide: a large title in the middle."""


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) from a PNG header."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    return struct.unpack(">II", data[16:24])


def _text(slide, left, top, width, height, text, size, bold=False, color=DARK, wrap=True):
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = wrap
    lines = text if isinstance(text, (list, tuple)) else [text]
    for i, line in enumerate(lines):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = para.add_run()
        run.text = line
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.color.rgb = color
        if i:
            para.space_before = Pt(size * 0.5)
    return box


def _picture(slide, image: bytes, top, bottom) -> None:
    w, h = png_size(image)
    max_w = SLIDE_W - 2 * MARGIN
    max_h = bottom - top
    scale = min(max_w / w, max_h / h)
    width, height = int(w * scale), int(h * scale)
    left = int((SLIDE_W - width) / 2)
    slide.shapes.add_picture(io.BytesIO(image), Emu(left), Emu(int(top)), Emu(width), Emu(height))


def deck_bytes(slides: list[Slide], lang: str) -> bytes:
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    prs.core_properties.language = "de-DE" if lang == "de" else "en-GB"
    width = SLIDE_W - 2 * MARGIN
    for spec in slides:
        slide = prs.slides.add_slide(prs.slide_layouts[BLANK])
        if spec.cover:
            _text(slide, MARGIN, Inches(1.6), width, Inches(1.4), spec.title, 36, bold=True)
            if spec.subtitle:
                _text(
                    slide, MARGIN, Inches(3.0), width, Inches(0.8), spec.subtitle, 20, color=ACCENT
                )
            if spec.lines:
                _text(
                    slide, MARGIN, Inches(3.9), width, Inches(2.4), list(spec.lines), 16, color=GREY
                )
        else:
            _text(slide, MARGIN, Inches(0.3), width, Inches(0.65), spec.title, 26, bold=True)
            if spec.subtitle:
                _text(
                    slide, MARGIN, Inches(0.88), width, Inches(0.4), spec.subtitle, 14, color=GREY
                )
            bottom = FOOT_TOP - Inches(0.05)
            if spec.lines:
                bottom -= Inches(0.32 * len(spec.lines))
                _text(
                    slide,
                    MARGIN,
                    bottom,
                    width,
                    Inches(0.32 * len(spec.lines)),
                    list(spec.lines),
                    12,
                    color=GREY,
                )
            if spec.image is not None:
                _picture(slide, spec.image, BODY_TOP, bottom)
        _text(
            slide, MARGIN, FOOT_TOP, width, Inches(0.75), spec.footnote.split("\n"), 10, color=GREY
        )
        slide.notes_slide.notes_text_frame.text = spec.notes
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()
