"""The 12 Stadtbezirke as a light outline layer, dissolved from the unit geometry."""

from __future__ import annotations

import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from ..data.errors import DataError
from . import geometry as geo
from . import inputs

OUTLINE_TOLERANCE = 0.0004
"""Degrees (about 30 m): the districts are drawn as thin outlines at city zoom only."""
N_STADTBEZIRKE = 12


def build_districts(units: pd.DataFrame, simplified: dict[str, BaseGeometry]) -> dict:
    """One feature per Stadtbezirk: the union of its (coverage-simplified) units.

    Properties: ``name``, ``n_units``, ``area_km2`` (sum of the units' areas), ``label_lat``,
    ``label_lon`` (a point inside the largest part, like the space labels).
    """
    names = sorted(units.stadtbezirk.unique())
    if len(names) != N_STADTBEZIRKE:
        raise DataError(
            inputs.LOOKUP,
            f"{N_STADTBEZIRKE} Stadtbezirke",
            column="stadtbezirk",
            found=f"{len(names)}: {names}",
        )
    groups = [units[units.stadtbezirk == name] for name in names]
    merged = [geo.dissolve([simplified[c] for c in rows.code]) for rows in groups]
    # simplified together, so that neighbouring districts keep one shared border line
    outlines = shapely.coverage_simplify(merged, OUTLINE_TOLERANCE)
    features = []
    for name, rows, outline in zip(names, groups, outlines, strict=True):
        outline = shapely.set_precision(geo.polygonal_part(outline), 10**-geo.COORD_DECIMALS)
        lat, lon = geo.label_point(outline)
        features.append(
            geo.feature(
                outline,
                {
                    "name": name,
                    "n_units": len(rows),
                    "area_km2": round(float(rows.area_km2.sum()), 2),
                    "label_lat": lat,
                    "label_lon": lon,
                },
            )
        )
    return {"type": "FeatureCollection", "features": features}
