"""Exports of a space profile (``/raum/<id>``): its map, its profile chart, deck and table.

The state comes from the page's own parser (``state/profile.py``) and the numbers from the
same cached ``SpaceProfile``; the HTTP route carries the space id as ``space=AR01``.
"""

from __future__ import annotations

import time
from dataclasses import replace

import pandas as pd

from ...data.bundle import Bundle
from ...data.model import HANDLUNGSFELDER
from ...figures.map_style import short_source
from ...figures.spine import spine_figure
from ...i18n import edition_year, format_date, format_value, pick, t, unit_label
from ...models.profile import SpaceProfile, profile_model, space_ids
from ...state.profile import parse_profile, profile_href
from .. import deck
from ..cells import csv_cell, csv_text
from ..decorate import HEIGHT, WIDTH, Frame, export_line, render_framed
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
from ..static_map import space_map_figure
from ..xlsx import Column, workbook_bytes


def model(bundle: Bundle, request: ViewRequest) -> SpaceProfile:
    space_id = request.args.get("space", "")
    if space_id not in set(space_ids(bundle)):
        raise ExportRequestError(f"unknown space {space_id!r} (e.g. AR01)")
    state, _ignored = parse_profile(request.query, bundle)
    return profile_model(bundle, (space_id, state))


def permalink(p: SpaceProfile, bundle: Bundle, base_url: str) -> str:
    return base_url + profile_href(p.space_id, p.state, bundle)


def kind(p: SpaceProfile, lang: str) -> str:
    word = t("type_aq" if p.space.type == "Aktionsquartier" else "type_ar", lang)
    return word if p.is_current else t("profile_former", lang).format(kind=word)


def heading(p: SpaceProfile, lang: str) -> str:
    return f"{kind(p, lang)} {p.space['name']}"


def subtitle(p: SpaceProfile, lang: str) -> str:
    s = p.space
    since = (
        t("profile_since", lang).format(year=int(s.valid_from))
        if p.is_current
        else t("profile_period", lang).format(start=int(s.valid_from), end=int(s.valid_to))
    )
    edition = edition_year(p.state.edition) if p.state.edition else t("profile_latest", lang)
    parts = [
        f"{t('profile_district', lang)} {s.stadtbezirk}",
        since,
        t("export_units_n", lang).format(n=len(p.members)),
        f"{t('profile_membership', lang)}: {t('conf_' + s.membership_confidence, lang)}",
        f"{t('xlsx_edition', lang)}: {edition}",
    ]
    if p.state.field:
        parts.append(HANDLUNGSFELDER[p.state.field][lang])
    return " · ".join(parts)


def source_line(p: SpaceProfile, lang: str) -> str:
    """The profile mixes sources: every source, reference date and confidence once."""
    rows = p.indicators.dropna(subset=["source"])
    sources = list(dict.fromkeys(short_source(r) for r in rows.itertuples()))
    dates = list(dict.fromkeys(rows.reference_date))
    confidences = list(dict.fromkeys(rows.confidence))
    return (
        f"{t('source', lang)}: Stadt Dortmund, Dortmunder Statistik: {', '.join(sources)} · "
        f"{t('reference_date', lang)}: {' / '.join(format_date(d, lang) for d in dates)} · "
        f"{t('confidence', lang)}: {' / '.join(t(c, lang) for c in confidences)}"
    )


def membership_line(p: SpaceProfile, lang: str) -> str:
    return f"{t('profile_membership', lang)}: {pick(p.space, 'evidence', lang)}"


def footer(p: SpaceProfile, bundle: Bundle, ctx: Context, lang: str) -> tuple[str, ...]:
    return (
        source_line(p, lang),
        export_line(ctx.now, permalink(p, bundle, ctx.base_url), lang),
    )


def filename(p: SpaceProfile, part: str, ext: str) -> str:
    edition = edition_year(p.state.edition) if p.state.edition else "aktuell"
    name = p.space.get("short_name") or p.space["name"]
    return export_filename(f"raum-{p.space_id}-{name}", edition, p.state.field, part=part, ext=ext)


# ------------------------------------------------------------------------------ words


def rank_text(r, lang: str) -> str:
    if r["rank"] is None or pd.isna(r["rank"]):
        return ""
    key = "profile_rank_need" if r.rank_by == "need" else "profile_rank_value"
    return t(key, lang).format(rank=int(r["rank"]), n=int(r.n_ranked))


def indicator_words(p: SpaceProfile, r, lang: str) -> str:
    label = f"{pick(r, 'label', lang)} ({edition_year(str(r.edition))})"
    if pd.isna(r.value):
        return f"{label}: {t('no_data', lang)}"
    ref_label = pick(r, "reference_label", lang) or t("city", lang)
    text = (
        f"{label}: {p.space['name']} {format_value(r.value, r.unit, lang)}, "
        f"{ref_label} {format_value(r.reference, r.unit, lang)}"
    )
    rank = rank_text(r, lang)
    if rank:
        text += f"; {t('profile_rank', lang)} {rank}"
    return f"{text}; {t('spine_pos_' + r.position, lang)}."


