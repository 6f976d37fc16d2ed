"""Exports of the area-selection check (``/kulisse``): the map, the deck and the table.

Built from the same cached ``CoverageModel`` as the page, from the state the page's own
parser reads from the query, so an export shows exactly what the permalink shows. The
page's boxed statement (a tool for discussion, not a verdict) travels with every file: in
the image footer, on its own slide and in the XLSX metadata.
"""

from __future__ import annotations

import pandas as pd

from ...analysis.index import COUNT
from ...data.bundle import Bundle
from ...figures.map_style import short_source
from ...i18n import edition_year, format_date, format_number, pick, t, unit_label
from ...models.coverage import (
    CoverageModel,
    basis_label,
    close_rows,
    coverage_model,
    note_text,
    outside_rows,
    value_text,
)
from ...state.coverage import parse_state, state_query
from .. import deck
from ..cells import csv_text
from ..coverage_map import coverage_map_figure, short_basis
from ..deck_body import Body, deck_with_bodies, pages
from ..decorate import WIDTH, Frame, export_line, render_framed
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
from ..xlsx import Column, workbook_bytes

PATH = "/kulisse"
MAP_HEIGHT = 1000
"""The map image is taller than the default: its footer carries the statement too."""


def model(bundle: Bundle, request: ViewRequest) -> CoverageModel:
    state, _ignored = parse_state(request.query, bundle)
    return coverage_model(bundle, state)


def permalink(m: CoverageModel, bundle: Bundle, base_url: str) -> str:
    query = state_query(m.state, bundle)
    return f"{base_url}{PATH}" + ("" if query == "?" else query)


# ------------------------------------------------------------------------------ words


def heading(m: CoverageModel) -> str:
    return t("cov_heading", m.state.lang)


def edition_text(m: CoverageModel) -> str:
    return short_source(m.entries[0])


def settings_line(m: CoverageModel) -> str:
    """'Bedarfsindex: … · Statistikatlas Dortmund 2024 · Top 20'."""
    lang = m.state.lang
    top = t("cov_top_option", lang).format(n=m.result.top_n)
    return f"{basis_label(m)} · {edition_text(m)} · {top}"


def statement(m: CoverageModel) -> str:
    """The page's summary sentence: how many of the top units lie inside and outside."""
    s = m.result.summary
    return t("cov_summary", m.state.lang).format(
        top=s["top"], inside=s["inside"], outside=s["outside"]
    )


def statement_lines(m: CoverageModel) -> tuple[str, ...]:
    """The statement, why there are more than ``top_n`` units when ranks are shared, and
    that units without a value are not ranked (as the page's summary says)."""
    lang = m.state.lang
    s = m.result.summary
    n = m.result.top_n
    lines = [statement(m)]
    if s["top"] > n:
        lines[0] += " " + t("cov_summary_ties", lang).format(n=n)
    if s["ranked"] < len(m.result.units):
        lines.append(t("cov_summary_ranked", lang).format(ranked=s["ranked"]))
    return tuple(lines)


def verdict(lang: str) -> tuple[str, str, str]:
    """The page's boxed statement, word for word."""
    return tuple(t(f"cov_verdict_{i}", lang) for i in (1, 2, 3))


def _unique(values) -> list[str]:
    return list(dict.fromkeys(str(v) for v in values if isinstance(v, str) and v))


def source_line(m: CoverageModel) -> str:
    """Every source, reference date and confidence of the indicators used, once each."""
    lang = m.state.lang
    sources = _unique(e.source for e in m.entries)
    dates = _unique(e.reference_date for e in m.entries)
    confidences = _unique(e.confidence for e in m.entries)
    return (
        f"{t('source', lang)}: {'; '.join(sources)} · "
        f"{t('reference_date', lang)}: {' / '.join(format_date(d, lang) for d in dates)} · "
        f"{t('confidence', lang)}: {' / '.join(t(c, lang) for c in confidences)}"
    )


def transcription_line(m: CoverageModel) -> str:
    found = _unique(e.get("transcription") for e in m.entries)
    return f"{t('transcription', m.state.lang)}: {'; '.join(found)}" if found else ""


