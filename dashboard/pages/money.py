"""``/mittel``: needs next to money. Per space its value of one indicator next to the funding
that public sources name for it (``models.money``), as a quadrant chart, its table, and every
amount with its source. The URL holds the state (``state.money``)."""

from __future__ import annotations

import dash
from dash import Input, Output, callback, ctx, dcc, html, no_update

from .. import ids
from ..components.export_menu import create_export_menu
from ..components.main_view import GRAPH_CONFIG, create_notice
from ..components.money import (
    city_note,
    create_controls,
    funding_table,
    points_table,
    source_line,
)
from ..components.shell import create_shell
from ..data.views import value_index
from ..figures.quadrant import quadrant_figure
from ..i18n import t
from ..models.alt_text import money_text
from ..models.money import money_model
from ..services import current_bundle
from ..state.money import PARAMS, next_state, parse_state, state_query
from ..state.params import lang_switch_query

PATH = "/mittel"


def render(bundle, state) -> dict:
    model = money_model(bundle, state.indicator, state.edition)
    names = dict(
        zip(value_index(bundle).spaces["id"], value_index(bundle).spaces["name"], strict=True)
    )
    return {
        "chart": quadrant_figure(model, state.scale, state.lang),
        "points": points_table(model, state.lang),
        "funding": funding_table(model, names, state.lang),
        "source": source_line(model, state.lang),
        # the chart's numbers in words (its description), and where its table is
        "chart_text": [
            money_text(model.spaces, str(model.entry.unit))[state.lang == "en"] + " ",
            html.A(t("chart_table_link", state.lang), href=f"#{ids.MONEY_POINTS}"),
        ],
    }


def layout(**query) -> html.Div:
    bundle = current_bundle()
    state, ignored = parse_state(query, bundle)
    lang = state.lang
    parts = render(bundle, state)
    main = html.Div(
        [
            dcc.Location(id=ids.MONEY_URL, refresh=False),
            html.Div(create_notice(ignored, lang), id=ids.MONEY_NOTICE),
            html.Div(  # the export menu beside the heading, as on / and the profiles
                [
                    html.H1(t("money_heading", lang), className="h4 mb-2"),
                    create_export_menu("money", lang),
                ],
                className="export-head export-head-end",
            ),
            html.P(t("money_intro", lang), className="small"),
            html.Div(create_controls(bundle, state), id=ids.MONEY_CONTROLS),
            html.H2(t("money_chart_title", lang), className="h5 mt-2"),
            html.Div(
                dcc.Graph(id=ids.MONEY_CHART, figure=parts["chart"], config=GRAPH_CONFIG),
                role="figure",
                **{
                    "aria-label": t("money_chart_alt", lang),
                    "aria-describedby": ids.MONEY_CHART_TEXT,
                },
            ),
            html.P(parts["chart_text"], id=ids.MONEY_CHART_TEXT, className="small"),
            html.Div(parts["source"], id=ids.MONEY_SOURCE),
            html.P(t("money_rule", lang), className="small"),
            city_note(bundle, lang),
            html.H2(t("money_points", lang), className="h5"),
            html.Div(parts["points"], id=ids.MONEY_POINTS),
            html.H2(t("money_funding", lang), className="h5 mt-3"),
            html.Div(parts["funding"], id=ids.MONEY_FUNDING),
        ]
    )
    return create_shell(main, lang, PATH, _lang_href(state, bundle))


def _lang_href(state, bundle) -> str:
    return PATH + lang_switch_query(PARAMS, state, bundle)


@callback(
    output={
        "search": Output(ids.MONEY_URL, "search"),
        "indicator": Output(ids.MONEY_INDICATOR, "value"),
        "edition": Output(ids.MONEY_EDITION, "value"),
        "editions": Output(ids.MONEY_EDITION, "options"),
        "scale": Output(ids.MONEY_SCALE, "value"),
        "notice": Output(ids.MONEY_NOTICE, "children"),
        "lang_href": Output(ids.LANG_LINK, "href"),
        "chart": Output(ids.MONEY_CHART, "figure"),
        "points": Output(ids.MONEY_POINTS, "children"),
        "funding": Output(ids.MONEY_FUNDING, "children"),
        "source": Output(ids.MONEY_SOURCE, "children"),
        "chart_text": Output(ids.MONEY_CHART_TEXT, "children"),
    },
    inputs={
        "search": Input(ids.MONEY_URL, "search"),
        "indicator": Input(ids.MONEY_INDICATOR, "value"),
        "edition": Input(ids.MONEY_EDITION, "value"),
        "scale": Input(ids.MONEY_SCALE, "value"),
    },
    prevent_initial_call=True,
)
def sync_money(search, indicator, edition, scale):
    """Controls and the URL agree; the URL is written only for a user's change."""
    bundle = current_bundle()
    state, ignored = parse_state(search or "", bundle)
    from_url = ctx.triggered_id == ids.MONEY_URL
    new = state if from_url else next_state(bundle, state, indicator, edition, scale)
    query = state_query(new, bundle)
    controls = create_controls(bundle, new)
    return {
        "search": query if not from_url and new != state else no_update,
        "indicator": new.indicator if new.indicator != indicator else no_update,
        "edition": new.edition if new.edition != edition else no_update,
        "editions": controls.children[1].children[1].options,
        "scale": new.scale if new.scale != scale else no_update,
        "notice": create_notice(ignored if from_url else (), new.lang),
        "lang_href": _lang_href(new, bundle),
        **render(bundle, new),
    }


dash.register_page(
    __name__,
    path=PATH,
    title="Mittel · Money – Aktionsplan Soziale Stadt Dortmund",
    layout=layout,
)