# ------------------------------------------------------------------------------ images


def map_image(p: SpaceProfile, bundle: Bundle, fmt: str, ctx: Context, lang: str) -> bytes:
    frame = Frame(
        heading(p, lang),
        subtitle(p, lang),
        (membership_line(p, lang), *footer(p, bundle, ctx, lang)),
    )
    return render_framed(space_map_figure(bundle, p.space_id, lang), frame, fmt, ctx.timeout)


def with_values(fig, p: SpaceProfile, lang: str):
    """Each row's numbers written at its right end (on screen they are in the tooltip and
    the table below): 'Hafen 29,0 % · Stadt 10,6 %'. Rows are placed as in ``spine_figure``."""
    rows = p.indicators
    n = len(rows) + rows.handlungsfeld.nunique()
    i, field = -1, None
    notes = []
    for _, r in rows.iterrows():
        if r.handlungsfeld != field:
            field = r.handlungsfeld
            i += 1
        i += 1
        if pd.isna(r.value):
            continue
        ref_label = t("city", lang)
        text = (
            f"{p.space['name']} {format_value(r.value, r.unit, lang)} · "
            f"{ref_label} {format_value(r.reference, r.unit, lang)}"
        )
        notes.append(
            dict(
                x=1.05,
                y=n - 1 - i + 0.5,
                xref="x",
                yref="y",
                text=text,
                showarrow=False,
                xanchor="right",
                yanchor="middle",
                font=dict(size=12),
                bgcolor="rgba(255,255,255,0.85)",
            )
        )
    return fig.update_layout(annotations=[*fig.layout.annotations, *notes])


def with_legend(fig):
    """The spine chart with its legend above the rows (on screen it sits beside the chart)."""
    return fig.update_layout(
        showlegend=True,
        legend=dict(
            orientation="h",
            x=0,
            xanchor="left",
            y=1.0,
            yanchor="bottom",
            font=dict(size=13),
            itemclick=False,
        ),
        margin=dict(t=40),
    )


def chart_image(p: SpaceProfile, bundle: Bundle, fmt: str, ctx: Context, lang: str) -> bytes:
    fig = with_legend(with_values(spine_figure(p, lang), p, lang))
    frame = Frame(
        f"{heading(p, lang)}: {t('export_profile_chart', lang)}",
        subtitle(p, lang),
        footer(p, bundle, ctx, lang),
    )
    height = max(HEIGHT, int(fig.layout.height or 0) + 130 + 80)
    return render_framed(fig, frame, fmt, ctx.timeout, WIDTH, height, top=130)


# -------------------------------------------------------------------------------- deck


def deck_slides(p: SpaceProfile, bundle: Bundle, ctx: Context, lang: str) -> list[deck.Slide]:
    started = time.monotonic()

    def remaining() -> float:
        return max(ctx.timeout - (time.monotonic() - started), 0.1)

    link = permalink(p, bundle, ctx.base_url)
    note = "\n".join(
        (
            source_line(p, lang),
            f"{t('export_exported', lang)} {format_date(ctx.now.date().isoformat(), lang)}"
            f" · {link}",
        )
    )
    worse = p.indicators[p.indicators.position == "worse"]
    members = ", ".join(f"{r.unit_code} {r.name}" for r in p.members.itertuples())
    cover_notes = t("notes_profile_cover", lang).format(
        name=p.space["name"],
        kind=kind(p, lang),
        district=p.space.stadtbezirk,
        n=len(p.members),
        worse=len(worse),
        total=int(p.indicators.value.notna().sum()),
    )
    slides = [
        deck.Slide(
            title=heading(p, lang),
            subtitle=subtitle(p, lang),
            lines=(
                f"{t('profile_members', lang)}: {members}",
                membership_line(p, lang),
                link,
            ),
            footnote=note,
            notes=cover_notes,
            cover=True,
        ),
        deck.Slide(
            title=f"{t('deck_location', lang)}: {p.space['name']}",
            subtitle=subtitle(p, lang),
            image=render_image(
                space_map_figure(bundle, p.space_id, lang), "png", 1200, 560, 2.0, remaining()
            ),
            footnote=note,
            notes=cover_notes,
        ),
    ]
    fields = [p.state.field] if p.state.field else list(dict.fromkeys(p.indicators.handlungsfeld))
    for field in fields:
        part = profile_model(bundle, (p.space_id, replace(p.state, field=field)))
        if part.indicators.empty:
            continue
        fig = with_legend(with_values(spine_figure(part, lang), part, lang))
        height = int(fig.layout.height or 400) + 40
        image = render_image(fig, "png", 1200, height, 2.0, remaining())
        slides.append(
            deck.Slide(
                title=f"{p.space['name']}: {HANDLUNGSFELDER[field][lang]}",
                subtitle=t("deck_spine_sub", lang),
                image=image,
                footnote=note,
                notes="\n".join(indicator_words(p, r, lang) for _, r in part.indicators.iterrows()),
            )
        )
    return slides


