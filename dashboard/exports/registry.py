"""Which views can be exported, in which parts and formats, and how (pure; no Dash).

A view is one module in ``dashboard/exports/views/`` that calls :func:`register` with a
:class:`ViewSpec`: its page path (a regular expression with named groups for path variables),
its parts (``map``, ``ranking``, other charts, ``table``, ``deck``) with the formats of each,
and one ``build`` function. Adding a view (``/vergleich``, ``/index`` …) is one new module.

:func:`resolve` turns what a user has (a full URL, a path with query, or a bare query of the
main view) into a :class:`ViewRequest`; :func:`build_export` makes the file. Every problem
with the request is an :class:`ExportRequestError` with a one-line message (HTTP 400, CLI
exit 1); a slow or failed renderer is a ``render.ExportError`` (HTTP 503, CLI exit 1).
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit

from ..data.bundle import Bundle
from ..i18n import DEFAULT_LANG, LANGS
from .render import DEFAULT_TIMEOUT

FORMATS = ("png", "svg", "pdf", "pptx", "csv", "xlsx")
IMAGES = ("png", "svg", "pdf")
TABLES = ("csv", "xlsx")
MIMETYPES = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
DEFAULT_PART = {
    "png": "map",
    "svg": "map",
    "pdf": "map",
    "pptx": "deck",
    "csv": "table",
    "xlsx": "table",
}


class ExportRequestError(ValueError):
    """A request that cannot be exported (unknown view, part, format or page);
    ``str()`` is one line for the user."""


@dataclass(frozen=True)
class ViewRequest:
    view: str
    """A registered view name (``main``, ``profile``)."""
    path: str
    """The page path, e.g. ``/`` or ``/raum/AR01``."""
    query: dict[str, str]
    """The page's own query parameters (last value wins, as in the browser)."""
    lang: str
    args: dict[str, str] = field(default_factory=dict)
    """Path variables, e.g. ``{"space": "AR01"}``."""


@dataclass(frozen=True)
class Export:
    content: bytes
    filename: str
    mimetype: str


@dataclass(frozen=True)
class Context:
    base_url: str
    now: datetime
    timeout: float


@dataclass(frozen=True)
class ViewSpec:
    name: str
    pattern: str
    """Regular expression of the page path; named groups become ``ViewRequest.args``."""
    parts: dict[str, tuple[str, ...]]
    build: Callable[[Bundle, ViewRequest, str, str, Context], Export]
    path_of: Callable[[dict[str, str]], str]
    """Page path from the path variables (the HTTP route carries them in the query)."""
    arg_names: tuple[str, ...] = ()


VIEWS: dict[str, ViewSpec] = {}


def register(spec: ViewSpec) -> ViewSpec:
    VIEWS[spec.name] = spec
    return spec


_loaded = False


def views() -> dict[str, ViewSpec]:
    """Every view module of ``dashboard/exports/views`` (imported once)."""
    global _loaded
    if not _loaded:
        from . import views as package

        for info in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{info.name}")
        _loaded = True
    return VIEWS


def _lang(query: dict[str, str]) -> str:
    lang = query.get("lang", DEFAULT_LANG)
    return lang if lang in LANGS else DEFAULT_LANG


def resolve(url_or_query: str) -> ViewRequest:
    """A full URL (``http://host/raum/AR01?lang=en``), a path with query (``/?ind=…``) or
    a bare query (``?ind=…`` or ``ind=…``: the main view)."""
    text = (url_or_query or "").strip()
    if not text:
        raise ExportRequestError("no view given: pass a permalink, a path or a query")
    if "://" not in text and not text.startswith("/"):
        text = "/?" + text.lstrip("?")
    parts = urlsplit(text)
    path = parts.path.rstrip("/") or "/"
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    for spec in views().values():
        match = re.fullmatch(spec.pattern, path)
        if match:
            return ViewRequest(spec.name, path, query, _lang(query), match.groupdict())
    known = ", ".join(s.pattern.replace("(?P<space>[^/]+)", "<id>") for s in views().values())
    raise ExportRequestError(f"no exportable view at {path!r} (exportable: {known})")


def request_for(view: str, query: dict[str, str]) -> ViewRequest:
    """The request of the HTTP route ``/export/<view>/<part>.<fmt>?<query>``: path variables
    travel in the query (``/export/profile/deck.pptx?space=AR01&lang=en``)."""
    spec = views().get(view)
    if spec is None:
        raise ExportRequestError(f"unknown view {view!r} (choose {', '.join(views())})")
    query = dict(query)
    args = {}
    for name in spec.arg_names:
        value = query.pop(name, "")
        if not value:
            raise ExportRequestError(f"the {view} export needs the parameter {name!r}")
        args[name] = value
    return ViewRequest(view, spec.path_of(args), query, _lang(query), args)


def export_path(request: ViewRequest, part: str, fmt: str) -> str:
    """The HTTP address of an export of ``request`` (inverse of :func:`request_for`)."""
    query = {**request.args, **request.query}
    return f"/export/{request.view}/{part}.{fmt}" + (f"?{urlencode(query)}" if query else "")


def check(request: ViewRequest, part: str | None, fmt: str) -> str:
    """The part (default: by format) after checking that the view offers it in ``fmt``."""
    spec = views()[request.view]
    if fmt not in FORMATS:
        raise ExportRequestError(f"unknown format {fmt!r} (choose {', '.join(FORMATS)})")
    part = part or DEFAULT_PART[fmt]
    if part not in spec.parts:
        raise ExportRequestError(
            f"the {request.view} view has no part {part!r} (choose {', '.join(spec.parts)})"
        )
    if fmt not in spec.parts[part]:
        raise ExportRequestError(
            f"{part} is not available as {fmt.upper()} (choose {', '.join(spec.parts[part])})"
        )
    return part


def build_export(
    bundle: Bundle,
    request: ViewRequest,
    part: str | None,
    fmt: str,
    base_url: str,
    now: datetime,
    timeout: float = DEFAULT_TIMEOUT,
) -> Export:
    part = check(request, part, fmt)
    context = Context(base_url.rstrip("/"), now, timeout)
    return views()[request.view].build(bundle, request, part, fmt, context)


# ---------------------------------------------------------------------------- file names

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe"})


def slug(text: str) -> str:
    """'Kinder unter 15 (SGB II)' -> 'kinder-unter-15-sgb-ii'; umlauts become ae/oe/ue."""
    text = str(text).translate(_UMLAUTS).replace("Ü", "ue")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


PART_WORDS = {"map": "karte", "ranking": "rangfolge", "chart": "profil"}


def export_filename(*pieces: str, part: str = "", ext: str) -> str:
    """``aktionsplan_<piece>_<piece>…[_<part>].<ext>``, each piece a slug: e.g.
    ``export_filename("children_u15_sgb2", "2024", "raeume", ext="pptx")`` ->
    ``aktionsplan_children-u15-sgb2_2024_raeume.pptx``; a chart adds its part
    (``_karte``, ``_rangfolge``); the deck and the table do not."""
    words = [slug(p) for p in pieces if p]
    if part and part not in ("deck", "table"):
        words.append(PART_WORDS.get(part, slug(part)))
    return "_".join(["aktionsplan", *words]) + f".{ext}"
