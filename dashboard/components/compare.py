"""The comparison view's parts: area pickers, the side-by-side table and the matrix.

Both tables are one escaped HTML string in a ``dcc.Markdown`` (as the main table). The
matrix's column headers are sort buttons (``data-sort``); the listener in ``assets/table.js``
reports a click to the store named by the enclosing ``data-click-store``.
"""

from __future__ import annotations

from html import escape

import dash_bootstrap_components as dbc
from dash import dcc, html

from .. import ids
from ..data.areas import editions_by_date
from ..data.model import HANDLUNGSFELDER
from ..data.views import value_index
from ..i18n import edition_year, format_date, format_value, t
from ..models.compare import SYMBOL, Column, Matrix, SideBySide, column_label
from ..state.compare import MAX_AREAS, MIN_AREAS, NAME, CompareState


def _attr(text: str) -> str:
    return escape(text, quote=True)


def cell_html(value, cls: str, unit: str, missing: str | None, lang: str) -> str:
    """A value with its class as colour, symbol and text (the text for screen readers)."""
    shown = escape(format_value(value, unit, lang)) if value is not None else escape(missing or "–")
    label = t(f"rel_{cls}", lang)
    return (
        f'<td class="rel rel-{cls} text-end" title="{_attr(label)}">'
        f'<span aria-hidden="true" class="rel-sym">{SYMBOL[cls]}</span> {shown}'
        f'<span class="visually-hidden"> ({escape(label)})</span></td>'
    )


def provenance(col: Column, lang: str) -> str:
    return (
        f"{t('source', lang)}: {col.source} · {t('reference_date', lang)}: "
        f"{format_date(col.reference_date, lang)} · "
        f"{t('confidence', lang)}: {t(col.confidence, lang)}"
    )


def _sort_button(key: str, label: str, sort: str, hint: str) -> str:
    active = sort.lstrip("-") == key
    descending = sort.startswith("-")
    aria = ("descending" if descending else "ascending") if active else "none"
    arrow = ("▼" if descending else "▲") if active else "↕"
    return (
        f'<th scope="col" aria-sort="{aria}"><button type="button" data-sort="{_attr(key)}" '
        f'title="{_attr(hint)}" class="btn btn-link btn-sm p-0 text-start fw-semibold '
        f'text-body text-decoration-none">{escape(label)}'
        f'<span aria-hidden="true"> {arrow}</span></button></th>'
    )


def matrix_html(matrix: Matrix, state: CompareState) -> str:
    lang = state.lang
    head = [_sort_button(NAME, t("compare_space", lang), state.sort, t("sort", lang))]
    for col in matrix.columns:
        hint = f"{t('sort', lang)}. {provenance(col, lang)}"
        head.append(_sort_button(col.indicator_id, column_label(col, lang), state.sort, hint))
    body = []
    for space in matrix.space_ids:
        cells = [f'<th scope="row">{escape(matrix.names[space])}</th>']
        for col in matrix.columns:
            value, cls, reason = matrix.cells[(space, col.indicator_id)]
            missing = t(f"missing_{reason}", lang) if reason else None
            cells.append(cell_html(value, cls, col.unit, missing, lang))
        body.append(f"<tr>{''.join(cells)}</tr>")
    caption = t("compare_matrix_caption", lang).format(year=edition_year(matrix.edition))
    return (
        f'<div class="table-responsive matrix-frame" tabindex="0" role="region" '
        f'aria-label="{_attr(caption)}" data-click-store="{ids.COMPARE_CLICK}">'
        '<table class="table table-sm small align-middle compare-matrix">'
        f'<caption class="visually-hidden">{escape(caption)}</caption>'
        f"<thead><tr>{''.join(head)}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
    )


def side_html(side: SideBySide, lang: str) -> str:
    kind = {k: t(f"compare_kind_{k}", lang) for k in ("space", "unit")}
    head = [f'<th scope="col">{t("indicator", lang)}</th>']
    head += [
        f'<th scope="col">{escape(n)} <span class="fw-normal text-muted">({kind[k]})</span></th>'
        for n, k in zip(side.names, side.kinds, strict=True)
    ]
    head += [f'<th scope="col">{t("city_reference_short", lang)}</th>']
    body = []
    # one source line under the table when every row shares it, else one per row
    sources = {provenance(col, lang) for col in side.columns}
    shared = len(sources) == 1
    for col, row in zip(side.columns, side.cells, strict=True):
        source = escape(provenance(col, lang))
        own = "" if shared else f'<div class="small text-muted fw-normal">{source}</div>'
        label = f'<th scope="row">{escape(column_label(col, lang))}{own}</th>'
        cells = [cell_html(c.value, c.cls, col.unit, c.missing, lang) for c in row]
        city = format_value(col.city, col.unit, lang)
        body.append(f'<tr>{label}{"".join(cells)}<td class="text-end">{escape(city)}</td></tr>')
    caption = t("compare_side_caption", lang)
    return (
        f'<div class="table-responsive" tabindex="0" role="region" aria-label="{_attr(caption)}">'
        '<table class="table table-sm small align-middle compare-side">'
        f'<caption class="visually-hidden">{escape(caption)}</caption>'
        f"<thead><tr>{''.join(head)}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
        + (f'<p class="small text-muted mt-1">{escape(sources.pop())}</p>' if shared else "")
    )


def edition_choices(bundle, lang: str) -> list[dict]:
    """Every edition, named by its source and reference date."""
    cat = bundle.catalogue.drop_duplicates("edition").set_index("edition")
    return [
        {
            "label": f"{cat.loc[e, 'source'].split(': ')[-1].split(' (')[0]} "
            f"({t('reference_date', lang)} {format_date(cat.loc[e, 'reference_date'], lang)})",
            "value": e,
        }
        for e in editions_by_date(bundle)
    ]


