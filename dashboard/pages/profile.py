"""``/raum/<space_id>``: the profile of one space (no callbacks: every choice is a link, so
reload, share and Back/Forward work through the URL alone)."""

from __future__ import annotations

from dataclasses import replace

import dash
from dash import dcc, html

from ..components import profile as cp
from ..components import profile_sections as cs
from ..components.embed_dialog import create_embed_dialog
from ..components.export_menu import create_export_menu
from ..components.main_view import create_notice
from ..components.shell import create_shell
from ..data.areas import editions_by_date
from ..data.model import HANDLUNGSFELDER
from ..i18n import edition_year, t
from ..models import profile_facts as pf
from ..models.profile import profile_model, space_ids
from ..services import current_bundle
from ..state.profile import ProfileState, parse_profile, profile_href


def _choice(label: str, href: str, active: bool, lang: str) -> html.Li:
    cls = "btn btn-sm " + ("btn-primary" if active else "btn-outline-primary")
    chosen = [html.Span(f" ({t('profile_chosen', lang)})", className="visually-hidden")]
    return html.Li(dcc.Link([label, *(chosen if active else [])], href=href, className=cls))


def create_choices(space_id: str, state: ProfileState, bundle) -> html.Div:
    lang = state.lang
    eds = [("", t("profile_latest", lang))] + [
        (e, edition_year(e)) for e in editions_by_date(bundle)
    ]
    fields = [("", t("profile_all_fields", lang))] + [
        (k, v[lang]) for k, v in HANDLUNGSFELDER.items()
    ]

    def group(label, options, attr):
        links = [
            _choice(
                text,
                profile_href(space_id, replace(state, **{attr: v}), bundle),
                getattr(state, attr) == v,
                lang,
            )
            for v, text in options
        ]
        return html.Nav(
            [
                html.Span(label, className="small fw-semibold me-2"),
                html.Ul(links, className="list-inline d-flex flex-wrap gap-1 mb-1 ps-0"),
            ],
            **{"aria-label": label},
        )

    return html.Div(
        [
            group(t("edition", lang), eds, "edition"),
            group(t("profile_field", lang), fields, "field"),
        ]
    )


def section(title_key: str, anchor: str, body, lang: str) -> html.Section:
    return html.Section(
        [html.H2(t(title_key, lang), className="h4 mt-4", id=anchor), body],
        **{"aria-labelledby": anchor},
    )


def create_sections(bundle, space_id: str, state: ProfileState, p, public=None, choices=True):
    """The profile's sections below its header. ``public`` (data set keys; None: all) leaves
    out the sections of data sets that are not public (embeds); ``choices``: the edition and
    Handlungsfeld links."""
    lang = state.lang

    def shown(key: str) -> bool:
        return public is None or key in public

    parts = [
        section(
            "profile_indicators",
            "indikatoren",
            html.Div(
                [
                    html.P(t("profile_indicators_intro", lang), className="small"),
                    None
                    if p.is_current
                    else html.P(t("profile_former_rank", lang), className="small"),
                    create_choices(space_id, state, bundle) if choices else None,
                    cp.create_spine(p, lang),
                    cp.create_indicator_table(p, lang),
                    cp.create_reference_methods(p, lang),
                    html.H3(t("profile_units_title", lang), className="h5 mt-3"),
                    cp.create_unit_table(p, lang),
                ]
            ),
            lang,
        ),
        section(
            "profile_known", "bekannt", cs.create_facts(pf.facts(bundle, space_id), lang), lang
        ),
        section(
            "profile_programme",
            "aktionsprogramm",
            cp.create_programme(pf.programme(bundle, space_id), lang)
            if p.is_current
            else html.P(t("profile_former_programme", lang), className="small"),
            lang,
        ),
        section(
            "profile_money",
            "mittel",
            cs.create_money(pf.money(bundle, space_id), pf.city_totals(bundle), lang),
            lang,
        ),
        section(
            "profile_history",
            "geschichte",
            cs.create_history(p, bundle, pf.history(bundle, space_id), lang),
            lang,
        ),
        section(
            "profile_take_part",
            "mitmachen",
            cs.create_taking_part(pf.contacts(bundle, space_id), bundle, lang),
            lang,
        ),
    ]
    keys = (None, "facts", "programmes", "funding", "participation", "participation")
    return [part for key, part in zip(keys, parts, strict=True) if key is None or shown(key)]


def not_found(lang: str) -> html.Div:
    content = html.Div(
        [
            html.H1(t("profile_not_found", lang), className="h3"),
            html.P(t("profile_not_found_text", lang)),
            dcc.Link(
                t("profile_to_list", lang), href="/raum" + ("?lang=en" if lang == "en" else "")
            ),
        ]
    )
    return create_shell(content, lang, "/raum", "?lang=" + ("de" if lang == "en" else "en"))


def layout(space_id: str | None = None, **query) -> html.Div:
    bundle = current_bundle()
    state, ignored = parse_profile(query, bundle)
    lang = state.lang
    if space_id not in space_ids(bundle):
        return not_found(lang)
    p = profile_model(bundle, (space_id, state))
    other = replace(state, lang="en" if lang == "de" else "de")
    content = html.Div(
        [
            html.P(
                dcc.Link(
                    t("profile_to_list", lang), href="/raum" + ("?lang=en" if lang == "en" else "")
                ),
                className="small mb-1",
            ),
            create_embed_dialog("profile", lang),  # the profile as an <iframe> for other sites
            html.H1(f"{p.space['name']} – {cp.space_kind(p.space, lang)}", className="h3"),
            create_notice(ignored, lang),
            create_export_menu("profile", lang, space_id),
            cp.create_header(p, bundle, lang),
            *create_sections(bundle, space_id, state, p),
        ]
    )
    return create_shell(content, lang, "/raum", profile_href(space_id, other, bundle))


def title(space_id: str | None = None) -> str:
    spaces = current_bundle().spaces.set_index("space_id")
    if space_id not in spaces.index:
        return "Raum nicht gefunden · Space not found"
    return f"{spaces.at[space_id, 'name']} – Profil · Aktionsplan Soziale Stadt Dortmund"


def exists(space_id: str) -> bool:
    return space_id in space_ids(current_bundle())


dash.register_page(
    __name__, path_template="/raum/<space_id>", title=title, layout=layout, path_exists=exists
)
