"""Load and stress figures of the production set-up, in one run; writes ``bench/RESULTS.md``.

    .venv/bin/python bench/load.py [--users 100] [--seconds 60] [--stress-seconds 10]

Starts ``gunicorn dashboard.app:server`` with ``gunicorn.conf.py`` (default workers and
threads) on a loopback port, then measures:

1. **Busy people**: ``--users`` simulated people for ``--seconds``. Each opens a page as a
   browser does (the HTML, ``/_dash-layout``, ``/_dash-dependencies``, the page-content
   callback), then changes the view one step at a time with 0.5–2 s between actions. A step
   is what the browser sends after a control changed the URL: every callback of the page
   whose input is the page's URL, with a new query. Requests/s and p50/p95/p99 per type.
2. **Stress without pauses**: closed loops of 1, 2, 4, … clients sending view changes, each
   level ``--stress-seconds``; the knee is the highest rate at which callback p95 ≤ 300 ms.
3. **Bytes over the wire** of a first visit to ``/`` (HTML and every script and stylesheet it
   names), uncompressed and as sent with ``Accept-Encoding: gzip, br``.
4. **Memory** (RSS) of each worker after start and after 10,000 callbacks.

Only loopback; no browser (the repaint figures are in ``bench_main_view.py``).
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
from bench_main_view import INDICATORS, free_port  # the same indicators and helper

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "RESULTS.md"
SEARCHES = {
    "/": lambda r: (
        f"?ind={r.choice(INDICATORS)}&ed={r.choice(['atlas2019', 'atlas2024'])}"
        f"&lvl={r.choice(['spaces', 'units'])}&k={r.choice('456')}"
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
        payload, ok = b"", False
        for attempt in range(2):  # like a browser: one retry on a closed keep-alive connection
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                ok = response.status < 400 or response.status == 204
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
        self.log.append((kind, time.perf_counter() - start, ok))
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


def pages_body(deps: list, path: str, search: str) -> dict | None:
    dep = next((d for d in deps if "_pages_content.children" in d["output"]), None)
    if dep is None:
        return None
    b = body(dep, path)
    b["inputs"][1]["value"] = search
    b["changedPropIds"] = ["_pages_location.pathname"]
    return b


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
        if pb:
            client.request("callback", "POST", "/_dash-update-component", pb)
        for _ in range(rng.randint(3, 8)):
            if stop.wait(rng.uniform(0.5, 2.0)):
                return
            search = SEARCHES[path](rng)
            for dep in url_callbacks(deps, path):
                client.request("callback", "POST", "/_dash-update-component", body(dep, search))


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
    out = {}
    for kind in sorted({k for k, _, _ in log}):
        times = sorted(t * 1000 for k, t, _ in log if k == kind)
        errors = sum(1 for k, _, ok in log if k == kind and not ok)
        q = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else times * 99
        out[kind] = {
            "n": len(times),
            "errors": errors,
            "rps": len(times) / seconds,
            "p50": q[49],
            "p95": q[94],
            "p99": q[98],
        }
    return out


def run_people(port, deps, paths, users, seconds) -> dict:
    log, stop = [], threading.Event()
    threads = [
        threading.Thread(target=person, args=(port, deps, paths, stop, log, i), daemon=True)
        for i in range(users)
    ]
    for t in threads:
        t.start()
        time.sleep(0.01)
    time.sleep(seconds)
    stop.set()
    for t in threads:
        t.join(timeout=30)
    return summary(log, seconds)


def run_stress(port, deps, paths, seconds) -> list[dict]:
    levels = []
    for clients in (1, 2, 4, 8, 16, 32):
        log, stop = [], threading.Event()
        threads = [
            threading.Thread(
                target=stress_loop, args=(port, deps, paths, stop, log, c), daemon=True
            )
            for c in range(clients)
        ]
        for t in threads:
            t.start()
        time.sleep(seconds)
        stop.set()
        for t in threads:
            t.join(timeout=30)
        s = summary(log, seconds).get("callback", {})
        levels.append({"clients": clients, **s})
    return levels


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


def start_server(port: int) -> subprocess.Popen:
    gunicorn = Path(sys.executable).with_name("gunicorn")
    proc = subprocess.Popen(
        [str(gunicorn), "dashboard.app:server", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(240):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            Client(port, []).request("x", "GET", "/daten")
            return proc
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("gunicorn did not start")


def table(rows: dict) -> str:
    lines = [
        "| request | n | errors | req/s | p50 ms | p95 ms | p99 ms |",
        "|---|---|---|---|---|---|---|",
    ]
    for kind, s in rows.items():
        lines.append(
            f"| {kind} | {s['n']} | {s['errors']} | {s['rps']:.1f} | {s['p50']:.0f} | "
            f"{s['p95']:.0f} | {s['p99']:.0f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--stress-seconds", type=int, default=10)
    parser.add_argument("--memory-callbacks", type=int, default=10_000)
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    port = free_port()
    proc = start_server(port)
    try:
        deps = json.loads(Client(port, []).request("x", "GET", "/_dash-dependencies"))
        paths = [
            p for p in SEARCHES if p in ("/", "/raum/AR01", "/daten") or url_callbacks(deps, p)
        ]
        raw, sent = wire_bytes(port)
        people = run_people(port, deps, paths, args.users, args.seconds)
        stress = run_stress(port, deps, paths, args.stress_seconds)
        before, after = memory_after_callbacks(port, deps, paths, proc.pid, args.memory_callbacks)
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
    knee = max(
        (s for s in stress if s.get("p95", 1e9) <= 300), key=lambda s: s["rps"], default=None
    )
    text = "\n".join(
        [
            "# Load figures",
            "",
            f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.node()} "
            f"({os.cpu_count()} cores, Python {platform.python_version()}), "
            "gunicorn with `gunicorn.conf.py` defaults, loopback only.",
            "Command: `.venv/bin/python bench/load.py "
            f"--users {args.users} --seconds {args.seconds}`.",
            "",
            f"## {args.users} busy people for {args.seconds} s (pages: {', '.join(paths)})",
            "",
            table(people),
            "",
            "## Stress without pauses (view changes only)",
            "",
            "| clients | req/s | p50 ms | p95 ms | p99 ms | errors |",
            "|---|---|---|---|---|---|",
            *[
                f"| {s['clients']} | {s.get('rps', 0):.1f} | {s.get('p50', 0):.0f} "
                f"| {s.get('p95', 0):.0f} | {s.get('p99', 0):.0f} | {s.get('errors', 0)} |"
                for s in stress
            ],
            "",
            "Knee (highest rate with callback p95 ≤ 300 ms): "
            + (
                f"{knee['rps']:.0f} req/s at {knee['clients']} clients." if knee else "not reached."
            ),
            "",
            "## First visit to / (HTML, scripts, stylesheets)",
            "",
            f"{raw / 1e6:.2f} MB uncompressed, {sent / 1e6:.2f} MB as sent with gzip/br accepted.",
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
