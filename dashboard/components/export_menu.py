"""The "Exportieren" menu of a view: images of the map and charts, the deck, the table.

Each item is a button carrying its part and format; ``assets/export.js`` fetches
``/export/<view>/<part>.<fmt>`` with the page's current query (so the file shows what the
page shows now), announces the progress in a polite live region, and saves the file under
the server's name, or shows the server's one-line message.
"""

from __future__ import annotations

from dash import html

from ..i18n import t
from .html_block import HtmlBlock, to_html

CHARTS = {
    "main": (("map", "export_map"), ("ranking", "export_ranking")),
    "profile": (("map", "export_map"), ("chart", "export_profile_chart")),
    # --- /vergleich and /mittel ---
    "compare": (("side", "export_side"), ("matrix", "export_matrix")),
    "money": (("chart", "export_money_chart"),),
    # --- /index ---
    "index": (
        ("map", "export_map"),
        ("ranking", "export_index_ranking"),
        ("stability", "export_index_stability"),
    ),
    "hotspots": (("map", "export_hot_map"),),  # the index view in mode=hotspots
    # --- end /index ---
    # --- /kulisse ---
    "coverage": (("map", "export_map"),),
}
IMAGE_FORMATS = ("png", "svg", "pdf")


def _button(part: str, fmt: str, label: str, lang: str) -> html.Button:
    return html.Button(
        fmt.upper(),
        type="button",
        className="btn btn-sm btn-outline-primary export-item",
        **{
            "data-part": part,
            "data-format": fmt,
            "aria-label": f"{label}: {fmt.upper()}",
        },
    )


def _row(label: str, buttons: list) -> html.Li:
    return html.Li([html.Span(label, className="export-label"), *buttons], className="export-row")


def create_export_menu(
    view: str, lang: str, space: str | None = None, charts: str | None = None
) -> HtmlBlock:
    """``charts``: the ``CHARTS`` entry when it is not the view's own (``/index`` in hot-spot
    mode exports the ``index`` view's map only).

    The menu is static (``assets/export.js`` does the work), so it is one HTML string: two
    dozen Dash components fewer for the renderer to track on every change of the view."""
    rows = [
        _row(t(key, lang), [_button(part, f, t(key, lang), lang) for f in IMAGE_FORMATS])
        for part, key in CHARTS[charts or view]
    ]
    rows.append(
        _row(t("export_deck", lang), [_button("deck", "pptx", t("export_deck", lang), lang)])
    )
    rows.append(
        _row(
            t("export_table", lang),
            [_button("table", f, t("export_table", lang), lang) for f in ("csv", "xlsx")],
        )
    )
    data = {
        "data-export-view": view,
        "data-busy": t("export_busy", lang),
        "data-done": t("export_done", lang),
        "data-failed": t("export_failed", lang),
    }
    if space:
        data["data-export-space"] = space
    menu = [
        html.Details(
            [
                html.Summary(t("export_menu", lang), className="btn btn-sm btn-primary"),
                html.Div(
                    [
                        html.P(t("export_menu_hint", lang), className="small text-muted mb-1"),
                        html.Ul(rows, className="export-list"),
                    ],
                    className="export-body",
                ),
            ],
            className="export-menu",
        ),
        html.Div(
            className="export-status small",
            role="status",
            **{"aria-live": "polite", "aria-atomic": "true"},
        ),
    ]
    return HtmlBlock(html=to_html(menu), className="export-box", **data)
