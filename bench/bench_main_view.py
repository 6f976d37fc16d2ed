"""Benchmarks of the main view, each a ratio measured side by side in one run.

    .venv/bin/python bench/bench_main_view.py [--seconds 10] [--changes 50]

0. Reading and validating ``data/`` (start-up, and every reload).
1. Server throughput of the main view's callback (map restyle + ranking + legend + table)
   against a no-op Dash callback on the same gunicorn server (wrk, loopback only).
2. Restyle through ``hideout`` against rebuilding a full plotly choropleth of the same 170
   units per interaction: bytes sent and server time.
3. Headless chromium: time from changing the indicator to the repainted map, p50/p95, in
   the real app (170 units) and in a map-only app with the same style function at 170 and
   at a synthetic 1,700 units (each unit cut into 10 strips; made here, never shipped).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
INDICATORS = [
    "children_u15_sgb2",
    "unemployed",
    "transfer_benefits",
    "elderly_sgb12",
    "households_with_children",
    "average_age",
    "living_space",
    "share_18_30",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


NOOP = {
    "output": "bench-noop-out.data",
    "outputs": {"id": "bench-noop-out", "property": "data"},
    "inputs": [{"id": "bench-noop-in", "property": "data", "value": 1}],
    "changedPropIds": ["bench-noop-in.data"],
    "state": [],
}


def wrk_post(url: str, body: dict, seconds: int, workdir: Path) -> tuple[float, float]:
    """(requests per second, p50 latency in ms) of POSTing ``body`` for ``seconds``."""
    (workdir / "body.json").write_text(json.dumps(body))
    script = workdir / "post.lua"
    script.write_text(
        'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n'
        f'local f = io.open("{workdir / "body.json"}", "r")\n'
        'wrk.body = f:read("*a")\nf:close()\n'
    )
    return _wrk(["-s", str(script), url], seconds)


CONTROLS = ["children_u15_sgb2", "atlas2024", "spaces", [], [], [], "quantiles", "5", ""]


def callback_payload(deps: list, output_part: str, search: str) -> dict:
    """A POST body for the callback whose output starts with ``output_part``, triggered by the
    URL (``search``): the state callback (controls + map style) or the ranking callback."""
    dep = next(d for d in deps if d["output"].lstrip(".").startswith(output_part))
    outputs = [
        {"id": p.split(".")[0], "property": p.split(".")[1]}
        for p in dep["output"].strip(".").split("...")
    ]
    if len(outputs) == 1:
        outputs = outputs[0]
    values = [search, *CONTROLS, None, None, None][: len(dep["inputs"])]
    return {
        "output": dep["output"],
        "outputs": outputs,
        "inputs": [{**i, "value": v} for i, v in zip(dep["inputs"], values, strict=True)],
        "state": [{**s, "value": None} for s in dep.get("state", [])],
        "changedPropIds": ["home-url.search"],
    }


def rotating_searches() -> list[str]:
    """Distinct view states (more than the 128 cached per worker), to measure cold renders."""
    out = []
    for ind in INDICATORS:
        for ed in ("atlas2019", "atlas2024"):
            for lvl in ("spaces", "units"):
                for cls in ("quantiles", "equal_interval", "natural_breaks"):
                    for k in ("4", "5", "6"):
                        out.append(f"?ind={ind}&ed={ed}&lvl={lvl}&cls={cls}&k={k}")
    return out


def wrk_rotating(url: str, bodies: list[dict], seconds: int, workdir: Path) -> tuple[float, float]:
    lines = "\n".join(json.dumps(b) for b in bodies)
    (workdir / "bodies.jsonl").write_text(lines)
    script = workdir / "rotate.lua"
    script.write_text(
        "local bodies = {}\n"
        f'for line in io.lines("{workdir / "bodies.jsonl"}") do bodies[#bodies + 1] = line end\n'
        "local i = 0\n"
        "request = function()\n"
        "  i = i % #bodies + 1\n"
        '  return wrk.format("POST", nil, {["Content-Type"] = "application/json"}, bodies[i])\n'
        "end\n"
    )
    return _wrk(["-s", str(script), url], seconds)


def _wrk(args: list[str], seconds: int) -> tuple[float, float]:
    out = subprocess.run(
        ["wrk", "-t1", "-c8", f"-d{seconds}s", "--latency", *args],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Non-2xx" in out:
        raise RuntimeError(out)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = re.search(r"50%\s+([\d.]+)(us|ms|s)", out)
    return rps, float(p50.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[p50.group(2)]


def bench_throughput(seconds: int) -> None:
    if not shutil.which("wrk"):
        print("1. throughput: skipped (install Debian's wrk)")
        return
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--no-control-socket",
            "bench.noop_app:server",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        endpoint = base + "/_dash-update-component"
        import urllib.request

        for _ in range(100):
            try:
                deps = json.load(urllib.request.urlopen(base + "/_dash-dependencies"))
                break
            except OSError:
                time.sleep(0.2)
        searches = rotating_searches()
        rows = []
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            noop = wrk_post(endpoint, NOOP, seconds, work)
            for name, part in (("whole view (map, ranking, table, texts)", "home-url.search"),):
                same = wrk_post(
                    endpoint,
                    callback_payload(deps, part, "?ind=unemployed&lvl=units"),
                    seconds,
                    work,
                )
                cold = wrk_rotating(
                    endpoint, [callback_payload(deps, part, s) for s in searches], seconds, work
                )
                rows.append((name, same, cold))
        print(f"1. throughput, gunicorn 2 workers, wrk 1 thread 8 connections, {seconds} s each:")
        print(f"   no-op callback: {noop[0]:.0f} req/s (p50 {noop[1]:.1f} ms)")
        for name, same, cold in rows:
            print(
                f"   {name}, same state (cached): {same[0]:.0f} req/s (p50 {same[1]:.1f} ms)"
                f" -> ratio {same[0] / noop[0]:.2f}"
            )
            print(
                f"   {name}, {len(searches)} rotating states (computed): {cold[0]:.0f} req/s "
                f"(p50 {cold[1]:.1f} ms) -> ratio {cold[0] / noop[0]:.2f}"
            )
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench_load() -> None:
    from dashboard.data.bundle import load_bundle

    print(
        f"0. load_bundle (read + validate data/): "
        f"{median_ms(lambda: load_bundle(ROOT / 'data'), 5):.0f} ms"
    )


def bench_payload() -> None:
    import plotly.graph_objects as go

    from dashboard.app import app
    from dashboard.components import main_view as home
    from dashboard.models.main import main_model as view_model
    from dashboard.services import current_bundle
    from dashboard.state.main import parse_state

    bundle = current_bundle()
    client = app.server.test_client()
    deps = client.get("/_dash-dependencies").get_json()
    sizes, times = [], []
    for ind in INDICATORS:
        for clear in (view_model.cache_clear, home.render_map.cache_clear):
            clear()
        body = callback_payload(deps, "home-url.search", f"?ind={ind}&lvl=units")
        start = time.perf_counter()
        r = client.post("/_dash-update-component", json=body)
        times.append((time.perf_counter() - start) * 1000)
        sizes.append(len(json.dumps(r.get_json()["response"]["home-units"]["hideout"])))
    state = parse_state("?ind=unemployed&lvl=units", bundle)[0]
    values = bundle.values[
        (bundle.values.indicator_id == "unemployed") & (bundle.values.edition == "atlas2024")
    ]

    def full_figure() -> str:
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
    hide_kb = statistics.median(sizes) / 1000

    def cold_map():
        view_model.cache_clear()
        home.render_map.cache_clear()
        home.render_map(bundle, state)

    print("2. per interaction, the map, 170 units:")
    print(
        f"   hideout restyle response: {hide_kb:.1f} KB, {statistics.median(times):.1f} ms "
        f"(HTTP in-process, computed); render alone {median_ms(cold_map, 10):.1f} ms"
    )
    print(
        f"   full go.Choroplethmap with geometry: {full_kb:.0f} KB, {full_ms:.0f} ms to build "
        f"-> {full_kb / hide_kb:.0f}x the bytes, "
        f"{full_ms / statistics.median(times):.0f}x the time"
    )


def serve(flask_app) -> tuple[str, object]:
    import logging

    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.WARNING)

    srv = make_server("127.0.0.1", 0, flask_app, threaded=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{srv.server_port}", srv


FILLS_JS = (
    "() => [...document.querySelectorAll('#MAP .leaflet-overlay-pane path.leaflet-interactive')]"
    ".map(p => p.getAttribute('fill')).join()"
)


def repaint_times(page, map_id: str, select_id: str, options: list[str], changes: int) -> list:
    js = FILLS_JS.replace("MAP", map_id)
    times = []
    for i in range(changes):
        before = page.evaluate(js)
        option = options[(i + 1) % len(options)]
        start = page.evaluate("() => performance.now()")
        page.select_option(f"#{select_id}", option)
        page.wait_for_function(f"(b) => ({js})() !== b", arg=before, polling="raf", timeout=15000)
        times.append(page.evaluate("() => performance.now()") - start)
    return times


def synthetic_layer(units_geojson: dict, parts: int) -> dict:
    from shapely.geometry import box, mapping, shape

    features = []
    for f in units_geojson["features"]:
        geom = shape(f["geometry"])
        x0, y0, x1, y1 = geom.bounds
        step = (x1 - x0) / parts
        for i in range(parts):
            piece = geom.intersection(box(x0 + i * step, y0, x0 + (i + 1) * step, y1))
            if not piece.is_empty:
                features.append(
                    {
                        "type": "Feature",
                        "properties": {
                            "code": f"{f['properties']['code']}-{i}",
                            "name": f["properties"]["name"],
                        },
                        "geometry": mapping(piece),
                    }
                )
    return {"type": "FeatureCollection", "features": features}


def map_only_app(layer: dict, n_options: int):
    import random

    import dash_bootstrap_components as dbc
    import dash_leaflet as dl
    from dash import Dash, Input, Output, html

    from dashboard.data.classify import YL_OR_RD

    app = Dash(__name__, assets_folder=str(ROOT / "assets"))
    codes = [f["properties"]["code"] for f in layer["features"]]
    rng = random.Random(1)
    tables = {str(i): {c: rng.choice(YL_OR_RD[5]) for c in codes} for i in range(n_options)}
    app.layout = html.Div(
        [
            dbc.Select(
                id="opt",
                value="0",
                options=[{"label": str(i), "value": str(i)} for i in range(n_options)],
            ),
            dl.Map(
                dl.GeoJSON(
                    id="layer",
                    data=layer,
                    hideout={"colors": tables["0"]},
                    style={"variable": "dashboardMap.unitStyle"},
                ),
                id="bench-map",
                bounds=[[51.415, 7.30], [51.60, 7.64]],
                trackViewport=False,
                style={"height": "600px"},
            ),
        ]
    )

    @app.callback(Output("layer", "hideout"), Input("opt", "value"), prevent_initial_call=True)
    def restyle(value):
        return {"colors": tables.get(value, tables["0"])}

    return app


def bench_browser(changes: int) -> None:
    from playwright.sync_api import sync_playwright

    from dashboard.app import app
    from dashboard.services import current_bundle

    bundle = current_bundle()
    url, srv = serve(app.server)
    layers = {170: bundle.units_geojson, 1700: synthetic_layer(bundle.units_geojson, 10)}
    results = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(url + "/?lvl=units")
        page.wait_for_function(
            "() => document.querySelectorAll("
            "'#home-map .leaflet-overlay-pane path.leaflet-interactive').length === 170"
        )
        results["real app, 170 units, whole view"] = repaint_times(
            page, "home-map", "home-indicator", INDICATORS, changes
        )
        for layer in layers.values():
            bench_app = map_only_app(layer, 8)
            bench_url, bench_srv = serve(bench_app.server)
            page.goto(bench_url)
            count = len(layer["features"])
            page.wait_for_function(
                f"() => document.querySelectorAll("
                f"'#bench-map path.leaflet-interactive').length === {count}"
            )
            page.wait_for_timeout(300)
            results[f"map only, {count} units"] = repaint_times(
                page, "bench-map", "opt", [str(i) for i in range(8)], changes
            )
            bench_srv.shutdown()
        browser.close()
    srv.shutdown()
    print(f"3. headless chromium, indicator change -> repainted map, {changes} changes:")
    for name, times in results.items():
        times = sorted(times)
        p95 = times[max(0, round(0.95 * len(times)) - 1)]
        print(f"   {name}: p50 {statistics.median(times):.0f} ms, p95 {p95:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--changes", type=int, default=50)
    args = parser.parse_args()
    bench_load()
    bench_throughput(args.seconds)
    bench_payload()
    bench_browser(args.changes)


if __name__ == "__main__":
    main()
