"""Checks of the newer data files (districts, space populations, resources) on load."""

from __future__ import annotations

import pandas as pd

from .errors import DataError


def check_districts(doc: dict, units: pd.DataFrame, file: str) -> None:
    """One outline per Stadtbezirk of the units, each with a name and a label point."""
    names = []
    for i, feature in enumerate(doc["features"], start=1):
        props = feature.get("properties") or {}
        for key in ("name", "label_lat", "label_lon"):
            if props.get(key) in (None, ""):
                raise DataError(file, f"a property '{key}'", row=i, row_label="feature", column=key)
        names.append(props["name"])
    expected = sorted(set(units.stadtbezirk))
    if sorted(names) != expected:
        raise DataError(
            file,
            f"one outline per Stadtbezirk of the units: {expected}",
            column="name",
            found=sorted(names),
        )


def check_facts(
    space_population: pd.DataFrame, resources: pd.DataFrame, spaces: set[str], name
) -> None:
    """Every population figure names known spaces; every resource has a link or says why not."""
    pop = space_population.space_ids.str.split(";").explode()
    bad_pop = pop[~pop.isin(spaces)]
    if not bad_pop.empty:
        raise DataError(
            name("space_population.csv"),
            "a space of spaces.csv",
            row=int(bad_pop.index[0]) + 2,
            column="space_ids",
            found=bad_pop.iloc[0],
        )
    unlinked = resources.source_url.isna() & resources.source_note_de.isna()
    if unlinked.any():
        raise DataError(
            name("resources.csv"),
            "a link, or a note (source_note_de) saying why there is none",
            row=int(unlinked.idxmax()) + 2,
            column="source_url",
        )
