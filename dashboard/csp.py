"""The Content-Security-Policy the app works under.

Scripts only from the app itself plus the hashes of Dash's own inline scripts
(``app.csp_hashes()``: the renderer start and the clientside namespaces Dash generates); no
``'unsafe-eval'``, no ``'unsafe-inline'`` for scripts. Our clientside callbacks live in
``assets/clientside.js``. Styles allow inline style attributes (React, Leaflet and plotly.js
set them). Images may come from the configured tile server. ``frame-ancestors`` is decided per
route (:func:`policy`'s argument).
"""

from __future__ import annotations

from urllib.parse import urlsplit


def tile_origin(tile_url: str) -> str | None:
    """``https://tile.example.org`` of a tile URL template, or None."""
    if not tile_url:
        return None
    parts = urlsplit(tile_url.replace("{s}", "a"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    host = parts.netloc
    if tile_url.startswith(f"{parts.scheme}://{{s}}."):
        host = "*." + host.split(".", 1)[1]
    return f"{parts.scheme}://{host}"


def policy(script_hashes: list[str], frame_ancestors: str = "'none'", tile_url: str = "") -> str:
    """The header value."""
    images = ["'self'", "data:", "blob:"]
    origin = tile_origin(tile_url)
    if origin:
        images.append(origin)
    directives = {
        "default-src": ["'self'"],
        "script-src": ["'self'", *script_hashes],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": images,
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": [frame_ancestors],
    }
    return "; ".join(f"{k} {' '.join(v)}" for k, v in directives.items())
