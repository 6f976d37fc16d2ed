"""``assets/map.js`` with the hot-spot hideout: the tooltip names the unit's cluster, and a
hideout without ``clusters`` (the main view's) gives the same lines as before.

Runs ``dashboardMap.tooltipLines`` of the real page on the hideout Python builds."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from dashboard.analysis.index import preset_spec
from dashboard.figures.hotspot_style import hotspot_hideout
from dashboard.models.hotspots import hotspot_view

LINES_JS = """([h, code]) => {
    const dm = window.dashboardMap;
    const p = dm.unitLayers[code].feature.properties;
    const withClusters = dm.tooltipLines(h, p);
    const without = dm.tooltipLines(Object.assign({}, h, {clusters: undefined}), p);
    return {withClusters, without};
}"""


def test_the_tooltip_names_the_cluster_only_with_the_hot_spot_hideout(
    page: Page, live_url: str, bundle
):
    page.goto(live_url + "/?lvl=units")
    expect(page.locator("#home-map path.leaflet-interactive").first).to_be_attached()
    page.wait_for_function("() => Object.keys(window.dashboardMap.unitLayers).length === 170")
    view = hotspot_view(
        bundle, "transfer_benefits", preset_spec(bundle, "felder", "atlas2019", "units"), "de"
    )
    h = hotspot_hideout(view, "de")
    lines = page.evaluate(LINES_JS, [h, "535"])
    kinds = [kind for kind, _ in lines["withClusters"]]
    assert kinds[:4] == ["head", "sub", "value", "cluster"]
    assert lines["withClusters"][0][1] == "Clarenberg (535)"
    assert lines["withClusters"][2][1] == "46,9 %"  # no rank or class in this mode
    assert lines["withClusters"][3][1] == h["clusters"]["535"]
    assert lines["withClusters"][3][1].startswith("Muster: Kein auffälliges Muster")
    assert lines["without"] == [line for line in lines["withClusters"] if line[0] != "cluster"]
