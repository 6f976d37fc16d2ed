"""Every way an input can be wrong ends with exit 1, one message naming file, line/feature and
column, and data/ left exactly as it was."""

from __future__ import annotations

import json
import shutil

import pytest

from dashboard.data.bundle import load_bundle
from dashboard.data.errors import DataError
from dashboard.pipeline.__main__ import main
from tests.conftest import tree_digest

LOOKUP = "derived/dortmund_unterbezirke_lookup.csv"
SPACES = "derived/aktionsraeume_15_spaces.csv"
FUNDING = "derived/funding_facts.csv"
POPULATION = "derived/population_points.csv"
SPACE_FACTS = "derived/space_facts.csv"
GEOMETRY = "raw_spatialjustice/Statist_UnterbezirkePolygon.geojson"
ATLAS19 = "raw_spatialjustice/do_data2018.geojson"


@pytest.fixture
def raw_copy(raw_dir, tmp_path):
    target = tmp_path / "raw"
    shutil.copytree(raw_dir, target)
    for path in target.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)  # shared/ is read-only
    return target


def _replace(path, old: str, new: str, count: int = 1, encoding: str = "utf-8") -> None:
    text = path.read_text(encoding=encoding)
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding=encoding)


def _edit_json(path, edit, encoding="utf-8"):
    doc = json.loads(path.read_text(encoding=encoding))
    edit(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding=encoding)


def _set_property(code: str, key: str, value):
    def edit(doc):
        feature = next(f for f in doc["features"] if f["properties"]["unbeznr"] == code)
        feature["properties"][key] = value

    return edit


def _run(raw, out, capsys) -> str:
    before = tree_digest(out)
    assert main(["build", "--raw", str(raw), "--out", str(out)]) == 1
    assert tree_digest(out) == before, "data/ must stay exactly as it was"
    assert not list(out.parent.glob(".data-*")), "no temporary folder is left behind"
    err = capsys.readouterr().err
    assert err.count("\n") == 2, err  # one message, plus 'data/ was left unchanged.'
    return err


def test_valid_raw_copy_builds(raw_copy, data_copy, capsys):
    assert main(["build", "--raw", str(raw_copy), "--out", str(data_copy)]) == 0


def test_missing_or_renamed_column(raw_copy, data_copy, capsys):
    _replace(raw_copy / LOOKUP, ",stadtbezirk,", ",district,")
    err = _run(raw_copy, data_copy, capsys)
    assert LOOKUP in err and "line 1" in err and "column 'stadtbezirk'" in err


def test_unknown_unit_code_in_geometry(raw_copy, data_copy, capsys):
    _edit_json(raw_copy / GEOMETRY, _set_property("041", "unbeznr", "049"), encoding="latin-1")
    err = _run(raw_copy, data_copy, capsys)
    assert GEOMETRY in err and "feature" in err and "column 'unbeznr'" in err and "'049'" in err


def test_unknown_unit_code_in_indicator_file(raw_copy, data_copy, capsys):
    _edit_json(raw_copy / ATLAS19, _set_property("930", "unbeznr", "939"))
    err = _run(raw_copy, data_copy, capsys)
    assert ATLAS19 in err and "column 'unbeznr'" in err and "'939'" in err


def test_duplicate_rows(raw_copy, data_copy, capsys):
    path = raw_copy / LOOKUP
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(6, lines[5])  # line 6 (unit 011) twice
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = _run(raw_copy, data_copy, capsys)
    assert LOOKUP in err and "line 7" in err and "duplicate" in err


def test_non_numeric_value(raw_copy, data_copy, capsys):
    _edit_json(raw_copy / ATLAS19, _set_property("052", "unemployed_pct", "zwölf"))
    err = _run(raw_copy, data_copy, capsys)
    assert ATLAS19 in err and "column 'unemployed_pct'" in err and "a number" in err


def test_non_numeric_amount(raw_copy, data_copy, capsys):
    _replace(raw_copy / FUNDING, ",4350000,", ",4.35 Mio,")
    err = _run(raw_copy, data_copy, capsys)
    assert FUNDING in err and "line 6" in err and "column 'amount_eur'" in err


def test_funding_row_without_curated_text(raw_copy, data_copy, capsys):
    _replace(raw_copy / FUNDING, "Hansa-Revier Huckarde", "Hansa-Revier Huckarde-Nord")
    err = _run(raw_copy, data_copy, capsys)
    assert FUNDING in err and "line 10" in err and "column 'programme'" in err
    assert "curated" in err


def test_space_population_without_curated_scope(raw_copy, data_copy, capsys):
    _replace(raw_copy / SPACE_FACTS, ",18520,", ",18600,")
    err = _run(raw_copy, data_copy, capsys)
    assert SPACE_FACTS in err and "column 'value'" in err and "AR06" in err


def test_membership_confidence_that_the_evidence_does_not_describe(raw_copy, data_copy, capsys):
    _replace(raw_copy / SPACES, "guess - split of stat. Bezirk 12 not verified", "documented")
    err = _run(raw_copy, data_copy, capsys)
    assert SPACES in err and "line 7" in err and "column 'mapping_confidence'" in err


def test_percentage_outside_0_100(raw_copy, data_copy, capsys):
    _edit_json(raw_copy / ATLAS19, _set_property("052", "children_under_15_SGB_II_pct", 160.7))
    err = _run(raw_copy, data_copy, capsys)
    assert ATLAS19 in err and "children_under_15_SGB_II_pct" in err and "between 0 and 100" in err


