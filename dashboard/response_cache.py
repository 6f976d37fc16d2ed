"""A per-process cache of whole callback answers (WSGI middleware).

Every callback of this app is a pure function of its request body and the data bundle: the
app keeps no per-user state, reads no cookies and no clock. So the same body, against the
same bundle, gets the same answer, byte for byte. A busy evening sends the same few hundred
states again and again (the default view, the presets, the two editions), and Dash would
build, serialise and compress each answer anew.

The middleware keeps the final bytes (after compression) of successful answers to
``POST /_dash-update-component``, keyed by

- the body (its JSON with sorted keys, so that key order and spacing do not matter);
- the encoding the client accepts (``br``, ``gzip`` or none), since the bytes are encoded;
- the host and scheme the client used (the embed dialog writes absolute addresses);
- the identity of the data bundle being served: reloaded data is a new bundle, and no
  answer of the old one is ever served again.

Answers say ``X-Cache: hit`` or ``miss`` (for the load figures and for operators).
Least recently used entries go first when the cache holds more than ``max_bytes``.
Answers that are not 200/204, set cookies, or are larger than ``max_entry`` are not kept.
"""

from __future__ import annotations

import hashlib
import io
import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable

from .server import MAX_BODY_BYTES  # longer bodies pass straight to the app (413)

CALLBACK_PATH = "/_dash-update-component"
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
DEFAULT_MAX_ENTRY = 2 * 1024 * 1024


def _canonical(body: bytes) -> bytes:
    """The JSON body with sorted keys and no spaces: the same request from two clients (or
    from the warm-up) has the same key however it was written."""
    try:
        return json.dumps(json.loads(body), sort_keys=True, separators=(",", ":")).encode()
    except (ValueError, RecursionError):
        return body


def _encoding(accept: str) -> str:
    accept = accept.lower()
    return "br" if "br" in accept else "gzip" if "gzip" in accept else ""


class ResponseCache:
    def __init__(
        self,
        app: Callable,
        token: Callable[[], object],
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_entry: int = DEFAULT_MAX_ENTRY,
        path_prefix: str = "",
    ):
        self.app = app
        self.token = token
        """The identity of the data being served (the current bundle)."""
        self.max_bytes, self.max_entry = max_bytes, max_entry
        self.path = path_prefix.rstrip("/") + CALLBACK_PATH
        self._entries: OrderedDict[bytes, tuple[object, str, list, bytes]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()
        self._token: object = None
        self.hits = self.misses = 0

    # ------------------------------------------------------------------------- the cache

    def _key(self, environ: dict, body: bytes) -> bytes:
        h = hashlib.blake2b(digest_size=20)
        for part in (
            _encoding(environ.get("HTTP_ACCEPT_ENCODING", "")),
            environ.get("wsgi.url_scheme", ""),
            environ.get("HTTP_HOST", ""),
            environ.get("HTTP_X_FORWARDED_HOST", ""),
            environ.get("HTTP_X_FORWARDED_PROTO", ""),
            environ.get("CONTENT_TYPE", ""),
        ):
            h.update(part.encode("latin-1", "replace") + b"\0")
        h.update(_canonical(body))
        return h.digest()

    def get(self, key: bytes, token: object):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] is not token:
                return None
            self._entries.move_to_end(key)
            return entry

    def put(self, key: bytes, token: object, status: str, headers: list, body: bytes) -> None:
        if len(body) > self.max_entry:
            return
        with self._lock:
            old = self._entries.pop(key, None)
            if old is not None:
                self._size -= len(old[3])
            self._entries[key] = (token, status, headers, body)
            self._size += len(body)
            while self._size > self.max_bytes and self._entries:
                _, dropped = self._entries.popitem(last=False)
                self._size -= len(dropped[3])

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._size = 0

    def __len__(self) -> int:
        return len(self._entries)

    # ------------------------------------------------------------------------------ WSGI

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if environ.get("REQUEST_METHOD") != "POST" or environ.get("PATH_INFO") != self.path:
            return self.app(environ, start_response)
        try:
            length = int(environ.get("CONTENT_LENGTH") or -1)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY_BYTES:  # unknown or too long: the app decides
            return self.app(environ, start_response)
        body = environ["wsgi.input"].read(length)
        environ["wsgi.input"] = io.BytesIO(body)
        token = self.token()
        if token is not self._token:  # new data: drop every answer built from the old
            self.clear()
            self._token = token
        key = self._key(environ, body)
        hit = self.get(key, token)
        if hit is not None:
            self.hits += 1
            _, status, headers, payload = hit
            start_response(status, [*headers, ("X-Cache", "hit")])
            return [payload]
        self.misses += 1
        captured: dict = {}

        def capture(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, list(headers)
            return start_response(status, [*headers, ("X-Cache", "miss")], exc_info)

        chunks = self.app(environ, capture)
        try:
            payload = b"".join(chunks)
        finally:
            close = getattr(chunks, "close", None)
            if close is not None:
                close()
        status = captured.get("status", "")
        headers = captured.get("headers", [])
        if status[:3] in ("200", "204") and not any(
            name.lower() == "set-cookie" for name, _ in headers
        ):
            self.put(key, token, status, headers, payload)
        return [payload]
