"""The Aktionsprogramme on ``/daten``: how much the Projektbüro has filled in per space."""

from __future__ import annotations

import pandas as pd
from dash import html

from .. import ids
from ..data.programmes import REQUIRED_STEPS, STEPS, programme_overview
from ..i18n import format_date, t
from .tables import create_table


def create_programmes_section(bundle, lang: str) -> list:
    """The section as a one-element list (to splice into a page's content)."""
    return [html.Section(_content(bundle, lang), id=ids.DATA_PROGRAMMES)]


def _content(bundle, lang: str) -> list:
    """Heading, what the Aktionsprogramme are and where they come from, and per space what is
    filled in (a table only once any space has something: until then one plain sentence)."""
    overview = programme_overview(bundle)
    started = overview[overview.n_filled > 0]
    content: list = [
        html.H2(t("programme_heading", lang), className="h4 mt-4", id="aktionsprogramme"),
        html.P(t("programme_intro", lang)),
        html.P(
            t("programme_count", lang).format(n=len(started), total=len(overview)),
            className="fw-semibold",
        ),
    ]
    if started.empty:
        return content

    def step(key: str):
        def cell(r: pd.Series) -> str:
            date = r[key]
            filled = isinstance(date, str) and date
            return format_date(date, lang) if filled else t("programme_not_filled", lang)

        return (STEPS[key][1] if lang == "en" else STEPS[key][0], cell)

    def missing(r: pd.Series) -> str:
        if r.n_filled == 0:
            return t("programme_nothing", lang)
        return "; ".join(p.label(lang) for p in r.missing) or "–"

    columns = [
        (t("programme_space", lang), lambda r: f"{r.space_id} {r['name']}"),
        (
            t("programme_parts", lang),
            lambda r: t("programme_filled", lang).format(n=r.n_filled, total=r.n_parts),
        ),
        *(step(key) for key in REQUIRED_STEPS),
        (t("programme_not_filled", lang).capitalize(), missing),
    ]
    content.append(create_table(overview, columns, t("programme_caption", lang)))
    return content
