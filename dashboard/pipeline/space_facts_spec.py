"""The public facts per space as the project publishes them: vocabulary and curated entries.

The entries live in ``curated/space_facts_*.toml`` (one ``[[fact]]`` block each, German and
English in the project's own words). Each entry names the raw rows of the research table
``derived/space_facts.csv`` it stands for by their *row key*: the first 8 hex digits of the
SHA-1 of the row's eleven fields joined by U+001F (:func:`row_key`). If a raw row changes or
vanishes, its key no longer matches and the build stops, naming the entry.

A fact about several spaces (the Nordstadt's three Aktionsräume, both Eving areas, the shared
office of Scharnhorst-Ost, Wambeler Heide and Meylantviertel) is ONE entry with several space
ids and a ``scope`` — never copied per space, never added up.

``when``: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``~YYYY`` (about); ``A/B`` (from A to B);
or ``undated:<code>`` with a code of :data:`UNDATED`. ``note_de``/``note_en`` add a word on
the date (``seit 2018``). ``conf``: ``stated`` (read so in the source) or ``assigned`` (the
fact is in the source, its assignment to the space is the project's).
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from ..data.errors import DataError
from ..data.fact_words import FACT_KINDS as KINDS
from ..data.fact_words import FACT_SCOPES as SCOPES
from ..data.fact_words import FACT_UNITS as UNITS

CURATED_DIR = Path(__file__).parent / "curated"
CURATED_FILES = ("space_facts_nord.toml", "space_facts_ost.toml", "space_facts_west.toml")

RAW_COLUMNS = [
    "space_id",
    "kind",
    "handlungsfeld",
    "text_de",
    "text_en",
    "value",
    "unit",
    "date",
    "source_title",
    "source_url",
    "confidence",
]

UNDATED: dict[str, tuple[str, str]] = {
    "current": ("aktuelle Seite, undatiert", "current page, undated"),
    "old": ("ältere Seite der Stadt, undatiert", "older city page, undated"),
    "prelist": (
        "Seite des Projektbüros, undatiert; die Liste zeigt noch den Stand vor 2021",
        "project office page, undated; the list still shows the state before 2021",
    ),
    "page": ("Seite undatiert", "page undated"),
    "article": ("Artikel undatiert", "article undated"),
    "data2017": ("Seite undatiert, Zahlen um 2017", "page undated, figures from about 2017"),
}
"""Why a fact has no date, by code (``when = "undated:<code>"``)."""

CONFIDENCES = ("stated", "assigned")
FIELDS = ("arbeit", "kinder", "zusammenhalt", "none")

EXCLUDED: dict[str, tuple[str, str]] = {
    "4b2082cf": (
        "Zahl wie in der Quelle gedruckt unplausibel (mehr als die Hälfte der rund 8.000 "
        "Einwohner); nicht veröffentlicht, bis sie geprüft ist",
        "figure as printed in the source is implausible (more than half of the about 8,000 "
        "residents); not published until it is checked",
    ),
}
"""Raw rows the project deliberately does not publish, with the reason (German, English)."""

_TITLE_FIXES = (
    (re.compile(r"\s*\(via [^)]*\)"), ""),
    (re.compile(r"\s*\(in früherer Sitzung gelesen[^)]*\)"), " (Stand vor 2021)"),
    (re.compile(r"\(Aktionsplan-Seite, alte URL\)"), "(ältere Seite des Aktionsplans)"),
    (re.compile(r"\(readkong-Kopie\)"), "(Kopie bei readkong)"),
    (re.compile(r"\(alte Seite, vor 2021\)"), "(ältere Seite, vor 2021)"),
    (re.compile(r"\(alte Seite\)"), "(ältere Seite)"),
    (re.compile(r"\(openprocurements\)"), "(Kopie bei openprocurements)"),
    (re.compile(r"\s*\(Profil\)"), ""),
    (re.compile(r"\s*\(Archiv\)"), ""),
    (re.compile(r"\(Tag LEG-Siedlung Wickede\)"), "(Stichwort LEG-Siedlung Wickede)"),
)


@dataclass(frozen=True)
class Fact:
    rows: tuple[str, ...]
    spaces: str
    scope: str
    kind: str
    field: str
    when: str
    conf: str
    de: str
    en: str
    value: float | None = None
    unit: str = ""
    note_de: str = ""
    note_en: str = ""
    file: str = ""
    index: int = 0

    @property
    def fact_id(self) -> str:
        return f"F{self.rows[0]}"


def row_key(row: dict[str, str]) -> str:
    """The stable key of a raw row: SHA-1 over its eleven fields, first 8 hex digits."""
    text = "\x1f".join(row[c] for c in RAW_COLUMNS)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def public_title(raw: str) -> str:
    """The source title as shown: research remarks in brackets removed or reworded."""
    for pattern, repl in _TITLE_FIXES:
        raw = pattern.sub(repl, raw)
    return raw.strip()


def load_facts(folder: Path = CURATED_DIR) -> list[Fact]:
    """Every curated fact, checked for its vocabulary. Raises DataError."""
    facts = []
    for file in CURATED_FILES:
        name = f"dashboard/pipeline/curated/{file}"
        try:
            doc = tomllib.loads((folder / file).read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise DataError(name, "valid TOML", found=str(exc)) from None
        for i, entry in enumerate(doc.get("fact", []), start=1):
            fact = _fact(entry, name, i)
            facts.append(fact)
    return facts


def _fact(entry: dict, name: str, i: int) -> Fact:
    def bad(column: str, expected: str) -> DataError:
        return DataError(
            name, expected, row=i, row_label="fact", column=column, found=entry.get(column)
        )

    try:
        fact = Fact(**{**entry, "rows": tuple(entry["rows"])}, file=name, index=i)
    except (TypeError, KeyError) as exc:
        found = str(exc)
        raise DataError(
            name, "the fields of a fact", row=i, row_label="fact", found=found
        ) from None
    checks = [
        ("kind", fact.kind in KINDS and fact.kind != "population", f"one of {list(KINDS)}"),
        ("field", fact.field in FIELDS, f"one of {list(FIELDS)}"),
        ("scope", fact.scope in SCOPES, f"one of {list(SCOPES)}"),
        ("conf", fact.conf in CONFIDENCES, f"one of {list(CONFIDENCES)}"),
        ("unit", (fact.value is None) == (fact.unit == ""), "a unit exactly when there is a value"),
        ("unit", fact.unit in ("", *UNITS), f"one of {list(UNITS)}"),
        ("de", bool(fact.de.strip() and fact.en.strip()), "German and English text"),
        ("note_en", bool(fact.note_de) == bool(fact.note_en), "both notes or neither"),
        (
            "scope",
            (len(fact.spaces.split(";")) > 1) == (fact.scope in ("together", "each")),
            "'together' or 'each' exactly when the fact names several spaces",
        ),
    ]
    for column, ok, expected in checks:
        if not ok:
            raise bad(column, expected)
    try:
        parse_when(fact.when)
    except ValueError:
        raise bad("when", "YYYY, YYYY-MM(-DD), ~YYYY, A/B or undated:<code>") from None
    return fact


_DATE = re.compile(r"^(\d{4})(-\d{2}(-\d{2})?)?$")


def parse_when(when: str) -> dict:
    """``date``, ``date_end``, ``year``, ``year_end``, ``approx``, ``undated`` and the default
    note of a ``when`` text. Raises ValueError."""
    out = {"date": "", "date_end": "", "year": None, "year_end": None, "approx": False}
    if when.startswith("undated:"):
        note = UNDATED[when.removeprefix("undated:")]
        return {**out, "undated": True, "note": note}
    approx = when.startswith("~")
    start, _, end = when.removeprefix("~").partition("/")
    for part in (start, end) if end else (start,):
        if not _DATE.match(part):
            raise ValueError(when)
    note = (f"um {start}", f"about {start}") if approx else ("", "")
    return {
        "date": start,
        "date_end": end,
        "year": int(start[:4]),
        "year_end": int(end[:4]) if end else None,
        "approx": approx,
        "undated": False,
        "note": note,
    }
