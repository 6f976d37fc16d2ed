"""/vergleich and /mittel over in-process HTTP: pages answer, bad addresses give a page with
a notice (never a 500), and the state callbacks write the URL only for a user's change."""

from __future__ import annotations

import pytest
from dash_requests import callback_body

from dashboard import ids


def _post(client, url_id, values, changed):
    r = client.post("/_dash-update-component", json=callback_body(client, url_id, values, changed))
    assert r.status_code == 200, r.get_data(as_text=True)[:500]
    return r.get_json()["response"]


@pytest.mark.parametrize(
    "path",
    [
        "/vergleich",
        "/vergleich?a=AR01,AR09,052&hf=arbeit&sort=-unemployed&lang=en",
        "/vergleich?a=%3Cscript%3E&hf=1&ed=x&sort=%22",
        "/mittel",
        "/mittel?ind=unemployed&ed=atlas2019&y=linear&lang=en",
        "/mittel?ind=%3Cscript%3E&y=9",
    ],
)
def test_pages_answer_200(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.mimetype == "text/html"
    assert "Traceback" not in r.get_data(as_text=True)


def _text(component) -> str:
    """All text of a Dash component tree."""
    if isinstance(component, str | int | float):
        return str(component)
    if isinstance(component, list | tuple):
        return " ".join(_text(c) for c in component)
    children = getattr(component, "children", None)
    return "" if children is None else _text(children)


def test_malformed_addresses_render_the_page_with_a_notice(app):
    from dashboard.pages import compare, money

    page = _text(compare.layout(a="AR01,ZZ", hf="x", foo="1"))
    assert "Folgende Angaben der Adresse wurden ignoriert" in page or "ignoriert" in page
    assert "a: zwei bis vier bekannte Gebiete" in page and "foo: unbekannter Parameter" in page
    assert "Bitte mindestens zwei Gebiete wählen" in page
    page = _text(money.layout(ind="nope", lang="en"))
    assert "ind: value does not fit" in page and "nothing published" in page


def test_compare_sort_click_writes_the_url_and_sorts(client):
    values = [
        "?a=AR01,AR09",
        ["AR01", "AR09"],
        [],
        "",
        "kinder",
        "atlas2024",
        {"sort": "unemployed"},
    ]
    response = _post(client, ids.COMPARE_URL, values, f"{ids.COMPARE_CLICK}.data")
    assert response[ids.COMPARE_URL]["search"] == "?a=AR01,AR09&sort=unemployed"
    html = response[ids.COMPARE_MATRIX]["children"]["props"]["children"]
    assert 'aria-sort="ascending"' in html and html.index("Wambeler Heide") < html.index(
        "Nordmarkt"
    )


def test_compare_fifth_area_is_refused_with_a_message(client):
    search = "?a=AR01,AR02,AR03,052"
    values = [search, ["AR01", "AR02", "AR03", "AR04"], ["052"], "", "kinder", "atlas2024", None]
    response = _post(client, ids.COMPARE_URL, values, f"{ids.COMPARE_SPACES}.value")
    assert ids.COMPARE_URL not in response  # nothing changed: no history entry
    assert response[ids.COMPARE_SPACES]["value"] == ["AR01", "AR02", "AR03"]
    assert "Höchstens vier" in response[ids.COMPARE_MESSAGE]["children"]


def test_compare_adding_a_unit_from_the_select(client):
    values = ["?a=AR01", ["AR01"], [], "052", "kinder", "atlas2024", None]
    response = _post(client, ids.COMPARE_URL, values, f"{ids.COMPARE_UNIT_ADD}.value")
    assert response[ids.COMPARE_URL]["search"] == "?a=AR01,052"
    assert response[ids.COMPARE_UNITS]["value"] == ["052"]
    assert response[ids.COMPARE_UNITS]["options"] == [
        {"label": "052 Nordmarkt-Südost", "value": "052"}
    ]
    assert response[ids.COMPARE_UNIT_ADD]["value"] == ""  # ready for the next one
    # unticking the unit removes it
    values = ["?a=AR01,052", ["AR01"], [], "", "kinder", "atlas2024", None]
    response = _post(client, ids.COMPARE_URL, values, f"{ids.COMPARE_UNITS}.value")
    assert response[ids.COMPARE_URL]["search"] == "?a=AR01"


def test_compare_back_forward_renders_without_writing_the_url(client):
    values = ["?a=AR05,AR06,AR07&hf=arbeit&lang=en", [], [], "", "kinder", "atlas2024", None]
    response = _post(client, ids.COMPARE_URL, values, f"{ids.COMPARE_URL}.search")
    assert ids.COMPARE_URL not in response
    assert response[ids.COMPARE_SPACES]["value"] == ["AR05", "AR06", "AR07"]
    assert response[ids.COMPARE_FIELD]["value"] == "arbeit"


def test_compare_values_of_the_wrong_type_get_400(client):
    values = ["", {"x": 1}, 17, ["y"], ["x"], 3.5, "zz"]
    body = callback_body(client, ids.COMPARE_URL, values, f"{ids.COMPARE_SPACES}.value")
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 400 and "compare-spaces.value" in r.get_data(as_text=True)


def test_compare_unknown_values_fall_back(client):
    values = ["", ["ZZ99"], ["999"], "x", "nope", "atlas1999", None]
    response = _post(client, ids.COMPARE_URL, values, f"{ids.COMPARE_SPACES}.value")
    assert ids.COMPARE_URL not in response


def test_money_indicator_change_writes_the_url(client):
    values = ["", "gymnasium_transition", "atlas2024", "log"]
    response = _post(client, ids.MONEY_URL, values, f"{ids.MONEY_INDICATOR}.value")
    assert response[ids.MONEY_URL]["search"] == "?ind=gymnasium_transition"  # ed: its latest
    assert response[ids.MONEY_EDITION]["value"] == "atlas2019"
    values = ["?y=linear", "children_u15_sgb2", "atlas2024", "linear"]
    response = _post(client, ids.MONEY_URL, values, f"{ids.MONEY_URL}.search")
    assert ids.MONEY_URL not in response
    assert response[ids.MONEY_CHART]["figure"]["layout"]["yaxis"]["type"] == "linear"


def test_money_values_of_the_wrong_type_get_400(client):
    body = callback_body(
        client, ids.MONEY_URL, ["", ["x"], 3, {"a": 1}], f"{ids.MONEY_SCALE}.value"
    )
    assert client.post("/_dash-update-component", json=body).status_code == 400


def test_money_unknown_values_fall_back(client):
    response = _post(
        client, ids.MONEY_URL, ["", "x", "atlas1999", "cubic"], f"{ids.MONEY_SCALE}.value"
    )
    assert ids.MONEY_URL not in response
