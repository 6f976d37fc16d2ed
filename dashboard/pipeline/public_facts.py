"""Build the public facts per space, the contacts and the history tables.

Texts come from the curated entries (:mod:`space_facts_spec`, :mod:`participation_spec`);
links and source titles from the raw research table. Every curated entry must still match
its raw rows exactly (else the build stops, naming the entry and the raw line that changed);
raw rows that are not curated are listed in the report, never published silently.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pandas as pd

from ..data.errors import DataError
from . import inputs
from .participation_spec import CONTACTS, EVENTS
from .space_facts_spec import EXCLUDED, RAW_COLUMNS, load_facts, parse_when, public_title, row_key

FACT_COLUMNS = [
    "fact_id",
    "space_ids",
    "scope",
    "kind",
    "handlungsfeld",
    "text_de",
    "text_en",
    "value",
    "unit",
    "date",
    "date_end",
    "year",
    "year_end",
    "approx",
    "undated",
    "date_note_de",
    "date_note_en",
    "source_title",
    "source_url",
    "confidence",
    "raw_rows",
]


def build_space_facts(raw: Path) -> tuple[pd.DataFrame, dict]:
    """``space_facts.csv`` and a report of the raw rows: curated, elsewhere, left out."""
    rel = inputs.SPACE_FACTS
    df = inputs.read_table(raw, rel, RAW_COLUMNS)
    by_key: dict[str, tuple[int, dict]] = {}
    for line, row in enumerate(df.to_dict("records"), start=2):
        by_key[row_key(row)] = (line, row)
    rows, used = [], set()
    for fact in load_facts():
        found = [by_key.get(k) for k in fact.rows]
        for key, hit in zip(fact.rows, found, strict=True):
            if hit is None:
                raise DataError(
                    fact.file,
                    f"raw row {key} of {rel} unchanged",
                    row=fact.index,
                    row_label="fact",
                    column="rows",
                    found=_nearest(key, fact, df) or "no such row",
                )
        lines = [line for line, _ in found]
        raws = [r for _, r in found]
        spaces = sorted({r["space_id"] for r in raws})
        if spaces != sorted(fact.spaces.split(";")):
            raise DataError(
                rel,
                f"the spaces {fact.spaces} of {fact.file} fact {fact.index}",
                row=lines[0],
                column="space_id",
                found=";".join(spaces),
            )
        urls = {r["source_url"] for r in raws}
        if len(urls) != 1 or not next(iter(urls)).startswith("http"):
            raise DataError(rel, "one link (http...) per fact", row=lines[0], column="source_url")
        when = parse_when(fact.when)
        note = (fact.note_de, fact.note_en) if fact.note_de else when["note"]
        used.update(fact.rows)
        rows.append(
            {
                "fact_id": fact.fact_id,
                "space_ids": fact.spaces,
                "scope": fact.scope,
                "kind": fact.kind,
                "handlungsfeld": fact.field,
                "text_de": fact.de,
                "text_en": fact.en,
                "value": fact.value,
                "unit": fact.unit or None,
                "date": when["date"] or None,
                "date_end": when["date_end"] or None,
                "year": when["year"],
                "year_end": when["year_end"],
                "approx": when["approx"],
                "undated": when["undated"],
                "date_note_de": note[0] or None,
                "date_note_en": note[1] or None,
                "source_title": public_title(raws[0]["source_title"]),
                "source_url": raws[0]["source_url"],
                "confidence": fact.conf,
                "raw_rows": ";".join(fact.rows),
            }
        )
    out = pd.DataFrame(rows, columns=FACT_COLUMNS)
    for column in ("year", "year_end"):
        out[column] = out[column].astype("Int64")
    out = out.sort_values(["space_ids", "kind", "fact_id"], ignore_index=True)
    return out, _report(by_key, used)


def _nearest(key: str, fact, df: pd.DataFrame) -> str:
    """A raw row of the same spaces and kind that no entry names: probably the changed row."""
    keys = {row_key(r) for r in df.to_dict("records")}
    known = {k for f in load_facts() for k in f.rows} | set(EXCLUDED)
    for line, row in enumerate(df.to_dict("records"), start=2):
        k = row_key(row)
        if (
            k in keys - known
            and row["space_id"] in fact.spaces.split(";")
            and row["kind"] == fact.kind
        ):
            return f"{key} missing; uncurated line {line} ({row['space_id']}, {row['kind']}): {k}"
    return ""


def _report(by_key: dict[str, tuple[int, dict]], used: set[str]) -> dict:
    left, excluded, population = [], [], 0
    for key, (line, row) in sorted(by_key.items(), key=lambda kv: kv[1][0]):
        if key in used:
            continue
        if row["kind"] == "population":
            population += 1
        elif key in EXCLUDED:
            excluded.append(
                {
                    "line": line,
                    "row": key,
                    "space_id": row["space_id"],
                    "reason_de": EXCLUDED[key][0],
                    "reason_en": EXCLUDED[key][1],
                }
            )
        else:
            left.append(
                {"line": line, "row": key, "space_id": row["space_id"], "kind": row["kind"]}
            )
    return {
        "raw_rows": len(by_key),
        "published": len(used),
        "population_rows_in_space_population": population,
        "left_out": excluded,
        "not_curated": left,
    }


def _dated(when: str, note_de: str, note_en: str) -> dict:
    parsed = parse_when(when if when != "undated" else "undated:page")
    return {
        "date": parsed["date"] or None,
        "year": parsed["year"],
        "undated": parsed["undated"],
        "date_note_de": note_de or parsed["note"][0] or None,
        "date_note_en": note_en or parsed["note"][1] or None,
    }


def build_contacts() -> pd.DataFrame:
    rows = []
    for c in CONTACTS:
        d = asdict(c)
        rows.append(
            {
                "contact_id": c.key,
                "space_ids": c.space_ids or None,
                "role_de": c.role_de,
                "role_en": c.role_en,
                "address": c.address or None,
                "how_de": c.how_de,
                "how_en": c.how_en,
                **_dated(c.when, c.note_de, c.note_en),
                "source_title": c.source_title,
                "source_url": c.source_url or None,
                "source_note_de": d["source_note_de"] or None,
                "source_note_en": d["source_note_en"] or None,
                "confidence": "stated",
            }
        )
    out = pd.DataFrame(rows)
    out["year"] = out.year.astype("Int64")
    return out


def build_history() -> pd.DataFrame:
    rows = [
        {
            "event_id": e.key,
            **_dated(e.when, e.note_de, e.note_en),
            "space_ids": e.space_ids or None,
            "kind": e.kind,
            "text_de": e.text_de,
            "text_en": e.text_en,
            "source_title": e.source_title,
            "source_url": e.source_url or None,
            "source_note_de": e.source_note_de or None,
            "source_note_en": e.source_note_en or None,
            "confidence": "stated",
        }
        for e in EVENTS
    ]
    out = pd.DataFrame(rows)
    out["year"] = out.year.astype("Int64")
    return out.sort_values(["date", "event_id"], ignore_index=True)
