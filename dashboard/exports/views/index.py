"""Exports of the need-index page (``/index``) in both of its modes.

The state is read by the page's own parser (``state.index.parse_state``, ``mode`` included)
and everything comes from the page's cached models (``models.index``, ``models.hotspots``)
with the page's draws and seed, so an export shows exactly what the permalink shows.

* index mode: ``map``, ``ranking`` (the score bars), ``stability`` (the rank intervals),
  ``deck``, ``table`` (CSV: the page's CSV download, i.e. what ``python -m
  dashboard.analysis index`` prints, with source, reference date and confidence appended
  to every row; XLSX: the page's table with a metadata sheet);
* hot-spot mode: ``map`` (the clusters), ``deck``, ``table`` (the hot-spot CSV, likewise).
  A chart the mode does not show is a one-line request error (HTTP 400).
"""

from __future__ import annotations

import time

from ...analysis.hotspots import hotspots_rows
from ...analysis.index import IndexError_
from ...analysis.stability import DEFAULT_DRAWS, DEFAULT_SEED
from ...analysis.tables import index_rows, rows_to_csv
from ...data.bundle import Bundle
from ...figures.index_ranking import ranking_figure
from ...figures.stability import stability_figure
from ...i18n import edition_year, format_number, t
from ...models.hotspots import INDEX, HotspotView, hotspot_view
from ...models.index import IndexModel, index_model
from ...state.index import IndexState, parse_state, state_query
from .. import deck
from ..deck_body import Body, deck_with_bodies, pages
from ..decorate import HEIGHT, WIDTH, Frame, export_line, render_framed
from ..index_map import hotspot_map_figure, index_map_figure
from ..index_texts import (
    hotspot_deck_notes,
    hotspot_metadata,
    hotspot_subtitle,
    hotspot_title,
    index_metadata,
    index_notes,
    index_subtitle,
    index_title,
    provenance,
    source_footer,
    weights_line,
)
from ..names import indicator_slug
from ..registry import (
    IMAGES,
    MIMETYPES,
    Context,
    Export,
    ExportRequestError,
    ViewRequest,
    ViewSpec,
    export_filename,
    register,
    slug,
)
from ..render import render_image
from ..xlsx import Column, workbook_bytes

INDEX_PARTS = ("map", "ranking", "stability", "deck", "table")
HOTSPOT_PARTS = ("map", "deck", "table")
PART_WORDS = {"map": "karte", "ranking": "rangfolge", "stability": "rangstabilitaet"}


def parse(bundle: Bundle, request: ViewRequest) -> IndexState:
    return parse_state(request.query, bundle)[0]


def permalink(state: IndexState, bundle: Bundle, base_url: str) -> str:
    return f"{base_url}/index{state_query(state, bundle)}"


def index_of(bundle: Bundle, state: IndexState) -> IndexModel:
    try:
        return index_model(bundle, state)
    except IndexError_ as exc:
        raise ExportRequestError(f"the need index cannot be computed: {exc}") from None


def hotspots_of(bundle: Bundle, state: IndexState) -> HotspotView:
    try:
        return hotspot_view(bundle, state.hotspot, state.spec("units"), state.lang)
    except IndexError_ as exc:
        raise ExportRequestError(f"the hot spots cannot be computed: {exc}") from None


# ---------------------------------------------------------------------------- file names


def index_filename(state: IndexState, part: str, ext: str) -> str:
    preset = "eigene" if state.preset == "custom" else state.preset
    level = "raeume" if state.level == "spaces" else "unterbezirke"
    return export_filename(
        "bedarfsindex",
        preset,
        edition_year(state.edition),
        level,
        PART_WORDS.get(part, ""),
        ext=ext,
    )


def hotspot_filename(state: IndexState, part: str, ext: str) -> str:
    if state.hotspot == INDEX:
        preset = "eigene" if state.preset == "custom" else slug(state.preset)
        basis = f"bedarfsindex-{preset}"
    else:
        basis = indicator_slug(state.hotspot)
    return export_filename(
        "hotspots", basis, edition_year(state.edition), PART_WORDS.get(part, ""), ext=ext
    )


# ------------------------------------------------------------------------------ images


def _remaining(ctx: Context, started: float) -> float:
    return max(ctx.timeout - (time.monotonic() - started), 0.1)


def index_frame(bundle, vm: IndexModel, ctx: Context, title: str = "") -> Frame:
    lang = vm.state.lang
    link = permalink(vm.state, bundle, ctx.base_url)
    return Frame(
        title or index_title(vm),
        index_subtitle(vm),
        (weights_line(vm), *source_footer(vm.chosen, lang), export_line(ctx.now, link, lang)),
    )


