"""Exports of the main view (``/``): map and ranking as images, the deck, the table.

Everything is built from the same cached ``MainModel`` as the page, from the state that the
page's own parser reads from the query, so an export shows exactly what the permalink shows.
"""

from __future__ import annotations

import copy
import time

import plotly.graph_objects as go

from ...data.bundle import Bundle
from ...figures.ranking import ranking_figure
from ...i18n import change_label, edition_year, format_date, format_value, pick, t
from ...models.main import MainModel, main_model
from ...models.table import sorted_rows, table_columns
from ...state.main import parse_state, state_query
from .. import deck
from ..decorate import (
    HEIGHT,
    WIDTH,
    Frame,
    export_line,
    render_framed,
    source_line,
    transcription_line,
)
from ..names import indicator_slug
from ..registry import (
    IMAGES,
    MIMETYPES,
    Context,
    Export,
    ViewRequest,
    ViewSpec,
    export_filename,
    register,
)
from ..render import render_image
from ..static_map import static_map_figure
from ..table import table_csv
from ..xlsx import Column, workbook_bytes

DECK_BARS = 15
"""Bars on the ranking slide (a slide stays readable; the table export has every area)."""


def model(bundle: Bundle, request: ViewRequest) -> MainModel:
    state, _ignored = parse_state(request.query, bundle)
    return main_model(bundle, state)


def permalink(vm: MainModel, base_url: str) -> str:
    query = state_query(vm.state, vm.bundle)
    return f"{base_url}/" + ("" if query == "?" else query)


def heading(vm: MainModel) -> str:
    lang = vm.state.lang
    label = pick(vm.entry, "label", lang)
    if vm.is_change:
        return f"{label} – {change_label(vm.older.edition, vm.entry.edition, lang)}"
    return label


def year(vm: MainModel) -> str:
    if vm.is_change:
        return f"{edition_year(vm.older.edition)}-{edition_year(vm.entry.edition)}"
    return edition_year(vm.entry.edition)


def subtitle(vm: MainModel) -> str:
    lang = vm.state.lang
    method = "diverging" if vm.is_change else vm.state.method
    parts = [
        t(f"level_{vm.state.level}", lang),
        f"{t('classes', lang)}: {t('method_' + method, lang)}",
    ]
    ref = vm.reference
    if ref.value is not None:
        label = (ref.label_en if lang == "en" else ref.label_de) or t("city", lang)
        parts.append(f"{label}: {format_value(ref.value, vm.unit, lang)}")
    if vm.state.area_filter != type(vm.state.area_filter)():
        parts.append(t("export_filtered", lang).format(n=len(vm.shown), total=len(vm.areas)))
    return " · ".join(parts)


def footer(vm: MainModel, ctx: Context) -> tuple[str, ...]:
    lang = vm.state.lang
    return (
        source_line(vm.entry, lang, vm.older),
        transcription_line(vm.entry, lang),
        export_line(ctx.now, permalink(vm, ctx.base_url), lang),
    )


def filename(vm: MainModel, part: str, ext: str) -> str:
    level = "raeume" if vm.state.level == "spaces" else "unterbezirke"
    filtered = "gefiltert" if vm.state.area_filter != type(vm.state.area_filter)() else ""
    word = indicator_slug(vm.state.indicator)
    return export_filename(word, year(vm), level, filtered, part=part, ext=ext)


# ------------------------------------------------------------------------- key numbers


def key_numbers(vm: MainModel) -> str:
    """The map's numbers in words: highest and lowest value, the city value, how many."""
    lang = vm.state.lang
    shown = vm.shown.dropna(subset=["value"])
    if shown.empty:
        return t(f"empty_{vm.empty_reason or 'no_values'}", lang)
    hi = shown.loc[shown.value.idxmax()]
    lo = shown.loc[shown.value.idxmin()]
    ref = vm.reference
    ref_text = ""
    if ref.value is not None:
        label = (ref.label_en if lang == "en" else ref.label_de) or t("city", lang)
        ref_text = f"; {label} {format_value(ref.value, vm.unit, lang)}"
    return t("notes_map", lang).format(
        label=heading(vm),
        hi=hi["name"],
        hi_value=format_value(hi.value, vm.unit, lang),
        lo=lo["name"],
        lo_value=format_value(lo.value, vm.unit, lang),
        ref=ref_text,
        n=len(shown),
        total=len(vm.shown),
    )


