"""The table alternative of the map: a plain, accessible HTML table.

Column headers are buttons that sort (the order is part of the URL); each area's name is a
button that selects it. Sorting happens in Python on the same rows the CSV holds.
"""

from __future__ import annotations

from dash import html

from .. import ids
from ..figures.exports import table_columns, table_rows
from ..i18n import format_number
from ..viewmodel import ViewModel
from ..viewstate import SORT_KEYS

_TEXT_KEYS = ("name", "stadtbezirk", "type", "membership")


def sorted_rows(vm: ViewModel) -> list[dict]:
    """The table rows in the state's order (missing values always last)."""
    rows = table_rows(vm)
    key = vm.state.sort.lstrip("-") or "rank"
    descending = vm.state.sort.startswith("-")
    present = [r for r in rows if r.get(key) not in (None, "")]
    missing = [r for r in rows if r.get(key) in (None, "")]
    if key in _TEXT_KEYS:
        present.sort(key=lambda r: str(r[key]).casefold(), reverse=descending)
    else:
        present.sort(key=lambda r: r[key], reverse=descending)
    return present + missing


def create_table(vm: ViewModel) -> html.Div:
    lang = vm.state.lang
    key = vm.state.sort.lstrip("-") or "rank"
    descending = vm.state.sort.startswith("-")
    head = []
    for col, label in table_columns(vm):
        if col in SORT_KEYS:
            active = col == key
            sort = ("descending" if descending else "ascending") if active else "none"
            arrow = ("▼" if descending else "▲") if active else "↕"
            head.append(
                html.Th(
                    html.Button(
                        [label, html.Span(f" {arrow}", **{"aria-hidden": "true"})],
                        id={"type": ids.HOME_SORT, "col": col},
                        className="btn btn-link btn-sm p-0 text-start fw-semibold "
                        "text-body text-decoration-none",
                        title=("Sortieren" if lang == "de" else "Sort"),
                    ),
                    scope="col",
                    **{"aria-sort": sort},
                )
            )
        else:
            head.append(html.Th(label, scope="col"))
    body = []
    for row in sorted_rows(vm):
        selected = row["id"] == vm.state.selected
        cells = []
        for col, _label in table_columns(vm):
            value = row[col]
            if col == "name":
                cells.append(
                    html.Th(
                        html.Button(
                            value,
                            id={"type": ids.HOME_ROW, "index": row["id"]},
                            className="btn btn-link btn-sm p-0 text-start",
                            **{"aria-pressed": "true" if selected else "false"},
                        ),
                        scope="row",
                    )
                )
            elif col == "value":
                cells.append(html.Td(format_number(value, lang, 1), className="text-end"))
            else:
                cells.append(html.Td("–" if value is None else value))
        body.append(html.Tr(cells, className="table-warning" if selected else None))
    caption = (
        "Tabelle: dieselben Gebiete und Werte wie Karte und Rangfolge"
        if lang == "de"
        else "Table: the same areas and values as the map and ranking"
    )
    return html.Div(
        html.Table(
            [
                html.Caption(caption, className="visually-hidden"),
                html.Thead(html.Tr(head)),
                html.Tbody(body),
            ],
            className="table table-sm table-striped table-hover small align-middle",
        ),
        className="table-responsive",
        tabIndex="0",
        role="region",
        **{"aria-label": caption},
    )
