"""Every route over in-process HTTP; bad requests get a 4xx with a clear text."""

from __future__ import annotations

import json

import pytest

from dashboard import ids


def _callback_body(client, output_prefix: str, inputs: list, state: list) -> dict:
    deps = client.get("/_dash-dependencies").get_json()
    dep = next(d for d in deps if d["output"].startswith(output_prefix))
    outputs = [
        {"id": part.split(".")[0], "property": part.split(".")[1]}
        for part in dep["output"].strip(".").split("...")
    ]
    return {
        "output": dep["output"],
        "outputs": outputs,
        "inputs": [{**i, "value": v} for i, v in zip(dep["inputs"], inputs, strict=True)],
        "state": [{**s, "value": v} for s, v in zip(dep["state"], state, strict=True)],
        "changedPropIds": [f"{dep['inputs'][0]['id']}.{dep['inputs'][0]['property']}"],
    }


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/daten",
        "/?lang=en",
        "/daten?lang=en",
        "/?ind=unemployed&ed=atlas2019",
        "/?ind=%3Cscript%3E",
    ],
)
def test_pages_answer_200_with_german_html(client, path):
    r = client.get(path)
    assert r.status_code == 200
    assert r.mimetype == "text/html"
    assert '<html lang="de">' in r.get_data(as_text=True)
    assert r.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["/nope", "/daten/x", "/404", "/raum/AR01"])
def test_unknown_pages_answer_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "Traceback" not in r.get_data(as_text=True)


def test_layout_and_dependencies(client):
    assert client.get("/_dash-layout").status_code == 200
    outputs = {d["output"] for d in client.get("/_dash-dependencies").get_json()}
    assert any(ids.HOME_UNITS in o for o in outputs)


def test_assets_are_local(client):
    html = client.get("/").get_data(as_text=True)
    assert "bootstrap.min.css" in html and "map.js" in html
    assert "cdn" not in html.lower() and "https://" not in html
    with client.get("/assets/vendor/bootstrap.min.css") as r:
        assert r.status_code == 200


def test_map_callback_restyles_through_hideout(client):
    body = _callback_body(
        client, f"..{ids.HOME_UNITS}.hideout", ["?ind=unemployed&ed=atlas2019&lvl=units"], []
    )
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 200
    hideout = r.get_json()["response"][ids.HOME_UNITS]["hideout"]
    assert len(hideout["colors"]) == 170
    assert hideout["values"]["052"] == 20.5  # unemployed, Nordmarkt-Südost, 2019 atlas
    assert hideout["ranks"]["052"] == 4  # after 054, 062 (20.9) and 061 (20.7)
    assert len(r.get_data()) < 30_000  # no geometry goes over the wire


def test_state_callback_with_garbage_values_falls_back(client):
    deps = client.get("/_dash-dependencies").get_json()
    dep = next(d for d in deps if d["output"].startswith(f"..{ids.HOME_URL}.search"))
    values = [None, ["x"], 17, {"a": 1}, None, None, None, None, 3.5, "abc", None, None]
    inputs = [{**i, "value": v} for i, v in zip(dep["inputs"][:12], values, strict=True)]
    inputs += [[], []]  # the table's sort and row buttons (pattern-matching inputs)
    body = {
        "output": dep["output"],
        "outputs": [
            {"id": p.split(".")[0], "property": p.split(".")[1]}
            for p in dep["output"].strip(".").split("...")
        ],
        "inputs": inputs,
        "state": [],
        "changedPropIds": [f"{ids.HOME_INDICATOR}.value"],
    }
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 200
    response = r.get_json()["response"]
    assert response[ids.HOME_URL]["search"] == "?ind=children_u15_sgb2&ed=atlas2024"


@pytest.mark.parametrize(
    "data",
    [
        b"garbage",
        b"{}",
        b"[]",
        json.dumps({"output": "nope.children", "inputs": []}).encode(),
        json.dumps({"output": f"..{ids.HOME_UNITS}.hideout", "inputs": "x"}).encode(),
    ],
)
def test_malformed_callback_requests_get_400(client, data):
    r = client.post("/_dash-update-component", data=data, content_type="application/json")
    assert r.status_code == 400
    text = r.get_data(as_text=True)
    assert "Ungültige Anfrage" in text and "Traceback" not in text


def test_wrong_method_gets_405_without_traceback(client):
    r = client.put("/_dash-update-component")
    assert r.status_code == 405
    assert "Traceback" not in r.get_data(as_text=True)
