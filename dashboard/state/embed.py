"""The embed snippet: which embed URL belongs to a page and its query, and the ``<iframe>``
code (pure; no Dash)."""

from __future__ import annotations

from html import escape

from ..data.bundle import Bundle
from .main import parse_state, state_query
from .profile import parse_profile, profile_query

MIN_SIZE, MAX_SIZE = 200, 2000
DEFAULT_SIZE = {"map": (600, 450), "ranking": (600, 450), "profile": (800, 900)}
# --- /index ---
DEFAULT_SIZE |= {"index": (700, 800), "hotspots": (600, 450)}
# --- end /index ---


def size(value, default: int) -> int:
    """A width or height in pixels within 200–2000 (default for what is not a number)."""
    try:
        number = int(float(value))
    except (TypeError, ValueError):
        return default
    return min(MAX_SIZE, max(MIN_SIZE, number))


def embed_path(bundle: Bundle, page_path: str, search: str, choice: str) -> str | None:
    """The embed of a page of the full dashboard, with the page's state as its query:
    ``/`` -> ``/embed/map?...`` or ``/embed/ranking?...`` (``choice``), ``/raum/AR02`` ->
    ``/embed/profile/AR02?...``. None for a page without an embed."""
    page_path = (page_path or "/").rstrip("/") or "/"
    if page_path == "/" and choice in ("map", "ranking"):
        query = state_query(parse_state(search or "", bundle)[0], bundle)
        return f"/embed/{choice}{query}"
    if page_path.startswith("/raum/"):
        space_id = page_path.removeprefix("/raum/")
        if space_id not in set(bundle.spaces.space_id):
            return None
        query = profile_query(parse_profile(search or "", bundle)[0], bundle)
        return f"/embed/profile/{space_id}" + ("" if query == "?" else query)
    # --- /index ---
    if page_path == "/index" and choice in ("index", "hotspots"):
        from .index import index_embed_query

        return f"/embed/{choice}{index_embed_query(bundle, search, choice)}"
    # --- end /index ---
    return None


def iframe_snippet(src: str, title: str, width: int, height: int) -> str:
    """The ``<iframe>`` code to paste into another page."""
    return (
        f'<iframe src="{escape(src)}" title="{escape(title)}" width="{int(width)}" '
        f'height="{int(height)}" loading="lazy" style="border:0"></iframe>'
    )
