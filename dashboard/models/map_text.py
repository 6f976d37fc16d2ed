"""Text alternatives of maps, generated from the data they show (pure; no Dash).

:func:`map_summary` says in a few sentences what a choropleth shows: the highest and lowest
areas with their values, the classification (method, number of classes, bounds), the coverage
(how many areas have a value, and which have none) and the source (source, reference date,
confidence). It takes plain inputs (names, values, class bounds, source fields), so every map
of the dashboard can call it: the main view, the profile, and later ``/index`` and
``/kulisse``. :func:`locator_summary` describes a locator map (where a space lies).

Both return the German and the English text: ``(de, en)``; numbers follow the language.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..i18n import LANGS, format_date, format_number, t, unit_suffix

TOP = 3
"""Areas named at each end."""
MAX_NAMES = 10
"""Areas without a value named before "and N more"."""


@dataclass(frozen=True)
class MapClasses:
    """A classification as the legend shows it: ``ranges`` are (low, high) per class, from
    the lowest class up; ``method_de``/``method_en`` name the method in plain words."""

    method_de: str
    method_en: str
    ranges: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class MapSource:
    """Where the numbers come from: ``reference_date`` as ISO date (empty: none is known),
    ``confidence`` one of ``high``, ``medium``, ``low`` (translated by the i18n table)."""

    source: str
    reference_date: str
    confidence: str


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _names(names: Sequence[str], lang: str, limit: int = MAX_NAMES) -> str:
    shown = ", ".join(names[:limit])
    rest = len(names) - limit
    return shown + (" " + t("maptext_more", lang).format(n=rest) if rest > 0 else "")


def _value(value: float, unit: str, lang: str, decimals: int) -> str:
    return format_number(value, lang, decimals) + unit_suffix(unit, lang)


def _extremes(pairs: list[tuple[str, float]], unit: str, lang: str, top: int, dec: int) -> str:
    """'Höchste Werte: A (45,2 %), B (40,1 %). Niedrigste Werte: …' (most first)."""
    if not pairs:
        return ""
    ranked = sorted(pairs, key=lambda p: (-p[1], p[0]))
    item = lambda p: f"{p[0]} ({_value(p[1], unit, lang, dec)})"  # noqa: E731
    if len(ranked) == 1:
        return t("maptext_only", lang).format(items=item(ranked[0]))
    n = min(top, len(ranked) // 2)
    high = ranked[:n]
    low = ranked[::-1][:n]
    return " ".join(
        [
            t("maptext_highest", lang).format(items=", ".join(map(item, high))),
            t("maptext_lowest", lang).format(items=", ".join(map(item, low))),
        ]
    )


def _classes(classes: MapClasses, unit: str, lang: str, dec: int) -> str:
    k = len(classes.ranges)
    ranges = "; ".join(
        t("maptext_class_item", lang).format(
            i=i,
            k=k,
            range=_span(lo, hi, lang, dec),
            unit=unit_suffix(unit, lang),
        )
        for i, (lo, hi) in enumerate(classes.ranges, 1)
    )
    method = classes.method_en if lang == "en" else classes.method_de
    return _end(t("maptext_classes", lang).format(method=method, k=k, ranges=ranges))


def _span(lo: float, hi: float, lang: str, dec: int) -> str:
    """'20,1–25,4'; with a negative bound '-8,0 bis -1,8' (a dash would read as a minus)."""
    sep = "–" if lo >= 0 else t("maptext_to", lang)
    return format_number(lo, lang, dec) + sep + format_number(hi, lang, dec)


def _end(text: str) -> str:
    """One full stop at the end ('… Pp.' keeps its own)."""
    return text if text.endswith(".") else text + "."


def source_sentence(source: MapSource, lang: str) -> str:
    """'Quelle: …, Stand 31.12.2023, Verlässlichkeit: mittel.'"""
    key = "maptext_source" if source.reference_date else "maptext_source_undated"
    return t(key, lang).format(
        source=source.source,
        date=format_date(source.reference_date, lang) if source.reference_date else "",
        confidence=t(source.confidence, lang),
    )


def map_summary(
    names: Sequence[str],
    values: Sequence[float | None],
    *,
    unit: str,
    source: MapSource,
    classes: MapClasses | None = None,
    title: tuple[str, str] | None = None,
    areas: tuple[str, str] | None = None,
    top: int = TOP,
    decimals: int = 1,
) -> tuple[str, str]:
    """The map's text alternative, ``(de, en)``.

    ``names`` and ``values`` are the areas the map shows (a missing value is None or NaN);
    ``unit`` an i18n unit (``percent``, ``pp``, ``years`` …); ``title`` an optional
    ``(de, en)`` lead ("what the map shows"); ``areas`` the plural of the areas as it follows
    "158 von 170 …" (German dative: ``("Unterbezirken", "units")``; default: areas).
    """
    if len(names) != len(values):
        raise ValueError(f"{len(names)} names but {len(values)} values")
    pairs = [(n, float(v)) for n, v in zip(names, values, strict=True) if not _missing(v)]
    without = [n for n, v in zip(names, values, strict=True) if _missing(v)]
    texts = []
    for i, lang in enumerate(LANGS):
        words = areas[i] if areas else t("maptext_areas", lang)
        coverage = t("maptext_coverage", lang).format(n=len(pairs), total=len(names), areas=words)
        if without:
            coverage += t("maptext_without", lang).format(
                m=len(without), names=_names(without, lang)
            )
        parts = [
            t("maptext_lead", lang).format(title=title[i]) if title else "",
            _extremes(pairs, unit, lang, top, decimals),
            _classes(classes, unit, lang, decimals) if classes and classes.ranges else "",
            _end(coverage),
            source_sentence(source, lang),
        ]
        texts.append(" ".join(p for p in parts if p))
    return texts[0], texts[1]


def locator_summary(
    name: str,
    district: str,
    members: Sequence[str],
    total: int,
    *,
    membership: tuple[str, str],
    source: MapSource | tuple[MapSource, MapSource],
    note: tuple[str, str] | None = None,
) -> tuple[str, str]:
    """A locator map's text alternative, ``(de, en)``: where the space lies, which of the
    ``total`` units it covers (by name), how they were assigned, and the geometry's source
    (one :class:`MapSource`, or one per language)."""
    texts = []
    for i, lang in enumerate(LANGS):
        parts = [
            t("maptext_locator", lang).format(
                name=name,
                district=district,
                n=len(members),
                total=total,
                members=_names(list(members), lang, limit=len(members)),
                membership=membership[i],
            ),
            note[i] if note else "",
            source_sentence(source[i] if isinstance(source, tuple) else source, lang),
        ]
        texts.append(" ".join(p for p in parts if p))
    return texts[0], texts[1]
