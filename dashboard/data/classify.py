"""Class breaks (mapclassify) and colour-blind-safe palettes where the dark end means need."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import mapclassify
import numpy as np
import pandas as pd

METHODS = ("quantiles", "equal_interval", "natural_breaks", "std_mean", "manual")
K_RANGE = (3, 7)

# ColorBrewer sequential schemes (Cynthia Brewer, colorbrewer2.org; colour-blind safe)
YL_OR_RD = {
    3: ["#ffeda0", "#feb24c", "#f03b20"],
    4: ["#ffffb2", "#fecc5c", "#fd8d3c", "#e31a1c"],
    5: ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"],
    6: ["#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#f03b20", "#bd0026"],
    7: ["#ffffb2", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#b10026"],
}
BLUES = {
    3: ["#deebf7", "#9ecae1", "#3182bd"],
    4: ["#eff3ff", "#bdd7e7", "#6baed6", "#2171b5"],
    5: ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"],
    6: ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c"],
    7: ["#eff3ff", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#084594"],
}
# ColorBrewer diverging schemes for change (odd class counts; middle class holds zero)
RD_BU = {
    3: ["#ef8a62", "#f7f7f7", "#67a9cf"],
    5: ["#ca0020", "#f4a582", "#f7f7f7", "#92c5de", "#0571b0"],
    7: ["#b2182b", "#ef8a62", "#fddbc7", "#f7f7f7", "#d1e5f0", "#67a9cf", "#2166ac"],
}
PU_OR = {
    3: ["#f1a340", "#f7f7f7", "#998ec3"],
    5: ["#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99"],
    7: ["#b35806", "#f1a340", "#fee0b6", "#f7f7f7", "#d8daeb", "#998ec3", "#542788"],
}
STD_MULTIPLES = {k: tuple(i - k / 2 for i in range(1, k)) for k in range(3, 8)}
"""Class breaks in standard deviations around the city reference, by class count: every
inner class is one standard deviation wide (k=5: -1.5, -0.5, 0.5, 1.5), so the middle class
holds the areas within half a standard deviation of the city. Outer classes that no area
reaches are dropped (the legend counts the classes that remain)."""
NO_DATA = "#d9d9d9"
"""Fill of units without a value (hatched in the map's style function)."""


@dataclass(frozen=True)
class Classification:
    method: str
    lower: float
    """Smallest value; class i covers (bins[i-1], bins[i]], class 0 covers [lower, bins[0]]."""
    bins: tuple[float, ...]
    counts: tuple[int, ...]
    colors: tuple[str, ...]

    @property
    def k(self) -> int:
        return len(self.bins)

    def ranges(self) -> list[tuple[float, float]]:
        lows = (self.lower, *self.bins[:-1])
        return list(zip(lows, self.bins, strict=True))


def palette(direction: int, k: int) -> list[str]:
    """Colours from light to dark: need palette for need indicators, blue for context.

    The caller orders classes so that the darkest colour is the most need (see
    :func:`class_colors`)."""
    k = min(max(k, K_RANGE[0]), K_RANGE[1])
    return list((YL_OR_RD if direction else BLUES)[k])


def class_breaks(
    values: pd.Series,
    method: str = "quantiles",
    k: int = 5,
    direction: int = 1,
    manual: list[float] | None = None,
    reference: float | None = None,
) -> Classification | None:
    """Classify the non-missing ``values`` with mapclassify; None when there are none.

    ``std_mean`` puts the breaks at multiples of the standard deviation around
    ``reference`` (the city value) when given, else around the mean.
    """
    y = pd.to_numeric(values, errors="coerce").dropna().to_numpy(dtype=float)
    if y.size == 0:
        return None
    k = int(min(max(k, K_RANGE[0]), K_RANGE[1]))
    distinct = len(np.unique(y))
    k = min(k, distinct) if distinct > 1 else 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # mapclassify warns when ties reduce k; we read its bins
        if k == 1:
            bins = np.array([y.max()])
        elif method == "equal_interval":
            bins = mapclassify.EqualInterval(y, k=k).bins
        elif method == "natural_breaks":
            bins = mapclassify.FisherJenks(y, k=k).bins
        elif method == "std_mean":
            center = y.mean() if reference is None else reference
            multiples = STD_MULTIPLES[max(k, 3)]
            edges = [center + m * y.std() for m in multiples]
            bins = mapclassify.UserDefined(y, [e for e in edges if e < y.max()]).bins
        elif method == "manual" and manual:
            bins = mapclassify.UserDefined(y, sorted(manual)).bins
        else:
            bins = mapclassify.Quantiles(y, k=k).bins
    bins = np.unique(np.asarray(bins, dtype=float))
    bins = bins[bins >= y.min()] if (bins >= y.min()).any() else bins
    top = float(y.max())
    if np.isclose(bins[-1], top, rtol=0, atol=1e-9) or bins[-1] > top:
        bins = np.append(bins[bins < top - 1e-9], top)  # the last class ends at the maximum
    else:
        bins = np.append(bins, top)
    n = len(bins)
    colors = palette(direction, n)[:n] if n >= 3 else palette(direction, 3)[-n:]
    if direction < 0:
        colors = colors[::-1]
    return _classification(method, y, bins, colors)


def _classification(method: str, y: np.ndarray, bins, colors) -> Classification:
    bins = np.asarray(bins, dtype=float)
    counts = np.bincount(np.searchsorted(bins, y, side="left"), minlength=len(bins))
    return Classification(
        method=method,
        lower=float(y.min()),
        bins=tuple(float(b) for b in bins),
        counts=tuple(int(c) for c in counts[: len(bins)]),
        colors=tuple(colors),
    )


def diverging_breaks(
    values: pd.Series, k: int = 5, direction: int = 1, method: str = "quantiles"
) -> Classification | None:
    """Symmetric classes around zero for a change between editions.

    The middle class holds zero. The cut-offs are mirrored: they come from classifying the
    absolute changes with ``method`` (equal intervals: equal widths up to the largest
    change). Red means change towards more need (an increase when higher means need), blue
    towards less; purple/orange for context indicators.
    """
    y = pd.to_numeric(values, errors="coerce").dropna().to_numpy(dtype=float)
    if y.size == 0:
        return None
    k = int(min(max(k, 3), 7))
    k = k if k % 2 else k + 1
    half = k // 2
    m = float(np.abs(y).max()) or 1.0
    if method == "equal_interval" or len(np.unique(np.abs(y))) <= half + 1:
        cuts = [m * (2 * i + 1) / k for i in range(half)]
    else:
        magnitude = class_breaks(
            pd.Series(np.abs(y)), method if method != "manual" else "quantiles", half + 1
        )
        cuts = [b for b in magnitude.bins[:-1] if 0 < b < m][:half]
        cuts = cuts if len(cuts) == half else [m * (2 * i + 1) / k for i in range(half)]
    bins = [-c for c in reversed(cuts)] + list(cuts) + [m]
    scheme = (PU_OR if direction == 0 else RD_BU)[k]
    colors = scheme[::-1] if direction > 0 else scheme
    c = _classification("diverging", y, bins, colors)
    return Classification(c.method, min(-m, float(y.min())), c.bins, c.counts, c.colors)


def assign_classes(values: pd.Series, classification: Classification | None) -> pd.Series:
    """Class index per value (0 = lowest values); -1 where the value is missing."""
    out = pd.Series(-1, index=values.index, dtype=int)
    if classification is None:
        return out
    present = values.notna()
    idx = np.searchsorted(np.asarray(classification.bins), values[present].to_numpy(), "left")
    out[present] = np.minimum(idx, classification.k - 1)
    return out


def class_colors(values: pd.Series, classification: Classification | None) -> pd.Series:
    """Fill colour per value; :data:`NO_DATA` where missing."""
    classes = assign_classes(values, classification)
    if classification is None:
        return pd.Series(NO_DATA, index=values.index)
    lookup = dict(enumerate(classification.colors))
    return classes.map(lambda c: lookup.get(c, NO_DATA))
