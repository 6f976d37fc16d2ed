"""Property-based: random and malformed payloads to every callback and every URL parameter get
an answer below 500, never a traceback, and leave the loaded data unchanged."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.services import current_bundle

PAGES = ["/", "/raum", "/raum/AR01", "/vergleich", "/mittel", "/daten"]

json_scalars = (
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=40)
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12,
)  # fmt: skip
query_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
search_strings = st.one_of(
    query_text.map(lambda s: "?" + s),
    st.lists(
        st.tuples(
            st.sampled_from(["ind", "ed", "level", "sel", "lang", "k", "method", "breaks",
                             "districts", "types", "conf", "spaces", "units", "field", "y",
                             "sort", "show", "x"]),
            query_text,
        ),
        max_size=5,
    ).map(lambda kv: "?" + "&".join(f"{k}={v}" for k, v in kv)),
)  # fmt: skip


@pytest.fixture(scope="module")
def client(app):
    """One test client for all examples (hypothesis runs many per test)."""
    return app.server.test_client()


@pytest.fixture(scope="module")
def dependencies(client):
    for page in PAGES:
        client.get(page)
    return client.get("/_dash-dependencies").get_json()


def _body(dep, values):
    items = dep["inputs"] + dep["state"]
    payload = [{**i, "value": v} for i, v in zip(items, values, strict=True)]
    outputs = [
        {"id": p.split(".")[0], "property": p.split(".")[1]}
        for p in dep["output"].strip(".").split("...")
    ]
    return {
        "output": dep["output"],
        "outputs": outputs if dep["output"].startswith("..") else outputs[0],
        "inputs": payload[: len(dep["inputs"])],
        "state": payload[len(dep["inputs"]) :],
        "changedPropIds": [f"{items[0]['id']}.{items[0]['property']}"] if items else [],
    }


def _post(client, body):
    response = client.post(
        "/_dash-update-component",
        data=json.dumps(body, allow_nan=True),
        content_type="application/json",
    )
    text = response.get_data(as_text=True)
    assert response.status_code < 500, (response.status_code, text[:300], body)
    assert "Traceback" not in text
    return response


def _values_strategy(dep):
    n = len(dep["inputs"]) + len(dep["state"])
    per_item = []
    for item in dep["inputs"] + dep["state"]:
        if item["property"] in ("search",):
            per_item.append(search_strings | json_values)
        elif item["property"] == "pathname":
            per_item.append(st.sampled_from(PAGES) | query_text | json_values)
        else:
            per_item.append(json_values)
    return st.tuples(*per_item) if n else st.just(())


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_callback_with_random_values(client, dependencies, data):
    before = current_bundle()
    for dep in dependencies:
        values = data.draw(_values_strategy(dep), label=dep["output"][:40])
        _post(client, _body(dep, list(values)))
    assert current_bundle() is before


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(path=st.sampled_from(PAGES), search=search_strings)
def test_every_page_with_random_url_parameters(client, dependencies, path, search):
    dep = next(d for d in dependencies if "_pages_content.children" in d["output"])
    _post(client, _body(dep, [path, search]))
    response = client.get(path + search.replace("#", "%23"))
    assert response.status_code < 500


MALFORMED = [
    {},
    {"output": 1},
    {"output": "x", "inputs": "nope"},
    {"output": "home-download.data", "inputs": [{"id": 1}], "state": []},
    {"output": "home-download.data", "inputs": [1, 2], "state": []},
    {"output": "home-download.data", "inputs": [{"id": "home-csv"}, {}], "state": []},
]


@pytest.mark.parametrize("body", MALFORMED)
def test_malformed_callback_structure(client, dependencies, body):
    assert 400 <= _post(client, body).status_code < 500


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=json_values)
def test_random_json_bodies(client, dependencies, body):
    _post(client, body)
