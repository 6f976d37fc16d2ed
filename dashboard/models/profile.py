"""The space profile's model: one space against the city, indicator by indicator (pure).

For every indicator (in the chosen edition or its latest): the space's value, the city
reference and how it is computed, the distribution of the 170 units (min, quartiles, max),
the space's rank among the 15 current spaces, the change between editions, and the values
of its member units. The spine chart, its text table and the unit table read only this.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..data.areas import (
    area_arrays,
    change_editions,
    latest_edition,
    rank_areas,
    relation_to_middle,
)
from ..data.bundle import Bundle
from ..data.model import HANDLUNGSFELDER
from ..data.space_facts import space_population
from ..data.views import catalogue_entry, city_reference, space_values, value_index
from ..memo import per_bundle
from ..state.profile import ProfileState

POSITIONS = ("worse", "similar", "better", "lower", "higher", "missing")
"""Where the space stands against the middle 50 % of the units: ``worse``/``better`` (beyond
the quartiles on the side of more/less need), ``similar`` (between them), ``lower``/``higher``
for context indicators (no judgement), ``missing`` (no value)."""

INDICATOR_COLUMNS = [
    "indicator_id",
    "handlungsfeld",
    "label_de",
    "label_en",
    "unit",
    "direction",
    "edition",
    "reference_date",
    "source",
    "source_url",
    "confidence",
    "value",
    "missing_reason",
    "method",
    "n_units",
    "member_min",
    "member_max",
    "reference",
    "reference_kind",
    "reference_label_de",
    "reference_label_en",
    "reference_method_de",
    "reference_method_en",
    "d_min",
    "d_p25",
    "d_median",
    "d_p75",
    "d_max",
    "d_n",
    "rank",
    "n_ranked",
    "rank_by",
    "change",
    "change_from",
    "change_to",
    "position",
    "centre",
    "scale",
]


@dataclass(frozen=True, eq=False)
class SpaceProfile:
    space: pd.Series
    """The row of spaces.csv (name, type, status, stadtbezirk, valid_from/_to, evidence…)."""
    members: pd.DataFrame
    """Member units: unit_code, name, stat_bezirk_code, relation, confidence."""
    population: pd.DataFrame
    """Published population figures for the space (see ``space_facts.space_population``)."""
    indicators: pd.DataFrame
    """One row per indicator: :data:`INDICATOR_COLUMNS`."""
    unit_values: pd.DataFrame
    """One row per (indicator, member unit): indicator_id, unit_code, unit_name, value,
    missing_reason, note."""
    state: ProfileState
    successors: tuple[str, ...] = ()
    """For a former space: the current spaces that share its units."""
    predecessors: tuple[str, ...] = ()
    """For a current space: the former spaces that share its units."""

    @property
    def space_id(self) -> str:
        return str(self.space.space_id)

    @property
    def is_current(self) -> bool:
        return self.space.status == "current"


def space_ids(bundle: Bundle) -> list[str]:
    """Every space that has a profile (current and former)."""
    return list(bundle.spaces.space_id)


def distribution(values: np.ndarray) -> dict[str, float]:
    """Min, quartiles (linear interpolation), median and max of the values that exist."""
    v = values[~np.isnan(values)]
    if v.size == 0:
        return dict.fromkeys(("d_min", "d_p25", "d_median", "d_p75", "d_max"), np.nan) | {"d_n": 0}
    q = np.percentile(v, [0, 25, 50, 75, 100])
    names = ("d_min", "d_p25", "d_median", "d_p75", "d_max")
    return {k: float(x) for k, x in zip(names, q, strict=True)} | {"d_n": int(v.size)}


def position_of(value: float, p25: float, p75: float, direction: int) -> str:
    """Where a value stands against the middle 50 % (see :data:`POSITIONS`)."""
    return relation_to_middle(value, p25, p75, direction, missing="missing")


def _space_row(bundle: Bundle, space: pd.Series, indicator: str, edition: str) -> dict:
    if space.status == "current":
        arrays = area_arrays(bundle, indicator, edition, "spaces")
        i = list(arrays["id"]).index(space.space_id)
        values = pd.Series(arrays["value"])
        entry = catalogue_entry(bundle, indicator, edition)
        direction = int(entry.direction)
        ranks = rank_areas(values, direction)
        return {
            "value": arrays["value"][i],
            "missing_reason": arrays["missing_reason"][i],
            "method": arrays["method"][i],
            "n_units": int(arrays["n_units"][i]),
            "member_min": arrays["min"][i],
            "member_max": arrays["max"][i],
            "rank": None if np.isnan(ranks.iloc[i]) else int(ranks.iloc[i]),
            "n_ranked": int(values.notna().sum()),
        }
    former = space_values(bundle, indicator, edition, status="former").set_index("space_id")
    r = former.loc[space.space_id]
    entry = catalogue_entry(bundle, indicator, edition)
    missing = None
    if np.isnan(r.value):
        missing = "broken_in_source" if entry.status == "broken_in_source" else "no_member_values"
    return {
        "value": r.value,
        "missing_reason": missing,
        "method": r.method,
        "n_units": int(r.n_units),
        "member_min": r["min"],
        "member_max": r["max"],
        "rank": None,
        "n_ranked": 0,
    }


def _space_value(bundle: Bundle, space: pd.Series, indicator: str, edition: str) -> float:
    status = "current" if space.status == "current" else "former"
    table = space_values(bundle, indicator, edition, status=status).set_index("space_id")
    return float(table.at[space.space_id, "value"])


def indicator_row(bundle: Bundle, space: pd.Series, indicator: str, edition: str) -> dict:
    """Everything the profile shows for one indicator in one edition."""
    entry = catalogue_entry(bundle, indicator, edition)
    direction = int(entry.direction)
    ref = city_reference(bundle, indicator, edition)
    unit_vals = value_index(bundle).column(indicator, edition)[0]
    dist = distribution(unit_vals)
    row = {
        "indicator_id": indicator,
        "handlungsfeld": entry.handlungsfeld,
        "label_de": entry.label_de,
        "label_en": entry.label_en,
        "unit": entry.unit,
        "direction": direction,
        "edition": edition,
        "reference_date": entry.reference_date,
        "source": entry.source,
        "source_url": entry.source_url,
        "confidence": entry.confidence,
        **_space_row(bundle, space, indicator, edition),
        "reference": ref.value,
        "reference_kind": ref.kind,
        "reference_label_de": ref.label_de,
        "reference_label_en": ref.label_en,
        "reference_method_de": ref.method_de,
        "reference_method_en": ref.method_en,
        **dist,
        "rank_by": "need" if direction else "value",
    }
    pair = change_editions(bundle, indicator)
    change = np.nan
    if pair is not None and edition in pair:
        old, new = (_space_value(bundle, space, indicator, e) for e in pair)
        change = new - old
    row["change"] = change
    row["change_from"], row["change_to"] = pair if pair is not None else (None, None)
    row["position"] = position_of(row["value"], dist["d_p25"], dist["d_p75"], direction)
    centre = ref.value if ref.value is not None else dist["d_median"]
    spread = [abs(x - centre) for x in (dist["d_min"], dist["d_max"], row["value"])]
    spread = [x for x in spread if not np.isnan(x)]
    row["centre"] = centre
    row["scale"] = max(spread) if spread and max(spread) > 0 else 1.0
    return row


def _missing_row(bundle: Bundle, indicator: str, edition: str) -> dict:
    """An indicator that does not exist in the chosen edition."""
    latest = catalogue_entry(bundle, indicator, latest_edition(bundle, indicator))
    row = dict.fromkeys(INDICATOR_COLUMNS, np.nan)
    row.update(
        indicator_id=indicator,
        handlungsfeld=latest.handlungsfeld,
        label_de=latest.label_de,
        label_en=latest.label_en,
        unit=latest.unit,
        direction=int(latest.direction),
        edition=edition,
        missing_reason="not_in_edition",
        position="missing",
        rank=None,
        n_ranked=0,
        d_n=0,
    )
    return row


def _members(bundle: Bundle, space_id: str) -> pd.DataFrame:
    su = bundle.space_units[bundle.space_units.space_id == space_id]
    units = bundle.units.set_index("code")
    out = su[["unit_code", "relation", "confidence"]]
    out = out.assign(
        name=out.unit_code.map(units.name),
        stat_bezirk_code=out.unit_code.map(units.stat_bezirk_code),
    )
    return out.reset_index(drop=True)


def _related(bundle: Bundle, space_id: str, status: str) -> tuple[str, ...]:
    su = bundle.space_units
    mine = set(su.unit_code[su.space_id == space_id])
    others = bundle.spaces[(bundle.spaces.status == status) & (bundle.spaces.space_id != space_id)]
    return tuple(s for s in others.space_id if mine & set(su.unit_code[su.space_id == s]))


def build_profile(bundle: Bundle, space_id: str, state: ProfileState) -> SpaceProfile:
    """The profile of one space (KeyError for an unknown id)."""
    spaces = bundle.spaces.set_index("space_id", drop=False)
    space = spaces.loc[space_id]
    members = _members(bundle, space_id)
    order = {hf: i for i, hf in enumerate(HANDLUNGSFELDER)}
    cat = bundle.catalogue.drop_duplicates("indicator_id")
    cat = cat.assign(_o=cat.handlungsfeld.map(order)).sort_values("_o", kind="stable")
    if state.field:
        cat = cat[cat.handlungsfeld == state.field]
    rows, unit_rows = [], []
    index = value_index(bundle)
    positions = [index.position[c] for c in members.unit_code]
    for indicator in cat.indicator_id:
        edition = state.edition or latest_edition(bundle, indicator)
        if catalogue_entry(bundle, indicator, edition) is None:
            rows.append(_missing_row(bundle, indicator, edition))
            continue
        rows.append(indicator_row(bundle, space, indicator, edition))
        values, reasons, notes = index.column(indicator, edition)
        for code, name, pos in zip(members.unit_code, members.name, positions, strict=True):
            unit_rows.append(
                (indicator, edition, code, name, values[pos], reasons[pos], notes[pos])
            )
    units = pd.DataFrame(
        unit_rows,
        columns=[
            "indicator_id",
            "edition",
            "unit_code",
            "unit_name",
            "value",
            "missing_reason",
            "note",
        ],
    )
    return SpaceProfile(
        space=space,
        members=members,
        population=space_population(bundle, space_id),
        indicators=pd.DataFrame(rows, columns=INDICATOR_COLUMNS),
        unit_values=units,
        state=state,
        successors=_related(bundle, space_id, "current") if space.status == "former" else (),
        predecessors=_related(bundle, space_id, "former") if space.status == "current" else (),
    )


@per_bundle(maxsize=64)
def profile_model(bundle: Bundle, key: tuple[str, ProfileState]) -> SpaceProfile:
    """:func:`build_profile`, cached per (bundle, (space_id, state))."""
    return build_profile(bundle, *key)
