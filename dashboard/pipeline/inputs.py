"""Read the pipeline's raw inputs (``../shared/research/data`` by default) into tables.

Each reader checks what it needs and names the file, line and column of anything wrong.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..data.errors import DataError
from ..data.numbers import parse_number as _parse
from ..data.readers import CITY_ENCODINGS, read_csv_text, read_geojson
from ..data.schema import UNIT_CODE

GEOMETRY = "raw_spatialjustice/Statist_UnterbezirkePolygon.geojson"
LOOKUP = "derived/dortmund_unterbezirke_lookup.csv"
SPACES = "derived/aktionsraeume_15_spaces.csv"
FUNDING = "derived/funding_facts.csv"
POPULATION = "derived/population_points.csv"
SPACE_FACTS = "derived/space_facts.csv"
LICENCE = "raw_spatialjustice/LICENSE.SpatialJustice.MIT.txt"


def read_table(raw: Path, rel: str, columns: list[str]) -> pd.DataFrame:
    """A CSV input as strings, with the named columns present."""
    df = read_csv_text(raw / rel, CITY_ENCODINGS, name=rel)
    for column in columns:
        if column not in df.columns:
            raise DataError(
                rel,
                f"a column '{column}'",
                row=1,
                column=column,
                found=f"header {list(df.columns)}",
            )
    if df.empty:
        raise DataError(rel, "at least one data row", row=2, found="no data rows")
    return df


def check_codes(df: pd.DataFrame, column: str, file: str, known: set[str] | None = None) -> None:
    """Codes are 3-digit strings, unique, and (if ``known`` is given) known units."""
    seen: set[str] = set()
    for i, code in enumerate(df[column], start=2):
        if not re.fullmatch(UNIT_CODE, code or ""):
            raise DataError(
                file, "a 3-digit unit code such as '041'", row=i, column=column, found=code
            )
        if known is not None and code not in known:
            raise DataError(
                file,
                "a code of the 170 statistische Unterbezirke",
                row=i,
                column=column,
                found=code,
            )
        if code in seen:
            raise DataError(
                file, "each unit once (duplicate row)", row=i, column=column, found=code
            )
        seen.add(code)


def read_lookup(raw: Path) -> pd.DataFrame:
    columns = [
        "unterbezirk_code",
        "unterbezirk_name",
        "stat_bezirk_code",
        "stat_bezirk_name",
        "stadtbezirk",
        "aktionsraum_2021",
        "aktionsraum_2008",
        "mapping_confidence",
    ]
    df = read_table(raw, LOOKUP, columns)
    check_codes(df, "unterbezirk_code", LOOKUP)
    for i, (code, bezirk) in enumerate(
        zip(df.unterbezirk_code, df.stat_bezirk_code, strict=True), start=2
    ):
        if bezirk != code[:2]:
            raise DataError(
                LOOKUP,
                f"the first two digits of unit {code}",
                row=i,
                column="stat_bezirk_code",
                found=bezirk,
            )
    return df


def read_unit_features(raw: Path, known: set[str]) -> dict[str, tuple[int, dict]]:
    """The raw unit features by code (Latin-1 export of the city), each with its number."""
    doc = read_geojson(raw / GEOMETRY, CITY_ENCODINGS, name=GEOMETRY)
    by_code: dict[str, tuple[int, dict]] = {}
    for i, feature in enumerate(doc["features"], start=1):
        code = str(feature["properties"].get("unbeznr", "")).strip()
        where = {"row": i, "row_label": "feature", "column": "unbeznr"}
        if not re.fullmatch(UNIT_CODE, code):
            raise DataError(GEOMETRY, "a 3-digit unit code", found=code, **where)
        if code not in known:
            raise DataError(GEOMETRY, f"a unit listed in {LOOKUP}", found=code, **where)
        if code in by_code:
            raise DataError(GEOMETRY, "each unit once (duplicate feature)", found=code, **where)
        by_code[code] = (i, feature)
    missing = sorted(known - set(by_code))
    if missing:
        raise DataError(
            GEOMETRY,
            f"a feature for every unit of {LOOKUP}",
            column="unbeznr",
            found=f"no geometry for unit {missing[0]}",
        )
    return by_code


def read_edition_properties(raw: Path, rel: str, known: set[str]) -> pd.DataFrame:
    """Indicator properties of one Statistikatlas edition, one row per unit code."""
    doc = read_geojson(raw / rel, CITY_ENCODINGS, name=rel)
    rows = []
    for i, feature in enumerate(doc["features"], start=1):
        props = feature["properties"]
        code = str(props.get("unbeznr", "")).strip()
        if code not in known:
            raise DataError(
                rel,
                "a code of the 170 statistische Unterbezirke",
                row=i,
                row_label="feature",
                column="unbeznr",
                found=code,
            )
        rows.append({**props, "_code": code, "_feature": i})
    df = pd.DataFrame(rows)
    dup = df[df["_code"].duplicated()]
    if not dup.empty:
        raise DataError(
            rel,
            "each unit once (duplicate feature)",
            row=int(dup["_feature"].iloc[0]),
            row_label="feature",
            column="unbeznr",
            found=dup["_code"].iloc[0],
        )
    missing = sorted(known - set(df["_code"]))
    if missing:
        raise DataError(
            rel,
            "a feature for every unit",
            column="unbeznr",
            found=f"no feature for unit {missing[0]}",
        )
    return df.set_index("_code").sort_index()


def parse_number(text: str, file: str, row: int, column: str, *, allow_empty: bool) -> float | None:
    """A number written with a decimal point (as in the derived fact tables)."""
    text = (text or "").strip()
    if not text:
        if allow_empty:
            return None
        raise DataError(file, "a number", row=row, column=column, found="an empty field")
    try:
        value = _parse(text, ".")
    except ValueError:
        value = None
    if value is None:  # a marker such as "-" or "x" is not a number here
        raise DataError(file, "a number", row=row, column=column, found=text)
    return value
