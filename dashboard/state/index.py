"""The need-index view (``/index``): its state, URL parameters and transitions (pure).

``ed`` edition, ``preset`` one of the index presets or ``custom``, ``ind`` the chosen
indicators in order, ``w`` one weight each (0–10), ``norm`` the normalisation, ``level``
``units`` or ``spaces``, ``mode`` ``index`` or ``hotspots``, ``hs`` the basis of the hot spots
(``index`` or an indicator of the edition), ``lang``.

The indicators, weights and normalisation are the truth; the preset is their name. When they
differ from the preset's, the preset becomes ``custom`` (:func:`settle`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from ..analysis.index import (
    ALL_NORMALISATIONS,
    PRESETS,
    IndexSpec,
    need_indicators,
    preset_spec,
)
from ..data.areas import LEVELS, editions_by_date
from ..data.bundle import Bundle
from ..i18n import DEFAULT_LANG, LANGS
from .params import Ignored, Param, one_of, parse_query, to_query, write_items

CUSTOM = "custom"
PRESET_CHOICES = (*PRESETS, CUSTOM)
MODES = ("index", "hotspots")
HS_INDEX = "index"
WEIGHT_RANGE = (0.0, 10.0)
WEIGHT_STEP = 0.5
DEFAULT_PRESET = "felder"


@dataclass(frozen=True)
class IndexState:
    edition: str = ""
    preset: str = DEFAULT_PRESET
    indicators: tuple[str, ...] = ()
    weights: tuple[float, ...] = ()
    normalise: str = ""
    level: str = "units"
    mode: str = "index"
    hotspot: str = HS_INDEX
    lang: str = DEFAULT_LANG

    def spec(self, level: str | None = None) -> IndexSpec:
        return IndexSpec(
            self.indicators, self.weights, self.normalise, self.edition, level or self.level
        )


def latest(bundle: Bundle) -> str:
    return editions_by_date(bundle)[-1]


def hotspot_choices(bundle: Bundle, edition: str) -> list[str]:
    """``index`` and every usable indicator of the edition (context indicators too)."""
    cat = bundle.catalogue
    rows = cat[(cat.edition == edition) & (cat.status == "ok")]
    return [HS_INDEX, *rows.indicator_id]


def _preset(bundle: Bundle, state: IndexState) -> IndexSpec:
    name = state.preset if state.preset in PRESETS else DEFAULT_PRESET
    return preset_spec(bundle, name, state.edition)


def _indicators(text: str, bundle: Bundle, state: IndexState) -> tuple[str, ...]:
    items = tuple(p for p in text.split(",") if p)
    allowed = set(need_indicators(bundle, state.edition))
    if not items or len(set(items)) != len(items) or not set(items) <= allowed:
        raise ValueError(text)
    return items


def _weights(text: str, bundle: Bundle, state: IndexState) -> tuple[float, ...]:
    values = tuple(float(p) for p in text.split(","))
    lo, hi = WEIGHT_RANGE
    if len(values) != len(state.indicators) or not all(
        math.isfinite(v) and lo <= v <= hi for v in values
    ):
        raise ValueError(text)
    if sum(values) <= 0:
        raise ValueError(text)
    return values


def _default_weights(bundle: Bundle, state: IndexState) -> tuple[float, ...]:
    spec = _preset(bundle, state)
    if spec.indicators == state.indicators:
        return spec.weights
    return (1.0,) * len(state.indicators)


def write_weights(values: tuple[float, ...]) -> str:
    return ",".join(f"{v:g}" for v in values)


PARAMS: tuple[Param, ...] = (
    Param(
        "ed",
        "edition",
        one_of(lambda b, s: editions_by_date(b)),
        default=lambda b, s: latest(b),
        always=True,  # the indicators depend on it: a newer edition must not change old links
    ),
    Param("preset", "preset", one_of(lambda b, s: PRESET_CHOICES), always=True),
    Param(
        "ind",
        "indicators",
        _indicators,
        write_items,
        default=lambda b, s: _preset(b, s).indicators,
        always=True,
    ),
    Param("w", "weights", _weights, write_weights, default=_default_weights, always=True),
    Param(
        "norm",
        "normalise",
        one_of(lambda b, s: ALL_NORMALISATIONS),
        default=lambda b, s: _preset(b, s).normalise,
        always=True,
    ),
    Param("level", "level", one_of(lambda b, s: LEVELS)),
    Param("mode", "mode", one_of(lambda b, s: MODES)),
    Param("hs", "hotspot", one_of(lambda b, s: hotspot_choices(b, s.edition))),
    Param("lang", "lang", one_of(lambda b, s: LANGS)),
)


def settle(bundle: Bundle, state: IndexState) -> IndexState:
    """The preset names the settings only when they are the preset's own."""
    if state.preset in PRESETS:
        spec = preset_spec(bundle, state.preset, state.edition)
        own = (spec.indicators, spec.weights, spec.normalise)
        if own != (state.indicators, state.weights, state.normalise):
            return replace(state, preset=CUSTOM)
    return state


