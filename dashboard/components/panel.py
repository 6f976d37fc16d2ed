"""The selection panel: the selected area's values in the current Handlungsfeld vs the city."""

from __future__ import annotations

import pandas as pd
from dash import html

from ..data.model import HANDLUNGSFELDER
from ..figures.exports import MISSING
from ..i18n import format_number, format_value, t
from ..viewmodel import ViewModel


def create_panel(vm: ViewModel, rows: pd.DataFrame, bundle) -> html.Div:
    lang = vm.state.lang
    if not vm.state.selected or rows.empty:
        return html.P(t("selection_hint", lang), className="small text-muted")
    area = vm.areas.set_index("id").loc[vm.state.selected]
    hf = bundle.catalogue.set_index("indicator_id").handlungsfeld.loc[vm.state.indicator]
    hf = hf.iloc[0] if isinstance(hf, pd.Series) else hf
    body = []
    for r in rows.itertuples(index=False):
        label = r.label_en if lang == "en" else r.label_de
        if pd.isna(r.value):
            pair = MISSING.get(r.missing_reason, ("keine Daten", "no data"))
            value, diff = pair[1] if lang == "en" else pair[0], "–"
        else:
            value = format_value(r.value, r.unit, lang)
            diff = (
                "–"
                if r.reference is None or pd.isna(r.reference)
                else ("+" if r.value - r.reference > 0 else "")
                + format_number(r.value - r.reference, lang)
            )
        year = "2019 → 2024" if r.edition == "change" else r.edition.removeprefix("atlas")
        body.append(
            html.Tr(
                [
                    html.Th(f"{label} ({year})", scope="row", className="fw-normal"),
                    html.Td(value),
                    html.Td(format_value(r.reference, r.unit, lang)),
                    html.Td(diff),
                ],
                className="table-active" if r.indicator_id == vm.state.indicator else None,
            )
        )
    kind = area.type if area.type != "outside" else t("type_out", lang)
    return html.Div(
        [
            html.H2(f"{area['name']} – {kind}", className="h6 mb-1"),
            html.P(HANDLUNGSFELDER[hf][lang], className="small text-muted mb-1"),
            html.Table(
                [
                    html.Caption(
                        f"{t('selection', lang)}: {area['name']}", className="visually-hidden"
                    ),
                    html.Thead(
                        html.Tr(
                            [
                                html.Th(t("indicator", lang), scope="col"),
                                html.Th(area["name"], scope="col"),
                                html.Th(t("city", lang) + " (Median)", scope="col"),
                                html.Th(t("difference", lang), scope="col"),
                            ]
                        )
                    ),
                    html.Tbody(body),
                ],
                className="table table-sm panel-table small mb-0",
            ),
        ]
    )
