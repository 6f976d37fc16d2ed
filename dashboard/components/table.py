"""The table alternative of the map: a plain, accessible HTML table.

Column headers are buttons that sort (the order is part of the URL); each area's name is a
button that selects it. A table of more than :data:`TABLE_ROWS` rows shows the first ones
(and the selected one) until the user asks for all (``rows=all`` in the URL). The buttons
carry ``data-sort``/``data-select``/``data-rows`` attributes; one click listener in
``assets/table.js`` reports them to the ``home-table-click`` store.

The table is written as one HTML string (every text escaped) and shown by one
:class:`HtmlBlock`: 170 rows as Dash components cost the browser about 2.5 s per update, as
one string about 20 ms. Sorting happens in Python on the same rows the CSV holds.
"""

from __future__ import annotations

from html import escape

from ..i18n import format_number, t
from ..models.main import MainModel
from ..models.table import sorted_rows, table_columns
from ..state.main import SORT_KEYS, TABLE_ROWS


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
    rows = sorted_rows(vm)
    total = len(rows)
    cut = vm.state.rows != "all" and total > TABLE_ROWS
    if cut:  # the first rows, and the selected one wherever it stands
        rows = [r for i, r in enumerate(rows) if i < TABLE_ROWS or r["id"] == vm.state.selected]
    body = []
    for row in rows:
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
    if cut:
        caption += " " + t("table_rows_cut", lang).format(n=len(rows), total=total)
    return (
        f'<div class="table-responsive" tabindex="0" role="region" aria-label="{caption}">'
        '<table class="table table-sm table-striped table-hover small align-middle">'
        f'<caption class="visually-hidden">{caption}</caption>'
        f"<thead><tr>{''.join(head)}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
        + _rows_switch(vm, len(rows), total)
    )


def _rows_switch(vm: MainModel, shown: int, total: int) -> str:
    """Below a long table: how many rows it shows, and the button for all (or fewer)."""
    if total <= TABLE_ROWS:
        return ""
    lang = vm.state.lang
    if vm.state.rows == "all":
        text, button, value = t("table_rows_all_shown", lang), t("table_rows_fewer", lang), ""
    else:
        text, button, value = t("table_rows_cut", lang), t("table_rows_all", lang), "all"
    return (
        '<p class="small mb-2 table-rows">'
        f"{escape(text.format(n=shown, total=total, k=TABLE_ROWS))} "
        f'<button type="button" data-rows="{value}" class="btn btn-outline-primary btn-sm ms-1">'
        f"{escape(button.format(n=shown, total=total, k=TABLE_ROWS))}</button></p>"
    )


def _value_first(columns: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The shown value (the change, in a change view) right after the name, so a phone shows
    rank, name and value without scrolling sideways; the other columns follow (the CSV keeps
    the order of ``table_columns``)."""
    value = [c for c in columns if c[0] == "value"]
    rest = [c for c in columns if c[0] != "value"]
    at = next((i + 1 for i, c in enumerate(rest) if c[0] == "name"), 0)
    return rest[:at] + value + rest[at:]
