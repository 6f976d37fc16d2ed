"""``GET /geo/<layer>.json?v=<version>``: the maps' geometry files (see ``data/geo_files``).

Answered from bytes made once per data bundle, brotli or gzip as the client accepts. With the
current version in ``v`` the file may be kept for a year (a new bundle has a new URL);
without it, or with an old one, the client must revalidate (``ETag``). Unknown layer: 404.
"""

from __future__ import annotations

from flask import Flask, Response, request

from .data.geo_files import LAYERS, geo_file
from .server import plain
from .services import current_bundle

ROUTE = "/geo/<layer>.json"


def geo_response(layer: str) -> Response:
    if layer not in LAYERS:
        return plain(f"Unbekannte Kartenebene (unknown map layer): {layer!r}", 404)
    file = geo_file(current_bundle(), layer)
    etag = f'"{file.version}"'
    accepted = request.headers.get("Accept-Encoding", "")
    if request.headers.get("If-None-Match") == etag:
        response = Response(status=304)
    elif "br" in accepted:
        response = Response(file.br, mimetype="application/geo+json")
        response.headers["Content-Encoding"] = "br"
    elif "gzip" in accepted:
        response = Response(file.gzip, mimetype="application/geo+json")
        response.headers["Content-Encoding"] = "gzip"
    else:
        response = Response(file.raw, mimetype="application/geo+json")
    response.headers["ETag"] = etag
    response.headers["Vary"] = "Accept-Encoding"
    response.headers["Cache-Control"] = (
        "public, max-age=31536000, immutable"
        if request.args.get("v") == file.version
        else "no-cache"
    )
    return response


def register_geo_routes(server: Flask) -> None:
    @server.get(ROUTE)
    def geo(layer: str):
        return geo_response(layer)