def chart_image(bundle, vm: IndexModel, part: str, fmt: str, ctx: Context) -> bytes:
    lang = vm.state.lang
    which = t(f"index_top_{vm.state.level}", lang)
    if part == "ranking":
        fig, title, top = ranking_figure(vm), t("export_index_ranking", lang), 110
    else:
        fig, title, top = stability_figure(vm), t("export_index_stability", lang), 120
    fig.update_layout(
        font=dict(size=15), yaxis=dict(tickfont=dict(size=15)), legend=dict(font=dict(size=13))
    )
    fig.update_xaxes(tickfont=dict(size=13), title_font=dict(size=14))
    height = max(HEIGHT, int(fig.layout.height or 0) + top + 130)
    frame = index_frame(bundle, vm, ctx, f"{title} – {index_title(vm)}")
    frame = Frame(frame.title, f"{which} · {frame.subtitle}", (*tie_lines(vm), *frame.footer))
    return render_framed(fig, frame, fmt, ctx.timeout, WIDTH, height, top)


def hotspot_frame(bundle, state: IndexState, view: HotspotView, ctx: Context) -> Frame:
    lang = state.lang
    link = permalink(state, bundle, ctx.base_url)
    return Frame(
        hotspot_title(view, lang),
        hotspot_subtitle(view, state, lang),
        (*view_sources(view, lang), export_line(ctx.now, link, lang)),
    )


def view_sources(view: HotspotView, lang: str) -> tuple[str, ...]:
    from ...data.views import catalogue_entry

    entries = [catalogue_entry(view.bundle, i, view.edition) for i in view.indicators]
    return source_footer(entries, lang, own=view.basis == INDEX)


def tie_lines(vm: IndexModel) -> tuple[str, ...]:
    """The page's note when areas beyond the chart share the last shown rank."""
    rank, n = vm.tied_beyond_top
    return (t("index_ties_beyond", vm.state.lang).format(rank=rank, n=n),) if n else ()


# -------------------------------------------------------------------------------- decks


def _slide_chart(fig, ctx: Context, started: float) -> bytes:
    """A chart for a slide: larger type, as wide as the slide's body is (about 2.3:1)."""
    fig.update_layout(
        font=dict(size=16), yaxis=dict(tickfont=dict(size=17)), legend=dict(font=dict(size=15))
    )
    fig.update_xaxes(tickfont=dict(size=15), title_font=dict(size=15))
    height = int(fig.layout.height or 600)
    return render_image(fig, "png", int(height * 2.3), height, 1.6, _remaining(ctx, started))


def index_deck(bundle, vm: IndexModel, ctx: Context) -> bytes:
    lang = vm.state.lang
    started = time.monotonic()
    link = permalink(vm.state, bundle, ctx.base_url)
    foot = "\n".join([" · ".join(source_footer(vm.chosen, lang, short=True)), link])
    notes = index_notes(vm)
    map_png = render_image(
        index_map_figure(bundle, vm), "png", 1200, 560, 2.0, _remaining(ctx, started)
    )
    ranking_png = _slide_chart(ranking_figure(vm), ctx, started)
    stability_png = _slide_chart(stability_figure(vm), ctx, started)
    which = t(f"index_top_{vm.state.level}", lang)
    preset = t(f"index_preset_{vm.state.preset}", lang)
    unit = t(f"index_unit_{vm.spec.normalise}", lang)
    return deck.deck_bytes(
        [
            deck.Slide(
                title=index_title(vm),
                subtitle=index_subtitle(vm),
                lines=(t("index_formula_words", lang), weights_line(vm), link),
                footnote=foot,
                notes=notes["cover"],
                cover=True,
            ),
            deck.Slide(
                title=f"{t('deck_map', lang)}: {t('hot_index_label', lang)}",
                subtitle=preset,
                image=map_png,
                lines=(unit,),
                footnote=foot,
                notes=notes["top"],
            ),
            deck.Slide(
                title=t("index_ranking", lang).format(which=which),
                subtitle=preset,
                image=ranking_png,
                lines=(unit, *tie_lines(vm)),
                footnote=foot,
                notes=notes["top"],
            ),
            deck.Slide(
                title=t("export_index_stability", lang),
                subtitle=f"{which} · {preset}",
                image=stability_png,
                lines=tuple(f"{x.rstrip('.')}." for x in t("index_st_marks", lang).split(". ")),
                footnote=foot,
                notes=notes["stability"],
            ),
        ],
        lang,
    )


