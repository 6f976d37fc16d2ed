"""``HtmlBlock``: a ``<div>`` whose content is one HTML string (``assets/html_block.js``).

For the parts of a view that hold no Dash component: the main view's table, ranking, legend,
source line and selection panel (re-drawn on every change), and the export menus. The browser
parses one string several times faster than React builds the same elements as Dash
components, and the Dash renderer has nothing inside to keep track of. Every string comes
from this project's own builders, which escape every text they insert (``html.escape``);
nothing a user typed is inserted unescaped.
"""

from __future__ import annotations

from html import escape
from typing import ClassVar

from dash.development.base_component import Component, _explicitize_args


class HtmlBlock(Component):
    """A ``<div>`` with ``html`` as its content.

    Keyword arguments: ``id``, ``html`` (the content), ``className``, ``role``, ``hidden``
    and any ``aria-*`` or ``data-*`` attribute.
    """

    _children_props: ClassVar[list[str]] = []
    _base_nodes: ClassVar[list[str]] = ["children"]
    _namespace = "dashboard_html"
    _type = "HtmlBlock"

    @_explicitize_args
    def __init__(self, html=None, id=None, className=None, role=None, hidden=None, **kwargs):
        names = ["id", "html", "className", "role", "hidden", "aria-*", "data-*"]
        self._prop_names = names
        self._valid_wildcard_attributes = ["aria-", "data-"]
        self.available_properties = names
        self.available_wildcard_properties = ["aria-", "data-"]
        explicit = kwargs.pop("_explicit_args")
        values = {**locals(), **kwargs}
        super().__init__(**{k: values[k] for k in explicit})


class DocumentTitle(Component):
    """Sets the browser tab's title to ``title`` (renders nothing; ``assets/html_block.js``).
    Dash Pages' titles cannot see the query string; a callback output to this component
    names the indicator without a second, chained callback."""

    _children_props: ClassVar[list[str]] = []
    _base_nodes: ClassVar[list[str]] = ["children"]
    _namespace = "dashboard_html"
    _type = "DocumentTitle"

    @_explicitize_args
    def __init__(self, title=None, id=None, **kwargs):
        self._prop_names = ["id", "title"]
        self._valid_wildcard_attributes = []
        self.available_properties = ["id", "title"]
        self.available_wildcard_properties = []
        explicit = kwargs.pop("_explicit_args")
        values = {**locals(), **kwargs}
        super().__init__(**{k: values[k] for k in explicit})


# Dash props whose HTML attribute is named otherwise, and props that are not attributes
_ATTRIBUTES = {
    "className": "class",
    "htmlFor": "for",
    "tabIndex": "tabindex",
    "colSpan": "colspan",
    "rowSpan": "rowspan",
    "accessKey": "accesskey",
    "dateTime": "datetime",
}
_NOT_ATTRIBUTES = {
    "children",
    "n_clicks",
    "n_clicks_timestamp",
    "disable_n_clicks",
    "loading_state",
    "key",
    "refresh",
    "html",
}
_VOID = {"br", "hr", "img", "input", "wbr", "col", "area", "source", "track"}


def to_html(node) -> str:
    """A tree of ``dash.html`` components (and ``dcc.Link``, :class:`HtmlBlock`) as one HTML
    string, every text and attribute escaped. A ``dcc.Link`` becomes ``<a data-dash-link>``,
    which ``assets/html_block.js`` follows inside the app as the link would. Any other
    component raises ``TypeError``: it needs Dash to work and cannot be a string."""
    if node is None or node is False:
        return ""
    if isinstance(node, (list, tuple)):
        return "".join(to_html(n) for n in node)
    if isinstance(node, str):
        return escape(node, quote=False)
    if isinstance(node, (int, float)):
        return escape(str(node), quote=False)
    if not isinstance(node, Component):
        raise TypeError(f"{type(node).__name__} cannot be written as HTML")
    props = node.to_plotly_json()["props"]
    kind = (node._namespace, node._type)
    if kind[0] == "dash_html_components":
        tag = node._type.lower()
    elif kind == ("dash_core_components", "Link"):
        tag = "a"
        props = {**props, "data-dash-link": "reload" if props.get("refresh") else "push"}
    elif kind == ("dashboard_html", "HtmlBlock"):
        tag = "div"
    else:
        raise TypeError(f"{node._namespace}.{node._type} cannot be written as HTML")
    # in name order: the same tree gives the same string (Dash keeps no order of its own)
    attrs = "".join(_attribute(k, v) for k, v in sorted(props.items()) if k not in _NOT_ATTRIBUTES)
    if tag in _VOID:
        return f"<{tag}{attrs}>"
    if kind[0] == "dashboard_html":
        inner = props.get("html") or ""  # already HTML, escaped by its builder
    else:
        inner = to_html(props.get("children"))
    return f"<{tag}{attrs}>{inner}</{tag}>"


def _attribute(name: str, value) -> str:
    if value is None or value is False:
        return ""
    name = _ATTRIBUTES.get(name, name)
    if value is True:
        return f" {name}"
    if name == "style":
        value = ";".join(f"{_kebab(k)}:{v}" for k, v in value.items())
    return f' {name}="{escape(str(value))}"'


def _kebab(name: str) -> str:
    """``borderColor`` -> ``border-color`` (CSS custom properties stay as they are)."""
    if name.startswith("--"):
        return name
    return "".join(f"-{c.lower()}" if c.isupper() else c for c in name)
