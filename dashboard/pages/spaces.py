"""``/raum``: the list of the 15 current spaces and the two former ones, with links."""

from __future__ import annotations

import dash
from dash import dcc, html

from ..components.profile import space_kind
from ..components.shell import create_shell
from ..i18n import LANGS, t


def _rows(spaces, lang: str) -> list:
    out = []
    for r in spaces.itertuples(index=False):
        href = f"/raum/{r.space_id}" + ("?lang=en" if lang == "en" else "")
        period = (
            t("since_short", lang).format(year=int(r.valid_from))
            if r.status == "current"
            else f"{int(r.valid_from)}–{int(r.valid_to)}"
        )
        out.append(
            html.Tr(
                [
                    html.Th(dcc.Link(r.name, href=href), scope="row"),
                    html.Td(space_kind(r, lang), **{"data-label": t("profile_type", lang)}),
                    html.Td(r.stadtbezirk, **{"data-label": t("profile_district", lang)}),
                    html.Td(period, **{"data-label": t("profile_in_plan", lang)}),
                    html.Td(
                        t(f"conf_{r.membership_confidence}", lang),
                        **{"data-label": t("membership", lang)},
                    ),
                ]
            )
        )
    return out


def _table(spaces, caption: str, lang: str) -> html.Div:
    head = ["col_name", "profile_type", "profile_district", "profile_in_plan", "membership"]
    return html.Div(
        html.Table(
            [
                html.Caption(caption),
                html.Thead(html.Tr([html.Th(t(k, lang), scope="col") for k in head])),
                html.Tbody(_rows(spaces, lang)),
            ],
            className="table table-sm caption-top stack-sm",
        ),
        className="table-responsive",
        tabIndex="0",
        role="region",
        **{"aria-label": caption},
    )


def layout(lang: str = "de", **_ignored) -> html.Div:
    from ..services import current_bundle

    lang = lang if lang in LANGS else "de"
    spaces = current_bundle().spaces
    content = html.Div(
        [
            html.H1(t("spaces_title", lang), className="h3"),
            html.P(t("spaces_intro", lang)),
            _table(spaces[spaces.status == "current"], t("spaces_current", lang), lang),
            html.H2(t("spaces_former", lang), className="h4 mt-4"),
            html.P(t("spaces_former_intro", lang)),
            _table(spaces[spaces.status == "former"], t("spaces_former_caption", lang), lang),
        ]
    )
    return create_shell(content, lang, "/raum", "?lang=" + ("de" if lang == "en" else "en"))


dash.register_page(
    __name__, path="/raum", title="Räume · Spaces – Aktionsplan Soziale Stadt", layout=layout
)
