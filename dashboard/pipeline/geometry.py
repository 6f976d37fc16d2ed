"""Geometry steps of the pipeline: repair, measure, simplify and dissolve polygons (shapely)."""

from __future__ import annotations

import math

import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from ..data.errors import DataError
from ..data.readers import check_city_bounds, feature_polygon

# WGS84 ellipsoid
_A = 6378137.0
_E2 = 6.69437999014e-3
COORD_DECIMALS = 5
"""Coordinates are rounded to 1e-5 degrees (about 1 m), enough for a city map."""
SIMPLIFY_TOLERANCE = 0.0002
"""Degrees (about 14 m east-west, 22 m north-south: about one pixel at zoom 13); keeps
the 170 units at about 250 KB."""
SLIVER = 0.00001


def geometry_from_feature(feature: dict, file: str, index: int, code: str) -> BaseGeometry:
    """Parse, repair (``make_valid``) and keep only the polygonal parts of one feature."""
    geom = feature_polygon(feature, file, index, code)
    check_city_bounds(geom, file, index, code)
    polygon = polygonal_part(shapely.make_valid(geom))
    if polygon.is_empty:
        raise DataError(
            file,
            f"a polygon with an area for unit {code}",
            found="empty",
            row=index,
            row_label="feature",
            column="geometry",
        )
    return polygon


def polygonal_part(geom: BaseGeometry) -> BaseGeometry:
    """The polygons of a geometry (``make_valid`` may return lines beside them)."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if g.geom_type in ("Polygon", "MultiPolygon")]
    polys: list[Polygon] = []
    for part in parts:
        polys.extend(part.geoms if isinstance(part, MultiPolygon) else [part])
    return MultiPolygon(polys) if len(polys) > 1 else (polys[0] if polys else Polygon())


def area_km2(geom: BaseGeometry) -> float:
    """Area on the WGS84 ellipsoid, using local radii at the geometry's mean latitude.

    Over a city of 20 km the error of this local projection is far below 0.1 %.
    """
    lat0 = math.radians(geom.centroid.y)
    sin2 = math.sin(lat0) ** 2
    n = _A / math.sqrt(1 - _E2 * sin2)  # prime vertical radius
    m = _A * (1 - _E2) / (1 - _E2 * sin2) ** 1.5  # meridian radius
    kx = math.radians(1) * n * math.cos(lat0)
    ky = math.radians(1) * m
    return geom.area * kx * ky / 1e6


def simplify_coverage(geoms: list[BaseGeometry]) -> list[BaseGeometry]:
    """Simplify neighbouring polygons together, so shared borders stay shared."""
    simplified = shapely.coverage_simplify(geoms, SIMPLIFY_TOLERANCE)
    return [shapely.set_precision(polygonal_part(g), 10**-COORD_DECIMALS) for g in simplified]


def dissolve(geoms: list[BaseGeometry]) -> BaseGeometry:
    """Union of units; hairline slivers between neighbours closed, specks dropped."""
    merged = shapely.union_all(geoms).buffer(SLIVER, join_style="mitre")
    merged = polygonal_part(merged.buffer(-SLIVER, join_style="mitre"))
    parts = list(merged.geoms) if isinstance(merged, MultiPolygon) else [merged]
    parts = [p for p in parts if area_km2(p) > 1e-4]
    out = MultiPolygon(parts) if len(parts) > 1 else parts[0]
    out = shapely.simplify(out, SIMPLIFY_TOLERANCE / 2, preserve_topology=True)
    return shapely.set_precision(out, 10**-COORD_DECIMALS)


def label_point(geom: BaseGeometry) -> tuple[float, float]:
    """The pole of inaccessibility of the largest part (the most central inner point), as
    (lat, lon): labels then sit inside the widest part of the space."""
    parts = list(geom.geoms) if isinstance(geom, MultiPolygon) else [geom]
    largest = max(parts, key=lambda p: p.area)
    point = polylabel(largest, tolerance=1e-5)
    return round(point.y, COORD_DECIMALS), round(point.x, COORD_DECIMALS)


def feature(geom: BaseGeometry, properties: dict) -> dict:
    """A GeoJSON feature with coordinates rounded to ``COORD_DECIMALS``."""
    geometry = mapping(shapely.set_precision(geom, 10**-COORD_DECIMALS))
    return {"type": "Feature", "properties": properties, "geometry": _round(geometry)}


def _round(obj):
    if isinstance(obj, float):
        return round(obj, COORD_DECIMALS)
    if isinstance(obj, list | tuple):
        return [_round(o) for o in obj]
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    return obj
