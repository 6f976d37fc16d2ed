"""``GET /export/coverage/<part>.<fmt>``: the /kulisse files with their names, 400 with one
line for a part the view does not have, and the export menu on the page."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest
from dash_requests import download
from PIL import Image
from plotly.utils import PlotlyJSONEncoder
from pptx import Presentation

FILES = [
    (
        "/export/coverage/map.png?b=transfer_benefits&top=10",
        "image/png",
        "aktionsplan_kulisse_transferleistungen_2024_top10_karte.png",
    ),
    (
        "/export/coverage/deck.pptx?lang=en",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "aktionsplan_kulisse_bedarfsindex-felder_2024_top20.pptx",
    ),
    (
        "/export/coverage/table.csv?p=status&ed=atlas2019",
        "text/csv; charset=utf-8",
        "aktionsplan_kulisse_bedarfsindex-status_2019_top20.csv",
    ),
    (
        "/export/coverage/table.xlsx?b=%3Cscript%3E&top=7",  # ignored as the page does
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "aktionsplan_kulisse_bedarfsindex-felder_2024_top20.xlsx",
    ),
]


@pytest.mark.parametrize("url, mimetype, filename", FILES)
def test_coverage_exports_answer_with_the_file_and_its_name(client, url, mimetype, filename):
    body = download(client, url, mimetype, filename)
    if filename.endswith(".png"):
        with Image.open(io.BytesIO(body)) as image:
            assert image.width >= 1600 and image.height >= 900
    elif filename.endswith(".pptx"):
        slides = list(Presentation(io.BytesIO(body)).slides)
        title = slides[1].shapes[0].text_frame.text
        assert title == "A tool for discussion, not a verdict"
    elif filename.endswith(".csv"):
        table = pd.read_csv(io.BytesIO(body), sep=";", encoding="utf-8-sig", dtype=str)
        assert table.columns[0] == "Liste" and len(table) > 0
        assert (table.Stand == "31.12.2018").all()
    else:
        table = pd.read_excel(io.BytesIO(body), header=1)
        assert table.columns[0] == "Liste" and len(table) == 15


@pytest.mark.parametrize(
    "url, message",
    [
        ("/export/coverage/ranking.png", "the coverage view has no part 'ranking'"),
        ("/export/coverage/table.pptx", "table is not available as PPTX"),
    ],
)
def test_bad_coverage_requests_are_400_with_one_line(client, url, message):
    response = client.get(url)
    assert response.status_code == 400
    text = response.get_data(as_text=True)
    assert message in text and text.count("\n") == 1


def _find(component, class_name: str):
    """The first component of a Dash tree with ``class_name``."""
    if getattr(component, "className", None) == class_name:
        return component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list) else [children]:
        if child is not None and not isinstance(child, str):
            found = _find(child, class_name)
            if found is not None:
                return found
    return None


def test_the_page_offers_the_export_menu_beside_its_heading(app):
    from dashboard.pages import coverage

    head = _find(coverage.layout(lang="en"), "export-head")
    text = json.dumps(head, cls=PlotlyJSONEncoder)
    assert "Area selection: do the chosen spaces cover the need?" in text
    assert '"data-export-view": "coverage"' in text
    for label in ("Map: PNG", "Slides (PPTX): PPTX", "Table: CSV", "Table: XLSX"):
        assert f'aria-label=\\"{label}\\"' in text  # in the menu's HTML
