"""The hot-spot mode's view model: one LISA result with its labels and ready texts (no Dash).

The basis is either the need index (``"index"``: the LISA of the index scores on the 170
units) or one indicator of the spec's edition. Every sentence is built here from the result
and the catalogue (German and English via :mod:`dashboard.i18n`), so the page only places it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np

from ..analysis.hotspots import CLUSTERS, TOP_N, HotspotResult, index_hotspots, indicator_hotspots
from ..analysis.index import IndexError_, IndexSpec
from ..data.bundle import Bundle
from ..data.views import catalogue_entry, shared_with, value_index
from ..i18n import format_date, format_number, pick, t
from ..memo import per_bundle

INDEX = "index"
"""The basis value for the need index."""


@dataclass(frozen=True)
class HotspotView:
    bundle: Bundle = field(repr=False, compare=False)
    result: HotspotResult
    basis: str
    """``"index"`` or an indicator id."""
    label: str
    """The basis in words: the indicator's label, or "Bedarfsindex"."""
    direction: int
    """+1: high values = more need; −1: high values = less need. The index is +1; a context
    indicator (no need direction) is +1 with :attr:`context` set."""
    context: bool
    edition: str
    spec: IndexSpec
    """The index spec at the units level (for an indicator basis only its edition counts)."""
    indicators: tuple[str, ...]
    """The catalogue indicators behind the basis (one, or the index's)."""
    lang: str
    counts: dict[str, int]
    """Units per cluster, in :data:`CLUSTERS` order."""
    cluster_labels: dict[str, str]
    """Per cluster the legend's words (what it means for this basis)."""
    names: dict[str, str]
    """Unit code -> "Name (code, Stadtbezirk)" for tooltips and lists."""
    statement: str
    """Moran's I, its p-value and permutations, and what it says."""
    method: str
    """Queen contiguity, permutations and the Benjamini–Hochberg correction in plain words."""
    meaning: str
    """What high and low mean for this basis (direction)."""
    pockets: str
    """The isolated pockets among the highest-need units (or that there are none)."""
    combined: str | None
    """Caveat on units published as one combined area (None when there are none)."""
    shared: int
    """Units whose value the source published for a combined area."""
    islands: str | None
    units_note: str
    sources: tuple[str, ...]
    """One line per catalogue entry behind the basis: source, reference date, confidence."""


def hotspot_view(bundle: Bundle, basis: str, spec: IndexSpec, lang: str) -> HotspotView:
    """The view of ``basis`` (``"index"`` or an indicator id of ``spec.edition``).

    Raises :class:`IndexError_` (one line) for an unknown basis or a spec that cannot be
    computed."""
    if basis == INDEX:
        key_spec = replace(spec, level="units")
    else:
        if catalogue_entry(bundle, basis, spec.edition) is None:
            raise IndexError_(f"unknown indicator or edition: {basis!r} in {spec.edition!r}")
        key_spec = spec.edition
    return _view(bundle, (basis, key_spec, "en" if lang == "en" else "de"))


def in_language(view: HotspotView, lang: str) -> HotspotView:
    """The same view with its texts in ``lang`` (cached like any other)."""
    return view if lang == view.lang else hotspot_view(view.bundle, view.basis, view.spec, lang)


@per_bundle(maxsize=32)
def _view(bundle: Bundle, key) -> HotspotView:
    basis, key_spec, lang = key
    if basis == INDEX:
        spec = key_spec
        result = index_hotspots(bundle, spec)
        label = t("hot_index_label", lang)
        direction, context = 1, False
        indicators = list(spec.indicators)
        edition = spec.edition
    else:
        edition = key_spec
        result = indicator_hotspots(bundle, basis, edition)
        entry = catalogue_entry(bundle, basis, edition)
        label = pick(entry, "label", lang)
        raw = int(entry.direction)
        direction, context = (raw or 1), raw == 0
        indicators = [basis]
    table = result.table
    counts = {c: int((table.cluster == c).sum()) for c in CLUSTERS}
    names = unit_names(bundle)
    shared = shared_units(bundle, indicators, edition)
    return HotspotView(
        bundle=bundle,
        result=result,
        basis=basis,
        label=label,
        direction=direction,
        context=context,
        edition=edition,
        spec=key_spec if basis == INDEX else IndexSpec((), (), edition=edition),
        indicators=tuple(indicators),
        lang=lang,
        counts=counts,
        cluster_labels=cluster_labels(direction, context, lang),
        names=names,
        statement=statement_text(result, lang),
        method=method_text(result, lang),
        meaning=meaning_text(label, basis == INDEX, direction, context, lang),
        pockets=pockets_text(result, names, direction, context, lang),
        combined=combined_text(shared, basis == INDEX, lang),
        shared=shared,
        islands=islands_text(result, names, lang),
        units_note=units_note(result, basis == INDEX, lang),
        sources=tuple(source_lines(bundle, indicators, edition, lang)),
    )


# ------------------------------------------------------------------------------- texts