def test_negative_count(raw_copy, data_copy, capsys):
    _replace(raw_copy / POPULATION, ",609546,", ",-609546,")
    err = _run(raw_copy, data_copy, capsys)
    assert POPULATION in err and "line 2" in err and "column 'population'" in err


def test_wrong_encoding(raw_copy, data_copy, capsys):
    path = raw_copy / SPACES
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    err = _run(raw_copy, data_copy, capsys)
    assert SPACES in err and "encoded as" in err


def test_truncated_geometry(raw_copy, data_copy, capsys):
    path = raw_copy / GEOMETRY
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    err = _run(raw_copy, data_copy, capsys)
    assert GEOMETRY in err and "valid JSON" in err and "line" in err


def test_not_geojson(raw_copy, data_copy, capsys):
    (raw_copy / GEOMETRY).write_text('{"type": "Topology", "objects": {}}', encoding="latin-1")
    err = _run(raw_copy, data_copy, capsys)
    assert GEOMETRY in err and "FeatureCollection" in err and "'Topology'" in err


def test_unit_without_geometry(raw_copy, data_copy, capsys):
    def drop_geometry(doc):
        next(f for f in doc["features"] if f["properties"]["unbeznr"] == "270")["geometry"] = None

    _edit_json(raw_copy / GEOMETRY, drop_geometry, encoding="latin-1")
    err = _run(raw_copy, data_copy, capsys)
    assert GEOMETRY in err and "feature" in err and "column 'geometry'" in err and "270" in err


def test_unit_missing_from_geometry(raw_copy, data_copy, capsys):
    def drop_feature(doc):
        doc["features"] = [f for f in doc["features"] if f["properties"]["unbeznr"] != "930"]

    _edit_json(raw_copy / GEOMETRY, drop_feature, encoding="latin-1")
    err = _run(raw_copy, data_copy, capsys)
    assert GEOMETRY in err and "no geometry for unit 930" in err


def test_space_whose_member_unit_does_not_exist(raw_copy, data_copy, capsys):
    _replace(raw_copy / SPACES, "710;760", "710;769")
    err = _run(raw_copy, data_copy, capsys)
    assert SPACES in err and "line 12" in err and "column 'unterbezirke'" in err and "'769'" in err


def test_empty_file(raw_copy, data_copy, capsys):
    (raw_copy / FUNDING).write_text("", encoding="utf-8")
    err = _run(raw_copy, data_copy, capsys)
    assert FUNDING in err and "empty file" in err


def test_header_only_file(raw_copy, data_copy, capsys):
    path = raw_copy / POPULATION
    path.write_text(path.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    err = _run(raw_copy, data_copy, capsys)
    assert POPULATION in err and "at least one data row" in err


def test_missing_raw_folder(tmp_path, data_copy, capsys):
    err = _run(tmp_path / "nope", data_copy, capsys)
    assert "nope" in err and "raw inputs" in err


# --- the app's own check of data/ (same messages) --------------------------------------


@pytest.mark.parametrize(
    ("file", "old", "new", "expect"),
    [
        (
            "indicators.csv",
            "052,children_u15_sgb2,atlas2019,60.7,",
            "052,children_u15_sgb2,atlas2019,sechzig,",
            ["indicators.csv", "column 'value'"],
        ),
        (
            "indicators.csv",
            "052,children_u15_sgb2,atlas2019,60.7,",
            "052,children_u15_sgb2,atlas2019,160.7,",
            ["indicators.csv", "between 0 and 100"],
        ),
        (
            "indicators.csv",
            "052,children_u15_sgb2,atlas2019,60.7,",
            "059,children_u15_sgb2,atlas2019,60.7,",
            ["indicators.csv", "'059'"],
        ),
        ("space_units.csv", "AR11,760,", "AR11,769,", ["space_units.csv", "column 'unit_code'"]),
        (
            "catalogue.csv",
            "indicator_id,edition,",
            "indicator,edition,",
            ["catalogue.csv", "line 1", "indicator_id"],
        ),
        ("population.csv", ",609546,", ",-609546,", ["population.csv", "column 'population'"]),
    ],
)
def test_app_loader_names_file_line_and_column(data_copy, file, old, new, expect):
    _replace(data_copy / file, old, new)
    with pytest.raises(DataError) as info:
        load_bundle(data_copy)
    message = str(info.value)
    for part in expect:
        assert part in message, message
    if file != "catalogue.csv":
        assert "line " in message


def test_app_loader_rejects_duplicate_value_rows(data_copy):
    path = data_copy / "indicators.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(3, lines[2])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(
        DataError,
        match=r"indicators.csv, line 4, column .unit_code.: expected each unit_code "
        r"\+ indicator_id \+ edition only once \(duplicate row\)",
    ):
        load_bundle(data_copy)


def test_app_loader_rejects_a_unit_without_geometry(data_copy):
    doc = json.loads((data_copy / "units.geojson").read_text(encoding="utf-8"))
    doc["features"][4]["geometry"] = None
    (data_copy / "units.geojson").write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(DataError, match=r"units.geojson, feature 5, column 'geometry'"):
        load_bundle(data_copy)


def test_app_loader_rejects_truncated_and_empty_files(data_copy):
    raw = (data_copy / "spaces.geojson").read_bytes()
    (data_copy / "spaces.geojson").write_bytes(raw[:1000])
    with pytest.raises(DataError, match=r"spaces.geojson, line 1: expected valid JSON"):
        load_bundle(data_copy)
    (data_copy / "spaces.geojson").write_bytes(raw)
    (data_copy / "funding.csv").write_text("")
    with pytest.raises(DataError, match=r"funding.csv: expected a non-empty file"):
        load_bundle(data_copy)
