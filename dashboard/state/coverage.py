"""The coverage view (``/kulisse``): its state and URL parameters (pure).

``ed`` an edition, ``b`` the basis (``index`` or an indicator id with a need direction in that
edition), ``p`` the index preset (with ``b=index``), ``top`` how many units of highest need
(10, 20 or 30), ``lang``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..analysis.coverage import INDEX, TOP_CHOICES, basis_choices
from ..analysis.index import PRESETS
from ..data.areas import editions_by_date
from ..data.bundle import Bundle
from ..i18n import DEFAULT_LANG, LANGS
from .params import Ignored, Param, one_of, parse_query, to_query

DEFAULT_PRESET = "felder"
DEFAULT_TOP = 20


@dataclass(frozen=True)
class CoverageState:
    edition: str = ""
    basis: str = INDEX
    preset: str = DEFAULT_PRESET
    top_n: int = DEFAULT_TOP
    lang: str = DEFAULT_LANG


def _latest(bundle: Bundle, _state) -> str:
    return editions_by_date(bundle)[-1]


def _top(text: str, _bundle, _state) -> int:
    value = int(text)
    if value not in TOP_CHOICES:
        raise ValueError(text)
    return value


PARAMS: tuple[Param, ...] = (
    Param("ed", "edition", one_of(lambda b, s: editions_by_date(b)), default=_latest),
    Param("b", "basis", one_of(lambda b, s: basis_choices(b, s.edition))),
    Param("p", "preset", one_of(lambda b, s: PRESETS)),
    Param("top", "top_n", _top),
    Param("lang", "lang", one_of(lambda b, s: LANGS)),
)


def parse_state(query: dict | str, bundle: Bundle) -> tuple[CoverageState, list[Ignored]]:
    return parse_query(CoverageState, PARAMS, query, bundle)


def state_query(state: CoverageState, bundle: Bundle) -> str:
    return to_query(PARAMS, state, bundle)


def next_state(
    bundle: Bundle, state: CoverageState, edition, basis, preset, top_n
) -> CoverageState:
    """The state after the controls changed; unknown values are ignored. A new edition keeps
    the basis if that edition has it, else returns to the index."""
    new = state
    if isinstance(edition, str) and edition in editions_by_date(bundle):
        new = replace(new, edition=edition)
        if new.basis not in basis_choices(bundle, edition):
            new = replace(new, basis=INDEX)
    if isinstance(basis, str) and basis in basis_choices(bundle, new.edition):
        new = replace(new, basis=basis)
    if isinstance(preset, str) and preset in PRESETS:
        new = replace(new, preset=preset)
    try:
        top = int(top_n)
    except (TypeError, ValueError):
        top = None
    if top in TOP_CHOICES:
        new = replace(new, top_n=top)
    return new
