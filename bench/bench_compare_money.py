"""Per-interaction cost of /vergleich and /mittel (server side, pure code).

    .venv/bin/python bench/bench_compare_money.py [--repeat 20]

Times, p50 over ``--repeat`` runs: the matrix of one edition (first time, then from the
per-bundle cache), sorting it, the side-by-side table of three areas, the HTML of both tables,
the money model and its chart. Prints one line per step (milliseconds).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timing import timed

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.components.compare import matrix_html, side_html
from dashboard.data.bundle import load_bundle
from dashboard.figures.quadrant import quadrant_figure
from dashboard.models.compare import (
    matrix_cells,
    matrix_columns,
    matrix_model,
    side_by_side,
)
from dashboard.models.money import _money_model, money_model
from dashboard.state.compare import CompareState


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    repeat = parser.parse_args().repeat
    bundle = load_bundle()
    state = CompareState(("AR01", "AR09", "052"), "arbeit", "atlas2024", "-unemployed")

    def cold():
        matrix_cells.cache_clear()
        matrix_columns.cache_clear()
        matrix_model(bundle, state)

    def money_cold():
        _money_model.cache_clear()
        money_model(bundle, "children_u15_sgb2", "atlas2024")

    steps = {
        "matrix, uncached": cold,
        "matrix, cached + sort": lambda: matrix_model(bundle, state),
        "matrix HTML": lambda: matrix_html(matrix_model(bundle, state), state),
        "side by side (3 areas)": lambda: side_by_side(bundle, state),
        "side HTML": lambda: side_html(side_by_side(bundle, state), "de"),
        "money model, uncached": money_cold,
        "money model, cached": lambda: money_model(bundle, "children_u15_sgb2", "atlas2024"),
        "money chart": lambda: quadrant_figure(
            money_model(bundle, "children_u15_sgb2", "atlas2024"), "log", "de"
        ),
    }
    for name, fn in steps.items():
        print(f"{name:26s} {timed(fn, repeat):8.1f} ms")


if __name__ == "__main__":
    main()
