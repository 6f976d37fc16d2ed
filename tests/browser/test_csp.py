"""The app works under its Content-Security-Policy: no violation on any page, and the policy
has no 'unsafe-eval' and no 'unsafe-inline' for scripts."""

from __future__ import annotations

import pytest

PAGES = [
    "/",
    "/index",
    "/index?mode=hotspots&hs=transfer_benefits&ed=atlas2019",
    "/kulisse",
    "/embed/map",
    "/embed/profile/AR01",
    "/?lvl=units&ind=unemployed",
    "/raum",
    "/raum/AR01",
    "/vergleich",
    "/mittel",
    "/daten",
    pytest.param("/gibt-es-nicht", marks=pytest.mark.allow_console_errors("status of 404")),
]
LISTEN = """document.addEventListener('securitypolicyviolation', (e) => {
    (window.__csp = window.__csp || []).push(e.violatedDirective + ' ' + e.blockedURI);
});"""


@pytest.mark.parametrize("path", PAGES)
def test_no_policy_violations(page, live_url, path):
    page.add_init_script(LISTEN)
    response = page.goto(live_url + path)
    policy = response.headers["content-security-policy"]
    script_src = next(d for d in policy.split("; ") if d.startswith("script-src"))
    assert "'unsafe-eval'" not in policy and "'unsafe-inline'" not in script_src
    framing = (
        "'self'" if path.startswith("/embed/") else "'none'"
    )  # embeds: see DASHBOARD_EMBED_ORIGINS
    assert f"frame-ancestors {framing}" in policy
    page.wait_for_load_state("networkidle")
    if path == "/":
        page.select_option("#home-indicator", "unemployed")  # a callback round trip
        page.wait_for_function("() => location.search.includes('unemployed')")
        page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__csp || []") == []
