"""Load, speed and memory of the production set-up, in one run; writes ``bench/RESULTS.md``.

    .venv/bin/python bench/load.py [--users 100] [--seconds 60] [--changes 40]

Starts the app under ``gunicorn`` with ``gunicorn.conf.py`` (default workers and threads) on
a loopback port (``bench/noop_app.py``: the real app plus one no-op callback), and a
map-only app (``bench/map_only_app.py``) as the floor, then measures:

1. **First visit** of ``/`` in headless chromium (``/usr/bin/chromium``): time until the
   map is drawn, and the bytes over the wire with an empty cache.
2. **Settled view**: after an indicator change, the time until map, ranking, heading and
   table are replaced and no component is loading, p50/p95, against the map-only floor
   (the same 170 units and style function, one round trip and a restyle); and the same with
   the table's 170 rows open (``rows=all``; by default it shows 25).
3. **Throughput** (``wrk``): the main view's callback for one state (cached) and for states
   never seen (computed), against the no-op callback.
4. **Busy people**: ``--users`` simulated people for ``--seconds``. Each opens a page as a
   browser does (the HTML, ``/_dash-layout``, ``/_dash-dependencies``, the page-content
   callback), then changes the view one step at a time with 0.5–2 s between actions. A step
   is what the browser sends after a control changed the URL: every callback of the page
   whose input is the page's URL, with a new query. Requests/s, p50/p95/p99 per type, and
   the share answered from the answer cache (``X-Cache: hit``).
5. **Stress without pauses**: closed loops of 1, 2, 4, … clients sending view changes, each
   level ``--stress-seconds``; the knee is the highest rate at which callback p95 ≤ 300 ms.
6. **Memory** (RSS) of each worker after start and after 10,000 callbacks.

Loopback only; the load generator runs on the same machine and takes CPU from the server.
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import json
import os
import platform
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import brotli
from bench_main_view import (  # the same indicators, payloads and helpers
    CHROMIUM_ARGS,
    FILLS_JS,
    INDICATORS,
    NOOP,
    callback_payload,
    free_port,
    repaint_times,
    wrk_post,
    wrk_rotating,
)

from dashboard.warmup import page_body, page_dep  # the browser's page-load request

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"
SEARCHES = {
    "/": lambda r: (
        f"?ind={r.choice(INDICATORS)}&ed={r.choice(['atlas2019', 'atlas2024'])}"
        f"&lvl={r.choice(['spaces', 'units'])}&k={r.choice('456')}"
        + r.choice(["", "", "&sel=AR01", "&sel=AR05", "&sel=AR09", "&sort=-value", "&sort=name"])
    ),
    "/vergleich": lambda r: (
        f"?a={','.join(r.sample(['AR01', 'AR02', 'AR09', 'AR12', '052'], 3))}"
        f"&hf={r.choice(['arbeit', 'kinder', 'zusammenhalt'])}"
    ),
    "/mittel": lambda r: f"?ind={r.choice(INDICATORS[:4])}&y={r.choice(['log', 'linear'])}",
    "/index": lambda r: (
        f"?preset={r.choice(['felder', 'unter_stadt', 'status'])}"
        f"&ed={r.choice(['atlas2019', 'atlas2024'])}&level={r.choice(['units', 'spaces'])}"
    ),
    "/kulisse": lambda r: f"?ed={r.choice(['atlas2019', 'atlas2024'])}",
    "/raum/AR01": lambda r: r.choice(["", "?lang=en"]),
    "/daten": lambda r: r.choice(["", "?lang=en"]),
}


class Client:
    """One keep-alive connection; records (kind, seconds, ok) per request."""

    def __init__(self, port: int, log: list):
        self.port, self.log = port, log
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def request(self, kind: str, method: str, path: str, body: dict | None = None):
        data = None if body is None else json.dumps(body).encode()
        headers = {"Content-Type": "application/json"} if data else {}
        headers["Accept-Encoding"] = "gzip, br"
        start = time.perf_counter()
        payload, ok, hit = b"", False, False
        for attempt in range(2):  # like a browser: one retry on a closed keep-alive connection
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                ok = response.status < 400 or response.status == 204
                hit = response.getheader("X-Cache") == "hit"
                encoding = response.getheader("Content-Encoding")
                if encoding == "br":
                    payload = brotli.decompress(payload)
                elif encoding == "gzip":
                    payload = gzip.decompress(payload)
                break
            except (OSError, http.client.HTTPException):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                if attempt:
                    payload, ok = b"", False
        self.log.append((kind, time.perf_counter() - start, ok, hit))
        return payload


def url_callbacks(deps: list, path: str) -> list[dict]:
    """Callbacks of ``path`` fired by its URL (first input ``<page>-url.search``)."""
    prefix = {
        "/": "home",
        "/vergleich": "compare",
        "/mittel": "money",
        "/index": "index",
        "/kulisse": "coverage",
    }.get(path)
    if prefix is None:
        return []
    return [  # pattern-matching callbacks (index weights) need bodies this bench does not build
        d
        for d in deps
        if "{" not in d["output"] and all(isinstance(i["id"], str) for i in d["inputs"])
        if d["inputs"]
        and d["inputs"][0]["id"] == f"{prefix}-url"
        and d["inputs"][0]["property"] == "search"
        and not d.get("clientside_function")
    ]


def body(dep: dict, search: str) -> dict:
    parts = dep["output"].strip(".").split("...")
    outputs = [{"id": p.split(".")[0], "property": p.split(".")[1]} for p in parts]
    values = [search] + [None] * (len(dep["inputs"]) - 1)
    return {
        "output": dep["output"],
        "outputs": outputs if dep["output"].startswith("..") else outputs[0],
        "inputs": [{**i, "value": v} for i, v in zip(dep["inputs"], values, strict=True)],
        "state": [{**s, "value": None} for s in dep["state"]],
        "changedPropIds": [f"{dep['inputs'][0]['id']}.search"],
    }


def pages_body(deps: list, path: str, search: str) -> dict:
    return page_body(page_dep(deps), path, search)


def person(port, deps, paths, stop, log, seed):
    rng = random.Random(seed)
    client = Client(port, log)
    while not stop.is_set():
        path = rng.choice(paths)
        search = SEARCHES[path](rng)
        client.request("page", "GET", path + search)
        client.request("layout", "GET", "/_dash-layout")
        client.request("layout", "GET", "/_dash-dependencies")
        pb = pages_body(deps, path, search)
        client.request(f"callback · page content {path}", "POST", "/_dash-update-component", pb)
        for _ in range(rng.randint(3, 8)):
            if stop.wait(rng.uniform(0.5, 2.0)):
                return
            search = SEARCHES[path](rng)
            for dep in url_callbacks(deps, path):
                client.request(
                    f"callback · view change {path}",
                    "POST",
                    "/_dash-update-component",
                    body(dep, search),
                )


def stress_loop(port, deps, paths, stop, log, seed):
    rng = random.Random(seed)
    client = Client(port, log)
    steps = [(p, d) for p in paths for d in url_callbacks(deps, p)]
    while not stop.is_set():
        path, dep = rng.choice(steps)
        client.request(
            "callback", "POST", "/_dash-update-component", body(dep, SEARCHES[path](rng))
        )


def summary(log: list, seconds: float) -> dict:
    """Per request type; "callback" sums every "callback · …" type, listed after it."""
    log = log + [("callback", *entry[1:]) for entry in log if entry[0].startswith("callback ·")]
    out = {}
    for kind in sorted(
        {entry[0] for entry in log}, key=lambda k: (k.split(" ")[0] != "callback", k)
    ):
        times = sorted(t * 1000 for k, t, _, _ in log if k == kind)
        errors = sum(1 for k, _, ok, _ in log if k == kind and not ok)
        hits = sum(1 for k, _, _, hit in log if k == kind and hit)
        q = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
        out[kind] = {
            "n": len(times),
            "errors": errors,
            "rps": len(times) / seconds,
            "p50": q[49],
            "p95": q[94],
            "p99": q[98],
            "hits": hits / len(times) if times else 0.0,
        }
    return out


def run_people(port, deps, paths, users, seconds, ramp=10.0) -> dict:
    log, stop = [], threading.Event()
    threads = [
        threading.Thread(target=person, args=(port, deps, paths, stop, log, i), daemon=True)
        for i in range(users)
    ]
    started = time.monotonic()
    for t in threads:  # people arrive spread over the first ``ramp`` seconds
        t.start()
        time.sleep(ramp / max(users, 1))
    time.sleep(max(seconds - (time.monotonic() - started), 0))
    stop.set()
    for t in threads:
        t.join(timeout=30)
    return summary(log, seconds)


def unseen_loop(port, deps, stop, log, searches, lock):
    client = Client(port, log)
    while not stop.is_set():
        with lock:
            if not searches:
                return
            search = searches.pop()
        body = callback_payload(deps, "home-url.search", search)
        client.request("callback", "POST", "/_dash-update-component", body)


def run_levels(levels: tuple[int, ...], loop, args, seconds: int) -> list[dict]:
    """For each number of clients: that many threads run ``loop(*args, stop, log, i)`` for
    ``seconds``; the callback summary per level."""
    out = []
    for clients in levels:
        log, stop = [], threading.Event()
        threads = [
            threading.Thread(target=loop, args=(*args, stop, log, i), daemon=True)
            for i in range(clients)
        ]
        for t in threads:
            t.start()
        time.sleep(seconds)
        stop.set()
        for t in threads:
            t.join(timeout=30)
        out.append({"clients": clients, **summary(log, seconds).get("callback", {})})
    return out


def run_unseen_stress(port, deps, seconds) -> list[dict]:
    """Closed loops sending main-view states never seen before: the knee of computed
    answers (the cache cannot help)."""
    searches = unseen_searches()[12_000:]  # not the states of the throughput phase
    lock = threading.Lock()

    def loop(stop, log, _i):
        unseen_loop(port, deps, stop, log, searches, lock)

    return run_levels((1, 2, 4, 8), loop, (), seconds)


def stress_rows(levels: list[dict]) -> list[str]:
    return [
        "| clients | req/s | p50 ms | p95 ms | p99 ms | errors | from cache |",
        "|---|---|---|---|---|---|---|",
        *[
            f"| {s['clients']} | {s.get('rps', 0):.1f} | {s.get('p50', 0):.0f} "
            f"| {s.get('p95', 0):.0f} | {s.get('p99', 0):.0f} | {s.get('errors', 0)} "
            f"| {s.get('hits', 0):.0%} |"
            for s in levels
        ],
    ]


def knee_line(levels: list[dict]) -> str:
    knee = max(
        (s for s in levels if s.get("p95", 1e9) <= 300), key=lambda s: s["rps"], default=None
    )
    return "Knee (highest rate with callback p95 ≤ 300 ms): " + (
        f"{knee['rps']:.0f} req/s at {knee['clients']} clients." if knee else "not reached."
    )


def run_stress(port, deps, paths, seconds) -> list[dict]:
    return run_levels((1, 2, 4, 8, 16, 32), stress_loop, (port, deps, paths), seconds)


def unseen_searches() -> list[str]:
    """Every distinct state of ``/`` over these choices (18,432), in a fixed random order:
    a run sends fewer, so each is computed, never answered from a cache."""
    import itertools

    sorts = ["", "&sort=name", "&sort=-value", "&sort=value", "&sort=-name", "&sort=type"]
    sels = ["", "AR01", "AR02", "AR05", "AR09", "AR12", "052", "061"]
    out = [
        f"?ind={ind}&ed={ed}&lvl={lvl}&cls={cls}&k={k}{sort}&sel={sel}"
        for ind, ed, lvl, cls, k, sort, sel in itertools.product(
            INDICATORS,
            ["atlas2019", "atlas2024"],
            ["spaces", "units"],
            ["quantiles", "equal_interval", "natural_breaks"],
            "3456",
            sorts,
            sels,
        )
    ]
    random.Random(7).shuffle(out)
    return out


def run_throughput(port: int, deps: list, seconds: int) -> dict:
    """wrk (1 thread, 8 connections): the no-op callback, the main view's callback for one
    state again and again (answered from the cache), and for states never seen (computed)."""
    import tempfile

    endpoint = f"http://127.0.0.1:{port}/_dash-update-component"
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        out["no-op callback"] = wrk_post(endpoint, NOOP, seconds, work)
        same = callback_payload(deps, "home-url.search", "?ind=unemployed&lvl=units")
        out["main view, one state (cached)"] = wrk_post(endpoint, same, seconds, work)
        bodies = [callback_payload(deps, "home-url.search", q) for q in unseen_searches()[:12_000]]
        out["main view, unseen states (computed)"] = wrk_rotating(endpoint, bodies, seconds, work)
    return out


def start_map_only(port: int) -> subprocess.Popen:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    env = {**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'bench'}"}
    proc = subprocess.Popen(
        [str(gunicorn), "bench.map_only_app:server", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(port, "/")
    return proc


def settled_times(page, changes: int) -> list[float]:
    """Indicator change on ``/`` until the whole view is settled: the map repainted, heading,
    ranking and table replaced, and no Dash component loading any more."""
    fills = FILLS_JS.replace("MAP", "home-map")
    probe = (
        "() => ({fills: (" + fills + ")(),"
        " heading: document.querySelector('#home-heading').textContent,"
        " bars: document.querySelector('#home-ranking .rank-label')?.textContent,"
        " table: document.querySelector('#home-table tbody')?.textContent})"
    )
    settled = (
        "(b) => { const n = (" + probe + ")();"
        " return n.fills !== b.fills && n.heading !== b.heading && n.bars !== b.bars"
        " && n.table !== b.table"
        " && !document.querySelector('[data-dash-is-loading=\"true\"]'); }"
    )
    times = []
    for i in range(changes):
        before = page.evaluate(probe)
        start = page.evaluate("() => performance.now()")
        page.select_option("#home-indicator", INDICATORS[(i + 1) % len(INDICATORS)])
        page.wait_for_function(settled, arg=before, polling="raf", timeout=15000)
        times.append(page.evaluate("() => performance.now()") - start)
        page.wait_for_timeout(100)
    return times


def run_browser(port: int, floor_port: int, changes: int) -> dict:
    """Headless chromium: the first visit of ``/`` (time until the map is drawn, bytes as
    sent), then the settled view after indicator changes against the map-only floor."""
    from playwright.sync_api import sync_playwright

    base = f"http://127.0.0.1:{port}"
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        sizes = {}
        cdp.on(
            "Network.loadingFinished",
            lambda e: sizes.__setitem__(e["requestId"], e["encodedDataLength"]),
        )
        start = time.perf_counter()
        page.goto(base + "/")
        page.wait_for_function(
            "() => document.querySelectorAll("
            "'#home-map .leaflet-overlay-pane path.leaflet-interactive').length >= 170"
        )
        out["first_map_ms"] = (time.perf_counter() - start) * 1000
        page.wait_for_load_state("networkidle")
        out["first_bytes"] = sum(sizes.values())
        out["first_requests"] = len(sizes)
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": False})
        page.goto(base + "/?lvl=units")
        page.wait_for_function(
            "() => document.querySelectorAll("
            "'#home-map .leaflet-overlay-pane path.leaflet-interactive').length === 170"
        )
        page.wait_for_timeout(500)
        settled_times(page, 3)  # warm-up
        out["settled"] = settled_times(page, changes)
        page.goto(base + "/?lvl=units&rows=all")  # the table with all 170 rows open
        page.wait_for_function(
            "() => document.querySelectorAll('#home-table tbody tr').length === 170"
        )
        page.wait_for_timeout(500)
        settled_times(page, 3)
        out["settled_all"] = settled_times(page, changes)
        page.goto(f"http://127.0.0.1:{floor_port}/")
        page.wait_for_function(
            "() => document.querySelectorAll('#bench-map path.leaflet-interactive').length === 170"
        )
        page.wait_for_timeout(500)
        options = [str(i) for i in range(8)]
        repaint_times(page, "bench-map", "opt", options, 3)  # warm-up
        out["floor"] = repaint_times(page, "bench-map", "opt", options, changes)
        browser.close()
    return out


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def wire_bytes(port: int) -> tuple[int, int]:
    """(uncompressed, as sent) bytes of the HTML of / and every script/stylesheet it names."""

    def get(path, encoding):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", path, headers={"Accept-Encoding": encoding} if encoding else {})
        r = conn.getresponse()
        data = r.read()
        conn.close()
        return data

    html = get("/", None).decode()
    paths = ["/", *re.findall(r'(?:src|href)="(/[^"]+\.(?:js|css))"', html)]
    raw = sum(len(get(p, None)) for p in paths)
    sent = sum(len(get(p, "gzip, br")) for p in paths)
    return raw, sent


def worker_rss(master_pid: int) -> list[int]:
    """RSS in MB of the master's child processes (the workers)."""
    out = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue
        if re.search(rf"^PPid:\s+{master_pid}$", text, re.M):
            m = re.search(r"^VmRSS:\s+(\d+) kB", text, re.M)
            if m:
                out.append(int(m.group(1)) // 1024)
    return sorted(out)


def memory_after_callbacks(port, deps, paths, master_pid, n=10_000) -> tuple[list, list]:
    before = worker_rss(master_pid)
    log = []
    client = Client(port, log)
    rng = random.Random(1)
    steps = [(p, d) for p in paths for d in url_callbacks(deps, p)]
    for _ in range(n):
        path, dep = rng.choice(steps)
        client.request(
            "callback", "POST", "/_dash-update-component", body(dep, SEARCHES[path](rng))
        )
    return before, worker_rss(master_pid)


def wait_for(port: int, path: str) -> None:
    for _ in range(240):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            Client(port, []).request("x", "GET", path)
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"gunicorn on port {port} did not start")


