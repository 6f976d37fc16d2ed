"""The German 404 page (Dash Pages shows it for any unknown path; the server sends 404)."""

from __future__ import annotations

import dash
from dash import dcc, html

from ..components.shell import create_shell
from ..i18n import LANGS, t


def layout(lang: str = "de", **_ignored) -> html.Div:
    lang = lang if lang in LANGS else "de"
    content = html.Div(
        [
            html.H1(t("not_found_title", lang), className="h3"),
            html.P(t("not_found_text", lang)),
            dcc.Link(t("back_home", lang), href="/"),
        ]
    )
    return create_shell(content, lang, "", "?lang=" + ("de" if lang == "en" else "en"))


# registered last: Dash needs the layout function (pages are imported by create_app)
dash.register_page(
    __name__, path="/404", title="Seite nicht gefunden · Page not found", layout=layout
)
