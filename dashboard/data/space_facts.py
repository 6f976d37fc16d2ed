"""What the data says about one space beyond its values: units whose values the source
published for a combined area, and the published population figures (pure pandas)."""

from __future__ import annotations

import pandas as pd

from .bundle import Bundle
from .views import unit_values


def shared_members(bundle: Bundle, indicator_id: str, edition: str) -> pd.DataFrame:
    """Member units of the current spaces whose value is shared by a combined area.

    One row per (space, unit): ``space_id``, ``unit_code``, ``unit_name``, ``same_as`` (the
    codes the unit shares its value with, comma-separated). Empty when no member is affected.
    """
    units = unit_values(bundle, indicator_id, edition).set_index("code")
    members = bundle.space_units.merge(
        bundle.current_spaces[["space_id"]], on="space_id"
    ).drop_duplicates(["space_id", "unit_code"])
    rows = []
    for r in members.itertuples(index=False):
        note = units.at[r.unit_code, "note"]
        if (
            isinstance(note, str)
            and note.startswith("same_as:")
            and units.at[r.unit_code, "value"] == units.at[r.unit_code, "value"]
        ):
            codes = note.removeprefix("same_as:").replace(";", ", ")
            rows.append((r.space_id, r.unit_code, units.at[r.unit_code, "name"], codes))
    return pd.DataFrame(rows, columns=["space_id", "unit_code", "unit_name", "same_as"])


def space_population(bundle: Bundle, space_id: str) -> pd.DataFrame:
    """The published population figures for one space (best scope first).

    A row whose ``space_ids`` names several spaces is a figure for them together: show it as
    such, never split or add it up. ``scope`` and ``confidence`` say what the figure is for.
    """
    pop = bundle.space_population
    if pop.empty:
        return pop
    mine = pop[pop.space_ids.str.split(";").apply(lambda ids: space_id in ids)]
    order = {"space": 0, "several_spaces": 1, "stat_bezirk": 2, "quarter": 3, "part": 4}
    return mine.sort_values(
        ["scope", "year"], key=lambda c: c.map(order) if c.name == "scope" else -c.fillna(0)
    ).reset_index(drop=True)
