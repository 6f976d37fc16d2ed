"""Cost of the need index, its rank stability and the hot spots (pure layer, caches bypassed).

    PYTHONPATH=. .venv/bin/python bench/bench_index.py [--repeat 7] [--draws 1000]

The budget of the issue: rank stability with 1,000 weight draws × 170 units in ≤ 200 ms.
Prints the median time in ms over ``--repeat`` runs of:

- the index of the ``felder`` preset (170 units, normalise + weighted mean + ranks);
- the perturbation ranks alone (draws × 170, vectorised);
- the whole stability (chosen + 3 normalisations + draws + leave-one-out, percentiles);
- LISA of one indicator (queen weights cached, 999 permutations) and with cold weights.
"""

from __future__ import annotations

import argparse

import numpy as np
from timing import timed

from dashboard.analysis import hotspots, index, stability
from dashboard.analysis.index import compute_index, preset_spec
from dashboard.analysis.stability import perturbed_ranks
from dashboard.data.bundle import load_bundle


def _clear() -> None:
    for fn in (index._compute, index._need_matrix, stability._stability):
        fn.cache_clear()
    for fn in (hotspots._indicator, hotspots._index):
        fn.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--draws", type=int, default=1000)
    args = parser.parse_args()
    bundle = load_bundle()
    spec = preset_spec(bundle, "felder", "atlas2024")
    base = compute_index(bundle, spec)
    scored = base.table.score.notna().to_numpy()

    def cold_index():
        _clear()
        compute_index(bundle, spec)

    def draws_only():
        perturbed_ranks(base.normalised, base.weights, scored, args.draws, 2021)

    def cold_stability():
        _clear()
        stability.rank_stability(bundle, spec, args.draws, 2021)

    def lisa_warm_weights():
        _clear()
        hotspots.indicator_hotspots(bundle, "transfer_benefits", "atlas2024")

    def lisa_cold_weights():
        _clear()
        hotspots._queen.cache_clear()
        hotspots.indicator_hotspots(bundle, "transfer_benefits", "atlas2024")

    lisa_warm_weights()  # import esda once
    rows = [
        ("index, preset felder, 170 units (cold)", cold_index),
        (f"perturbation ranks, {args.draws} draws x 170 units", draws_only),
        (f"rank stability, {args.draws} draws + 3 normalisations + leave-one-out", cold_stability),
        ("LISA, 999 permutations, weights cached", lisa_warm_weights),
        ("LISA, 999 permutations, weights built", lisa_cold_weights),
    ]
    print(f"{'measure':<68} median ms")
    for label, fn in rows:
        print(f"{label:<68} {timed(fn, args.repeat):8.1f}")
    st = stability.rank_stability(bundle, spec, args.draws, 2021)
    width = np.nanmedian(st.table["max"] - st.table["min"])
    print(f"settings tried: {st.n_settings}; median full rank range: {width:.0f} places")


if __name__ == "__main__":
    main()
