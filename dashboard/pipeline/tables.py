"""Turn the raw inputs into the project's tables (pure pandas/shapely, no I/O but reading)."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd

from ..data.errors import DataError
from . import geometry as geo
from . import inputs
from .catalogue_spec import (
    EDITION_CAVEATS,
    EDITIONS,
    INDICATORS,
    LICENCE,
    MEANING_INFERRED_DE,
    MEANING_INFERRED_EN,
    TRANSCRIPTION,
)

CONFIDENCE_WORDS = ("documented", "inferred", "guess", "unknown")

SHORT_NAMES = {"AR06": "Eving I", "AR07": "Eving II"}
"""Map labels where the full name is too long to place (full names stay everywhere else)."""

FORMER_SPACES = {"Alt-Scharnhorst": "EX01", "Wickede": "EX02"}
"""Aktionsräume of 2008-2020 that shrank to an Aktionsquartier in 2021 (history only)."""

SPACE_NOTES = {
    "AQ01": (
        "Aktionsquartier im früheren Aktionsraum Alt-Scharnhorst. Die Quartiersgrenze ist nicht "
        "öffentlich: gezeigt wird der umgebende statistische Bezirk 26.",
        "Aktionsquartier inside the former Aktionsraum Alt-Scharnhorst. Its boundary is not "
        "public: the map shows the surrounding statistischer Bezirk 26.",
    ),
    "AQ02": (
        "Aktionsquartier im früheren Aktionsraum Wickede. Die Quartiersgrenze ist nicht "
        "öffentlich: gezeigt wird der umgebende statistische Bezirk 34.",
        "Aktionsquartier inside the former Aktionsraum Wickede. Its boundary is not public: "
        "the map shows the surrounding statistischer Bezirk 34.",
    ),
    "AR06": (
        "Aufteilung des statistischen Bezirks 12 auf Eving I und II ist geschätzt.",
        "The split of statistischer Bezirk 12 between Eving I and II is a guess.",
    ),
    "AR07": (
        "Aufteilung des statistischen Bezirks 12 auf Eving I und II ist geschätzt.",
        "The split of statistischer Bezirk 12 between Eving I and II is a guess.",
    ),
}


def build_spaces(raw: Path, lookup: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The 15 current spaces and the 2 former ones, and their member units."""
    rel = inputs.SPACES
    df = inputs.read_table(
        raw,
        rel,
        [
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
        ],
    )
    known = set(lookup.unterbezirk_code)
    spaces, members = [], []
    for i, row in enumerate(df.itertuples(index=False), start=2):
        if not re.fullmatch(r"(AR|AQ)\d{2}", row.space_id):
            raise DataError(
                rel, "a space id like AR01 or AQ01", row=i, column="space_id", found=row.space_id
            )
        confidence = _confidence_word(row.mapping_confidence, rel, i)
        is_quartier = row.space_id.startswith("AQ")
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
            codes = re.findall(r"\d{3}", row.unterbezirke)
            relation = "member"
        if not codes:
            raise DataError(
                rel,
                "at least one member unit",
                row=i,
                column="unterbezirke",
                found=row.unterbezirke,
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
            members.append((row.space_id, code, relation, confidence))
        note = SPACE_NOTES.get(row.space_id, ("", ""))
        spaces.append(
            {
                "space_id": row.space_id,
                "name": row.name,
                "short_name": SHORT_NAMES.get(row.space_id, row.name),
                "type": "Aktionsquartier" if is_quartier else "Aktionsraum",
                "status": "current",
                "valid_from": 2008 if row.in_2008_list == "yes" and not is_quartier else 2021,
                "valid_to": None,
                "stadtbezirk": row.stadtbezirk,
                "sozialraum": row.sozialraum_2007_2018,
                "membership_confidence": confidence,
                "geometry_basis": "surrounding_units" if is_quartier else "member_units",
                "evidence": f"{row.mapping_confidence}. Sources: {row.source_for_membership}",
                "note_de": note[0],
                "note_en": note[1],
            }
        )
    for name, space_id in FORMER_SPACES.items():
        rows = lookup[lookup.aktionsraum_2008 == name]
        if rows.empty:
            raise DataError(
                inputs.LOOKUP, f"units of the former Aktionsraum {name}", column="aktionsraum_2008"
            )
        confidence = _confidence_word(
            rows.mapping_confidence.iloc[0], inputs.LOOKUP, int(rows.index[0]) + 2
        )
        members += [(space_id, c, "member", confidence) for c in rows.unterbezirk_code]
        spaces.append(
            {
                "space_id": space_id,
                "name": name,
                "short_name": name,
                "type": "Aktionsraum",
                "status": "former",
                "valid_from": 2008,
                "valid_to": 2020,
                "stadtbezirk": rows.stadtbezirk.iloc[0],
                "sozialraum": name,
                "membership_confidence": confidence,
                "geometry_basis": "member_units",
                "evidence": f"{inputs.LOOKUP} (column aktionsraum_2008); dortmund.de news "
                "22.12.2020: reduced to an Aktionsquartier from 2021",
                "note_de": "Aktionsraum 2008–2020; seit 2021 nur noch ein Aktionsquartier.",
                "note_en": "Aktionsraum 2008-2020; since 2021 only an Aktionsquartier.",
            }
        )
    space_units = pd.DataFrame(members, columns=["space_id", "unit_code", "relation", "confidence"])
    spaces_df = pd.DataFrame(spaces).astype({"valid_to": "Int64"})
    return spaces_df, space_units.sort_values(["space_id", "unit_code"])


def _confidence_word(text: str, file: str, row: int) -> str:
    word = (text or "").strip().split(" ")[0].lower()
    if word not in CONFIDENCE_WORDS:
        raise DataError(
            file,
            f"a confidence starting with one of {CONFIDENCE_WORDS}",
            row=row,
            column="mapping_confidence",
            found=text,
        )
    return word


def build_units(
    raw: Path, lookup: pd.DataFrame, space_units: pd.DataFrame, spaces: pd.DataFrame
) -> tuple[pd.DataFrame, dict, dict, dict]:
    """Unit table and repaired, simplified unit geometry; space outlines dissolved from it;
    the simplified geometry per unit code (for the Stadtbezirke layer)."""
    known = set(lookup.unterbezirk_code)
    features = inputs.read_unit_features(raw, known)
    codes = sorted(known)
    valid = {
        code: geo.geometry_from_feature(features[code][1], inputs.GEOMETRY, features[code][0], code)
        for code in codes
    }
    current = space_units.merge(spaces[["space_id", "status"]], on="space_id")
    current = current[current.status == "current"].drop_duplicates("unit_code")
    space_of = dict(zip(current.unit_code, current.space_id, strict=True))
    relation_of = dict(zip(current.unit_code, current.relation, strict=True))
    lk = lookup.set_index("unterbezirk_code")
    units = pd.DataFrame(
        {
            "code": codes,
            "name": [lk.at[c, "unterbezirk_name"] for c in codes],
            "stat_bezirk_code": [lk.at[c, "stat_bezirk_code"] for c in codes],
            "stat_bezirk_name": [lk.at[c, "stat_bezirk_name"] for c in codes],
            "stadtbezirk": [lk.at[c, "stadtbezirk"] for c in codes],
            "area_km2": [round(geo.area_km2(valid[c]), 3) for c in codes],
            "space_id": [space_of.get(c, "") for c in codes],
            "space_relation": [relation_of.get(c, "") for c in codes],
        }
    )
    simple = dict(zip(codes, geo.simplify_coverage([valid[c] for c in codes]), strict=True))
    unit_features = [
        geo.feature(
            simple[r.code],
            {
                "code": r.code,
                "name": r.name,
                "stadtbezirk": r.stadtbezirk,
                "space_id": r.space_id,
                "space_relation": r.space_relation,
            },
        )
        for r in units.itertuples(index=False)
    ]
    space_features = []
    for s in spaces.itertuples(index=False):
        member_codes = space_units.loc[space_units.space_id == s.space_id, "unit_code"]
        outline = geo.dissolve([valid[c] for c in member_codes])
        lat, lon = geo.label_point(outline)
        space_features.append(
            geo.feature(
                outline,
                {
                    "space_id": s.space_id,
                    "name": s.name,
                    "short_name": s.short_name,
                    "type": s.type,
                    "status": s.status,
                    "geometry_basis": s.geometry_basis,
                    "membership_confidence": s.membership_confidence,
                    "label_lat": lat,
                    "label_lon": lon,
                },
            )
        )
    return units, _collection(unit_features), _collection(space_features), simple


def _collection(features: list[dict]) -> dict:
    return {"type": "FeatureCollection", "features": features}


def build_catalogue() -> pd.DataFrame:
    rows = []
    for spec in INDICATORS:
        for edition in EDITIONS.values():
            if spec.id == "gymnasium_transition" and edition.id != "atlas2019":
                continue
            if spec.id == "female" and edition.id != "atlas2019":
                continue
            extra_de, extra_en = spec.edition_caveats.get(edition.id, ("", ""))
            shared_de, shared_en = EDITION_CAVEATS.get(edition.id, ("", ""))
            broken = edition.id in spec.broken_in
            low = spec.confidence == "low" or edition.id in spec.low_confidence_in
            rows.append(
                {
                    "indicator_id": spec.id,
                    "edition": edition.id,
                    "label_de": spec.label_de,
                    "label_en": spec.label_en,
                    "definition_de": spec.definition_de,
                    "definition_en": spec.definition_en,
                    "unit": spec.unit,
                    "is_percentage": spec.is_percentage,
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
                    "reference_date_note": edition.reference_date_note,
                    "confidence": "low" if low else spec.confidence,
                    "caveats_de": " ".join(
                        x for x in (spec.caveats_de, extra_de, shared_de, MEANING_INFERRED_DE) if x
                    ),
                    "caveats_en": " ".join(
                        x for x in (spec.caveats_en, extra_en, shared_en, MEANING_INFERRED_EN) if x
                    ),
                    "source_column": spec.source_column,
                }
            )
    return pd.DataFrame(rows)


def build_values(raw: Path, known: set[str], catalogue: pd.DataFrame) -> pd.DataFrame:
    """The long value table: one row per unit, indicator and edition."""
    rows = []
    for edition in EDITIONS.values():
        props = inputs.read_edition_properties(raw, edition.input_file, known)
        entries = catalogue[catalogue.edition == edition.id]
        shared = _identical_rows(props, list(entries.source_column))
        for entry in entries.itertuples(index=False):
            if entry.source_column not in props.columns:
                raise DataError(
                    edition.input_file,
                    f"a property '{entry.source_column}'",
                    row=1,
                    row_label="feature",
                    column=entry.source_column,
                )
            for code, raw_value in props[entry.source_column].items():
                feature = int(props.at[code, "_feature"])
                value, reason = _value(raw_value, edition.input_file, feature, entry.source_column)
                if value is not None and entry.is_percentage and not 0 <= value <= 100:
                    raise DataError(
                        edition.input_file,
                        "a percentage between 0 and 100",
                        row=feature,
                        row_label="feature",
                        column=entry.source_column,
                        found=raw_value,
                    )
                if entry.status == "broken_in_source":
                    value, reason = None, "broken_in_source"
                note = f"same_as:{';'.join(shared[code])}" if code in shared else None
                rows.append((code, entry.indicator_id, edition.id, value, reason, note))
    return pd.DataFrame(
        rows, columns=["unit_code", "indicator_id", "edition", "value", "missing_reason", "note"]
    )


def _value(raw_value, file: str, feature: int, column: str) -> tuple[float | None, str | None]:
    if raw_value is None or (isinstance(raw_value, float) and math.isnan(raw_value)):
        return None, "not_published"
    if isinstance(raw_value, bool) or not isinstance(raw_value, int | float):
        raise DataError(
            file, "a number", row=feature, row_label="feature", column=column, found=raw_value
        )
    return float(raw_value), None


def _identical_rows(props: pd.DataFrame, columns: list[str]) -> dict[str, list[str]]:
    """Units whose whole row of indicator values repeats another unit's row.

    In the 2024 transcription 46 units share their row with neighbours: the atlas most
    likely published a combined area there. Those values are marked, not dropped.
    """
    present = [c for c in columns if c in props.columns]
    keys = pd.util.hash_pandas_object(props[present], index=False)
    groups = keys.groupby(keys).groups
    return {
        code: sorted(c for c in group if c != code)
        for group in groups.values()
        if len(group) > 1
        for code in group
    }


def build_city_reference(values: pd.DataFrame) -> pd.DataFrame:
    """Median of the units for every indicator and edition (no official city value known)."""
    med = (
        values.dropna(subset=["value"])
        .groupby(["indicator_id", "edition"], sort=True)["value"]
        .median()
        .round(2)
    )
    ref = (
        values[["indicator_id", "edition"]]
        .drop_duplicates()
        .merge(med.rename("value").reset_index(), how="left", on=["indicator_id", "edition"])
    )
    ref["kind"] = "median_of_units"
    ref["source"] = "median of the 170 statistische Unterbezirke (unweighted; not the city rate)"
    return ref.sort_values(["indicator_id", "edition"]).reset_index(drop=True)
