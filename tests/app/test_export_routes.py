"""``GET /export/<view>/<part>.<fmt>``: files with names, 400 for bad requests, 503 with one
line on a timeout, and the app keeps serving."""

from __future__ import annotations

import io
import time

import pandas as pd
import pytest
from dash_requests import download
from PIL import Image

from dashboard.export_routes import export_response
from dashboard.exports import render
from dashboard.settings import Settings

FILES = [
    (
        "/export/main/map.png?ind=unemployed",
        "image/png",
        "aktionsplan_arbeitslose_2024_raeume_karte.png",
    ),
    (
        "/export/main/ranking.svg?ind=unemployed&lvl=units",
        "image/svg+xml",
        "aktionsplan_arbeitslose_2024_unterbezirke_rangfolge.svg",
    ),
    (
        "/export/main/map.pdf?ind=children_u15_sgb2&ed=change",
        "application/pdf",
        "aktionsplan_kinder-sgb2_2019-2024_raeume_karte.pdf",
    ),
    (
        "/export/main/table.csv?lang=en",
        "text/csv; charset=utf-8",
        "aktionsplan_kinder-sgb2_2024_raeume.csv",
    ),
    (
        "/export/main/table.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "aktionsplan_kinder-sgb2_2024_raeume.xlsx",
    ),
    (
        "/export/main/deck.pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "aktionsplan_kinder-sgb2_2024_raeume.pptx",
    ),
    (
        "/export/profile/chart.png?space=AR09&hf=kinder",
        "image/png",
        "aktionsplan_raum-ar09-hoerde_aktuell_kinder_profil.png",
    ),
    (
        "/export/profile/table.csv?space=AR01&ed=atlas2019",
        "text/csv; charset=utf-8",
        "aktionsplan_raum-ar01-hafen_2019.csv",
    ),
]


@pytest.mark.parametrize("url, mimetype, filename", FILES)
def test_exports_answer_with_the_file_and_its_name(client, url, mimetype, filename):
    body = download(client, url, mimetype, filename)
    if filename.endswith(".png"):
        with Image.open(io.BytesIO(body)) as image:
            assert image.width >= 1600
    elif filename.endswith(".xlsx"):
        assert len(pd.read_excel(io.BytesIO(body), header=1)) == 15
    elif filename.endswith(".csv"):
        assert body.startswith("\ufeff".encode())
    else:
        assert len(body) > 1000


@pytest.mark.parametrize(
    "url, message",
    [
        ("/export/main/chart.png", "the main view has no part 'chart'"),
        ("/export/main/map.xlsx", "map is not available as XLSX"),
        ("/export/main/map.gif", "unknown format 'gif'"),
        ("/export/main/map", "expected <part>.<format>"),
        ("/export/nosuch/map.png", "unknown view 'nosuch'"),
        ("/export/profile/map.png", "needs the parameter 'space'"),
        ("/export/profile/map.png?space=XX99", "unknown space 'XX99'"),
    ],
)
def test_bad_requests_are_400_with_one_line(client, url, message):
    response = client.get(url)
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert text.startswith("Ungültiger Export (bad export): ") and message in text
    assert text.count("\n") == 1 and "Traceback" not in text


def test_a_timeout_is_503_in_both_languages_and_the_app_keeps_serving(app, client, monkeypatch):
    real = render._render

    def slow(*args, **kwargs):
        time.sleep(1.0)
        return real(*args, **kwargs)

    monkeypatch.setattr(render, "_render", slow)
    with app.server.test_request_context("/export/main/map.png?ind=unemployed"):
        response = export_response("main", "map.png", Settings(export_timeout=0.2))
    assert response.status_code == 503
    assert response.get_data(as_text=True) == (
        "Der Export hat zu lange gedauert und wurde abgebrochen. Bitte später erneut versuchen. "
        "(The export took too long and was stopped. Please try again later.)\n"
    )
    monkeypatch.setattr(render, "_render", real)
    assert client.get("/").status_code == 200
    again = client.get("/export/main/map.png?ind=unemployed")
    assert again.status_code == 200 and again.get_data().startswith(b"\x89PNG")


def test_a_failed_renderer_is_503(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("chromium crashed")

    monkeypatch.setattr(render, "_render", broken)
    response = client.get("/export/main/ranking.png")
    assert response.status_code == 503
    assert response.get_data(as_text=True).startswith("Der Export konnte nicht erstellt werden.")
    assert client.get("/export/main/table.csv").status_code == 200  # no browser needed
