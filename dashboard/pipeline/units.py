"""The unit table and the map geometry: repaired, simplified units and space outlines."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import geometry as geo
from . import inputs


def build_units(
    raw: Path, lookup: pd.DataFrame, space_units: pd.DataFrame, spaces: pd.DataFrame
) -> tuple[pd.DataFrame, dict, dict, dict]:
    """Unit table and repaired, simplified unit geometry; space outlines dissolved from it;
    the simplified geometry per unit code (for the Stadtbezirke layer)."""
    known = set(lookup.unterbezirk_code)
    features = inputs.read_unit_features(raw, known)
    codes = sorted(known)
    valid = {
        code: geo.geometry_from_feature(features[code][1], inputs.GEOMETRY, features[code][0], code)
        for code in codes
    }
    current = space_units.merge(spaces[["space_id", "status"]], on="space_id")
    current = current[current.status == "current"].drop_duplicates("unit_code")
    space_of = dict(zip(current.unit_code, current.space_id, strict=True))
    relation_of = dict(zip(current.unit_code, current.relation, strict=True))
    lk = lookup.set_index("unterbezirk_code")
    units = pd.DataFrame(
        {
            "code": codes,
            "name": [lk.at[c, "unterbezirk_name"] for c in codes],
            "stat_bezirk_code": [lk.at[c, "stat_bezirk_code"] for c in codes],
            "stat_bezirk_name": [lk.at[c, "stat_bezirk_name"] for c in codes],
            "stadtbezirk": [lk.at[c, "stadtbezirk"] for c in codes],
            "area_km2": [round(geo.area_km2(valid[c]), 3) for c in codes],
            "space_id": [space_of.get(c, "") for c in codes],
            "space_relation": [relation_of.get(c, "") for c in codes],
        }
    )
    simple = dict(zip(codes, geo.simplify_coverage([valid[c] for c in codes]), strict=True))
    unit_features = [
        geo.feature(
            simple[r.code],
            {
                "code": r.code,
                "name": r.name,
                "stadtbezirk": r.stadtbezirk,
                "space_id": r.space_id,
                "space_relation": r.space_relation,
            },
        )
        for r in units.itertuples(index=False)
    ]
    space_features = []
    for s in spaces.itertuples(index=False):
        member_codes = space_units.loc[space_units.space_id == s.space_id, "unit_code"]
        outline = geo.dissolve([valid[c] for c in member_codes])
        lat, lon = geo.label_point(outline)
        space_features.append(
            geo.feature(
                outline,
                {
                    "space_id": s.space_id,
                    "name": s.name,
                    "short_name": s.short_name,
                    "type": s.type,
                    "status": s.status,
                    "geometry_basis": s.geometry_basis,
                    "membership_confidence": s.membership_confidence,
                    "label_lat": lat,
                    "label_lon": lon,
                },
            )
        )
    return units, _collection(unit_features), _collection(space_features), simple


def _collection(features: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": features}
