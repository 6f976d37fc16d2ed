"""``/daten``: the indicator catalogue, the spaces and all sources, from the data files."""

from __future__ import annotations

import dash
import pandas as pd
from dash import html

from ..components.shell import create_shell
from ..components.tables import create_table
from ..data.model import HANDLUNGSFELDER
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


def _de_en(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def _link(text: str, url: str):
    return html.A(text, href=url, rel="noopener") if isinstance(url, str) and url else text


def catalogue_section(bundle, lang: str) -> list:
    cat = bundle.catalogue
    out = [
        html.H2(
            "Indikatorenkatalog" if lang == "de" else "Indicator catalogue",
            className="h4 mt-4",
            id="katalog",
        )
    ]
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
                    (
                        "Indikator" if lang == "de" else "Indicator",
                        lambda r: html.Strong(pick(r, "label", lang)),
                    ),
                    ("Definition", lambda r: pick(r, "definition", lang)),
                    ("Einheit" if lang == "de" else "Unit", lambda r: unit_label(r.unit, lang)),
                    (
                        "Richtung" if lang == "de" else "Direction",
                        lambda r: _de_en(DIRECTION[int(r.direction)], lang),
                    ),
                    (
                        "Ausgaben: Stand, Verlässlichkeit"
                        if lang == "de"
                        else "Editions: reference date, confidence",
                        "editions",
                    ),
                    (t("caveats", lang), lambda r: pick(r, "caveats", lang)),
                ],
                caption=names[lang],
                row_id=lambda r: f"ind-{r.indicator_id}",
            )
        )
    out.append(
        html.P(
            "Die Zuordnung zu den Handlungsfeldern ist eine Setzung dieses Projekts, nicht der "
            "Stadt."
            if lang == "de"
            else "The assignment to the fields of action is this project's choice, not the city's.",
            className="small text-muted",
        )
    )
    return out


def _editions_cell(rows: pd.DataFrame, lang: str) -> html.Ul:
    items = []
    for r in rows.itertuples(index=False):
        status = f" – {t('broken', lang)}" if r.status == "broken_in_source" else ""
        items.append(
            html.Li(
                [
                    _link(r.source.split(": ")[-1], r.source_url),
                    f": {format_date(r.reference_date, lang)}, {t(r.confidence, lang)}{status}",
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
        ("Typ" if lang == "de" else "Type", "type"),
        ("Stadtbezirk" if lang == "de" else "District", "stadtbezirk"),
        ("Unterbezirke" if lang == "de" else "Units", "units"),
        (
            "Zuordnung" if lang == "de" else "Membership",
            lambda r: _de_en(MEMBERSHIP[r.membership_confidence], lang),
        ),
        ("Beleg" if lang == "de" else "Evidence", "evidence"),
        ("Hinweis" if lang == "de" else "Note", lambda r: pick(r, "note", lang)),
    ]
    current = spaces[spaces.status == "current"]
    former = spaces[spaces.status == "former"]
    return [
        html.H2(
            "Die 15 Räume des Aktionsplans" if lang == "de" else "The 15 spaces of the action plan",
            className="h4 mt-4",
            id="raeume",
        ),
        create_table(
            current,
            columns,
            "13 Aktionsräume und 2 Aktionsquartiere (seit 2021)"
            if lang == "de"
            else "13 Aktionsräume and 2 Aktionsquartiere (since 2021)",
        ),
        create_table(
            former,
            columns,
            "Frühere Aktionsräume (2008–2020)"
            if lang == "de"
            else "Former Aktionsräume (2008-2020)",
        ),
    ]


def resources_section(bundle, lang: str) -> list:
    def value(r):
        if r.unit == "EUR":
            return f"{format_number(r.value, lang, 0)} €"
        return format_number(r.value, lang, 0)

    return [
        html.H2(
            "Ressourcen des Aktionsplans" if lang == "de" else "Resources of the action plan",
            className="h4 mt-4",
            id="ressourcen",
        ),
        create_table(
            bundle.resources,
            [
                ("", lambda r: pick(r, "label", lang)),
                ("Wert" if lang == "de" else "Value", value),
                (
                    t("reference_date", lang),
                    lambda r: format_date(r.as_of, lang) if r.as_of[:2] == "20" else r.as_of,
                ),
                (t("source", lang), lambda r: _link(r.source_title, r.source_url)),
                (t("confidence", lang), "confidence"),
            ],
            "Personal und Mittel" if lang == "de" else "Staff and funds",
        ),
    ]


def sources_section(bundle, lang: str) -> list:
    inputs = pd.DataFrame(bundle.sources["inputs"])
    funding = bundle.funding
    return [
        html.H2(
            "Förderung und Programme" if lang == "de" else "Funding and programmes",
            className="h4 mt-4",
            id="foerderung",
        ),
        create_table(
            funding,
            [
                ("Programm" if lang == "de" else "Programme", "programme"),
                ("Gebiet" if lang == "de" else "Area", "area"),
                ("Jahr" if lang == "de" else "Year", "year"),
                (
                    "Betrag" if lang == "de" else "Amount",
                    lambda r: (
                        "–"
                        if pd.isna(r.amount_eur)
                        else f"{format_number(r.amount_eur, lang, 0)} €"
                    ),
                ),
                ("Wofür" if lang == "de" else "What", "what"),
                (t("source", lang), lambda r: _link(r.source_title, r.source_url)),
                (t("confidence", lang), "confidence"),
            ],
            "Öffentlich belegte Beträge; eine Projektliste je Aktionsraum ist nicht veröffentlicht."
            if lang == "de"
            else "Publicly documented amounts; no per-project list per Aktionsraum is published.",
        ),
        html.H2(
            "Eingangsdateien" if lang == "de" else "Input files", className="h4 mt-4", id="quellen"
        ),
        create_table(
            inputs,
            [
                ("Datei" if lang == "de" else "File", lambda r: html.Code(r.path)),
                ("Herkunft" if lang == "de" else "Origin", "origin"),
                ("Lizenz" if lang == "de" else "Licence", "licence"),
                ("SHA-256", lambda r: html.Code(r.sha256[:16] + "…", title=r.sha256)),
            ],
            "Aus diesen Dateien baut die Pipeline alle Daten des Dashboards."
            if lang == "de"
            else "The pipeline builds all of the dashboard's data from these files.",
        ),
    ]


def layout(lang: str = "de", **_ignored) -> html.Div:
    lang = lang if lang in LANGS else "de"
    bundle = current_bundle()
    content = html.Div(
        [
            html.H1(t("nav_data", lang), className="h3"),
            html.P(
                "Alle Tabellen dieser Seite werden aus den Datendateien des Dashboards erzeugt. "
                "Jede Zahl nennt Quelle, Stand und Verlässlichkeit."
                if lang == "de"
                else "Every table on this page is generated from the dashboard's data files. Every "
                "number names its source, reference date and confidence."
            ),
            *resources_section(bundle, lang),
            *spaces_section(bundle, lang),
            *catalogue_section(bundle, lang),
            *sources_section(bundle, lang),
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
