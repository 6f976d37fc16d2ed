"""Read text, CSV and GeoJSON files strictly, turning every failure into a DataError.

Used both for the built ``data/`` files (UTF-8 only) and for raw inputs of the pipeline
(UTF-8 with or without BOM, or Latin-1/Windows-1252 as the city's exports are).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pandas as pd

from .errors import DataError

UTF8_ONLY = ("utf-8-sig",)
CITY_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


def read_text(path: Path, encodings: tuple[str, ...] = UTF8_ONLY, name: str | None = None) -> str:
    """Decode a file with the first encoding that fits; reject NUL bytes and empty files."""
    name = name or str(path)
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise DataError(name, "an existing file", found="no such file") from None
    if not raw.strip():
        raise DataError(name, "a non-empty file", found="an empty file")
    if b"\x00" in raw[:4096]:
        raise DataError(name, f"text encoded as {' or '.join(encodings)}", found="binary or UTF-16")
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
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
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


def read_geojson(
    path: Path, encodings: tuple[str, ...] = UTF8_ONLY, name: str | None = None
) -> dict:
    """Read a GeoJSON FeatureCollection and check its outer structure."""
    name = name or str(path)
    text = read_text(path, encodings, name)
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(
            name, "valid JSON (a GeoJSON FeatureCollection)", row=exc.lineno, found=exc.msg
        ) from None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        found = doc.get("type") if isinstance(doc, dict) else type(doc).__name__
        raise DataError(name, "a GeoJSON FeatureCollection", found=found)
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


def feature_polygon(feature: dict, file: str, index: int, code: object):
    """The (Multi)Polygon of a GeoJSON feature; a DataError if it is missing or malformed.

    Validity is not checked here: the pipeline repairs raw geometry, the app's loader
    requires valid geometry.
    """
    from shapely.geometry import shape

    where = {"row": index, "row_label": "feature", "column": "geometry"}
    geom_json = feature.get("geometry")
    if not geom_json:
        raise DataError(file, f"a polygon geometry for unit {code}", found="no geometry", **where)
    try:
        geom = shape(geom_json)
    except Exception as exc:  # shapely raises several types for malformed coordinates
        raise DataError(file, f"a valid polygon for unit {code}", found=str(exc), **where) from None
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
        raise DataError(
            file, f"a Polygon or MultiPolygon for unit {code}", found=geom.geom_type, **where
        )
    return geom
