"""Text alternatives of the existing views' maps and charts, from their view models (pure).

Each function returns ``(de, en)``; the page picks its language. The map texts go through
:func:`models.map_text.map_summary` / :func:`~models.map_text.locator_summary`; the chart
descriptions are one or two sentences naming the same numbers the chart draws.
"""

from __future__ import annotations

from functools import partial

import pandas as pd

from ..data.views import Reference
from ..i18n import LANGS, change_label, edition_year, format_number, pick, t, unit_suffix
from .main import MainModel
from .map_text import MapClasses, MapSource, locator_summary, map_summary

TOP = 3


def _source(entry) -> MapSource:
    return MapSource(str(entry.source), str(entry.reference_date), str(entry.confidence))


def _title(vm: MainModel, lang: str) -> str:
    label = pick(vm.entry, "label", lang)
    if vm.is_change and vm.older is not None:
        return f"{label} – {change_label(vm.older.edition, vm.entry.edition, lang)}"
    return f"{label} ({edition_year(str(vm.entry.edition))})"


def main_map_text(vm: MainModel) -> tuple[str, str]:
    """The main view's map as text: what the map colours, for the areas the filters keep."""
    shown = vm.shown
    c = vm.classification
    classes = None
    if c is not None:
        method = "diverging" if vm.is_change else vm.state.method
        de, en = (t(f"method_{method}", lang) for lang in LANGS)
        classes = MapClasses(de, en, tuple(c.ranges()))
    level = "units" if vm.state.level == "units" else "spaces"
    return map_summary(
        shown.name.tolist(),
        shown.value.tolist(),
        unit=vm.unit,
        source=_source(vm.entry),
        classes=classes,
        title=tuple(_title(vm, lang) for lang in LANGS),
        areas=tuple(t(f"maptext_{level}", lang) for lang in LANGS),
    )


def _value(value: float, unit: str, lang: str) -> str:
    return format_number(value, lang) + unit_suffix(unit, lang)


def _rank_item(r, unit: str, lang: str) -> str:
    return f"{int(r['rank'])}. {r['name']} ({_value(r.value, unit, lang)})"


def ranking_text(vm: MainModel, reference: Reference | None = None) -> tuple[str, str]:
    """The ranking chart in words: the first and last ranks with values, and the city."""
    ranked = vm.shown[vm.shown["rank"].notna()]
    reference = reference or vm.reference
    texts = []
    for lang in LANGS:
        if ranked.empty:
            texts.append(t("ranking_text_empty", lang))
            continue
        item = partial(_rank_item, unit=vm.unit, lang=lang)
        n = len(ranked)
        first = [r for _, r in ranked.head(TOP).iterrows()]
        tail = ranked.tail(TOP) if n > 2 * TOP else ranked.iloc[TOP:]
        last = [r for _, r in tail.iterrows()]
        order = "need" if vm.direction else "high"
        parts = [
            t("ranking_text", lang).format(
                n=n,
                order=t(f"ranking_text_{order}", lang),
                first=", ".join(map(item, first)),
            )
        ]
        if last:
            parts.append(t("ranking_text_last", lang).format(last=", ".join(map(item, last))))
        if reference.value is not None and reference.value == reference.value:
            label = (reference.label_en if lang == "en" else reference.label_de) or t("city", lang)
            parts.append(f"{label}: {_value(reference.value, vm.unit, lang)}.")
        texts.append(" ".join(parts))
    return texts[0], texts[1]


def spine_text(indicators: pd.DataFrame, name: str) -> tuple[str, str]:
    """The spine chart in words: for how many indicators the space lies outside the middle
    half of the 170 units, on which side, and how many have no value."""
    counts = indicators.position.value_counts()
    texts = []
    for lang in LANGS:
        parts = [
            f"{int(counts[pos])}× {t(f'spine_pos_{pos}', lang)}"
            for pos in ("worse", "similar", "better", "higher", "lower", "missing")
            if counts.get(pos, 0)
        ]
        texts.append(
            t("spine_text", lang).format(name=name, n=len(indicators), parts="; ".join(parts))
        )
    return texts[0], texts[1]


def profile_locator_text(space, members: pd.DataFrame, total: int) -> tuple[str, str]:
    """The profile's locator map in words (where the space lies, which units)."""
    conf = str(space.membership_confidence)
    dashed = space.type == "Aktionsquartier"
    return locator_summary(
        str(space["name"]),
        str(space.stadtbezirk),
        [f"{r.name} ({r.unit_code})" for r in members.itertuples()],
        total,
        membership=tuple(t(f"conf_{conf}", lang) for lang in LANGS),
        source=tuple(MapSource(t("maptext_geometry_source", lang), "", "high") for lang in LANGS),
        note=tuple(t("profile_locator_aq", lang) for lang in LANGS) if dashed else None,
    )


def _euros(amount: float, lang: str) -> str:
    number = format_number(amount, lang, 0)
    return f"€{number}" if lang == "en" else f"{number} €"


def money_text(spaces, unit: str) -> tuple[str, str]:
    """The quadrant chart in words: each space with a value and a counted amount (value,
    euros), and the spaces without a published amount of their own."""
    with_money = [s for s in spaces if s.funding is not None and s.value is not None]
    without = [s.name for s in spaces if s.funding is None]
    texts = []
    for lang in LANGS:
        items = ", ".join(
            f"{s.name} ({_value(s.value, unit, lang)}; {_euros(s.funding, lang)})"
            for s in sorted(with_money, key=lambda s: -s.funding)
        )
        texts.append(
            t("money_text", lang).format(
                n=len(with_money),
                items=items or "–",
                m=len(without),
                none=", ".join(without) or "–",
            )
        )
    return texts[0], texts[1]