def start_server(port: int) -> subprocess.Popen:
    """The real app (plus one no-op callback for the throughput ratio) with the production
    settings of ``gunicorn.conf.py``."""
    gunicorn = Path(sys.executable).with_name("gunicorn")
    proc = subprocess.Popen(
        [str(gunicorn), "bench.noop_app:server", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port, "/daten")
    except SystemExit:
        proc.kill()
        raise
    return proc


def table(rows: dict) -> str:
    lines = [
        "| request | n | errors | req/s | p50 ms | p95 ms | p99 ms | from cache |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for kind, s in rows.items():
        cached = f"{s['hits']:.0%}" if kind.startswith("callback") else "–"
        lines.append(
            f"| {kind} | {s['n']} | {s['errors']} | {s['rps']:.1f} | {s['p50']:.0f} | "
            f"{s['p95']:.0f} | {s['p99']:.0f} | {cached} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--ramp", type=float, default=10.0, help="seconds until all arrived")
    parser.add_argument("--stress-seconds", type=int, default=10)
    parser.add_argument("--wrk-seconds", type=int, default=10)
    parser.add_argument("--changes", type=int, default=40, help="indicator changes (browser)")
    parser.add_argument("--memory-callbacks", type=int, default=10_000)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    port, floor_port = free_port(), free_port()
    proc = start_server(port)
    floor = start_map_only(floor_port)
    try:
        deps = json.loads(Client(port, []).request("x", "GET", "/_dash-dependencies"))
        paths = [
            p for p in SEARCHES if p in ("/", "/raum/AR01", "/daten") or url_callbacks(deps, p)
        ]
        raw, sent = wire_bytes(port)
        browser = run_browser(port, floor_port, args.changes)
        floor.send_signal(signal.SIGINT)
        throughput = run_throughput(port, deps, args.wrk_seconds) if shutil.which("wrk") else {}
        people = run_people(port, deps, paths, args.users, args.seconds, args.ramp)
        stress = run_stress(port, deps, paths, args.stress_seconds)
        unseen = run_unseen_stress(port, deps, args.stress_seconds)
        before, after = memory_after_callbacks(port, deps, paths, proc.pid, args.memory_callbacks)
    finally:
        for p in (proc, floor):
            p.send_signal(signal.SIGINT)
            p.wait(timeout=60)
    settled, floor_ms = browser["settled"], browser["floor"]
    settled_all = browser["settled_all"]
    noop = throughput.get("no-op callback", (0.0, 0.0))
    text = "\n".join(
        [
            "# Load figures",
            "",
            f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.node()} "
            f"({os.cpu_count()} cores, Python {platform.python_version()}), "
            "gunicorn with `gunicorn.conf.py` defaults, loopback only, the load generator on "
            "the same machine.",
            f"Command: `.venv/bin/python bench/load.py --users {args.users} "
            f"--seconds {args.seconds}`.",
            "",
            "## First visit to / in headless chromium",
            "",
            f"Map drawn {browser['first_map_ms']:.0f} ms after the request; "
            f"{browser['first_bytes'] / 1e6:.2f} MB over the wire in "
            f"{browser['first_requests']} requests (empty cache, brotli/gzip as the browser "
            "asks; HTML, scripts, styles, layout, callbacks and the map geometry).",
            f"Without a browser (HTML, scripts and styles named in the HTML only): "
            f"{raw / 1e6:.2f} MB uncompressed, {sent / 1e6:.2f} MB as sent.",
            "",
            f"## The whole view settled after an indicator change ({args.changes} changes)",
            "",
            "| | p50 ms | p95 ms |",
            "|---|---|---|",
            f"| `/` at 170 units: map, ranking, legend, table, texts | "
            f"{statistics.median(settled):.0f} | {pct(settled, 95):.0f} |",
            f"| floor: a map-only app, the same 170 units and style function | "
            f"{statistics.median(floor_ms):.0f} | {pct(floor_ms, 95):.0f} |",
            f"| `/?rows=all`: the same with the table's 170 rows open (the default shows 25) | "
            f"{statistics.median(settled_all):.0f} | {pct(settled_all, 95):.0f} |",
            "",
            f"Ratio of the p95: {pct(settled, 95) / pct(floor_ms, 95):.1f}x the floor "
            "(goal: at most 2x).",
            "",
            f"## Callback throughput (wrk, 1 thread, 8 connections, {args.wrk_seconds} s each)",
            "",
            "| callback | req/s | p50 ms | ratio to no-op |",
            "|---|---|---|---|",
            *[
                f"| {name} | {rps:.0f} | {p50:.1f} | {rps / noop[0]:.2f} |"
                for name, (rps, p50) in throughput.items()
            ],
            "",
            f"## {args.users} busy people for {args.seconds} s (pages: {', '.join(paths)})",
            "",
            f"They arrive spread over the first {args.ramp:.0f} s. "
            "Each opens a page (HTML, layout, dependencies, page content), then changes the view "
            '3–8 times with 0.5–2 s between changes. "from cache": answers served from the '
            "per-worker answer cache (`X-Cache: hit`).",
            "",
            table(people),
            "",
            "## Stress without pauses",
            "",
            "View changes of the busy people's pages (the states they visit, mostly cached):",
            "",
            *stress_rows(stress),
            "",
            knee_line(stress),
            "",
            "Main-view states never seen before (every answer computed):",
            "",
            *stress_rows(unseen),
            "",
            knee_line(unseen),
            "",
            "## Memory per worker (RSS)",
            "",
            f"After start: {before} MB; after {args.memory_callbacks:,} callbacks: {after} MB.",
            "",
        ]
    )
    print(text)
    if not args.no_write:
        RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
