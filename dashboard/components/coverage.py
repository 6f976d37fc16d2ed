"""The coverage view's parts (``/kulisse``): controls, the statement, the summary, the map,
its legend, the two tables, how ranks are read, and the sources."""

from __future__ import annotations

import dash_bootstrap_components as dbc
import dash_leaflet as dl
from dash import dcc, html

from .. import ids
from ..analysis.coverage import INDEX, TOP_CHOICES, basis_choices
from ..analysis.index import COUNT, PRESETS
from ..data.geo_files import geo_url
from ..data.views import catalogue_entry
from ..i18n import format_date, format_number, pick, t, unit_label
from ..models.coverage import (
    CoverageModel,
    basis_label,
    close_rows,
    legend_rows,
    outside_rows,
    value_text,
)
from ..state.coverage import CoverageState
from .compare import edition_choices
from .map import CITY_BOUNDS


def basis_options(bundle, edition: str, lang: str) -> list[dict]:
    out = []
    for b in basis_choices(bundle, edition):
        if b == INDEX:
            out.append({"label": t("cov_basis_index", lang), "value": INDEX})
        else:
            row = catalogue_entry(bundle, b, edition)
            label = f"{pick(row, 'label', lang)} ({unit_label(row.unit, lang)})"
            out.append({"label": label, "value": b})
    return out


def _select(
    label_key: str, id_: str, options, value, lang: str, cls: str, hint_id=None, disabled=False
):
    return html.Div(
        [
            html.Label(t(label_key, lang), htmlFor=id_, className="h6"),
            dbc.Select(id=id_, options=options, value=value, disabled=disabled),
            html.Div(preset_hint(disabled, lang), id=hint_id) if hint_id else None,
        ],
        className=cls,
    )


def preset_hint(disabled: bool, lang: str):
    """Said under the preset when a single indicator is the basis (the preset is unused)."""
    if not disabled:
        return None
    return html.P(t("cov_preset_unused", lang), className="small text-muted mb-0")


def create_controls(bundle, state: CoverageState) -> html.Div:
    lang = state.lang
    presets = [{"label": t(f"cov_preset_{p}", lang), "value": p} for p in PRESETS]
    return html.Div(
        [
            _select(
                "cov_basis",
                ids.COVERAGE_BASIS,
                basis_options(bundle, state.edition, lang),
                state.basis,
                lang,
                "col-12 col-lg-4",
            ),
            _select(
                "cov_preset",
                ids.COVERAGE_PRESET,
                presets,
                state.preset,
                lang,
                "col-12 col-lg-4",
                ids.COVERAGE_PRESET_HINT,
                disabled=state.basis != INDEX,
            ),
            _select(
                "edition",
                ids.COVERAGE_EDITION,
                edition_choices(bundle, lang),
                state.edition,
                lang,
                "col-12 col-lg-4",
            ),
            html.Div(
                html.Fieldset(
                    [
                        html.Legend(t("cov_top", lang), className="h6"),
                        dbc.RadioItems(
                            id=ids.COVERAGE_TOP,
                            options=[
                                {"label": t("cov_top_option", lang).format(n=n), "value": n}
                                for n in TOP_CHOICES
                            ],
                            value=state.top_n,
                            inline=True,
                        ),
                    ]
                ),
                className="col-12",
            ),
        ],
        className="row g-2 mb-2",
    )


def create_statement(lang: str) -> html.Section:
    """The boxed statement at the top: a tool for discussion, not a verdict."""
    return html.Section(
        [
            html.H2(t("cov_verdict_title", lang), className="h5 mb-1"),
            html.P(t("cov_verdict_1", lang), className="mb-1"),
            html.P(t("cov_verdict_2", lang), className="mb-1"),
            html.P(t("cov_verdict_3", lang), className="mb-0"),
        ],
        className="coverage-verdict mb-3",
        **{"aria-label": t("cov_verdict_title", lang)},
    )


