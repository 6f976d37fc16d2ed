"""The Aktionsprogramm of one space as filled in by the Projektbüro, and what is still missing.

``programme_for(bundle, space_id)`` gives a :class:`Programme`; its ``completeness()`` lists
every part (needs per Handlungsfeld, the other sections, the required process steps, measures)
with how many rows are filled in. Nothing is ever guessed: an empty part is reported as such.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .programme_tables import (
    ENTRY_STATUS,
    FIELD_VALUES,
    MEASURE_STATUS,
    NO_FIELD,
    NO_FIELD_TEXT,
    PROGRAMME_FIELDS,
    REQUIRED_STEPS,
    SECTIONS,
    STEPS,
    Programmes,
)

__all__ = [
    "ENTRY_STATUS",
    "FIELD_VALUES",
    "MEASURE_STATUS",
    "NO_FIELD",
    "NO_FIELD_TEXT",
    "PROGRAMME_FIELDS",
    "REQUIRED_STEPS",
    "SECTIONS",
    "STEPS",
    "Completeness",
    "Part",
    "Programme",
    "Programmes",
    "programme_for",
]


@dataclass(frozen=True)
class Part:
    """One part of an Aktionsprogramm and whether anything is filled in for it.

    ``kind``: ``section`` (``key`` = section, for needs ``need:<handlungsfeld>``), ``step``
    (``key`` = ``step:<step>``) or ``measures``. ``count``: rows filled in; ``adopted``: rows
    with status adopted (sections only, else 0). ``date``: the step's date (steps only)."""

    key: str
    kind: str
    section: str | None
    handlungsfeld: str | None
    count: int
    adopted: int
    date: str | None
    label_de: str
    label_en: str

    @property
    def filled(self) -> bool:
        return self.count > 0

    def label(self, lang: str = "de") -> str:
        return self.label_en if lang == "en" else self.label_de


@dataclass(frozen=True)
class Completeness:
    parts: tuple[Part, ...]

    @property
    def filled(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if p.filled)

    @property
    def missing(self) -> tuple[Part, ...]:
        return tuple(p for p in self.parts if not p.filled)

    @property
    def is_empty(self) -> bool:
        return not self.filled

    def part(self, key: str) -> Part:
        return next(p for p in self.parts if p.key == key)


@dataclass(frozen=True)
class Programme:
    """The Aktionsprogramm of one space: its rows of the three tables (index reset)."""

    space_id: str
    entries: pd.DataFrame
    steps: pd.DataFrame
    measures: pd.DataFrame

    @property
    def is_empty(self) -> bool:
        return self.entries.empty and self.steps.empty and self.measures.empty

    @property
    def adopted_on(self) -> str | None:
        """Date (YYYY-MM-DD) of the step programme_adopted, or None if none is filled in."""
        rows = self.steps[self.steps.step == "programme_adopted"]
        return None if rows.empty else rows.date.iloc[0]

    def section(self, section: str, handlungsfeld: str | None = None) -> pd.DataFrame:
        """The entries of one section (and Handlungsfeld), in the order they were filled in."""
        rows = self.entries[self.entries.section == section]
        if handlungsfeld is not None:
            rows = rows[rows.handlungsfeld == handlungsfeld]
        return rows

    def completeness(self) -> Completeness:
        """Per part (needs per Handlungsfeld, the other sections, the three required steps,
        measures): how many rows are filled in. Nothing is assumed for an empty part."""
        from .model import HANDLUNGSFELDER

        parts = []
        for section, (de, en) in SECTIONS.items():
            fields = PROGRAMME_FIELDS if section == "need" else (None,)
            for field in fields:
                rows = self.section(section, field)
                key, label_de, label_en = section, de, en
                if field:
                    key = f"{section}:{field}"
                    label_de = f"{de}: {HANDLUNGSFELDER[field]['de']}"
                    label_en = f"{en}: {HANDLUNGSFELDER[field]['en']}"
                adopted = int((rows.status == "adopted").sum())
                n = len(rows)
                parts.append(
                    Part(key, "section", section, field, n, adopted, None, label_de, label_en)
                )
        for step in REQUIRED_STEPS:
            rows = self.steps[self.steps.step == step].sort_values("date")
            date = None if rows.empty else rows.date.iloc[0]
            de, en = STEPS[step]
            parts.append(Part(f"step:{step}", "step", step, None, len(rows), 0, date, de, en))
        parts.append(
            Part(
                "measures",
                "measures",
                None,
                None,
                len(self.measures),
                0,
                None,
                "Maßnahmen und Projekte",
                "Measures and projects",
            )
        )
        return Completeness(tuple(parts))


def programme_for(bundle, space_id: str) -> Programme:
    """The Aktionsprogramm of ``space_id`` as filled in (possibly all empty).

    ``bundle`` is a :class:`~dashboard.data.bundle.Bundle`; an unknown or former space id
    raises KeyError (the caller decides on the 404)."""
    spaces = bundle.spaces
    if space_id not in set(spaces.space_id[spaces.status == "current"]):
        raise KeyError(space_id)
    p = bundle.programmes

    def rows(df: pd.DataFrame) -> pd.DataFrame:
        return df[df.space_id == space_id].reset_index(drop=True)

    return Programme(space_id, rows(p.entries), rows(p.steps), rows(p.measures))


def programme_overview(bundle) -> pd.DataFrame:
    """One row per current space, in the order of ``spaces.csv``: ``space_id``, ``name``,
    ``n_filled`` and ``n_parts`` (parts of :meth:`Programme.completeness`), ``steps`` (tuple of
    the required steps' :class:`Part`), ``missing`` (tuple of the empty section and measures
    parts), and the provenance of its import: ``file``, ``imported_on`` (None if none)."""
    kept = {
        e.get("space_id"): e
        for e in bundle.sources.get("imports", [])
        if isinstance(e, dict) and e.get("kind") == "programme"
    }
    rows = []
    for _, space in bundle.current_spaces.iterrows():
        c = programme_for(bundle, space.space_id).completeness()
        source = kept.get(space.space_id, {})
        rows.append(
            {
                "space_id": space.space_id,
                "name": space["name"],
                "n_filled": len(c.filled),
                "n_parts": len(c.parts),
                "steps": tuple(p for p in c.parts if p.kind == "step"),
                "missing": tuple(p for p in c.missing if p.kind != "step"),
                "file": source.get("file"),
                "imported_on": source.get("imported_on"),
            }
        )
    return pd.DataFrame(rows)