def footer(m: CoverageModel, bundle: Bundle, ctx: Context) -> tuple[str, ...]:
    lang = m.state.lang
    return (
        f"{t('cov_verdict_title', lang)}. {verdict(lang)[0]}",
        verdict(lang)[2],
        source_line(m),
        transcription_line(m),
        export_line(ctx.now, permalink(m, bundle, ctx.base_url), lang),
    )


def basis_word(m: CoverageModel) -> str:
    if m.is_index:
        return f"bedarfsindex-{m.state.preset}"
    return indicator_slug(m.state.basis)


def filename(m: CoverageModel, part: str, ext: str) -> str:
    """``aktionsplan_kulisse_bedarfsindex-felder_2024_top20_karte.png``."""
    year = edition_year(m.state.edition)
    top = f"top{m.result.top_n}"
    return export_filename("kulisse", basis_word(m), year, top, part=part, ext=ext)


def key_numbers(m: CoverageModel) -> str:
    """The page's summary in words (speaker notes, the XLSX metadata)."""
    lang = m.state.lang
    r = m.result
    s = r.summary
    n = r.top_n
    parts = [statement(m)]
    if s["top"] > n:
        parts.append(t("cov_summary_ties", lang).format(n=n))
    if s["quartier"]:
        top = r.top
        names = ", ".join(f"{u.name} ({u.code})" for u in top[top.quartier].itertuples())
        parts.append(t("cov_summary_quartier", lang).format(names=names))
    if m.is_index and s["outside"]:
        parts.append(t("cov_summary_always", lang).format(k=s["always_outside"], n=n))
    if s["ranked"] < len(r.units):
        parts.append(t("cov_summary_ranked", lang).format(ranked=s["ranked"]))
    parts.append(t("cov_summary_close", lang).format(close=s["close"], members=s["members"]))
    return " ".join(parts)


def outside_words(m: CoverageModel) -> str:
    lang = m.state.lang
    rows = outside_rows(m)
    if not rows:
        return t("cov_outside_empty", lang).format(n=m.result.top_n)
    items = "; ".join(f"{r['unit']}, {r['district']}, {r['rank']}, {r['value']}" for r in rows)
    return t("cov_notes_outside", lang).format(n=len(rows), items=items)


def close_words(m: CoverageModel) -> str:
    lang = m.state.lang
    rows = close_rows(m)
    if not rows:
        return t("cov_close_empty", lang)
    items = "; ".join(f"{r['unit']} ({r['space']}), {r['rank']}, {r['value']}" for r in rows)
    return t("cov_notes_close", lang).format(n=len(rows), items=items)


def close_rule(m: CoverageModel) -> str:
    lang = m.state.lang
    r = m.result
    if m.is_index and m.spec.normalise == COUNT:
        return t("cov_close_rule_count", lang)
    if m.is_index:
        return t("cov_close_rule_index", lang).format(
            p25=format_number(r.p25, lang, 2), p75=format_number(r.p75, lang, 2)
        )
    return t("cov_close_rule_indicator", lang).format(
        p25=value_text(m, r.p25), p75=value_text(m, r.p75)
    )


def method_lines(m: CoverageModel) -> tuple[str, ...]:
    """How the ranks are read and what the index is made of (as the page says it)."""
    lang = m.state.lang
    r = m.result
    if not m.is_index:
        conf = t(m.entries[0].confidence, lang)
        return (t("cov_interval_indicator", lang).format(conf=conf),)
    spec = m.spec
    parts = ", ".join(
        f"{pick(e, 'label', lang)} ({t('cov_weight', lang).format(w=format_number(w, lang, 1))})"
        for e, w in zip(m.entries, spec.weights, strict=True)
    )
    return (
        t("cov_index_method", lang).format(
            n=len(spec.indicators), parts=parts, norm=t(f"cov_norm_{spec.normalise}", lang)
        ),
        t("cov_interval_index", lang).format(
            draws=format_number(r.draws, lang, 0),
            seed=r.seed,
            settings=format_number(m.settings, lang, 0),
        ),
    )


