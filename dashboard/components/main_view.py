"""Builders of the main view's parts from a state (pure of callbacks; cached per state).

Every part is built from the same cached view model, so map, legend, ranking, table and
panel always show the same areas, values, ranks and classes.
"""

from __future__ import annotations

from dash import html

from ..data.views import catalogue_entry
from ..figures.map_style import spaces_hideout, unit_hideout
from ..figures.ranking import MAX_BARS, ranking_figure
from ..i18n import pick, t
from ..memo import per_bundle
from ..viewmodel import CHANGE_FROM, profile, view_model
from ..viewstate import ViewState
from .legend import create_legend
from .panel import create_panel
from .sources import create_source_line
from .table import create_table


@per_bundle(maxsize=128)
def render_map(bundle, state: ViewState) -> tuple[dict, dict]:
    vm = view_model(bundle, state)
    return unit_hideout(bundle, vm), spaces_hideout(vm)


@per_bundle(maxsize=128)
def render_ranking(bundle, state: ViewState) -> tuple[dict, str]:
    vm = view_model(bundle, state)
    lang = state.lang
    n_shown = int(vm.shown.value.notna().sum())
    note = (
        t("ranking_units_cut", lang).format(n=MAX_BARS, total=n_shown) if n_shown > MAX_BARS else ""
    )
    return ranking_figure(vm, {"city": t("city_median", lang)}).to_dict(), note


@per_bundle(maxsize=128)
def render_details(bundle, state: ViewState) -> dict:
    """Heading, legend, table, selection panel and source line."""
    vm = view_model(bundle, state)
    lang = state.lang
    heading = pick(vm.entry, "label", lang) + (f" – {t('change', lang)}" if vm.is_change else "")
    return {
        "heading": heading,
        "legend": create_legend(vm),
        "table": create_table(vm),
        "panel": create_panel(vm, profile(bundle, state), bundle),
        "source": create_source_line(
            vm.entry,
            vm.reference,
            lang,
            vm.unit,
            catalogue_entry(bundle, state.indicator, CHANGE_FROM) if vm.is_change else None,
        ),
    }


def create_notice(ignored: list[str], lang: str):
    if not ignored:
        return None
    return html.Div(
        f"{t('notice_param', lang)}: {', '.join(ignored)}",
        className="alert alert-warning py-1 mb-2",
        role="status",
    )
