"""create_* builders of the space profile (no data loading; everything comes from the model)."""

from __future__ import annotations

import pandas as pd
from dash import dcc, html

from .. import ids
from ..data.model import HANDLUNGSFELDER, MISSING_REASON_TEXT
from ..data.programme_tables import ENTRY_STATUS, MEASURE_STATUS
from ..data.programmes import Programme
from ..figures.locator import locator_figure
from ..figures.spine import spine_figure
from ..i18n import edition_year, format_date, format_number, format_value, pick, t
from ..models.alt_text import profile_locator_text, spine_text
from ..models.profile import SpaceProfile
from ..models.profile_facts import ProgrammeStatus

STATIC = {"staticPlot": True, "displayModeBar": False, "responsive": True}
CONF_WORD = {"stated": "fact_stated", "derived": "fact_derived", "assigned": "fact_assigned"}


def link(text: str, url) -> html.A | str:
    return html.A(text, href=url, rel="noopener") if isinstance(url, str) and url else text


def source_bits(title, url, date: str, confidence: str, lang: str) -> html.Span:
    conf = t(CONF_WORD[confidence], lang) if confidence in CONF_WORD else ""
    parts = [f"{t('source', lang)}: ", link(str(title), url)]
    if date:
        parts.append(f" · {t('reference_date', lang)}: {date}")
    if conf:
        parts.append(f" · {t('confidence', lang)}: {conf}")
    return html.Span(parts, className="small text-muted")


def missing_word(reason, lang: str) -> str:
    if reason == "not_in_edition":
        return t("profile_not_in_edition", lang)
    if reason == "no_member_values":
        return t("missing_no_member_values", lang)
    pair = MISSING_REASON_TEXT.get(reason)
    return (pair[1] if lang == "en" else pair[0]) if pair else t("no_data", lang)


def space_kind(space, lang: str) -> str:
    kind = t("type_aq" if space.type == "Aktionsquartier" else "type_ar", lang)
    return kind if space.status == "current" else t("profile_former", lang).format(kind=kind)


def create_header(p: SpaceProfile, bundle, lang: str) -> html.Div:
    s = p.space
    since = (
        t("profile_since", lang).format(year=int(s.valid_from))
        if s.status == "current"
        else t("profile_period", lang).format(start=int(s.valid_from), end=int(s.valid_to))
    )
    members = [
        html.Li(
            f"{r.unit_code} {r.name}"
            + (f" ({t('profile_around', lang)})" if r.relation == "contains_quartier" else "")
        )
        for r in p.members.itertuples()
    ]
    conf = t(f"conf_{s.membership_confidence}", lang)
    facts = html.Dl(
        [
            html.Dt(t("profile_type", lang)),
            html.Dd(space_kind(s, lang)),
            html.Dt(t("profile_district", lang)),
            html.Dd(s.stadtbezirk),
            html.Dt(t("profile_in_plan", lang)),
            html.Dd(since),
            html.Dt(t("profile_members", lang)),
            html.Dd(
                [
                    html.Ul(members, className="mb-1 ps-3"),
                    html.Span(f"{t('membership', lang)}: {conf}. "),
                    html.Span(pick(s, "evidence", lang), className="text-muted"),
                ]
            ),
            html.Dt(t("profile_population", lang)),
            html.Dd(create_population(p.population, lang)),
        ],
        className="profile-facts small",
    )
    dashed = s.type == "Aktionsquartier"
    locator = html.Figure(
        [
            dcc.Graph(
                figure=locator_figure(bundle, p.space_id, dashed),
                config=STATIC,
                className="locator",
            ),
            # the locator map as text, generated from the space's units (models/alt_text.py)
            html.Figcaption(
                profile_locator_text(s, p.members, len(bundle.units_geojson["features"]))[
                    lang == "en"
                ],
                className="small text-muted",
            ),
        ],
        className="profile-locator m-0",
    )
    notes = [pick(s, c, lang) for c in ("note", "check")]
    return html.Div(
        [
            html.Div(
                [facts, *[html.P(n, className="small") for n in notes if n]],
                className="profile-head-text",
            ),
            locator,
        ],
        className="profile-head",
    )


def create_population(pop: pd.DataFrame, lang: str):
    if pop is None or pop.empty:
        return t("profile_not_recorded", lang)
    items = []
    for r in pop.itertuples(index=False):
        number = format_number(r.population, lang, 0)
        approx = t("profile_approx", lang) + " " if r.approx else ""
        items.append(
            html.Li(
                [
                    f"{approx}{number} – {pick(r._asdict(), 'area', lang)} "
                    f"({pick(r._asdict(), 'as_of', lang)}). ",
                    source_bits(r.source_title, r.source_url, "", r.confidence, lang),
                ]
            )
        )
    return html.Ul(items, className="mb-0 ps-3")


