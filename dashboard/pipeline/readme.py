"""Render ``data/README.md`` from the bundle, so it always says what the files hold."""

from __future__ import annotations

from ..data.bundle import Bundle

FILES = [
    (
        "units.geojson",
        "The 170 statistische Unterbezirke: repaired (make_valid), simplified as "
        "a coverage (shared borders stay shared), UTF-8; properties code, name, stat_bezirk_code, "
        "stat_bezirk_name, stadtbezirk, area_km2 (computed on the WGS84 ellipsoid), space_id, "
        "space_relation.",
    ),
    (
        "districts.geojson",
        "The 12 Stadtbezirke as a light outline layer: the units dissolved by Stadtbezirk and "
        "simplified together (about 30 m), properties name, n_units, area_km2 (sum of the "
        "units), label_lat/label_lon (a point inside).",
    ),
    (
        "spaces.csv",
        "The 15 current spaces (13 Aktionsräume, 2 Aktionsquartiere) and 2 former "
        "Aktionsräume (status=former), with membership confidence, evidence_de/_en (how the "
        "units are known), note_de/_en (e.g. that an Aktionsquartier shows its whole "
        "surrounding Sozialraum) and check_de/_en (published figures that contradict a guess).",
    ),
    (
        "space_units.csv",
        "Which units make up each space; relation=contains_quartier for the "
        "Aktionsquartiere, whose own boundary is not public.",
    ),
    (
        "spaces.geojson",
        "Space outlines dissolved from their units by the pipeline, with a "
        "label point. Approximations: see membership_confidence.",
    ),
    (
        "catalogue.csv",
        "One row per indicator and edition: labels and definitions (de/en), unit, "
        "Handlungsfeld, direction (1: higher = more need, -1: lower = more need, 0: context), "
        "source, URL, licence, reference date, confidence, caveats; zero_rule (zero_is_missing, "
        "zero_is_value, zero_if_consistent) with zero_rule_de/_en saying why and what it did.",
    ),
    (
        "indicators.csv",
        "Values in long form: unit_code, indicator_id, edition, value or "
        "missing_reason (broken_in_source, not_published, suppressed, zero_in_source), note "
        "(same_as:<codes> when the value was published for a combined area; source_value:0 "
        "when a zero of the source is kept as missing).",
    ),
    (
        "city_reference.csv",
        "The city reference per indicator and edition: the median over distinct areas (each "
        "combined area once; missing values and zero_in_source left out), n_areas, and "
        "label_de/_en, method_de/_en to show wherever the reference appears.",
    ),
    (
        "funding.csv",
        "Programme and funding facts (German/English), the year as a number (undated=True "
        "when there is none), source URL, space_id where it lies in a space (space_match: "
        "by_name or several) and confidence (stated, derived, assigned).",
    ),
    (
        "resources.csv",
        "Resources of the Aktionsplan (staff, budget) with date, source and confidence; a row "
        "without a public link says why in source_note_de/_en.",
    ),
    ("population.csv", "Population figures from public pages, one row per fact with URL."),
    (
        "space_population.csv",
        "Approximate populations per space: space_ids (several when the figure is for them "
        "together: never split or add up), scope, year or undated, source, confidence.",
    ),
    ("sources.json", "Every input file with sha256, licence and origin; every import."),
]


def render(bundle: Bundle) -> str:
    cat = bundle.catalogue
    lines = [
        "# data/ — built by the pipeline, do not edit by hand",
        "",
        "Produced by `python -m dashboard.pipeline build` from the raw inputs in "
        "`../shared/research/data` (see `sources.json` for each file's sha256, licence and "
        "origin). Rebuilding gives byte-identical files. Import a table of your own with "
        "`python -m dashboard.pipeline import TABLE --meta META.json` (see the project README).",
        "",
        "| file | what it holds |",
        "|---|---|",
        *[f"| `{f}` | {text} |" for f, text in FILES],
        "",
        "## Sizes",
        "",
        f"- units: {len(bundle.units)}; spaces: {len(bundle.current_spaces)} current, "
        f"{len(bundle.spaces) - len(bundle.current_spaces)} former",
        f"- indicators: {cat.indicator_id.nunique()} in {cat.edition.nunique()} editions "
        f"({len(cat)} catalogue rows); values: {bundle.values.value.notna().sum()} numbers, "
        f"{bundle.values.value.isna().sum()} missing with a reason",
        "",
        "## Honesty notes",
        "",
        "- Indicator values are a third-party transcription (SpatialJustice, MIT) of the city's "
        "Statistikatlas PDFs: good but unofficial. The meaning of each column is inferred from "
        "its field name and value range.",
        "- Which units make up an Aktionsraum is inferred (Sozialraum = statistische Bezirke) "
        "except where documented; the Eving I/II split is a guess that published population "
        "figures contradict (check_de/_en); the Aktionsquartiere Wambeler Heide and "
        "Meylantviertel have no public boundary and show their whole surrounding Sozialraum.",
        "- Zeros of the source are kept or set missing by a stated rule per indicator "
        "(catalogue zero_rule); values the atlas published for combined areas are marked "
        "(same_as) and counted once in the city reference.",
        "- Columns broken in the source are kept as missing (`broken_in_source`), never as "
        "numbers. No population per unit is known, so space aggregates are unweighted means.",
        "",
    ]
    return "\n".join(lines)
