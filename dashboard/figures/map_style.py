"""What the map's style functions need, as small JSON-able ``hideout`` dicts.

Numbers go to the browser raw; ``assets/map.js`` formats the tooltips (Intl.NumberFormat),
so a restyle costs the server a few dict comprehensions.
"""

from __future__ import annotations

import re

import numpy as np

from ..data.bundle import Bundle
from ..data.classify import NO_DATA
from ..i18n import format_date, t, unit_suffix
from ..memo import per_bundle
from ..models.main import EXCLUDED, MainModel
from ..models.table import note_text
from ..state.main import highlighted_units
from .ranking import break_labels


def unit_hideout(bundle: Bundle, vm: MainModel) -> dict:
    """Colours per unit code, and per area (unit or space) the raw value, rank, class and notes
    for the tooltip. Units that are filtered out or outside the spaces are drawn pale.

    ``order`` lists the shown areas in ranking order (the map's keyboard steps through it);
    ``selected`` the unit codes to outline at the unit level: the selected unit, or every
    member of a selected space (:func:`highlighted_units`); at the space level the space's
    own outline marks it (:func:`spaces_hideout`)."""
    lang = vm.state.lang
    a = vm.areas
    ids = a.id.tolist()
    values = a.value.to_numpy()
    ranks = a["rank"].to_numpy()
    classes = a.cls.to_numpy()
    included = a.included.to_numpy()
    special = np.flatnonzero(np.isnan(values) | a.note.notna().to_numpy())
    ranges = {}
    if vm.state.level == "spaces":
        lows, highs, counts = a["min"].tolist(), a["max"].tolist(), a.n_units.tolist()
        ranges = {
            i: [lo, hi, n]
            for i, lo, hi, n in zip(ids, lows, highs, counts, strict=True)
            if lo == lo
        }
    pale = [code for code, status in vm.unit_status.items() if status == "pale"]
    return {
        "level": vm.state.level,
        "lang": lang,
        "change": vm.is_change,
        "colors": {
            code: vm.unit_fill[code]
            for code, status in vm.unit_status.items()
            if status == "colour"
        },
        "pale": pale,
        "paleColor": EXCLUDED,
        "noData": NO_DATA,
        "values": {
            i: (None if v != v else round(float(v), 3))
            for i, v in zip(ids, values.tolist(), strict=True)
        },
        "ranks": {i: int(r) for i, r in zip(ids, ranks.tolist(), strict=True) if r == r},
        "classes": {i: int(c) + 1 for i, c in zip(ids, classes.tolist(), strict=True) if c >= 0},
        "ranges": ranges,
        "notes": {r.id: note_text(r, vm) for r in a.iloc[special].itertuples(index=False)},
        "excluded": [i for i, keep in zip(ids, included, strict=True) if not keep],
        "n": int(np.count_nonzero(ranks == ranks)),
        "k": vm.classification.k if vm.classification else 0,
        # the tooltip names the class with its bounds: 'Klasse 3 von 5: 33,5–37,2 %'
        "classRanges": [
            label.replace(" – ", "–") + unit_suffix(vm.unit, lang) for label in break_labels(vm)
        ],
        "suffix": unit_suffix(vm.unit, lang),
        "source": tooltip_source(vm),
        "spaces": space_texts(bundle, lang),
        "text": map_texts(lang),
        "order": vm.shown.id.tolist(),
        "selected": highlighted_units(bundle, vm.state),
        "selection": vm.state.selected,
    }


def spaces_hideout(vm: MainModel) -> dict:
    """The space outlines: the selected space (at either level) and the filtered-out ones."""
    excluded = list(vm.areas.loc[~vm.areas.included, "id"]) if vm.state.level == "spaces" else []
    spaces = set(vm.bundle.current_spaces.space_id)
    selected = vm.state.selected if vm.state.selected in spaces else None
    return {"selected": selected, "excluded": excluded, "level": vm.state.level}


def short_source(entry) -> str:
    """'Stadt Dortmund, Dortmunder Statistik: Statistikatlas Dortmund 2019 (Heft 215)' ->
    'Statistikatlas Dortmund 2019'."""
    name = str(entry.source).rsplit(": ", 1)[-1]
    return re.sub(r"\s*\([^)]*\)", "", name).strip()


def tooltip_source(vm: MainModel) -> str:
    """One short source line for the tooltip (the full one is under the map)."""
    lang = vm.state.lang
    name = short_source(vm.entry)
    if vm.is_change and vm.older is not None:
        name = f"{short_source(vm.older)} → {name.rsplit(' ', 1)[-1]}"
    return t("map_source", lang).format(
        source=name, date=format_date(vm.entry.reference_date, lang)
    )


@per_bundle(maxsize=4)
def space_texts(bundle: Bundle, lang: str) -> dict[str, list[str]]:
    """Per current space: the tooltip's head (type and name) and its note (joined the plan
    later than the first spaces; an Aktionsquartier's values are its whole district's)."""
    spaces = bundle.current_spaces
    first = int(spaces.valid_from.min())
    out = {}
    for s in spaces.itertuples(index=False):
        notes = []
        if int(s.valid_from) > first:
            notes.append(t("map_since", lang).format(year=int(s.valid_from)))
        if s.geometry_basis == "surrounding_units":
            notes.append(t("map_quarter", lang))
        out[s.space_id] = [f"{s.type} {s.name}", " · ".join(notes)]
    return out


_TEXTS: dict[str, dict[str, str]] = {}


def map_texts(lang: str) -> dict[str, str]:
    """The tooltip's and the keyboard's phrases (formatted in the browser)."""
    if lang not in _TEXTS:
        _TEXTS[lang] = _map_texts(lang)
    return _TEXTS[lang]


def _map_texts(lang: str) -> dict[str, str]:
    keys = {
        "rank": "rank_of",
        "cls": "class_of",
        "excluded": "excluded",
        "outside": "outside_grey",
        "noData": "no_data",
        "mean": "map_mean",
        "single": "map_single",
        "inSpace": "map_in_space",
        "position": "map_position",
        "selected": "map_selected",
        "cleared": "map_cleared",
        "none": "map_no_areas",
    }
    return {name: t(key, lang) for name, key in keys.items()}
