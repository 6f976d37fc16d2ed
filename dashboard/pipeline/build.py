"""Build ``data/`` from the raw inputs: read, check, write to a temporary folder, validate
it with the app's own loader, and only then swap it in. Nothing is lost on failure."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from ..data.bundle import (
    DEFAULT_DATA_DIR,
    DISTRICTS_FILE,
    SOURCES_FILE,
    SPACES_GEO_FILE,
    UNITS_FILE,
    load_bundle,
)
from . import districts, facts, imports, inputs, readme, tables
from .catalogue_spec import EDITIONS

DEFAULT_RAW_DIR = DEFAULT_DATA_DIR.parent.parent / "shared" / "research" / "data"

INPUT_META = {
    inputs.GEOMETRY: (
        "City of Dortmund, statistische Unterbezirke (geometry export), via "
        "github.com/anienabe/SpatialJustice @ 6abb6663",
        "MIT (repository); city original probably dl-de/zero-2.0, not verified",
    ),
    EDITIONS["atlas2019"].input_file: (
        "Statistikatlas Dortmund 2019, transcribed by SpatialJustice @ 6abb6663",
        "MIT (transcription)",
    ),
    EDITIONS["atlas2024"].input_file: (
        "Statistikatlas Dortmund 2024, transcribed by SpatialJustice @ 6abb6663",
        "MIT (transcription)",
    ),
    inputs.LOOKUP: (
        "fact table assembled from the geometry and Wikipedia's list of Dortmund "
        "districts (shared/research, FACTS.md §1.5)",
        "facts; CC BY-SA sources",
    ),
    inputs.SPACES: (
        "fact table of the 15 spaces from city pages and reports (FACTS.md §1.4)",
        "facts with sources per row",
    ),
    inputs.FUNDING: (
        "funding facts read in public pages, one URL per row (FACTS.md §5)",
        "facts with sources per row",
    ),
    inputs.POPULATION: (
        "population figures read in public pages, one URL per row (FACTS.md §2.2)",
        "facts with sources per row",
    ),
}


def build(raw_dir: Path = DEFAULT_RAW_DIR, out_dir: Path = DEFAULT_DATA_DIR) -> Path:
    """Rebuild ``out_dir`` from ``raw_dir``; return ``out_dir``. Raises DataError."""
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    lookup = inputs.read_lookup(raw_dir)
    known = set(lookup.unterbezirk_code)
    spaces, space_units = tables.build_spaces(raw_dir, lookup)
    units, units_geo, spaces_geo, simple = tables.build_units(raw_dir, lookup, space_units, spaces)
    districts_geo = districts.build_districts(units, simple)
    catalogue = tables.build_catalogue()
    values = tables.build_values(raw_dir, known, catalogue)
    frames = {
        "spaces.csv": spaces,
        "space_units.csv": space_units,
        "catalogue.csv": catalogue,
        "indicators.csv": values,
        "funding.csv": facts.build_funding(raw_dir),
        "resources.csv": facts.build_resources(),
        "population.csv": facts.build_population(raw_dir),
    }
    frames, imported, import_files = imports.merge_imports(
        frames, out_dir / imports.IMPORTS_DIR, units
    )
    frames["city_reference.csv"] = tables.build_city_reference(frames["indicators.csv"])
    units_geo = _with_unit_properties(units_geo, units)
    sources = {
        "generated_by": "python -m dashboard.pipeline build",
        "inputs": [_input_entry(raw_dir, rel, *meta) for rel, meta in sorted(INPUT_META.items())],
        "imports": imported,
        "derived": {
            DISTRICTS_FILE: f"the units of {inputs.GEOMETRY} dissolved by the Stadtbezirk of "
            f"{inputs.LOOKUP}",
        },
    }
    geojson = {UNITS_FILE: units_geo, SPACES_GEO_FILE: spaces_geo, DISTRICTS_FILE: districts_geo}
    write_bundle(out_dir, frames, geojson, sources, import_files=import_files)
    return out_dir


def _with_unit_properties(doc: dict, units: pd.DataFrame) -> dict:
    props = units.set_index("code")
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


def _input_entry(raw_dir: Path, rel: str, origin: str, licence: str) -> dict:
    digest = hashlib.sha256((raw_dir / rel).read_bytes()).hexdigest()
    return {
        "path": f"shared/research/data/{rel}",
        "sha256": digest,
        "licence": licence,
        "origin": origin,
    }


def write_bundle(
    out_dir: Path,
    frames: dict[str, pd.DataFrame],
    geojson: dict[str, dict],
    sources: dict,
    import_files: dict[str, str],
) -> None:
    """Write every file to a temporary sibling folder, validate it, then swap it in.

    ``geojson`` maps file names (units, spaces, districts) to their documents."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-new-", dir=out_dir.parent))
    tmp.chmod(0o755)
    try:
        for file, df in frames.items():
            df.to_csv(tmp / file, index=False, lineterminator="\n")
        for file, doc in geojson.items():
            _write_json(tmp / file, doc, compact=True)
        _write_json(tmp / SOURCES_FILE, sources, compact=False)
        if import_files:
            (tmp / imports.IMPORTS_DIR).mkdir()
            for name, text in import_files.items():
                (tmp / imports.IMPORTS_DIR / name).write_text(text, encoding="utf-8")
        bundle = load_bundle(
            tmp, label=f"{out_dir.name} (new)"
        )  # the app's own checks, before anything is replaced
        (tmp / "README.md").write_text(readme.render(bundle), encoding="utf-8")
        _swap(tmp, out_dir)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)


def _write_json(path: Path, doc: dict, compact: bool) -> None:
    if compact:
        text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(doc, ensure_ascii=False, indent=2)
    path.write_text(text + "\n", encoding="utf-8")


def _swap(new: Path, out_dir: Path) -> None:
    if not out_dir.exists():
        new.rename(out_dir)
        return
    old = out_dir.with_name(f".{out_dir.name}-old")
    if old.exists():
        shutil.rmtree(old)
    out_dir.rename(old)
    new.rename(out_dir)
    shutil.rmtree(old)
