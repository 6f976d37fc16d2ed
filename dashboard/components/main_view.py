"""Builders of the main view's parts from a state (pure of callbacks; cached per state).

Every part is built from the same cached view model, so map, legend, ranking, table and
panel always show the same areas, values, ranks and classes.
"""

from __future__ import annotations

from dash import html

from ..figures.map_style import spaces_hideout, unit_hideout
from ..figures.ranking import MAX_BARS, ranking_figure
from ..i18n import change_label, pick, t
from ..memo import per_bundle
from ..models.main import main_model, selection_profile
from ..state.main import MainState
from ..state.params import Ignored
from .legend import create_legend
from .panel import create_panel
from .sources import create_source_line
from .table import create_table


@per_bundle(maxsize=128)
def render_map(bundle, state: MainState) -> tuple[dict, dict]:
    vm = main_model(bundle, state)
    return unit_hideout(bundle, vm), spaces_hideout(vm)


@per_bundle(maxsize=128)
def render_ranking(bundle, state: MainState) -> tuple[dict, str]:
    vm = main_model(bundle, state)
    n = vm.n_ranked
    key = f"ranking_cut_{vm.ranking_order}"
    note = t(key, state.lang).format(n=MAX_BARS, total=n) if n > MAX_BARS else ""
    return ranking_figure(vm).to_dict(), note


def heading_text(vm) -> str:
    lang = vm.state.lang
    if not vm.is_change:
        return pick(vm.entry, "label", lang)
    change = change_label(vm.older.edition, vm.entry.edition, lang)
    return f"{pick(vm.entry, 'label', lang)} – {change}"


@per_bundle(maxsize=128)
def render_details(bundle, state: MainState) -> dict:
    """Heading, legend, table, selection panel and source line."""
    vm = main_model(bundle, state)
    lang = state.lang
    return {
        "heading": heading_text(vm),
        "title": t("page_title", lang).format(title=heading_text(vm)),
        "legend": create_legend(vm),
        "table": create_table(vm),
        "panel": create_panel(vm, selection_profile(bundle, state)),
        "source": create_source_line(vm.entry, vm.reference, lang, vm.unit, vm.older),
    }


def create_notice(ignored: list[Ignored] | tuple[Ignored, ...], lang: str):
    """Which parts of the address were ignored, and why."""
    if not ignored:
        return None
    parts = "; ".join(f"{i.key}: {t(i.notice, lang)}" for i in ignored)
    return html.Div(
        f"{t('notice_ignored', lang)} ({parts}).",
        className="alert alert-warning py-1 mb-2",
        role="status",
    )
