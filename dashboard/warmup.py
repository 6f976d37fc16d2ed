"""Fill the caches with the views most visitors open first, before the workers start.

``gunicorn.conf.py`` calls :func:`warm` in the master process after the app is loaded
(``preload_app``) and before it forks the workers, so every worker starts with the computed
models (the main view for each indicator, edition and level; the need index for each preset)
and with the answers to these page loads, for the address the site is reached at. It takes a
few seconds once per start; ``DASHBOARD_WARM_UP=0`` turns it off.
"""

from __future__ import annotations

import logging
import time
from urllib.parse import urlencode, urlsplit

from dash import Dash

from .analysis.index import PRESETS
from .data.areas import LEVELS
from .data.views import value_index
from .services import current_bundle

log = logging.getLogger(__name__)

PAGES = ("/", "/vergleich", "/mittel", "/index", "/kulisse", "/raum", "/daten")


def warm_urls(bundle) -> list[tuple[str, str]]:
    """(path, query) of the page loads to compute once: every page in both languages, each
    space's profile, the main view for every indicator, edition and level, and the need index
    for every preset, edition and level."""
    urls = [(p, q) for p in PAGES for q in ("", "?lang=en")]
    urls += [(f"/raum/{s}", "") for s in bundle.current_spaces.space_id]
    editions = value_index(bundle).editions
    for indicator, eds in editions.items():
        for edition in eds:
            for level in LEVELS:
                urls.append(("/", "?" + urlencode({"ind": indicator, "ed": edition, "lvl": level})))
    index_editions = sorted({e for eds in editions.values() for e in eds})
    for preset in PRESETS:
        for edition in index_editions:
            for level in LEVELS:
                query = {"preset": preset, "ed": edition, "level": level}
                urls.append(("/index", "?" + urlencode(query)))
    return urls


def page_dep(deps: list) -> dict:
    """Dash Pages' own callback (the page content for an address) among ``deps``."""
    return next(d for d in deps if "_pages_content.children" in d["output"])


def page_body(dep: dict, path: str, query: str) -> dict:
    """The request a browser sends to load the page at ``path`` + ``query``."""
    values = {"pathname": path, "search": query}
    return {
        "output": dep["output"],
        "outputs": [
            {"id": p.split(".")[0], "property": p.split(".")[1]}
            for p in dep["output"].strip(".").split("...")
        ],
        "inputs": [{**i, "value": values.get(i["property"])} for i in dep["inputs"]],
        "state": [{**s, "value": None} for s in dep.get("state", [])],
        "changedPropIds": ["_pages_location.pathname"],
    }


def warm(app: Dash, base_url: str = "http://localhost", budget_s: float = 60.0) -> int:
    """Load the pages of :func:`warm_urls` through the app (as a browser at ``base_url``
    would, brotli accepted); returns how many answered 200. Stops after ``budget_s``."""
    started = time.monotonic()
    host = urlsplit(base_url).netloc or "localhost"
    client = app.server.test_client()
    headers = {"Accept-Encoding": "gzip, deflate, br", "Host": host}
    deps = client.get("/_dash-dependencies", headers={"Host": host}).get_json()
    dep = page_dep(deps)
    done = 0
    for path, query in warm_urls(current_bundle()):
        if time.monotonic() - started > budget_s:
            log.warning("warm-up stopped after %.0f s (%d pages)", budget_s, done)
            break
        r = client.post(
            "/_dash-update-component", json=page_body(dep, path, query), headers=headers
        )
        done += r.status_code == 200
    log.info("warm-up: %d pages in %.1f s", done, time.monotonic() - started)
    return done
