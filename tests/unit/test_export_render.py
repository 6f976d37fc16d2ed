"""The exported files opened as what they are: PNG size and pixels, SVG and PDF parsed,
PDF pages rendered with pdftoppm, and the decks' LibreOffice round trip."""

from __future__ import annotations

import io
import shutil
import subprocess
import xml.etree.ElementTree as ET
from datetime import datetime

import pytest
from PIL import Image, ImageStat
from pptx import Presentation

from dashboard.exports import render
from dashboard.exports.registry import build_export, resolve

NOW = datetime(2026, 11, 25, 10, 30)
BASE = "http://127.0.0.1:8050"
MAIN = "?ind=children_u15_sgb2&lvl=units"


@pytest.fixture(scope="module", autouse=True)
def stop_browser():
    yield
    render._executor().submit(render._restart).result(timeout=30)  # a clean exit of chromium


def export(bundle, url, part, fmt):
    return build_export(bundle, resolve(url), part, fmt, BASE, NOW)


def assert_picture(image: Image.Image, min_width: int = 1600) -> None:
    assert image.width >= min_width and image.height >= min_width // 2
    rgb = image.convert("RGB")
    colours = rgb.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 50, "the image is (nearly) blank"
    assert max(ImageStat.Stat(rgb).stddev) > 20, "the image has no contrast"


@pytest.mark.parametrize(
    "url, part", [(MAIN, "map"), (MAIN, "ranking"), ("/raum/AR01", "map"), ("/raum/AR01", "chart")]
)
def test_png_is_at_least_1600_wide_and_not_blank(bundle, url, part):
    e = export(bundle, url, part, "png")
    assert e.mimetype == "image/png" and e.filename.endswith(".png")
    image = Image.open(io.BytesIO(e.content))
    assert image.format == "PNG"
    assert_picture(image)
    # the map's class colours are on it (the darkest class of YlOrRd, #bd0026)
    if part == "map" and url == MAIN:
        colours = {c for _n, c in image.convert("RGB").getcolors(maxcolors=1 << 20)}
        assert (0xBD, 0x00, 0x26) in colours


def test_svg_parses_and_carries_title_footer_and_legend(bundle):
    e = export(bundle, MAIN, "map", "svg")
    root = ET.fromstring(e.content)
    assert root.tag.endswith("svg")
    text = " ".join(t for t in root.itertext())
    assert "Kinder unter 15 Jahren in SGB-II-Bezug" in text
    assert "Quelle: Stadt Dortmund, Dortmunder Statistik" in text
    assert "Stand: 31.12.2023" in text and "Verlässlichkeit: mittel" in text
    assert "Exportiert am 25.11.2026" in text
    assert f"{BASE}/?ind=children_u15_sgb2&amp;ed=atlas2024&amp;lvl=units" in e.content.decode()
    assert "Legende" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils missing")
def test_pdf_parses_and_renders(bundle, tmp_path):
    e = export(bundle, MAIN, "ranking", "pdf")
    assert e.content.startswith(b"%PDF") and b"%%EOF" in e.content[-1024:]
    path = tmp_path / e.filename
    path.write_bytes(e.content)
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(path), str(tmp_path / "p")], check=True)
    pages = sorted(tmp_path.glob("p*.png"))
    assert len(pages) == 1
    with Image.open(pages[0]) as image:
        assert_picture(image, min_width=1000)


def pdf_pages(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[-1] for line in out.stdout.splitlines() if line.startswith("Pages:"))
    )


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice missing")
@pytest.mark.parametrize(
    "url",
    [
        MAIN,
        "/raum/AR03?lang=en",
        "/vergleich?a=AR01,AR09,052",
        "/mittel?lang=en",
        "/index",
        "/index?mode=hotspots",
        "/kulisse",
    ],
)
def test_deck_opens_in_libreoffice(bundle, tmp_path, url):
    """Every view's deck converts without a repair: as many PDF pages as slides."""
    e = export(bundle, url, None, "pptx")
    deck = tmp_path / e.filename
    deck.write_bytes(e.content)
    slides = len(Presentation(io.BytesIO(e.content)).slides)
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(deck),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = deck.with_suffix(".pdf")
    assert pdf.exists(), result.stdout + result.stderr
    assert pdf_pages(pdf) == slides
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "2", "-l", "2", str(pdf), str(tmp_path / "s")],
        check=True,
    )
    with Image.open(next(tmp_path.glob("s*.png"))) as image:
        assert_picture(image, min_width=500)


def test_a_hung_export_times_out_and_the_next_one_works(bundle, monkeypatch):
    import time

    real = render._render

    def slow(*args, **kwargs):
        time.sleep(1.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(render, "_render", slow)
    with pytest.raises(render.ExportTimeout, match=r"took longer than 0\.3 s"):
        build_export(bundle, resolve(MAIN), "map", "png", BASE, NOW, timeout=0.3)
    monkeypatch.setattr(render, "_render", real)
    e = build_export(bundle, resolve(MAIN), "map", "png", BASE, NOW, timeout=30)
    assert Image.open(io.BytesIO(e.content)).width == 1600
