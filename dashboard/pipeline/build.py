"""Build ``data/`` from the raw inputs: read, check, write to a temporary folder, validate
it with the app's own loader, and only then swap it in. Nothing is lost on failure."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from ..data.bundle import DEFAULT_DATA_DIR, DISTRICTS_FILE, SPACES_GEO_FILE, UNITS_FILE
from . import districts, facts, imports, inputs, public_facts, spaces, units, values
from .catalogue import build_catalogue
from .catalogue_spec import EDITIONS
from .folder import data_lock
from .reference import build_city_reference
from .writer import IMPORTS_DIR, write_bundle

DEFAULT_RAW_DIR = DEFAULT_DATA_DIR.parent.parent / "shared" / "research" / "data"

INPUT_META = {
    inputs.GEOMETRY: (
        "Stadt Dortmund: statistische Unterbezirke (Geometrie-Export), über das Projekt "
        "SpatialJustice (github.com/anienabe/SpatialJustice @ 6abb6663)",
        "City of Dortmund: statistische Unterbezirke (geometry export), via the SpatialJustice "
        "project (github.com/anienabe/SpatialJustice @ 6abb6663)",
        (
            "MIT (Repository); Original der Stadt vermutlich dl-de/zero-2.0, nicht geprüft",
            "MIT (repository); city original probably dl-de/zero-2.0, not verified",
        ),
    ),
    EDITIONS["atlas2019"].input_file: (
        "Statistikatlas Dortmund 2019, abgeschrieben vom Projekt SpatialJustice @ 6abb6663",
        "Statistikatlas Dortmund 2019, transcribed by the SpatialJustice project @ 6abb6663",
        ("MIT (Transkription)", "MIT (transcription)"),
    ),
    EDITIONS["atlas2024"].input_file: (
        "Statistikatlas Dortmund 2024, abgeschrieben vom Projekt SpatialJustice @ 6abb6663",
        "Statistikatlas Dortmund 2024, transcribed by the SpatialJustice project @ 6abb6663",
        ("MIT (Transkription)", "MIT (transcription)"),
    ),
    inputs.LOOKUP: (
        "Schlüsseltabelle der Unterbezirke, aus der Geometrie und der Wikipedia-Liste der "
        "Dortmunder Stadtteile",
        "code table of the units, from the geometry and Wikipedia's list of Dortmund's districts",
        ("Fakten; Quellen unter CC BY-SA", "facts; CC BY-SA sources"),
    ),
    inputs.SPACES: (
        "Die 15 Räume mit ihren Unterbezirken, aus Seiten und Berichten der Stadt",
        "the 15 spaces with their units, from the city's pages and reports",
        ("Fakten, je Zeile mit Quelle", "facts with sources per row"),
    ),
    inputs.FUNDING: (
        "Förderbeträge aus öffentlichen Seiten, je Zeile mit Link",
        "funding facts from public pages, one link per row",
        ("Fakten, je Zeile mit Quelle", "facts with sources per row"),
    ),
    inputs.POPULATION: (
        "Einwohnerzahlen aus öffentlichen Seiten, je Zeile mit Link",
        "population figures from public pages, one link per row",
        ("Fakten, je Zeile mit Quelle", "facts with sources per row"),
    ),
    inputs.SPACE_FACTS: (
        "Öffentliche Fakten je Raum, je Zeile mit Link; Texte vom Projekt neu gefasst",
        "public facts per space, one link per row; texts rewritten by the project",
        ("Fakten, je Zeile mit Quelle", "facts with sources per row"),
    ),
}


def build(raw_dir: Path = DEFAULT_RAW_DIR, out_dir: Path = DEFAULT_DATA_DIR) -> Path:
    """Rebuild ``out_dir`` from ``raw_dir``; return ``out_dir``. Raises DataError."""
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    with data_lock(out_dir):
        return _build(raw_dir, out_dir)


def _build(raw_dir: Path, out_dir: Path) -> Path:
    lookup = inputs.read_lookup(raw_dir)
    known = set(lookup.unterbezirk_code)
    space_table, space_units = spaces.build_spaces(raw_dir, lookup)
    unit_table, units_geo, spaces_geo, simple = units.build_units(
        raw_dir, lookup, space_units, space_table
    )
    value_table, stats = values.build_values(values.read_editions(raw_dir, known))
    space_facts, facts_report = public_facts.build_space_facts(raw_dir)
    frames = {
        "spaces.csv": space_table,
        "space_units.csv": space_units,
        "catalogue.csv": build_catalogue(stats),
        "indicators.csv": value_table,
        "funding.csv": facts.build_funding(raw_dir),
        "resources.csv": facts.build_resources(),
        "population.csv": facts.build_population(raw_dir),
        "space_population.csv": facts.build_space_population(raw_dir),
        "space_facts.csv": space_facts,
        "contacts.csv": public_facts.build_contacts(),
        "history.csv": public_facts.build_history(),
    }
    frames, imported, import_files = imports.merge_imports(
        frames, out_dir / IMPORTS_DIR, unit_table
    )
    frames["city_reference.csv"] = build_city_reference(frames["indicators.csv"])
    geojson = {
        UNITS_FILE: _with_unit_properties(units_geo, unit_table),
        SPACES_GEO_FILE: spaces_geo,
        DISTRICTS_FILE: districts.build_districts(unit_table, simple),
    }
    sources = {
        "generated_by": "python -m dashboard.pipeline build",
        "inputs": [_input_entry(raw_dir, rel, *meta) for rel, meta in sorted(INPUT_META.items())],
        "imports": imported,
        "space_facts": facts_report,
        "derived": {
            DISTRICTS_FILE: f"the units of {inputs.GEOMETRY} dissolved by the Stadtbezirk of "
            f"{inputs.LOOKUP}",
        },
    }
    write_bundle(out_dir, frames, geojson, sources, import_files=import_files)
    return out_dir


def _with_unit_properties(doc: dict, unit_table: pd.DataFrame) -> dict:
    props = unit_table.set_index("code")
    for feature in doc["features"]:
        row = props.loc[feature["properties"]["code"]]
        feature["properties"] = {
            "code": row.name,
            "name": row["name"],
            "stat_bezirk_code": row.stat_bezirk_code,
            "stat_bezirk_name": row.stat_bezirk_name,
            "stadtbezirk": row.stadtbezirk,
            "area_km2": float(row.area_km2),
            "space_id": row.space_id,
            "space_relation": row.space_relation,
        }
    return doc


def _input_entry(
    raw_dir: Path, rel: str, origin_de: str, origin_en: str, licence: tuple[str, str]
) -> dict:
    digest = hashlib.sha256((raw_dir / rel).read_bytes()).hexdigest()
    return {
        "path": f"shared/research/data/{rel}",
        "sha256": digest,
        "licence": licence[1],
        "licence_de": licence[0],
        "licence_en": licence[1],
        "origin": origin_en,
        "origin_de": origin_de,
        "origin_en": origin_en,
    }
