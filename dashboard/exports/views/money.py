"""Exports of needs next to money (``/mittel``): the quadrant chart as an image, a deck, and
the 15 spaces' table as CSV/XLSX (every published amount with its source as a third sheet).

The state comes from the page's own parser (``state/money.py``) and the numbers from the same
cached ``MoneyModel``. The money has its own sources: every image and slide names the
indicator's source and the funding sources of the amounts in the chart, with their dates and
confidence, and says, as the page does, that the match of an amount to a space is inferred.
"""

from __future__ import annotations

import textwrap
import time

import pandas as pd

from ...data.bundle import Bundle
from ...figures.map_style import short_source
from ...figures.quadrant import euros, quadrant_figure
from ...i18n import edition_year, format_date, format_value, pick, t, unit_label
from ...models.alt_text import money_text
from ...models.compare import missing_text
from ...models.money import COUNTED, MoneyModel, city_totals, money_model
from ...state.money import MoneyState, parse_state, state_query
from .. import deck
from ..cells import csv_cell, csv_text
from ..decorate import HEIGHT, LINE, WIDTH, WRAP, Frame, export_line
from ..flush import render_flush
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
from ..sheets import add_sheet
from ..xlsx import Column, workbook_bytes

PATH = "/mittel"
FACT_WORDS = ("stated", "assigned", "derived")
TOP, LEFT, PLOT = 175, 170, 600
"""Pixels: the title block, the left margin (axis labels), the plot's height."""


def model(bundle: Bundle, request: ViewRequest) -> tuple[MoneyState, MoneyModel]:
    state, _ignored = parse_state(request.query, bundle)
    return state, money_model(bundle, state.indicator, state.edition)


def permalink(state: MoneyState, bundle: Bundle, base_url: str) -> str:
    query = state_query(state, bundle)
    return base_url + PATH + (query if query != "?" else "")


def label(mm: MoneyModel, lang: str) -> str:
    return pick(mm.entry, "label", lang)


def heading(mm: MoneyModel, lang: str) -> str:
    return f"{t('money_heading', lang)}: {label(mm, lang)}"


def subtitle(state: MoneyState, mm: MoneyModel) -> str:
    lang = state.lang
    return (
        f"{t('money_chart_title', lang)} · {t('xlsx_edition', lang)}: "
        f"{edition_year(mm.edition)} · {t('money_scale', lang)}: "
        f"{t(f'money_scale_{state.scale}', lang)}"
    )


def _conf(value: str, lang: str) -> str:
    return t(value, lang) if value in FACT_WORDS else str(value)


def indicator_line(mm: MoneyModel, lang: str, short: bool = False) -> str:
    """As on the page: the indicator, its source, reference date, confidence, city value;
    ``short`` (a slide's footnote): the source's short name, without the city value."""
    e = mm.entry
    tr = e.transcription if isinstance(e.transcription, str) and e.transcription else ""
    if short:
        return (
            f"{t('money_value_source', lang)}: {t('source', lang)}: Stadt Dortmund, "
            f"Dortmunder Statistik: {short_source(e)} · {t('reference_date', lang)}: "
            f"{format_date(e.reference_date, lang)} · {t('confidence', lang)}: "
            f"{t(e.confidence, lang)}"
        )
    return (
        f"{t('money_value_source', lang)}: {label(mm, lang)}. {t('source', lang)}: "
        f"{e.source}{f' ({tr})' if tr else ''} · {t('reference_date', lang)}: "
        f"{format_date(e.reference_date, lang)} · {t('confidence', lang)}: "
        f"{t(e.confidence, lang)} · {pick(vars(mm.reference), 'label', lang)}: "
        f"{format_value(mm.reference.value, e.unit, lang)}"
    )


def _year(row, lang: str) -> str:
    if pd.isna(row.year):
        return pick(row._asdict(), "year_note", lang) or t("undated", lang)
    return f"{row.year:.0f}" + ("" if pd.isna(row.year_end) else f"–{row.year_end:.0f}")


def funding_line(mm: MoneyModel, lang: str) -> str:
    """The sources of the amounts in the chart (the counted ones), each with its years, and
    their confidence; the match to a space is inferred, as the page says."""
    counted = mm.rows[mm.rows.role == COUNTED]
    sources: dict[str, list[str]] = {}
    for r in counted.itertuples(index=False):
        sources.setdefault(str(r.source_title), []).append(_year(r, lang))
    items = "; ".join(f"{s} ({', '.join(dict.fromkeys(y))})" for s, y in sources.items())
    confidences = " / ".join(_conf(c, lang) for c in dict.fromkeys(counted.confidence))
    return t("xm_funding_line", lang).format(sources=items or "–", confidence=confidences or "–")