# ------------------------------------------------------------------------------- table

COLUMNS = (
    ("handlungsfeld", "profile_field", "text", 30),
    ("label", "indicator", "text", 40),
    ("edition", "xlsx_edition", "text", 12),
    ("value", "profile_value", "precise", 12),
    ("unit", "xlsx_unit", "text", 10),
    ("reference", "profile_city", "precise", 12),
    ("reference_label", "xlsx_reference_label", "text", 24),
    ("rank", "profile_rank", "integer", 10),
    ("n_ranked", "xlsx_of", "integer", 8),
    ("change", "change_word", "precise", 12),
    ("position", "profile_position", "text", 30),
    ("source", "source", "text", 50),
    ("reference_date", "reference_date", "text", 12),
    ("confidence", "confidence", "text", 12),
)


def table_rows(p: SpaceProfile, lang: str) -> list[list]:
    rows = []
    for r in p.indicators.itertuples():

        def num(v):
            return None if v is None or pd.isna(v) else float(v)

        rows.append(
            [
                HANDLUNGSFELDER[r.handlungsfeld][lang],
                pick(r._asdict(), "label", lang),
                edition_year(str(r.edition)),
                num(r.value),
                unit_label(str(r.unit), lang),
                num(r.reference),
                pick(r._asdict(), "reference_label", lang),
                None if pd.isna(r.rank) else int(r.rank),
                None if not r.n_ranked or pd.isna(r.n_ranked) else int(r.n_ranked),
                num(r.change),
                t("spine_pos_" + r.position, lang),
                "" if pd.isna(r.source) else str(r.source),
                "" if pd.isna(r.reference_date) else format_date(r.reference_date, lang),
                "" if pd.isna(r.confidence) else t(r.confidence, lang),
            ]
        )
    return rows


def table_csv(p: SpaceProfile, lang: str) -> str:
    rows = ([csv_cell(v, lang, 2) for v in row] for row in table_rows(p, lang))
    return csv_text([t(key, lang) for _, key, _, _ in COLUMNS], rows, lang)


def metadata(p: SpaceProfile, bundle: Bundle, ctx: Context, lang: str) -> list[tuple[str, str]]:
    rows = [
        (t("xlsx_view", lang), heading(p, lang)),
        (t("profile_district", lang), str(p.space.stadtbezirk)),
        (
            t("profile_members", lang),
            ", ".join(f"{r.unit_code} {r.name}" for r in p.members.itertuples()),
        ),
        (t("profile_membership", lang), pick(p.space, "evidence", lang)),
    ]
    seen = set()
    for r in p.indicators.dropna(subset=["source"]).itertuples():
        key = (r.source, r.reference_date, r.confidence)
        if key in seen:
            continue
        seen.add(key)
        rows += [
            (t("source", lang), f"{r.source} ({r.source_url})"),
            (t("reference_date", lang), format_date(r.reference_date, lang)),
            (t("confidence", lang), t(r.confidence, lang)),
        ]
    rows += [
        (t("xlsx_permalink", lang), permalink(p, bundle, ctx.base_url)),
        (t("export_exported", lang), format_date(ctx.now.date().isoformat(), lang)),
    ]
    return rows


def table_xlsx(p: SpaceProfile, bundle: Bundle, ctx: Context, lang: str) -> bytes:
    columns = [Column(t(key, lang), kind, width) for _, key, kind, width in COLUMNS]
    return workbook_bytes(
        columns, table_rows(p, lang), metadata(p, bundle, ctx, lang), lang, heading(p, lang)
    )


# ------------------------------------------------------------------------------- build


def build(bundle: Bundle, request: ViewRequest, part: str, fmt: str, ctx: Context) -> Export:
    p = model(bundle, request)
    lang = p.state.lang
    if part == "map":
        content = map_image(p, bundle, fmt, ctx, lang)
    elif part == "chart":
        content = chart_image(p, bundle, fmt, ctx, lang)
    elif part == "deck":
        content = deck.deck_bytes(deck_slides(p, bundle, ctx, lang), lang)
    elif fmt == "csv":
        content = table_csv(p, lang).encode("utf-8")
    else:
        content = table_xlsx(p, bundle, ctx, lang)
    return Export(content, filename(p, part, fmt), MIMETYPES[fmt])


SPEC = register(
    ViewSpec(
        name="profile",
        pattern="/raum/(?P<space>[^/]+)",
        parts={"map": IMAGES, "chart": IMAGES, "deck": ("pptx",), "table": ("csv", "xlsx")},
        build=build,
        path_of=lambda args: f"/raum/{args['space']}",
        arg_names=("space",),
    )
)
