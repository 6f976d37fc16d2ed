"""Benchmarks of the data layer and the map callback (numbers quoted in issue notes).

    .venv/bin/python bench/bench_core.py

Each figure is the median of repeated runs in this process; ratios compare two things measured
side by side in the same run, so they hold across machines better than the absolute times.
"""

from __future__ import annotations

import json
import statistics
import time

import plotly.graph_objects as go

from dashboard import ROOT
from dashboard.data.bundle import load_bundle


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    from dashboard.app import app
    from dashboard.pages.home import build_view
    from dashboard.viewstate import ViewState

    bundle = load_bundle(ROOT / "data")
    load_ms = median_ms(lambda: load_bundle(ROOT / "data"), 5)
    print(f"load_bundle (read + validate data/): {load_ms:.0f} ms")
    indicators = sorted(bundle.catalogue.indicator_id.unique())
    states = [
        ViewState(i, "atlas2019" if i in {"gymnasium_transition", "female"} else "atlas2024")
        for i in indicators
    ]
    per_view = median_ms(lambda: [build_view(bundle, s) for s in states], 5) / len(states)
    print(f"build_view (classify + hideout + legend + source), per indicator: {per_view:.1f} ms")

    client = app.server.test_client()
    deps = client.get("/_dash-dependencies").get_json()
    dep = next(d for d in deps if d["output"].startswith("..home-units.hideout"))
    outputs = [
        {"id": p.split(".")[0], "property": p.split(".")[1]}
        for p in dep["output"].strip(".").split("...")
    ]

    def body(ind):
        return {
            "output": dep["output"],
            "outputs": outputs,
            "inputs": [
                {**dep["inputs"][0], "value": ind},
                {**dep["inputs"][1], "value": "atlas2024"},
            ],
            "state": [{**dep["state"][0], "value": ""}],
            "changedPropIds": ["home-indicator.value"],
        }

    sizes = []

    def post_all():
        for ind in indicators:
            r = client.post("/_dash-update-component", json=body(ind))
            sizes.append(len(r.get_data()))

    per_cb = median_ms(post_all, 3) / len(indicators)
    layout_ms = median_ms(lambda: client.get("/_dash-layout"), 20)
    print(
        f"map callback over in-process HTTP, per change: {per_cb:.1f} ms, "
        f"{statistics.median(sizes) / 1000:.1f} KB response"
    )
    print(f"GET /_dash-layout (reference): {layout_ms:.1f} ms")

    # the usual gallery approach: a full choropleth figure with the geometry, per change
    values = bundle.values[
        (bundle.values.indicator_id == "unemployed") & (bundle.values.edition == "atlas2024")
    ]

    def full_figure():
        fig = go.Figure(
            go.Choroplethmap(
                geojson=bundle.units_geojson,
                featureidkey="properties.code",
                locations=values.unit_code,
                z=values.value,
            )
        )
        return fig.to_json()

    full_ms = median_ms(full_figure, 5)
    full_kb = len(full_figure()) / 1000
    hide = build_view(bundle, ViewState("unemployed", "atlas2024"))[0]
    hide_kb = len(json.dumps(hide)) / 1000
    print(
        f"full go.Choroplethmap per change: {full_ms:.1f} ms, {full_kb:.0f} KB "
        f"vs hideout {hide_kb:.1f} KB (ratio bytes {full_kb / hide_kb:.0f}x)"
    )


if __name__ == "__main__":
    main()
