"""How the main view's controls, clicks and URL become the next state (used by its callbacks).

Not a page: ``create_app`` imports only the page modules it names.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs

from dash import ctx

from .. import ids
from ..data.model import MEMBERSHIP_CONFIDENCE
from ..data.views import value_index
from ..viewstate import TYPES, ViewState, parse_state, to_query


def state_from_trigger(bundle, search, controls, clicks, table_click):
    """The new state, the ignored parameters, and whether a user changed something."""
    current, ignored = parse_state(search if isinstance(search, str) else "", bundle)
    trigger = ctx.triggered_id
    if trigger == ids.HOME_URL or trigger is None:
        return current, ignored, False
    if trigger == ids.HOME_TABLE_CLICK:  # a sort button or an area's name in the table
        click = table_click if isinstance(table_click, dict) else {}
        col = click.get("sort")
        if isinstance(col, str):
            order = f"-{col}" if (current.sort or "rank") == col else col
            state, _ = parse_state({**_query(current), "sort": order}, bundle)
            return replace(state, sort="" if order == "rank" else state.sort), [], True
        return _select(bundle, current, click.get("select")), [], True
    if trigger in (ids.HOME_UNITS, ids.HOME_RANKING):
        return _select(bundle, current, _clicked(trigger, current, *clicks)), [], True
    state, bad = parse_state(_query_from_controls(bundle, controls, current), bundle)
    return state, bad, True


def _query(state: ViewState) -> dict:
    return {k: v[-1] for k, v in parse_qs(to_query(state).lstrip("?")).items()}


def _select(bundle, state: ViewState, clicked) -> ViewState:
    """Select the clicked area; clicking the selected one again clears the selection."""
    index = value_index(bundle)
    known = index.spaces["id"] if state.level == "spaces" else index.units["id"]
    if not isinstance(clicked, str) or clicked not in set(known):
        return state
    return replace(state, selected=None if clicked == state.selected else clicked)


def _clicked(trigger, state, map_click, bar_click) -> str | None:
    try:
        if trigger == ids.HOME_UNITS:
            props = map_click["properties"]
            return props["code"] if state.level == "units" else (props["space_id"] or None)
        return bar_click["points"][0]["customdata"]
    except (TypeError, KeyError, IndexError):
        return None


def _query_from_controls(bundle, controls, current: ViewState) -> dict:
    ind, ed, lvl, sb, typ, conf, method, k, brk = controls

    def joined(values, everything):
        values = [v for v in values if isinstance(v, str)] if isinstance(values, list) else []
        return "" if not values or set(values) >= set(everything) else ",".join(values)

    query = {
        "ind": ind,
        "ed": ed,
        "lvl": lvl,
        "cls": method,
        "k": k,
        "lang": current.lang,
        "sort": current.sort,
        "sb": joined(sb, bundle.units.stadtbezirk.unique()),
        "typ": joined(typ, TYPES),
        "conf": joined(conf, MEMBERSHIP_CONFIDENCE),
        "brk": ",".join(
            p.strip().replace(".", "").replace(",", ".")
            if current.lang == "de"
            else p.strip().replace(",", "")
            for p in (brk or "").split(";")
            if p.strip()
        )
        if isinstance(brk, str)
        else "",
    }
    if ind == current.indicator and lvl == current.level and current.selected:
        query["sel"] = current.selected
    return {k: v for k, v in query.items() if isinstance(v, str)}
