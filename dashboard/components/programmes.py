"""The Aktionsprogramme on ``/daten``: how much the Projektbüro has filled in per space."""

from __future__ import annotations

import pandas as pd
from dash import html

from .. import ids
from ..data.programmes import programme_overview
from ..i18n import format_date, t


def create_programmes_section(bundle, lang: str) -> list:
    """The section as a one-element list (to splice into a page's content): what the
    Aktionsprogramme are, how many spaces have anything filled in, per such space its process
    dates, what is still missing and where the entries come from, and the spaces without any."""
    overview = programme_overview(bundle)
    started = overview[overview.n_filled > 0]
    empty = overview[overview.n_filled == 0]
    content: list = [
        html.H2(t("programme_heading", lang), className="h4 mt-4", id="aktionsprogramme"),
        html.P(t("programme_intro", lang)),
        html.P(
            t("programme_count", lang).format(n=len(started), total=len(overview)),
            className="fw-semibold",
        ),
        *(_space(r, lang) for _, r in started.iterrows()),
    ]
    if not empty.empty and not started.empty:
        names = ", ".join(f"{r.space_id} {r['name']}" for _, r in empty.iterrows())
        content.append(html.P([html.Strong(t("programme_nothing_for", lang)), " ", names]))
    return [html.Section(content, id=ids.DATA_PROGRAMMES)]


def _space(r: pd.Series, lang: str) -> html.Div:
    steps = [
        html.Li(
            [
                p.label(lang),
                ": ",
                format_date(p.date, lang) if p.date else t("programme_not_filled", lang),
            ]
        )
        for p in r.steps
    ]
    missing = "; ".join(p.label(lang) for p in r.missing) or "–"
    if isinstance(r.file, str) and isinstance(r.imported_on, str):
        source = t("programme_imported", lang).format(
            file=r.file, date=format_date(r.imported_on, lang)
        )
    else:  # rows without a kept import (not written by import-programme)
        source = t("programme_source_projektbuero", lang)
    return html.Div(
        [
            html.H3(f"{r.space_id} {r['name']}", className="h6 mb-1"),
            html.P(
                t("programme_filled", lang).format(n=r.n_filled, total=r.n_parts),
                className="mb-1",
            ),
            html.Ul(steps, className="mb-1", **{"aria-label": t("programme_process", lang)}),
            html.P(
                [html.Strong(t("programme_not_filled", lang).capitalize() + ": "), missing],
                className="mb-1",
            ),
            html.P(html.Small(source), className="text-muted mb-0"),
        ],
        className="programme-space border-start ps-2 mb-3",
        id=f"programme-{r.space_id}",
    )
