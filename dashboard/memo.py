"""A small per-bundle LRU cache for pure functions of ``(bundle, key)`` (thread-safe).

One state change of the main view feeds several callbacks; each computes the same view once.
A new bundle (reloaded data) never sees results of the old one.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

T = TypeVar("T")


def per_bundle(maxsize: int = 128) -> Callable[[Callable[..., T]], Callable[..., T]]:
    def decorate(fn: Callable[..., T]) -> Callable[..., T]:
        cache: OrderedDict = OrderedDict()
        lock = threading.Lock()

        @wraps(fn)
        def wrapper(bundle, key):
            token = (id(bundle), key)
            with lock:
                hit = cache.get(token)
                if hit is not None and hit[0] is bundle:
                    cache.move_to_end(token)
                    return hit[1]
            value = fn(bundle, key)
            with lock:
                cache[token] = (bundle, value)
                while len(cache) > maxsize:
                    cache.popitem(last=False)
            return value

        wrapper.cache_clear = cache.clear  # type: ignore[attr-defined]
        return wrapper

    return decorate
