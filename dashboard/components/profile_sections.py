"""create_* builders of the profile's fact sections: public facts, money, history, taking part."""

from __future__ import annotations

import pandas as pd
from dash import dcc, html

from ..i18n import format_number, pick, t
from .profile import link, source_bits


def _date(value) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def create_facts(facts: pd.DataFrame, lang: str) -> html.Div:
    if facts.empty:
        return html.P(t("profile_facts_empty", lang), className="small")
    items = [
        html.Li(
            [
                pick(r, "text", lang),
                " ",
                source_bits(r.source_title, r.source_url, _date(r.get("date")), r.confidence, lang),
            ]
        )
        for _, r in facts.iterrows()
    ]
    return html.Ul(items, className="small")


def create_money(money: pd.DataFrame, totals: pd.DataFrame, lang: str) -> html.Div:
    if money.empty:
        own = html.P(t("profile_money_empty", lang), className="small")
    else:
        rows = []
        for _, r in money.iterrows():
            amount = "–" if pd.isna(r.amount_eur) else format_number(r.amount_eur, lang, 0) + " €"
            per = (
                "–"
                if r.per_resident is None or pd.isna(r.per_resident)
                else f"{format_number(r.per_resident, lang, 0)} € "
                f"({t('profile_per_resident_basis', lang)} {pick(r, 'per_resident_basis', lang)})"
            )
            rows.append(
                html.Tr(
                    [
                        html.Th(pick(r, "programme", lang), scope="row", className="fw-normal"),
                        html.Td(r.year or t("undated", lang)),
                        html.Td(amount, className="text-nowrap"),
                        html.Td(per),
                        html.Td(
                            [
                                pick(r, "what", lang),
                                " ",
                                source_bits(r.source_title, r.source_url, "", r.confidence, lang),
                            ]
                        ),
                    ]
                )
            )
        head = [
            "profile_programme_col",
            "profile_year",
            "profile_amount",
            "profile_per_resident",
            "profile_what",
        ]
        own = html.Div(
            html.Table(
                [
                    html.Caption(t("profile_money_caption", lang)),
                    html.Thead(html.Tr([html.Th(t(k, lang), scope="col") for k in head])),
                    html.Tbody(rows),
                ],
                className="table table-sm small caption-top",
            ),
            className="table-responsive",
            tabIndex="0",
            role="region",
            **{"aria-label": t("profile_money_caption", lang)},
        )
    city = [
        html.Li(
            [
                f"{pick(r, 'label', lang)}: {_total(r, lang)} ",
                source_bits(
                    r.source_title,
                    r.source_url,
                    r.get("date_en") if lang == "en" and r.get("date_en") else _date(r.date),
                    r.confidence,
                    lang,
                ),
            ]
        )
        for _, r in totals.iterrows()
    ]
    return html.Div(
        [
            own,
            html.H3(t("profile_city_totals", lang), className="h6 mt-3"),
            html.P(t("profile_city_totals_note", lang), className="small"),
            html.Ul(city, className="small"),
        ]
    )


def _total(r, lang: str) -> str:
    if r.unit == "EUR":
        return format_number(r.value, lang, 0) + " €"
    if r.unit == "persons":
        return t("profile_persons", lang).format(n=format_number(r.value, lang, 0))
    return format_number(r.value, lang, 0)


def create_history(p, bundle, events: pd.DataFrame, lang: str) -> html.Div:
    s = p.space
    spaces = bundle.spaces.set_index("space_id")
    items = []
    if s.status == "former":
        items.append(
            html.Li(
                t("profile_hist_former", lang).format(start=int(s.valid_from), end=int(s.valid_to))
            )
        )
        for sid in p.successors:
            items.append(
                html.Li(
                    [
                        t("profile_hist_successor", lang),
                        " ",
                        dcc.Link(spaces.at[sid, "name"], href=_href(sid, lang)),
                    ]
                )
            )
    elif int(s.valid_from) > 2008:
        items.append(html.Li(t("profile_hist_new", lang).format(year=int(s.valid_from))))
        for sid in p.predecessors:
            items.append(
                html.Li(
                    [
                        t("profile_hist_predecessor", lang),
                        " ",
                        dcc.Link(spaces.at[sid, "name"], href=_href(sid, lang)),
                    ]
                )
            )
    else:
        items.append(html.Li(t("profile_hist_since_start", lang)))
    decision = bundle.resources[bundle.resources.key == "aktionsraeume"]
    source = (
        source_bits(
            decision.iloc[0].source_title,
            decision.iloc[0].source_url,
            "",
            decision.iloc[0].confidence,
            lang,
        )
        if not decision.empty
        else ""
    )
    items.append(html.Li([t("profile_hist_2021", lang), " ", source]))
    for _, r in events.iterrows():
        items.append(
            html.Li(
                [
                    f"{_date(r.date)}: {pick(r, 'text', lang)} ",
                    source_bits(r.source_title, r.source_url, "", r.confidence, lang),
                ]
            )
        )
    return html.Ul(items, className="small")


def _href(space_id: str, lang: str) -> str:
    return f"/raum/{space_id}" + ("?lang=en" if lang == "en" else "")


def create_taking_part(contacts: pd.DataFrame, bundle, lang: str) -> html.Div:
    office = bundle.resources[bundle.resources.key == "projektbuero_staff"]
    url = office.iloc[0].source_url if not office.empty else None
    parts = [html.P(t("profile_take_part_intro", lang), className="small")]
    if contacts.empty:
        parts.append(html.P(t("profile_contacts_empty", lang), className="small"))
    else:
        parts.append(
            html.Ul(
                [
                    html.Li(
                        [
                            html.Strong(f"{pick(r, 'role', lang)}: "),
                            r.address if isinstance(r.address, str) else "",
                            " ",
                            pick(r, "how", lang),
                            " ",
                            source_bits(r.source_title, r.source_url, _date(r.date), "", lang),
                        ]
                    )
                    for _, r in contacts.iterrows()
                ],
                className="small",
            )
        )
    if isinstance(url, str) and url:
        parts.append(
            html.P(
                [t("profile_office_page", lang), " ", link(t("profile_office_link", lang), url)],
                className="small",
            )
        )
    return html.Div(parts)