def create_summary(model: CoverageModel) -> html.Div:
    lang = model.state.lang
    r = model.result
    s = r.summary
    n = r.top_n
    notes = []
    if s["top"] > n:
        notes.append(t("cov_summary_ties", lang).format(n=n))
    if s["quartier"]:
        top = r.top
        names = ", ".join(f"{u.name} ({u.code})" for u in top[top.quartier].itertuples())
        notes.append(t("cov_summary_quartier", lang).format(names=names))
    if model.is_index and s["outside"]:
        notes.append(t("cov_summary_always", lang).format(k=s["always_outside"], n=n))
    if s["ranked"] < len(r.units):
        notes.append(t("cov_summary_ranked", lang).format(ranked=s["ranked"]))
    notes.append(t("cov_summary_close", lang).format(close=s["close"], members=s["members"]))
    head = t("cov_summary", lang).format(top=s["top"], inside=s["inside"], outside=s["outside"])
    return html.Div(
        [
            html.P(html.Strong(basis_label(model)), className="mb-1"),
            html.P(head, className="mb-1 coverage-summary-head"),
            html.Ul([html.Li(x) for x in notes], className="mb-0 small"),
        ],
        className="coverage-summary",
    )


def create_legend(model: CoverageModel) -> html.Div:
    lang = model.state.lang
    title = t("cov_legend_title", lang).format(basis=basis_label(model), n=model.result.top_n)
    items = [
        html.Li(
            [
                html.Span(className="coverage-swatch", style={"background": colour}),
                f"{label} ({count})",
            ],
            **{"data-cat": cat},
        )
        for cat, colour, label, count in legend_rows(model)
    ]
    items.append(
        html.Li(
            [
                html.Span(className="coverage-swatch coverage-swatch-outline"),
                t("cov_legend_outline", lang),
            ]
        )
    )
    return html.Div(
        [html.H3(title, className="h6 mb-1"), html.Ul(items, className="coverage-legend-list")]
    )


def create_map(bundle, hideout: dict, lang: str) -> html.Figure:
    """The 170 units filled by category, the 15 outlines above (``assets/coverage.js``)."""
    leaflet = dl.Map(
        [
            dl.GeoJSON(
                id=ids.COVERAGE_UNITS,
                url=geo_url(bundle, "units"),
                hideout=hideout,
                style={"variable": "coverageMap.unitStyle"},
                onEachFeature={"variable": "coverageMap.unitFeature"},
            ),
            dl.Pane(
                dl.GeoJSON(
                    id=ids.COVERAGE_SPACES,
                    url=geo_url(bundle, "spaces"),
                    hideout={"selected": None, "excluded": []},
                    style={"variable": "dashboardMap.spaceStyle"},
                    onEachFeature={"variable": "coverageMap.inert"},
                ),
                name="coverage-outlines",
                style={"zIndex": 450},
            ),
        ],
        id=ids.COVERAGE_MAP,
        bounds=CITY_BOUNDS,
        zoomSnap=0.25,
        trackViewport=False,
        scrollWheelZoom=False,
        keyboard=False,
        attributionControl=False,
        className="coverage-map",
    )
    return html.Figure(
        [leaflet, html.Figcaption(t("cov_map_alt", lang), className="small text-muted mt-1")],
        className="coverage-map-figure m-0",
        role="group",
        **{"aria-label": t("cov_map_alt", lang)},
    )


def _table(head: list[str], rows: list[list], caption: str) -> html.Div:
    return html.Div(
        html.Table(
            [
                html.Caption(caption, className="visually-hidden"),
                html.Thead(html.Tr([html.Th(h, scope="col") for h in head])),
                html.Tbody(
                    [
                        html.Tr([html.Th(r[0], scope="row")] + [html.Td(c) for c in r[1:]])
                        for r in rows
                    ]
                ),
            ],
            className="table table-sm small align-middle coverage-table",
        ),
        className="table-responsive",
        tabIndex="0",
        role="region",
        **{"aria-label": caption},
    )


def _value_head(model: CoverageModel) -> str:
    return t("cov_col_score" if model.is_index else "cov_col_value", model.state.lang)


def _rank_heads(model: CoverageModel) -> list[str]:
    lang = model.state.lang
    if model.is_index:
        return [t("cov_col_rank", lang), t("cov_col_span", lang)]
    return [t("cov_col_rank_point", lang)]


