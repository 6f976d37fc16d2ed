"""Exports of the comparison (``/vergleich``): the side-by-side table and the matrix as
images, a deck, and the side-by-side table as CSV/XLSX (the matrix as a third sheet).

The state comes from the page's own parser (``state/compare.py``) and the numbers from the
same models (``models/compare.py``). Every part needs two to four chosen areas: the page
opens empty, and an export of nothing is a 400 with one line saying what to do.
"""

from __future__ import annotations

import textwrap
import time
from dataclasses import dataclass

from ...data.bundle import Bundle
from ...data.model import HANDLUNGSFELDER
from ...figures.compare_heat import matrix_figure, side_figure
from ...figures.map_style import short_source
from ...i18n import edition_year, format_date, format_value, t, unit_label
from ...models.compare import Matrix, SideBySide, column_label, matrix_model, side_by_side
from ...state.compare import MIN_AREAS, CompareState, parse_state, state_query
from .. import deck
from ..cells import csv_cell, csv_text
from ..decorate import HEIGHT, LINE, WIDTH, WRAP, Frame, export_line
from ..flush import label_width, render_flush
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
)
from ..render import render_image
from ..sheets import add_sheet
from ..xlsx import Column, workbook_bytes

PATH = "/vergleich"
TOP = 155
PUBLISHER = "Stadt Dortmund, Dortmunder Statistik"
PART_WORDS = {"side": "nebeneinander", "matrix": "matrix"}


@dataclass(frozen=True)
class CompareExport:
    state: CompareState
    side: SideBySide
    matrix: Matrix


def model(bundle: Bundle, request: ViewRequest) -> CompareExport:
    state, _ignored = parse_state(request.query, bundle)
    if len(state.areas) < MIN_AREAS:
        raise ExportRequestError(
            "Bitte mindestens zwei Gebiete wählen (höchstens vier) – choose at least two areas "
            "to compare (at most four), e.g. /vergleich?a=AR01,AR02"
        )
    return CompareExport(state, side_by_side(bundle, state), matrix_model(bundle, state))


def permalink(m: CompareExport, bundle: Bundle, base_url: str) -> str:
    return base_url + PATH + state_query(m.state, bundle)


def field_name(m: CompareExport) -> str:
    return HANDLUNGSFELDER[m.state.field][m.state.lang]


def area_names(m: CompareExport) -> str:
    lang = m.state.lang
    pairs = zip(m.side.names, m.side.kinds, strict=True)
    return ", ".join(f"{n} ({t(f'compare_kind_{k}', lang)})" for n, k in pairs)


def heading(m: CompareExport) -> str:
    """'Vergleich: Hafen, Nordmarkt'; with long names 'Vergleich von 4 Gebieten' (the names
    stand in the subtitle or on the title slide)."""
    lang = m.state.lang
    names = ", ".join(m.side.names)
    if len(names) <= 48:
        return f"{t('xc_title', lang)}: {names}"
    return t("xc_title_n", lang).format(n=len(m.side.names))


def subtitle(m: CompareExport) -> str:
    lang = m.state.lang
    return (
        f"{t('compare_field', lang)}: {field_name(m)} · "
        f"{t('xlsx_edition', lang)}: {edition_year(m.state.edition)}"
    )


def source_lines(columns, lang: str, short: bool = False) -> tuple[str, ...]:
    """One line per source and reference date; its most common confidence stands alone,
    any other names its indicators (as under the page's matrix). ``short``: the source's
    short name (a slide's footnote)."""
    groups: dict[tuple[str, str], dict[str, list[str]]] = {}
    for c in columns:
        source = f"{PUBLISHER}: {short_source(c)}" if short else c.source
        key = (source, c.reference_date)
        groups.setdefault(key, {}).setdefault(c.confidence, []).append(column_label(c, lang))
    lines = []
    for (source, date), confs in groups.items():
        main = max(confs, key=lambda k: len(confs[k]))
        others = "; ".join(
            f"{t(c, lang)}: {', '.join(labels)}" for c, labels in confs.items() if c != main
        )
        lines.append(
            f"{t('source', lang)}: {source} · {t('reference_date', lang)}: "
            f"{format_date(date, lang)} · {t('confidence', lang)}: {t(main, lang)}"
            + (f" ({others})" if others else "")
        )
    return tuple(lines)


def rule_line(lang: str) -> str:
    return t("xc_rule_short", lang)


def footer(m: CompareExport, columns, bundle: Bundle, ctx: Context) -> tuple[str, ...]:
    lang = m.state.lang
    return (
        *source_lines(columns, lang),
        rule_line(lang),
        export_line(ctx.now, permalink(m, bundle, ctx.base_url), lang),
    )


def filename(m: CompareExport, part: str, ext: str) -> str:
    areas = m.state.areas
    what = "-".join(areas) if len(areas) <= 3 else f"{len(areas)}-gebiete"
    word = PART_WORDS.get(part, part)
    pieces = ["vergleich", what, edition_year(m.state.edition)]
    if part != "matrix":  # the matrix holds every Handlungsfeld
        pieces.append(m.state.field)
    return export_filename(*pieces, part=word, ext=ext)


