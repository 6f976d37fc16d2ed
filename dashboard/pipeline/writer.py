"""Write a complete ``data/`` folder safely: into a temporary sibling folder, validated with the
app's own loader, then swapped in atomically (:mod:`.folder`). Used by the build and by the
importer, which hold :func:`.folder.data_lock` around their whole read–change–write."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from ..data.bundle import SOURCES_FILE, load_bundle
from ..data.errors import DataError
from . import readme
from .folder import check_writable, swap_in

IMPORTS_DIR = "imports"


def write_bundle(
    out_dir: Path,
    frames: dict[str, pd.DataFrame],
    geojson: dict[str, dict],
    sources: dict,
    import_files: dict[str, str],
) -> None:
    """Write every file to a temporary sibling folder, validate it, then swap it in.

    ``geojson`` maps file names (units, spaces, districts) to their documents."""
    check_writable(out_dir)
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-new-", dir=out_dir.parent))
        tmp.chmod(0o755)
    except OSError as exc:
        raise DataError(
            str(out_dir.parent), "a folder that can be written", found=exc.strerror or str(exc)
        ) from None
    try:
        for file, df in frames.items():
            df.to_csv(tmp / file, index=False, lineterminator="\n")
        for file, doc in geojson.items():
            write_json(tmp / file, doc, compact=True)
        write_json(tmp / SOURCES_FILE, sources, compact=False)
        if import_files:
            (tmp / IMPORTS_DIR).mkdir()
            for name, text in import_files.items():
                (tmp / IMPORTS_DIR / name).write_text(text, encoding="utf-8")
        # the app's own checks, before anything is replaced
        bundle = load_bundle(tmp, label=f"{out_dir.name} (new)")
        (tmp / "README.md").write_text(readme.render(bundle), encoding="utf-8")
        swap_in(tmp, out_dir)
    except OSError as exc:
        raise DataError(
            str(out_dir), "a folder that can be written", found=exc.strerror or str(exc)
        ) from None
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def write_json(path: Path, doc: dict, compact: bool) -> None:
    if compact:
        text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
    else:
        text = json.dumps(doc, ensure_ascii=False, indent=2)
    path.write_text(text + "\n", encoding="utf-8")