# ------------------------------------------------------------------------------ tables


def value_head(m: CoverageModel) -> str:
    lang = m.state.lang
    if m.is_index:
        return t("cov_col_score", lang)
    return f"{t('cov_col_value', lang)} ({unit_label(m.unit, lang)})"


def outside_table(m: CoverageModel) -> tuple[tuple[str, ...], list[tuple[str, ...]], tuple]:
    """Head, rows (in words, as on the page) and relative column widths."""
    lang = m.state.lang
    n = m.result.top_n
    head = [t("cov_col_unit", lang), t("cov_col_district", lang), value_head(m)]
    widths = [2.8, 1.9, 1.3]
    if m.is_index:
        head += [t("cov_col_rank", lang), t("cov_col_span", lang)]
        head.append(t("cov_col_always", lang).format(n=n))
        widths += [1.9, 1.2, 1.3]
    else:
        head.append(t("cov_col_rank_point", lang))
        widths.append(1.2)
    head.append(t("cov_col_note", lang))
    widths.append(3.4)
    rows = []
    for r in outside_rows(m):
        cells = [r["unit"], r["district"], r["value"], r["rank"]]
        if m.is_index:
            cells += [r["span"], r["always"]]
        rows.append((*cells, r["note"]))
    return tuple(head), rows, tuple(widths)


def close_table(m: CoverageModel) -> tuple[tuple[str, ...], list[tuple[str, ...]], tuple]:
    lang = m.state.lang
    head = [
        t("cov_col_unit", lang),
        t("cov_col_space", lang),
        t("cov_col_membership", lang),
        value_head(m),
        t("cov_col_rank" if m.is_index else "cov_col_rank_point", lang),
    ]
    widths = [2.5, 1.9, 1.4, 1.3, 1.9 if m.is_index else 1.0]
    if m.is_index:
        head.append(t("cov_col_span", lang))
        widths.append(1.3)
    head += [t("cov_col_relation", lang), t("cov_col_note", lang)]
    widths += [1.6, 2.6]
    rows = []
    for r in close_rows(m):
        cells = [r["unit"], r["space"], r["membership"], r["value"], r["rank"]]
        if m.is_index:
            cells.append(r["span"])
        rows.append((*cells, r["relation"], r["note"]))
    return tuple(head), rows, tuple(widths)


# -------------------------------------------------------------------------------- image


def map_image(m: CoverageModel, bundle: Bundle, fmt: str, ctx: Context) -> bytes:
    lines = (settings_line(m), *statement_lines(m))
    frame = Frame(heading(m), "<br>".join(lines), footer(m, bundle, ctx))
    fig = coverage_map_figure(bundle, m)
    top = 104 + 20 * len(lines)
    return render_framed(fig, frame, fmt, ctx.timeout, WIDTH, MAP_HEIGHT, top=top)


# --------------------------------------------------------------------------------- deck