# ------------------------------------------------------------------------------ words


def side_words(m: CompareExport) -> list[str]:
    """Per indicator: which chosen area is highest and which lowest, with values, and the
    city value; then each area's count of 'clearly worse'."""
    lang = m.state.lang
    lines = []
    for col, row in zip(m.side.columns, m.side.cells, strict=True):
        have = [(c.value, n) for c, n in zip(row, m.side.names, strict=True) if c.value is not None]
        label = column_label(col, lang)
        if not have:
            lines.append(f"{label}: {t('no_data', lang)}.")
            continue
        hi, lo = max(have), min(have)
        city = format_value(col.city, col.unit, lang)
        lines.append(
            t("xc_notes_row", lang).format(
                label=label,
                hi=hi[1],
                hi_value=format_value(hi[0], col.unit, lang),
                lo=lo[1],
                lo_value=format_value(lo[0], col.unit, lang),
                city=city,
            )
        )
    counts = []
    for j, name in enumerate(m.side.names):
        worse = sum(1 for row in m.side.cells if row[j].cls == "worse")
        counts.append(f"{name} {worse}")
    lines.append(t("xc_notes_worse", lang).format(n=len(m.side.columns), items="; ".join(counts)))
    return lines


def matrix_words(m: CompareExport) -> str:
    """The spaces most often clearly worse than the city, with their counts."""
    lang = m.state.lang
    mx = m.matrix
    counts = []
    for space in mx.space_ids:
        worse = sum(1 for c in mx.columns if mx.cells[(space, c.indicator_id)][1] == "worse")
        counts.append((worse, mx.names[space]))
    top = sorted(counts, key=lambda x: -x[0])[:3]
    items = ", ".join(f"{name} ({n})" for n, name in top)
    return t("xc_notes_matrix", lang).format(
        items=items, n=len(mx.columns), year=edition_year(mx.edition)
    )


# ------------------------------------------------------------------------------ images


def _render(fig, frame: Frame, fmt: str, ctx: Context) -> bytes:
    """Rows labelled on the left; the footer starts at the image's left edge."""
    footer_px = LINE * sum(len(textwrap.wrap(x, WRAP)) for x in frame.footer if x)
    height = max(HEIGHT, int(fig.layout.height) + TOP + footer_px + 40)
    left = label_width(fig.layout.yaxis.ticktext)
    return render_flush(fig, frame, fmt, ctx.timeout, WIDTH, height, TOP, left)


def side_image(m: CompareExport, bundle: Bundle, fmt: str, ctx: Context) -> bytes:
    lang = m.state.lang
    fig = side_figure(m.side, lang)
    frame = Frame(heading(m), subtitle(m), footer(m, m.side.columns, bundle, ctx))
    return _render(fig, frame, fmt, ctx)


def matrix_title(m: CompareExport) -> str:
    return t("xc_matrix_title", m.state.lang).format(year=edition_year(m.matrix.edition))


def matrix_image(m: CompareExport, bundle: Bundle, fmt: str, ctx: Context) -> bytes:
    lang = m.state.lang
    fig = matrix_figure(m.matrix, lang)
    frame = Frame(
        matrix_title(m),
        t("xc_matrix_sub", lang),
        footer(m, m.matrix.columns, bundle, ctx),
    )
    return _render(fig, frame, fmt, ctx)


# -------------------------------------------------------------------------------- deck


def deck_slides(m: CompareExport, bundle: Bundle, ctx: Context) -> list[deck.Slide]:
    started = time.monotonic()
    lang = m.state.lang

    def remaining() -> float:
        return max(ctx.timeout - (time.monotonic() - started), 0.1)

    link = permalink(m, bundle, ctx.base_url)
    exported = (
        f"{t('export_exported', lang)} {format_date(ctx.now.date().isoformat(), lang)} · {link}"
    )

    def note(columns) -> str:
        return "\n".join((*source_lines(columns, lang, short=True), exported))

    side_notes = side_words(m)
    side_fig = side_figure(m.side, lang)
    matrix_fig = matrix_figure(m.matrix, lang)
    return [
        deck.Slide(
            title=heading(m),
            subtitle=subtitle(m),
            lines=(
                f"{t('xc_areas', lang)}: {area_names(m)}",
                rule_line(lang),
                link,
            ),
            footnote=note(m.side.columns),
            notes=" ".join((t("xc_notes_cover", lang).format(areas=area_names(m)), side_notes[-1])),
            cover=True,
        ),
        deck.Slide(
            title=t("compare_side", lang),
            subtitle=subtitle(m),
            image=render_image(
                side_fig, "png", 1200, int(side_fig.layout.height), 2.0, remaining()
            ),
            footnote=note(m.side.columns),
            notes="\n".join((*side_notes, rule_line(lang))),
        ),
        deck.Slide(
            title=matrix_title(m),
            subtitle=t("xc_matrix_sub", lang),
            image=render_image(
                matrix_fig, "png", 1500, int(matrix_fig.layout.height), 2.0, remaining()
            ),
            footnote=note(m.matrix.columns),
            notes=matrix_words(m),
        ),
    ]


