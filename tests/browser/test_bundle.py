"""What a first visit downloads: compressed, and the small plotly.js bundle instead of the full
one (the app draws only cartesian charts in the browser)."""

from __future__ import annotations

import pytest

PAGES = ["/", "/vergleich", "/mittel", "/raum/AR01"]


@pytest.mark.parametrize("path", PAGES)
def test_first_visit_is_small_and_uses_the_basic_plotly_bundle(page, live_url, path):
    responses = []
    page.on("response", lambda r: responses.append(r))
    page.goto(live_url + path)
    page.wait_for_load_state("networkidle")
    urls = [r.url for r in responses]
    assert not any("plotly.min.js" in u or "plotly-" in u.split("/")[-1] for u in urls if
                   "plotly-basic" not in u), urls  # fmt: skip
    assert any("plotly-basic" in u for u in urls)
    sent = sum(r.request.sizes()["responseBodySize"] for r in responses)
    assert sent < 1_000_000, f"{sent:,} bytes"
    encodings = {r.headers.get("content-encoding") for r in responses if r.url.endswith(".js")}
    assert encodings <= {"br", "gzip"}, encodings  # every script compressed
    if path == "/mittel":  # its chart draws with the small bundle
        page.locator(".js-plotly-plot .main-svg").first.wait_for(state="attached")
    if path == "/":  # the main view's ranking and histogram are HTML, not plotly
        page.locator("#home-ranking .rank-btn").first.wait_for(state="attached")
        assert (
            page.locator("#home-ranking .js-plotly-plot, #home-legend .js-plotly-plot").count() == 0
        )
