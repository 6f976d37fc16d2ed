"""``/daten``: the indicator catalogue, the spaces and all sources, from the data files."""

from __future__ import annotations

import dash
import pandas as pd
from dash import html

from ..components.open_data import create_open_data
from ..components.programmes import create_programmes_section
from ..components.public_facts import create_public_facts_section
from ..components.shell import create_shell
from ..components.tables import create_table
from ..data.model import FACT_CONFIDENCE, HANDLUNGSFELDER, POPULATION_SCOPES, SPACE_MATCH
from ..i18n import LANGS, format_date, format_number, pick, t, unit_label
from ..services import current_bundle

DIRECTION = {
    1: ("höher = mehr Bedarf", "higher = more need"),
    -1: ("niedriger = mehr Bedarf", "lower = more need"),
    0: ("Kontext, keine Bewertung", "context, no judgement"),
}
MEMBERSHIP = {
    "documented": ("belegt", "documented"),
    "inferred": ("erschlossen", "inferred"),
    "guess": ("geschätzt", "guess"),
    "unknown": ("unbekannt", "unknown"),
}
CONFIDENCE_WORD = {
    "stated": ("angegeben", "stated"),
    "derived": ("berechnet", "derived"),
    "assigned": ("zugeordnet", "assigned"),
}


def _de_en(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def _link(text: str, url):
    return html.A(text, href=url, rel="noopener") if isinstance(url, str) and url else text


def _heading(de: str, en: str, lang: str, anchor: str) -> html.H2:
    return html.H2(en if lang == "en" else de, className="h4 mt-4", id=anchor)


def _year(r, lang: str) -> str:
    year = "" if pd.isna(r.year) else str(int(r.year))
    if not pd.isna(r.get("year_end")) and r.get("year_end") is not None:
        year += f"–{int(r.year_end)}"
    note = pick(r, "year_note", lang)
    return f"{year} ({note})" if year and note else (year or note or t("undated", lang))


def _fact_confidence(code: str, lang: str) -> html.Span:
    return html.Span(_de_en(CONFIDENCE_WORD[code], lang), title=_de_en(FACT_CONFIDENCE[code], lang))


def confidence_section(lang: str) -> list:
    items = [
        html.Li([html.Strong(_de_en(CONFIDENCE_WORD[k], lang)), ": ", _de_en(v, lang)])
        for k, v in FACT_CONFIDENCE.items()
    ]
    return [
        html.H3(t("fact_confidence", lang), className="h6 mt-3", id="verlaesslichkeit"),
        html.Ul(items, className="small"),
    ]


def catalogue_section(bundle, lang: str) -> list:
    cat = bundle.catalogue
    out = [_heading("Indikatorenkatalog", "Indicator catalogue", lang, "katalog")]
    for hf, names in HANDLUNGSFELDER.items():
        rows = cat[cat.handlungsfeld == hf]
        if rows.empty:
            continue
        first = rows.drop_duplicates("indicator_id").copy()
        first["editions"] = first.indicator_id.map(
            lambda i: _editions_cell(cat[cat.indicator_id == i], lang)
        )
        out.append(
            create_table(
                first,
                [
                    (t("indicator", lang), lambda r: html.Strong(pick(r, "label", lang))),
                    ("Definition", lambda r: pick(r, "definition", lang)),
                    (t("daten_unit", lang), lambda r: unit_label(r.unit, lang)),
                    (
                        t("daten_direction", lang),
                        lambda r: _de_en(DIRECTION[int(r.direction)], lang),
                    ),
                    (
                        t("daten_editions", lang),
                        "editions",
                    ),
                    (t("caveats", lang), lambda r: pick(r, "caveats", lang)),
                ],
                caption=names[lang],
                row_id=lambda r: f"ind-{r.indicator_id}",
            )
        )
    method = bundle.city_reference.drop_duplicates("method_de").iloc[0]
    out += [
        html.P(
            [html.Strong(f"{t('city_reference_method', lang)}: "), pick(method, "method", lang)],
            className="small",
            id="stadtwert",
        ),
        html.P(
            t("daten_assignment", lang),
            className="small text-muted",
        ),
    ]
    return out


def _editions_cell(rows: pd.DataFrame, lang: str) -> html.Ul:
    items = []
    for _, r in rows.iterrows():
        status = f" – {t('broken', lang)}" if r.status == "broken_in_source" else ""
        items.append(
            html.Li(
                [
                    _link(r.source.split(": ")[-1], r.source_url),
                    f": {format_date(r.reference_date, lang)}, {t(r.confidence, lang)}{status}",
                    html.Br(),
                    html.Small(f"{t('zero_rule', lang)}: {pick(r, 'zero_rule', lang)}"),
                ]
            )
        )
    return html.Ul(items, className="mb-0 ps-3")


def spaces_section(bundle, lang: str) -> list:
    members = bundle.space_units.groupby("space_id").unit_code.agg(", ".join)
    spaces = bundle.spaces.assign(units=lambda d: d.space_id.map(members))
    columns = [
        ("Id", "space_id"),
        ("Name", lambda r: html.Strong(r["name"])),
        (t("daten_type", lang), "type"),
        (t("daten_district", lang), "stadtbezirk"),
        (t("daten_units", lang), "units"),
        (
            t("daten_membership", lang),
            lambda r: _de_en(MEMBERSHIP[r.membership_confidence], lang),
        ),
        (t("evidence", lang), lambda r: pick(r, "evidence", lang)),
        (t("daten_note", lang), lambda r: _note_cell(r, lang)),
        (t("space_population", lang), lambda r: _population_cell(bundle, r.space_id, lang)),
    ]
    current = spaces[spaces.status == "current"]
    former = spaces[spaces.status == "former"]
    return [
        _heading(
            "Die 15 Räume des Aktionsplans", "The 15 spaces of the action plan", lang, "raeume"
        ),
        create_table(
            current,
            columns,
            t("daten_current_spaces", lang),
        ),
        create_table(
            former,
            columns[:-1],
            t("daten_former_spaces", lang),
        ),
    ]


def _note_cell(r, lang: str) -> list:
    note, check = pick(r, "note", lang), pick(r, "check", lang)
    return [note, *([html.Br(), html.Strong(f"{t('check', lang)}: "), check] if check else [])]


def _population_cell(bundle, space_id: str, lang: str) -> html.Ul | str:
    pop = bundle.space_population
    rows = pop[pop.space_ids.str.split(";").apply(lambda ids: space_id in ids)]
    if rows.empty:
        return "–"
    items = []
    for _, r in rows.iterrows():
        number = (t("daten_about", lang)) * bool(r.approx)
        number += format_number(r.population, lang, 0)
        scope = _de_en(POPULATION_SCOPES[r.scope], lang)
        items.append(
            html.Li(
                [
                    html.Strong(number),
                    f" ({pick(r, 'as_of', lang)}): {pick(r, 'area', lang)} – {scope}; ",
                    _link(r.source_title, r.source_url),
                    "; ",
                    _fact_confidence(r.confidence, lang),
                ]
            )
        )
    return html.Ul(items, className="mb-0 ps-3 small")


def resources_section(bundle, lang: str) -> list:
    def value(r):
        number = format_number(r.value, lang, 0)
        return f"{number} €" if r.unit == "EUR" else number

    def source(r):
        if isinstance(r.source_url, str) and r.source_url:
            return _link(r.source_title, r.source_url)
        return [r.source_title, html.Br(), html.Small(pick(r, "source_note", lang))]

    return [
        _heading("Ressourcen des Aktionsplans", "Resources of the action plan", lang, "ressourcen"),
        create_table(
            bundle.resources,
            [
                ("", lambda r: pick(r, "label", lang)),
                (t("daten_value", lang), value),
                (t("reference_date", lang), lambda r: pick(r, "as_of", lang)),
                (t("source", lang), source),
                (t("confidence", lang), lambda r: _fact_confidence(r.confidence, lang)),
            ],
            t("daten_staff_and_funds", lang),
        ),
    ]


def funding_section(bundle, lang: str) -> list:
    def space(r):
        if not isinstance(r.space_id, str):
            return "–"
        return f"{r.space_id.replace(';', ', ')} ({_de_en(SPACE_MATCH[r.space_match], lang)})"

    return [
        _heading("Förderung und Programme", "Funding and programmes", lang, "foerderung"),
        create_table(
            bundle.funding,
            [
                (t("daten_programme", lang), lambda r: pick(r, "programme", lang)),
                (t("daten_area", lang), lambda r: pick(r, "area", lang)),
                (t("daten_space", lang), space),
                (t("daten_year", lang), lambda r: _year(r, lang)),
                (
                    t("daten_amount", lang),
                    lambda r: (
                        "–"
                        if pd.isna(r.amount_eur)
                        else f"{format_number(r.amount_eur, lang, 0)} €"
                    ),
                ),
                (t("daten_what", lang), lambda r: pick(r, "what", lang)),
                (t("source", lang), lambda r: _link(r.source_title, r.source_url)),
                (t("confidence", lang), lambda r: _fact_confidence(r.confidence, lang)),
            ],
            t("daten_funding_caption", lang),
        ),
    ]


def inputs_section(bundle, lang: str) -> list:
    inputs = pd.DataFrame(bundle.sources["inputs"])
    return [
        _heading("Eingangsdateien", "Input files", lang, "quellen"),
        create_table(
            inputs,
            [
                (t("daten_origin", lang), lambda r: pick(r, "origin", lang)),
                (t("licence", lang), lambda r: pick(r, "licence", lang) or r.licence),
                ("SHA-256", lambda r: html.Code(r.sha256[:16] + "…", title=r.sha256)),
            ],
            t("daten_inputs_caption", lang),
        ),
    ]


def layout(lang: str = "de", **_ignored) -> html.Div:
    lang = lang if lang in LANGS else "de"
    bundle = current_bundle()
    content = html.Div(
        [
            html.H1(t("nav_data", lang), className="h3"),
            html.P(t("daten_intro", lang)),
            create_open_data(lang),  # the whole public data as one ZIP
            *resources_section(bundle, lang),
            *confidence_section(lang),
            *spaces_section(bundle, lang),
            *catalogue_section(bundle, lang),
            *funding_section(bundle, lang),
            *create_public_facts_section(bundle, lang),
            *create_programmes_section(bundle, lang),
            *inputs_section(bundle, lang),
        ],
        className="catalogue",
    )
    return create_shell(content, lang, "/daten", "/daten" + ("" if lang == "en" else "?lang=en"))


# registered last: Dash needs the layout function (pages are imported by create_app)
dash.register_page(
    __name__,
    path="/daten",
    title="Daten und Quellen · Data and sources – Aktionsplan Soziale Stadt Dortmund",
    layout=layout,
)
