"""What the map's style functions need, as small JSON-able ``hideout`` dicts."""

from __future__ import annotations

import pandas as pd

from ..data.bundle import Bundle
from ..data.classify import NO_DATA
from ..i18n import format_number, format_value, pick, t
from ..viewmodel import EXCLUDED, ViewModel
from .exports import note_text


def _area_lines(vm: ViewModel, row, n_ranked: int) -> list[str]:
    lang = vm.state.lang
    unit = vm.entry.unit
    value = (
        format_value(row.value, unit, lang)
        if pd.notna(row.value)
        else (note_text(row, lang) or t("no_data", lang))
    )
    lines = [f"{pick(vm.entry, 'label', lang)}: {value}"]
    if vm.state.level == "spaces" and pd.notna(row.min):
        lines.append(
            t("mean_of", lang).format(
                n=int(row.n_units),
                lo=format_number(row["min"], lang),
                hi=format_number(row["max"], lang),
            )
        )
    if not row.included:
        lines.append(t("excluded", lang))
    elif pd.notna(row["rank"]) and vm.classification is not None:
        lines.append(
            t("rank_of", lang).format(rank=int(row["rank"]), n=n_ranked)
            + " · "
            + t("class_of", lang).format(c=int(row.cls) + 1, k=vm.classification.k)
        )
    if isinstance(row.note, str) and vm.state.level == "units":
        extra = note_text(row, lang)
        if extra and pd.notna(row.value):
            lines.append(extra)
    return lines


def unit_hideout(bundle: Bundle, vm: ViewModel, source_line: str) -> dict:
    """Fill colour and tooltip lines per unit code; at the space level the unit shows its
    space. Units that are filtered out or outside the spaces are drawn pale."""
    lang = vm.state.lang
    areas = vm.areas.set_index("id", drop=False)
    n_ranked = int(vm.areas["rank"].notna().sum())
    spaces = bundle.current_spaces.set_index("space_id")
    lines: dict[str, list[str]] = {}
    pale: list[str] = []
    for u in bundle.units.itertuples(index=False):
        head = f"{u.name} ({u.code})"
        if u.space_id:
            head += f" · {spaces.at[u.space_id, 'type']} {spaces.at[u.space_id, 'name']}"
        area_id = u.space_id if vm.state.level == "spaces" else u.code
        if area_id and area_id in areas.index:
            lines[u.code] = [head, *_area_lines(vm, areas.loc[area_id], n_ranked)]
            if not areas.at[area_id, "included"]:
                pale.append(u.code)
        else:
            lines[u.code] = [head, t("outside_grey", lang)]
            pale.append(u.code)
    colors = {code: color for code, color in vm.unit_fill.items() if color != NO_DATA}
    return {
        "colors": colors,
        "lines": lines,
        "source": source_line,
        "pale": pale,
        "paleColor": EXCLUDED,
        "noData": NO_DATA,
        "selected": _selected_units(bundle, vm),
    }


def _selected_units(bundle: Bundle, vm: ViewModel) -> list[str]:
    sel = vm.state.selected
    if not sel:
        return []
    if vm.state.level == "units":
        return [sel]
    return []  # a selected space is outlined by the spaces layer


def spaces_hideout(vm: ViewModel) -> dict:
    excluded = list(vm.areas.loc[~vm.areas.included, "id"]) if vm.state.level == "spaces" else []
    selected = vm.state.selected if vm.state.level == "spaces" else None
    return {"selected": selected, "excluded": excluded}
