"""The whole view state of the main page and its URL query string (pure; no Dash).

Every parameter is validated against the data; what does not fit falls back to its default
and is reported, so a shared link never breaks the page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from urllib.parse import parse_qs, urlencode

from .data.bundle import Bundle
from .data.classify import K_RANGE, METHODS
from .data.model import MEMBERSHIP_CONFIDENCE
from .data.views import editions_of, value_index
from .i18n import DEFAULT_LANG, LANGS
from .memo import per_bundle

DEFAULT_INDICATOR = "children_u15_sgb2"
DEFAULT_EDITION = "atlas2024"
CHANGE = "change"
LEVELS = ("spaces", "units")
TYPES = ("Aktionsraum", "Aktionsquartier", "outside")
PARAMS = ("ind", "ed", "lvl", "sb", "typ", "conf", "cls", "k", "brk", "sel", "sort", "lang")
SORT_KEYS = ("rank", "name", "stadtbezirk", "type", "membership", "value", "cls")


@dataclass(frozen=True)
class ViewState:
    indicator: str = DEFAULT_INDICATOR
    edition: str = DEFAULT_EDITION
    """An edition id, or ``change`` (newer minus older edition)."""
    level: str = "spaces"
    districts: tuple[str, ...] = ()
    """Stadtbezirke to include; empty = all."""
    types: tuple[str, ...] = ()
    """Aktionsraum / Aktionsquartier / outside; empty = all."""
    confidence: tuple[str, ...] = ()
    """Membership confidences to include; empty = all."""
    method: str = "quantiles"
    k: int = 5
    breaks: tuple[float, ...] = field(default=())
    """Manual class breaks (method ``manual``)."""
    selected: str | None = None
    sort: str = ""
    """Table order: a column of :data:`SORT_KEYS`, '-' in front for descending; '' = rank."""
    lang: str = DEFAULT_LANG


def change_available(bundle: Bundle, indicator: str) -> bool:
    """Both editions published (not broken) and comparable."""
    entries = value_index(bundle).catalogue
    rows = [e for (ind, _ed), e in entries.items() if ind == indicator and e.status == "ok"]
    return len(rows) >= 2 and all(bool(e.comparable_across_editions) for e in rows)


@per_bundle(maxsize=256)
def parse_search(bundle: Bundle, search: str) -> tuple[ViewState, tuple[str, ...]]:
    """:func:`parse_state` of a URL query string, cached (several callbacks read it)."""
    state, ignored = parse_state(search if isinstance(search, str) else "", bundle)
    return state, tuple(ignored)


def parse_state(query: dict | str, bundle: Bundle) -> tuple[ViewState, list[str]]:
    """State from a query (dict or '?a=b' string); unknown values fall back to defaults.

    Returns the state and the names of the parameters that were ignored.
    """
    if isinstance(query, str):
        query = {k: v[-1] for k, v in parse_qs(query.lstrip("?")).items()}
    ignored = [k for k, v in query.items() if not isinstance(v, str) or k not in PARAMS]
    q = {k: v.strip() for k, v in query.items() if isinstance(v, str) and k in PARAMS}
    s = ViewState()

    def take(key, ok, convert=lambda v: v):
        nonlocal s
        if key not in q or q[key] == "":
            return None
        try:
            value = convert(q[key])
        except (TypeError, ValueError):
            value = None
        if value is None or not ok(value):
            ignored.append(key)
            return None
        return value

    def items(text):
        return tuple(sorted({p for p in text.split(",") if p}))

    index = value_index(bundle)
    if (ind := take("ind", lambda v: v in index.editions)) is not None:
        s = replace(s, indicator=ind)
    eds = editions_of(bundle, s.indicator)
    choices = [*eds, CHANGE] if change_available(bundle, s.indicator) else eds
    ed = take("ed", lambda v: v in choices)
    s = replace(s, edition=ed or (DEFAULT_EDITION if DEFAULT_EDITION in eds else eds[-1]))
    if (lvl := take("lvl", lambda v: v in LEVELS)) is not None:
        s = replace(s, level=lvl)
    districts = index.districts
    if (sb := take("sb", lambda v: set(v) <= districts, items)) is not None:
        s = replace(s, districts=sb)
    if (typ := take("typ", lambda v: set(v) <= set(TYPES), items)) is not None:
        s = replace(s, types=typ)
    if (conf := take("conf", lambda v: set(v) <= set(MEMBERSHIP_CONFIDENCE), items)) is not None:
        s = replace(s, confidence=conf)
    if (cls := take("cls", lambda v: v in METHODS)) is not None:
        s = replace(s, method=cls)
    if (k := take("k", lambda v: K_RANGE[0] <= v <= K_RANGE[1], int)) is not None:
        s = replace(s, k=k)
    if (
        brk := take(
            "brk",
            lambda v: 0 < len(v) <= 6 and all(map(math.isfinite, v)),
            lambda t: tuple(sorted({float(x) for x in t.split(",") if x})),
        )
    ) is not None:
        s = replace(s, breaks=brk)
    ids = index.spaces["id"] if s.level == "spaces" else index.units["id"]
    if (sel := take("sel", lambda v: v in set(ids))) is not None:
        s = replace(s, selected=sel)
    if (order := take("sort", lambda v: v.lstrip("-") in SORT_KEYS)) is not None:
        s = replace(s, sort=order)
    if (lang := take("lang", lambda v: v in LANGS)) is not None:
        s = replace(s, lang=lang)
    bad = set(ignored)
    return s, [k for k in query if k in bad]  # in the order of the address


def to_query(state: ViewState) -> str:
    """The query string of a state; parameters at their default are left out."""
    default = ViewState()
    params = {"ind": state.indicator, "ed": state.edition}
    if state.level != default.level:
        params["lvl"] = state.level
    for key, value in (("sb", state.districts), ("typ", state.types), ("conf", state.confidence)):
        if value:
            params[key] = ",".join(value)
    if state.method != default.method:
        params["cls"] = state.method
    if state.k != default.k:
        params["k"] = str(state.k)
    if state.method == "manual" and state.breaks:
        params["brk"] = ",".join(f"{b:g}" for b in state.breaks)
    if state.selected:
        params["sel"] = state.selected
    if state.sort:
        params["sort"] = state.sort
    if state.lang != DEFAULT_LANG:
        params["lang"] = state.lang
    return "?" + urlencode(params, safe=",")
