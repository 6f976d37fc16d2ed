"""Map geometry as files of their own (``/geo/<layer>.json``) and the answer cache of the real
app: pages no longer carry the 170 units' outlines, repeated states are answered from memory,
and reloaded data is never answered from the old."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import brotli

from dashboard import ids, services
from dashboard.data.store import BundleStore
from dashboard.warmup import page_body, page_dep
from tests.app.dash_requests import callback_body

DATA = Path(__file__).resolve().parents[2] / "data"


def test_units_file_is_the_data_files_geometry_and_may_be_kept(client):
    expected = json.loads((DATA / "units.geojson").read_text("utf-8"))
    r = client.get("/geo/units.json", headers={"Accept-Encoding": "gzip, br"})
    assert r.status_code == 200 and r.headers["Content-Encoding"] == "br"
    units = json.loads(brotli.decompress(r.data))
    assert len(units["features"]) == 170
    assert units["features"] == expected["features"]
    assert r.headers["Cache-Control"] == "no-cache"  # no version given: revalidate
    version = r.headers["ETag"].strip('"')
    kept = client.get(f"/geo/units.json?v={version}")
    assert kept.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert json.loads(kept.data)["features"] == expected["features"]  # plain for plain clients
    again = client.get("/geo/units.json", headers={"If-None-Match": f'"{version}"'})
    assert again.status_code == 304 and not again.data


def test_spaces_file_holds_the_15_current_spaces_and_unknown_layers_are_404(client):
    r = client.get("/geo/spaces.json")
    spaces = json.loads(r.data)["features"]
    assert len(spaces) == 15
    assert {f["properties"]["status"] for f in spaces} == {"current"}
    for bad in ("/geo/nothing.json", "/geo/..%2Fsettings.json", "/geo/units.geojson"):
        assert client.get(bad).status_code == 404


def _page_body(client, path: str) -> dict:
    return page_body(page_dep(client.get("/_dash-dependencies").get_json()), path, "")


def _props(node, name: str) -> list:
    """Every value of the property ``name`` in a Dash component tree."""
    found = []
    if isinstance(node, dict):
        if name in node.get("props", {}):
            found.append(node["props"][name])
        for value in node.values():
            found += _props(value, name)
    elif isinstance(node, list):
        for value in node:
            found += _props(value, name)
    return found


def test_pages_name_the_geometry_file_instead_of_carrying_it(client):
    for path in ("/", "/index", "/kulisse"):
        body = _page_body(client, path)
        r = client.post("/_dash-update-component", json=body)
        assert r.status_code == 200, path
        text = r.get_data(as_text=True)
        urls = _props(json.loads(text), "url")
        assert any(u.startswith("/geo/units.json?v=") for u in urls), (path, urls)
        # not the 170 units nor the 15 spaces; / keeps the 12 districts and the former spaces
        assert text.count("Polygon") < 20, path


CONTROLS = ["children_u15_sgb2", "atlas2019", "units", [], [], [], "quantiles", "5", ""]


def _home_table(client) -> str:
    """The main view's answer to a shared link (its one callback renders the whole view)."""
    values = ["?ind=children_u15_sgb2&ed=atlas2019&lvl=units", *CONTROLS, None, None]
    body = callback_body(client, ids.HOME_URL, values, f"{ids.HOME_URL}.search")
    r = client.post("/_dash-update-component", json=body)
    assert r.status_code == 200
    return r.get_data(as_text=True)


def test_repeated_states_come_from_the_cache_and_new_data_is_never_answered_from_it(
    app, client, tmp_path
):
    cache = app.server.wsgi_app
    assert type(cache).__name__ == "ResponseCache"
    data_copy = tmp_path / "data"
    shutil.copytree(DATA, data_copy)
    old_store = services._store
    services.set_store(BundleStore(data_copy, check_every=0))
    try:
        first = _home_table(client)
        hits = cache.hits
        assert _home_table(client) == first and cache.hits == hits + 1
        assert "60,7" in first  # unit 052 in 2019, German decimals
        path = data_copy / "indicators.csv"
        text = path.read_text(encoding="utf-8")
        path.write_text(
            text.replace(
                "052,children_u15_sgb2,atlas2019,60.7,", "052,children_u15_sgb2,atlas2019,61.9,"
            ),
            encoding="utf-8",
        )
        os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
        fresh = _home_table(client)
        assert "61,9" in fresh and "60,7" not in fresh
    finally:
        services.set_store(old_store)