def create_spine(p: SpaceProfile, lang: str) -> html.Div:
    return html.Div(
        [
            html.Div(
                dcc.Graph(figure=spine_figure(p, lang), config=STATIC, className="spine"),
                role="img",
                **{
                    "aria-label": t("spine_alt", lang).format(name=p.space["name"]),
                    "aria-describedby": ids.PROFILE_SPINE_TEXT,
                },
            ),
            # the chart's numbers in words, and where its table is
            html.P(
                [
                    spine_text(p.indicators, str(p.space["name"]))[lang == "en"] + " ",
                    html.A(t("chart_table_link", lang), href=f"#{ids.PROFILE_TABLE}"),
                ],
                id=ids.PROFILE_SPINE_TEXT,
                className="small",
            ),
            html.Ul(
                [
                    html.Li(t(k, lang))
                    for k in ("spine_rule_axis", "spine_rule_colour", "spine_rule_scale")
                ],
                className="small text-muted ps-3",
            ),
        ]
    )


def _rank(r, lang: str) -> str:
    if r["rank"] is None or pd.isna(r["rank"]):
        return "–"
    key = "profile_rank_need" if r.rank_by == "need" else "profile_rank_value"
    return t(key, lang).format(rank=int(r["rank"]), n=int(r.n_ranked))


def _change(r, lang: str) -> str:
    if r.change_from is None or pd.isna(r.change_from):
        return t("profile_no_change", lang)
    if pd.isna(r.change):
        return "–"
    sign = "+" if r.change > 0 else ""
    years = f"{edition_year(r.change_from)}→{edition_year(r.change_to)}"
    unit = "pp" if r.unit == "percent" else r.unit
    return f"{sign}{format_value(r.change, unit, lang)} ({years})"


HEAD = (
    "indicator",
    "profile_value",
    "profile_city",
    "profile_units_dist",
    "profile_rank",
    "change_word",
    "profile_position",
    "source",
)


def create_reference_methods(p: SpaceProfile, lang: str) -> html.Details:
    """How each city value is computed (the reference's method, as the data states it)."""
    items = [
        html.Li(
            [
                html.Strong(f"{pick(r, 'label', lang)} ({edition_year(str(r.edition))}): "),
                pick(r, "reference_method", lang),
            ]
        )
        for _, r in p.indicators.iterrows()
        if pick(r, "reference_method", lang)
    ]
    return html.Details(
        [html.Summary(t("city_reference_method", lang)), html.Ul(items, className="ps-3")],
        className="small mb-3",
    )


def create_indicator_table(p: SpaceProfile, lang: str) -> html.Div:
    head = HEAD
    body = []
    for hf, names in HANDLUNGSFELDER.items():
        rows = p.indicators[p.indicators.handlungsfeld == hf]
        if rows.empty:
            continue
        body.append(
            html.Tr(
                html.Th(names[lang], colSpan=len(head), scope="colgroup", className="table-light")
            )
        )
        for _, r in rows.iterrows():
            body.append(_indicator_tr(p, r, lang))
    return html.Div(
        html.Table(
            [
                html.Caption(t("profile_table_caption", lang).format(name=p.space["name"])),
                html.Thead(html.Tr([html.Th(t(k, lang), scope="col") for k in head])),
                html.Tbody(body),
            ],
            className="table table-sm small profile-table caption-top stack-sm",
        ),
        id=ids.PROFILE_TABLE,
        className="table-responsive",
        tabIndex="0",
        role="region",
        **{"aria-label": t("profile_table_caption", lang).format(name=p.space["name"])},
    )


def _indicator_tr(p: SpaceProfile, r, lang: str) -> html.Tr:
    label = f"{pick(r, 'label', lang)} ({edition_year(str(r.edition))})"
    if pd.isna(r.value):
        value = missing_word(r.missing_reason, lang)
    else:
        value = format_value(r.value, r.unit, lang)
        if r.n_units > 1 and not pd.isna(r.member_min):
            value += " " + t("profile_mean_range", lang).format(
                n=int(r.n_units),
                lo=format_number(r.member_min, lang),
                hi=format_number(r.member_max, lang),
            )
    if r.d_n:
        dist = " · ".join(
            format_number(r[k], lang) for k in ("d_min", "d_p25", "d_median", "d_p75", "d_max")
        )
        dist = f"{dist} ({t('profile_n_units', lang).format(n=int(r.d_n))})"
    else:
        dist = "–"
    ref = "–" if pd.isna(r.reference) else format_value(r.reference, r.unit, lang)
    src = (
        [
            link(str(r.source), r.source_url),
            f" · {format_date(str(r.reference_date), lang)}",
            f" · {t('confidence', lang)}: {t(str(r.confidence), lang)}",
        ]
        if isinstance(r.source, str)
        else "–"
    )
    cells = [
        value,
        [
            ref,
            html.Br(),
            html.Span(
                pick(r, "reference_label", lang),
                className="text-muted",
                title=pick(r, "reference_method", lang),
            ),
        ],
        dist,
        _rank(r, lang),
        _change(r, lang),
        t(f"spine_pos_{r.position}", lang),
        src,
    ]
    keys = HEAD[1:]
    return html.Tr(
        [html.Th(label, scope="row", className="fw-normal")]
        + [html.Td(c, **{"data-label": t(k, lang)}) for c, k in zip(cells, keys, strict=True)]
    )


