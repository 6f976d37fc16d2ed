"""The main view (``/``): its state, its URL parameters, and how user actions change it.

Pure: the caller passes in which control or click triggered the change (no ``dash.ctx``).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace

from .. import ids
from ..data.areas import (
    AREA_TYPES,
    CHANGE,
    LEVELS,
    AreaFilter,
    area_ids,
    change_available,
    indicator_editions,
    latest_edition,
    member_units,
    space_of_unit,
)
from ..data.bundle import Bundle
from ..data.classify import K_RANGE, METHODS
from ..data.model import MEMBERSHIP_CONFIDENCE
from ..data.numbers import parse_number
from ..data.views import value_index
from ..i18n import DEFAULT_LANG, LANGS
from ..memo import per_bundle
from .params import (
    Ignored,
    Param,
    integer,
    many_of,
    numbers,
    one_of,
    parse_query,
    to_query,
    write_items,
    write_numbers,
)

DEFAULT_INDICATOR = "children_u15_sgb2"
SORT_KEYS = ("rank", "name", "stadtbezirk", "type", "membership", "value", "cls")
MAX_BREAKS = 6
TABLE_ROWS = 25
"""Rows the table shows until the user asks for all (170 units make a page 8,000 px long)."""


@dataclass(frozen=True)
class MainState:
    indicator: str = DEFAULT_INDICATOR
    edition: str = ""
    """An edition id, or ``change``; '' until parsed (then the indicator's latest)."""
    level: str = "spaces"
    districts: tuple[str, ...] = ()
    """Stadtbezirke to include; empty = all."""
    types: tuple[str, ...] = ()
    """Aktionsraum / Aktionsquartier / outside; empty = all."""
    confidence: tuple[str, ...] = ()
    """Membership confidences to include; empty = all."""
    method: str = "quantiles"
    k: int = 5
    breaks: tuple[float, ...] = ()
    """Manual class breaks (method ``manual``)."""
    selected: str | None = None
    """A unit code or a space id. At the unit level a selected space stays selected (its
    units are highlighted); at the space level a unit is replaced by its space."""
    sort: str = ""
    """Table order: a column of :data:`SORT_KEYS`, '-' in front for descending; '' = rank."""
    rows: str = ""
    """``all``: the table shows every row; '' = the first :data:`TABLE_ROWS` (and the
    selected one)."""
    lang: str = DEFAULT_LANG

    @property
    def area_filter(self) -> AreaFilter:
        return AreaFilter(self.districts, self.types, self.confidence)


def _editions(bundle: Bundle, state: MainState) -> list[str]:
    eds = indicator_editions(bundle, state.indicator)
    return [*eds, CHANGE] if change_available(bundle, state.indicator) else eds


def _selectable(bundle: Bundle, state: MainState) -> set[str]:
    spaces = set(area_ids(bundle, "spaces"))
    return spaces if state.level == "spaces" else spaces | set(area_ids(bundle, "units"))


PARAMS: tuple[Param, ...] = (
    Param("ind", "indicator", one_of(lambda b, s: value_index(b).editions), always=True),
    Param(
        "ed",
        "edition",
        one_of(_editions),
        default=lambda b, s: latest_edition(b, s.indicator),
        always=True,
    ),
    Param("lvl", "level", one_of(lambda b, s: LEVELS)),
    Param("sb", "districts", many_of(lambda b, s: value_index(b).districts), write_items),
    Param("typ", "types", many_of(lambda b, s: AREA_TYPES), write_items),
    Param("conf", "confidence", many_of(lambda b, s: MEMBERSHIP_CONFIDENCE), write_items),
    Param("cls", "method", one_of(lambda b, s: METHODS)),
    Param("k", "k", integer(*K_RANGE)),
    Param("brk", "breaks", numbers(MAX_BREAKS), write_numbers, notice="notice_breaks"),
    Param("sel", "selected", one_of(_selectable), notice="notice_selection"),
    Param("sort", "sort", one_of(lambda b, s: [*SORT_KEYS, *(f"-{k}" for k in SORT_KEYS)])),
    Param("rows", "rows", one_of(lambda b, s: ["all"])),
    Param("lang", "lang", one_of(lambda b, s: LANGS)),
)


def parse_state(query: dict | str, bundle: Bundle) -> tuple[MainState, list[Ignored]]:
    state, ignored = parse_query(MainState, PARAMS, query, bundle)
    if state.method != "manual" and state.breaks:
        state = replace(state, breaks=())
    return state, ignored


@per_bundle(maxsize=256)
def parse_search(bundle: Bundle, search: str) -> tuple[MainState, tuple[Ignored, ...]]:
    """:func:`parse_state` of a URL query string, cached (several callbacks read it)."""
    state, ignored = parse_state(search if isinstance(search, str) else "", bundle)
    return state, tuple(ignored)


def state_query(state: MainState, bundle: Bundle) -> str:
    return to_query(PARAMS, state, bundle)


@dataclass(frozen=True)
class Controls:
    """The values of the main view's controls, in :data:`ids.CONTROL_IDS` order."""

    indicator: object = None
    edition: object = None
    level: object = None
    districts: object = None
    types: object = None
    confidence: object = None
    method: object = None
    k: object = None
    breaks: object = None


@dataclass(frozen=True)
class Transition:
    state: MainState
    ignored: tuple[Ignored, ...] = ()
    changed: bool = False
    """A user changed something (the URL is written: one history entry per change)."""
    breaks_error: str | None = None
    """i18n key of an error in the manual-breaks field (the field keeps the user's text)."""
    filter_kept: str | None = None
    """A filter group whose last box was unticked: it keeps that box (i18n key of a note)."""


def next_state(
    bundle: Bundle,
    search: str,
    trigger: str | None,
    controls: Controls,
    map_click=None,
    table_click=None,
) -> Transition:
    """The state after ``trigger`` (a component id, None on load) fired."""
    current, ignored = parse_search(bundle, search)
    if trigger == ids.HOME_URL or trigger is None:
        return Transition(current, tuple(ignored))
    if trigger == ids.HOME_TABLE_CLICK:
        click = table_click if isinstance(table_click, dict) else {}
        col = click.get("sort")
        if isinstance(col, str):
            return Transition(sort_by(current, col), changed=True)
        if "rows" in click:
            rows = "all" if click["rows"] == "all" else ""
            return Transition(replace(current, rows=rows), changed=True)
        return Transition(select(bundle, current, click.get("select")), changed=True)
    if trigger == ids.HOME_UNITS:
        return Transition(select(bundle, current, _map_clicked(current, map_click)), changed=True)
    return _from_controls(bundle, current, trigger, controls)


def sort_by(state: MainState, column: str) -> MainState:
    """Sort by a column; the same column again reverses the order."""
    if column not in SORT_KEYS:
        return state
    order = f"-{column}" if (state.sort or "rank") == column else column
    return replace(state, sort="" if order == "rank" else order)


def select(bundle: Bundle, state: MainState, clicked) -> MainState:
    """Select an area; clicking the selected one again clears the selection. At the space
    level a unit stands for its space."""
    if not isinstance(clicked, str):
        return state
    if state.level == "spaces" and clicked not in set(area_ids(bundle, "spaces")):
        clicked = space_of_unit(bundle, clicked)
    if clicked is None or clicked not in _selectable(bundle, state):
        return state
    return replace(state, selected=None if clicked == state.selected else clicked)


def _map_clicked(state: MainState, map_click) -> str | None:
    try:
        props = map_click["properties"]
        return props["code"] if state.level == "units" else (props["space_id"] or None)
    except (TypeError, KeyError):
        return None


def keep_selection(bundle: Bundle, selected: str | None, level: str) -> str | None:
    """The selection after a level change: a space stays; a unit becomes its space at the
    space level."""
    if selected is None:
        return None
    spaces = set(area_ids(bundle, "spaces"))
    if level == "spaces" and selected not in spaces:
        return space_of_unit(bundle, selected)
    return selected


def _from_controls(bundle: Bundle, current: MainState, trigger, c: Controls) -> Transition:
    state = current
    if trigger == ids.HOME_INDICATOR and isinstance(c.indicator, str):
        if c.indicator in value_index(bundle).editions:
            # an edition that the old indicator forced (it had no choice) is not a choice the
            # user made: the new indicator starts from its latest edition
            had_choice = len(_editions(bundle, current)) > 1
            state = replace(state, indicator=c.indicator)
            keep = had_choice and current.edition in _editions(bundle, state)
            state = replace(
                state, edition=current.edition if keep else latest_edition(bundle, c.indicator)
            )
    elif trigger == ids.HOME_EDITION and c.edition in _editions(bundle, current):
        state = replace(state, edition=c.edition)
    elif trigger == ids.HOME_LEVEL and c.level in LEVELS:
        state = replace(
            state, level=c.level, selected=keep_selection(bundle, current.selected, c.level)
        )
    elif trigger in (ids.HOME_DISTRICTS, ids.HOME_TYPES, ids.HOME_CONFIDENCE):
        return _filters(bundle, current, trigger, c)
    elif trigger == ids.HOME_METHOD and c.method in METHODS:
        state = replace(state, method=c.method, breaks=state.breaks if c.method == "manual" else ())
    elif trigger == ids.HOME_K:
        with contextlib.suppress(ValueError):
            state = replace(state, k=integer(*K_RANGE)(str(c.k), None, None))
    elif trigger == ids.HOME_BREAKS:
        breaks, error = parse_breaks(c.breaks, current.lang)
        if error:
            return Transition(current, breaks_error=error)
        state = replace(state, breaks=breaks, method="manual")
    return Transition(state, changed=state != current)


FILTERS = {
    ids.HOME_DISTRICTS: ("districts", lambda b: sorted(value_index(b).districts)),
    ids.HOME_TYPES: ("types", lambda b: list(AREA_TYPES)),
    ids.HOME_CONFIDENCE: ("confidence", lambda b: list(MEMBERSHIP_CONFIDENCE)),
}


def _filters(bundle: Bundle, current: MainState, trigger, c: Controls) -> Transition:
    field, everything = FILTERS[trigger]
    raw = {ids.HOME_DISTRICTS: c.districts, ids.HOME_TYPES: c.types}.get(trigger, c.confidence)
    allowed = everything(bundle)
    ticked = sorted({v for v in raw if v in allowed}) if isinstance(raw, list) else []
    if not ticked:  # unticking the last box keeps it: an empty filter would show nothing
        return Transition(current, filter_kept=field)
    value = () if set(ticked) >= set(allowed) else tuple(ticked)
    state = replace(current, **{field: value})
    return Transition(state, changed=state != current)


def parse_breaks(text, lang: str) -> tuple[tuple[float, ...], str | None]:
    """Manual breaks typed by a user: separated by ';', each in German or English notation.

    Returns (breaks, None) or ((), i18n key of the error)."""
    if not isinstance(text, str) or not text.strip():
        return (), None
    try:
        parsed = {parse_number(p, lang) for p in text.split(";") if p.strip()}
    except ValueError:
        return (), "breaks_error_number"
    if None in parsed:  # a missing-value marker such as "-" or "x" is not a break
        return (), "breaks_error_number"
    values = sorted(parsed)
    if len(values) > MAX_BREAKS:
        return (), "breaks_error_count"
    return tuple(values), None


def highlighted_units(bundle: Bundle, state: MainState) -> list[str]:
    """Unit codes to outline on the map at the unit level (a unit, or a space's members)."""
    if state.selected is None or state.level != "units":
        return []
    if state.selected in set(area_ids(bundle, "spaces")):
        return member_units(bundle, state.selected)
    return [state.selected]
