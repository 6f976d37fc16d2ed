"""The /daten section on the public facts per space, contacts and history (counts, lists)."""

from __future__ import annotations

import pandas as pd
from dash import html

from ..i18n import format_date, pick, t
from .tables import create_table

FILES = (
    ("space_facts.csv", "space_facts", ("Fakten je Raum mit Quelle und Datum",
                                        "facts per space with source and date")),
    ("contacts.csv", "contacts", ("Anlaufstellen und Wege zum Mitmachen",
                                  "contact points and ways to take part")),
    ("history.csv", "history", ("Ereignisse seit 2008", "events since 2008")),
)  # fmt: skip


def _de_en(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def _source(r, lang: str):
    if isinstance(r.source_url, str) and r.source_url:
        return html.A(r.source_title, href=r.source_url, rel="noopener")
    return [r.source_title, html.Br(), html.Small(pick(r, "source_note", lang))]


def _when(r, lang: str) -> str:
    note = pick(r, "date_note", lang)
    if not isinstance(r.date, str):
        return note or t("undated", lang)
    parts = r.date.split("-")
    if len(parts) == 3:
        date = format_date(r.date, lang)
    elif len(parts) == 2:
        date = f"{parts[1]}/{parts[0]}"
    else:
        date = r.date
    if not note or date in note:
        return note or date
    return f"{date} ({note})"


def _spaces(ids, names: dict[str, str], lang: str) -> str:
    if not isinstance(ids, str):
        return t("facts_all_spaces", lang)
    return ", ".join(names.get(i, i) for i in ids.split(";"))


def _per_space(bundle) -> pd.DataFrame:
    facts = bundle.space_facts.assign(ids=lambda d: d.space_ids.str.split(";")).explode("ids")
    shared = facts.space_ids.str.contains(";")
    current = bundle.current_spaces[["space_id", "name"]].set_index("space_id")
    current["own"] = facts[~shared].groupby("ids").size()
    current["shared"] = facts[shared].groupby("ids").size()
    return current.fillna(0).astype({"own": int, "shared": int}).reset_index()


def create_public_facts_section(bundle, lang: str) -> list:
    names = dict(zip(bundle.spaces.space_id, bundle.spaces.short_name, strict=True))
    report = bundle.sources.get("space_facts", {})
    left = report.get("left_out", []) + report.get("not_curated", [])
    files = pd.DataFrame(
        [(f, _de_en(what, lang), len(getattr(bundle, attr))) for f, attr, what in FILES],
        columns=["file", "what", "rows"],
    )
    out = [
        html.H2(t("facts_heading", lang), className="h4 mt-4", id="fakten"),
        html.P(t("facts_intro", lang), className="small"),
        create_table(
            files,
            [
                (t("facts_file", lang), lambda r: html.Code(r.file)),
                (t("facts_what", lang), "what"),
                (t("facts_rows", lang), "rows"),
            ],
            t("facts_tables", lang),
        ),
        create_table(
            _per_space(bundle),
            [
                (t("facts_space", lang), lambda r: f"{r.space_id} {r['name']}"),
                (t("facts_own", lang), "own"),
                (t("facts_shared", lang), "shared"),
            ],
            t("facts_per_space", lang),
            table_id="facts-per-space",
        ),
        create_table(
            bundle.contacts,
            [
                (t("facts_role", lang), lambda r: html.Strong(pick(r, "role", lang))),
                (t("facts_space", lang), lambda r: _spaces(r.space_ids, names, lang)),
                (
                    t("facts_address", lang),
                    lambda r: r.address if isinstance(r.address, str) else "–",
                ),
                (t("facts_how", lang), lambda r: pick(r, "how", lang)),
                (t("facts_when", lang), lambda r: _when(r, lang)),
                (t("source", lang), lambda r: _source(r, lang)),
            ],
            t("facts_contacts", lang),
        ),
        create_table(
            bundle.history,
            [
                (t("facts_when", lang), lambda r: _when(r, lang)),
                (t("facts_event", lang), lambda r: pick(r, "text", lang)),
                (t("facts_space", lang), lambda r: _spaces(r.space_ids, names, lang)),
                (t("source", lang), lambda r: _source(r, lang)),
            ],
            t("facts_history", lang),
        ),
    ]
    if left:
        items = [
            html.Li(f"{r['space_id']}: {r.get(f'reason_{lang}', t('facts_not_curated', lang))}")
            for r in left
        ]
        out += [
            html.P(t("facts_not_published", lang), className="small mb-0"),
            html.Ul(items, className="small"),
        ]
    return out
