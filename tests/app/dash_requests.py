"""Build Dash callback requests as the browser sends them (for the HTTP tests)."""

from __future__ import annotations


def callback_body(
    client, url_id: str, values: list, changed: str, state: list | None = None
) -> dict:
    """A request for the state callback whose first output is ``<url_id>.search`` (its
    ``State`` values: ``state``, or all None)."""
    deps = client.get("/_dash-dependencies").get_json()
    dep = next(d for d in deps if d["output"].startswith(f"..{url_id}.search"))
    return {
        "output": dep["output"],
        "outputs": [
            {"id": p.split(".")[0], "property": p.split(".")[1]}
            for p in dep["output"].strip(".").split("...")
        ],
        "inputs": [{**i, "value": v} for i, v in zip(dep["inputs"], values, strict=True)],
        "state": [
            {**s, "value": v}
            for s, v in zip(dep.get("state", []), state or [None] * 99, strict=False)
        ],
        "changedPropIds": [changed],
    }


def download(client, url: str, mimetype: str, filename: str) -> bytes:
    """GET an export and check that it is a download of ``mimetype`` named ``filename``;
    returns its bytes."""
    response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.headers["Content-Type"] == mimetype
    assert response.headers["Content-Disposition"] == f'attachment; filename="{filename}"'
    return response.get_data()
