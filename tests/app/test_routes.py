"""Every route over in-process HTTP; bad requests get a 4xx with a clear text."""

from __future__ import annotations

import json

import pytest
from dash_requests import callback_body

from dashboard import ids
from dashboard.services import current_bundle


def _sync_body(client, values: list, changed: str, state: list | None = None) -> dict:
    """A request for the main view's state callback (URL, controls, clicks -> URL, map)."""
    return callback_body(client, ids.HOME_URL, values, changed, state)


CONTROLS_DEFAULT = ["children_u15_sgb2", "atlas2024", "spaces", [], [], [], "quantiles", "5", ""]


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/daten",
        "/?lang=en",
        "/daten?lang=en",
        "/?ind=unemployed&ed=atlas2019",
        "/?ind=%3Cscript%3E",
        "/?lvl=units&ed=change&ind=unemployed&sel=052&sort=-value",
    ],
)
def test_pages_answer_200_with_german_html(client, path):
    r = client.get(path)
    assert r.status_code == 200
    assert r.mimetype == "text/html"
    assert '<html lang="de">' in r.get_data(as_text=True)
    assert r.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["/nope", "/daten/x", "/404", "/raum/XX99"])
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


def test_changing_the_indicator_renders_the_whole_view_in_one_response(client):
    controls = ["unemployed", "atlas2019", "units", *CONTROLS_DEFAULT[3:]]
    search = "?ind=children_u15_sgb2&ed=atlas2019&lvl=units"  # the chosen edition is kept
    body = _sync_body(client, [search, *controls, None, None], f"{ids.HOME_INDICATOR}.value")
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 200
    response = r.get_json()["response"]
    assert response[ids.HOME_URL]["search"] == "?ind=unemployed&ed=atlas2019&lvl=units"
    hideout = response[ids.HOME_UNITS]["hideout"]
    assert len(hideout["colors"]) == 170
    assert hideout["values"]["052"] == 20.5  # unemployed, Nordmarkt-Südost, 2019 atlas
    assert hideout["ranks"]["052"] == 4  # after 054, 062 (20.9) and 061 (20.7)
    assert "coordinates" not in r.get_data(as_text=True)  # no geometry goes over the wire
    # the rest of the view in the same round trip: heading, ranking (its top bar), table
    assert response[ids.HOME_HEADING]["children"] == "Arbeitslosenanteil"
    ranking = response[ids.HOME_RANKING]["html"]
    assert ranking.index('data-select="054"') < ranking.index('data-select="052"')
    assert "Nordmarkt-Südost" in response[ids.HOME_TABLE]["html"]


def test_parts_a_change_leaves_alone_are_not_sent_again(client):
    """After a user's change on a page drawn from the data being served, only the parts that
    differ from the page's state are sent; from other data (or after Back) all of them."""
    token = current_bundle().token
    controls = ["unemployed", "atlas2024", "units", *CONTROLS_DEFAULT[3:]]
    values = ["?ind=children_u15_sgb2&lvl=units", *controls, None, None]
    changed = f"{ids.HOME_INDICATOR}.value"

    def response(state, trigger=changed):
        body = _sync_body(client, values, trigger, state)
        r = client.post("/_dash-update-component", json=body)
        assert r.status_code == 200
        return r.get_json()["response"]

    same = response([token])
    # the indicator changed: map colours, ranking, table and heading are new ...
    for part in (ids.HOME_UNITS, ids.HOME_RANKING, ids.HOME_TABLE, ids.HOME_HEADING):
        assert part in same
    # ... the space outlines and the class-count note are as they were
    assert ids.HOME_SPACES not in same and ids.HOME_K_NOTE not in same
    assert ids.HOME_DATA not in same
    other = response(["an-older-token"])
    assert other[ids.HOME_SPACES]["hideout"]["level"] == "units"
    assert other[ids.HOME_DATA]["data"] == token  # the page now names these data
    assert ids.HOME_SPACES in response([token], f"{ids.HOME_URL}.search")  # Back, Forward


