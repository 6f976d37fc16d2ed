"""The space profile (``/raum/<space_id>``): its URL parameters (pure; no Dash).

``ed``: the edition shown in the spine chart ('' = each indicator's latest edition);
``hf``: one Handlungsfeld only ('' = all); ``lang``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..data.areas import editions_by_date
from ..data.bundle import Bundle
from ..data.model import HANDLUNGSFELDER
from ..i18n import DEFAULT_LANG, LANGS
from .params import Ignored, Param, one_of, parse_query, to_query


@dataclass(frozen=True)
class ProfileState:
    edition: str = ""
    """An edition id of the catalogue; '' = each indicator's latest usable edition."""
    field: str = ""
    """A Handlungsfeld key (``arbeit``, ``kinder``, ``zusammenhalt``, ``kontext``); '' = all."""
    lang: str = DEFAULT_LANG


PARAMS: tuple[Param, ...] = (
    Param("ed", "edition", one_of(lambda b, s: editions_by_date(b))),
    Param("hf", "field", one_of(lambda b, s: HANDLUNGSFELDER)),
    Param("lang", "lang", one_of(lambda b, s: LANGS)),
)


def parse_profile(query: dict | str, bundle: Bundle) -> tuple[ProfileState, list[Ignored]]:
    """The profile state of a query; what does not fit is ignored and reported."""
    return parse_query(ProfileState, PARAMS, query, bundle)


def profile_query(state: ProfileState, bundle: Bundle) -> str:
    """The query string of a state ('?' alone when everything is at its default)."""
    return to_query(PARAMS, state, bundle)


def profile_href(space_id: str, state: ProfileState, bundle: Bundle) -> str:
    query = profile_query(state, bundle)
    return f"/raum/{space_id}" + ("" if query == "?" else query)