def hotspot_deck(bundle, state: IndexState, view: HotspotView, ctx: Context) -> bytes:
    lang = state.lang
    started = time.monotonic()
    link = permalink(state, bundle, ctx.base_url)
    foot = "\n".join([" · ".join(view_sources(view, lang)[:1]), link])
    notes = hotspot_deck_notes(view, lang)
    map_png = render_image(
        hotspot_map_figure(bundle, view, lang), "png", 1200, 560, 2.0, _remaining(ctx, started)
    )
    title = hotspot_title(view, lang)
    rows = cluster_rows(view, lang)
    tables = pages(rows, UNITS_PER_SLIDE)
    header = tuple(
        t(k, lang) for k in ("hot_col_unit", "hot_col_pattern", "hot_col_value", "hot_col_p")
    )
    return deck_with_bodies(
        [
            deck.Slide(
                title=title,
                subtitle=hotspot_subtitle(view, state, lang),
                lines=(view.meaning, link),
                footnote=foot,
                notes=notes["cover"],
                cover=True,
            ),
            deck.Slide(
                title=f"{t('deck_map', lang)}: {title}",
                subtitle=view.statement.partition(": ")[0],
                image=map_png,
                footnote=foot,
                notes=notes["map"],
            ),
        ]
        + [
            deck.Slide(
                title=t("hot_deck_units", lang)
                + (f" ({i} / {len(tables)})" if len(tables) > 1 else ""),
                subtitle=title,
                footnote=foot,
                notes=t("hot_deck_units_notes", lang).format(
                    n=len(rows), items="; ".join(" – ".join(r[:2]) for r in page)
                ),
            )
            for i, page in enumerate(tables, 1)
        ],
        {
            2 + i: Body(header=header, rows=tuple(page), widths=(3.2, 4.2, 1.2, 1.2))
            for i, page in enumerate(tables)
        },
        lang,
    )


UNITS_PER_SLIDE = 12


def cluster_rows(view: HotspotView, lang: str) -> list[tuple[str, str, str, str]]:
    """The units in a cluster or outlier pattern (not "ns", not missing), pattern by pattern
    in the legend's order, highest value first: unit, pattern, value, p after the FDR."""
    table = view.result.table
    rows = []
    for cluster in ("HH", "LL", "HL", "LH"):
        part = table[table.cluster == cluster].sort_values("value", ascending=False)
        for r in part.itertuples(index=False):
            rows.append(
                (
                    view.names.get(r.code, f"{r.name} ({r.code})"),
                    view.cluster_labels[cluster],
                    format_number(r.value, lang, 2),
                    format_number(r.p_fdr, lang, 3),
                )
            )
    return rows


# ------------------------------------------------------------------------------- tables


def index_table_csv(bundle, vm: IndexModel) -> str:
    """The page's CSV (the command line's, byte for byte in its columns) plus source,
    reference date and confidence on every row."""
    rows = index_rows(bundle, vm.spec, DEFAULT_DRAWS, DEFAULT_SEED)
    extra = provenance(vm.chosen)
    rows = [rows[0] + list(extra)] + [r + list(extra.values()) for r in rows[1:]]
    return rows_to_csv(rows)


def hotspot_table_csv(view: HotspotView, lang: str) -> str:
    from ...analysis.hotspots import statement_line
    from ...data.views import catalogue_entry

    entries = [catalogue_entry(view.bundle, i, view.edition) for i in view.indicators]
    extra = provenance(entries, own=view.basis == INDEX)
    rows = hotspots_rows(view.result)
    rows = [rows[0] + list(extra)] + [r + list(extra.values()) for r in rows[1:]]
    return rows_to_csv(rows, [statement_line(view.result)])


