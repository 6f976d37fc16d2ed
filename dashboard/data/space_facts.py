"""What the data says about one space beyond its values: units whose values the source
published for a combined area, the published population figures, the public facts, the
history and whom to contact (pure pandas). Money: :mod:`space_money`."""

from __future__ import annotations

import pandas as pd

from .bundle import Bundle
from .fact_words import FACT_KINDS
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


def _naming(df: pd.DataFrame, space_id: str) -> pd.Series:
    """Rows whose ``space_ids`` (``;``-separated, may be empty) name ``space_id``."""
    return df.space_ids.fillna("").str.split(";").apply(lambda ids: space_id in ids)


def _others(ids: object, space_id: str) -> str:
    if not isinstance(ids, str):
        return ""
    return ";".join(i for i in ids.split(";") if i != space_id)


def facts_for(bundle: Bundle, space_id: str, kind: str | None = None) -> pd.DataFrame:
    """The public facts of one space (optionally of one ``kind``), in display order.

    Columns of ``space_facts.csv`` plus ``shared_with``: the other spaces a fact names
    (``;``-separated, empty when the fact is the space's own). With ``scope`` ``together``
    the fact is for all of them together (show it once, never split or add it up); with
    ``each`` the same statement holds for each. Empty for an unknown space.
    """
    facts = bundle.space_facts
    if facts.empty:
        return facts.assign(shared_with=pd.Series(dtype=str))
    mine = facts[_naming(facts, space_id)]
    if kind is not None:
        mine = mine[mine.kind == kind]
    order = {k: i for i, k in enumerate(FACT_KINDS)}
    mine = mine.assign(
        shared_with=mine.space_ids.apply(_others, space_id=space_id),
        _kind=mine.kind.map(order),
        _year=-mine.year.astype("Float64").fillna(0),
    )
    return (
        mine.sort_values(["_kind", "_year", "fact_id"])
        .drop(columns=["_kind", "_year"])
        .reset_index(drop=True)
    )


def _own_or_citywide(df: pd.DataFrame, space_id: str) -> pd.DataFrame:
    mine = df[_naming(df, space_id) | df.space_ids.isna()]
    return mine.assign(
        city_wide=mine.space_ids.isna(),
        shared_with=mine.space_ids.apply(_others, space_id=space_id),
    )


def history_for(bundle: Bundle, space_id: str) -> pd.DataFrame:
    """Events of the Aktionsplan's history that concern the space, and the city-wide ones
    (``city_wide`` True), oldest first; former spaces (EX01, EX02) work too."""
    hist = _own_or_citywide(bundle.history, space_id)
    return hist.sort_values(["date", "event_id"]).reset_index(drop=True)


def contacts_for(bundle: Bundle, space_id: str) -> pd.DataFrame:
    """Whom to contact and how to take part: the space's own contacts first, then the
    city-wide ones (``city_wide`` True). Roles and public addresses only."""
    contacts = _own_or_citywide(bundle.contacts, space_id)
    return contacts.sort_values(["city_wide", "contact_id"]).reset_index(drop=True)
