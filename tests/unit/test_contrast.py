"""Text contrast where axe-core cannot check it (WCAG 1.4.3: at least 4.5:1, 3:1 for large
text): text drawn by Plotly into SVG, map labels and tooltips that only exist while hovered
or placed by ``assets/map.js``, and the colours of ``assets/*.css`` that sit on a known
background. The colours are read from the code and the style sheets, not copied."""

from __future__ import annotations

import re

import pytest

from dashboard import ROOT
from dashboard.figures import quadrant, ranking, spine

CSS = re.sub(
    r"/\*.*?\*/",
    "",
    "\n".join(p.read_text("utf-8") for p in sorted((ROOT / "assets").glob("*.css"))),
    flags=re.S,
)


def luminance(color: str) -> float:
    r, g, b = (int(color.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(fg: str, bg: str) -> float:
    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def long_hex(color: str) -> str:
    color = color.strip().lower()
    if re.fullmatch(r"#[0-9a-f]{3}", color):
        color = "#" + "".join(c * 2 for c in color[1:])
    assert re.fullmatch(r"#[0-9a-f]{6}", color), color
    return color


def css_color(selector: str, prop: str = "color") -> str:
    """The value of ``prop`` in the first rule whose selector list contains ``selector``."""
    for match in re.finditer(r"([^{}]+)\{([^}]*)\}", CSS):
        selectors = [s.strip() for s in match[1].split(",")]
        if selector in selectors:
            decl = re.search(rf"(?:^|;)\s*{re.escape(prop)}\s*:\s*([^;]+)", match[2])
            if decl:
                value = decl[1].replace("!important", "").strip()
                var = re.fullmatch(r"var\((--[\w-]+)\)", value)
                if var:
                    value = re.search(rf"{var[1]}:\s*([^;]+);", CSS)[1]
                return long_hex(value)
    raise AssertionError(f"no {prop} for {selector!r} in assets/*.css")


WHITE = "#ffffff"
MAP_BACKGROUND = css_color(".map-frame", "background")

PAIRS = [
    # (what, text colour, background, large text)
    ("page text", css_color("body"), WHITE, False),
    ("muted text", css_color(".text-muted"), WHITE, False),
    ("links and navigation", css_color(".app-header .nav-link"), WHITE, False),
    ("source line", css_color(".source-line"), WHITE, False),
    ("map labels of the spaces", css_color(".map-label-space"), WHITE, False),
    ("map labels of former spaces", css_color(".map-label-former"), WHITE, False),
    ("district names on the map background", css_color(".map-label-district"), MAP_BACKGROUND,
     False),
    ("tooltip notes", css_color(".map-tooltip-sub"), WHITE, False),
    ("confidence badge high", WHITE, css_color(".badge-confidence-high", "background"), False),
    ("confidence badge medium", WHITE, css_color(".badge-confidence-medium", "background"), False),
    ("confidence badge low", WHITE, css_color(".badge-confidence-low", "background"), False),
    ("matrix: clearly worse", css_color(".rel"), css_color(".rel-worse", "background"), False),
    ("matrix: clearly better", css_color(".rel"), css_color(".rel-better", "background"), False),
    ("matrix: similar", css_color(".rel"), css_color(".rel-similar", "background"), False),
    ("matrix: context", css_color(".rel"), css_color(".rel-higher", "background"), False),
    ("matrix: no data", css_color(".rel-no_data"), WHITE, False),
    ("ranking and histogram text (Plotly)", ranking.FONT["color"], WHITE, False),
    ("spine chart text (Plotly)", spine.FONT["color"], WHITE, False),
    ("spine chart notes (Plotly)", "#555555", WHITE, False),
    ("city value label of the quadrant chart (Plotly)", quadrant.CITY, WHITE, False),
]  # fmt: skip


@pytest.mark.parametrize(("what", "fg", "bg", "large"), PAIRS, ids=[p[0] for p in PAIRS])
def test_text_contrast(what: str, fg: str, bg: str, large: bool):
    ratio = contrast(long_hex(fg), long_hex(bg))
    need = 3.0 if large else 4.5
    assert ratio >= need, f"{what}: {fg} on {bg} is {ratio:.2f}:1, needs {need}:1"


def test_the_contrast_formula():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just fails AA
