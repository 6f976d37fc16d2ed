"""The callback answer cache (``dashboard/response_cache.py``) against a counting WSGI app."""

from __future__ import annotations

import io

from dashboard.response_cache import CALLBACK_PATH, ResponseCache


class CountingApp:
    def __init__(self, status="200 OK", headers=None):
        self.calls = 0
        self.status = status
        self.headers = headers or [("Content-Type", "application/json")]

    def __call__(self, environ, start_response):
        self.calls += 1
        body = environ["wsgi.input"].read()
        start_response(self.status, list(self.headers))
        return [b"answer:", body, f":{self.calls}".encode()]


def call(app, body=b'{"a":1}', path=CALLBACK_PATH, method="POST", **extra):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        "wsgi.url_scheme": "http",
        "HTTP_HOST": "127.0.0.1",
        **extra,
    }
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["status"] = status
        seen["headers"] = dict(headers)

    out = b"".join(app(environ, start_response))
    call.headers = seen["headers"]
    return seen["status"], out


class Token:
    def __init__(self):
        self.value = object()

    def __call__(self):
        return self.value


def test_the_same_body_is_built_once_and_answered_with_the_same_bytes():
    inner, token = CountingApp(), Token()
    cache = ResponseCache(inner, token)
    first = call(cache)
    assert call.headers["X-Cache"] == "miss"
    second = call(cache)
    assert call.headers["X-Cache"] == "hit"
    assert first == second == ("200 OK", b'answer:{"a":1}:1')
    assert inner.calls == 1 and (cache.hits, cache.misses) == (1, 1)
    call(cache, body=b'{"a":2}')
    assert inner.calls == 2


def test_encoding_host_and_new_data_are_part_of_the_key():
    inner, token = CountingApp(), Token()
    cache = ResponseCache(inner, token)
    call(cache, HTTP_ACCEPT_ENCODING="gzip, br")
    call(cache, HTTP_ACCEPT_ENCODING="br")  # the same encoding chosen: a hit
    assert inner.calls == 1
    call(cache, HTTP_ACCEPT_ENCODING="gzip")
    call(cache, HTTP_ACCEPT_ENCODING="")
    call(cache, HTTP_ACCEPT_ENCODING="", HTTP_HOST="example.org")
    assert inner.calls == 4
    token.value = object()  # reloaded data: nothing of the old bundle is served again
    _status, out = call(cache, HTTP_ACCEPT_ENCODING="br")
    assert out.endswith(b":5") and len(cache) == 1


def test_failures_cookies_other_routes_and_long_bodies_are_not_kept():
    for inner in (
        CountingApp("400 BAD REQUEST"),
        CountingApp("500 INTERNAL SERVER ERROR"),
        CountingApp(headers=[("Set-Cookie", "a=b")]),
    ):
        cache = ResponseCache(inner, Token())
        call(cache)
        call(cache)
        assert inner.calls == 2 and len(cache) == 0
    inner = CountingApp()
    cache = ResponseCache(inner, Token())
    call(cache, path="/_dash-layout", method="GET")
    call(cache, path="/_dash-layout", method="GET")
    call(cache, body=b"x" * (300 * 1024))  # longer than the app accepts: straight through
    call(cache, body=b"x" * (300 * 1024))
    assert inner.calls == 4 and len(cache) == 0


def test_least_recently_used_answers_go_first():
    inner = CountingApp()
    cache = ResponseCache(inner, Token(), max_bytes=60)
    for i in range(3):
        call(cache, body=f'{{"a":{i}}}'.encode())  # 18-19 bytes each
    call(cache, body=b'{"a":0}')  # touch 0: 1 is now the oldest
    call(cache, body=b'{"a":3}')
    assert cache._size <= 60
    calls = inner.calls
    call(cache, body=b'{"a":0}')
    assert inner.calls == calls  # still there
    call(cache, body=b'{"a":1}')
    assert inner.calls == calls + 1  # dropped


def test_key_order_and_spacing_of_the_json_body_do_not_matter():
    inner = CountingApp()
    cache = ResponseCache(inner, Token())
    call(cache, body=b'{"a": 1, "b": [1, 2]}')
    call(cache, body=b'{"b":[1,2],"a":1}')
    assert inner.calls == 1
    call(cache, body=b'{"b":[2,1],"a":1}')  # a different request
    call(cache, body=b"not json")
    assert inner.calls == 3
