"""Build Dash callback requests as the browser sends them (for the HTTP tests)."""

from __future__ import annotations


def callback_body(client, url_id: str, values: list, changed: str) -> dict:
    """A request for the state callback whose first output is ``<url_id>.search``."""
    deps = client.get("/_dash-dependencies").get_json()
    dep = next(d for d in deps if d["output"].startswith(f"..{url_id}.search"))
    return {
        "output": dep["output"],
        "outputs": [
            {"id": p.split(".")[0], "property": p.split(".")[1]}
            for p in dep["output"].strip(".").split("...")
        ],
        "inputs": [{**i, "value": v} for i, v in zip(dep["inputs"], values, strict=True)],
        "state": [],
        "changedPropIds": [changed],
    }
