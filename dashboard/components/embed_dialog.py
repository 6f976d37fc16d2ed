"""The "Einbetten"/"Embed" dialog of the main view and the profile: which embed, its size,
the ``<iframe>`` code for the current state (the page's URL) with a copy button, and a live
preview of the same URL.

The button opens an accessible modal (Bootstrap: focus stays inside, Escape closes, focus
returns to the button). ``assets/embed.js`` reads the page's address when the dialog opens
(the main view changes its URL without reloading) and copies the code.
"""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import ClientsideFunction, Input, Output, callback, clientside_callback, dcc, html
from flask import request

from .. import ids
from ..i18n import LANGS, t
from ..services import current_bundle
from ..settings import Settings
from ..state.embed import DEFAULT_SIZE, MAX_SIZE, MIN_SIZE, embed_path, iframe_snippet, size


def create_embed_dialog(kind: str, lang: str, choice: str | None = None) -> html.Div:
    """``kind``: ``main`` (map or ranking), ``profile`` or ``index`` (need index or hot
    spots); ``choice``: the choice ticked first (default: the first)."""
    choices = (
        [("map", t("embed_view_map", lang)), ("ranking", t("embed_view_ranking", lang))]
        if kind == "main"
        else [("profile", t("embed_view_profile", lang))]
    )
    # --- /index ---
    if kind == "index":
        choices = [("index", t("embed_view_index", lang)), ("hotspots", t("embed_view_hs", lang))]
    # --- end /index ---
    first = choice if choice in dict(choices) else choices[0][0]
    width, height = DEFAULT_SIZE[first]

    def number(cid: str, label_key: str, value: int):
        return html.Div(
            [
                dbc.Label(t(label_key, lang), html_for=cid, className="small mb-0"),
                dbc.Input(
                    id=cid,
                    type="number",
                    min=MIN_SIZE,
                    max=MAX_SIZE,
                    step=10,
                    value=value,
                    debounce=True,
                    size="sm",
                ),
            ],
            className="embed-size",
        )

    body = [
        html.P(t("embed_dialog_intro", lang), className="small"),
        html.Fieldset(
            [
                html.Legend(t("embed_which", lang), className="small fw-semibold mb-1"),
                dbc.RadioItems(
                    id=ids.EMBED_VIEW,
                    options=[{"label": label, "value": v} for v, label in choices],
                    value=first,
                    inline=True,
                ),
            ],
            className="mb-2",
            # one choice (the profile): nothing to choose, the input stays for the callback
            hidden=len(choices) == 1,
        ),
        html.Div(
            [
                number(ids.EMBED_WIDTH, "embed_width", width),
                number(ids.EMBED_HEIGHT, "embed_height", height),
            ],
            className="d-flex gap-3 flex-wrap",
        ),
        html.P(t("embed_size_hint", lang), id=ids.EMBED_SIZE_HINT, className="small text-muted"),
        dbc.Label(t("embed_code", lang), html_for=ids.EMBED_CODE, className="small fw-semibold"),
        dcc.Textarea(
            id=ids.EMBED_CODE,
            readOnly=True,
            rows=3,
            className="form-control form-control-sm font-monospace embed-code",
        ),
        html.Div(
            [
                html.Button(
                    t("embed_copy", lang),
                    id=ids.EMBED_COPY,
                    type="button",
                    className="btn btn-primary btn-sm",
                ),
                html.Span(
                    id=ids.EMBED_COPY_STATUS,
                    role="status",
                    className="small ms-2",
                    **{
                        "data-ok": t("embed_copied", lang),
                        "data-fail": t("embed_copy_failed", lang),
                    },
                ),
            ],
            className="mt-2 mb-3",
        ),
        html.H3(t("embed_preview", lang), className="h6", id=ids.EMBED_PREVIEW_HEADING),
        html.Div(
            html.Iframe(id=ids.EMBED_PREVIEW, className="embed-preview"),
            className="embed-preview-box",
            # a large frame scrolls inside the box: keyboard users scroll it too
            tabIndex=0,
            role="region",
            **{"aria-labelledby": ids.EMBED_PREVIEW_HEADING},
        ),
    ]
    return html.Div(
        [
            html.Button(
                [html.Span("</> ", **{"aria-hidden": "true"}), t("embed_button", lang)],
                id=ids.EMBED_OPEN,
                type="button",
                className="btn btn-outline-secondary btn-sm",
                **{"aria-haspopup": "dialog"},
            ),
            dcc.Store(id=ids.EMBED_LOCATION),
            dbc.Modal(
                [
                    dbc.ModalHeader(
                        dbc.ModalTitle(t("embed_dialog_title", lang), id=ids.EMBED_TITLE),
                        close_button=True,
                    ),
                    dbc.ModalBody(body),
                    dbc.ModalFooter(
                        html.Button(
                            t("embed_close", lang),
                            id=ids.EMBED_CLOSE,
                            type="button",
                            className="btn btn-secondary btn-sm",
                        )
                    ),
                ],
                id=ids.EMBED_MODAL,
                is_open=False,
                size="xl",
                scrollable=True,
                labelledby=ids.EMBED_TITLE,
            ),
        ],
        className="embed-dialog",
    )


# open: remember the page's address (the main view changes it without a reload); close
clientside_callback(
    ClientsideFunction("embed", "toggle"),
    Output(ids.EMBED_MODAL, "is_open"),
    Output(ids.EMBED_LOCATION, "data"),
    Input(ids.EMBED_OPEN, "n_clicks"),
    Input(ids.EMBED_CLOSE, "n_clicks"),
    prevent_initial_call=True,
)

clientside_callback(
    ClientsideFunction("embed", "copy"),
    Output(ids.EMBED_COPY_STATUS, "children"),
    Input(ids.EMBED_COPY, "n_clicks"),
    prevent_initial_call=True,
)


@callback(
    Output(ids.EMBED_CODE, "value"),
    Output(ids.EMBED_PREVIEW, "src"),
    Output(ids.EMBED_PREVIEW, "title"),
    Output(ids.EMBED_PREVIEW, "width"),
    Output(ids.EMBED_PREVIEW, "height"),
    Input(ids.EMBED_LOCATION, "data"),
    Input(ids.EMBED_VIEW, "value"),
    Input(ids.EMBED_WIDTH, "value"),
    Input(ids.EMBED_HEIGHT, "value"),
    prevent_initial_call=True,
)
def update_snippet(location, choice, width, height):
    """The code and the preview for the page's current address and the chosen size."""
    from ..pages.embed import build  # the page module registers the embeds

    location = location if isinstance(location, dict) else {}
    search = str(location.get("search") or "")
    bundle = current_bundle()
    path = embed_path(bundle, str(location.get("path") or "/"), search, choice or "")
    if path is None:
        return "", None, None, None, None
    view, _, query = path.removeprefix("/embed/").partition("?")
    args = _query(query)
    embed = build(bundle, view, args)
    lang = args.get("lang", "de")
    lang = lang if lang in LANGS else "de"
    title = t("embed_frame_title", lang).format(title=embed.title if embed else "")
    base = (Settings.from_env().public_url or request.host_url).rstrip("/")
    default_w, default_h = DEFAULT_SIZE[view.partition("/")[0]]
    w, h = size(width, default_w), size(height, default_h)
    src = base + path
    return iframe_snippet(src, title, w, h), src, title, w, h


def _query(query: str) -> dict:
    from ..state.params import query_dict

    return query_dict(query)
