"""The Aktionsprogramme's tables: domain words, schemas, loading and the checks within them.

Three tables in ``data/`` (committed empty: no Aktionsprogramm is published):
``programme_entries.csv`` (needs, potentials, prerequisites, requirements), ``programme_steps.csv``
(the process with dates) and ``programme_measures.csv`` (measures and projects). They are
filled only by ``python -m dashboard.pipeline import-programme``. Reading one space's programme:
:mod:`.programmes`.
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
DATE = r"^\d{4}-\d{2}-\d{2}\Z"
SPACE = r"^(AR|AQ)\d{2}\Z"


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
