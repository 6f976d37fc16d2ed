"""The project's description of the two Statistikatlas editions and of how an indicator is
described (the indicators themselves are in :mod:`indicators_spec`).

The meaning of each source column is inferred from its field name and its value range: the
transcription gives only English field names. The assignment of indicators to the three
Handlungsfelder is the project's, not the city's. Everything here is public text: German and
English, proper umlauts, no references to the project's own files.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MEANING_INFERRED_DE = "Bedeutung aus Feldname und Wertebereich der Transkription erschlossen."
MEANING_INFERRED_EN = "Meaning inferred from the transcription's field name and value range."


@dataclass(frozen=True)
class Edition:
    id: str
    label_de: str
    label_en: str
    source: str
    source_url: str
    reference_date: str
    reference_date_note_de: str
    reference_date_note_en: str
    input_file: str
    code_field: str


TRANSCRIPTION = (
    "Transkription: SpatialJustice (A. Nienaber, L. Heming, J. Ilchmann), "
    "github.com/anienabe/SpatialJustice @ 6abb6663, MIT-Lizenz"
)
LICENCE = (
    "Stadt Dortmund (Lizenz der Originaldaten nicht verifiziert, vermutlich dl-de/zero-2.0); "
    "Transkription MIT"
)

EDITIONS: dict[str, Edition] = {
    "atlas2019": Edition(
        id="atlas2019",
        label_de="Statistikatlas 2019",
        label_en="Statistics atlas 2019",
        source="Stadt Dortmund, Dortmunder Statistik: Statistikatlas Dortmund 2019 (Heft 215)",
        source_url="https://www.dortmund.de/dortmund/projekte/rathaus/verwaltung/"
        "dortmunder-statistik/downloads/215_-_statistikatlas_-_2019.pdf",
        reference_date="2018-12-31",
        reference_date_note_de="Stichtag meist 31.12.2018 (laut Atlas).",
        reference_date_note_en="Reference date mostly 31 Dec 2018 (per the atlas).",
        input_file="raw_spatialjustice/do_data2018.geojson",
        code_field="unbeznr",
    ),
    "atlas2024": Edition(
        id="atlas2024",
        label_de="Statistikatlas 2024",
        label_en="Statistics atlas 2024",
        source="Stadt Dortmund, Dortmunder Statistik: Statistikatlas Dortmund 2024",
        source_url="https://statistikportal.dortmund.de/",
        reference_date="2023-12-31",
        reference_date_note_de="Erschlossen: Der Atlas 2024 nennt sehr wahrscheinlich den "
        "Stand 31.12.2023; in der Quelle nicht nachgelesen.",
        reference_date_note_en="Inferred: the 2024 atlas most likely reports 31 Dec 2023; "
        "not checked in the source.",
        input_file="raw_spatialjustice/do_data2024.geojson",
        code_field="unbeznr",
    ),
}

COMBINED_CAVEAT = (
    "Für {n} Unterbezirke steht in dieser Ausgabe derselbe Wert wie bei Nachbarn: Der Atlas hat "
    "dort vermutlich zusammengefasste Gebiete veröffentlicht. Diese Werte sind markiert; der "
    "Stadtwert zählt jedes zusammengefasste Gebiet nur einmal.",
    "In this edition {n} units carry the same value as neighbouring units: the atlas probably "
    "published combined areas there. Those values are marked; the city reference counts each "
    "combined area once.",
)
"""Added to a catalogue row when some of its values are shared by combined areas."""

ZERO_RULE_TEXT: dict[str, tuple[str, str]] = {
    "zero_is_missing": (
        "Eine 0 in der Quelle gilt hier als fehlender Wert (vermutlich wegen kleiner Fallzahlen "
        "nicht veröffentlicht): nicht eingefärbt, nicht im Ranking, nicht im Stadtwert.",
        "A 0 in the source counts as a missing value here (probably withheld because of small "
        "counts): not coloured, not ranked, not in the city reference.",
    ),
    "zero_is_value": (
        "Eine 0 ist hier ein echter Wert.",
        "A 0 is a real value here.",
    ),
    "zero_if_consistent": (
        "Eine 0 gilt nur, wenn Geburten und Sterbefälle desselben Unterbezirks gleich sind; "
        "sonst als fehlender Wert.",
        "A 0 counts only where the unit's births and deaths are equal; otherwise it is a "
        "missing value.",
    ),
}
"""The rule for exact zeros in the source, one per catalogue row (column ``zero_rule``)."""


def zero_rule_sentence(
    rule: str, n_zero: int, n_missing: int, reason: tuple[str, str], broken: bool = False
) -> tuple[str, str]:
    """The rule, the reason for it and what it did in this edition, in German and English."""
    de, en = ZERO_RULE_TEXT[rule]
    if broken:
        count = (
            "In dieser Ausgabe ist die ganze Spalte in der Quelle defekt und fehlt.",
            "In this edition the whole column is broken in the source and missing.",
        )
    elif n_zero == 0:
        count = ("In dieser Ausgabe kommt keine 0 vor.", "This edition has no zeros.")
    elif n_missing == 0:
        count = (
            f"In dieser Ausgabe {_n_de(n_zero)}; das zählt als Wert.",
            f"This edition has {_n_en(n_zero)}; that counts as a value.",
        )
    elif n_missing == n_zero:
        count = (
            f"In dieser Ausgabe {_n_de(n_zero)}; das gilt als fehlend.",
            f"This edition has {_n_en(n_zero)}; that is kept as missing.",
        )
    else:
        count = (
            f"In dieser Ausgabe {_n_de(n_zero)}; {n_missing} davon als fehlend geführt.",
            f"This edition has {_n_en(n_zero)}; {n_missing} of them kept as missing.",
        )
    return (
        " ".join(x for x in (de, reason[0], count[0]) if x),
        " ".join(x for x in (en, reason[1], count[1]) if x),
    )


def _n_de(n: int) -> str:
    return "steht bei 1 Unterbezirk genau 0" if n == 1 else f"steht bei {n} Unterbezirken genau 0"


def _n_en(n: int) -> str:
    return "1 unit at exactly 0" if n == 1 else f"{n} units at exactly 0"


@dataclass(frozen=True)
class IndicatorSpec:
    id: str
    source_column: str
    label_de: str
    label_en: str
    definition_de: str
    definition_en: str
    unit: str
    handlungsfeld: str
    direction: int
    is_percentage: bool = True
    confidence: str = "medium"
    comparable: bool = True
    caveats_de: str = ""
    caveats_en: str = ""
    broken_in: tuple[str, ...] = ()
    low_confidence_in: tuple[str, ...] = ()
    edition_caveats: dict[str, tuple[str, str]] = field(default_factory=dict)
    editions: tuple[str, ...] = ("atlas2019", "atlas2024")
    zero_rule: str = "zero_is_missing"
    zero_reason: tuple[str, str] = (
        "Eine 0 wäre bei diesem Anteil nicht plausibel.",
        "A 0 would not be plausible for this share.",
    )
    edition_definitions: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Edition id -> (definition_de, definition_en) where the editions differ."""
    edition_units: dict[str, str] = field(default_factory=dict)
    edition_percentage: dict[str, bool] = field(default_factory=dict)
    social: bool = False
    """Part of the social block of the atlas: combined areas are detected on these columns."""