def outside_table(model: CoverageModel) -> html.Div:
    lang = model.state.lang
    n = model.result.top_n
    rows = outside_rows(model)
    if not rows:
        return html.P(t("cov_outside_empty", lang).format(n=n), className="fst-italic")
    head = [t("cov_col_unit", lang), t("cov_col_district", lang), _value_head(model)]
    head += _rank_heads(model)
    if model.is_index:
        head.append(t("cov_col_always", lang).format(n=n))
    head.append(t("cov_col_note", lang))
    body = []
    for r in rows:
        cells = [r["unit"], r["district"], r["value"], r["rank"]]
        if model.is_index:
            cells += [r["span"], r["always"]]
        body.append([*cells, r["note"]])
    return _table(head, body, t("cov_outside_heading", lang))


def close_table(model: CoverageModel) -> html.Div:
    lang = model.state.lang
    rows = close_rows(model)
    if not rows:
        return html.P(t("cov_close_empty", lang), className="fst-italic")
    head = [
        t("cov_col_unit", lang),
        t("cov_col_space", lang),
        t("cov_col_membership", lang),
        _value_head(model),
        *_rank_heads(model),
        t("cov_col_relation", lang),
        t("cov_col_note", lang),
    ]
    body = []
    for r in rows:
        cells = [r["unit"], r["space"], r["membership"], r["value"], r["rank"]]
        if model.is_index:
            cells.append(r["span"])
        body.append([*cells, r["relation"], r["note"]])
    return _table(head, body, t("cov_close_heading", lang))


def close_rule(model: CoverageModel) -> html.P:
    lang = model.state.lang
    r = model.result
    if model.is_index and model.spec.normalise == COUNT:
        text = t("cov_close_rule_count", lang)
    elif model.is_index:
        text = t("cov_close_rule_index", lang).format(
            p25=format_number(r.p25, lang, 2), p75=format_number(r.p75, lang, 2)
        )
    else:
        text = t("cov_close_rule_indicator", lang).format(
            p25=value_text(model, r.p25), p75=value_text(model, r.p75)
        )
    return html.P(text, className="small")


def create_method(model: CoverageModel) -> html.Div:
    """How to read the ranks (and, for the index, what it is made of)."""
    lang = model.state.lang
    r = model.result
    if not model.is_index:
        conf = t(model.entries[0].confidence, lang)
        return html.P(t("cov_interval_indicator", lang).format(conf=conf), className="small")
    spec = model.spec
    parts = ", ".join(
        f"{pick(e, 'label', lang)} ({t('cov_weight', lang).format(w=format_number(w, lang, 1))})"
        for e, w in zip(model.entries, spec.weights, strict=True)
    )
    return html.Div(
        [
            html.P(
                t("cov_index_method", lang).format(
                    n=len(spec.indicators), parts=parts, norm=t(f"cov_norm_{spec.normalise}", lang)
                ),
                className="small mb-1",
            ),
            html.P(
                t("cov_interval_index", lang).format(
                    draws=format_number(r.draws, lang, 0),
                    seed=r.seed,
                    settings=format_number(model.settings, lang, 0),
                ),
                className="small",
            ),
        ]
    )


def create_sources(model: CoverageModel) -> html.Div:
    """Per indicator used: source (linked), reference date, confidence."""
    lang = model.state.lang
    items = []
    for e in model.entries:
        link = (
            html.A(e.source, href=e.source_url, rel="noopener")
            if isinstance(e.source_url, str) and e.source_url
            else e.source
        )
        items.append(
            html.Li(
                [
                    html.Strong(pick(e, "label", lang) + ": "),
                    link,
                    f" · {t('reference_date', lang)}: {format_date(e.reference_date, lang)} · ",
                    html.Span(
                        f"{t('confidence', lang)}: {t(e.confidence, lang)}",
                        className=f"badge badge-confidence-{e.confidence}",
                    ),
                    " ",
                    dcc.Link(
                        t("details", lang),
                        href=f"/daten{'?lang=en' if lang == 'en' else ''}#ind-{e.indicator_id}",
                    ),
                ]
            )
        )
    return html.Div(
        [
            html.H2(t("cov_sources", lang), className="h6"),
            html.Ul(items, className="small mb-0"),
        ],
        className="source-line",
    )
