"""Public text is for citizens: no notes to ourselves, no file names, proper umlauts, and
every fact with a link and a year."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from tests.conftest import DATA_DIR

FORBIDDEN = [
    r"FACTS\.md", r"§", r"my memory", r"\bread in\b", r"\.csv\b", r"\.geojson\b",
    r"\bverify\b", r"\bGUESS\b", r"\bTOC\b", r"excerpt", r"Staedte", r"foerder", r"Buerger",
    r"Projektbuero", r"Bezirksbuergermeister", r"Hoerde", r"Boevinghausen", r"Bevoelkerung",
    r"Auslaender", r"Fassstrasse", r"Strasse\b", r"fuenf", r"Gruener",
]  # fmt: skip
MACHINE_COLUMNS = {"source_column"}
"""Machine fields (the transcription's column names), never shown as text."""


def _public_cells():
    for path in sorted(DATA_DIR.glob("*.csv")):
        df = pd.read_csv(path, dtype=str, keep_default_na=False)
        for column in df.columns:
            if column in MACHINE_COLUMNS or column.endswith("url"):
                continue  # links are addresses, not text
            for i, cell in enumerate(df[column], start=2):
                yield f"{path.name}:{i}:{column}", cell
    for path in sorted(DATA_DIR.glob("*.geojson")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        for i, feature in enumerate(doc["features"], start=1):
            for key, value in feature["properties"].items():
                if isinstance(value, str):
                    yield f"{path.name}:feature {i}:{key}", value
    sources = json.loads((DATA_DIR / "sources.json").read_text(encoding="utf-8"))
    for entry in sources["inputs"]:
        for key in ("origin_de", "origin_en"):
            yield f"sources.json:{key}", entry[key]


def test_no_research_notes_or_ascii_umlauts_in_public_text():
    bad = [
        (where, pattern, text)
        for where, text in _public_cells()
        for pattern in FORBIDDEN
        if re.search(pattern, text)
    ]
    assert not bad, bad[:10]


@pytest.mark.parametrize(
    ("file", "columns"),
    [
        ("spaces.csv", ["evidence", "note", "check"]),
        ("funding.csv", ["programme", "area", "what"]),
        ("resources.csv", ["label", "as_of"]),
        ("space_population.csv", ["as_of", "area"]),
        ("city_reference.csv", ["label", "method"]),
        ("catalogue.csv", ["label", "definition", "caveats", "zero_rule"]),
    ],
)
def test_public_text_is_bilingual(file, columns):
    df = pd.read_csv(DATA_DIR / file, dtype=str, keep_default_na=False)
    for column in columns:
        de, en = df[f"{column}_de"], df[f"{column}_en"]
        assert ((de == "") == (en == "")).all(), (file, column)  # both or neither


def test_every_funding_and_resource_row_has_a_link_and_a_year(bundle):
    funding = bundle.funding
    assert funding.source_url.str.startswith("http").all()
    for r in funding.itertuples(index=False):
        assert (not pd.isna(r.year) and 1900 < int(r.year) < 2100) or r.undated, r
        assert r.undated == pd.isna(r.year)
        if r.undated:
            assert r.year_note_de and r.year_note_en
    resources = bundle.resources
    for r in resources.itertuples(index=False):
        assert (isinstance(r.source_url, str) and r.source_url.startswith("http")) or (
            r.source_note_de and r.source_note_en  # no public link: said so, in both languages
        ), r.key
        assert (not pd.isna(r.year)) or r.undated, r.key
    assert resources.source_url.notna().sum() >= len(resources) - 1


def test_funding_links_to_spaces_say_how(bundle):
    linked = bundle.funding[bundle.funding.space_id.notna()]
    assert linked.space_match.notna().all()
    assert (linked.confidence == "assigned").all()
    assert set(bundle.funding.confidence) <= {"stated", "derived", "assigned"}
    demolition = bundle.funding[bundle.funding.area_de.str.contains("Kielstraße")]
    assert demolition.space_id.isna().all()  # its place is not in the source: not assigned
