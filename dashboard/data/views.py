"""Join values to units and spaces, aggregate units to spaces, and the city reference.

Pure pandas/numpy: every function takes the :class:`Bundle` and plain arguments. The long
value table is pivoted once per bundle into arrays (:class:`ValueIndex`), so a view costs
a few array operations instead of repeated table scans.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from .bundle import Bundle
from .model import HANDLUNGSFELDER


@dataclass(frozen=True)
class Reference:
    value: float | None
    kind: str
    """``official`` or ``median_of_units``."""
    source: str
    label_de: str = "Stadt (Median der Gebiete)"
    label_en: str = "City (median of areas)"
    method_de: str = ""
    """How the value was computed, in one sentence: show it wherever the reference appears."""
    method_en: str = ""
    n_areas: int | None = None
    """Distinct areas counted (each combined area once; untrusted zeros left out)."""


class ValueIndex:
    """The values of one bundle as arrays over the units (in ``bundle.units`` order)."""

    def __init__(self, bundle: Bundle):
        self.bundle = bundle
        self.codes = bundle.units.code.to_numpy()
        self.position = {code: i for i, code in enumerate(self.codes)}

    @cached_property
    def _columns(self) -> dict[tuple[str, str], tuple[np.ndarray, np.ndarray, np.ndarray]]:
        v = self.bundle.values
        rows = v.unit_code.map(self.position).to_numpy()
        out = {}
        for key, idx in v.groupby(["indicator_id", "edition"], sort=False).indices.items():
            values = np.full(len(self.codes), np.nan)
            reasons = np.full(len(self.codes), None, dtype=object)
            notes = np.full(len(self.codes), None, dtype=object)
            values[rows[idx]] = v.value.to_numpy()[idx]
            reasons[rows[idx]] = v.missing_reason.to_numpy()[idx]
            notes[rows[idx]] = v.note.to_numpy()[idx]
            reasons[np.isnan(values) & pd.isna(reasons)] = "not_published"
            out[key] = (values, reasons, notes)
        return out

    def column(self, indicator_id: str, edition: str):
        """(values, missing reasons, notes) arrays; all missing if the edition is unknown."""
        found = self._columns.get((indicator_id, edition))
        if found is None:
            n = len(self.codes)
            return (
                np.full(n, np.nan),
                np.full(n, "not_published", dtype=object),
                np.full(n, None, dtype=object),
            )
        return found

    @cached_property
    def members(self) -> dict[str, np.ndarray]:
        """Unit positions of every space."""
        su = self.bundle.space_units
        return {
            sid: np.array([self.position[c] for c in grp.unit_code])
            for sid, grp in su.groupby("space_id", sort=False)
        }

    @cached_property
    def catalogue(self) -> dict[tuple[str, str], pd.Series]:
        cat = self.bundle.catalogue
        return {(r.indicator_id, r.edition): r for _, r in cat.iterrows()}

    @cached_property
    def editions(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for ind, ed in sorted(self.catalogue):
            out.setdefault(ind, []).append(ed)
        return out

    @cached_property
    def references(self) -> dict[tuple[str, str], Reference]:
        ref = self.bundle.city_reference
        extra = [c for c in ("label_de", "label_en", "method_de", "method_en") if c in ref]
        out = {}
        for r in ref.itertuples(index=False):
            texts = {c: getattr(r, c) for c in extra if isinstance(getattr(r, c), str)}
            n = getattr(r, "n_areas", None)
            out[(r.indicator_id, r.edition)] = Reference(
                None if pd.isna(r.value) else float(r.value),
                r.kind,
                r.source,
                **texts,
                n_areas=None if n is None or pd.isna(n) else int(n),
            )
        return out

    @cached_property
    def districts(self) -> frozenset[str]:
        return frozenset(self.bundle.units.stadtbezirk)

    @cached_property
    def units(self) -> dict[str, np.ndarray]:
        """Per unit (in order): code, name, district, current space, its type and confidence."""
        u = self.bundle.units
        spaces = self.bundle.current_spaces.set_index("space_id")
        space = u.space_id.where(u.space_id.isin(spaces.index))
        return {
            "id": u.code.to_numpy(dtype=object),
            "name": u.name.to_numpy(dtype=object),
            "stadtbezirk": u.stadtbezirk.to_numpy(dtype=object),
            "space_id": space.to_numpy(dtype=object),
            "type": space.map(spaces.type).fillna("outside").to_numpy(dtype=object),
            "membership_confidence": space.map(spaces.membership_confidence).to_numpy(dtype=object),
        }

    @cached_property
    def spaces(self) -> dict[str, np.ndarray]:
        """Per current space (in order): id, name, district, type, confidence, unit count."""
        s = self.bundle.current_spaces
        return {
            "id": s.space_id.to_numpy(dtype=object),
            "name": s.name.to_numpy(dtype=object),
            "stadtbezirk": s.stadtbezirk.to_numpy(dtype=object),
            "type": s.type.to_numpy(dtype=object),
            "membership_confidence": s.membership_confidence.to_numpy(dtype=object),
            "n_units": np.array([len(self.members[i]) for i in s.space_id]),
        }

    @cached_property
    def relation(self) -> dict[str, str]:
        su = self.bundle.space_units.drop_duplicates("space_id")
        return dict(zip(su.space_id, su.relation, strict=True))


_INDEXES: dict[int, ValueIndex] = {}


def value_index(bundle: Bundle) -> ValueIndex:
    """The (cached) index of a bundle."""
    index = _INDEXES.get(id(bundle))
    if index is None or index.bundle is not bundle:
        _INDEXES.clear()  # one bundle is served at a time
        index = _INDEXES[id(bundle)] = ValueIndex(bundle)
    return index


def catalogue_entry(bundle: Bundle, indicator_id: str, edition: str) -> pd.Series | None:
    """The catalogue row of one indicator edition, or None if it does not exist."""
    return value_index(bundle).catalogue.get((indicator_id, edition))


def editions_of(bundle: Bundle, indicator_id: str) -> list[str]:
    return list(value_index(bundle).editions.get(indicator_id, []))


def indicators_by_field(bundle: Bundle) -> dict[str, list[str]]:
    """Indicator ids grouped by Handlungsfeld, in the catalogue's order."""
    cat = bundle.catalogue.drop_duplicates("indicator_id")
    return {
        hf: list(cat.loc[cat.handlungsfeld == hf, "indicator_id"])
        for hf in HANDLUNGSFELDER
        if (cat.handlungsfeld == hf).any()
    }


