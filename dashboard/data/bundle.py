"""Load and validate the built ``data/`` folder into one immutable :class:`Bundle`.

``load_bundle`` checks every file (schemas, then references between files) and raises one
:class:`DataError` naming the file, line and column of the first problem. ``BundleStore``
keeps the last good bundle: a broken change to ``data/`` is reported, never half-served.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path

import pandas as pd
import shapely

from .. import ROOT
from .errors import DataError
from .factcheck import check_districts, check_facts, check_public_facts
from .programme_tables import PROGRAMME_TABLES, Programmes, check_programme_spaces, load_programmes
from .readers import (
    check_city_bounds,
    feature_polygon,
    parse_json,
    read_csv_text,
    read_geojson,
    read_text,
)
from .schema import TABLES, UNITS, check_table

log = logging.getLogger(__name__)

DEFAULT_DATA_DIR = ROOT / "data"
UNITS_FILE = "units.geojson"
SPACES_GEO_FILE = "spaces.geojson"
SOURCES_FILE = "sources.json"
DISTRICTS_FILE = "districts.geojson"
DATA_FILES = (
    UNITS_FILE,
    SPACES_GEO_FILE,
    *TABLES,
    *PROGRAMME_TABLES,
    SOURCES_FILE,
    DISTRICTS_FILE,
)


@dataclass(frozen=True)
class Bundle:
    units: pd.DataFrame
    units_geojson: dict
    spaces: pd.DataFrame
    spaces_geojson: dict
    space_units: pd.DataFrame
    catalogue: pd.DataFrame
    values: pd.DataFrame
    city_reference: pd.DataFrame
    funding: pd.DataFrame
    resources: pd.DataFrame
    population: pd.DataFrame
    sources: dict
    data_dir: Path = field(default=DEFAULT_DATA_DIR)
    districts_geojson: dict = field(
        default_factory=lambda: {"type": "FeatureCollection", "features": []}
    )
    """The 12 Stadtbezirke as outlines: properties name, n_units, area_km2, label_lat,
    label_lon (a point inside). Drawn as a light layer with names."""
    space_population: pd.DataFrame = field(default_factory=pd.DataFrame)
    """Approximate populations per space, one row per published figure: ``space_ids`` (several
    when the figure is for them together: never split or add up), ``scope``, ``confidence``."""
    space_facts: pd.DataFrame = field(default_factory=pd.DataFrame)
    """Public facts per space (``data/space_facts.csv``; see ``schema_facts``)."""
    contacts: pd.DataFrame = field(default_factory=pd.DataFrame)
    """Whom to contact and how to take part (``data/contacts.csv``)."""
    history: pd.DataFrame = field(default_factory=pd.DataFrame)
    """Events of the Aktionsplan's history (``data/history.csv``)."""
    programmes: Programmes = field(default_factory=Programmes.empty)
    """The Aktionsprogramme as filled in by the Projektbüro (see ``data.programmes``)."""

    @cached_property
    def current_spaces(self) -> pd.DataFrame:
        """The 15 spaces of today (computed once per bundle; do not modify)."""
        return self.spaces[self.spaces.status == "current"]

    @cached_property
    def token(self) -> str:
        """A digest of the loaded tables and geometry: the same for the same data in every
        worker and on every host. A page names the data it was drawn from with it, so a
        callback can tell whether the page still shows this bundle (computed once, ~25 ms)."""
        digest = hashlib.blake2b(digest_size=8)
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, pd.DataFrame):
                digest.update(",".join(map(str, value.columns)).encode())
                try:
                    digest.update(pd.util.hash_pandas_object(value, index=True).values.tobytes())
                except TypeError:  # cells that are lists or dicts
                    digest.update(value.to_json().encode())
            elif isinstance(value, dict):
                digest.update(json.dumps(value, sort_keys=True, default=str).encode())
        return digest.hexdigest()


def load_bundle(data_dir: Path | str = DEFAULT_DATA_DIR, label: str | None = None) -> Bundle:
    """Read and validate every file of ``data_dir``; raise :class:`DataError` if any is bad.

    ``label`` names the folder in messages (default: the folder's name).
    """
    data_dir = Path(data_dir)
    label = label or data_dir.name

    def name(file: str) -> str:
        return f"{label}/{file}"

    units_geojson = read_geojson(data_dir / UNITS_FILE, name=name(UNITS_FILE))
    units = _units_table(units_geojson, name(UNITS_FILE))
    tables = {
        file: check_table(read_csv_text(data_dir / file, name=name(file)), schema, name(file))
        for file, schema in TABLES.items()
    }
    spaces_geojson = read_geojson(data_dir / SPACES_GEO_FILE, name=name(SPACES_GEO_FILE))
    sources = parse_json(
        read_text(data_dir / SOURCES_FILE, name=name(SOURCES_FILE)), name(SOURCES_FILE)
    )
    if not isinstance(sources, dict):
        raise DataError(name(SOURCES_FILE), "a JSON object", found=type(sources).__name__)
    districts_geojson = read_geojson(data_dir / DISTRICTS_FILE, name=name(DISTRICTS_FILE))
    check_districts(districts_geojson, units, name(DISTRICTS_FILE))
    programmes = load_programmes(data_dir, name)
    bundle = Bundle(
        units=units,
        units_geojson=units_geojson,
        spaces=tables["spaces.csv"],
        spaces_geojson=spaces_geojson,
        space_units=tables["space_units.csv"],
        catalogue=tables["catalogue.csv"],
        values=tables["indicators.csv"],
        city_reference=tables["city_reference.csv"],
        funding=tables["funding.csv"],
        resources=tables["resources.csv"],
        population=tables["population.csv"],
        sources=sources,
        data_dir=data_dir,
        districts_geojson=districts_geojson,
        space_population=tables["space_population.csv"],
        space_facts=tables["space_facts.csv"],
        contacts=tables["contacts.csv"],
        history=tables["history.csv"],
        programmes=programmes,
    )
    check_references(bundle, name)
    check_programme_spaces(programmes, bundle.spaces, name)
    return bundle