def deck_bytes(m: CoverageModel, bundle: Bundle, ctx: Context) -> bytes:
    lang = m.state.lang
    link = permalink(m, bundle, ctx.base_url)
    day = format_date(ctx.now.date().isoformat(), lang)
    note = "\n".join((source_line(m), f"{t('export_exported', lang)} {day} · {link}"))
    words = key_numbers(m)
    map_png = render_image(coverage_map_figure(bundle, m), "png", 1200, 560, 2.0, ctx.timeout)
    slides = [
        deck.Slide(
            title=heading(m),
            subtitle=settings_line(m),
            lines=(*statement_lines(m), t("cov_verdict_title", lang), link),
            footnote=note,
            notes=words,
            cover=True,
        ),
        deck.Slide(
            title=t("cov_verdict_title", lang),
            footnote=note,
            notes=" ".join(verdict(lang)),
        ),
        deck.Slide(
            title=f"{t('deck_map', lang)}: {short_basis(m)}, "
            + t("cov_top_option", lang).format(n=m.result.top_n),
            subtitle=settings_line(m),
            image=map_png,
            lines=statement_lines(m),
            footnote=note,
            notes=f"{words} {outside_words(m)}",
        ),
    ]
    bodies = {1: Body(paragraphs=verdict(lang), size=18)}
    for key, table, words_of, extra in (
        ("cov_outside_heading", outside_table(m), outside_words(m), ()),
        ("cov_close_heading", close_table(m), close_words(m), (close_rule(m),)),
    ):
        head, rows, widths = table
        chunks = pages(rows)
        for i, chunk in enumerate(chunks):
            title = t(key, lang)
            if len(chunks) > 1:
                title += " " + t("cov_deck_part", lang).format(i=i + 1, n=len(chunks))
            slides.append(
                deck.Slide(
                    title=title,
                    subtitle=settings_line(m),
                    footnote=note,
                    notes=words_of,
                )
            )
            if rows:
                body = Body(header=head, rows=tuple(chunk), widths=widths, extra=extra)
            else:  # "Keiner der Top 10 liegt außerhalb der Räume."
                body = Body(paragraphs=(words_of, *extra), size=16)
            bodies[len(slides) - 1] = body
    slides.append(
        deck.Slide(
            title=t("cov_deck_method", lang),
            subtitle=settings_line(m),
            footnote=note,
            notes=" ".join(method_lines(m)),
        )
    )
    bodies[len(slides) - 1] = Body(paragraphs=(*method_lines(m), source_line(m)), size=14)
    return deck_with_bodies(slides, bodies, lang)


# ----------------------------------------------------------------------- csv and xlsx


def _num(value) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def table_columns(m: CoverageModel) -> list[tuple[str, str, int]]:
    """(header, xlsx kind, width) of the table export: both lists, one row per unit."""
    lang = m.state.lang
    n = m.result.top_n
    cols = [
        (t("cov_col_list", lang), "text", 34),
        (t("cov_col_code", lang), "text", 8),
        (t("cov_col_unit", lang), "text", 26),
        (t("cov_col_district", lang), "text", 18),
        (t("cov_col_space", lang), "text", 24),
        (t("cov_col_membership", lang), "text", 14),
        (value_head(m), "precise" if m.is_index else "number", 14),
        (t("cov_col_rank_point", lang), "integer", 8),
    ]
    if m.is_index:
        cols += [
            (t("cov_col_p5", lang), "number", 12),
            (t("cov_col_p95", lang), "number", 12),
            (t("cov_col_min", lang), "integer", 12),
            (t("cov_col_max", lang), "integer", 12),
            (t("cov_col_always", lang).format(n=n), "text", 14),
        ]
    cols += [
        (t("cov_col_relation", lang), "text", 20),
        (t("cov_col_note", lang), "text", 40),
        (t("source", lang), "text", 50),
        (t("reference_date", lang), "text", 12),
        (t("confidence", lang), "text", 12),
    ]
    return cols


def table_rows(m: CoverageModel) -> list[list]:
    """Both lists of the page (high need outside, then members close to the city), values
    as numbers, each row with source, reference date and confidence."""
    lang = m.state.lang
    sources = "; ".join(_unique(e.source for e in m.entries))
    dates = " / ".join(format_date(d, lang) for d in _unique(e.reference_date for e in m.entries))
    confs = " / ".join(t(c, lang) for c in _unique(e.confidence for e in m.entries))
    out = []
    for key, frame in (
        ("cov_outside_heading", m.result.outside),
        ("cov_close_heading", m.result.close),
    ):
        for r in frame.itertuples(index=False):
            membership = r.membership_confidence
            row = [
                t(key, lang),
                r.code,
                r.name,
                r.stadtbezirk,
                r.space_name if isinstance(r.space_name, str) else "",
                t(f"conf_{membership}_short", lang) if isinstance(membership, str) else "",
                _num(r.value),
                None if pd.isna(r.rank) else int(r.rank),
            ]
            if m.is_index:
                row += [
                    _num(r.p5),
                    _num(r.p95),
                    None if pd.isna(r.min) else int(r.min),
                    None if pd.isna(r.max) else int(r.max),
                    t("cov_yes" if r.always_top else "cov_no", lang),
                ]
            close = r.relation in ("similar", "better")
            relation = t(f"cov_rel_{r.relation}", lang) if close else ""
            row += [relation, note_text(m, r), sources, dates, confs]
            out.append(row)
    return out


