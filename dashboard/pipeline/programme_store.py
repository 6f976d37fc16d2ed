"""The programme imports kept in ``data/imports/``: one JSON file per space
(``programme__<space>.json``, rows already checked and normalised), and the three programme
tables regenerated from them by every import and every rebuild."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pandas as pd

from ..data.errors import DataError
from ..data.programme_tables import PROGRAMME_TABLES

PREFIX = "programme__"


def is_programme_file(name: str) -> bool:
    return name.startswith(PREFIX)


def kept_files(tables: dict[str, pd.DataFrame], path: Path, today: dt.date) -> dict[str, str]:
    """The files kept in ``data/imports/``: one JSON per space with its normalised rows."""
    raw = Path(path).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    import_id = digest[:12]
    spaces = sorted(set().union(*(set(df.space_id) for df in tables.values())))
    files = {}
    for space in spaces:
        doc = {
            "space_id": space,
            "import_id": import_id,
            "file": Path(path).name,
            "sha256": digest,
            "imported_on": today.isoformat(),
        }
        for file, df in tables.items():
            rows = df[df.space_id == space].assign(import_id=import_id)
            doc[file.removesuffix(".csv")] = rows.to_dict(orient="records")
        files[f"{PREFIX}{space}.json"] = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return files


def programme_frames(files: dict[str, str]) -> tuple[dict[str, pd.DataFrame], list[dict]]:
    """The three programme tables from the kept files (spaces in id order), and their
    provenance entries for ``sources.json``."""
    parts: dict[str, list[pd.DataFrame]] = {file: [] for file in PROGRAMME_TABLES}
    imported = []
    for name in sorted(n for n in files if is_programme_file(n)):
        doc = json.loads(files[name])
        counts = {}
        for file, schema in PROGRAMME_TABLES.items():
            df = pd.DataFrame(doc.get(file.removesuffix(".csv"), []), dtype=object)
            parts[file].append(df.reindex(columns=list(schema.columns)))
            counts[file] = len(df)
        imported.append(
            {
                "key": name.removesuffix(".json"),
                "kind": "programme",
                "space_id": doc["space_id"],
                "import_id": doc["import_id"],
                "file": doc["file"],
                "sha256": doc["sha256"],
                "imported_on": doc["imported_on"],
                "rows": counts,
            }
        )
    frames = {}
    for file, schema in PROGRAMME_TABLES.items():
        dfs = [df for df in parts[file] if not df.empty]
        columns = list(schema.columns)
        frames[file] = (
            pd.concat(dfs, ignore_index=True)[columns] if dfs else pd.DataFrame(columns=columns)
        )
    return frames, imported


def replace_spaces(
    files: dict[str, str], new: dict[str, str], replace: bool, path: Path
) -> tuple[dict[str, str], tuple[str, ...]]:
    """Merge ``new`` kept files into ``files``; an existing space needs ``replace``."""
    replaced = []
    for name in sorted(new):
        if name in files:
            old = json.loads(files[name])
            rows = sum(len(old.get(f.removesuffix(".csv"), [])) for f in PROGRAMME_TABLES)
            what = (
                f"{old['space_id']}: import {old['import_id']} from {old['file']} "
                f"({old['imported_on']}, {rows} rows)"
            )
            if not replace:
                raise DataError(
                    str(path),
                    "only spaces without an Aktionsprogramm in the data folder (add --replace "
                    "to replace it)",
                    column="space_id",
                    found=f"{old['space_id']}, imported on {old['imported_on']}",
                )
            replaced.append(what)
    return {**files, **new}, tuple(replaced)
