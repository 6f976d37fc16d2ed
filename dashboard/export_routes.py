"""HTTP route of the exports: ``GET /export/<view>/<part>.<fmt>?<the view's own query>``.

* ``/export/main/map.png?ind=children_u15_sgb2&lvl=units`` – the main view's map;
* ``/export/profile/deck.pptx?space=AR01&lang=en`` – a profile's deck (the space id travels
  as ``space``, the rest is the profile page's own query).

Answers: the file with ``Content-Disposition: attachment; filename=…``; 400 with one line for
an unknown view, part, format or space; 503 with one line (German and English) when the
export takes longer than ``DASHBOARD_EXPORT_TIMEOUT`` or the renderer fails. Never a
traceback, and a failed export leaves the app serving.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime

from dash import Dash
from flask import Response, request

from .exports.registry import ExportRequestError, build_export, request_for
from .exports.render import ExportError, ExportTimeout
from .i18n import t
from .server import plain
from .services import current_bundle
from .settings import Settings

log = logging.getLogger(__name__)

ROUTE = "/export/<view>/<name>"
NAME = re.compile(r"(?P<part>[a-z_]+)\.(?P<fmt>[a-z]+)")


def both(key: str) -> str:
    return f"{t(key, 'de')} ({t(key, 'en')})"


def export_response(view: str, name: str, settings: Settings) -> Response:
    match = NAME.fullmatch(name)
    if not match:
        return plain(f"Ungültiger Export (bad export): {name!r}; expected <part>.<format>", 400)
    try:
        req = request_for(view, request.args.to_dict())
        export = build_export(
            current_bundle(),
            req,
            match["part"],
            match["fmt"],
            (settings.public_url or request.host_url).rstrip("/"),
            datetime.now(),
            settings.export_timeout,
        )
    except ExportRequestError as exc:
        return plain(f"Ungültiger Export (bad export): {exc}", 400)
    except ExportTimeout as exc:
        log.warning("export %s/%s timed out: %s", view, name, exc)
        return plain(both("export_timeout"), 503)
    except ExportError as exc:
        log.warning("export %s/%s failed: %s", view, name, exc)
        return plain(both("export_error"), 503)
    response = Response(export.content, content_type=export.mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{export.filename}"'
    response.headers["Cache-Control"] = "no-store"
    return response


def register_export_routes(app: Dash, settings: Settings) -> None:
    @app.server.get(ROUTE)
    def export_file(view: str, name: str):
        return export_response(view, name, settings)
