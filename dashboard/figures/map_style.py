"""What the map's style functions need, as small JSON-able ``hideout`` dicts.

Numbers go to the browser raw; ``assets/map.js`` formats the tooltips (Intl.NumberFormat),
so a restyle costs the server a few dict comprehensions.
"""

from __future__ import annotations

import pandas as pd

from ..data.bundle import Bundle
from ..data.classify import NO_DATA
from ..i18n import pick, t, unit_label
from ..viewmodel import EXCLUDED, ViewModel
from .exports import note_text


def unit_suffix(unit: str, lang: str) -> str:
    if unit == "percent":
        return " %" if lang == "de" else "%"
    if unit == "pp":
        return " Pp." if lang == "de" else " pp"
    return f" {unit_label(unit, lang)}"


def unit_hideout(bundle: Bundle, vm: ViewModel, source_line: str) -> dict:
    """Colours per unit code, and per area (unit or space) the raw value, rank, class and notes
    for the tooltip. Units that are filtered out or outside the spaces are drawn pale."""
    lang = vm.state.lang
    a = vm.areas
    area_ids = a.id.tolist()
    special = a[a.value.isna() | a.note.notna()]
    ranges = {}
    if vm.state.level == "spaces":
        ranges = {
            r.id: [r.min, r.max, int(r.n_units)]
            for r in a.itertuples(index=False)
            if pd.notna(r.min)
        }
    spaces = bundle.current_spaces
    excluded = set(a.id[~a.included])
    if vm.state.level == "spaces":
        in_space = bundle.units.space_id.isin(set(a.id) - excluded)
        pale = bundle.units.code[~in_space].tolist()
    else:
        pale = sorted(excluded)
    return {
        "level": vm.state.level,
        "lang": lang,
        "change": vm.is_change,
        "colors": {
            code: color for code, color in vm.unit_fill.items() if color not in (NO_DATA, EXCLUDED)
        },
        "pale": pale,
        "paleColor": EXCLUDED,
        "noData": NO_DATA,
        "values": {
            i: (None if v != v else round(float(v), 3))
            for i, v in zip(area_ids, a.value, strict=True)
        },
        "ranks": {i: int(r) for i, r in zip(area_ids, a["rank"], strict=True) if r == r},
        "classes": {i: int(c) + 1 for i, c in zip(area_ids, a.cls, strict=True) if c >= 0},
        "ranges": ranges,
        "notes": {r.id: note_text(r, lang) for r in special.itertuples(index=False)},
        "excluded": sorted(excluded),
        "n": int(a["rank"].notna().sum()),
        "k": vm.classification.k if vm.classification else 0,
        "suffix": unit_suffix(vm.unit, lang),
        "title": pick(vm.entry, "label", lang)
        + (f" ({t('change', lang)})" if vm.is_change else ""),
        "source": source_line,
        "spaces": {
            sid: f"{typ} {name}"
            for sid, typ, name in zip(spaces.space_id, spaces.type, spaces.name, strict=True)
        },
        "text": {
            "rank": t("rank_of", lang),
            "cls": t("class_of", lang),
            "mean": t("mean_of", lang),
            "excluded": t("excluded", lang),
            "outside": t("outside_grey", lang),
            "noData": t("no_data", lang),
        },
        "selected": [vm.state.selected] if vm.state.level == "units" and vm.state.selected else [],
    }


def spaces_hideout(vm: ViewModel) -> dict:
    excluded = list(vm.areas.loc[~vm.areas.included, "id"]) if vm.state.level == "spaces" else []
    selected = vm.state.selected if vm.state.level == "spaces" else None
    return {"selected": selected, "excluded": excluded}
