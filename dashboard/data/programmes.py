"""The Aktionsprogramme: what the Projektbüro fills in per space, loaded, checked and read.

Three tables in ``data/`` (committed empty: no Aktionsprogramm is published):
``programme_entries.csv`` (needs, potentials, prerequisites, requirements), ``programme_steps.csv``
(the process with dates) and ``programme_measures.csv`` (measures and projects). They are
filled only by ``python -m dashboard.pipeline import-programme``. Nothing here is ever guessed:
what is not filled in is reported as such by :meth:`Programme.completeness`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.pandas as pa

from .errors import DataError
from .readers import read_csv_text
from .tablecheck import check_table

SECTIONS: dict[str, tuple[str, str]] = {
    "need": ("Bedarfe", "Needs"),
    "potential": ("Potenziale", "Potentials"),
    "prerequisite": ("Voraussetzungen", "Prerequisites"),
    "requirement": (
        "Anforderungen an Aktionsplan und Aktionsraumbeauftragte",
        "Requirements of the Aktionsplan and the Aktionsraumbeauftragte",
    ),
}
"""Sections of an Aktionsprogramm (German, English), in display order."""

PROGRAMME_FIELDS = ("arbeit", "kinder", "zusammenhalt")
"""The three Handlungsfelder a need is assessed in (labels: ``model.HANDLUNGSFELDER``)."""
NO_FIELD = "none"
"""An entry or measure that belongs to no single Handlungsfeld."""
FIELD_VALUES = (*PROGRAMME_FIELDS, NO_FIELD)
NO_FIELD_TEXT = ("übergreifend", "across the fields")

STEPS: dict[str, tuple[str, str]] = {
    "sondierung": ("Sondierungsgespräch", "Exploratory talk"),
    "akteursgespraech": ("Akteursgespräch", "Talk with local actors"),
    "programme_adopted": ("Aktionsprogramm beschlossen", "Aktionsprogramm adopted"),
    "update": ("Fortschreibung", "Update"),
}
"""Process steps (German, English), in order. ``update`` may occur any number of times."""
REQUIRED_STEPS = ("sondierung", "akteursgespraech", "programme_adopted")

ENTRY_STATUS: dict[str, tuple[str, str]] = {
    "draft": ("Entwurf", "draft"),
    "adopted": ("beschlossen", "adopted"),
}
MEASURE_STATUS: dict[str, tuple[str, str]] = {
    "planned": ("geplant", "planned"),
    "running": ("läuft", "running"),
    "completed": ("abgeschlossen", "completed"),
    "stopped": ("eingestellt", "stopped"),
}

ENTRIES_FILE = "programme_entries.csv"
STEPS_FILE = "programme_steps.csv"
MEASURES_FILE = "programme_measures.csv"
DATE = r"^\d{4}-\d{2}-\d{2}$"
SPACE = r"^(AR|AQ)\d{2}$"


def _text() -> pa.Column:
    return pa.Column(str, pa.Check.str_length(min_value=1), nullable=False)


def _opt() -> pa.Column:
    return pa.Column(str, nullable=True, required=True)


def _isin(values) -> pa.Column:
    return pa.Column(str, pa.Check.isin(list(values)), nullable=False)


def _match(pattern: str) -> pa.Column:
    return pa.Column(str, pa.Check.str_matches(pattern), nullable=False)


ENTRIES = pa.DataFrameSchema(
    {
        "space_id": _match(SPACE),
        "section": _isin(SECTIONS),
        "handlungsfeld": _isin(FIELD_VALUES),
        "text_de": _text(),
        "text_en": _opt(),
        "source": _text(),
        "approved_by": _opt(),
        "as_of": _match(DATE),
        "status": _isin(ENTRY_STATUS),
        "import_id": _text(),
    },
    strict=True,
)
STEPS_SCHEMA = pa.DataFrameSchema(
    {
        "space_id": _match(SPACE),
        "step": _isin(STEPS),
        "date": _match(DATE),
        "note_de": _opt(),
        "note_en": _opt(),
        "source": _text(),
        "import_id": _text(),
    },
    strict=True,
)
MEASURES = pa.DataFrameSchema(
    {
        "space_id": _match(SPACE),
        "title_de": _text(),
        "title_en": _opt(),
        "handlungsfeld": _isin(FIELD_VALUES),
        "year": pa.Column("Int64", pa.Check.in_range(2008, 2100), nullable=True, coerce=True),
        "amount_eur": pa.Column(float, pa.Check.ge(0), nullable=True, coerce=True),
        "funding_programme": _opt(),
        "status": _isin(MEASURE_STATUS),
        "note_de": _opt(),
        "note_en": _opt(),
        "source": _text(),
        "import_id": _text(),
    },
    strict=True,
)
PROGRAMME_TABLES: dict[str, pa.DataFrameSchema] = {
    ENTRIES_FILE: ENTRIES,
    STEPS_FILE: STEPS_SCHEMA,
    MEASURES_FILE: MEASURES,
}
"""The programme CSV files of ``data/`` and their schemas (each may have no data rows)."""


@dataclass(frozen=True)
class Programmes:
    """The three programme tables of the bundle (empty until the Projektbüro imports one)."""

    entries: pd.DataFrame
    steps: pd.DataFrame
    measures: pd.DataFrame

    @classmethod
    def empty(cls) -> Programmes:
        return cls(*(empty_table(s) for s in PROGRAMME_TABLES.values()))


def empty_table(schema: pa.DataFrameSchema) -> pd.DataFrame:
    """A table with the schema's columns and no rows (object columns, Int64/float kept)."""
    dtypes = {"year": "Int64", "amount_eur": "float64"}
    return pd.DataFrame({c: pd.Series(dtype=dtypes.get(c, object)) for c in schema.columns})


