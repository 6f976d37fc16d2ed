"""Words of the public fact tables (space facts, contacts, history), German and English."""

from __future__ import annotations

FACT_KINDS: dict[str, tuple[str, str]] = {
    "staff_role": ("Personal vor Ort", "Staff on site"),
    "responsible_department": ("Zuständige Stelle", "Responsible office"),
    "since": ("Im Aktionsplan seit", "In the action plan since"),
    "focus_need": ("Bedarf und Ziele", "Needs and aims"),
    "potential": ("Stärken", "Strengths"),
    "project": ("Projekte", "Projects"),
    "network": ("Netzwerke und Orte", "Networks and places"),
    "funding": ("Geld", "Money"),
    "process_step": ("Verlauf", "Course of events"),
    "population": ("Einwohnerzahl", "Population"),
    "other": ("Weitere Fakten", "Further facts"),
}
"""Kinds of fact, with a heading for each (German, English), in display order."""

FACT_SCOPES: dict[str, tuple[str, str]] = {
    "space": ("gilt für den Raum", "applies to the space"),
    "together": (
        "gilt für mehrere Räume zusammen: nicht aufteilen, nicht addieren",
        "applies to several spaces together: do not split, do not add up",
    ),
    "each": (
        "gleiche Angabe für jeden der genannten Räume",
        "the same statement for each of the spaces named",
    ),
    "part": ("gilt für einen Teil des Raums", "applies to a part of the space"),
    "programme_area": (
        "gilt für ein Förder- oder Programmgebiet gleichen Namens; seine Grenze kann abweichen",
        "applies to a funding or programme area of the same name; its boundary may differ",
    ),
    "former_space": (
        "aus der Zeit des früheren Aktionsraums (bis 2020)",
        "from the time of the former action area (until 2020)",
    ),
}
"""What area a fact is about (``scope``)."""

FACT_UNITS: dict[str, tuple[str, str]] = {
    "EUR": ("€", "€"),
    "EUR_per_year": ("€ im Jahr", "€ a year"),
    "EUR_per_month": ("€ im Monat", "€ a month"),
    "percent": ("%", "%"),
    "persons": ("Personen", "people"),
    "places": ("Plätze", "places"),
    "count": ("Anzahl", "number"),
    "ha": ("ha", "ha"),
}
"""Units of ``value`` (German, English)."""

HISTORY_KINDS: dict[str, tuple[str, str]] = {
    "start": ("Beginn", "Start"),
    "office": ("Projektbüro", "Project office"),
    "decision": ("Beschluss", "Decision"),
    "process": ("Verlauf", "Process"),
}
"""Kinds of event in ``history.csv``."""
