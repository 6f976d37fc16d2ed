"""The needs-and-money view's parts: controls, the chart's table alternative, the funding
rows with their sources, and the city totals."""

from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
from dash import html

from .. import ids
from ..data.areas import indicator_editions
from ..figures.quadrant import euros
from ..i18n import format_date, format_number, format_value, pick, t
from ..models.compare import missing_text
from ..models.money import ROLES, MoneyModel, city_totals
from ..state.money import SCALES, MoneyState
from .compare import edition_choices
from .controls import indicator_options

FACT_WORDS = ("stated", "assigned", "derived")


def create_controls(bundle, state: MoneyState) -> html.Div:
    lang = state.lang
    eds = set(indicator_editions(bundle, state.indicator))
    ed_opts = [o for o in edition_choices(bundle, lang) if o["value"] in eds]
    return html.Div(
        [
            html.Div(
                [
                    html.Label(t("indicator", lang), htmlFor=ids.MONEY_INDICATOR, className="h6"),
                    dbc.Select(
                        id=ids.MONEY_INDICATOR,
                        options=indicator_options(bundle, lang),
                        value=state.indicator,
                    ),
                ],
                className="col-12 col-lg-6",
            ),
            html.Div(
                [
                    html.Label(t("edition", lang), htmlFor=ids.MONEY_EDITION, className="h6"),
                    dbc.Select(id=ids.MONEY_EDITION, options=ed_opts, value=state.edition),
                ],
                className="col-12 col-sm-6 col-lg-3",
            ),
            html.Div(
                html.Fieldset(
                    [
                        html.Legend(t("money_scale", lang), className="h6"),
                        dbc.RadioItems(
                            id=ids.MONEY_SCALE,
                            options=[
                                {"label": t(f"money_scale_{s}", lang), "value": s} for s in SCALES
                            ],
                            value=state.scale,
                            inline=True,
                        ),
                    ]
                ),
                className="col-12 col-sm-6 col-lg-3",
            ),
        ],
        className="row g-2 mb-2",
    )


def source_line(model: MoneyModel, lang: str) -> html.P:
    e = model.entry
    tr = e.transcription if isinstance(e.transcription, str) and e.transcription else ""
    return html.P(
        [
            f"{t('money_value_source', lang)}: {pick(e, 'label', lang)}. {t('source', lang)}: ",
            html.A(e.source + (f" ({tr})" if tr else ""), href=e.source_url, rel="noopener")
            if isinstance(e.source_url, str) and e.source_url
            else e.source,
            f" · {t('reference_date', lang)}: {format_date(e.reference_date, lang)}"
            f" · {t('confidence', lang)}: {t(e.confidence, lang)}"
            f" · {pick(vars(model.reference), 'label', lang)}: "
            f"{format_value(model.reference.value, e.unit, lang)}",
        ],
        className="small text-muted",
    )


def _note(s, lang: str) -> str:
    parts = []
    if s.value is None:
        parts.append(f"{missing_text(s.missing_reason, lang)}; {t('money_no_value', lang)}")
    if s.programme_without_amount:
        parts.append(t("money_no_amount", lang))
    if s.several:
        parts.append(t("money_several_note", lang))
    if s.funding is not None:
        if s.population:
            approx = t("money_approx", lang) if s.population_approx else ""
            year = (
                s.population_year
                if lang == "de"
                else s.population_year.replace("undatiert", "undated").replace("um ", "about ")
            )
            parts.append(
                t("money_population", lang).format(
                    pop=format_number(s.population, lang, 0), year=year, approx=approx
                )
            )
        else:
            parts.append(t("money_no_population", lang))
    return "; ".join(parts)


