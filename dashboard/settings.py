"""Every setting of the app, declared once with its default and help text.

Read from the environment (``DASHBOARD_*``); ``README.md`` lists them (a test checks that).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from . import ROOT


def _setting(default, help: str, env: str):
    return field(default=default, metadata={"help": help, "env": env})


@dataclass(frozen=True)
class Settings:
    data_dir: Path = _setting(
        ROOT / "data", "Folder of the built data files.", "DASHBOARD_DATA_DIR"
    )
    host: str = _setting(
        "127.0.0.1", "Address the development server listens on.", "DASHBOARD_HOST"
    )
    port: int = _setting(
        8050, "Port of the development server (`python -m dashboard`).", "DASHBOARD_PORT"
    )
    debug: bool = _setting(False, "Dash debug mode (never in production).", "DASHBOARD_DEBUG")
    tile_url: str = _setting(
        "",
        "URL template of a map tile server, e.g. "
        "`https://tile.openstreetmap.org/{z}/{x}/{y}.png`. Empty: no "
        "tiles, the map shows only the units (no outside requests).",
        "DASHBOARD_TILE_URL",
    )
    tile_attribution: str = _setting(
        "", "Attribution text shown with the tiles.", "DASHBOARD_TILE_ATTRIBUTION"
    )
    reload_seconds: float = _setting(
        5.0,
        "How often the app checks data/ for changes; a "
        "valid change is served, a broken one is logged and the "
        "last good data kept.",
        "DASHBOARD_RELOAD_SECONDS",
    )
    export_timeout: float = _setting(
        30.0,
        "Time limit of one export (PNG, SVG, PDF, PPTX, CSV, XLSX) in seconds; a slower "
        "export stops with a message and the app keeps serving.",
        "DASHBOARD_EXPORT_TIMEOUT",
    )
    public_url: str = _setting(
        "http://127.0.0.1:8050",
        "Public address of the dashboard; exported files print the permalink of their view "
        "under it.",
        "DASHBOARD_PUBLIC_URL",
    )

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        environ = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            raw = environ.get(f.metadata["env"])
            if raw is None:
                continue
            kind = type(f.default)
            if kind is bool:
                values[f.name] = raw.strip().lower() in ("1", "true", "yes", "on")
            elif isinstance(f.default, Path):
                values[f.name] = Path(raw)
            else:
                values[f.name] = kind(raw)
        return cls(**values)


def documented_settings() -> list[tuple[str, object, str]]:
    """(environment variable, default, help) for every setting."""
    return [(f.metadata["env"], f.default, f.metadata["help"]) for f in fields(Settings)]
