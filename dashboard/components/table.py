"""The table alternative of the map: a plain, accessible HTML table.

Column headers are buttons that sort (the order is part of the URL); each area's name is a
button that selects it. The buttons carry ``data-sort``/``data-select`` attributes; one click
listener in ``assets/table.js`` reports them to the ``home-table-click`` store.

The table is written as one HTML string (every text escaped) and shown by a single
``dcc.Markdown``: 170 rows as Dash components cost the browser about 2.5 s per update, as
one component about a tenth of that. Sorting happens in Python on the same rows the CSV holds.
"""

from __future__ import annotations

from html import escape

from dash import dcc

from ..i18n import format_number, t
from ..models.main import MainModel
from ..models.table import sorted_rows, table_columns
from ..state.main import SORT_KEYS


def table_html(vm: MainModel) -> str:
    lang = vm.state.lang
    key = vm.state.sort.lstrip("-") or "rank"
    descending = vm.state.sort.startswith("-")
    columns = _value_first(table_columns(vm))
    title = t("sort", lang)
    head = []
    for col, label in columns:
        if col in SORT_KEYS:
            active = col == key
            sort = ("descending" if descending else "ascending") if active else "none"
            arrow = ("▼" if descending else "▲") if active else "↕"
            head.append(
                f'<th scope="col" aria-sort="{sort}"><button type="button" data-sort="{col}" '
                f'title="{title}" class="btn btn-link btn-sm p-0 text-start fw-semibold '
                f'text-body text-decoration-none">{escape(label)}'
                f'<span aria-hidden="true"> {arrow}</span></button></th>'
            )
        else:
            head.append(f'<th scope="col">{escape(label)}</th>')
    body = []
    for row in sorted_rows(vm):
        selected = row["id"] == vm.state.selected
        cells = []
        for col, _label in columns:
            value = row[col]
            if col == "name":
                cells.append(
                    f'<th scope="row"><button type="button" data-select="{escape(row["id"])}" '
                    f'aria-pressed="{"true" if selected else "false"}" '
                    # "Bodelschwingh/Westerfilde" may wrap after the slash on a phone (dcc.Markdown
                    # drops the whole table for a bare <wbr>: it needs the closed form)
                    f'class="btn btn-link btn-sm p-0 text-start">'
                    f"{escape(str(value)).replace('/', '/<wbr/>')}"
                    "</button></th>"
                )
            elif col in ("value", "old", "new"):
                cells.append(f'<td class="text-end">{format_number(value, lang, 1)}</td>')
            else:
                cells.append(f"<td>{escape('–' if value is None else str(value))}</td>")
        css = ' class="table-warning"' if selected else ""
        body.append(f"<tr{css}>{''.join(cells)}</tr>")
    caption = t("table_caption", lang)
    return (
        f'<div class="table-responsive" tabindex="0" role="region" aria-label="{caption}">'
        '<table class="table table-sm table-striped table-hover small align-middle">'
        f'<caption class="visually-hidden">{caption}</caption>'
        f"<thead><tr>{''.join(head)}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def _value_first(columns: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The shown value (the change, in a change view) right after the name, so a phone shows
    rank, name and value without scrolling sideways; the other columns follow (the CSV keeps
    the order of ``table_columns``)."""
    value = [c for c in columns if c[0] == "value"]
    rest = [c for c in columns if c[0] != "value"]
    at = next((i + 1 for i, c in enumerate(rest) if c[0] == "name"), 0)
    return rest[:at] + value + rest[at:]


def create_table(vm: MainModel) -> dcc.Markdown:
    return dcc.Markdown(table_html(vm), dangerously_allow_html=True)