def table_csv(m: CoverageModel) -> str:
    """CSV of both tables (German: ';' and decimal comma), as the XLSX's first sheet."""
    lang = m.state.lang
    cols = table_columns(m)
    digits = {"precise": 2, "number": 1, "integer": 0}
    rows = []
    for row in table_rows(m):
        cells = []
        for (_, kind, _), v in zip(cols, row, strict=True):
            if v is None:
                cells.append("")
            elif kind in digits and isinstance(v, (int, float)):
                cells.append(format_number(v, lang, digits[kind]))
            else:
                cells.append(v)
        rows.append(cells)
    return csv_text([c[0] for c in cols], rows, lang)


def metadata(m: CoverageModel, bundle: Bundle, ctx: Context) -> list[tuple[str, str]]:
    lang = m.state.lang
    r = m.result
    rows = [
        (t("xlsx_view", lang), heading(m)),
        (t("cov_basis", lang), basis_label(m)),
        (t("xlsx_edition", lang), f"{edition_text(m)} ({m.state.edition})"),
        (t("cov_top", lang), str(r.top_n)),
        (t("cov_verdict_title", lang), f"{verdict(lang)[0]} {verdict(lang)[1]}"),
        (t("profile_membership", lang), verdict(lang)[2]),
        (t("cov_summary_label", lang), key_numbers(m)),
        (t("cov_close_heading", lang), close_rule(m)),
    ]
    rows += [(t("cov_deck_method", lang), line) for line in method_lines(m)]
    for e in m.entries:
        name = f"{pick(e, 'label', lang)}: "
        rows += [
            (name + t("xlsx_indicator", lang), f"{pick(e, 'label', lang)} ({e.indicator_id})"),
            (name + t("xlsx_definition", lang), pick(e, "definition", lang)),
            (name + t("source", lang), str(e.source)),
            (name + t("xlsx_source_url", lang), str(e.source_url)),
            (name + t("transcription", lang), str(e.get("transcription") or "")),
            (name + t("xlsx_licence", lang), pick(e, "licence", lang)),
            (name + t("reference_date", lang), format_date(e.reference_date, lang)),
            (name + t("xlsx_reference_note", lang), pick(e, "reference_date_note", lang)),
            (name + t("confidence", lang), t(e.confidence, lang)),
            (name + t("caveats", lang), pick(e, "caveats", lang)),
        ]
    rows += [
        (t("xlsx_permalink", lang), permalink(m, bundle, ctx.base_url)),
        (t("export_exported", lang), format_date(ctx.now.date().isoformat(), lang)),
    ]
    return [(k, "" if v is None else str(v)) for k, v in rows]


def table_xlsx(m: CoverageModel, bundle: Bundle, ctx: Context) -> bytes:
    columns = [Column(h, kind, width) for h, kind, width in table_columns(m)]
    title = f"{heading(m)} – {settings_line(m)}"
    return workbook_bytes(columns, table_rows(m), metadata(m, bundle, ctx), m.state.lang, title)


# -------------------------------------------------------------------------------- build


def build(bundle: Bundle, request: ViewRequest, part: str, fmt: str, ctx: Context) -> Export:
    m = model(bundle, request)
    if part == "map":
        content = map_image(m, bundle, fmt, ctx)
    elif part == "deck":
        content = deck_bytes(m, bundle, ctx)
    elif fmt == "csv":
        content = table_csv(m).encode("utf-8")
    else:
        content = table_xlsx(m, bundle, ctx)
    return Export(content, filename(m, part, fmt), MIMETYPES[fmt])


SPEC = register(
    ViewSpec(
        name="coverage",
        pattern=PATH,
        parts={"map": IMAGES, "deck": ("pptx",), "table": ("csv", "xlsx")},
        build=build,
        path_of=lambda args: PATH,
    )
)
