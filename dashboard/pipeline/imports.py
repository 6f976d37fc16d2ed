"""Import an indicator edition from a table in the city's open-data format.

An import is kept in ``data/imports/`` as two files, ``<indicator>__<edition>.csv`` (unit
code, value, missing reason: already normalised) and ``.json`` (its catalogue entry), so a
later rebuild from the raw inputs keeps it.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pandas as pd

from ..data.bundle import (
    DEFAULT_DATA_DIR,
    DISTRICTS_FILE,
    SPACES_GEO_FILE,
    UNITS_FILE,
    load_bundle,
)
from ..data.errors import DataError
from ..data.readers import MAX_FIELD_CHARS, parse_json, read_csv_text, read_text
from ..data.schema import CATALOGUE, TABLES, check_table
from . import programme_import, programme_store
from .folder import data_lock
from .opendata import read_city_table
from .reference import build_city_reference
from .writer import IMPORTS_DIR, write_bundle

REQUIRED = (
    "indicator_id",
    "edition",
    "label_de",
    "label_en",
    "definition_de",
    "definition_en",
    "unit",
    "is_percentage",
    "handlungsfeld",
    "direction",
    "source",
    "source_url",
    "licence",
    "reference_date",
    "confidence",
)
DEFAULTS = {
    "handlungsfeld_assignment": "project",
    "status": "ok",
    "comparable_across_editions": True,
    "transcription": "",
    "reference_date_note_de": "",
    "reference_date_note_en": "",
    "zero_rule": "zero_is_value",
    "zero_rule_de": "Werte wie in der importierten Tabelle; eine 0 ist ein Wert.",
    "zero_rule_en": "Values as in the imported table; a 0 is a value.",
    "caveats_de": "",
    "caveats_en": "",
}


def read_meta(path: Path) -> dict:
    """The catalogue entry of an import, checked like a catalogue row."""
    name = str(path)
    meta = parse_json(read_text(path, name=name), name)
    if not isinstance(meta, dict):
        raise DataError(name, "a JSON object", found=type(meta).__name__)
    for key, value in meta.items():
        if not isinstance(value, (str, int, float, bool)) and value is not None:
            raise DataError(
                name, "a text, number or true/false", column=str(key), found=type(value).__name__
            )
        if isinstance(value, str) and len(value) > MAX_FIELD_CHARS:
            raise DataError(
                name,
                f"at most {MAX_FIELD_CHARS:,} characters",
                column=str(key),
                found=f"{len(value):,} characters",
            )
    for key in REQUIRED:
        if key not in meta:
            raise DataError(name, f"a key '{key}'", column=key, found="no such key")
    if "reference_date_note" in meta:  # the key of earlier versions (one language)
        meta.setdefault("reference_date_note_en", meta.pop("reference_date_note"))
    entry = {**DEFAULTS, **{k: v for k, v in meta.items() if k not in ("value_column", "licence")}}
    entry["licence_de"] = meta["licence"]
    entry["licence_en"] = meta.get("licence_en") or meta["licence"]
    entry["source_column"] = meta.get("value_column") or "value"
    columns = list(CATALOGUE.columns)
    unknown = [k for k in entry if k not in columns]
    if unknown:
        raise DataError(name, f"only the keys {[*columns, 'value_column']}", column=unknown[0])
    row = pd.DataFrame([{c: str(entry[c]) for c in columns}])
    check_table(row, CATALOGUE, name, first_line=1, row_label="entry")
    return {**entry, "value_column": meta.get("value_column")}


def import_table(
    table: Path, meta_path: Path, data_dir: Path = DEFAULT_DATA_DIR, replace: bool = False
) -> tuple[str, str | None]:
    """Add one indicator edition to ``data_dir``; return its import key and, when it replaced
    an existing edition (only with ``replace``), one line saying what it replaced."""
    data_dir = Path(data_dir)
    with data_lock(data_dir):
        return _import_table(Path(table), Path(meta_path), data_dir, replace)


def _import_table(table: Path, meta_path: Path, data_dir: Path, replace: bool):
    bundle = load_bundle(data_dir)
    meta = read_meta(Path(meta_path))
    replaced = _existing_edition(bundle, meta, str(meta_path), replace)
    values = read_city_table(
        Path(table),
        bundle.units,
        value_column=meta["value_column"],
        is_percentage=str(meta["is_percentage"]).lower() == "true",
    )
    key = f"{meta['indicator_id']}__{meta['edition']}"
    files = _existing_import_files(data_dir / IMPORTS_DIR)
    files[f"{key}.csv"] = values.to_csv(index=False, lineterminator="\n")
    meta.pop("value_column")
    files[f"{key}.json"] = json.dumps(meta, ensure_ascii=False, indent=2) + "\n"
    rewrite_data(data_dir, bundle, files)
    return key, replaced


def _existing_edition(bundle, meta: dict, name: str, replace: bool) -> str | None:
    """Refuse to overwrite an indicator edition that exists, unless ``replace``."""
    ind, ed = meta["indicator_id"], meta["edition"]
    cat = bundle.catalogue
    row = cat[(cat.indicator_id == ind) & (cat.edition == ed)]
    if row.empty:
        return None
    values = bundle.values
    n = int(((values.indicator_id == ind) & (values.edition == ed)).sum())
    what = f"{ind} {ed} ({n} values from {row.iloc[0].source})"
    if not replace:
        raise DataError(
            name,
            "an indicator edition that is not in the data yet, or the option --replace",
            column="edition",
            found=f"{ind} {ed}: {n} values",
        )
    return what


def import_programme(
    workbook: Path, data_dir: Path = DEFAULT_DATA_DIR, replace: bool = False
) -> programme_import.ImportResult:
    """Add the Aktionsprogramme of a filled-in workbook to ``data_dir`` (see
    :mod:`.programme_import`); a space that already has one is replaced only with ``replace``."""
    data_dir = Path(data_dir)
    with data_lock(data_dir):
        return _import_programme(Path(workbook), data_dir, replace)


def _import_programme(workbook: Path, data_dir: Path, replace: bool):
    bundle = load_bundle(data_dir)
    today = dt.date.today()
    tables = programme_import.read_workbook(Path(workbook), bundle.spaces, today)
    new = programme_store.kept_files(tables, Path(workbook), today)
    files, replaced = programme_store.replace_spaces(
        _existing_import_files(data_dir / IMPORTS_DIR), new, replace, Path(workbook)
    )
    rewrite_data(data_dir, bundle, files)
    import_id = json.loads(next(iter(new.values())))["import_id"]
    spaces = tuple(json.loads(text)["space_id"] for text in new.values())
    rows = {file: len(df) for file, df in tables.items()}
    return programme_import.ImportResult(spaces, replaced, import_id, rows)


def rewrite_data(data_dir: Path, bundle, files: dict[str, str]) -> None:
    """Rewrite ``data_dir`` with the kept import ``files``; untouched tables stay as written."""
    frames = {
        file: read_csv_text(data_dir / file) for file in TABLES if file != "city_reference.csv"
    }
    values = frames["indicators.csv"]
    values["value"] = pd.to_numeric(values["value"].replace("", None))
    frames, imported = merge_import_files(frames, files, bundle.units)
    frames["city_reference.csv"] = build_city_reference(frames["indicators.csv"])
    sources = {**bundle.sources, "imports": imported}
    geojson = {
        UNITS_FILE: bundle.units_geojson,
        SPACES_GEO_FILE: bundle.spaces_geojson,
        DISTRICTS_FILE: bundle.districts_geojson,
    }
    write_bundle(data_dir, frames, geojson, sources, import_files=files)


def _existing_import_files(folder: Path) -> dict[str, str]:
    if not folder.is_dir():
        return {}
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file()}


def merge_imports(frames: dict[str, pd.DataFrame], folder: Path, units: pd.DataFrame):
    """Merge the imports kept in ``folder`` (used by a rebuild)."""
    files = _existing_import_files(folder)
    merged, imported = merge_import_files(frames, files, units)
    return merged, imported, files


def merge_import_files(frames: dict[str, pd.DataFrame], files: dict[str, str], units: pd.DataFrame):
    """Replace (indicator, edition) rows in catalogue and values with each import's rows."""
    catalogue, values = frames["catalogue.csv"], frames["indicators.csv"]
    imported = []
    for name in sorted(
        n for n in files if n.endswith(".json") and not programme_store.is_programme_file(n)
    ):
        meta = json.loads(files[name])
        # imports kept before the licence became bilingual carry one "licence"
        meta.setdefault("licence_de", meta.get("licence", ""))
        meta.setdefault("licence_en", meta.get("licence", "") or meta["licence_de"])
        key = name.removesuffix(".json")
        table = pd.read_csv(io.StringIO(files[f"{key}.csv"]), dtype=str, keep_default_na=False)
        ind, ed = meta["indicator_id"], meta["edition"]
        catalogue = catalogue[~((catalogue.indicator_id == ind) & (catalogue.edition == ed))]
        catalogue = pd.concat(
            [catalogue, pd.DataFrame([meta])[list(catalogue.columns)]], ignore_index=True
        )
        values = values[~((values.indicator_id == ind) & (values.edition == ed))]
        new = pd.DataFrame(
            {
                "unit_code": table.unit_code,
                "indicator_id": ind,
                "edition": ed,
                "value": pd.to_numeric(table.value.replace("", None)),
                "missing_reason": table.missing_reason.replace("", None),
                "note": None,
            }
        )
        values = pd.concat([values, new], ignore_index=True)
        imported.append(
            {
                "key": key,
                "indicator_id": ind,
                "edition": ed,
                "source": meta["source"],
                "source_url": meta["source_url"],
                "licence": meta["licence_de"],
                "licence_en": meta["licence_en"],
                "units": len(new),
            }
        )
    values = (
        values.sort_values(["indicator_id", "edition", "unit_code"], ignore_index=True)
        if imported
        else values
    )
    programmes, programme_imports = programme_store.programme_frames(files)
    frames = {**frames, "catalogue.csv": catalogue, "indicators.csv": values, **programmes}
    return frames, imported + programme_imports