# ------------------------------------------------------------------------------- table


def _num(value) -> float | None:
    return None if value is None else float(value)


def table_header(m: CompareExport) -> list[tuple[str, str, int]]:
    """(header, kind, width) per column: the indicator, then per area its value and its
    relation to the city, then the city value, the rule's limits and the provenance."""
    lang = m.state.lang
    cols = [
        (t("csv_indicator_id", lang), "text", 18),
        (t("indicator", lang), "text", 40),
        (t("xlsx_unit", lang), "text", 10),
    ]
    for name in m.side.names:
        cols += [
            (f"{name}: {t('csv_value', lang)}", "precise", 14),
            (f"{name}: {t('csv_relation', lang)}", "text", 26),
        ]
    cols += [
        (t("city_reference", lang), "precise", 12),
        (t("csv_p25", lang), "precise", 14),
        (t("csv_p75", lang), "precise", 14),
        (t("compare_direction", lang), "text", 22),
        (t("source", lang), "text", 50),
        (t("reference_date", lang), "text", 12),
        (t("confidence", lang), "text", 12),
    ]
    return cols


def table_rows(m: CompareExport) -> list[list]:
    lang = m.state.lang
    rows = []
    for col, cells in zip(m.side.columns, m.side.cells, strict=True):
        row = [col.indicator_id, column_label(col, lang), unit_label(col.unit, lang)]
        for c in cells:
            relation = t(f"rel_{c.cls}", lang)
            row += [_num(c.value), relation if c.value is not None else c.missing or relation]
        row += [
            _num(col.city),
            _num(col.p25),
            _num(col.p75),
            t(f"direction_{col.direction}".replace("-", "minus_"), lang),
            col.source,
            format_date(col.reference_date, lang),
            t(col.confidence, lang),
        ]
        rows.append(row)
    return rows


def table_csv(m: CompareExport) -> str:
    lang = m.state.lang
    rows = ([csv_cell(v, lang, 3) for v in row] for row in table_rows(m))
    return csv_text([h for h, _, _ in table_header(m)], rows, lang)


def metadata(m: CompareExport, bundle: Bundle, ctx: Context) -> list[tuple[str, str]]:
    lang = m.state.lang
    rows = [
        (t("xlsx_view", lang), heading(m)),
        (t("xc_areas", lang), area_names(m)),
        (t("compare_field", lang), field_name(m)),
        (t("xlsx_edition", lang), edition_year(m.state.edition)),
        (t("csv_rule", lang), t("compare_rule", lang)),
    ]
    for col in m.matrix.columns:
        rows += [
            (t("xlsx_indicator", lang), f"{column_label(col, lang)} ({col.indicator_id})"),
            (t("source", lang), col.source + (f" ({col.source_url})" if col.source_url else "")),
            (t("reference_date", lang), format_date(col.reference_date, lang)),
            (t("confidence", lang), t(col.confidence, lang)),
        ]
    rows += [
        (t("xlsx_permalink", lang), permalink(m, bundle, ctx.base_url)),
        (t("export_exported", lang), format_date(ctx.now.date().isoformat(), lang)),
    ]
    return rows


def matrix_sheet(m: CompareExport) -> tuple[list[str], list[list]]:
    """The matrix as the page shows it: one row per space, one value column per indicator."""
    lang = m.state.lang
    mx = m.matrix
    header = [t("csv_space_id", lang), t("csv_space", lang)]
    header += [f"{column_label(c, lang)} ({unit_label(c.unit, lang)})" for c in mx.columns]
    rows = [
        [space, mx.names[space], *(mx.cells[(space, c.indicator_id)][0] for c in mx.columns)]
        for space in mx.space_ids
    ]
    return header, rows


def table_xlsx(m: CompareExport, bundle: Bundle, ctx: Context) -> bytes:
    lang = m.state.lang
    columns = [Column(h, kind, width) for h, kind, width in table_header(m)]
    content = workbook_bytes(
        columns, table_rows(m), metadata(m, bundle, ctx), lang, f"{heading(m)} · {subtitle(m)}"
    )
    header, rows = matrix_sheet(m)
    return add_sheet(content, t("xc_sheet_matrix", lang), matrix_title(m), header, rows)


# ------------------------------------------------------------------------------- build


def build(bundle: Bundle, request: ViewRequest, part: str, fmt: str, ctx: Context) -> Export:
    m = model(bundle, request)
    if part == "side":
        content = side_image(m, bundle, fmt, ctx)
    elif part == "matrix":
        content = matrix_image(m, bundle, fmt, ctx)
    elif part == "deck":
        content = deck.deck_bytes(deck_slides(m, bundle, ctx), m.state.lang)
    elif fmt == "csv":
        content = table_csv(m).encode("utf-8")
    else:
        content = table_xlsx(m, bundle, ctx)
    return Export(content, filename(m, part, fmt), MIMETYPES[fmt])


SPEC = register(
    ViewSpec(
        name="compare",
        pattern=PATH,
        parts={"side": IMAGES, "matrix": IMAGES, "deck": ("pptx",), "table": ("csv", "xlsx")},
        build=build,
        path_of=lambda args: PATH,
    )
)