def ranking_words(vm: MainModel, top: int = 3) -> str:
    lang = vm.state.lang
    shown = vm.shown.dropna(subset=["value"]).head(top)
    if shown.empty:
        return key_numbers(vm)
    items = "; ".join(
        f"{int(r.rank)}. {r.name} ({format_value(r.value, vm.unit, lang)})"
        for r in shown.itertuples()
    )
    return t(f"notes_ranking_{vm.ranking_order}", lang).format(items=items, n=vm.n_ranked)


# ------------------------------------------------------------------------------ charts


def top_bars(fig: go.Figure, n: int, label_size: int = 17) -> go.Figure:
    """The ranking with only its first ``n`` bars (for a slide) and larger labels."""
    data = copy.deepcopy(fig.to_dict())
    bars = data["data"]
    if not bars or "y" not in bars[0]:
        return fig
    keep = set(bars[0]["y"][-n:])  # plotly draws the first rank at the top = last entry
    for trace in bars:
        idx = [i for i, y in enumerate(trace.get("y", [])) if y in keep]
        for key in ("x", "y", "customdata", "text"):
            if key in trace and isinstance(trace[key], (list, tuple)):
                trace[key] = [trace[key][i] for i in idx]
        err = trace.get("error_x")
        if err:
            for key in ("array", "arrayminus"):
                err[key] = [err[key][i] for i in idx]
        line = trace.get("marker", {}).get("line", {})
        if isinstance(line.get("width"), (list, tuple)):
            line["width"] = [line["width"][i] for i in idx]
        colour = trace.get("marker", {}).get("color")
        if isinstance(colour, (list, tuple)):
            trace["marker"]["color"] = [colour[i] for i in idx]
    layout = data["layout"]
    rows = len(keep)
    layout["height"] = 32 + 62 + 40 * max(rows, 3)
    layout["yaxis"]["tickfont"] = dict(size=label_size)
    layout["yaxis"]["ticklabelshift"] = -19
    layout["xaxis"]["tickfont"] = dict(size=14)
    layout["xaxis"]["title"]["font"] = dict(size=14)
    return go.Figure(data, skip_invalid=True)


def map_image(vm: MainModel, fmt: str, ctx: Context) -> bytes:
    frame = Frame(heading(vm), subtitle(vm), footer(vm, ctx))
    return render_framed(static_map_figure(vm), frame, fmt, ctx.timeout)


def ranking_image(vm: MainModel, fmt: str, ctx: Context) -> bytes:
    lang = vm.state.lang
    fig = ranking_figure(vm)
    frame = Frame(
        f"{t('ranking', lang)}: {heading(vm)}",
        f"{subtitle(vm)} · {t(f'ranking_means_{vm.ranking_order}', lang)}",
        footer(vm, ctx),
    )
    height = max(HEIGHT, int(fig.layout.height or 0) + 96 + 90)
    return render_framed(fig, frame, fmt, ctx.timeout, WIDTH, height)


# -------------------------------------------------------------------------------- deck


def _remaining(ctx: Context, started: float) -> float:
    return max(ctx.timeout - (time.monotonic() - started), 0.1)


def deck_slides(vm: MainModel, ctx: Context) -> list[deck.Slide]:
    lang = vm.state.lang
    started = time.monotonic()
    link = permalink(vm, ctx.base_url)
    note = "\n".join(
        x
        for x in (
            source_line(vm.entry, lang, vm.older),
            f"{t('export_exported', lang)} {format_date(ctx.now.date().isoformat(), lang)} · "
            f"{link}",
        )
        if x
    )
    map_png = render_image(static_map_figure(vm), "png", 1200, 560, 2.0, _remaining(ctx, started))
    ranking = top_bars(ranking_figure(vm), DECK_BARS)
    ranking_png = render_image(
        ranking, "png", 1100, int(ranking.layout.height or 600), 2.0, _remaining(ctx, started)
    )
    cut = (
        [t("deck_ranking_cut", lang).format(n=DECK_BARS, total=vm.n_ranked)]
        if vm.n_ranked > DECK_BARS
        else []
    )
    definition = pick(vm.entry, "definition", lang)
    return [
        deck.Slide(
            title=heading(vm),
            subtitle=subtitle(vm),
            lines=(
                definition,
                t("deck_cover_source", lang).format(
                    source=vm.entry.source,
                    date=format_date(vm.entry.reference_date, lang),
                    confidence=t(vm.entry.confidence, lang),
                ),
                link,
            ),
            footnote=note,
            notes=t("notes_cover", lang).format(label=heading(vm), level=subtitle(vm))
            + " "
            + key_numbers(vm),
            cover=True,
        ),
        deck.Slide(
            title=f"{t('deck_map', lang)}: {heading(vm)}",
            subtitle=subtitle(vm),
            image=map_png,
            footnote=note,
            notes=key_numbers(vm),
        ),
        deck.Slide(
            title=f"{t('ranking', lang)}: {heading(vm)}",
            subtitle=t(f"ranking_means_{vm.ranking_order}", lang),
            image=ranking_png,
            lines=tuple(cut),
            footnote=note,
            notes=ranking_words(vm),
        ),
    ]


