"""Programme, funding, resource and population facts, each row with its source.

Figures and links are read from the raw fact tables; the public text comes from the
project's specs (:mod:`funding_spec`, :mod:`facts_spec`, :mod:`population_spec`). A raw row
the specs do not know stops the build, so nothing uncurated reaches a public page.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path

import pandas as pd

from ..data.errors import DataError
from . import inputs
from .facts_spec import POPULATION_AREAS, RESOURCES, SOURCE_TITLES
from .funding_spec import FUNDING
from .population_spec import EXCLUDED, SPACE_POPULATION

FUNDING_RAW = [
    "programme",
    "area",
    "year",
    "amount_eur",
    "what",
    "source_title",
    "source_url",
    "confidence",
]
POPULATION_RAW = [
    "area",
    "level",
    "code",
    "year_end",
    "population",
    "area_km2",
    "source_title",
    "source_url",
    "note",
]
SPACE_FACTS_RAW = ["space_id", "kind", "value", "unit", "source_title", "source_url"]
_VIA = re.compile(r"\s*\(via [^)]*\)")


def source_title(raw: str, file: str, row: int) -> str:
    """The public title of a raw source title (curated list, or the raw title if it is clean)."""
    if raw in SOURCE_TITLES:
        return SOURCE_TITLES[raw]
    clean = _VIA.sub("", raw).strip()
    if clean != raw or not clean:
        return clean
    if raw.startswith(("Stadt Dortmund", "Städtenetz", "Quartiersmanagement", "Wikipedia")):
        return raw
    raise DataError(
        file,
        "a source title curated in facts_spec.SOURCE_TITLES",
        row=row,
        column="source_title",
        found=raw,
    )


def build_resources() -> pd.DataFrame:
    df = pd.DataFrame([asdict(r) for r in RESOURCES])
    df["year"] = df.year.astype("Int64")
    df["undated"] = df.year.isna()
    return df


def build_funding(raw: Path) -> pd.DataFrame:
    rel = inputs.FUNDING
    df = inputs.read_table(raw, rel, FUNDING_RAW)
    rows = []
    for i, r in enumerate(df.itertuples(index=False), start=2):
        spec = FUNDING.get((r.programme, r.area))
        if spec is None:
            raise DataError(
                rel,
                "a row curated in funding_spec.FUNDING (programme + area)",
                row=i,
                column="programme",
                found=f"{r.programme} / {r.area}",
            )
        amount = inputs.parse_number(r.amount_eur, rel, i, "amount_eur", allow_empty=True)
        if amount is not None and amount < 0:
            raise DataError(
                rel, "a non-negative amount", row=i, column="amount_eur", found=r.amount_eur
            )
        if not r.source_url.startswith("http"):
            raise DataError(rel, "a link (http...)", row=i, column="source_url", found=r.source_url)
        rows.append(
            {
                "programme_de": spec.programme_de,
                "programme_en": spec.programme_en,
                "area_de": spec.area_de,
                "area_en": spec.area_en,
                "year": spec.year,
                "year_end": spec.year_end,
                "undated": spec.year is None,
                "year_note_de": spec.year_note_de,
                "year_note_en": spec.year_note_en,
                "amount_eur": None if amount is None else round(amount),
                "what_de": spec.what_de,
                "what_en": spec.what_en,
                "space_id": spec.space_id or None,
                "space_match": spec.space_match or None,
                "source_title": source_title(r.source_title, rel, i),
                "source_url": r.source_url,
                "confidence": "assigned" if spec.space_id else "stated",
            }
        )
    out = pd.DataFrame(rows)
    for column in ("year", "year_end", "amount_eur"):
        out[column] = out[column].astype("Int64")
    return out


def build_population(raw: Path) -> pd.DataFrame:
    rel = inputs.POPULATION
    df = inputs.read_table(raw, rel, POPULATION_RAW)
    rows = []
    for i, r in enumerate(df.itertuples(index=False), start=2):
        value = inputs.parse_number(r.population, rel, i, "population", allow_empty=False)
        if value < 0 or value != int(value):
            raise DataError(
                rel, "a non-negative whole number", row=i, column="population", found=r.population
            )
        km2 = inputs.parse_number(r.area_km2, rel, i, "area_km2", allow_empty=True)
        year = re.fullmatch(r"(~?)(\d{4})", r.year_end.strip())
        if not year:
            raise DataError(
                rel, "a year such as 2022 or ~2019", row=i, column="year_end", found=r.year_end
            )
        area_de, area_en = POPULATION_AREAS.get(r.area, (r.area, r.area))
        rows.append(
            {
                "area_de": area_de,
                "area_en": area_en,
                "level": r.level,
                "code": r.code,
                "year": int(year.group(2)),
                "year_approx": bool(year.group(1)),
                "population": int(value),
                "area_km2": km2,
                "source_title": source_title(r.source_title, rel, i),
                "source_url": r.source_url,
            }
        )
    return pd.DataFrame(rows)


def build_space_population(raw: Path) -> pd.DataFrame:
    """Approximate populations per space: one row per published figure (several spaces share
    a row when the figure is for them together)."""
    rel = inputs.SPACE_FACTS
    df = inputs.read_table(raw, rel, SPACE_FACTS_RAW)
    seen: dict[tuple[int, str], tuple[int, set[str]]] = {}
    rows = []
    for i, r in enumerate(df.itertuples(index=False), start=2):
        if r.kind != "population":
            continue
        value = inputs.parse_number(r.value, rel, i, "value", allow_empty=False)
        key = (int(value), r.source_url)
        if key in EXCLUDED:
            continue
        spec = SPACE_POPULATION.get(key)
        if spec is None:
            raise DataError(
                rel,
                "a population fact curated in population_spec",
                row=i,
                column="value",
                found=f"{r.space_id} {r.value} {r.source_url}",
            )
        if key in seen:
            seen[key][1].add(r.space_id)
            continue
        seen[key] = (i, {r.space_id})
        rows.append(
            {
                "space_ids": spec.space_ids,
                "population": int(value),
                "approx": spec.approx,
                "year": spec.year,
                "undated": spec.year is None,
                "as_of_de": spec.as_of_de,
                "as_of_en": spec.as_of_en,
                "scope": spec.scope,
                "area_de": spec.area_de,
                "area_en": spec.area_en,
                "source_title": source_title(r.source_title, rel, i),
                "source_url": r.source_url,
                "confidence": spec.confidence,
            }
        )
    for key, (line, spaces) in seen.items():
        if spaces != set(SPACE_POPULATION[key].space_ids.split(";")):
            raise DataError(
                rel,
                f"the spaces {SPACE_POPULATION[key].space_ids} for this figure",
                row=line,
                column="space_id",
                found=";".join(sorted(spaces)),
            )
    out = pd.DataFrame(rows)
    out["year"] = out.year.astype("Int64")
    return out.sort_values(["space_ids", "scope", "population"], ignore_index=True)
