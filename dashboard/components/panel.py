"""The selection panel: the selected area's values in the current Handlungsfeld vs the city."""

from __future__ import annotations

import pandas as pd
from dash import html

from ..data.model import HANDLUNGSFELDER
from ..data.space_facts import shared_members
from ..i18n import edition_year, format_number, format_value, pick, t
from ..models.main import MainModel
from ..models.table import missing_text, since_text
from .sources import reference_label, reference_method


def area_heading(model: MainModel, area_id: str) -> tuple[str, list[str]]:
    """The selected area's name with what it is, and notes that belong to it."""
    lang = model.state.lang
    bundle = model.bundle
    spaces = bundle.current_spaces.set_index("space_id")
    notes = []
    if area_id in spaces.index:
        space = spaces.loc[area_id]
        kind = t("type_aq" if space.type == "Aktionsquartier" else "type_ar", lang)
        since = since_text(spaces, area_id, lang).strip(" ()")
        if since:
            notes.append(since)
        if space.type == "Aktionsquartier" and not pick(space, "note", lang):
            notes.append(t("note_aq_values", lang))
        for column in ("note", "check"):
            text = pick(space, column, lang)
            if text:
                notes.append(text)
        notes += shared_notes(model, area_id)
        return f"{space['name']} – {kind}", notes
    units = bundle.units.set_index("code")
    unit = units.loc[area_id]
    space_id = unit.space_id if unit.space_id in spaces.index else None
    if space_id is None:
        return f"{unit['name']} – {t('unit_outside', lang)}", notes
    space = spaces.loc[space_id]
    kind = t("type_aq" if space.type == "Aktionsquartier" else "type_ar", lang)
    where = t("unit_in_space", lang).format(kind=kind, name=space["name"])
    if space.type == "Aktionsquartier":
        notes.append(t("unit_around_aq", lang))
    return f"{unit['name']} – {where}", notes


def shared_notes(model: MainModel, space_id: str) -> list[str]:
    """Member units whose value the source published for a combined area (current view)."""
    if model.is_change:
        return []
    shared = shared_members(model.bundle, model.state.indicator, model.entry.edition)
    shared = shared[shared.space_id == space_id]
    if shared.empty:
        return []
    units = ", ".join(f"{r.unit_name} ({r.unit_code})" for r in shared.itertuples())
    return [t("panel_shared", model.state.lang).format(units=units)]


def create_panel(model: MainModel, rows: pd.DataFrame) -> html.Div:
    lang = model.state.lang
    selected = model.state.selected
    if not selected or rows.empty:
        return html.P(t("selection_hint", lang), className="small text-muted")
    heading, notes = area_heading(model, selected)
    cat = model.bundle.catalogue.drop_duplicates("indicator_id").set_index("indicator_id")
    hf = cat.at[model.state.indicator, "handlungsfeld"]
    body = []
    for r in rows.itertuples(index=False):
        if pd.isna(r.value):
            value = missing_text(r.missing_reason, model) if r.missing_reason else "–"
            diff = "–"
        else:
            value = format_value(r.value, r.unit, lang)
            diff = (
                "–"
                if r.reference is None or pd.isna(r.reference)
                else ("+" if r.value - r.reference > 0 else "")
                + format_number(r.value - r.reference, lang)
            )
        year = t("change_word", lang) if r.edition == "change" else edition_year(r.edition)
        body.append(
            html.Tr(
                [
                    html.Th(
                        f"{pick(r._asdict(), 'label', lang)} ({year})",
                        scope="row",
                        className="fw-normal",
                    ),
                    html.Td(value),
                    html.Td(format_value(r.reference, r.unit, lang)),
                    html.Td(diff),
                ],
                className="table-active" if r.indicator_id == model.state.indicator else None,
            )
        )
    name = heading.split(" – ")[0]
    return html.Div(
        [
            html.H2(heading, className="h6 mb-1"),
            html.Ul([html.Li(n) for n in notes], className="small mb-1 ps-3") if notes else None,
            html.P(HANDLUNGSFELDER[hf][lang], className="small text-muted mb-1"),
            html.Table(
                [
                    html.Caption(f"{t('selection', lang)}: {name}", className="visually-hidden"),
                    html.Thead(
                        html.Tr(
                            [
                                html.Th(t("indicator", lang), scope="col"),
                                html.Th(name, scope="col"),
                                html.Th(reference_label(model.reference, lang), scope="col"),
                                html.Th(t("difference", lang), scope="col"),
                            ]
                        )
                    ),
                    html.Tbody(body),
                ],
                className="table table-sm panel-table small mb-0",
            ),
            html.P(reference_method(model.reference, lang), className="small text-muted mt-1"),
        ]
    )
