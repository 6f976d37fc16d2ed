"""Response compression: brotli or gzip for everything text-like, computed once for static files.

- Dynamic responses (HTML, callback JSON) are compressed per request by Flask-Compress at
  brotli quality 5 (fast: a few ms for 100 KB).
- Fingerprinted static files (``/_dash-component-suites/…?m=…`` and ``/assets/…?m=…``)
  are compressed once per worker and kept in memory (:class:`StaticCache`).
- The two large vendored files in ``assets/vendor/`` also ship pre-compressed at brotli's
  highest quality (``*.br``, made by :func:`write_precompressed`, checked by a test against
  their sources); :func:`serve_precompressed` answers with those bytes directly.
"""

from __future__ import annotations

import threading
from pathlib import Path

from flask import Flask, Response, request

from . import ROOT

PRECOMPRESSED = ("vendor/plotly-basic-4.1.1.min.js", "vendor/bootstrap.min.css")
MIMETYPES = {".js": "text/javascript", ".css": "text/css"}
CACHED_PREFIXES = ("/_dash-component-suites/", "/assets/")
MAX_CACHE_BYTES = 32 * 1024 * 1024


class StaticCache:
    """A ``get``/``set`` cache for Flask-Compress that keeps only static files' bytes."""

    def __init__(self):
        self._data: dict[str, bytes] = {}
        self._size = 0
        self._lock = threading.Lock()

    @staticmethod
    def _cacheable(key: str) -> bool:
        _, _, path = key.partition(";")
        return path.startswith(CACHED_PREFIXES) and "?m=" in path

    def get(self, key: str):
        return self._data.get(key) if self._cacheable(key) else None

    def set(self, key: str, value: bytes) -> None:
        if not self._cacheable(key) or key in self._data:
            return
        with self._lock:
            if self._size + len(value) <= MAX_CACHE_BYTES:
                self._data[key] = value
                self._size += len(value)


def configure(server: Flask) -> None:
    """Flask-Compress settings; call before ``Dash(compress=True)`` initialises it."""
    cache = StaticCache()
    server.config.update(
        COMPRESS_ALGORITHM=["br", "gzip"],
        COMPRESS_BR_LEVEL=5,
        COMPRESS_LEVEL=6,
        COMPRESS_MIN_SIZE=500,
        COMPRESS_CACHE_BACKEND=lambda: cache,
        COMPRESS_CACHE_KEY=lambda req: req.full_path,
    )


def _br_path(name: str) -> Path:
    return ROOT / "assets" / f"{name}.br"


def serve_precompressed() -> Response | None:
    """For ``GET /assets/<one of PRECOMPRESSED>`` from a client that accepts brotli: the
    shipped ``.br`` bytes (a ``before_request`` hook)."""
    if request.method != "GET" or not request.path.startswith("/assets/"):
        return None
    name = request.path.removeprefix("/assets/")
    if name not in PRECOMPRESSED or "br" not in request.headers.get("Accept-Encoding", ""):
        return None
    path = _br_path(name)
    if not path.is_file():
        return None
    response = Response(path.read_bytes(), mimetype=MIMETYPES[Path(name).suffix])
    response.headers["Content-Encoding"] = "br"
    response.headers["Vary"] = "Accept-Encoding"
    fingerprinted = "m" in request.args  # Dash adds ?m=<mtime>: a new file, a new URL
    response.headers["Cache-Control"] = (
        "public, max-age=31536000, immutable" if fingerprinted else "no-cache"
    )
    return response


def write_precompressed() -> list[Path]:
    """(Re)write the ``.br`` files beside the vendored sources (quality 11, ~10 s)."""
    import brotli

    written = []
    for name in PRECOMPRESSED:
        source = ROOT / "assets" / name
        target = _br_path(name)
        target.write_bytes(brotli.compress(source.read_bytes(), quality=11))
        written.append(target)
    return written


if __name__ == "__main__":
    for path in write_precompressed():
        print(f"wrote {path.relative_to(ROOT)}")
