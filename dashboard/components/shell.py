"""The page frame: skip link, header with navigation and language switch, footer."""

from __future__ import annotations

from dash import html

from .. import ids
from ..i18n import t

NAV = (
    ("/", "nav_map"),
    ("/raum", "nav_spaces"),
    ("/vergleich", "nav_compare"),
    ("/mittel", "nav_money"),
    ("/index", "nav_index"),
    ("/kulisse", "nav_coverage"),
    ("/daten", "nav_data"),
)


def create_shell(content, lang: str, active: str, lang_href: str) -> html.Div:
    """Wrap a page's ``content`` (the ``main`` landmark gets id ``content``)."""
    links = [
        html.Li(
            html.A(
                t(key, lang),
                href=path + ("?lang=en" if lang == "en" else ""),
                className="nav-link" + (" active" if path == active else ""),
                **({"aria-current": "page"} if path == active else {}),
            ),
            className="nav-item",
        )
        for path, key in NAV
    ]
    other = "en" if lang == "de" else "de"
    return html.Div(
        [
            html.A(t("skip", lang), href="#content", className="skip-link"),
            html.Header(
                html.Nav(
                    [
                        html.Div(
                            [
                                html.Span(t("app_title", lang), className="h4 mb-0 d-block"),
                                html.Span(t("app_subtitle", lang), className="small text-muted"),
                            ],
                            className="navbar-brand",
                        ),
                        html.Ul(
                            [
                                *links,
                                html.Li(
                                    html.A(
                                        t("language", lang),
                                        id=ids.LANG_LINK,
                                        href=lang_href,
                                        lang=other,
                                        hrefLang=other,
                                        className="nav-link",
                                    ),
                                    className="nav-item",
                                ),
                            ],
                            className="navbar-nav flex-row flex-wrap column-gap-3 row-gap-1 "
                            "ms-md-auto",
                        ),
                    ],
                    className="navbar navbar-expand-md container-fluid flex-wrap px-3",
                    **{"aria-label": t("nav_label", lang)},
                ),
                className="app-header mb-3 bg-white",
            ),
            html.Main(content, id="content", className="container-fluid", tabIndex="-1"),
            html.Footer(
                html.P(
                    [
                        t("footer_data", lang),
                        html.A(t("nav_data", lang), href="/daten"),
                    ],
                    className="small text-muted container-fluid mt-4",
                )
            ),
        ],
        lang=lang,
    )
