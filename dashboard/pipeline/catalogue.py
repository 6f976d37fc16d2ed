"""The indicator catalogue: one row per indicator and edition, built from the specs and from
what the value step found in the source (zeros, combined areas)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .catalogue_spec import (
    COMBINED_CAVEAT,
    EDITIONS,
    LICENCE,
    MEANING_INFERRED_DE,
    MEANING_INFERRED_EN,
    TRANSCRIPTION,
    Edition,
    IndicatorSpec,
    zero_rule_sentence,
)
from .indicators_spec import INDICATORS


@dataclass(frozen=True)
class EditionStats:
    """What the value step found for one indicator edition."""

    n_zero: int = 0
    """Exact zeros in the source."""
    n_zero_missing: int = 0
    """Of those, kept as missing (``zero_in_source``)."""
    n_shared: int = 0
    """Units whose value is marked as shared by a combined area."""


def entries() -> list[tuple[IndicatorSpec, Edition]]:
    """Every (indicator, edition) pair of the catalogue, in display order."""
    return [(spec, EDITIONS[ed]) for spec in INDICATORS for ed in EDITIONS if ed in spec.editions]


def build_catalogue(stats: dict[tuple[str, str], EditionStats]) -> pd.DataFrame:
    rows = []
    for spec, edition in entries():
        found = stats.get((spec.id, edition.id), EditionStats())
        broken = edition.id in spec.broken_in
        low = spec.confidence == "low" or edition.id in spec.low_confidence_in
        definition = spec.edition_definitions.get(
            edition.id, (spec.definition_de, spec.definition_en)
        )
        extra = spec.edition_caveats.get(edition.id, ("", ""))
        combined = ("", "")
        if found.n_shared and not broken:
            combined = tuple(text.format(n=found.n_shared) for text in COMBINED_CAVEAT)
        zero_de, zero_en = zero_rule_sentence(
            spec.zero_rule, found.n_zero, found.n_zero_missing, spec.zero_reason, broken
        )
        rows.append(
            {
                "indicator_id": spec.id,
                "edition": edition.id,
                "label_de": spec.label_de,
                "label_en": spec.label_en,
                "definition_de": definition[0],
                "definition_en": definition[1],
                "unit": spec.edition_units.get(edition.id, spec.unit),
                "is_percentage": spec.edition_percentage.get(edition.id, spec.is_percentage),
                "handlungsfeld": spec.handlungsfeld,
                "handlungsfeld_assignment": "project",
                "direction": spec.direction,
                "status": "broken_in_source" if broken else "ok",
                "comparable_across_editions": spec.comparable,
                "source": edition.source,
                "source_url": edition.source_url,
                "transcription": TRANSCRIPTION,
                "licence": LICENCE,
                "reference_date": edition.reference_date,
                "reference_date_note_de": edition.reference_date_note_de,
                "reference_date_note_en": edition.reference_date_note_en,
                "confidence": "low" if low else spec.confidence,
                "caveats_de": _join(spec.caveats_de, extra[0], combined[0], MEANING_INFERRED_DE),
                "caveats_en": _join(spec.caveats_en, extra[1], combined[1], MEANING_INFERRED_EN),
                "zero_rule": spec.zero_rule,
                "zero_rule_de": zero_de,
                "zero_rule_en": zero_en,
                "source_column": spec.source_column,
            }
        )
    return pd.DataFrame(rows)


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p)
