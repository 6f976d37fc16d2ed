"""The Dash app: ``create_app(settings)``; ``app``/``server`` at module level for gunicorn.

Data is validated before the app is built: broken data stops the start with one message
naming file, line and column. Bad requests get a 4xx with a short text, never a traceback.
"""

from __future__ import annotations

import logging
import sys
from importlib import import_module

import dash
from dash import Dash, Input, Output, clientside_callback, dcc, html
from flask import Response, request
from werkzeug.exceptions import HTTPException

from . import ROOT, ids
from .data.bundle import BundleStore
from .data.errors import DataError
from .services import set_store
from .settings import Settings

log = logging.getLogger(__name__)

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

CALLBACK_SUFFIX = "_dash-update-component"
NON_PAGE_PREFIXES = ("/_dash", "/assets/", "/_favicon", "/_reload-hash")


def create_app(settings: Settings | None = None) -> Dash:
    settings = settings or Settings.from_env()
    set_store(BundleStore(settings.data_dir, check_every=settings.reload_seconds))
    app = Dash(
        __name__,
        use_pages=True,
        pages_folder="",  # pages are imported below, as modules of this package
        assets_folder=str(ROOT / "assets"),
        title="Aktionsplan Soziale Stadt Dortmund",
        update_title=None,
        suppress_callback_exceptions=True,
        serve_locally=True,
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
    import_module("dashboard.pages.not_found_404")
    app.index_string = INDEX
    app.layout = html.Div([dcc.Store(id=ids.LANG_SINK), dash.page_container])
    clientside_callback(
        """function (search) {
            const lang = new URLSearchParams(search || "").get("lang") === "en" ? "en" : "de";
            document.documentElement.lang = lang;
            return lang;
        }""",
        Output(ids.LANG_SINK, "data"),
        Input("_pages_location", "search"),
    )
    _harden(app)
    return app


def _page_paths() -> set[str]:
    return {p["path"] for p in dash.page_registry.values() if p["path"] != "/404"}


def _harden(app: Dash) -> None:
    server = app.server

    @server.before_request
    def reject_malformed_callbacks():
        if request.method == "POST" and request.path.endswith(CALLBACK_SUFFIX):
            body = request.get_json(silent=True)
            output = body.get("output") if isinstance(body, dict) else None
            callback = app.callback_map.get(output) if isinstance(output, str) else None
            if (
                callback is None
                or not isinstance(body.get("inputs"), list)
                or len(body["inputs"]) != len(callback["inputs"])
                or not isinstance(body.get("state", []), list)
                or len(body.get("state", [])) != len(callback["state"])
            ):
                return _plain(
                    "Ungültige Anfrage: erwartet wird ein Dash-Callback als JSON. "
                    "(Bad request: expected a Dash callback as JSON.)",
                    400,
                )
        return None

    @server.after_request
    def status_and_headers(response: Response) -> Response:
        path = request.path.rstrip("/") or "/"
        if (
            request.method == "GET"
            and response.status_code == 200
            and response.mimetype == "text/html"
            and not path.startswith(NON_PAGE_PREFIXES)
            and path not in _page_paths()
        ):
            response.status_code = 404  # Dash renders the German 404 page in the browser
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        return response

    @server.errorhandler(Exception)
    def no_tracebacks(exc: Exception):
        if isinstance(exc, HTTPException):
            return _plain(f"{exc.code} {exc.name}", exc.code or 500)
        log.exception("unexpected error")
        return _plain("Interner Fehler (internal error).", 500)


def _plain(text: str, status: int) -> Response:
    return Response(text + "\n", status=status, mimetype="text/plain")


def _create_or_exit() -> Dash:
    try:
        return create_app()
    except DataError as exc:
        print(f"error: the data is broken, not starting: {exc}", file=sys.stderr)
        raise SystemExit(1) from None


app = _create_or_exit()
server = app.server
