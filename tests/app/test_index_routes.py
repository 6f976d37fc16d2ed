"""/index over in-process HTTP: the page answers for good and bad addresses, and the CSV the
page offers is the command line's output to the last byte (index and hot spots)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from test_compare_money import _text

from dashboard import ROOT, ids


@pytest.mark.parametrize(
    "path",
    [
        "/index",
        "/index?ed=atlas2019&preset=status&lang=en",
        "/index?ind=%3Cscript%3E&w=x&norm=%22&level=9&mode=1&hs=2",
    ],
)
def test_pages_answer_200(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.mimetype == "text/html"


def test_bad_addresses_render_the_page_with_a_notice(app):
    from dashboard.pages import index

    page = _text(index.layout(ind="nope", w="a,b", mode="x", foo="1"))
    assert "ind: " in page and "foo: unbekannter Parameter" in page
    assert "Nordmarkt-Süd" in page  # the default view is shown


def _download(client, search: str) -> dict:
    body = {
        "output": f"{ids.INDEX_DOWNLOAD}.data",
        "outputs": {"id": ids.INDEX_DOWNLOAD, "property": "data"},
        "inputs": [{"id": ids.INDEX_CSV, "property": "n_clicks", "value": 1}],
        "state": [{"id": ids.INDEX_URL, "property": "search", "value": search}],
        "changedPropIds": [f"{ids.INDEX_CSV}.n_clicks"],
    }
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 200, r.get_data(as_text=True)[:500]
    return r.get_json()["response"][ids.INDEX_DOWNLOAD]["data"]


def _cli(*args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "dashboard.analysis", *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return out.stdout


def test_index_csv_is_the_command_lines_output(client):
    search = (
        "?ed=atlas2024&preset=custom&ind=unemployed_u25,transfer_benefits,elderly_sgb12"
        "&w=2.5,1,0.5&norm=rank&level=spaces"
    )
    data = _download(client, search)
    expected = _cli(
        "index",
        "--indicators",
        "unemployed_u25,transfer_benefits,elderly_sgb12",
        "--weights",
        "2.5,1,0.5",
        "--normalise",
        "rank",
        "--edition",
        "atlas2024",
        "--level",
        "spaces",
        "--stability",
        "1000",
        "--seed",
        "2021",
    )
    assert data["content"] == expected
    assert data["filename"] == "bedarfsindex_atlas2024_spaces_rank.csv"
    assert expected.count("\n") == 16 and "AR02,Nordmarkt," in expected


def test_index_csv_at_the_unit_level_matches_the_command_shown(client, bundle):
    from dashboard.models.index import command_line, index_model
    from dashboard.state.index import parse_state

    search = "?ed=atlas2019&ind=gymnasium_transition,unemployed&w=1,2&norm=minmax"
    shown = command_line(index_model(bundle, parse_state(search, bundle)[0]).spec)
    args = shown.removeprefix("python -m dashboard.analysis ").split(" ")
    assert _download(client, search)["content"] == _cli(*args)


def test_hotspot_csv_is_the_command_lines_output(client):
    data = _download(client, "?ed=atlas2019&mode=hotspots&hs=transfer_benefits")
    expected = _cli("hotspots", "--indicator", "transfer_benefits", "--edition", "atlas2019")
    assert data["content"] == expected
    assert expected.startswith("# moran_i=0.4")
    assert data["filename"] == "hotspots_transfer_benefits_atlas2019.csv"