def parse_state(query: dict | str, bundle: Bundle) -> tuple[IndexState, list[Ignored]]:
    state, ignored = parse_query(IndexState, PARAMS, query, bundle)
    return settle(bundle, state), ignored


def state_query(state: IndexState, bundle: Bundle) -> str:
    return to_query(PARAMS, state, bundle)


def with_preset(bundle: Bundle, state: IndexState, preset: str) -> IndexState:
    """The preset's indicators, weights and normalisation in the state's edition."""
    spec = preset_spec(bundle, preset, state.edition)
    return replace(
        state,
        preset=preset,
        indicators=spec.indicators,
        weights=spec.weights,
        normalise=spec.normalise,
    )


def with_edition(bundle: Bundle, state: IndexState, edition: str) -> IndexState:
    """A preset is filled anew for the edition; custom settings keep the indicators the
    edition has (a preset's when none is left). An indicator basis of the hot spots that the
    edition lacks returns to the index."""
    new = replace(state, edition=edition)
    if new.hotspot not in hotspot_choices(bundle, edition):
        new = replace(new, hotspot=HS_INDEX)
    if state.preset in PRESETS:
        return with_preset(bundle, new, state.preset)
    allowed = set(need_indicators(bundle, edition))
    kept = [(i, w) for i, w in zip(state.indicators, state.weights, strict=True) if i in allowed]
    if not kept or sum(w for _, w in kept) <= 0:
        return with_preset(bundle, new, DEFAULT_PRESET)
    return settle(
        bundle,
        replace(new, indicators=tuple(i for i, _ in kept), weights=tuple(w for _, w in kept)),
    )


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    lo, hi = WEIGHT_RANGE
    return number if math.isfinite(number) and lo <= number <= hi else None


def with_choice(
    bundle: Bundle, state: IndexState, used: dict[str, bool], weights: dict[str, object]
) -> IndexState:
    """The indicators ticked (in the edition's order) with the weights typed; a weight that
    is no number in 0–10 keeps its previous value (1 for a new indicator). Nothing ticked, or
    all weights 0, keeps the previous state."""
    before = dict(zip(state.indicators, state.weights, strict=True))
    chosen, chosen_w = [], []
    for ind in need_indicators(bundle, state.edition):
        if not used.get(ind, ind in before):
            continue
        typed = _number(weights.get(ind))
        chosen.append(ind)
        chosen_w.append(typed if typed is not None else before.get(ind, 1.0))
    if not chosen or sum(chosen_w) <= 0:
        return state
    return settle(bundle, replace(state, indicators=tuple(chosen), weights=tuple(chosen_w)))


def next_state(
    bundle: Bundle,
    state: IndexState,
    trigger: str,
    values: dict,
    used: dict[str, bool],
    weights: dict[str, object],
) -> IndexState:
    """The state after the control ``trigger`` changed (``values``: control name -> value;
    names: preset, edition, normalise, level, mode, hotspot). Unknown values are ignored."""
    value = values.get(trigger)
    if trigger == "preset" and value in PRESETS:
        return with_preset(bundle, state, value)
    if trigger == "edition" and value in editions_by_date(bundle) and value != state.edition:
        return with_edition(bundle, state, value)
    if trigger == "normalise" and value in ALL_NORMALISATIONS:
        return settle(bundle, replace(state, normalise=value))
    if trigger == "level" and value in LEVELS:
        return replace(state, level=value)
    if trigger == "mode" and value in MODES:
        return replace(state, mode=value)
    if trigger == "hotspot" and value in hotspot_choices(bundle, state.edition):
        return replace(state, hotspot=value)
    if trigger in ("use", "weight"):
        return with_choice(bundle, state, used, weights)
    return state


def index_embed_query(bundle: Bundle, search: str | dict, mode: str) -> str:
    """The query of ``/embed/index`` or ``/embed/hotspots``: the page's state in ``mode``."""
    state = parse_state(search or "", bundle)[0]
    return state_query(replace(state, mode=mode if mode in MODES else "index"), bundle)