def create_table(html_text: str) -> dcc.Markdown:
    return dcc.Markdown(html_text, dangerously_allow_html=True)


def column_notes(matrix: Matrix, lang: str) -> html.Div:
    """Under the matrix: the sources of its columns (each once) and, per indicator, the
    quartiles of the units that the rule uses, its direction and the city value."""
    groups: dict[str, list[str]] = {}
    for c in matrix.columns:
        groups.setdefault(provenance(c, lang), []).append(column_label(c, lang))
    main = max(groups, key=lambda k: len(groups[k])) if groups else None
    # the most common source line stands alone; any other names its columns
    sources = [
        s if s == main else f"{s} ({t('compare_for', lang)}: {', '.join(groups[s])})"
        for s in groups
    ]
    rows = [
        html.Tr(
            [
                html.Th(column_label(c, lang), scope="row"),
                html.Td(t(f"direction_{c.direction}".replace("-", "minus_"), lang)),
                html.Td(format_value(c.p25, c.unit, lang), className="text-end"),
                html.Td(format_value(c.p75, c.unit, lang), className="text-end"),
                html.Td(
                    f"{format_value(c.city, c.unit, lang)} "
                    f"({c.city_label_en if lang == 'en' else c.city_label_de})"
                ),
            ]
        )
        for c in matrix.columns
    ]
    head = ["indicator", "compare_direction", "csv_p25", "csv_p75", "city_reference_short"]
    return html.Div(
        [
            html.P([html.Span(s, className="d-block") for s in sources], className="small mb-1"),
            html.Details(
                [
                    html.Summary(t("compare_thresholds", lang), className="small"),
                    html.Div(
                        html.Table(
                            [
                                html.Thead(
                                    html.Tr([html.Th(t(h, lang), scope="col") for h in head])
                                ),
                                html.Tbody(rows),
                            ],
                            className="table table-sm small",
                        ),
                        className="table-responsive",
                    ),
                ]
            ),
        ],
        className="text-muted",
    )


def legend(lang: str) -> html.Div:
    items = [
        html.Li(
            [
                html.Span(SYMBOL[c], className=f"rel rel-{c} rel-key", **{"aria-hidden": "true"}),
                " ",
                t(f"rel_{c}", lang),
            ],
            className="list-inline-item me-3",
        )
        for c in ("worse", "similar", "better", "higher", "lower", "no_data")
    ]
    return html.Div(
        [
            html.P(t("compare_rule", lang), className="small mb-1"),
            html.Ul(items, className="list-inline small mb-2"),
        ],
        id=ids.COMPARE_LEGEND,
    )


def picker_values(bundle, state: CompareState) -> tuple[list[str], list[str]]:
    spaces = set(value_index(bundle).spaces["id"])
    return [a for a in state.areas if a in spaces], [a for a in state.areas if a not in spaces]


def chosen_units(bundle, units: list[str]) -> list[dict]:
    index = value_index(bundle)
    names = dict(zip(index.units["id"], index.units["name"], strict=True))
    return [{"label": f"{c} {names[c]}", "value": c} for c in units]


def area_message(state: CompareState, error: str | None, lang: str) -> str:
    if error:
        return t(error, lang)
    n = len(state.areas)
    if n < MIN_AREAS:
        return t("compare_too_few", lang)
    return t("compare_count", lang).format(n=n, max=MAX_AREAS)


def create_pickers(bundle, state: CompareState) -> html.Div:
    lang = state.lang
    index = value_index(bundle)
    space_opts = [
        {"label": f"{n} ({i})", "value": i}
        for i, n in zip(index.spaces["id"], index.spaces["name"], strict=True)
    ]
    unit_opts = [
        {"label": f"{c} {n}", "value": c}
        for c, n in zip(index.units["id"], index.units["name"], strict=True)
    ]
    spaces, units = picker_values(bundle, state)
    field_opts = [{"label": v[lang], "value": k} for k, v in HANDLUNGSFELDER.items()]
    ed_opts = edition_choices(bundle, lang)
    return html.Div(
        [
            html.Fieldset(
                [
                    html.Legend(t("compare_pick_spaces", lang), className="h6"),
                    dbc.Checklist(
                        id=ids.COMPARE_SPACES,
                        options=space_opts,
                        value=spaces,
                        className="small compare-spaces",
                    ),
                ],
                className="mb-2",
            ),
            html.Label(t("compare_pick_units", lang), htmlFor=ids.COMPARE_UNIT_ADD, className="h6"),
            # a native select (keyboard and screen readers know it) adds a unit; the chosen
            # units are ticked boxes below it, unticking one removes it
            dbc.Select(
                id=ids.COMPARE_UNIT_ADD,
                options=unit_opts,
                value="",
                placeholder=t("compare_units_placeholder", lang),
            ),
            html.Div(
                dbc.Checklist(
                    id=ids.COMPARE_UNITS,
                    options=chosen_units(bundle, units),
                    value=units,
                    className="small mt-1 mb-2",
                ),
                role="group",
                **{"aria-label": t("compare_units_chosen", lang)},
            ),
            html.P(
                area_message(state, None, lang),
                id=ids.COMPARE_MESSAGE,
                className="small fw-semibold",
                role="status",
            ),
            html.Label(t("compare_field", lang), htmlFor=ids.COMPARE_FIELD, className="h6"),
            dbc.Select(
                id=ids.COMPARE_FIELD, options=field_opts, value=state.field, className="mb-2"
            ),
            html.Label(t("edition", lang), htmlFor=ids.COMPARE_EDITION, className="h6"),
            dbc.Select(
                id=ids.COMPARE_EDITION, options=ed_opts, value=state.edition, className="mb-2"
            ),
        ]
    )
