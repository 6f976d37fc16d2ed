"""``GET /export/compare/…`` and ``/export/money/…``: files with names and types, 400 with
one line for a comparison without areas and for parts the views do not have."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from dash_requests import download
from PIL import Image
from pptx import Presentation

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"

FILES = [
    (
        "/export/compare/side.png?a=AR01,AR02&hf=arbeit",
        "image/png",
        "aktionsplan_vergleich_ar01-ar02_2024_arbeit_nebeneinander.png",
    ),
    (
        "/export/compare/matrix.svg?a=AR01,AR02&sort=-unemployed",
        "image/svg+xml",
        "aktionsplan_vergleich_ar01-ar02_2024_matrix.svg",
    ),
    (
        "/export/compare/deck.pptx?a=AR01,052",
        PPTX,
        "aktionsplan_vergleich_ar01-052_2024_kinder.pptx",
    ),
    (
        "/export/compare/table.csv?a=AR01,AR02&lang=en",
        "text/csv; charset=utf-8",
        "aktionsplan_vergleich_ar01-ar02_2024_kinder.csv",
    ),
    (
        "/export/compare/table.xlsx?a=AR01,AR02",
        XLSX,
        "aktionsplan_vergleich_ar01-ar02_2024_kinder.xlsx",
    ),
    (
        "/export/money/chart.pdf?ind=unemployed",
        "application/pdf",
        "aktionsplan_mittel_arbeitslose_2024_diagramm.pdf",
    ),
    ("/export/money/deck.pptx?lang=en", PPTX, "aktionsplan_mittel_kinder-sgb2_2024.pptx"),
    ("/export/money/table.xlsx", XLSX, "aktionsplan_mittel_kinder-sgb2_2024.xlsx"),
    (
        "/export/money/table.csv?ind=unemployed&ed=atlas2019",
        "text/csv; charset=utf-8",
        "aktionsplan_mittel_arbeitslose_2019.csv",
    ),
]


@pytest.mark.parametrize("url, mimetype, filename", FILES)
def test_exports_answer_with_the_file_and_its_name(client, url, mimetype, filename):
    body = download(client, url, mimetype, filename)
    if filename.endswith(".png"):
        with Image.open(io.BytesIO(body)) as image:
            assert image.width >= 1600
    elif filename.endswith(".svg"):
        assert b"Alle 15 R\xc3\xa4ume" in body
    elif filename.endswith(".pdf"):
        assert body.startswith(b"%PDF")
    elif filename.endswith(".pptx"):
        assert len(Presentation(io.BytesIO(body)).slides) == 3
    elif filename.endswith(".xlsx"):
        assert len(pd.read_excel(io.BytesIO(body), sheet_name=None)) == 3
    else:
        assert body.startswith("\ufeff".encode()) and body.count(b"\n") > 2


@pytest.mark.parametrize(
    "url, message",
    [
        ("/export/compare/deck.pptx", "Bitte mindestens zwei Gebiete wählen"),
        ("/export/compare/side.png?a=AR01", "choose at least two areas"),
        ("/export/compare/table.csv?a=AR01,XX99", "choose at least two areas"),
        ("/export/compare/chart.png?a=AR01,AR02", "the compare view has no part 'chart'"),
        ("/export/money/map.png", "the money view has no part 'map'"),
        ("/export/money/chart.xlsx", "chart is not available as XLSX"),
    ],
)
def test_bad_requests_are_400_with_one_line(client, url, message):
    response = client.get(url)
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert text.startswith("Ungültiger Export (bad export): ") and message in text
    assert text.count("\n") == 1 and "Traceback" not in text


def test_bad_money_values_fall_back_to_the_default_view(client):
    response = client.get("/export/money/table.csv?ind=nonsense&y=cubic")
    assert response.status_code == 200
    assert "kinder-sgb2" in response.headers["Content-Disposition"]
