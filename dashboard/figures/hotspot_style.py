"""Colours of the hot-spot mode and the map's ``hideout`` for it (the format of
:func:`dashboard.figures.map_style.unit_hideout`, read by ``assets/map.js``).

:data:`CLUSTER_COLOURS` names the colour of each label as published (red = high, blue = low;
dark = cluster, light = outlier), ColorBrewer RdBu (colour-blind safe). Like the main map, the
map shows need: for an indicator where low values mean need (direction −1),
:func:`cluster_colour` swaps red and blue, so red is always high need. Light swatches do not
reach 3:1 against white on their own, so legend swatches carry :data:`SWATCH_BORDER`, which
does.
"""

from __future__ import annotations

import numpy as np

from ..data.classify import NO_DATA
from ..data.views import catalogue_entry
from ..i18n import format_date, format_number, t, unit_suffix
from ..models.hotspots import INDEX, HotspotView, cluster_labels
from .map_style import map_texts, short_source, space_texts

CLUSTER_COLOURS = {
    "HH": "#b2182b",  # dark red: high among high
    "LL": "#2166ac",  # dark blue: low among low
    "HL": "#f4a582",  # light red: high among low
    "LH": "#92c5de",  # light blue: low among high
    "ns": "#f0f0f0",  # light grey: no notable pattern
    "missing": NO_DATA,
}
SWATCH_BORDER = "#595959"
"""Border of every legend swatch (7:1 against white)."""


_SWAP = {"HH": "LL", "LL": "HH", "HL": "LH", "LH": "HL"}


def cluster_colour(cluster: str, direction: int) -> str:
    """The map's colour of a cluster label: red for high need (``direction`` −1 swaps)."""
    return CLUSTER_COLOURS[_SWAP.get(cluster, cluster) if direction < 0 else cluster]


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of a ``#rrggbb`` colour."""
    rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast_ratio(a: str, b: str = "#ffffff") -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def hotspot_hideout(
    view: HotspotView,
    lang: str,
    selected: list[str] | tuple[str, ...] = (),
    selection: str | None = None,
) -> dict:
    """The units layer's ``hideout`` for the hot-spot mode: a colour per unit with a value
    (its cluster), the raw value, and the cluster in words for the tooltip (``clusters``,
    read by ``assets/map.js`` when present); no ranks or classes. ``order`` (the keyboard's)
    runs from the highest need down. ``selected`` and ``selection`` mean what they mean in
    :func:`~dashboard.figures.map_style.unit_hideout`."""
    bundle = view.bundle
    table = view.result.table
    codes = table.code.tolist()
    values = table.value.to_numpy(dtype=float)
    clusters = table.cluster.tolist()
    p_fdr = table.p_fdr.tolist()
    labels = cluster_labels(view.direction, view.context, lang)
    present = (~np.isnan(values)).tolist()
    order = table[table.value.notna()].sort_values(
        "value", ascending=view.direction < 0, kind="stable"
    )
    cluster_text = {}
    for code, cluster, q in zip(codes, clusters, p_fdr, strict=True):
        text = t("hot_map_cluster", lang).format(label=labels[cluster])
        if q == q:
            text += " " + t("hot_map_p", lang).format(p=format_number(q, lang, 3))
        cluster_text[code] = text
    return {
        "level": "units",
        "lang": lang,
        "change": False,
        "colors": {
            code: cluster_colour(cluster, view.direction)
            for code, cluster, has in zip(codes, clusters, present, strict=True)
            if has
        },
        "pale": [],
        "paleColor": "#ffffff",
        "noData": CLUSTER_COLOURS["missing"],
        "values": {
            code: (round(float(v), 3) if has else None)
            for code, v, has in zip(codes, values.tolist(), present, strict=True)
        },
        "ranks": {},
        "classes": {},
        "classRanges": [],  # no value classes in this mode: the cluster names the area
        "ranges": {},
        "notes": {},
        "excluded": [],
        "n": int(sum(present)),
        "k": 0,
        "suffix": _suffix(view, lang),
        "source": _source(view, lang),
        "spaces": space_texts(bundle, lang),
        "text": map_texts(lang),
        "order": order.code.tolist(),
        "selected": list(selected),
        "selection": selection,
        "clusters": cluster_text,
    }


def _suffix(view: HotspotView, lang: str) -> str:
    if view.basis == INDEX:
        return t("hot_index_suffix", lang)
    return unit_suffix(catalogue_entry(view.bundle, view.basis, view.edition).unit, lang)


def _source(view: HotspotView, lang: str) -> str:
    """One short line: the source and its date ("own computation from …" for the index)."""
    entry = catalogue_entry(view.bundle, view.indicators[0], view.edition)
    text = t("map_source", lang).format(
        source=short_source(entry), date=format_date(entry.reference_date, lang)
    )
    return t("hot_map_source_index", lang).format(source=text) if view.basis == INDEX else text
