"""One URL-parameter parser for every view (pure; no Dash).

A view declares its parameters once as :class:`Param` objects: the URL name, the state field,
how a text becomes a value (which also decides what is allowed), the default, and the notice
shown when a value is ignored. :func:`parse_query` turns a query into a state dataclass and a
list of :class:`Ignored` parameters; :func:`to_query` is its inverse. A shared link never
breaks a page: what does not fit falls back to the default and is reported.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from typing import Any
from urllib.parse import parse_qs, urlencode

from ..data.numbers import parse_number

Context = Any
"""What the choices depend on (e.g. the data bundle)."""


@dataclass(frozen=True)
class Ignored:
    key: str
    notice: str
    """i18n key of the reason shown to the user."""


@dataclass(frozen=True)
class Param:
    key: str
    """Name in the URL."""
    field: str
    """Attribute of the view's state dataclass."""
    parse: Callable[[str, Context, Any], Any]
    """text, context, state so far -> value; raises ValueError when the text is not allowed."""
    write: Callable[[Any], str] = str
    default: Callable[[Context, Any], Any] | None = None
    """Default depending on the context and the state so far; None: the dataclass default."""
    notice: str = "notice_value"
    """i18n key of the notice when a value is ignored."""
    always: bool = False
    """Written to the URL even at its default (e.g. the indicator, for stable links)."""


def one_of(choices: Callable[[Context, Any], Iterable[str]]):
    def parse(text: str, ctx, state) -> str:
        if text not in set(choices(ctx, state)):
            raise ValueError(text)
        return text

    return parse


def many_of(choices: Callable[[Context, Any], Iterable[str]]):
    """Comma-separated subset, sorted and without duplicates."""

    def parse(text: str, ctx, state) -> tuple[str, ...]:
        items = tuple(sorted({p for p in text.split(",") if p}))
        if not items or not set(items) <= set(choices(ctx, state)):
            raise ValueError(text)
        return items

    return parse


def integer(lo: int, hi: int):
    def parse(text: str, ctx, state) -> int:
        value = int(text)
        if not lo <= value <= hi:
            raise ValueError(text)
        return value

    return parse


def numbers(max_count: int):
    """Comma-separated finite numbers in URL form (``12.5,30``), sorted and unique."""

    def parse(text: str, ctx, state) -> tuple[float, ...]:
        parsed = {parse_number(p, "en") for p in text.split(",") if p.strip()}
        if None in parsed:
            raise ValueError(text)
        values = tuple(sorted(parsed))
        if not 0 < len(values) <= max_count or not all(map(math.isfinite, values)):
            raise ValueError(text)
        return values

    return parse


def write_numbers(values: tuple[float, ...]) -> str:
    return ",".join(f"{v:g}" for v in values)


def write_items(values: tuple[str, ...]) -> str:
    return ",".join(values)


def query_dict(query: dict | str) -> dict:
    """A query as ``{key: last value}`` (a '?a=b' string or the dict Dash Pages passes)."""
    if isinstance(query, str):
        return {k: v[-1] for k, v in parse_qs(query.lstrip("?"), keep_blank_values=True).items()}
    return dict(query)


def parse_query(
    state_type: type, params: tuple[Param, ...], query: dict | str, ctx: Context
) -> tuple[Any, list[Ignored]]:
    """The state for a query; parameters are read in declaration order (later ones may
    depend on earlier ones). Unknown keys and values that don't fit are ignored."""
    q = query_dict(query)
    known = {p.key for p in params}
    ignored = [Ignored(k, "notice_unknown") for k in q if k not in known]
    state = state_type()
    for p in params:
        text = q.get(p.key)
        value = None
        if isinstance(text, str) and text.strip():
            try:
                value = p.parse(text.strip(), ctx, state)
            except (TypeError, ValueError, KeyError):
                ignored.append(Ignored(p.key, p.notice))
        elif text is not None and not isinstance(text, str):
            ignored.append(Ignored(p.key, p.notice))
        if value is None and p.default is not None:
            value = p.default(ctx, state)
        if value is not None:
            state = replace(state, **{p.field: value})
    order = list(q)
    ignored.sort(key=lambda i: order.index(i.key) if i.key in order else len(order))
    return state, ignored


def to_query(params: tuple[Param, ...], state: Any, ctx: Context) -> str:
    """The query string of a state; parameters at their default are left out."""
    blank = type(state)()
    out = {}
    partial = blank
    for p in params:
        value = getattr(state, p.field)
        default = p.default(ctx, partial) if p.default is not None else getattr(blank, p.field)
        partial = replace(partial, **{p.field: value})
        if value in (None, "", ()) or (value == default and not p.always):
            continue
        out[p.key] = p.write(value)
    return "?" + urlencode(out, safe=",")


def lang_switch_query(params: tuple[Param, ...], state: Any, ctx: Context) -> str:
    """The query of the same view in the other language (for the language switch)."""
    return to_query(params, replace(state, lang="en" if state.lang == "de" else "de"), ctx)


def state_fields(state_type: type) -> list[str]:
    return [f.name for f in fields(state_type)]
