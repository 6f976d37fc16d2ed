"""The comparison view (``/vergleich``): its state, URL parameters and transitions (pure).

``a`` holds 2–4 areas (space ids and/or unit codes, in the order they were picked), ``hf`` a
Handlungsfeld, ``ed`` an edition, ``sort`` a column of the matrix (``-`` in front: descending).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..data.areas import area_ids, editions_by_date
from ..data.bundle import Bundle
from ..data.model import HANDLUNGSFELDER
from ..i18n import DEFAULT_LANG, LANGS
from .params import Ignored, Param, one_of, parse_query, to_query, write_items

MIN_AREAS, MAX_AREAS = 2, 4
DEFAULT_FIELD = "kinder"
NAME = "name"
"""The matrix's name column (every other sortable column is an indicator id)."""


@dataclass(frozen=True)
class CompareState:
    areas: tuple[str, ...] = ()
    field: str = DEFAULT_FIELD
    edition: str = ""
    sort: str = ""
    """A matrix column (``name`` or an indicator id), '-' in front for descending; '' = the
    order of the spaces."""
    lang: str = DEFAULT_LANG


def selectable(bundle: Bundle) -> list[str]:
    """Every area that can be compared: the 15 spaces, then the 170 units."""
    return [*area_ids(bundle, "spaces"), *area_ids(bundle, "units")]


def parse_areas(text: str, bundle: Bundle, _state=None) -> tuple[str, ...]:
    """1–4 known areas, in the given order, without duplicates (fewer than 2 is kept: the page
    asks for more; more than 4 is not allowed)."""
    items = tuple(dict.fromkeys(p.strip() for p in text.split(",") if p.strip()))
    if not 0 < len(items) <= MAX_AREAS or not set(items) <= set(selectable(bundle)):
        raise ValueError(text)
    return items


def sort_keys(bundle: Bundle, edition: str) -> list[str]:
    cat = bundle.catalogue
    keys = [NAME, *cat.loc[cat.edition == edition, "indicator_id"]]
    return [*keys, *(f"-{k}" for k in keys)]


def _latest(bundle: Bundle, _state) -> str:
    return editions_by_date(bundle)[-1]


PARAMS: tuple[Param, ...] = (
    Param("a", "areas", parse_areas, write_items, notice="notice_areas"),
    Param("hf", "field", one_of(lambda b, s: HANDLUNGSFELDER)),
    Param("ed", "edition", one_of(lambda b, s: editions_by_date(b)), default=_latest),
    Param("sort", "sort", one_of(lambda b, s: sort_keys(b, s.edition))),
    Param("lang", "lang", one_of(lambda b, s: LANGS)),
)


def parse_state(query: dict | str, bundle: Bundle) -> tuple[CompareState, list[Ignored]]:
    return parse_query(CompareState, PARAMS, query, bundle)


def state_query(state: CompareState, bundle: Bundle) -> str:
    return to_query(PARAMS, state, bundle)


def sort_by(state: CompareState, column: str) -> CompareState:
    """Sort the matrix by a column; the same column again reverses the order."""
    order = f"-{column}" if state.sort == column else column
    return replace(state, sort=order)


@dataclass(frozen=True)
class Step:
    state: CompareState
    changed: bool = False
    error: str | None = None
    """i18n key of a message about the picked areas (too many)."""


def pick_areas(state: CompareState, spaces, units, known=None) -> Step:
    """The areas after the pickers changed: ticked spaces and chosen units, in the order
    they were first picked (only ids in ``known``, when given). More than 4 keeps the
    previous choice and says so."""
    lists = [v for v in (spaces, units) if isinstance(v, list)]
    chosen = [a for v in lists for a in v if isinstance(a, str) and (known is None or a in known)]
    kept = [a for a in state.areas if a in chosen]
    new = tuple(dict.fromkeys([*kept, *chosen]))
    if len(new) > MAX_AREAS:
        return Step(state, error="compare_too_many")
    changed = new != state.areas
    return Step(replace(state, areas=new), changed=changed)


def choose(state: CompareState, field: str | None = None, edition: str | None = None) -> Step:
    new = replace(
        state,
        field=field if field in HANDLUNGSFELDER else state.field,
        edition=edition if isinstance(edition, str) and edition else state.edition,
    )
    return Step(new, changed=new != state)
