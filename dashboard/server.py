"""Server concerns in one place: security headers, HTTP status of unknown pages, and 4xx
answers instead of tracebacks, no development routes in production, 404 for paths that try
to leave a served folder, and who may frame which page: only the embeds (``/embed/...``)
may be framed, by the dashboard itself and the origins of ``DASHBOARD_EMBED_ORIGINS``
(``server.config["EMBED_ORIGINS"]``); every other response denies framing.
(CSP and compression will live here too.)"""

from __future__ import annotations

import base64
import hashlib
import logging
import re

import dash
from dash import Dash
from dash.exceptions import DependencyException
from flask import Response, request
from werkzeug.exceptions import HTTPException

from .callback_guard import check_callback, component_types
from .compression import serve_precompressed
from .csp import policy

log = logging.getLogger(__name__)

CALLBACK_SUFFIX = "_dash-update-component"
NON_PAGE_PREFIXES = ("/_dash", "/assets/", "/_favicon", "/_reload-hash")
DEV_ROUTES = ("/_reload-hash",)
COMPRESSIBLE = (
    "text/css",
    "text/javascript",
    "application/javascript",
    "application/json",
    "image/svg+xml",
    "text/plain",
    "text/html",
)
SUITES = "/_dash-component-suites/"
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


MAX_BODY_BYTES = 256 * 1024
"""The largest request body the app accepts: a callback of the richest view is ~10 KB."""


def plain(text: str, status: int) -> Response:
    return Response(text + "\n", status=status, mimetype="text/plain")


_INLINE_SCRIPT = re.compile(
    r"<script(?![^>]*\bsrc=)(?![^>]*application/json)[^>]*>(.*?)</script>", re.S
)


def _script_hashes(app: Dash, response: Response) -> list[str]:
    """Hashes of the inline scripts of this HTML document (Dash's renderer start and its
    clientside namespaces: the app writes them, nothing from a request enters them), plus
    ``app.csp_hashes()``."""
    if response.direct_passthrough or response.is_streamed:
        return list(app.csp_hashes())
    html = response.get_data(as_text=True)
    found = {
        "'sha256-" + base64.b64encode(hashlib.sha256(m.encode()).digest()).decode() + "'"
        for m in _INLINE_SCRIPT.findall(html)
    }
    return sorted(found | set(app.csp_hashes()))


_COMPONENTS: dict[str, tuple[str, bool]] = {}


def _components() -> dict[str, tuple[str, bool]]:
    """Component types by id, from every page's default layout (built once)."""
    if not _COMPONENTS:
        layouts = []
        for page in dash.page_registry.values():
            layout = page.get("layout")
            try:
                layouts.append(layout() if callable(layout) else layout)
            except Exception:  # a page that needs arguments: its ids get the generic rules
                log.debug("layout of %s not walked", page.get("path"))
        _COMPONENTS.update(component_types(layouts))
    return _COMPONENTS


def harden(app: Dash, embed_origins: tuple[str, ...] = (), tile_url: str = "") -> None:
    """Reject malformed callbacks with 400, send 404 for unknown pages, set headers (the
    Content-Security-Policy of :mod:`.csp`; framing: ``embed_origins`` may frame the embeds),
    and never answer with a traceback."""
    server = app.server
    server.config["EMBED_ORIGINS"] = tuple(embed_origins)
    server.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES  # larger bodies get 413

    @server.before_request
    def reject_malformed_callbacks():
        if request.method == "POST" and request.path.endswith(CALLBACK_SUFFIX):
            body = request.get_json(silent=True)
            problem = check_callback(body, app.callback_map, _components())
            if problem:
                return plain(
                    "Ungültige Anfrage: erwartet wird ein Dash-Callback als JSON. "
                    f"(Bad request: expected a Dash callback as JSON: {problem}.)",
                    400,
                )
        return None

    @server.after_request
    def status_and_headers(response: Response) -> Response:
        if response.direct_passthrough and response.mimetype in COMPRESSIBLE:
            # a static file: read it into memory (closing it) so that the compression step
            # that runs next compresses bytes, not a stream whose file it would leave open
            response.direct_passthrough = False
            response.make_sequence()
        path = request.path.rstrip("/") or "/"
        if (
            request.method == "GET"
            and response.status_code == 200
            and response.mimetype == "text/html"
            and not path.startswith(NON_PAGE_PREFIXES)
            and not is_page(path)
        ):
            response.status_code = 404  # Dash renders the German 404 page in the browser
        framing = frame_headers(request.path, server.config["EMBED_ORIGINS"])
        if response.mimetype == "text/html":  # documents: the whole policy
            ancestors = framing["Content-Security-Policy"].removeprefix("frame-ancestors ")
            framing["Content-Security-Policy"] = policy(
                _script_hashes(app, response), ancestors, tile_url
            )
        response.headers.update(framing)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        return response

    server.before_request(serve_precompressed)

    @server.before_request
    def no_dev_routes_or_traversal():
        path = request.path
        hot_reload = bool(getattr(app, "_dev_tools", {}).get("hot_reload", False))
        if path.startswith(DEV_ROUTES) and not hot_reload:
            return plain("404 Not Found", 404)  # hot reload is a development tool only
        if ".." in path.split("/") or "\\" in path or "\x00" in path:
            return plain("404 Not Found", 404)
        return None

    @server.errorhandler(Exception)
    def no_tracebacks(exc: Exception):
        if isinstance(exc, HTTPException):
            return plain(f"{exc.code} {exc.name}", exc.code or 500)
        if isinstance(exc, DependencyException) or request.path.startswith(SUITES):
            return plain("404 Not Found", 404)  # a file no component suite serves
        log.exception("unexpected error")
        return plain("Interner Fehler (internal error).", 500)
