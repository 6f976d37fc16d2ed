"""The Dash app: ``create_app(settings)``; ``app``/``server`` at module level for gunicorn.

Data is validated before the app is built: broken data stops the start with one message
naming file, line and column. Bad requests get a 4xx with a short text, never a traceback.
"""

from __future__ import annotations

import sys
from importlib import import_module

import dash
import plotly.io as pio
from dash import ClientsideFunction, Dash, Input, Output, clientside_callback, dcc, html
from flask import Flask

from . import ROOT, compression, ids
from .data.errors import DataError
from .data.store import BundleStore
from .downloads import register_downloads
from .response_cache import ResponseCache
from .server import harden
from .services import current_bundle, set_store
from .settings import Settings, SettingsError, check, parse_origins

INDEX = """<!DOCTYPE html>
<html lang="de">
<head>
{%metas%}
<title>{%title%}</title>
{%favicon%}
{%css%}
</head>
<body>
{%app_entry%}
<footer>{%config%}{%scripts%}{%renderer%}</footer>
</body>
</html>"""


def create_app(settings: Settings | None = None) -> Dash:
    settings = settings or Settings.from_env()
    # Callback answers are serialised by plotly's JSON encoder. Its orjson engine first walks
    # every list element in Python ("cleaning") and is 2-4x slower on our layouts
    # (bench/load.py); the standard encoder is used instead.
    pio.json.config.default_engine = "json"
    check(settings)  # a bad setting stops the start with one line
    set_store(BundleStore(settings.data_dir, check_every=settings.reload_seconds))
    server = Flask(__name__, static_folder=None)
    compression.configure(server)
    app = Dash(
        __name__,
        server=server,
        use_pages=True,
        pages_folder="",  # pages are imported below, as modules of this package
        assets_folder=str(ROOT / "assets"),
        title="Aktionsplan Soziale Stadt Dortmund",
        update_title=None,
        suppress_callback_exceptions=True,
        serve_locally=True,
        compress=True,  # gzip/brotli for HTML, scripts, JSON (Flask-Compress)
        meta_tags=[
            {"name": "viewport", "content": "width=device-width, initial-scale=1"},
            {
                "name": "description",
                "content": "Sozialdaten und Räume des Aktionsplans Soziale "
                "Stadt Dortmund: Karte, Indikatoren, Quellen.",
            },
        ],
    )
    import_module("dashboard.pages.home")  # registration needs the app instance first
    import_module("dashboard.pages.data")
    import_module("dashboard.pages.spaces")
    import_module("dashboard.pages.profile")
    import_module("dashboard.pages.compare")
    import_module("dashboard.pages.money")
    # --- /kulisse ---
    import_module("dashboard.pages.coverage")
    # --- /index ---
    import_module("dashboard.pages.index")
    # --- end /index ---
    import_module("dashboard.pages.not_found_404")
    # --- /embed ---
    import_module("dashboard.pages.embed")
    # --- /embed/index, /embed/hotspots ---
    import_module("dashboard.pages.embed_index")
    # --- end /embed/index ---
    app.index_string = INDEX
    app.layout = html.Div([dcc.Store(id=ids.LANG_SINK), dash.page_container])
    clientside_callback(
        ClientsideFunction("shell", "setLang"),
        Output(ids.LANG_SINK, "data"),
        Input("_pages_location", "search"),
    )
    harden(app, parse_origins(settings.embed_origins), settings.tile_url)
    register_downloads(app.server)  # /daten/aktionsplan-daten.zip
    import_module("dashboard.geo_routes").register_geo_routes(app.server)  # /geo/<layer>.json
    if settings.response_cache_mb:  # repeated view states: the same bytes, built once
        server.wsgi_app = ResponseCache(
            server.wsgi_app, current_bundle, max_bytes=settings.response_cache_mb * 2**20
        )
    import_module("dashboard.export_routes").register_export_routes(app, settings)  # /export
    return app


def _create_or_exit() -> Dash:
    try:
        return create_app()
    except DataError as exc:
        print(f"error: the data is broken, not starting: {exc}", file=sys.stderr)
        raise SystemExit(1) from None
    except SettingsError as exc:
        print(f"error: a setting is wrong, not starting: {exc}", file=sys.stderr)
        raise SystemExit(1) from None


app = _create_or_exit()
server = app.server
