"""Check a Dash callback request before Dash runs it: structure and value types.

Our own front end only ever sends well-formed requests; anything else (a list where a string
belongs, a pathname without ``/``, missing fields, ids that do not match the callback) is a
client error and gets a 400 from ``server.harden`` instead of reaching the callback and
ending as a 500.

Value rules come from two places: the property name (``search``, ``pathname``, ``n_clicks``,
``clickData``, …) and the component type of the id, found by walking the pages' layouts once
(:func:`component_types`): e.g. a ``Checklist`` value is a list of scalars, a ``RadioItems``
value one scalar.
"""

from __future__ import annotations

import math
from collections.abc import Callable

MAX_TEXT = 4096
"""Longest string a property may carry (a permalink query is < 1 KB)."""
MAX_LIST = 200

Scalar = (str, int, float, bool, type(None))


def _scalar(v) -> bool:
    if isinstance(v, float) and not math.isfinite(v):
        return False
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 2**53:
        return False
    return isinstance(v, Scalar) and (not isinstance(v, str) or len(v) <= MAX_TEXT)


def _text_or_none(v) -> bool:
    return v is None or (isinstance(v, str) and len(v) <= MAX_TEXT)


def _scalar_list(v) -> bool:
    return isinstance(v, list) and len(v) <= MAX_LIST and all(_scalar(x) for x in v)


def _scalar_or_list(v) -> bool:
    return _scalar(v) or _scalar_list(v)


def _count(v) -> bool:
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 2**53)


def _object_or_none(v) -> bool:
    return v is None or isinstance(v, dict)


PROPERTY_RULES: dict[str, tuple[Callable[[object], bool], str]] = {
    "search": (_text_or_none, "a query string"),
    "hash": (_text_or_none, "a fragment"),
    "href": (_text_or_none, "a URL"),
    "pathname": (
        lambda v: isinstance(v, str) and v.startswith("/") and len(v) <= MAX_TEXT,
        "a path starting with /",
    ),
    "n_clicks": (_count, "a click count"),
    "n_submit": (_count, "a count"),
    "n_blur": (_count, "a count"),
    "n_clicks_timestamp": (lambda v: v is None or isinstance(v, (int, float)), "a time stamp"),
    "clickData": (_object_or_none, "an object"),
    "hoverData": (_object_or_none, "an object"),
    "click_feature": (_object_or_none, "an object"),
    "is_open": (lambda v: v is None or isinstance(v, bool), "true or false"),
    "open": (lambda v: v is None or isinstance(v, bool), "true or false"),
}
VALUE_RULES: dict[str, tuple[Callable[[object], bool], str]] = {
    "Checklist": (lambda v: v is None or _scalar_list(v), "a list of values"),
    "RadioItems": (_scalar, "one value"),
    "Input": (_scalar, "one value"),
    "Textarea": (_text_or_none, "a text"),
    "Slider": (lambda v: v is None or (isinstance(v, (int, float)) and _scalar(v)), "a number"),
    "RangeSlider": (lambda v: v is None or _scalar_list(v), "a list of numbers"),
}


def value_rule(component: tuple[str, bool] | None) -> tuple[Callable[[object], bool], str]:
    """The rule for a ``value`` of a component (type name, multi flag)."""
    if component is None:
        return _scalar_or_list, "a value or a list of values"
    kind, multi = component
    if kind == "Dropdown":
        return (
            (lambda v: v is None or _scalar_list(v) or _scalar(v), "a list of values")
            if multi
            else (_scalar, "one value")
        )
    return VALUE_RULES.get(kind, (_scalar_or_list, "a value or a list of values"))


def component_types(layouts) -> dict[str, tuple[str, bool]]:
    """id → (component type, multi) for every component with a string id in ``layouts``."""
    found: dict[str, tuple[str, bool]] = {}

    def walk(node, depth=0):
        if depth > 200 or node is None:
            return
        if isinstance(node, (list, tuple)):
            for child in node:
                walk(child, depth + 1)
            return
        node_id = getattr(node, "id", None)
        if isinstance(node_id, str) and hasattr(node, "_type"):
            found[node_id] = (node._type, bool(getattr(node, "multi", False)))
        for attr in ("children", "content", "header", "footer"):
            child = getattr(node, attr, None)
            if child is not None and not isinstance(child, (str, int, float)):
                walk(child, depth + 1)

    for layout in layouts:
        walk(layout)
    return found


def _same_id(sent, declared) -> bool:
    return sent == declared or (isinstance(declared, dict) and isinstance(sent, dict))


def check_callback(body, callback_map: dict, components: dict[str, tuple[str, bool]]) -> str | None:
    """None if ``body`` is a well-formed request for a known callback, else why not."""
    if not isinstance(body, dict):
        return "the body is not a JSON object"
    output = body.get("output")
    callback = callback_map.get(output) if isinstance(output, str) else None
    if callback is None:
        return "unknown output"
    if not callable(callback.get("callback")):
        return "this callback runs in the browser"
    outputs = body.get("outputs")
    multi = output.startswith("..")
    n_out = len(output.strip(".").split("...")) if multi else 1
    if multi:
        if not isinstance(outputs, list) or len(outputs) != n_out:
            return "outputs must list every output"
        if not all(isinstance(o, (dict, list)) for o in outputs):
            return "malformed outputs"
    elif outputs is not None and not isinstance(outputs, dict):
        return "outputs must be one object"
    for key in ("inputs", "state"):
        sent = body.get(key, [])
        declared = callback[key]
        if not isinstance(sent, list) or len(sent) != len(declared):
            return f"{key} must have {len(declared)} items"
        for item, dec in zip(sent, declared, strict=True):
            problem = _check_item(item, dec, components)
            if problem:
                return problem
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(c, str) for c in changed):
        return "changedPropIds must be a list of texts"
    return None


def _check_item(item, declared: dict, components) -> str | None:
    if isinstance(item, list):  # pattern-matching ALL: a list of items
        for sub in item:
            problem = _check_item(sub, declared, components)
            if problem:
                return problem
        return None
    if not isinstance(item, dict) or "property" not in item or "id" not in item:
        return "each input needs an id and a property"
    if item["property"] != declared["property"] or not _same_id(item["id"], declared["id"]):
        return f"input {declared['id']}.{declared['property']} expected at this position"
    if "value" not in item:
        return None  # Dash passes None for a missing value
    value, prop = item["value"], item["property"]
    if prop == "value" and isinstance(item["id"], str):
        rule, expected = value_rule(components.get(item["id"]))
    else:
        rule, expected = PROPERTY_RULES.get(prop, (lambda v: True, ""))
    if not rule(value):
        return f"{item['id']}.{prop} must be {expected}"
    return None
