"""Every setting of the app, declared once with its default and help text.

Read from the environment (``DASHBOARD_*``); ``README.md`` lists them (a test checks that).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path

from . import ROOT
from .data.datasets import DEFAULT_PUBLIC, parse_keys


class SettingsError(ValueError):
    """A setting has a value the app cannot run with (one line, naming the variable)."""


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
    # --- embeds and open data ---
    embed_origins: str = _setting(
        "",
        "Origins allowed to frame the embeds `/embed/...` (space-separated, "
        "`scheme://host[:port]`, a leading `*.` for subdomains, e.g. "
        "`https://www.dortmund.de https://*.dortmund.de`); becomes the embeds' "
        "`frame-ancestors`. Empty: only the dashboard itself. Every other page can never be "
        "framed. A bad value stops the start.",
        "DASHBOARD_EMBED_ORIGINS",
    )
    public_datasets: str = _setting(
        " ".join(DEFAULT_PUBLIC),
        "Data sets that are public (space-separated keys: geometry, spaces, indicators, "
        "population, facts, funding, participation, programmes). Embeds and the open-data "
        "ZIP show only these. Default: all but `programmes` (the Aktionsprogramme are the "
        "Projektbüro's working material until the city releases them).",
        "DASHBOARD_PUBLIC_DATASETS",
    )
    export_timeout: float = _setting(
        30.0,
        "Time limit of one export (PNG, SVG, PDF, PPTX, CSV, XLSX) in seconds; a slower "
        "export stops with a message and the app keeps serving.",
        "DASHBOARD_EXPORT_TIMEOUT",
    )
    public_url: str = _setting(
        "",
        "Public address of the dashboard, e.g. `https://sozialestadt.dortmund.de`: the embed "
        "snippets point there and exported files print the permalink of their view under it. "
        "Empty: the address of the request (the command line then uses "
        "`http://127.0.0.1:8050`).",
        "DASHBOARD_PUBLIC_URL",
    )
    response_cache_mb: int = _setting(
        64,
        "Memory (MB per worker) for answers to repeated view states: the same request against "
        "the same data gets the same bytes, without building them again. 0 turns it off.",
        "DASHBOARD_RESPONSE_CACHE_MB",
    )
    warm_up: bool = _setting(
        True,
        "Under gunicorn: compute the views most visitors open first (every page, the main "
        "view per indicator, edition and level, the need index per preset) once before the "
        "workers start, a few seconds per start. 0 turns it off.",
        "DASHBOARD_WARM_UP",
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


ORIGIN = re.compile(
    r"https?://(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?"
    r"(:[0-9]{1,5})?|https?://\[[0-9a-f:.]+\](:[0-9]{1,5})?"
)


def parse_origins(text: str) -> tuple[str, ...]:
    """``DASHBOARD_EMBED_ORIGINS`` as a tuple of origins; ``SettingsError`` for a value that
    is not ``scheme://host[:port]`` (no path, no wildcard but a leading ``*.``)."""
    origins = []
    for origin in text.split():
        if not ORIGIN.fullmatch(origin.lower()) or (
            ":" in origin[origin.index("//") + 2 :].split("]")[-1]
            and not 0 < int(origin.rsplit(":", 1)[1]) < 65536
        ):
            raise SettingsError(
                f"DASHBOARD_EMBED_ORIGINS: {origin!r} is not an origin "
                "(expected scheme://host[:port], e.g. https://www.dortmund.de)"
            )
        origins.append(origin.lower())
    return tuple(origins)


def public_datasets(settings: Settings) -> frozenset[str]:
    """The keys of the public data sets; ``SettingsError`` names an unknown key."""
    try:
        return parse_keys(settings.public_datasets)
    except ValueError as exc:
        raise SettingsError(f"DASHBOARD_PUBLIC_DATASETS: {exc}") from None


def is_public(key: str, settings: Settings | None = None) -> bool:
    """Whether data set ``key`` is public (``settings`` default: the environment)."""
    return key in public_datasets(settings or Settings.from_env())


def check(settings: Settings) -> None:
    """Raise ``SettingsError`` (one line) for a setting the app cannot start with."""
    parse_origins(settings.embed_origins)
    public_datasets(settings)
    if settings.response_cache_mb < 0:
        raise SettingsError("DASHBOARD_RESPONSE_CACHE_MB: must be 0 (off) or more")


def documented_settings() -> list[tuple[str, object, str]]:
    """(environment variable, default, help) for every setting."""
    return [(f.metadata["env"], f.default, f.metadata["help"]) for f in fields(Settings)]
