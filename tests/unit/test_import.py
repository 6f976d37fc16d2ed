"""The pipeline's import step: a city table becomes a new indicator edition, kept on rebuild."""

from __future__ import annotations

import json

import pytest

from dashboard import ROOT
from dashboard.data.bundle import load_bundle
from dashboard.pipeline.__main__ import main
from tests.conftest import tree_digest

EXAMPLE = ROOT / "examples" / "city_table_example.csv"
META = ROOT / "examples" / "city_table_example.meta.json"


def _import(data_dir, table=EXAMPLE, meta=META) -> int:
    return main(["import", str(table), "--meta", str(meta), "--data", str(data_dir)])


def test_import_adds_an_edition_with_provenance(data_copy):
    assert _import(data_copy) == 0
    bundle = load_bundle(data_copy)
    entry = bundle.catalogue.set_index(["indicator_id", "edition"]).loc[
        ("example_share", "example2025")
    ]
    assert entry.label_de.startswith("BEISPIEL") and entry.confidence == "low"
    values = bundle.values[bundle.values.indicator_id == "example_share"].set_index("unit_code")
    assert values.at["041", "value"] == 10.0
    assert values.at["051", "value"] == 20.5
    assert values.at["052", "missing_reason"] == "not_published"
    assert values.at["124", "missing_reason"] == "suppressed"
    assert bundle.sources["imports"][0]["indicator_id"] == "example_share"
    assert (data_copy / "imports" / "example_share__example2025.csv").is_file()
    # the old data is all still there
    assert len(bundle.values[bundle.values.indicator_id == "children_u15_sgb2"]) == 340


def test_import_survives_a_rebuild(raw_dir, data_copy):
    assert _import(data_copy) == 0
    before = tree_digest(data_copy)
    assert main(["build", "--raw", str(raw_dir), "--out", str(data_copy)]) == 0
    assert tree_digest(data_copy) == before


def test_bad_import_leaves_data_unchanged(data_copy, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_bytes("Unterbezirk;Wert\n041;12,5\n999;3,0\n".encode("cp1252"))
    before = tree_digest(data_copy)
    assert _import(data_copy, table=bad) == 1
    assert tree_digest(data_copy) == before
    err = capsys.readouterr().err
    assert "bad.csv" in err and "line 3" in err and "Unterbezirk" in err


def test_bad_meta_is_named(data_copy, tmp_path, capsys):
    meta = json.loads(META.read_text(encoding="utf-8"))
    meta["handlungsfeld"] = "sport"
    path = tmp_path / "meta.json"
    path.write_text(json.dumps(meta), encoding="utf-8")
    assert _import(data_copy, meta=path) == 1
    err = capsys.readouterr().err
    assert "meta.json" in err and "column 'handlungsfeld'" in err and "'sport'" in err


@pytest.mark.parametrize("missing", ["source", "reference_date"])
def test_meta_without_provenance_is_refused(data_copy, tmp_path, capsys, missing):
    meta = json.loads(META.read_text(encoding="utf-8"))
    del meta[missing]
    path = tmp_path / "meta.json"
    path.write_text(json.dumps(meta), encoding="utf-8")
    assert _import(data_copy, meta=path) == 1
    assert f"a key '{missing}'" in capsys.readouterr().err