def load_programmes(data_dir: Path, name, today: dt.date | None = None) -> Programmes:
    """Read and check the three tables; ``name(file)`` gives the file's name in messages."""
    frames = []
    for file, schema in PROGRAMME_TABLES.items():
        df = read_csv_text(Path(data_dir) / file, name=name(file))
        if df.empty and list(df.columns) == list(schema.columns):
            frames.append(empty_table(schema))
        else:
            frames.append(check_table(df, schema, name(file)))
    programmes = Programmes(*frames)
    check_programme_rules(programmes, name, today)
    return programmes


def check_programme_rules(p: Programmes, name, today: dt.date | None = None) -> None:
    """Rules within the tables: real dates not in the future, a need names its Handlungsfeld,
    at most one adoption per space, a completed measure does not lie in a future year."""
    today = today or dt.date.today()
    for df, file, column in (
        (p.entries, ENTRIES_FILE, "as_of"),
        (p.steps, STEPS_FILE, "date"),
    ):
        for i, value in df[column].items():
            _check_date(value, today, name(file), i + 2, column)
    need = p.entries[(p.entries.section == "need") & (p.entries.handlungsfeld == NO_FIELD)]
    if not need.empty:
        raise DataError(
            name(ENTRIES_FILE),
            f"a need in one of the Handlungsfelder {list(PROGRAMME_FIELDS)}",
            row=int(need.index[0]) + 2,
            column="handlungsfeld",
            found=NO_FIELD,
        )
    adopted = p.steps[p.steps.step == "programme_adopted"]
    dup = adopted[adopted.space_id.duplicated()]
    if not dup.empty:
        raise DataError(
            name(STEPS_FILE),
            "at most one step programme_adopted per space (later changes are step update)",
            row=int(dup.index[0]) + 2,
            column="step",
            found=dup.space_id.iloc[0],
        )
    late = p.measures[(p.measures.status == "completed") & (p.measures.year > today.year)]
    if not late.empty:
        raise DataError(
            name(MEASURES_FILE),
            f"a completed measure in {today.year} or earlier",
            row=int(late.index[0]) + 2,
            column="year",
            found=int(late.year.iloc[0]),
        )


def _check_date(value: str, today: dt.date, file: str, row: int, column: str) -> None:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise DataError(
            file, "a real date YYYY-MM-DD", row=row, column=column, found=value
        ) from None
    if day > today:
        expected = f"a date not after today ({today.isoformat()})"
        raise DataError(file, expected, row=row, column=column, found=value)


def check_programme_spaces(p: Programmes, spaces: pd.DataFrame, name) -> None:
    """Every programme row belongs to one of the current spaces."""
    current = set(spaces.space_id[spaces.status == "current"])
    for df, file in ((p.entries, ENTRIES_FILE), (p.steps, STEPS_FILE), (p.measures, MEASURES_FILE)):
        bad = df[~df.space_id.isin(current)]
        if not bad.empty:
            raise DataError(
                name(file),
                "a current space of spaces.csv",
                row=int(bad.index[0]) + 2,
                column="space_id",
                found=bad.space_id.iloc[0],
            )


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
