"""Cost of one /index interaction on the server (in process, no HTTP).

    PYTHONPATH=. .venv/bin/python bench/bench_index_page.py [--repeat 9]

Prints the median time in ms over ``--repeat`` runs of:

- a weight change with cold caches (index + 1,000-draw stability + charts + table + map
  hideout: what ``update_views`` computes for a setting not seen before);
- the same view again (model cached: only the components are built);
- the hot-spot mode of the index with cold caches (LISA, 999 permutations);
- the size of the views' JSON (what one change sends to the browser).
"""

from __future__ import annotations

import argparse
import json

import plotly
from timing import timed

from dashboard.analysis import hotspots, index, stability
from dashboard.app import app  # noqa: F401  (sets the data store)
from dashboard.components.index_view import render
from dashboard.models import index as index_model
from dashboard.models import index_hotspots
from dashboard.services import current_bundle
from dashboard.state.index import parse_state


def _clear() -> None:
    for fn in (
        index._compute,
        index._need_matrix,
        stability._stability,
        hotspots._index,
        index_model._model,
        index_hotspots._model,
    ):
        fn.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    bundle = current_bundle()
    state = parse_state("?w=2,1,3,2", bundle)[0]
    hs = parse_state("?w=2,1,3,2&mode=hotspots", bundle)[0]
    render(bundle, state)
    render(bundle, hs)

    def cold(s):
        def run():
            _clear()
            render(bundle, s)

        return run

    print(f"weight change, cold caches: {timed(cold(state), args.repeat):7.1f} ms")
    warm = timed(lambda: render(bundle, state), args.repeat)
    print(f"same view, model cached:    {warm:7.1f} ms")
    print(f"hot spots of the index, cold: {timed(cold(hs), args.repeat):5.1f} ms")
    parts = render(bundle, state)
    size = len(json.dumps(list(parts.values()), cls=plotly.utils.PlotlyJSONEncoder))
    print(f"views JSON per change:      {size / 1024:7.1f} KB")


if __name__ == "__main__":
    main()
