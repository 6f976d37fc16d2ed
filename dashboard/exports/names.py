"""Short German words for indicators in export file names (pure).

Issue 9 asks for file names that say what they are, e.g.
``aktionsplan_kinder-sgb2_2024_raeume.pptx`` rather than the indicator id
(``children-u15-sgb2``). :data:`INDICATOR_SLUGS` names every indicator of the shipped
catalogue (a unit test fails when a new one has no name yet); an indicator the city imports
itself falls back to the slug of its id.
"""

from __future__ import annotations

from .registry import slug

INDICATOR_SLUGS: dict[str, str] = {
    # Handlungsfeld work and employment
    "transfer_benefits": "transferleistungen",
    "unemployed": "arbeitslose",
    "unemployed_u25": "arbeitslose-u25",
    # children, youth and families
    "children_u15_sgb2": "kinder-sgb2",
    "gymnasium_transition": "gymnasialempfehlung",
    "households_with_children": "haushalte-kinder",
    "share_0_6": "anteil-0-6",
    "share_6_18": "anteil-6-18",
    # social cohesion
    "elderly_sgb12": "aeltere-sgb12",
    "single_households_65plus": "einpersonen-65plus",
    # context
    "share_18_30": "anteil-18-30",
    "share_65_80": "anteil-65-80",
    "share_80plus": "anteil-80plus",
    "female": "frauen",
    "average_age": "durchschnittsalter",
    "births": "geburten",
    "deaths": "sterbefaelle",
    "natural_balance": "natuerlicher-saldo",
    "living_space": "wohnflaeche",
    "new_flats": "neubauwohnungen",
    "building_density": "bebauungsdichte",
    "population_density": "einwohnerdichte",
}
"""Indicator id -> short German file-name word (``[a-z0-9-]+``, at most 20 characters)."""


def indicator_slug(indicator_id: str) -> str:
    """The short German word of an indicator for file names: ``children_u15_sgb2`` ->
    ``kinder-sgb2``; an id without an entry (a city's own import) -> ``slug(id)``."""
    return INDICATOR_SLUGS.get(indicator_id) or slug(indicator_id)
