"""What the map's style functions need, as small JSON-able ``hideout`` dicts.

Numbers go to the browser raw; ``assets/map.js`` formats the tooltips (Intl.NumberFormat),
so a restyle costs the server a few dict comprehensions.
"""

from __future__ import annotations

import numpy as np

from ..data.bundle import Bundle
from ..data.classify import NO_DATA
from ..data.views import value_index
from ..i18n import change_label, pick, t, unit_suffix
from ..models.main import EXCLUDED, MainModel
from ..models.table import note_text
from ..state.main import highlighted_units


def unit_hideout(bundle: Bundle, vm: MainModel, source_line: str) -> dict:
    """Colours per unit code, and per area (unit or space) the raw value, rank, class and notes
    for the tooltip. Units that are filtered out or outside the spaces are drawn pale."""
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
    index = value_index(bundle)
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
        "suffix": unit_suffix(vm.unit, lang),
        "title": pick(vm.entry, "label", lang)
        + (f" ({change_label(vm.older.edition, vm.entry.edition, lang)})" if vm.is_change else ""),
        "source": source_line,
        "spaces": {
            sid: f"{typ} {name}"
            for sid, typ, name in zip(
                index.spaces["id"], index.spaces["type"], index.spaces["name"], strict=True
            )
        },
        "text": {
            "rank": t("rank_of", lang),
            "cls": t("class_of", lang),
            "mean": t("mean_of", lang),
            "excluded": t("excluded", lang),
            "outside": t("outside_grey", lang),
            "noData": t("no_data", lang),
        },
        "selected": highlighted_units(bundle, vm.state),
    }


def spaces_hideout(vm: MainModel) -> dict:
    excluded = list(vm.areas.loc[~vm.areas.included, "id"]) if vm.state.level == "spaces" else []
    spaces = set(vm.bundle.current_spaces.space_id)
    selected = vm.state.selected if vm.state.selected in spaces else None
    return {"selected": selected, "excluded": excluded}
