"""Spatial pattern: global Moran's I and local indicators of spatial association (LISA).

Computed with PySAL (``libpysal`` for the weights, ``esda`` for the statistics), no Dash:

- **Weights**: queen contiguity between the 170 units (polygons that share an edge or a
  corner are neighbours), row-standardised. Units without a value are left out and the
  weights are built on the rest; a unit whose neighbours all lack values becomes an island
  and gets no local statistic (listed in ``islands``).
- **Permutations**: conditional permutations with a fixed seed: ``numpy.random.seed(seed)``
  for the global I, ``seed=`` for the local statistics; the same call gives the same
  figures.
- **Correction**: the local pseudo p-values are adjusted for the false discovery rate
  (Benjamini–Hochberg, ``scipy.stats.false_discovery_control``); a unit is in a cluster when
  its adjusted p-value is below ``alpha`` (0.05).
- **Labels** refer to the values as published (high = high value): ``HH`` high among high,
  ``LL`` low among low, ``HL`` high among low and ``LH`` low among high (spatial outliers),
  ``ns`` not significant, ``missing`` no value or no neighbour with a value.

Units that the source published as one combined area carry the same value; that raises
spatial autocorrelation a little and is said on the page.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.stats import false_discovery_control
from shapely.geometry import shape

from ..data.areas import area_arrays
from ..data.bundle import Bundle
from ..data.views import catalogue_entry, value_index
from ..memo import per_bundle
from .index import IndexError_, IndexSpec, compute_index

DEFAULT_PERMUTATIONS = 999
DEFAULT_SEED = 2021
ALPHA = 0.05
LABELS = {1: "HH", 2: "LH", 3: "LL", 4: "HL"}
"""esda's quadrant numbers (``Moran_Local.q``) and the labels used here."""
CLUSTERS = ("HH", "LL", "HL", "LH", "ns", "missing")
TOP_N = 10
"""Isolated pockets: units among the ``TOP_N`` highest values that are in no cluster."""


@dataclass(frozen=True)
class HotspotResult:
    moran_i: float
    p_value: float
    """Pseudo p-value of the global I from the permutations (one-sided, as esda reports)."""
    permutations: int
    seed: int
    alpha: float
    table: pd.DataFrame
    """One row per unit in bundle order: code, name, value, local_i, p_value, p_fdr,
    cluster (one of :data:`CLUSTERS`)."""
    islands: tuple[str, ...]
    n_units: int
    """Units that entered the statistics."""

    def isolated_high(self, direction: int = 1, top: int = TOP_N) -> list[str]:
        """Codes among the ``top`` highest-need values that are in no cluster (``ns``)."""
        t = self.table.dropna(subset=["value"])
        ordered = t.sort_values("value", ascending=direction < 0, kind="stable").head(top)
        return list(ordered.loc[ordered.cluster == "ns", "code"])


def polygons(bundle: Bundle) -> list:
    return list(_polygons(bundle, None))


@per_bundle(maxsize=2)
def _polygons(bundle: Bundle, _key) -> tuple:
    by_code = {
        f["properties"]["code"]: shape(f["geometry"]) for f in bundle.units_geojson["features"]
    }
    return tuple(by_code[c] for c in bundle.units.code)


def queen_weights(bundle: Bundle, codes: tuple[str, ...]):
    """Row-standardised queen weights over ``codes`` (a subset of the units, bundle order)."""
    return _queen(bundle, tuple(codes))


@per_bundle(maxsize=16)
def _queen(bundle: Bundle, codes: tuple[str, ...]):
    from libpysal.weights import Queen

    position = value_index(bundle).position
    polys = polygons(bundle)
    with warnings.catch_warnings():
        # libpysal warns about islands; they are reported in HotspotResult.islands instead
        warnings.simplefilter("ignore", UserWarning)
        w = Queen.from_iterable([polys[position[c]] for c in codes], ids=list(codes))
    w.transform = "r"
    return w