def _units_table(doc: dict, file: str) -> pd.DataFrame:
    rows = []
    for i, feature in enumerate(doc["features"], start=1):
        props = feature["properties"]
        code = props.get("code")
        geom = feature_polygon(feature, file, i, code)
        check_city_bounds(geom, file, i, code)
        if not shapely.is_valid(geom):
            raise DataError(
                file,
                f"a valid polygon for unit {code}",
                row=i,
                row_label="feature",
                column="geometry",
                found=shapely.is_valid_reason(geom),
            )
        rows.append({k: ("" if v is None else str(v)) for k, v in props.items()})
    df = pd.DataFrame(rows)
    return check_table(df, UNITS, file, first_line=1, row_label="feature")


def check_references(b: Bundle, name) -> None:
    """Cross-file checks: every reference points at something that exists."""
    units = set(b.units.code)
    spaces = set(b.spaces.space_id)
    _refs(b.space_units, "space_id", spaces, name("space_units.csv"), "a space of spaces.csv")
    _refs(b.space_units, "unit_code", units, name("space_units.csv"), "a unit of units.geojson")
    unit_spaces = b.units.space_id.replace("", None).dropna()
    bad = unit_spaces[~unit_spaces.isin(spaces)]
    if not bad.empty:
        raise DataError(
            name(UNITS_FILE),
            "a space of spaces.csv",
            row=int(bad.index[0]) + 1,
            row_label="feature",
            column="space_id",
            found=bad.iloc[0],
        )
    empty = spaces - set(b.space_units.space_id)
    if empty:
        raise DataError(
            name("spaces.csv"),
            "at least one unit in space_units.csv",
            column="space_id",
            found=sorted(empty)[0],
        )
    geo_ids = [f["properties"].get("space_id") for f in b.spaces_geojson["features"]]
    if sorted(geo_ids) != sorted(spaces):
        missing = sorted(spaces - set(geo_ids)) or sorted(set(geo_ids) - spaces)
        raise DataError(
            name(SPACES_GEO_FILE),
            "one outline per space of spaces.csv",
            column="space_id",
            found=missing[0] if missing else "duplicates",
        )
    _refs(b.values, "unit_code", units, name("indicators.csv"), "a unit of units.geojson")
    _check_values(b, name("indicators.csv"))
    keys = set(zip(b.catalogue.indicator_id, b.catalogue.edition, strict=True))
    ref_keys = pd.Series(
        list(zip(b.city_reference.indicator_id, b.city_reference.edition, strict=True))
    )
    bad_ref = ref_keys[~ref_keys.isin(keys)]
    if not bad_ref.empty:
        raise DataError(
            name("city_reference.csv"),
            "an indicator and edition of catalogue.csv",
            row=int(bad_ref.index[0]) + 2,
            column="indicator_id",
            found=bad_ref.iloc[0],
        )
    funded = b.funding.space_id.dropna().str.split(";").explode()
    bad_fund = funded[~funded.isin(spaces)]
    if not bad_fund.empty:
        raise DataError(
            name("funding.csv"),
            "a space of spaces.csv",
            row=int(bad_fund.index[0]) + 2,
            column="space_id",
            found=bad_fund.iloc[0],
        )
    check_facts(b.space_population, b.resources, spaces, name)
    check_public_facts(b, spaces, name)
    if not isinstance(b.sources, dict) or not isinstance(b.sources.get("inputs"), list):
        raise DataError(name(SOURCES_FILE), "an object with a list 'inputs'", column="inputs")


def _refs(df: pd.DataFrame, column: str, known: set, file: str, expected: str) -> None:
    bad = df[~df[column].isin(known)]
    if not bad.empty:
        raise DataError(
            file, expected, row=int(bad.index[0]) + 2, column=column, found=bad[column].iloc[0]
        )


def _check_values(b: Bundle, file: str) -> None:
    cat = b.catalogue.set_index(["indicator_id", "edition"])
    merged = b.values.join(cat[["is_percentage", "status"]], on=["indicator_id", "edition"])
    unknown = merged[merged.status.isna()]
    if not unknown.empty:
        raise DataError(
            file,
            "an indicator and edition of catalogue.csv",
            row=int(unknown.index[0]) + 2,
            column="indicator_id",
            found=f"{unknown.indicator_id.iloc[0]} / {unknown.edition.iloc[0]}",
        )
    checks = [
        (
            merged.value.isna() & merged.missing_reason.isna(),
            "missing_reason",
            "a value or a missing_reason",
        ),
        (
            merged.value.notna() & merged.missing_reason.notna(),
            "missing_reason",
            "no missing_reason when a value is given",
        ),
        (
            (merged.status == "broken_in_source") & merged.value.notna(),
            "value",
            "no value for an indicator broken in the source",
        ),
        (
            merged.is_percentage.astype(bool)
            & ~merged.value.between(0, 100)
            & merged.value.notna(),
            "value",
            "a percentage between 0 and 100",
        ),
    ]
    for mask, column, expected in checks:
        if mask.any():
            i = int(mask.idxmax())
            raise DataError(file, expected, row=i + 2, column=column, found=b.values.at[i, column])