def unit_names(bundle: Bundle) -> dict[str, str]:
    u = bundle.units
    return {
        c: f"{n} ({c}, {sb})"
        for c, n, sb in zip(u.code, u.name, u.stadtbezirk.fillna(""), strict=True)
    }


def statement_text(result: HotspotResult, lang: str) -> str:
    """'Moran's I = 0,48 (p = 0,001, 999 Permutationen): …' in the language's number format."""
    head = t("hot_statement", lang).format(
        i=format_number(result.moran_i, lang, 2),
        p=format_number(result.p_value, lang, 3),
        n=result.permutations,
    )
    if result.p_value >= result.alpha:
        tail = t("hot_global_none", lang)
    elif result.moran_i > 0:
        tail = t("hot_global_positive", lang)
    else:
        tail = t("hot_global_negative", lang)
    return f"{head}: {tail}"


def method_text(result: HotspotResult, lang: str) -> str:
    return t("hot_method", lang).format(
        n=result.permutations,
        seed=result.seed,
        alpha=format_number(100 * result.alpha, lang, 0),
    )


_NEED = {
    # (cluster, direction) -> the need phrase; direction −1 turns high values into low need
    ("HH", 1): "hot_need_cluster_high",
    ("LL", 1): "hot_need_cluster_low",
    ("HL", 1): "hot_need_single_high",
    ("LH", 1): "hot_need_single_low",
    ("HH", -1): "hot_need_cluster_low",
    ("LL", -1): "hot_need_cluster_high",
    ("HL", -1): "hot_need_single_low",
    ("LH", -1): "hot_need_single_high",
}


def cluster_labels(direction: int, context: bool, lang: str) -> dict[str, str]:
    out = {}
    for c in CLUSTERS:
        text = t(f"hot_cl_{c}", lang)
        if not context and (c, direction) in _NEED:
            text += " – " + t(_NEED[(c, direction)], lang)
        out[c] = text
    return out


def meaning_text(label: str, is_index: bool, direction: int, context: bool, lang: str) -> str:
    if is_index:
        key = "hot_meaning_index"
    elif context:
        key = "hot_meaning_context"
    elif direction < 0:
        key = "hot_meaning_low"
    else:
        key = "hot_meaning_high"
    colours = t("hot_colours_values" if context else "hot_colours_need", lang)
    return " ".join((t("hot_meaning_clusters", lang), t(key, lang).format(label=label), colours))


def pockets_text(
    result: HotspotResult, names: dict[str, str], direction: int, context: bool, lang: str
) -> str:
    """The highest-need units that are in no cluster, named with their Stadtbezirk (or, when
    no unit is in a cluster or an outlier at all, that sentence instead)."""
    if not result.table.cluster.isin(["HH", "LL", "HL", "LH"]).any():
        return t("hot_no_local", lang)  # no cluster at all: "pockets" would mislead
    codes = result.isolated_high(direction)
    n_top = min(TOP_N, int(result.table.value.notna().sum()))
    which = t(
        "hot_top_context" if context else ("hot_top_low" if direction < 0 else "hot_top_high"),
        lang,
    ).format(n=n_top)
    if not codes:
        return t("hot_pockets_none", lang).format(top=which)
    key = ("hot_pockets_context" if context else "hot_pockets") + ("_1" if len(codes) == 1 else "")
    return t(key, lang).format(top=which, k=len(codes), names="; ".join(names[c] for c in codes))


def shared_units(bundle: Bundle, indicators: list[str], edition: str) -> int:
    """Units whose value (in any of ``indicators``) the source published for a combined area
    (note ``same_as:``)."""
    index = value_index(bundle)
    shared = np.zeros(len(index.codes), dtype=bool)
    for ind in indicators:
        same = np.array([bool(s) for s in shared_with(bundle, (ind,), edition)])
        shared |= ~np.isnan(index.column(ind, edition)[0]) & same
    return int(shared.sum())


def combined_text(shared: int, is_index: bool, lang: str) -> str | None:
    if not shared:
        return None
    return t("hot_combined_index" if is_index else "hot_combined", lang).format(n=shared)


def islands_text(result: HotspotResult, names: dict[str, str], lang: str) -> str | None:
    if not result.islands:
        return None
    return t("hot_islands", lang).format(names="; ".join(names[c] for c in result.islands))


def units_note(result: HotspotResult, is_index: bool, lang: str) -> str:
    total = len(result.table)
    text = t("hot_units", lang).format(n=result.n_units, total=total)
    if is_index:
        text += " " + t("hot_units_index", lang)
    return text


def source_lines(bundle: Bundle, indicators: list[str], edition: str, lang: str) -> list[str]:
    lines = []
    for ind in indicators:
        entry = catalogue_entry(bundle, ind, edition)
        if entry is None:
            continue
        lines.append(
            f"{pick(entry, 'label', lang)} – {t('source', lang)}: {entry.source} · "
            f"{t('reference_date', lang)}: {format_date(entry.reference_date, lang)} · "
            f"{t('confidence', lang)}: {t(entry.confidence, lang)}"
        )
    return lines