def test_back_and_forward_restore_controls_and_map_without_a_new_entry(client):
    search = "?ind=living_space&ed=atlas2019&lvl=units"
    body = _sync_body(client, [search, *CONTROLS_DEFAULT, None, None], f"{ids.HOME_URL}.search")
    response = client.post("/_dash-update-component", json=body).get_json()["response"]
    assert ids.HOME_URL not in response  # the URL is not written again
    assert response[ids.HOME_INDICATOR]["value"] == "living_space"
    assert response[ids.HOME_LEVEL]["value"] == "units"
    assert response[ids.HOME_UNITS]["hideout"]["level"] == "units"


def test_state_callback_with_values_of_the_wrong_type_gets_400(client):
    values = ["", ["x"], 17, {"a": 1}, None, None, None, None, 3.5, "abc", None, "zz"]
    body = _sync_body(client, values, f"{ids.HOME_INDICATOR}.value")
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 400 and "home-level.value" in r.get_data(as_text=True)


def test_state_callback_with_garbage_values_falls_back(client):
    values = ["", "x", 17, "zz", ["q"], ["q"], ["q"], "nope", 3.5, "abc", None, "zz"]
    body = _sync_body(client, values, f"{ids.HOME_INDICATOR}.value")
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 200
    response = r.get_json()["response"]
    assert ids.HOME_URL not in response  # nothing usable changed: no new history entry
    assert response[ids.HOME_INDICATOR]["value"] == "children_u15_sgb2"  # control reset
    assert response[ids.HOME_UNITS]["hideout"]["level"] == "spaces"


def test_table_clicks_sort_and_select(client):
    body = _sync_body(
        client,
        ["", *CONTROLS_DEFAULT, None, {"sort": "value", "at": 1}],
        f"{ids.HOME_TABLE_CLICK}.data",
    )
    response = client.post("/_dash-update-component", json=body).get_json()["response"]
    assert response[ids.HOME_URL]["search"].endswith("&sort=value")
    body = _sync_body(
        client,
        ["?sort=value", *CONTROLS_DEFAULT, None, {"select": "AR02", "at": 2}],
        f"{ids.HOME_TABLE_CLICK}.data",
    )
    response = client.post("/_dash-update-component", json=body).get_json()["response"]
    assert "sel=AR02" in response[ids.HOME_URL]["search"]
    assert response[ids.HOME_SPACES]["hideout"]["selected"] == "AR02"


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


@pytest.mark.parametrize(
    "path",
    [
        "/_reload-hash",
        "/_dash-component-suites/dash/../../../../etc/passwd",
        "/_dash-component-suites/dash/..%2f..%2f..%2fpyproject.toml",
        "/_dash-component-suites/dash/deps/%2e%2e/%2e%2e/dash.py",
        "/_dash-component-suites/dash/dash.py",
        "/_dash-component-suites/nope/x.js",
        "/assets/../pyproject.toml",
        "/assets/%2e%2e/pyproject.toml",
    ],
)
def test_dev_routes_and_traversal_give_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert b"Traceback" not in r.get_data() and b"[project]" not in r.get_data()


@pytest.mark.parametrize(
    ("accept", "encoding"), [("br, gzip", "br"), ("gzip", "gzip"), ("identity", None)]
)
def test_static_files_are_compressed(client, accept, encoding):
    r = client.get(
        "/assets/vendor/plotly-basic-4.1.1.min.js?m=1", headers={"Accept-Encoding": accept}
    )
    assert r.status_code == 200
    assert r.headers.get("Content-Encoding") == encoding
    if encoding == "br":  # shipped pre-compressed at the highest quality
        assert r.headers["Cache-Control"] == "public, max-age=31536000, immutable"
        assert len(r.get_data()) < 340_000
    r.close()


def test_callback_answers_are_compressed(client):
    body = _sync_body(client, ["", *CONTROLS_DEFAULT, None, None], f"{ids.HOME_URL}.search")
    r = client.post("/_dash-update-component", json=body, headers={"Accept-Encoding": "br"})
    assert r.status_code == 200 and r.headers["Content-Encoding"] == "br"
