"""The needs-and-money view (``/mittel``): its state and URL parameters (pure).

``ind`` an indicator, ``ed`` one of its editions, ``y`` the money axis (``log`` or
``linear``), ``lang``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..data.areas import indicator_editions, latest_edition
from ..data.bundle import Bundle
from ..data.views import value_index
from ..i18n import DEFAULT_LANG, LANGS
from .params import Ignored, Param, one_of, parse_query, to_query

DEFAULT_INDICATOR = "children_u15_sgb2"
SCALES = ("log", "linear")


@dataclass(frozen=True)
class MoneyState:
    indicator: str = DEFAULT_INDICATOR
    edition: str = ""
    scale: str = "log"
    lang: str = DEFAULT_LANG


PARAMS: tuple[Param, ...] = (
    Param("ind", "indicator", one_of(lambda b, s: value_index(b).editions)),
    Param(
        "ed",
        "edition",
        one_of(lambda b, s: indicator_editions(b, s.indicator)),
        default=lambda b, s: latest_edition(b, s.indicator),
    ),
    Param("y", "scale", one_of(lambda b, s: SCALES)),
    Param("lang", "lang", one_of(lambda b, s: LANGS)),
)


def parse_state(query: dict | str, bundle: Bundle) -> tuple[MoneyState, list[Ignored]]:
    return parse_query(MoneyState, PARAMS, query, bundle)


def state_query(state: MoneyState, bundle: Bundle) -> str:
    return to_query(PARAMS, state, bundle)


def next_state(bundle: Bundle, state: MoneyState, indicator, edition, scale) -> MoneyState:
    """The state after the controls changed: a new indicator keeps the edition if it has it,
    else takes its latest; unknown values are ignored."""
    indicator, edition, scale = (
        v if isinstance(v, str) else None for v in (indicator, edition, scale)
    )
    new = state
    if indicator in value_index(bundle).editions and indicator != state.indicator:
        eds = indicator_editions(bundle, indicator)
        keep = state.edition if state.edition in eds else latest_edition(bundle, indicator)
        new = replace(new, indicator=indicator, edition=keep)
    elif edition in indicator_editions(bundle, new.indicator):
        new = replace(new, edition=edition)
    if scale in SCALES:
        new = replace(new, scale=scale)
    return new