def footer(state: MoneyState, mm: MoneyModel, bundle: Bundle, ctx: Context) -> tuple[str, ...]:
    lang = state.lang
    return (
        indicator_line(mm, lang),
        funding_line(mm, lang),
        t("xm_inferred", lang),
        export_line(ctx.now, permalink(state, bundle, ctx.base_url), lang),
    )


def filename(state: MoneyState, part: str, ext: str) -> str:
    return export_filename(
        "mittel",
        indicator_slug(state.indicator),
        edition_year(state.edition),
        part="diagramm" if part == "chart" else part,
        ext=ext,
    )


# ------------------------------------------------------------------------------ images


def chart_figure(state: MoneyState, mm: MoneyModel):
    """The page's quadrant chart with its legend shown (on the page the strip's label
    names the second group)."""
    fig = quadrant_figure(mm, state.scale, state.lang)
    return fig.update_layout(
        showlegend=True,
        # above the city value's label (which may stand anywhere along the top)
        legend=dict(
            orientation="h", x=0, xanchor="left", y=1.05, yanchor="bottom", font=dict(size=13)
        ),
        margin=dict(t=50, b=80),
    )


def chart_image(state: MoneyState, mm: MoneyModel, bundle: Bundle, fmt: str, ctx: Context):
    frame = Frame(heading(mm, state.lang), subtitle(state, mm), footer(state, mm, bundle, ctx))
    footer_px = LINE * sum(len(textwrap.wrap(x, WRAP)) for x in frame.footer if x)
    height = max(HEIGHT, PLOT + TOP + 80 + footer_px + 24)
    return render_flush(chart_figure(state, mm), frame, fmt, ctx.timeout, WIDTH, height, TOP, LEFT)


# -------------------------------------------------------------------------------- deck


def deck_slides(
    state: MoneyState, mm: MoneyModel, bundle: Bundle, ctx: Context
) -> list[deck.Slide]:
    started = time.monotonic()
    lang = state.lang
    link = permalink(state, bundle, ctx.base_url)
    note = "\n".join(
        (
            indicator_line(mm, lang, short=True),
            funding_line(mm, lang),
            f"{t('export_exported', lang)} {format_date(ctx.now.date().isoformat(), lang)}"
            f" · {link}",
        )
    )
    words = money_text(mm.spaces, str(mm.entry.unit))[lang == "en"]
    fig = chart_figure(state, mm)
    image = render_image(
        fig, "png", 1300, 560, 2.0, max(ctx.timeout - (time.monotonic() - started), 0.1)
    )
    rows = list(city_totals(bundle).itertuples(index=False))
    totals = [
        f"{pick(r._asdict(), 'label', lang)}: {euros(r.value, lang)} "
        f"({pick(r._asdict(), 'as_of', lang)}; {t('confidence', lang)}: "
        f"{_conf(r.confidence, lang)})"
        for r in rows
    ]
    total_sources = [f"{line} – {r.source_title}" for line, r in zip(totals, rows, strict=True)]
    return [
        deck.Slide(
            title=heading(mm, lang),
            subtitle=subtitle(state, mm),
            lines=(t("money_intro", lang), t("xm_inferred", lang), link),
            footnote=note,
            notes=f"{words} {t('money_rule', lang)}",
            cover=True,
        ),
        deck.Slide(
            title=t("money_chart_title", lang),
            subtitle=f"{label(mm, lang)} ({edition_year(mm.edition)})",
            image=image,
            lines=(t("xm_inferred", lang),),
            footnote=note,
            notes=words,
        ),
        deck.Slide(
            title=t("money_city_totals", lang),
            subtitle=t("money_city_note", lang),
            lines=tuple(totals),
            footnote=note,
            notes="\n".join((t("money_city_note", lang), *total_sources)),
            cover=True,
        ),
    ]


# ------------------------------------------------------------------------------- table


def table_header(lang: str) -> list[tuple[str, str, int]]:
    return [
        (t("csv_space_id", lang), "text", 10),
        (t("compare_space", lang), "text", 30),
        (t("money_value", lang), "precise", 12),
        (t("xlsx_unit", lang), "text", 10),
        (t("xm_sum_eur", lang), "integer", 16),
        (t("money_years", lang), "text", 14),
        (t("xm_population", lang), "integer", 14),
        (t("xm_per_resident", lang), "precise", 16),
        (t("money_note", lang), "text", 60),
    ]


def _note(s, lang: str) -> str:
    parts = []
    if s.funding is None:
        parts.append(t("money_nothing", lang))
    if s.value is None:
        parts.append(f"{missing_text(s.missing_reason, lang)}; {t('money_no_value', lang)}")
    if s.programme_without_amount:
        parts.append(t("money_no_amount", lang))
    if s.several:
        parts.append(t("xm_several", lang))
    if s.funding is not None and s.population and s.population_approx:
        parts.append(t("xm_population_approx", lang).format(year=s.population_year))
    return "; ".join(parts)


