"""The data sets of ``data/`` by key, for the public-data setting (pure; no Dash).

A data set is a group of files that belong together. ``DASHBOARD_PUBLIC_DATASETS`` names the
public ones: embeds (``/embed/...``) and the open-data ZIP show only those.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Dataset:
    key: str
    files: tuple[str, ...]
    label_de: str
    label_en: str


DATASETS: dict[str, Dataset] = {
    d.key: d
    for d in (
        Dataset(
            "geometry",
            ("units.geojson", "districts.geojson"),
            "Geometrie der 170 statistischen Unterbezirke und der 12 Stadtbezirke",
            "geometry of the 170 statistical units and the 12 Stadtbezirke",
        ),
        Dataset(
            "spaces",
            ("spaces.csv", "space_units.csv", "spaces.geojson"),
            "die Räume des Aktionsplans, ihre Unterbezirke und Umrisse",
            "the spaces of the Aktionsplan, their units and outlines",
        ),
        Dataset(
            "indicators",
            ("catalogue.csv", "indicators.csv", "city_reference.csv"),
            "Indikatoren: Katalog, Werte, städtischer Vergleichswert",
            "indicators: catalogue, values, city reference",
        ),
        Dataset(
            "population",
            ("population.csv", "space_population.csv"),
            "veröffentlichte Einwohnerzahlen",
            "published population figures",
        ),
        Dataset(
            "facts",
            ("space_facts.csv",),
            "öffentliche Fakten je Raum",
            "public facts per space",
        ),
        Dataset(
            "funding",
            ("funding.csv", "resources.csv"),
            "Förderung und Ressourcen (Geld, Personal)",
            "funding and resources (money, staff)",
        ),
        Dataset(
            "participation",
            ("contacts.csv", "history.csv"),
            "Mitmachen, Ansprechstellen und Geschichte",
            "taking part, contacts and history",
        ),
        Dataset(
            "programmes",
            ("programme_entries.csv", "programme_steps.csv", "programme_measures.csv"),
            "Aktionsprogramme (Bedarfe, Prozess, Maßnahmen)",
            "Aktionsprogramme (needs, process, measures)",
        ),
    )
}

DEFAULT_PUBLIC = tuple(k for k in DATASETS if k != "programmes")
"""Every data set except the Aktionsprogramm entries: they are the Projektbüro's working
material and stay internal until the city releases them."""


def parse_keys(text: str) -> frozenset[str]:
    """Space-separated data set keys; ``ValueError`` (one line) names an unknown key."""
    keys = text.split()
    unknown = [k for k in keys if k not in DATASETS]
    if unknown:
        raise ValueError(f"unknown data set {unknown[0]!r} (known: {', '.join(DATASETS)})")
    return frozenset(keys)


def public_files(public: frozenset[str] | set[str]) -> tuple[str, ...]:
    """The data files of the public data sets, in the order of ``DATASETS``."""
    return tuple(f for key, d in DATASETS.items() if key in public for f in d.files)