def index_table_xlsx(bundle, vm: IndexModel, ctx: Context) -> bytes:
    lang = vm.state.lang
    columns = [
        Column(t("index_col_rank", lang), "integer", 7),
        Column(t("xlsx_code", lang), "text", 8),
        Column(t("area", lang).capitalize(), "text", 28),
        Column(t("index_col_type", lang), "text", 16),
        Column(t("index_score", lang), "precise", 10),
        Column(t("xlsx_index_values", lang), "integer", 12),
        Column(t("index_partial", lang).capitalize(), "text", 10),
        Column(t("index_col_median", lang), "number", 11),
        Column(t("xlsx_index_p5", lang), "number", 11),
        Column(t("xlsx_index_p95", lang), "number", 11),
        Column(t("xlsx_index_min", lang), "integer", 10),
        Column(t("xlsx_index_max", lang), "integer", 10),
        Column(t("xlsx_index_always", lang).format(top=5), "text", 14),
    ]
    types = {"Aktionsraum": "type_ar", "Aktionsquartier": "type_aq"}
    yes, no = t("xlsx_yes", lang), t("xlsx_no", lang)
    rows = []
    for r in vm.rows.to_dict("records"):
        scored = r["score"] == r["score"]
        rows.append(
            [
                int(r["rank"]) if scored else None,
                r["id"],
                r["name"],
                t(types.get(r["type"], "type_out"), lang),
                r["score"] if scored else None,
                int(r["n_values"]),
                (yes if r["partial"] else no) if scored else "",
                *(r[k] if scored else None for k in ("median", "p5", "p95")),
                *(int(r[k]) if scored else None for k in ("min", "max")),
                (yes if r["always_top"] else no) if scored else "",
            ]
        )
    link = permalink(vm.state, bundle, ctx.base_url)
    meta = index_metadata(vm, link, ctx.now)
    return workbook_bytes(columns, rows, meta, lang, index_title(vm))


def hotspot_table_xlsx(bundle, state: IndexState, view: HotspotView, ctx: Context) -> bytes:
    lang = state.lang
    from ...models.hotspots import cluster_labels

    labels = cluster_labels(view.direction, view.context, lang)
    columns = [
        Column(t("xlsx_code", lang), "text", 8),
        Column(t("index_hs_unit", lang), "text", 34),
        Column(t("index_hs_value", lang), "precise", 12),
        Column(t("xlsx_hot_local_i", lang), "precise", 12),
        Column("p", "precise", 9),
        Column("p (FDR)", "precise", 9),
        Column(t("xlsx_hot_cluster", lang), "text", 10),
        Column(t("index_hs_kind", lang), "text", 48),
    ]
    rows = [
        [
            r["code"],
            view.names.get(r["code"], r["name"]),
            None if r["value"] != r["value"] else float(r["value"]),
            None if r["local_i"] != r["local_i"] else float(r["local_i"]),
            None if r["p_value"] != r["p_value"] else float(r["p_value"]),
            None if r["p_fdr"] != r["p_fdr"] else float(r["p_fdr"]),
            r["cluster"],
            labels[r["cluster"]],
        ]
        for r in view.result.table.to_dict("records")
    ]
    meta = hotspot_metadata(view, state, permalink(state, bundle, ctx.base_url), ctx.now)
    return workbook_bytes(columns, rows, meta, lang, hotspot_title(view, lang))


# -------------------------------------------------------------------------------- build


def _check(state: IndexState, part: str) -> None:
    if state.mode == "hotspots" and part not in HOTSPOT_PARTS:
        raise ExportRequestError(
            f"the hot-spot view has no {part} chart (choose {', '.join(HOTSPOT_PARTS)}; "
            "the index view with mode=index has it)"
        )


def build(bundle: Bundle, request: ViewRequest, part: str, fmt: str, ctx: Context) -> Export:
    state = parse(bundle, request)
    _check(state, part)
    if state.mode == "hotspots":
        view = hotspots_of(bundle, state)
        if part == "map":
            frame = hotspot_frame(bundle, state, view, ctx)
            content = render_framed(
                hotspot_map_figure(bundle, view, state.lang), frame, fmt, ctx.timeout
            )
        elif part == "deck":
            content = hotspot_deck(bundle, state, view, ctx)
        elif fmt == "csv":
            content = hotspot_table_csv(view, state.lang).encode("utf-8")
        else:
            content = hotspot_table_xlsx(bundle, state, view, ctx)
        return Export(content, hotspot_filename(state, part, fmt), MIMETYPES[fmt])
    vm = index_of(bundle, state)
    if part == "map":
        frame = index_frame(bundle, vm, ctx)
        content = render_framed(index_map_figure(bundle, vm), frame, fmt, ctx.timeout)
    elif part in ("ranking", "stability"):
        content = chart_image(bundle, vm, part, fmt, ctx)
    elif part == "deck":
        content = index_deck(bundle, vm, ctx)
    elif fmt == "csv":
        content = index_table_csv(bundle, vm).encode("utf-8")
    else:
        content = index_table_xlsx(bundle, vm, ctx)
    return Export(content, index_filename(state, part, fmt), MIMETYPES[fmt])


SPEC = register(
    ViewSpec(
        name="index",
        pattern="/index",
        parts={
            "map": IMAGES,
            "ranking": IMAGES,
            "stability": IMAGES,
            "deck": ("pptx",),
            "table": ("csv", "xlsx"),
        },
        build=build,
        path_of=lambda args: "/index",
    )
)
