"""Join values to units and spaces, aggregate units to spaces, and the city reference.

Pure pandas: every function takes the :class:`Bundle` and plain arguments.
"""

from __future__ import annotations

from dataclasses import dataclass

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


def catalogue_entry(bundle: Bundle, indicator_id: str, edition: str) -> pd.Series | None:
    """The catalogue row of one indicator edition, or None if it does not exist."""
    cat = bundle.catalogue
    rows = cat[(cat.indicator_id == indicator_id) & (cat.edition == edition)]
    return None if rows.empty else rows.iloc[0]


def editions_of(bundle: Bundle, indicator_id: str) -> list[str]:
    cat = bundle.catalogue
    return sorted(cat.loc[cat.indicator_id == indicator_id, "edition"])


def indicators_by_field(bundle: Bundle) -> dict[str, list[str]]:
    """Indicator ids grouped by Handlungsfeld, in the catalogue's order."""
    cat = bundle.catalogue.drop_duplicates("indicator_id")
    return {
        hf: list(cat.loc[cat.handlungsfeld == hf, "indicator_id"])
        for hf in HANDLUNGSFELDER
        if (cat.handlungsfeld == hf).any()
    }


def unit_values(bundle: Bundle, indicator_id: str, edition: str) -> pd.DataFrame:
    """All 170 units with their value (NaN if missing) and missing reason."""
    v = bundle.values
    v = v[(v.indicator_id == indicator_id) & (v.edition == edition)]
    cols = ["code", "name", "stat_bezirk_code", "stadtbezirk", "space_id", "space_relation"]
    out = (
        bundle.units[cols]
        .merge(
            v[["unit_code", "value", "missing_reason", "note"]],
            how="left",
            left_on="code",
            right_on="unit_code",
        )
        .drop(columns="unit_code")
    )
    out.loc[out.value.isna() & out.missing_reason.isna(), "missing_reason"] = "not_published"
    return out


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
    surrounding units, marked by ``relation``.
    """
    units = unit_values(bundle, indicator_id, edition).set_index("code")
    spaces = bundle.spaces[bundle.spaces.status == status]
    rows = []
    for s in spaces.itertuples(index=False):
        members = bundle.space_units[bundle.space_units.space_id == s.space_id]
        vals = units.loc[list(members.unit_code), "value"]
        present = vals.dropna()
        weights = None if population is None else population.reindex(present.index)
        if present.empty:
            value, method = np.nan, "no_data"
        elif weights is not None and weights.notna().all() and weights.sum() > 0:
            value, method = float(np.average(present, weights=weights)), "population_weighted"
        else:
            value, method = float(present.mean()), "unweighted_mean"
        rows.append(
            {
                "space_id": s.space_id,
                "name": s.name,
                "type": s.type,
                "stadtbezirk": s.stadtbezirk,
                "membership_confidence": s.membership_confidence,
                "relation": members.relation.iloc[0],
                "value": value,
                "method": method,
                "min": float(present.min()) if not present.empty else np.nan,
                "max": float(present.max()) if not present.empty else np.nan,
                "n_units": len(vals),
                "n_missing": int(vals.isna().sum()),
            }
        )
    return pd.DataFrame(rows)


def city_reference(bundle: Bundle, indicator_id: str, edition: str) -> Reference:
    """The city value: official where known, otherwise the median of the 170 units."""
    ref = bundle.city_reference
    rows = ref[(ref.indicator_id == indicator_id) & (ref.edition == edition)]
    if rows.empty:
        return Reference(None, "median_of_units", "")
    row = rows.iloc[0]
    value = None if pd.isna(row.value) else float(row.value)
    return Reference(value, row.kind, row.source)
