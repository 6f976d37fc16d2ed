"""The 15 current spaces, the 2 former ones and their member units (pure pandas)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..data.errors import DataError
from ..data.model import MEMBERSHIP_CONFIDENCE
from . import inputs
from .spaces_spec import FORMER, SHORT_NAMES, SPACES, SpaceSpec

SPACE_RAW = [
    "space_id",
    "name",
    "type_2021",
    "stadtbezirk",
    "in_2008_list",
    "sozialraum_2007_2018",
    "stat_bezirke",
    "unterbezirke",
    "mapping_confidence",
    "source_for_membership",
]
NAME_ONLY = "documented by name only"
"""A raw confidence meaning: the name is documented, the units are inferred."""


def build_spaces(raw: Path, lookup: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The 15 current spaces and the 2 former ones, and their member units."""
    rel = inputs.SPACES
    df = inputs.read_table(raw, rel, SPACE_RAW)
    known = set(lookup.unterbezirk_code)
    spaces, members = [], []
    for i, row in enumerate(df.itertuples(index=False), start=2):
        if not re.fullmatch(r"(AR|AQ)\d{2}", row.space_id):
            raise DataError(
                rel, "a space id like AR01 or AQ01", row=i, column="space_id", found=row.space_id
            )
        spec = _spec(row.space_id, rel, i)
        confidence = _checked_confidence(row.mapping_confidence, spec, rel, i)
        is_quartier = row.space_id.startswith("AQ")
        codes, relation = _member_codes(row, known, is_quartier, rel, i)
        members += [(row.space_id, code, relation, confidence) for code in codes]
        spaces.append(
            _space_row(
                spec,
                row.space_id,
                row.name,
                "Aktionsquartier" if is_quartier else "Aktionsraum",
                "current",
                2008 if row.in_2008_list == "yes" and not is_quartier else 2021,
                None,
                row.stadtbezirk,
                row.sozialraum_2007_2018,
                "surrounding_units" if is_quartier else "member_units",
            )
        )
    for name, (space_id, spec) in FORMER.items():
        rows = lookup[lookup.aktionsraum_2008 == name]
        if rows.empty:
            raise DataError(
                inputs.LOOKUP, f"units of the former Aktionsraum {name}", column="aktionsraum_2008"
            )
        line = int(rows.index[0]) + 2
        confidence = _checked_confidence(rows.mapping_confidence.iloc[0], spec, inputs.LOOKUP, line)
        members += [(space_id, c, "member", confidence) for c in rows.unterbezirk_code]
        spaces.append(
            _space_row(
                spec,
                space_id,
                name,
                "Aktionsraum",
                "former",
                2008,
                2020,
                rows.stadtbezirk.iloc[0],
                name,
                "member_units",
            )
        )
    space_units = pd.DataFrame(members, columns=["space_id", "unit_code", "relation", "confidence"])
    spaces_df = pd.DataFrame(spaces).astype({"valid_to": "Int64"})
    return spaces_df, space_units.sort_values(["space_id", "unit_code"], ignore_index=True)


def _spec(space_id: str, file: str, row: int) -> SpaceSpec:
    if space_id not in SPACES:
        raise DataError(
            file,
            "a space described in spaces_spec.SPACES",
            row=row,
            column="space_id",
            found=space_id,
        )
    return SPACES[space_id]


def _member_codes(row, known: set[str], is_quartier: bool, rel: str, i: int):
    if is_quartier:
        bezirk = re.match(r"\d{2}", row.stat_bezirke)
        if not bezirk:
            raise DataError(
                rel,
                "a statistischer Bezirk code",
                row=i,
                column="stat_bezirke",
                found=row.stat_bezirke,
            )
        codes = sorted(c for c in known if c.startswith(bezirk.group()))
        relation = "contains_quartier"
    else:
        codes, relation = re.findall(r"\d{3}", row.unterbezirke), "member"
    if not codes:
        raise DataError(
            rel, "at least one member unit", row=i, column="unterbezirke", found=row.unterbezirke
        )
    for code in codes:
        if code not in known:
            raise DataError(
                rel,
                "member units that exist in the unit lookup",
                row=i,
                column="unterbezirke",
                found=code,
            )
    return codes, relation


def confidence_word(text: str) -> str | None:
    """The membership confidence a raw text states (``documented by name only``: inferred)."""
    text = (text or "").strip().lower()
    if text.startswith(NAME_ONLY):
        return "inferred"
    word = re.split(r"[\s(-]", text, maxsplit=1)[0]
    return word if word in MEMBERSHIP_CONFIDENCE else None


def _checked_confidence(text: str, spec: SpaceSpec, file: str, row: int) -> str:
    word = confidence_word(text)
    if word is None:
        raise DataError(
            file,
            f"a confidence starting with one of {MEMBERSHIP_CONFIDENCE}",
            row=row,
            column="mapping_confidence",
            found=text,
        )
    if word != spec.confidence:
        raise DataError(
            file,
            f"the membership confidence '{spec.confidence}' that the project's evidence "
            "text describes (update spaces_spec when the facts change)",
            row=row,
            column="mapping_confidence",
            found=text,
        )
    return word


def _space_row(
    spec: SpaceSpec, space_id, name, type_, status, valid_from, valid_to, bezirk, sozialraum, basis
) -> dict:
    return {
        "space_id": space_id,
        "name": name,
        "short_name": SHORT_NAMES.get(space_id, name),
        "type": type_,
        "status": status,
        "valid_from": valid_from,
        "valid_to": valid_to,
        "stadtbezirk": bezirk,
        "sozialraum": sozialraum,
        "membership_confidence": spec.confidence,
        "geometry_basis": basis,
        "evidence_de": spec.evidence_de,
        "evidence_en": spec.evidence_en,
        "note_de": spec.note_de,
        "note_en": spec.note_en,
        "check_de": spec.check_de,
        "check_en": spec.check_en,
    }
