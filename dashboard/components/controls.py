"""The controls of the main view (native, accessible inputs from dash-bootstrap-components)."""

from __future__ import annotations

import dash_bootstrap_components as dbc
from dash import html

from .. import ids
from ..data.areas import AREA_TYPES, CHANGE, change_editions, editions_by_date, indicator_editions
from ..data.classify import K_RANGE, METHODS
from ..data.model import HANDLUNGSFELDER, MEMBERSHIP_CONFIDENCE
from ..data.views import indicators_by_field
from ..i18n import change_label, edition_year, format_date, format_number, pick, t, unit_label
from ..memo import per_bundle
from ..state.main import MainState

TYPE_KEYS = {"Aktionsraum": "type_ar", "Aktionsquartier": "type_aq", "outside": "type_out"}


def indicator_options(bundle, lang: str) -> list[dict]:
    """Indicators grouped by Handlungsfeld (group headers are disabled options); each option
    names its unit and editions."""
    cat = bundle.catalogue
    first = cat.drop_duplicates("indicator_id").set_index("indicator_id")
    options = []
    for hf, indicator_ids in indicators_by_field(bundle).items():
        options.append(
            {"label": f"— {HANDLUNGSFELDER[hf][lang]} —", "value": f"hf:{hf}", "disabled": True}
        )
        for ind in indicator_ids:
            row = first.loc[ind]
            label = pick(row, "label", lang)
            years = "/".join(edition_year(e) for e in indicator_editions(bundle, ind))
            options.append(
                {"label": f"{label} ({unit_label(row.unit, lang)}; {years})", "value": ind}
            )
    return options


def edition_options(bundle, indicator: str, lang: str) -> list[dict]:
    """The edition choices of an indicator (unavailable ones disabled), cached."""
    return _edition_options(bundle, (indicator, lang))


@per_bundle(maxsize=256)
def _edition_options(bundle, key: tuple[str, str]) -> list[dict]:
    indicator, lang = key
    available = indicator_editions(bundle, indicator)
    cat = bundle.catalogue.drop_duplicates("edition").set_index("edition")
    out = []
    for edition in editions_by_date(bundle):
        title = cat.loc[edition, "source"].split(": ")[-1].split(" (")[0]
        date = format_date(cat.loc[edition, "reference_date"], lang)
        out.append(
            {
                "label": f"{title} ({t('reference_date', lang)} {date})",
                "value": edition,
                "disabled": edition not in available,
            }
        )
    pair = change_editions(bundle, indicator)
    out.append(
        {
            "label": change_label(*pair, lang) if pair else t("change_unavailable", lang),
            "value": CHANGE,
            "disabled": pair is None,
        }
    )
    return out


def format_breaks(breaks: tuple[float, ...], lang: str) -> str:
    return "; ".join(format_number(b, lang, 2).rstrip("0").rstrip(",.") for b in breaks)


def control_values(bundle, state: MainState) -> tuple:
    """Values of :data:`ids.CONTROL_IDS` for a state (empty filters shown as 'all ticked')."""
    return (
        state.indicator,
        state.edition,
        state.level,
        list(state.districts) or sorted(bundle.units.stadtbezirk.unique()),
        list(state.types) or list(AREA_TYPES),
        list(state.confidence) or list(MEMBERSHIP_CONFIDENCE),
        state.method,
        str(state.k),
        format_breaks(state.breaks, state.lang),
    )


def k_note(method: str, lang: str) -> str:
    """What the class count means for a method (manual breaks set their own count)."""
    if method == "std_mean":
        return t("std_k_note", lang)
    if method == "manual":
        return t("manual_k_note", lang)
    return ""


def _checklist(id_, options, value) -> dbc.Checklist:
    return dbc.Checklist(id=id_, options=options, value=value, className="small")


def create_controls(bundle, state: MainState) -> html.Div:
    lang = state.lang
    (ind, ed, lvl, sb, typ, conf, method, k, brk) = control_values(bundle, state)
    districts = sorted(bundle.units.stadtbezirk.unique())

    def group(label_key, child, label_for=None):
        label = (
            html.Label(t(label_key, lang), htmlFor=label_for, className="control-label")
            if label_for
            else html.Legend(t(label_key, lang), className="control-label fs-6")
        )
        return (
            html.Fieldset([label, child], className="mb-2")
            if not label_for
            else html.Div([label, child], className="mb-2")
        )

    return html.Div(
        [
            group(
                "indicator",
                dbc.Select(
                    id=ids.HOME_INDICATOR, options=indicator_options(bundle, lang), value=ind
                ),
                label_for=ids.HOME_INDICATOR,
            ),
            group(
                "edition",
                dbc.RadioItems(
                    id=ids.HOME_EDITION, options=edition_options(bundle, ind, lang), value=ed
                ),
            ),
            group(
                "level",
                dbc.RadioItems(
                    id=ids.HOME_LEVEL,
                    value=lvl,
                    options=[
                        {"label": t("level_spaces", lang), "value": "spaces"},
                        {"label": t("level_units", lang), "value": "units"},
                    ],
                ),
            ),
            html.Details(
                [
                    html.Summary(t("filters", lang)),
                    group(
                        "types",
                        _checklist(
                            ids.HOME_TYPES,
                            [{"label": t(TYPE_KEYS[v], lang), "value": v} for v in AREA_TYPES],
                            typ,
                        ),
                    ),
                    group(
                        "membership",
                        _checklist(
                            ids.HOME_CONFIDENCE,
                            [
                                {"label": t(f"conf_{v}", lang), "value": v}
                                for v in MEMBERSHIP_CONFIDENCE
                            ],
                            conf,
                        ),
                    ),
                    group(
                        "districts",
                        _checklist(
                            ids.HOME_DISTRICTS, [{"label": d, "value": d} for d in districts], sb
                        ),
                    ),
                    html.Div(id=ids.HOME_FILTER_NOTE, className="form-text", role="status"),
                ],
                open=bool(state.districts or state.types or state.confidence),
            ),
            html.Details(
                [
                    html.Summary(t("classes", lang)),
                    group(
                        "method",
                        dbc.Select(
                            id=ids.HOME_METHOD,
                            value=method,
                            options=[
                                {"label": t(f"method_{m}", lang), "value": m} for m in METHODS
                            ],
                        ),
                        label_for=ids.HOME_METHOD,
                    ),
                    group(
                        "k",
                        html.Div(
                            [
                                dbc.Select(
                                    id=ids.HOME_K,
                                    value=k,
                                    options=[
                                        {"label": str(n), "value": str(n)}
                                        for n in range(K_RANGE[0], K_RANGE[1] + 1)
                                    ],
                                    disabled=method == "manual",
                                ),
                                html.Div(
                                    k_note(method, lang),
                                    id=ids.HOME_K_NOTE,
                                    className="form-text",
                                ),
                            ]
                        ),
                        label_for=ids.HOME_K,
                    ),
                    group(
                        "breaks",
                        html.Div(
                            [
                                dbc.Input(
                                    id=ids.HOME_BREAKS,
                                    value=brk,
                                    type="text",
                                    debounce=True,
                                    inputMode="decimal",
                                    placeholder="12,5; 20; 30" if lang == "de" else "12.5; 20; 30",
                                ),
                                html.Div(
                                    id=ids.HOME_BREAKS_ERROR,
                                    className="invalid-feedback d-block",
                                    role="alert",
                                ),
                            ]
                        ),
                        label_for=ids.HOME_BREAKS,
                    ),
                ],
                open=state.method != "quantiles" or state.k != 5,
            ),
        ],
        className="controls",
        id=ids.HOME_CONTROLS,
    )