# ------------------------------------------------------------------------------- table


def table_xlsx(vm: MainModel, ctx: Context) -> bytes:
    lang = vm.state.lang
    kinds = {"rank": "integer", "cls": "integer", "value": "precise", "old": "precise"}
    kinds["new"] = "precise"
    widths = {"name": 28, "note": 60, "space": 24, "value": 18}
    cols = table_columns(vm)
    columns = [Column(label, kinds.get(key, "text"), widths.get(key, 14)) for key, label in cols]
    rows = [[r.get(key) for key, _ in cols] for r in sorted_rows(vm)]
    return workbook_bytes(columns, rows, metadata(vm, ctx), lang, heading(vm))


def metadata(vm: MainModel, ctx: Context) -> list[tuple[str, str]]:
    lang = vm.state.lang
    rows = [
        (t("xlsx_view", lang), heading(vm)),
        (t("level", lang), t(f"level_{vm.state.level}", lang)),
    ]
    entries = [vm.older, vm.entry] if vm.is_change else [vm.entry]
    for e in entries:
        prefix = f"{edition_year(e.edition)}: " if vm.is_change else ""
        rows += [
            (prefix + t("xlsx_indicator", lang), f"{pick(e, 'label', lang)} ({e.indicator_id})"),
            (prefix + t("xlsx_definition", lang), pick(e, "definition", lang)),
            (prefix + t("xlsx_edition", lang), str(e.edition)),
            (prefix + t("reference_date", lang), format_date(e.reference_date, lang)),
            (prefix + t("xlsx_reference_note", lang), pick(e, "reference_date_note", lang)),
            (prefix + t("source", lang), str(e.source)),
            (prefix + t("xlsx_source_url", lang), str(e.source_url)),
            (prefix + t("transcription", lang), str(e.transcription or "")),
            (prefix + t("xlsx_licence", lang), pick(e, "licence", lang)),
            (prefix + t("confidence", lang), t(e.confidence, lang)),
            (prefix + t("caveats", lang), pick(e, "caveats", lang)),
            (prefix + t("xlsx_zero_rule", lang), pick(e, "zero_rule", lang)),
        ]
    ref = vm.reference
    label = (ref.label_en if lang == "en" else ref.label_de) or t("city", lang)
    rows += [
        (label, format_value(ref.value, vm.unit, lang)),
        (t("xlsx_reference_method", lang), (ref.method_en if lang == "en" else ref.method_de)),
        (t("xlsx_permalink", lang), permalink(vm, ctx.base_url)),
        (t("export_exported", lang), format_date(ctx.now.date().isoformat(), lang)),
    ]
    return [(k, "" if v is None else str(v)) for k, v in rows]


# ------------------------------------------------------------------------------- build


def build(bundle: Bundle, request: ViewRequest, part: str, fmt: str, ctx: Context) -> Export:
    vm = model(bundle, request)
    if part == "map":
        content = map_image(vm, fmt, ctx)
    elif part == "ranking":
        content = ranking_image(vm, fmt, ctx)
    elif part == "deck":
        content = deck.deck_bytes(deck_slides(vm, ctx), vm.state.lang)
    elif fmt == "csv":
        content = table_csv(vm).encode("utf-8")
    else:
        content = table_xlsx(vm, ctx)
    return Export(content, filename(vm, part, fmt), MIMETYPES[fmt])


SPEC = register(
    ViewSpec(
        name="main",
        pattern="/",
        parts={"map": IMAGES, "ranking": IMAGES, "deck": ("pptx",), "table": ("csv", "xlsx")},
        build=build,
        path_of=lambda args: "/",
    )
)
