"""Cost of one space profile (it is built once per page load, then cached per state).

    .venv/bin/python bench/bench_profile.py [--repeat 5]

Prints, for a cold model (cache cleared), a cached model, the spine figure and the whole page
layout: the median time in ms over ``--repeat`` runs for each of the 17 spaces, and the size
of the layout as JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics

import plotly
from timing import timed

from dashboard.app import app  # noqa: F401  (registers the pages)
from dashboard.figures.spine import spine_figure
from dashboard.models.profile import build_profile, profile_model, space_ids
from dashboard.pages import profile as page
from dashboard.services import current_bundle
from dashboard.state.profile import ProfileState


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    bundle = current_bundle()
    state = ProfileState()
    rows = {"model (cold)": [], "model (cached)": [], "spine figure": [], "page layout": []}
    size = []
    for sid in space_ids(bundle):
        rows["model (cold)"].append(
            timed(lambda s=sid: build_profile(bundle, s, state), args.repeat)
        )
        profile_model(bundle, (sid, state))
        rows["model (cached)"].append(
            timed(lambda s=sid: profile_model(bundle, (s, state)), args.repeat)
        )
        p = profile_model(bundle, (sid, state))
        rows["spine figure"].append(timed(lambda p=p: spine_figure(p, "de"), args.repeat))
        rows["page layout"].append(timed(lambda s=sid: page.layout(space_id=s), args.repeat))
        layout = page.layout(space_id=sid)
        size.append(len(json.dumps(layout, cls=plotly.utils.PlotlyJSONEncoder)))
    for name, values in rows.items():
        print(f"{name:16} median {statistics.median(values):7.1f} ms  max {max(values):7.1f} ms")
    print(
        f"layout JSON      median {statistics.median(size) / 1024:7.1f} KB  "
        f"max {max(size) / 1024:.1f} KB"
    )


if __name__ == "__main__":
    main()