UNIT_COLUMNS = ["code", "name", "stat_bezirk_code", "stadtbezirk", "space_id", "space_relation"]


def unit_values(bundle: Bundle, indicator_id: str, edition: str) -> pd.DataFrame:
    """All 170 units with their value (NaN if missing), missing reason and note."""
    values, reasons, notes = value_index(bundle).column(indicator_id, edition)
    out = bundle.units[UNIT_COLUMNS].copy()
    out["value"] = values
    out["missing_reason"] = reasons
    out["note"] = notes
    return out


SAME_AS = "same_as:"
"""Note prefix of a value the source published for a combined area: ``same_as:002;003``."""


def shared_with(bundle: Bundle, indicators, edition: str) -> list[set[str]]:
    """Per unit (bundle order) the codes it shares a published value with, in any of
    ``indicators`` (``same_as:`` notes)."""
    index = value_index(bundle)
    shared: list[set[str]] = [set() for _ in index.codes]
    for ind in indicators:
        for i, note in enumerate(index.column(ind, edition)[2]):
            if isinstance(note, str) and note.startswith(SAME_AS):
                shared[i].update(note.removeprefix(SAME_AS).split(";"))
    return shared


def space_values(
    bundle: Bundle,
    indicator_id: str,
    edition: str,
    population: pd.Series | None = None,
    status: str = "current",
) -> pd.DataFrame:
    """Aggregate units to spaces.

    Population-weighted when ``population`` (by unit code) covers every member with a value,
    otherwise the unweighted mean of the members, said so in ``method``. ``min``/``max``
    give the range of the member units. Aktionsquartiere get the values of their
    surrounding units, marked by ``relation``. ``n_shared``: member units whose value the
    source published for a combined area (note ``same_as:``); when it is above 0 the space
    should say so (see :func:`shared_members`).
    """
    index = value_index(bundle)
    values, _, notes = index.column(indicator_id, edition)
    shared = np.array([isinstance(n, str) and n.startswith("same_as:") for n in notes])
    weights_all = (
        None if population is None else population.reindex(index.codes).to_numpy(dtype=float)
    )
    spaces = bundle.spaces[bundle.spaces.status == status]
    rows = []
    for s in spaces.itertuples(index=False):
        members = index.members[s.space_id]
        vals = values[members]
        present = ~np.isnan(vals)
        method, value = "no_data", np.nan
        if present.any():
            weights = None if weights_all is None else weights_all[members][present]
            if weights is not None and not np.isnan(weights).any() and weights.sum() > 0:
                value, method = (
                    float(np.average(vals[present], weights=weights)),
                    "population_weighted",
                )
            else:
                value, method = float(vals[present].mean()), "unweighted_mean"
        rows.append(
            (
                s.space_id,
                s.name,
                s.type,
                s.stadtbezirk,
                s.membership_confidence,
                index.relation[s.space_id],
                value,
                method,
                float(vals[present].min()) if present.any() else np.nan,
                float(vals[present].max()) if present.any() else np.nan,
                len(vals),
                int((~present).sum()),
                int((shared[members] & present).sum()),
            )
        )
    return pd.DataFrame(
        rows,
        columns=[
            "space_id",
            "name",
            "type",
            "stadtbezirk",
            "membership_confidence",
            "relation",
            "value",
            "method",
            "min",
            "max",
            "n_units",
            "n_missing",
            "n_shared",
        ],
    )


def city_reference(bundle: Bundle, indicator_id: str, edition: str) -> Reference:
    """The city value: official where known, otherwise the median of the 170 units."""
    found = value_index(bundle).references.get((indicator_id, edition))
    return found or Reference(None, "median_of_units", "")
