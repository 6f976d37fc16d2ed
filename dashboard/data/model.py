"""Domain words used across the project: fields of action, directions, confidence levels."""

from __future__ import annotations

HANDLUNGSFELDER: dict[str, dict[str, str]] = {
    "arbeit": {
        "de": "Arbeit und Beschäftigung im Quartier",
        "en": "Work and employment in the neighbourhood",
    },
    "kinder": {
        "de": "Eltern und Kinder stärken – Kinderarmut bekämpfen",
        "en": "Strengthening parents and children – fighting child poverty",
    },
    "zusammenhalt": {
        "de": "Sozialen Zusammenhalt im Quartier stärken",
        "en": "Strengthening social cohesion in the neighbourhood",
    },
    "kontext": {"de": "Kontext (Bevölkerung, Wohnen)", "en": "Context (population, housing)"},
}
"""The three fields of action of the Aktionsplan, plus context indicators, in display order."""

MEMBERSHIP_CONFIDENCE = ("documented", "inferred", "guess", "unknown")
"""How well we know which statistical units make up a space, best first."""

CONFIDENCE = ("high", "medium", "low")
SPACE_TYPES = ("Aktionsraum", "Aktionsquartier")
SPACE_STATUS = ("current", "former")
SPACE_RELATIONS = ("member", "contains_quartier")
"""``member``: the unit belongs to the space. ``contains_quartier``: the space (an
Aktionsquartier) is a quarter somewhere inside this unit; its own boundary is not public."""

MISSING_REASONS = ("broken_in_source", "not_published", "suppressed", "zero_in_source")
MISSING_REASON_TEXT: dict[str, tuple[str, str]] = {
    "broken_in_source": ("in der Quelle defekt", "broken in source"),
    "not_published": ("nicht veröffentlicht", "not published"),
    "suppressed": ("geheim gehalten", "suppressed"),
    "zero_in_source": (
        "0 in der Quelle, vermutlich unterdrückt",
        "0 in the source, probably suppressed",
    ),
}
"""Why a value is missing, as shown to users (German, English). ``zero_in_source``: the
source prints 0, but the indicator's zero rule does not trust it (see the catalogue's
``zero_rule``); such a value is not classified, ranked or counted in the city reference."""

ZERO_RULES = ("zero_is_missing", "zero_is_value", "zero_if_consistent")
"""How an exact 0 in the source is read, per catalogue row (``zero_rule``)."""

DIRECTIONS = (1, -1, 0)
"""1: a higher value means more need; -1: a lower value means more need; 0: context only."""

FACT_CONFIDENCE: dict[str, tuple[str, str]] = {
    "stated": (
        "so in der genannten Quelle angegeben",
        "stated so in the cited source",
    ),
    "derived": (
        "vom Projekt aus einer angegebenen Zahl berechnet",
        "computed by the project from a stated figure",
    ),
    "assigned": (
        "Zahl in der Quelle angegeben; die Zuordnung zum Raum ist eine Setzung des Projekts",
        "figure stated in the source; its assignment to the space is the project's",
    ),
}
"""Confidence of a fact (funding, resources, populations), in the project's own words."""

SPACE_MATCH: dict[str, tuple[str, str]] = {
    "by_name": (
        "Gebiet trägt den Namen des Raums; seine Grenze kann abweichen",
        "the area carries the space's name; its boundary may differ",
    ),
    "several": (
        "gilt für mehrere Räume zusammen; nicht aufteilen",
        "applies to several spaces together; do not split",
    ),
}
"""How a funding fact was linked to a space (``space_match``)."""

POPULATION_SCOPES: dict[str, tuple[str, str]] = {
    "space": ("für den Raum selbst angegeben", "stated for the space itself"),
    "several_spaces": (
        "für mehrere Räume zusammen: nicht aufteilen, nicht addieren",
        "for several spaces together: do not split, do not add up",
    ),
    "stat_bezirk": (
        "für den statistischen Bezirk, der dem Raum gleichgesetzt ist",
        "for the statistischer Bezirk taken as the space",
    ),
    "part": ("für einen Teil des Raums", "for a part of the space"),
    "quarter": (
        "für ein gleichnamiges Quartier, dessen Grenze abweichen kann",
        "for a quarter of the same name whose boundary may differ",
    ),
}
"""What area a population figure of ``space_population.csv`` is for (``scope``)."""
