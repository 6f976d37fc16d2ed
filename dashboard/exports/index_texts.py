"""Words of the ``/index`` exports (pure; no Dash): titles, subtitles, source lines, speaker
notes and the XLSX metadata of the need index and the hot spots, in German or English.

Every sentence is built from the page's models and the catalogue; numbers follow the
language (``3,13`` / ``3.13``).
"""

from __future__ import annotations

from datetime import datetime

from ..analysis.index import MIN_WEIGHT_SHARE
from ..analysis.stability import DEFAULT_DRAWS, DEFAULT_SEED, TOP
from ..data.views import catalogue_entry
from ..i18n import edition_year, format_date, format_number, pick, t
from ..models.hotspots import INDEX, HotspotView
from ..models.index import IndexModel, area_names, command_line, score_text
from ..state.index import IndexState

CONFIDENCE_ORDER = ("low", "medium", "high")
TOP_NOTES = 5
"""Areas named with their scores in the speaker notes."""


def _thousands(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", "." if lang == "de" else ",")


def worst_confidence(entries) -> str:
    values = [str(e.confidence) for e in entries]
    return min(values, key=lambda c: CONFIDENCE_ORDER.index(c) if c in CONFIDENCE_ORDER else 0)


def _distinct(values) -> list[str]:
    out: list[str] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def source_footer(entries, lang: str, own: bool = True, short: bool = False) -> tuple[str, ...]:
    """'Quelle: eigene Berechnung aus Stadt Dortmund … · Stand: 31.12.2023 · Verlässlichkeit:
    mittel' and (unless ``short``) a line naming each indicator with its own date."""
    entries = [getattr(e, "entry", e) for e in entries if e is not None]
    sources = "; ".join(_distinct(str(e.source) for e in entries))
    dates = ", ".join(_distinct(format_date(e.reference_date, lang) for e in entries))
    head = t("export_index_own_source", lang).format(source=sources) if own else sources
    lines = [
        f"{t('source', lang)}: {head} · {t('reference_date', lang)}: {dates} · "
        f"{t('confidence', lang)}: {t(worst_confidence(entries), lang)}"
    ]
    if not short and len(entries) > 1:
        lines.append(
            t("export_index_indicators", lang)
            + " "
            + "; ".join(f"{pick(e, 'label', lang)} ({t(e.confidence, lang)})" for e in entries)
        )
    return tuple(lines)


def provenance(entries, own: bool = True) -> dict[str, str]:
    """Columns appended to every CSV row (machine-readable, as the rest of that CSV)."""
    entries = [getattr(e, "entry", e) for e in entries]
    sources = "; ".join(_distinct(str(e.source) for e in entries))
    return {
        "source": ("own calculation from: " if own else "") + sources,
        "reference_date": "; ".join(_distinct(str(e.reference_date) for e in entries)),
        "confidence": worst_confidence(entries),
    }


# ---------------------------------------------------------------------------- the index


def index_title(vm: IndexModel) -> str:
    lang = vm.state.lang
    return t("export_index_title", lang).format(preset=t(f"index_preset_{vm.state.preset}", lang))


def index_subtitle(vm: IndexModel) -> str:
    lang = vm.state.lang
    return " · ".join(
        (
            f"{edition_year(vm.state.edition)}",
            t(f"level_{vm.state.level}", lang),
            t(f"index_norm_{vm.spec.normalise}", lang),
            t("export_index_k", lang).format(k=len(vm.spec.indicators)),
            t("export_index_not_official", lang),
        )
    )


def weights_line(vm: IndexModel) -> str:
    """'Gewichte: Kinder unter 15 … 2 (höher = mehr Bedarf); …' (a footer line)."""
    lang = vm.state.lang
    items = "; ".join(
        f"{i.label} {format_number(w, lang, 1).removesuffix(',0').removesuffix('.0')}"
        for i, w in zip(vm.chosen, vm.spec.weights, strict=True)
    )
    return f"{t('export_index_weights', lang)}: {items}"


def top_words(vm: IndexModel, n: int = TOP_NOTES) -> str:
    lang = vm.state.lang
    rows = vm.rows[vm.rows.score.notna()].head(n)
    items = "; ".join(
        f"{int(r.rank)}. {r.name} ({score_text(r.score, lang)})" for r in rows.itertuples()
    )
    return t("notes_index_top", lang).format(n=len(rows), items=items, total=vm.n_scored)


def always_words(vm: IndexModel) -> str:
    lang = vm.state.lang
    names = area_names(vm, vm.always_top)
    if names:
        return t("index_always_top", lang).format(top=TOP, names=", ".join(names))
    return t("index_always_top_none", lang).format(top=TOP)


def settings_words(vm: IndexModel) -> str:
    lang = vm.state.lang
    return t("index_settings", lang).format(
        n=_thousands(vm.stability.n_settings, lang),
        draws=_thousands(DEFAULT_DRAWS, lang),
        seed=DEFAULT_SEED,
        k=len(vm.spec.indicators),
    )


def rule_words(lang: str) -> str:
    return t("index_missing_rule", lang).format(
        share=format_number(MIN_WEIGHT_SHARE * 100, lang, 0)
    )


def index_notes(vm: IndexModel) -> dict[str, str]:
    """Speaker notes: the top areas with their scores, who is always in the top 5, the
    coverage rule, in words."""
    lang = vm.state.lang
    top, always, rule = top_words(vm), always_words(vm), rule_words(lang)
    missing = int(vm.rows.score.isna().sum())
    gaps = t("notes_index_missing", lang).format(n=missing) if missing else ""
    return {
        "cover": " ".join(
            x for x in (t("index_formula_words", lang), rule, gaps, top, always) if x
        ),
        "top": " ".join(x for x in (top, always, gaps) if x),
        "stability": " ".join((always, settings_words(vm))),
        "rule": rule,
    }


def index_metadata(vm: IndexModel, link: str, now: datetime) -> list[tuple[str, str]]:
    lang = vm.state.lang
    norm = vm.spec.normalise
    rows = [
        (t("xlsx_view", lang), index_title(vm)),
        (t("xlsx_edition", lang), str(vm.state.edition)),
        (t("export_level", lang), t(f"level_{vm.state.level}", lang)),
        (t("index_norm", lang), t(f"index_norm_{norm}", lang)),
        (t("export_norm_rule", lang), t(f"index_norm_explain_{norm}", lang)),
        (t("export_index_scale", lang), t(f"index_unit_{norm}", lang)),
        (
            t("index_method", lang),
            f"{t('index_formula_words', lang)} S_i = Σ_j w_j · x̃_ij / Σ_j w_j "
            f"{t('index_formula_symbols', lang)}",
        ),
        (t("export_missing_rule", lang), rule_words(lang)),
        (t("export_ties", lang), t("index_ties", lang)),
    ]
    for n, (ind, w) in enumerate(zip(vm.chosen, vm.spec.weights, strict=True), start=1):
        e = ind.entry
        direction = t("index_dir_up" if ind.direction > 0 else "index_dir_down", lang)
        rows.append(
            (
                f"{t('xlsx_indicator', lang)} {n}: {ind.label}",
                f"{ind.id} · {t('index_weight', lang)} {format_number(w, lang, 1)} · "
                f"{t('export_direction', lang)}: {direction} · "
                f"{t('source', lang)}: {e.source} ({e.source_url}) · "
                f"{t('reference_date', lang)}: {format_date(e.reference_date, lang)} · "
                f"{t('confidence', lang)}: {t(e.confidence, lang)} · "
                + t("index_coverage", lang).format(n=ind.n_values, total=ind.n_units),
            )
        )
    rows += [
        (t("export_stability", lang), settings_words(vm)),
        (t("export_always_top", lang), always_words(vm)),
        (t("export_own", lang), t("index_own", lang)),
        (t("export_command", lang), command_line(vm.spec)),
        (t("xlsx_permalink", lang), link),
        (t("export_exported", lang), format_date(now.date().isoformat(), lang)),
    ]
    return rows


# ------------------------------------------------------------------------- the hot spots


def hotspot_title(view: HotspotView, lang: str) -> str:
    from ..models.hotspots import in_language

    return t("export_hot_title", lang).format(label=in_language(view, lang).label)


def hotspot_subtitle(view: HotspotView, state: IndexState, lang: str) -> str:
    from ..models.hotspots import in_language

    head = in_language(view, lang).statement.partition(": ")[0]
    parts = [head, edition_year(view.edition), t("level_units", lang)]
    if view.basis == INDEX:
        parts.append(t(f"index_preset_{state.preset}", lang))
    return " · ".join(parts)


def cluster_words(view: HotspotView, lang: str) -> str:
    """'14 Unterbezirke: Hoch, Nachbarn hoch – Häufung hohen Bedarfs; …' (clusters only)."""
    from ..models.hotspots import cluster_labels

    labels = cluster_labels(view.direction, view.context, lang)
    items = []
    for cluster in ("HH", "LL", "HL", "LH"):
        n = view.counts[cluster]
        if n:
            count = t("hot_unit_count", lang) if n == 1 else t("hot_units_count", lang).format(n=n)
            items.append(f"{count}: {labels[cluster]}")
    if not items:
        return t("hot_no_local", lang)
    return t("notes_hot_counts", lang).format(items="; ".join(items))


def hotspot_deck_notes(view: HotspotView, lang: str) -> dict[str, str]:
    from ..models.hotspots import in_language

    v = in_language(view, lang)
    extra = " ".join(x for x in (v.combined, v.islands) if x)
    return {
        "cover": " ".join((v.statement, v.meaning)),
        "map": " ".join(x for x in (v.statement, cluster_words(v, lang), v.pockets, extra) if x),
    }


def hotspot_metadata(
    view: HotspotView, state: IndexState, link: str, now: datetime
) -> list[tuple[str, str]]:
    from ..models.hotspots import in_language

    lang = state.lang
    v = in_language(view, lang)
    rows = [
        (t("xlsx_view", lang), hotspot_title(v, lang)),
        (t("xlsx_edition", lang), str(v.edition)),
        (t("hot_statement_title", lang), v.statement),
        (t("export_hot_counts", lang), cluster_words(v, lang)),
        (t("export_hot_meaning", lang), v.meaning),
        (t("export_hot_pockets", lang), v.pockets),
        (t("index_method", lang), v.method),
        (t("export_level", lang), v.units_note),
    ]
    for extra in (v.combined, v.islands):
        if extra:
            rows.append((t("caveats", lang), extra))
    for n, ind in enumerate(v.indicators, start=1):
        e = catalogue_entry(v.bundle, ind, v.edition)
        rows.append(
            (
                f"{t('xlsx_indicator', lang)} {n}: {pick(e, 'label', lang)}",
                f"{ind} · {t('source', lang)}: {e.source} ({e.source_url}) · "
                f"{t('reference_date', lang)}: {format_date(e.reference_date, lang)} · "
                f"{t('confidence', lang)}: {t(e.confidence, lang)}",
            )
        )
    if v.basis == INDEX:
        weights = ", ".join(
            f"{i} {format_number(w, lang, 1)}"
            for i, w in zip(v.spec.indicators, v.spec.weights, strict=True)
        )
        rows += [
            (t("index_norm", lang), t(f"index_norm_{v.spec.normalise}", lang)),
            (t("export_index_weights", lang), weights),
            (t("export_missing_rule", lang), rule_words(lang)),
        ]
    rows += [
        (t("xlsx_permalink", lang), link),
        (t("export_exported", lang), format_date(now.date().isoformat(), lang)),
    ]
    return rows