def lisa(
    bundle: Bundle,
    values: np.ndarray,
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: int = DEFAULT_SEED,
    alpha: float = ALPHA,
) -> HotspotResult:
    """Moran's I and LISA of ``values`` (one per unit, bundle order, NaN = missing)."""
    import esda

    index = value_index(bundle)
    codes_all = index.codes
    values = np.asarray(values, dtype=float)
    present = ~np.isnan(values)
    if present.sum() < 3:
        raise IndexError_("too few units with values for a spatial statistic")
    w = queen_weights(bundle, tuple(codes_all[present]))
    islands = set(w.islands)
    keep = np.array([c not in islands for c in codes_all[present]])
    codes = tuple(codes_all[present][keep])
    if len(codes) < 3:
        raise IndexError_("too few units with values for a spatial statistic")
    if islands:
        w = queen_weights(bundle, codes)
    y = values[present][keep]
    if np.ptp(y) == 0:
        raise IndexError_("all values are equal: no spatial pattern to test")
    with warnings.catch_warnings():
        # esda announces a future change of the default alternative hypothesis; the
        # current (directed) behaviour is the one documented above
        warnings.simplefilter("ignore", DeprecationWarning)
        np.random.seed(seed)
        glob = esda.Moran(y, w, permutations=permutations)
        loc = esda.Moran_Local(y, w, permutations=permutations, seed=seed, n_jobs=1)
    p_fdr = false_discovery_control(loc.p_sim, method="bh")
    n = len(codes_all)
    local_i = np.full(n, np.nan)
    p = np.full(n, np.nan)
    q = np.full(n, np.nan)
    cluster = np.full(n, "missing", dtype=object)
    pos = np.array([index.position[c] for c in codes])
    local_i[pos] = loc.Is
    p[pos] = loc.p_sim
    q[pos] = p_fdr
    cluster[pos] = np.where(p_fdr < alpha, [LABELS[int(k)] for k in loc.q], "ns")
    table = pd.DataFrame(
        {
            "code": codes_all,
            "name": index.units["name"],
            "value": values,
            "local_i": local_i,
            "p_value": p,
            "p_fdr": q,
            "cluster": cluster,
        }
    )
    return HotspotResult(
        moran_i=float(glob.I),
        p_value=float(glob.p_sim),
        permutations=int(permutations),
        seed=int(seed),
        alpha=alpha,
        table=table,
        islands=tuple(sorted(islands)),
        n_units=len(codes),
    )


def indicator_hotspots(
    bundle: Bundle,
    indicator: str,
    edition: str,
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: int = DEFAULT_SEED,
) -> HotspotResult:
    """LISA of one indicator edition on the units."""
    if catalogue_entry(bundle, indicator, edition) is None:
        raise IndexError_(f"unknown indicator or edition: {indicator!r} in {edition!r}")
    return _indicator(bundle, (indicator, edition, int(permutations), int(seed)))


@per_bundle(maxsize=32)
def _indicator(bundle: Bundle, key) -> HotspotResult:
    indicator, edition, permutations, seed = key
    values = area_arrays(bundle, indicator, edition, "units")["value"]
    return lisa(bundle, values, permutations, seed)


def index_hotspots(
    bundle: Bundle,
    spec: IndexSpec,
    permutations: int = DEFAULT_PERMUTATIONS,
    seed: int = DEFAULT_SEED,
) -> HotspotResult:
    """LISA of the need index's scores on the units (``spec.level`` must be ``units``)."""
    if spec.level != "units":
        raise IndexError_("hot spots are computed on the 170 units only")
    return _index(bundle, (spec, int(permutations), int(seed)))


@per_bundle(maxsize=32)
def _index(bundle: Bundle, key) -> HotspotResult:
    spec, permutations, seed = key
    scores = compute_index(bundle, spec).table.score.to_numpy(dtype=float)
    return lisa(bundle, scores, permutations, seed)


def _fmt(x: float, digits: int) -> str:
    return "" if x is None or np.isnan(x) else f"{x:.{digits}f}"


def statement_line(result: HotspotResult) -> str:
    return f"moran_i={result.moran_i:.6f} p={result.p_value:.6f} permutations={result.permutations}"


def hotspots_rows(result: HotspotResult) -> list[list[str]]:
    header = ["unit_code", "name", "value", "local_i", "p_value", "p_fdr", "cluster"]
    rows = [header]
    for r in result.table.itertuples(index=False):
        rows.append(
            [
                r.code,
                r.name,
                _fmt(r.value, 6),
                _fmt(r.local_i, 6),
                _fmt(r.p_value, 6),
                _fmt(r.p_fdr, 6),
                r.cluster,
            ]
        )
    return rows


def hotspots_csv(result: HotspotResult) -> str:
    from .tables import rows_to_csv

    buf = io.StringIO()
    buf.write(rows_to_csv(hotspots_rows(result), [statement_line(result)]))
    return buf.getvalue()
