"""Read text, CSV and GeoJSON files strictly, turning every failure into a DataError.

Used both for the built ``data/`` files (UTF-8 only) and for raw inputs of the pipeline
(UTF-8 with or without BOM, or Latin-1/Windows-1252 as the city's exports are).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
from shapely.geometry import Polygon

from .errors import DataError

UTF8_ONLY = ("utf-8-sig",)
CITY_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")
MAX_FILE_BYTES = 64 * 1024 * 1024
"""No input may be larger (the largest data file is ~0.3 MB): a huge file is refused before it
is read, instead of exhausting memory."""
MAX_FIELD_CHARS = 100_000
"""Longest CSV field (the longest real one is a few hundred characters)."""
MAX_JSON_DEPTH = 64
"""Deepest nesting of a JSON document (GeoJSON MultiPolygons need 6)."""


def read_bytes(path: Path, name: str | None = None, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or a :class:`DataError`."""
    name = name or str(path)
    path = Path(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise DataError(name, "an existing file", found="no such file") from None
    except OSError as exc:
        raise DataError(name, "a readable file", found=exc.strerror or str(exc)) from None
    if path.is_dir():
        raise DataError(name, "a file", found="a folder")
    if st.st_size > limit:
        raise DataError(
            name, f"a file of at most {limit // (1024 * 1024)} MB", found=f"{st.st_size:,} bytes"
        )
    try:
        with path.open("rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise DataError(name, "a readable file", found=exc.strerror or str(exc)) from None
    if len(raw) > limit:  # a special file or one that grew while being read
        raise DataError(name, f"a file of at most {limit // (1024 * 1024)} MB", found="more")
    return raw


def read_text(path: Path, encodings: tuple[str, ...] = UTF8_ONLY, name: str | None = None) -> str:
    """Decode a file with the first encoding that fits; reject NUL bytes anywhere, empty files
    and files over :data:`MAX_FILE_BYTES`."""
    name = name or str(path)
    raw = read_bytes(path, name)
    if not raw.strip():
        raise DataError(name, "a non-empty file", found="an empty file")
    nul = raw.find(b"\x00")
    if nul >= 0:
        line = raw[:nul].count(b"\n") + 1
        found = "binary or UTF-16" if nul < 4096 else f"a NUL byte at offset {nul}"
        raise DataError(name, f"text encoded as {' or '.join(encodings)}", row=line, found=found)
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError as exc:
            last = exc
    line = raw[: last.start].count(b"\n") + 1
    raise DataError(
        name,
        f"text encoded as {' or '.join(encodings)}",
        row=line,
        found=f"byte {raw[last.start : last.start + 1]!r} at offset {last.start}",
    )


def read_csv_text(
    path: Path,
    encodings: tuple[str, ...] = UTF8_ONLY,
    name: str | None = None,
    delimiter: str | None = ",",
) -> pd.DataFrame:
    """Read a CSV file as strings (no type guessing); row ``i`` is line ``i + 2``.

    ``delimiter=None`` sniffs between ``;``, ``,`` and tab from the header line.
    """
    name = name or str(path)
    text = read_text(path, encodings, name)
    if delimiter is None:
        header = text.splitlines()[0]
        delimiter = max(";,\t", key=header.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for row in reader:
            if any(len(cell) > MAX_FIELD_CHARS for cell in row):
                raise DataError(
                    name,
                    f"fields of at most {MAX_FIELD_CHARS:,} characters",
                    row=reader.line_num,
                    found=f"{max(len(c) for c in row):,} characters",
                )
            rows.append(row)
    except csv.Error as exc:  # e.g. a field over the csv module's own limit
        raise DataError(name, "well-formed CSV", row=reader.line_num, found=str(exc)) from None
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()  # trailing blank lines only: inner rows must keep their line numbers
    if not rows:
        raise DataError(name, "a header line", found="an empty file")
    header = [h.strip() for h in rows[0]]
    if len(set(header)) != len(header):
        dup = next(h for h in header if header.count(h) > 1)
        raise DataError(name, "unique column names", row=1, column=dup)
    for i, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise DataError(
                name, f"{len(header)} fields as in the header", row=i, found=f"{len(row)} fields"
            )
    return pd.DataFrame(rows[1:], columns=header, dtype=str)


def parse_json(text: str, name: str, expected: str = "valid JSON") -> object:
    """``json.loads`` that fails only with a :class:`DataError`: malformed text, nesting deeper
    than :data:`MAX_JSON_DEPTH`, numbers too long to convert, non-finite numbers."""
    depth = _json_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise DataError(
            name,
            f"{expected}, nested at most {MAX_JSON_DEPTH} levels deep",
            found=f"{depth}+ levels",
        )
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise DataError(name, expected, row=exc.lineno, found=exc.msg) from None
    except (ValueError, RecursionError) as exc:  # e.g. integers of over 4,300 digits
        raise DataError(name, expected, found=str(exc).split(";")[0]) from None


def _no_constant(token: str):
    raise ValueError(f"the non-finite number {token}")


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _json_depth(text: str) -> int:
    """Deepest bracket nesting outside strings (vectorised: strings removed, then a running
    sum over the brackets)."""
    bare = _JSON_STRING.sub("", text).encode("utf-8", "replace")
    chars = np.frombuffer(bare, dtype=np.uint8)
    steps = np.zeros(chars.size, dtype=np.int64)
    steps[(chars == ord("[")) | (chars == ord("{"))] = 1
    steps[(chars == ord("]")) | (chars == ord("}"))] = -1
    return int(np.cumsum(steps).max(initial=0))


def read_geojson(
    path: Path, encodings: tuple[str, ...] = UTF8_ONLY, name: str | None = None
) -> dict:
    """Read a GeoJSON FeatureCollection and check its outer structure."""
    name = name or str(path)
    doc = parse_json(
        read_text(path, encodings, name), name, "valid JSON (a GeoJSON FeatureCollection)"
    )
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        found = doc.get("type") if isinstance(doc, dict) else type(doc).__name__
        raise DataError(name, "a GeoJSON FeatureCollection", found=found)
    check_crs(doc, name)
    features = doc.get("features")
    if not isinstance(features, list) or not features:
        raise DataError(name, "a non-empty list of features", column="features")
    for i, feature in enumerate(features, start=1):
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raise DataError(name, "a GeoJSON Feature", row=i, row_label="feature")
        if not isinstance(feature.get("properties"), dict):
            raise DataError(
                name, "an object of properties", row=i, row_label="feature", column="properties"
            )
    return doc


CITY_BOUNDS = (7.25, 51.38, 7.70, 51.63)
"""Dortmund's envelope in degrees (lon/lat, WGS 84) with a margin of ~2 km: every unit must lie
inside it (a unit moved to 0,0 or a projected CRS is refused, not drawn)."""
GEOGRAPHIC_CRS = (
    "urn:ogc:def:crs:OGC:1.3:CRS84",
    "urn:ogc:def:crs:OGC::CRS84",
    "EPSG:4326",
    "urn:ogc:def:crs:EPSG::4326",
)


def check_crs(doc: dict, name: str) -> None:
    """GeoJSON is lon/lat in WGS 84; a named other CRS (old GeoJSON ``crs`` member) is refused."""
    crs = doc.get("crs")
    if crs is None:
        return
    crs_name = crs.get("properties", {}).get("name") if isinstance(crs, dict) else None
    if crs_name not in GEOGRAPHIC_CRS:
        raise DataError(
            name, "coordinates in WGS 84 degrees (lon/lat)", column="crs", found=crs_name or crs
        )


def _coordinate_problem(coords) -> str | None:
    """Why nested GeoJSON coordinates are not finite lon/lat degrees, or None."""
    try:
        arr = np.asarray(_flatten(coords), dtype=float).reshape(-1, 2)
    except (TypeError, ValueError):
        return "coordinates that are not pairs of numbers"
    if arr.size == 0:
        return None
    if not np.isfinite(arr).all():
        return "a coordinate that is not a finite number (NaN or infinity)"
    if (np.abs(arr[:, 0]) > 180).any() or (np.abs(arr[:, 1]) > 90).any():
        return "coordinates outside -180..180 / -90..90 (a projected CRS?)"
    return None


def _flatten(coords, depth: int = 0) -> list:
    if depth > 6:
        raise ValueError("nested too deep")
    if isinstance(coords, (list, tuple)) and coords and isinstance(coords[0], (int, float)):
        if len(coords) < 2 or isinstance(coords[0], bool):
            raise ValueError("not a position")
        return [coords[:2]]
    if not isinstance(coords, (list, tuple)):
        raise TypeError("not a list")
    out = []
    for c in coords:
        out.extend(_flatten(c, depth + 1))
    return out


def feature_polygon(feature: dict, file: str, index: int, code: object):
    """The (Multi)Polygon of a GeoJSON feature; a DataError if it is missing or malformed,
    if a coordinate is not a finite number in degrees, or if a hole lies outside its shell.

    Other validity problems are not checked here: the pipeline repairs raw geometry
    (self-intersections), the app's loader requires valid geometry.
    """
    from shapely.geometry import shape

    where = {"row": index, "row_label": "feature", "column": "geometry"}
    geom_json = feature.get("geometry")
    if not geom_json or not isinstance(geom_json, dict):
        raise DataError(file, f"a polygon geometry for unit {code}", found="no geometry", **where)
    problem = _coordinate_problem(geom_json.get("coordinates"))
    if problem:
        raise DataError(file, f"a polygon in degrees for unit {code}", found=problem, **where)
    try:
        geom = shape(geom_json)
    except Exception as exc:  # shapely raises several types for malformed coordinates
        raise DataError(file, f"a valid polygon for unit {code}", found=str(exc), **where) from None
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
        raise DataError(
            file, f"a Polygon or MultiPolygon for unit {code}", found=geom.geom_type, **where
        )
    for part in getattr(geom, "geoms", [geom]):
        shell = Polygon(part.exterior)
        for ring in part.interiors:
            if not shell.buffer(1e-9).covers(ring):
                raise DataError(
                    file,
                    f"holes inside their polygon for unit {code}",
                    found="a hole outside its shell",
                    **where,
                )
    return geom


def check_city_bounds(geom, file: str, index: int, code: object) -> None:
    """Refuse a unit that does not lie inside Dortmund's envelope (:data:`CITY_BOUNDS`)."""
    x0, y0, x1, y1 = geom.bounds
    bx0, by0, bx1, by1 = CITY_BOUNDS
    if not (bx0 <= x0 and by0 <= y0 and x1 <= bx1 and y1 <= by1):
        raise DataError(
            file,
            f"unit {code} inside Dortmund (lon {bx0}–{bx1}, lat {by0}–{by1})",
            row=index,
            row_label="feature",
            column="geometry",
            found=f"bounds {x0:.4f}, {y0:.4f}, {x1:.4f}, {y1:.4f}",
        )
