"""Server concerns in one place: security headers, HTTP status of unknown pages, and 4xx
answers instead of tracebacks, and who may frame which page: only the embeds (``/embed/...``)
may be framed, by the dashboard itself and the origins of ``DASHBOARD_EMBED_ORIGINS``
(``server.config["EMBED_ORIGINS"]``); every other response denies framing.
(CSP and compression will live here too.)"""

from __future__ import annotations

import logging
import re

import dash
from dash import Dash
from flask import Response, request
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)

CALLBACK_SUFFIX = "_dash-update-component"
NON_PAGE_PREFIXES = ("/_dash", "/assets/", "/_favicon", "/_reload-hash")
EMBED_PREFIX = "/embed/"


def frame_headers(path: str, origins: tuple[str, ...]) -> dict[str, str]:
    """Framing headers of a response: embeds may be framed by the dashboard itself and
    ``origins``; everything else by no one."""
    if path.startswith(EMBED_PREFIX):
        return {"Content-Security-Policy": " ".join(("frame-ancestors 'self'", *origins))}
    return {"Content-Security-Policy": "frame-ancestors 'none'", "X-Frame-Options": "DENY"}


def page_paths() -> set[str]:
    """Paths of the registered pages without path variables."""
    return {
        p["path"]
        for p in dash.page_registry.values()
        if p["path"] != "/404" and not p.get("path_template")
    }


def is_page(path: str) -> bool:
    """A registered page, or a page template (``/raum/<space_id>``) whose variables its
    ``path_exists(**variables)`` (given to ``register_page``) accepts."""
    if path in page_paths():
        return True
    for page in dash.page_registry.values():
        template = page.get("path_template")
        if not template:
            continue
        # like Dash's own matching, a variable may span slashes (``/embed/profile/AR01``)
        pattern = re.sub(r"<([^>]+)>", r"(?P<\1>.+)", re.escape(template))
        match = re.fullmatch(pattern, path)
        if match:
            exists = page.get("path_exists")
            return exists is None or bool(exists(**match.groupdict()))
    return False


def plain(text: str, status: int) -> Response:
    return Response(text + "\n", status=status, mimetype="text/plain")


def harden(app: Dash, embed_origins: tuple[str, ...] = ()) -> None:
    """Reject malformed callbacks with 400, send 404 for unknown pages, set headers (framing:
    ``embed_origins`` may frame the embeds), and never answer with a traceback."""
    server = app.server
    server.config["EMBED_ORIGINS"] = tuple(embed_origins)

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
                return plain(
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
            and not is_page(path)
        ):
            response.status_code = 404  # Dash renders the German 404 page in the browser
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.update(frame_headers(request.path, server.config["EMBED_ORIGINS"]))
        return response

    @server.errorhandler(Exception)
    def no_tracebacks(exc: Exception):
        if isinstance(exc, HTTPException):
            return plain(f"{exc.code} {exc.name}", exc.code or 500)
        log.exception("unexpected error")
        return plain("Interner Fehler (internal error).", 500)
