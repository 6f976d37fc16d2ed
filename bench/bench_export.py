"""Warm export timings per format (server side, in process): what a click on "Exportieren"
costs once the process has its Chromium.

    PYTHONPATH=. .venv/bin/python bench/bench_export.py [--repeat 5]

First one cold export (starts Chromium, builds the geometry), then the median of
``--repeat`` warm runs per export: the main view's map (PNG, SVG, PDF), its ranking (PNG),
the deck (PPTX), the table (XLSX, CSV), and a profile's deck. The view model is cached per
state (as in the app), so "warm" is the export itself. Prints one line per export
(milliseconds, bytes) and checks the target: warm PPTX of the main view under 3 s.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime
from pathlib import Path

from timing import timed

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.data.bundle import load_bundle
from dashboard.exports import render
from dashboard.exports.registry import build_export, resolve

MAIN = "/?ind=children_u15_sgb2"
CASES = [
    ("main map png", MAIN, "map", "png"),
    ("main map svg", MAIN, "map", "svg"),
    ("main map pdf", MAIN, "map", "pdf"),
    ("main ranking png", MAIN, "ranking", "png"),
    ("main deck pptx", MAIN, "deck", "pptx"),
    ("main table xlsx", MAIN, "table", "xlsx"),
    ("main table csv", MAIN, "table", "csv"),
    ("units map png", MAIN + "&lvl=units", "map", "png"),
    ("units deck pptx", MAIN + "&lvl=units", "deck", "pptx"),
    ("profile deck pptx", "/raum/AR01", "deck", "pptx"),
]
TARGET_MS = 3000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    repeat = parser.parse_args().repeat
    bundle = load_bundle()
    now = datetime.now()

    def run(url, part, fmt):
        return build_export(bundle, resolve(url), part, fmt, "http://127.0.0.1:8050", now)

    start = time.perf_counter()
    run(MAIN, "map", "png")
    print(f"{'cold map png (starts Chromium)':32s} {(time.perf_counter() - start) * 1000:8.0f} ms")
    results = {}
    for name, url, part, fmt in CASES:
        size = len(run(url, part, fmt).content)  # warms this state's model
        results[name] = timed(lambda u=url, p=part, f=fmt: run(u, p, f), repeat)
        print(f"{name:32s} {results[name]:8.0f} ms  {size:>10,} bytes")
    render._executor().submit(render._restart).result(timeout=30)
    ok = results["main deck pptx"] < TARGET_MS
    print(f"target: warm PPTX of the main view < {TARGET_MS} ms: {'ok' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
