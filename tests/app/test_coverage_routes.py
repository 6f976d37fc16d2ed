"""/kulisse over in-process HTTP: the page answers, bad addresses give the page with defaults
and a notice (never a 500), the state callback writes the URL only for a user's change, and
the CSV download holds both lists."""

from __future__ import annotations

import json

import pytest
from dash_requests import callback_body

from dashboard import ids


def _post(client, url_id, values, changed):
    r = client.post("/_dash-update-component", json=callback_body(client, url_id, values, changed))
    assert r.status_code == 200, r.get_data(as_text=True)[:500]
    return r.get_json()["response"]


def _text(component) -> str:
    """All text of a Dash component tree (or of its JSON form)."""
    if isinstance(component, str | int | float):
        return str(component)
    if isinstance(component, list | tuple):
        return " ".join(_text(c) for c in component)
    if isinstance(component, dict):
        return _text(component.get("props", {}).get("children"))
    children = getattr(component, "children", None)
    return "" if children is None else _text(children)


@pytest.mark.parametrize(
    "path",
    [
        "/kulisse",
        "/kulisse?lang=en",
        "/kulisse?b=transfer_benefits&top=10&ed=atlas2024",
        "/kulisse?b=%3Cscript%3E&top=7&ed=x&p=%22&foo=1",
    ],
)
def test_pages_answer_200(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.mimetype == "text/html"
    assert "Traceback" not in r.get_data(as_text=True)


def test_layout_has_the_statement_and_falls_back_with_a_notice(app):
    from dashboard.pages import coverage

    page = _text(coverage.layout(b="zzz", top="7", foo="1"))
    assert "Ein Werkzeug für die Diskussion, kein Urteil" in page
    assert "Berichts zur sozialen Lage in Dortmund 2018" in page and "Statistikatlas" in page
    assert "b: Wert passt nicht" in page and "foo: unbekannter Parameter" in page
    # defaults: the need index (three fields), top 20
    assert "Von den 20 Unterbezirken mit dem höchsten Bedarf liegen 16" in page
    assert "Lanstrop-Neu (251)" in page and "Rang 11 (8–11)" in page
    en = _text(coverage.layout(lang="en", b="transfer_benefits"))
    assert "A tool for discussion, not a verdict" in en
    assert "Of the 20 units with the highest need, 18 lie in one of the 15 spaces" in en
    assert "34.7%" in en and "rank 5" in en


def test_basis_change_writes_the_url_and_renders_tables(client):
    values = ["", "atlas2024", "transfer_benefits", "felder", 20]
    response = _post(client, ids.COVERAGE_URL, values, f"{ids.COVERAGE_BASIS}.value")
    assert response[ids.COVERAGE_URL]["search"] == "?b=transfer_benefits"
    assert response[ids.COVERAGE_PRESET]["disabled"] is True
    outside = _text(response[ids.COVERAGE_OUTSIDE]["children"])
    assert "Lanstrop-Neu (251)" in outside and "34,7 %" in outside
    assert "Cityring-Ost" not in outside  # in the index's list only
    assert "Empfänger*innen von Transferleistungen" in _text(
        response[ids.COVERAGE_LEGEND]["children"]
    )
    hideout = response[ids.COVERAGE_UNITS]["hideout"]
    assert hideout["colors"]["251"] == "#b2182b"


def test_back_forward_renders_without_writing_the_url(client):
    values = ["?b=living_space&top=10&lang=en", "atlas2024", "index", "felder", 20]
    response = _post(client, ids.COVERAGE_URL, values, f"{ids.COVERAGE_URL}.search")
    assert ids.COVERAGE_URL not in response
    assert response[ids.COVERAGE_BASIS]["value"] == "living_space"
    assert response[ids.COVERAGE_TOP]["value"] == 10


def test_unknown_values_fall_back_and_malformed_ones_are_refused(client):
    values = ["", "atlas1999", "zz", "q", 7]
    response = _post(client, ids.COVERAGE_URL, values, f"{ids.COVERAGE_TOP}.value")
    assert ids.COVERAGE_URL not in response
    assert "Lanstrop-Neu (251)" in _text(response[ids.COVERAGE_OUTSIDE]["children"])
    body = callback_body(client, ids.COVERAGE_URL, ["", ["x"], {"a": 1}, 3, "zz"], "x.value")
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 400 and "Traceback" not in r.get_data(as_text=True)


def test_csv_download_holds_both_lists(client):
    deps = client.get("/_dash-dependencies").get_json()
    dep = next(d for d in deps if d["output"] == f"{ids.COVERAGE_DOWNLOAD}.data")
    body = {
        "output": dep["output"],
        "outputs": {"id": ids.COVERAGE_DOWNLOAD, "property": "data"},
        "inputs": [{**dep["inputs"][0], "value": 1}],
        "state": [{**dep["state"][0], "value": "?b=transfer_benefits&top=10"}],
        "changedPropIds": [f"{ids.COVERAGE_CSV}.n_clicks"],
    }
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 200, r.get_data(as_text=True)[:300]
    data = json.loads(r.get_data(as_text=True))["response"][ids.COVERAGE_DOWNLOAD]["data"]
    assert data["filename"] == "kulisse_transfer_benefits_atlas2024_top10.csv"
    lines = data["content"].splitlines()
    assert "# basis: transfer_benefits" in lines and "# top_n: 10" in lines
    assert any(line.startswith("high_need_outside,251,Lanstrop-Neu,") for line in lines)
    assert any(line.startswith("member_close_to_city,") for line in lines)
