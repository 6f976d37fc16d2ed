"""``/index``'s exports, its embeds (``/embed/index``, ``/embed/hotspots``) and the embed
dialog's snippet for it, over in-process HTTP."""

from __future__ import annotations

import io
import re

import pandas as pd
import pytest
from dash_requests import download
from PIL import Image
from test_embed_routes import _snippet_request, _text, _walk, frame_ancestors

from dashboard import ids

FILES = [
    (
        "/export/index/map.png?level=spaces",
        "image/png",
        "aktionsplan_bedarfsindex_felder_2024_raeume_karte.png",
    ),
    (
        "/export/index/ranking.svg?preset=status&lang=en",
        "image/svg+xml",
        "aktionsplan_bedarfsindex_status_2024_unterbezirke_rangfolge.svg",
    ),
    (
        "/export/index/table.xlsx?ed=atlas2019",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "aktionsplan_bedarfsindex_felder_2019_unterbezirke.xlsx",
    ),
    (
        "/export/index/table.csv?mode=hotspots&hs=unemployed",
        "text/csv; charset=utf-8",
        "aktionsplan_hotspots_arbeitslose_2024.csv",
    ),
    (
        "/export/index/map.png?mode=hotspots&hs=transfer_benefits&ed=atlas2019",
        "image/png",
        "aktionsplan_hotspots_transferleistungen_2019_karte.png",
    ),
]


@pytest.mark.parametrize("url, mimetype, filename", FILES)
def test_index_exports_answer_with_the_file_and_its_name(client, url, mimetype, filename):
    body = download(client, url, mimetype, filename)
    if filename.endswith(".png"):
        with Image.open(io.BytesIO(body)) as image:
            assert image.width >= 1600
    elif filename.endswith(".xlsx"):
        assert len(pd.read_excel(io.BytesIO(body), header=1)) == 170
    elif filename.endswith(".csv"):
        assert body.startswith(b"# moran_i=") and body.count(b"\n") == 2 + 170
    else:
        assert body.lstrip().startswith(b"<svg") and b"Ranking (scores)" in body


@pytest.mark.parametrize(
    "url, message",
    [
        ("/export/index/ranking.png?mode=hotspots", "the hot-spot view has no ranking chart"),
        ("/export/index/stability.pdf?mode=hotspots", "has no stability chart"),
        ("/export/index/chart.png", "the index view has no part 'chart'"),
        ("/export/index/deck.png", "deck is not available as PNG"),
    ],
)
def test_bad_index_exports_are_400_with_one_line(client, url, message):
    response = client.get(url)
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert text.startswith("Ungültiger Export (bad export): ") and message in text
    assert text.count("\n") == 1 and "Traceback" not in text


def test_a_bad_query_value_falls_back_and_still_exports(client):
    r = client.get("/export/index/table.csv?mode=nonsense&w=abc&norm=%3Cx%3E&ed=1999")
    assert r.status_code == 200
    assert r.headers["Content-Disposition"].endswith(
        'filename="aktionsplan_bedarfsindex_felder_2024_unterbezirke.csv"'
    )


EMBEDS = [
    "/embed/index",
    "/embed/index?preset=status&level=spaces&lang=en",
    "/embed/index?mode=hotspots",  # the index embed shows the index whatever the mode
    "/embed/hotspots",
    "/embed/hotspots?hs=unemployed&ed=atlas2019&lang=en",
    "/embed/hotspots?hs=%3Cscript%3E",
]


@pytest.mark.parametrize("path", EMBEDS)
def test_index_embeds_answer_200_and_may_be_framed(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.mimetype == "text/html"
    assert frame_ancestors(r) == "frame-ancestors 'self'"


@pytest.mark.parametrize("path", ["/embed/index/AR01", "/embed/hotspots/x", "/embed/indexx"])
def test_unknown_index_embeds_are_404(client, path):
    assert client.get(path).status_code == 404


def test_index_embeds_need_public_indicators(client, monkeypatch):
    monkeypatch.setenv("DASHBOARD_PUBLIC_DATASETS", "geometry spaces population")
    for path in ("/embed/index", "/embed/hotspots"):
        assert client.get(path).status_code == 404, path


def test_index_embed_layouts_have_title_source_text_alternative_and_full_link(app):
    from dashboard.pages import embed

    page = embed.layout("index", level="spaces", lang="en")
    text = _text(page)
    assert page.lang == "en"
    assert "Need index 2024" in text and "Open in the full dashboard" in text
    assert "Source: own calculation from Statistikatlas Dortmund 2024" in text
    assert "Reference date: 31 Dec 2023" in text and "Confidence: medium" in text
    assert "The 3 areas with the most need (of 15 areas with a score): 1. " in text
    assert "The values as a table" in text
    link = next(a for a in _walk(page) if getattr(a, "className", "") == "embed-full-link")
    assert link.href.startswith("/index?ed=atlas2024&preset=felder&ind=")
    assert link.href.endswith("&level=spaces&lang=en")

    page = embed.layout("hotspots", hs="unemployed")
    text = _text(page)
    assert "Hot spots: Arbeitslosenanteil" in text
    assert "Moran's I = 0,53 (p = 0,001, 999 Permutationen)" in text
    assert "Quelle: Statistikatlas Dortmund 2024 · Stand: 31.12.2023" in text
    assert "eigene Berechnung" not in text.split("Stand:")[0]  # one indicator: its source
    assert "Hoch, Nachbarn hoch – Häufung hohen Bedarfs (13 Unterbezirke)" in text
    link = next(a for a in _walk(page) if getattr(a, "className", "") == "embed-full-link")
    assert link.href.endswith("&mode=hotspots&hs=unemployed")


def test_dialog_builds_the_snippet_of_the_index_and_the_hot_spots(client):
    location = {"path": "/index", "search": "?preset=status&mode=hotspots&lang=en"}
    out = _snippet_request(client, location, "hotspots", 600, 450)
    src = out[ids.EMBED_PREVIEW]["src"]
    assert src.startswith("http://localhost/embed/hotspots?ed=atlas2024&preset=status&ind=")
    assert src.endswith("&mode=hotspots&lang=en")
    assert out[ids.EMBED_PREVIEW]["title"] == (
        "Hot spots: need index – Aktionsplan Soziale Stadt Dortmund"
    )
    out = _snippet_request(client, location, "index", None, None)
    src = out[ids.EMBED_PREVIEW]["src"]
    assert src.startswith("http://localhost/embed/index?") and "mode=" not in src
    assert 'width="700" height="800"' in out[ids.EMBED_CODE]["value"]
    assert out[ids.EMBED_PREVIEW]["title"].startswith("Need index 2024 – ")


def test_the_index_page_has_both_menus_and_the_dialog(app):
    from dashboard.pages import index

    page = index.layout(mode="hotspots")
    found = {c.id: c for c in _walk(page) if isinstance(getattr(c, "id", None), str)}
    assert found[ids.INDEX_EXPORT_INDEX].hidden is True
    assert found[ids.INDEX_EXPORT_HS].hidden is False
    assert getattr(found[ids.INDEX_EXPORT_HS], "data-export-view") == "index"
    assert found[ids.EMBED_VIEW].value == "hotspots"
    hs_parts = re.findall(r'data-part="(\w+)"', found[ids.INDEX_EXPORT_HS].html)
    assert "ranking" not in hs_parts and {"map", "deck", "table"} <= set(hs_parts)