def table_rows(mm: MoneyModel, lang: str) -> list[list]:
    """The 15 spaces as the page's table orders them: known funding first, largest first."""
    rows = []
    for s in sorted(mm.spaces, key=lambda s: (s.funding is None, -(s.funding or 0))):
        rows.append(
            [
                s.space_id,
                s.name,
                s.value,
                unit_label(str(mm.entry.unit), lang),
                None if s.funding is None else round(s.funding),
                ", ".join(s.years),
                None if s.population is None else int(s.population),
                s.per_resident,
                _note(s, lang),
            ]
        )
    return rows


def table_csv(mm: MoneyModel, lang: str) -> str:
    rows = ([csv_cell(v, lang, 3) for v in row] for row in table_rows(mm, lang))
    return csv_text([h for h, _, _ in table_header(lang)], rows, lang)


def funding_sheet(mm: MoneyModel, lang: str) -> tuple[list[str], list[list]]:
    """Every published amount with its source and how it is counted (the page's list)."""
    header = [
        t(k, lang)
        for k in (
            "money_programme",
            "money_area",
            "csv_space_id",
            "money_year",
            "xm_amount_eur",
            "money_what",
            "money_counted",
            "source",
            "xlsx_source_url",
            "confidence",
        )
    ]
    rows = []
    for r in mm.rows.itertuples(index=False):
        d = r._asdict()
        rows.append(
            [
                pick(d, "programme", lang),
                pick(d, "area", lang),
                (r.space_id or "").replace(";", ", ") if isinstance(r.space_id, str) else "",
                _year(r, lang),
                None if pd.isna(r.amount_eur) else int(r.amount_eur),
                pick(d, "what", lang),
                t(f"role_{r.role}", lang),
                r.source_title,
                r.source_url if isinstance(r.source_url, str) else "",
                _conf(r.confidence, lang),
            ]
        )
    return header, rows


def metadata(state: MoneyState, mm: MoneyModel, bundle: Bundle, ctx: Context) -> list:
    lang = state.lang
    e = mm.entry
    return [
        (t("xlsx_view", lang), heading(mm, lang)),
        (t("xlsx_indicator", lang), f"{label(mm, lang)} ({mm.indicator})"),
        (t("xlsx_definition", lang), pick(e, "definition", lang)),
        (t("xlsx_edition", lang), edition_year(mm.edition)),
        (t("source", lang), str(e.source)),
        (t("xlsx_source_url", lang), e.source_url if isinstance(e.source_url, str) else ""),
        (t("reference_date", lang), format_date(e.reference_date, lang)),
        (t("confidence", lang), t(e.confidence, lang)),
        (
            pick(vars(mm.reference), "label", lang),
            format_value(mm.reference.value, e.unit, lang),
        ),
        (t("xm_funding_sources", lang), funding_line(mm, lang)),
        (t("xm_how_counted", lang), t("money_rule", lang)),
        (t("xm_inferred_key", lang), t("xm_inferred", lang)),
        (t("money_city_totals", lang), t("money_city_note", lang)),
        (t("xlsx_permalink", lang), permalink(state, bundle, ctx.base_url)),
        (t("export_exported", lang), format_date(ctx.now.date().isoformat(), lang)),
    ]


def table_xlsx(state: MoneyState, mm: MoneyModel, bundle: Bundle, ctx: Context) -> bytes:
    lang = state.lang
    columns = [Column(h, kind, width) for h, kind, width in table_header(lang)]
    content = workbook_bytes(
        columns,
        table_rows(mm, lang),
        metadata(state, mm, bundle, ctx),
        lang,
        f"{heading(mm, lang)} ({edition_year(mm.edition)})",
    )
    header, rows = funding_sheet(mm, lang)
    return add_sheet(
        content, t("xm_sheet_funding", lang), t("money_funding_caption", lang), header, rows
    )


# ------------------------------------------------------------------------------- build


def build(bundle: Bundle, request: ViewRequest, part: str, fmt: str, ctx: Context) -> Export:
    state, mm = model(bundle, request)
    lang = state.lang
    if part == "chart":
        content = chart_image(state, mm, bundle, fmt, ctx)
    elif part == "deck":
        content = deck.deck_bytes(deck_slides(state, mm, bundle, ctx), lang)
    elif fmt == "csv":
        content = table_csv(mm, lang).encode("utf-8")
    else:
        content = table_xlsx(state, mm, bundle, ctx)
    return Export(content, filename(state, part, fmt), MIMETYPES[fmt])


SPEC = register(
    ViewSpec(
        name="money",
        pattern=PATH,
        parts={"chart": IMAGES, "deck": ("pptx",), "table": ("csv", "xlsx")},
        build=build,
        path_of=lambda args: PATH,
    )
)
