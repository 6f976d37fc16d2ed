"""The view state of the main page and its URL query string (pure; no Dash)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from urllib.parse import parse_qs, urlencode

from .data.bundle import Bundle
from .data.views import editions_of
from .i18n import DEFAULT_LANG, LANGS

DEFAULT_INDICATOR = "children_u15_sgb2"
DEFAULT_EDITION = "atlas2024"
PARAMS = {"ind": "indicator", "ed": "edition", "lang": "lang"}


@dataclass(frozen=True)
class ViewState:
    indicator: str = DEFAULT_INDICATOR
    edition: str = DEFAULT_EDITION
    lang: str = DEFAULT_LANG


def parse_state(query: dict[str, str] | str, bundle: Bundle) -> tuple[ViewState, list[str]]:
    """State from a query (dict or '?a=b' string); unknown values fall back to defaults.

    Returns the state and the names of the parameters that were ignored.
    """
    if isinstance(query, str):
        query = {k: v[-1] for k, v in parse_qs(query.lstrip("?")).items()}
    ignored = sorted(k for k, v in query.items() if not isinstance(v, str))
    query = {k: v for k, v in query.items() if isinstance(v, str)}
    state = ViewState()
    indicators = set(bundle.catalogue.indicator_id)
    ind = query.get("ind")
    if ind is not None:
        if ind in indicators:
            state = replace(state, indicator=ind)
        else:
            ignored.append("ind")
    eds = editions_of(bundle, state.indicator)
    ed = query.get("ed")
    if ed is not None and ed not in eds:
        ignored.append("ed")
    edition = ed if ed in eds else (DEFAULT_EDITION if DEFAULT_EDITION in eds else eds[-1])
    state = replace(state, edition=edition)
    lang = query.get("lang")
    if lang is not None:
        if lang in LANGS:
            state = replace(state, lang=lang)
        else:
            ignored.append("lang")
    ignored += sorted(k for k in query if k not in PARAMS)
    return state, sorted(set(ignored), key=ignored.index)


def to_query(state: ViewState) -> str:
    """'?ind=..&ed=..' with defaults left out (lang only when not German)."""
    params = {"ind": state.indicator, "ed": state.edition}
    if state.lang != DEFAULT_LANG:
        params["lang"] = state.lang
    return "?" + urlencode(params)
