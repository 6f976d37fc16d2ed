"""Units that the atlas published as one combined area (pure pandas/numpy).

Where a unit is small, the atlas gives the values of a combined area to each of its units.
The transcription then shows the same numbers for neighbouring units: in the 2024 edition
as whole repeated rows, in the 2019 edition in the social columns only. Two units belong to
one combined area when they share at least :data:`MIN_SHARED` non-zero values in the social
columns; a group's flagged columns are those where all its units carry the same value
(all columns for whole repeated rows, else the social columns only).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

MIN_SHARED = 4
"""Identical non-zero social values two units must share to count as one combined area."""


@dataclass(frozen=True)
class CombinedGroup:
    codes: tuple[str, ...]
    columns: tuple[str, ...]
    """Columns whose values the group shares (and that are flagged)."""
    whole_row: bool


def combined_groups(
    props: pd.DataFrame, social: list[str], columns: list[str]
) -> list[CombinedGroup]:
    """Groups of units (``props`` indexed by code) that repeat each other's social values."""
    social = [c for c in social if c in props.columns]
    columns = [c for c in columns if c in props.columns]
    codes = list(props.index)
    values = props[social].apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float)
    usable = ~np.isnan(values) & (values != 0)
    same = (values[:, None, :] == values[None, :, :]) & usable[:, None, :] & usable[None, :, :]
    linked = same.sum(axis=2) >= MIN_SHARED
    np.fill_diagonal(linked, False)
    parent = list(range(len(codes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in zip(*np.nonzero(np.triu(linked)), strict=True):
        parent[root(int(i))] = root(int(j))
    members: dict[int, list[str]] = {}
    for i, code in enumerate(codes):
        members.setdefault(root(i), []).append(code)
    groups = []
    for group in members.values():
        if len(group) < 2:
            continue
        rows = props.loc[group, columns]
        shared = [c for c in columns if rows[c].notna().all() and rows[c].nunique() == 1]
        whole = len(shared) == len(columns)
        flagged = shared if whole else [c for c in shared if c in social]
        groups.append(CombinedGroup(tuple(sorted(group)), tuple(flagged), whole))
    return sorted(groups, key=lambda g: g.codes)


def shared_notes(groups: list[CombinedGroup]) -> dict[tuple[str, str], str]:
    """``(unit code, column) -> "same_as:<other codes>"`` for every flagged value."""
    notes = {}
    for group in groups:
        for code in group.codes:
            others = ";".join(c for c in group.codes if c != code)
            for column in group.columns:
                notes[(code, column)] = f"same_as:{others}"
    return notes