def create_unit_table(p: SpaceProfile, lang: str) -> html.Div:
    uv = p.unit_values
    codes = list(p.members.unit_code)
    names = dict(zip(p.members.unit_code, p.members.name, strict=True))
    units = dict(zip(p.indicators.indicator_id, p.indicators.unit, strict=True))
    body = []
    for (ind, ed), grp in uv.groupby(["indicator_id", "edition"], sort=False):
        row = p.indicators[p.indicators.indicator_id == ind].iloc[0]
        cells = []
        for g in grp.itertuples():
            label = {"data-label": f"{g.unit_code} {names[g.unit_code]}"}
            if pd.isna(g.value):
                cells.append(html.Td(missing_word(g.missing_reason, lang), **label))
            else:
                shared = isinstance(g.note, str) and g.note.startswith("same_as:")
                text = format_value(g.value, units[ind], lang) + (" *" if shared else "")
                cells.append(html.Td(text, **label))
        label = f"{pick(row, 'label', lang)} ({edition_year(ed)})"
        body.append(html.Tr([html.Th(label, scope="row", className="fw-normal"), *cells]))
    return html.Div(
        [
            html.Div(
                html.Table(
                    [
                        html.Caption(t("profile_units_caption", lang)),
                        html.Thead(
                            html.Tr(
                                [html.Th(t("indicator", lang), scope="col")]
                                + [html.Th(f"{c} {names[c]}", scope="col") for c in codes]
                            )
                        ),
                        html.Tbody(body),
                    ],
                    className="table table-sm small caption-top stack-sm",
                ),
                className="table-responsive",
                tabIndex="0",
                role="region",
                **{"aria-label": t("profile_units_caption", lang)},
            ),
            html.P(t("profile_shared_star", lang), className="small text-muted"),
        ]
    )


def create_programme(prog: ProgrammeStatus, lang: str) -> html.Div:
    """Every part of the Aktionsprogramm: what is filled in, with its status and date, and
    plainly what is not yet filled in (nothing is invented)."""
    intro = html.P(t("profile_programme_intro", lang), className="small")
    if not prog.available:
        return html.Div([intro, html.P(t("profile_not_recorded", lang), className="small")])
    programme = Programme("", prog.entries, prog.steps, prog.measures)
    items = []
    for part in programme.completeness().parts:
        head = html.Strong(part.label(lang) + ": ")
        if not part.filled:
            items.append(html.Li([head, t("programme_not_filled", lang)], className="text-muted"))
        elif part.kind == "step":
            items.append(html.Li([head, format_date(part.date, lang)]))
        elif part.kind == "section":
            rows = programme.section(part.section, part.handlungsfeld)
            items.append(html.Li([head, html.Ul([_entry(r, lang) for _, r in rows.iterrows()])]))
        else:
            rows = programme.measures
            items.append(html.Li([head, html.Ul([_measure(r, lang) for _, r in rows.iterrows()])]))
    return html.Div([intro, html.Ul(items, className="small")])


def _entry(r, lang: str) -> html.Li:
    text = pick(r, "text", lang)
    german_only = lang == "en" and not (isinstance(r.text_en, str) and r.text_en)
    status = ENTRY_STATUS.get(r.status, (r.status, r.status))[lang == "en"]
    bits = [status, format_date(r.as_of, lang) if isinstance(r.as_of, str) else ""]
    if german_only:
        bits.append(t("programme_german_only", lang))
    return html.Li(
        [text, html.Span(f" ({', '.join(b for b in bits if b)})", className="text-muted")]
    )


def _measure(r, lang: str) -> html.Li:
    title = pick(r, "title", lang)
    amount = (
        t("programme_amount_unknown", lang)
        if pd.isna(r.amount_eur)
        else format_number(r.amount_eur, lang, 0) + " €"
    )
    year = t("programme_year_unknown", lang) if pd.isna(r.year) else str(int(r.year))
    status = MEASURE_STATUS.get(r.status, (r.status, r.status))[lang == "en"]
    field = HANDLUNGSFELDER.get(r.handlungsfeld, {}).get(lang, "")
    bits = [
        b for b in (field, year, amount, r.funding_programme, status) if isinstance(b, str) and b
    ]
    return html.Li([title, html.Span(f" ({' · '.join(bits)})", className="text-muted")])