def points_table(model: MoneyModel, lang: str) -> html.Table:
    unit = model.entry.unit
    head = [
        "compare_space",
        "money_value",
        "money_sum",
        "money_years",
        "money_per_resident",
        "money_note",
    ]
    rows = []
    for s in sorted(model.spaces, key=lambda s: (s.funding is None, -(s.funding or 0))):
        rows.append(
            html.Tr(
                [
                    html.Th(s.name, scope="row"),
                    html.Td(format_value(s.value, unit, lang), className="text-end"),
                    html.Td(
                        euros(s.funding, lang)
                        if s.funding is not None
                        else t("money_nothing", lang),
                        className="text-end" + ("" if s.funding is not None else " fst-italic"),
                    ),
                    html.Td(", ".join(s.years) or "–"),
                    html.Td(
                        format_number(s.per_resident, lang, 0) if s.per_resident else "–",
                        className="text-end",
                    ),
                    html.Td(_note(s, lang), className="small"),
                ]
            )
        )
    return _table(head, rows, "money_points", lang)


def _table(head, rows, caption, lang):
    return html.Div(
        html.Table(
            [
                html.Caption(t(caption, lang), className="visually-hidden"),
                html.Thead(html.Tr([html.Th(t(h, lang), scope="col") for h in head])),
                html.Tbody(rows),
            ],
            className="table table-sm small align-middle",
        ),
        className="table-responsive",
        tabIndex="0",
        role="region",
        **{"aria-label": t(caption, lang)},
    )


def _year(row, lang: str) -> str:
    if pd.isna(row.year):
        return pick(row._asdict(), "year_note", lang) or t("undated", lang)
    text = f"{row.year:.0f}" + ("" if pd.isna(row.year_end) else f"–{row.year_end:.0f}")
    note = pick(row._asdict(), "year_note", lang)
    return f"{text} ({note})" if note else text


def funding_table(model: MoneyModel, names: dict[str, str], lang: str) -> html.Div:
    head = [
        "money_programme",
        "money_area",
        "compare_space",
        "money_year",
        "money_amount",
        "money_what",
        "money_counted",
        "source",
        "confidence",
    ]
    rows = []
    order = {role: i for i, role in enumerate(ROLES)}
    rows_sorted = model.rows.assign(_o=model.rows.role.map(order)).sort_values(
        ["_o", "space_id", "year"], kind="stable"
    )
    for r in rows_sorted.drop(columns="_o").itertuples(index=False):
        d = r._asdict()
        spaces = r.space_id if isinstance(r.space_id, str) else ""
        link = (
            html.A(r.source_title, href=r.source_url, rel="noopener")
            if isinstance(r.source_url, str) and r.source_url
            else r.source_title
        )
        conf = t(r.confidence, lang) if r.confidence in FACT_WORDS else r.confidence
        rows.append(
            html.Tr(
                [
                    html.Th(pick(d, "programme", lang), scope="row"),
                    html.Td(pick(d, "area", lang)),
                    html.Td(", ".join(names.get(x, x) for x in spaces.split(";") if x) or "–"),
                    html.Td(_year(r, lang)),
                    html.Td(
                        euros(None if pd.isna(r.amount_eur) else r.amount_eur, lang),
                        className="text-end text-nowrap",
                    ),
                    html.Td(pick(d, "what", lang)),
                    html.Td(t(f"role_{r.role}", lang)),
                    html.Td(link),
                    html.Td(conf),
                ]
            )
        )
    return _table(head, rows, "money_funding_caption", lang)


def city_note(bundle, lang: str) -> html.Div:
    items = []
    for r in city_totals(bundle).itertuples(index=False):
        d = r._asdict()
        link = (
            html.A(r.source_title, href=r.source_url, rel="noopener")
            if isinstance(r.source_url, str) and r.source_url
            else r.source_title
        )
        conf = t(r.confidence, lang) if r.confidence in FACT_WORDS else r.confidence
        items.append(
            html.Li(
                [
                    f"{pick(d, 'label', lang)}: {euros(r.value, lang)} "
                    f"({pick(d, 'as_of', lang)}; {t('confidence', lang)}: {conf}) – ",
                    link,
                ]
            )
        )
    return html.Div(
        [
            html.H2(t("money_city_totals", lang), className="h6"),
            html.Ul(items, className="small mb-1"),
            html.P(t("money_city_note", lang), className="small text-muted"),
        ],
        className="border rounded p-2 mb-3",
    )
