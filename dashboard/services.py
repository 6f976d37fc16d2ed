"""The one data store of this process, set by ``create_app``; pages read through it."""

from __future__ import annotations

from .data.bundle import Bundle
from .data.store import BundleStore

_store: BundleStore | None = None


def set_store(store: BundleStore) -> None:
    global _store
    _store = store


def current_bundle() -> Bundle:
    if _store is None:
        raise RuntimeError("create_app() has not set the data store yet")
    return _store.get()
