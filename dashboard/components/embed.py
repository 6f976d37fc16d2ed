"""Embeds (``/embed/<view>``): a registry of embeddable views and their minimal frame.

An embed shows one view from its URL parameters with a title (h1), the view itself, the
source line and a link to the same state in the full dashboard; no navigation and no
controls. A view is registered once with :func:`register_embed` (``pages/embed.py`` registers
the map, the ranking and the space profile); a new one (the need index, hot spots) is one
small module that calls it and is imported by ``create_app``.

Embeds show public data only: a view names the data sets it needs (``needs``) and is not
found (404) when one of them is not public; optional parts check ``public`` themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape

from dash import dcc, html

from ..i18n import format_date, format_number, t
from ..models.table import sorted_rows, value_header
from .sources import source_text


@dataclass(frozen=True)
class Embed:
    """What a view puts into the frame."""

    title: str
    body: list
    source: object
    full_href: str
    """Path and query of the same state in the full dashboard."""


@dataclass(frozen=True)
class EmbedView:
    key: str
    """The first part of the path after ``/embed/``."""
    build: Callable[..., Embed]
    """``build(bundle, query, item, public) -> Embed``; ``item`` is the rest of the path
    (``AR02`` of ``/embed/profile/AR02``) or None."""
    needs: tuple[str, ...] = ()
    """Data set keys (``data/datasets.py``) the view cannot be shown without."""
    item_exists: Callable[..., bool] | None = None
    """``item_exists(bundle, item)`` for views with an item (None: the view takes none)."""
    label: tuple[str, str] = ("", "")
    """German and English name, for the embed dialog."""
    extra: dict = field(default_factory=dict)


EMBEDS: dict[str, EmbedView] = {}


def register_embed(view: EmbedView) -> EmbedView:
    EMBEDS[view.key] = view
    return view


def split_path(path: str | None) -> tuple[str, str | None]:
    """``'profile/AR02'`` -> ``('profile', 'AR02')``; ``'map'`` -> ``('map', None)``."""
    key, _, item = (path or "").strip("/").partition("/")
    return key, (item or None)


def find_embed(bundle, path: str | None, public) -> tuple[EmbedView, str | None] | None:
    """The view and item of an embed path, or None when there is no such public view."""
    key, item = split_path(path)
    view = EMBEDS.get(key)
    if view is None or not set(view.needs) <= set(public):
        return None
    if view.item_exists is None:
        return (view, None) if item is None else None
    if item is None or not view.item_exists(bundle, item):
        return None
    return view, item


def create_embed(embed: Embed, lang: str) -> html.Div:
    """The frame: title and the link to the full dashboard, the source line (visible without
    scrolling in a small frame), then the view."""
    full = html.A(
        [
            t("embed_open_full", lang),
            html.Span(f" ({t('new_window', lang)})", className="visually-hidden"),
        ],
        href=embed.full_href,
        target="_blank",
        rel="noopener",
        className="embed-full-link",
    )
    return html.Div(
        html.Main(
            [
                html.Div(
                    [html.H1(embed.title, className="h5 mb-0 embed-title"), full],
                    className="embed-head",
                ),
                html.Div(embed.source, className="embed-source small embed-top mb-2"),
                *embed.body,
            ],
            id="content",
            className="embed container-fluid py-2",
        ),
        lang=lang,
        className="embed-page",
    )


def create_embed_not_found(lang: str) -> html.Div:
    return html.Div(
        html.Main(
            [
                html.H1(t("embed_not_found", lang), className="h5"),
                html.P(t("embed_not_found_text", lang)),
            ],
            className="embed container-fluid py-2",
        ),
        lang=lang,
    )


def compact_source(entry, details, lang: str, older=None) -> html.Div:
    """Source, reference date and confidence in one line; the full source line (city value,
    method, caveats) folded below it."""
    return html.Div(
        [
            html.P(
                [
                    html.Strong(f"{t('source', lang)}: "),
                    html.A(entry.source, href=entry.source_url, rel="noopener"),
                    f" · {t('reference_date', lang)}: {format_date(entry.reference_date, lang)}",
                    f" ({t('compared_with', lang)} {format_date(older.reference_date, lang)})"
                    if older is not None
                    else "",
                    " · ",
                    html.Span(
                        f"{t('confidence', lang)}: {t(entry.confidence, lang)}",
                        className=f"badge badge-confidence-{entry.confidence}",
                    ),
                ],
                className="mb-1",
            ),
            html.Details([html.Summary(t("embed_source_more", lang)), details], className="mb-1"),
        ]
    )


def values_table(vm) -> html.Details:
    """The numbers behind a map or chart, as a plain table (rank, area, value), folded."""
    lang = vm.state.lang
    rows = "".join(
        f"<tr><td class='text-end'>{'' if r['rank'] is None else r['rank']}</td>"
        f"<th scope='row'>{escape(str(r['name']))}</th>"
        f"<td class='text-end'>{format_number(r['value'], lang, 1)}</td></tr>"
        for r in sorted_rows(vm)
    )
    caption = t("table_caption", lang)
    table = (
        f'<div class="table-responsive" tabindex="0" role="region" aria-label="{caption}">'
        '<table class="table table-sm table-striped small mb-0">'
        f'<caption class="visually-hidden">{caption}</caption><thead><tr>'
        f'<th scope="col">{t("embed_rank", lang)}</th><th scope="col">{t("embed_area", lang)}</th>'
        f'<th scope="col" class="text-end">{escape(value_header(vm))}</th>'
        f"</tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return html.Details(
        [
            html.Summary(t("embed_values", lang), className="small"),
            dcc.Markdown(table, dangerously_allow_html=True),
        ],
        className="embed-values mt-1",
    )


def sources_list(entries, lang: str) -> html.Ul:
    """One source line (source, reference date, confidence) per distinct source."""
    seen, items = set(), []
    for entry in entries:
        line = source_text(entry, lang)
        if line not in seen:
            seen.add(line)
            items.append(html.Li(line))
    return html.Ul(items, className="mb-0 ps-3")
