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

MISSING_REASONS = ("broken_in_source", "not_published", "suppressed")
DIRECTIONS = (1, -1, 0)
"""1: a higher value means more need; -1: a lower value means more need; 0: context only."""
