"""Every class of hostile or careless input ends in one DataError naming file, place and what
was expected: never a traceback, never accepted silently."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard import ROOT
from dashboard.data.bundle import load_bundle
from dashboard.data.errors import DataError
from dashboard.data.readers import parse_json, read_csv_text, read_text
from dashboard.pipeline.imports import import_table, read_meta
from dashboard.pipeline.opendata import read_city_table

EXAMPLE_META = json.loads((ROOT / "examples" / "city_table_example.meta.json").read_text())
HEADER = "Unterbezirk;Name;Wert\n"


def _message(exc_info) -> str:
    text = str(exc_info.value)
    assert "\n" not in text and "Traceback" not in text
    return text


# --- files: size, kind, bytes ------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (HEADER + "041;" + "A" * 200_000 + ";10\n", "line 2"),  # over the csv module's limit
        (HEADER + "041;" + "A" * 100_001 + ";10\n", "at most 100,000 characters"),
        (HEADER + "041;Hafen;10\n" + "#" * 5000 + "\n051;Nord\x00;5\n", "NUL byte"),
        ("", "non-empty"),
    ],
)
def test_bad_csv_files(tmp_path, content, expected):
    path = tmp_path / "t.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as info:
        read_csv_text(path, delimiter=";")
    assert expected in _message(info)
    assert str(path) in str(info.value)


def test_nul_position_is_named(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"a;b\n" + b"x;y\n" * 2000 + b"x;\x00\n")
    with pytest.raises(DataError) as info:
        read_text(path)
    assert "line 2002" in _message(info)


def test_a_folder_given_as_a_file(tmp_path):
    with pytest.raises(DataError, match="expected a file, found 'a folder'"):
        read_text(tmp_path)


def test_huge_file_is_refused_before_reading(tmp_path, monkeypatch):
    import dashboard.data.readers as readers

    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.csv"
    path.write_text("a,b\n" + "1,2\n" * 1000)
    with pytest.raises(DataError, match="at most"):
        readers.read_bytes(path, limit=readers.MAX_FILE_BYTES)


# --- JSON -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested at most 64"),
        ('{"a": ' + "1" * 5000 + "}", "Exceeds the limit"),
        ('{"a": NaN}', "non-finite number NaN"),
        ('{"a": Infinity}', "non-finite number Infinity"),
        ('{"a": 1', "valid JSON"),
    ],
)
def test_bad_json(text, expected):
    with pytest.raises(DataError) as info:
        parse_json(text, "meta.json")
    assert expected in _message(info)


def test_brackets_inside_strings_do_not_count():
    assert parse_json('{"a": "[[[[[[[[' + "[" * 200 + '"}', "x") == {"a": "[" * 208}


# --- the import's catalogue entry -----------------------------------------------------------


def _meta(tmp_path, **changes) -> Path:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({**EXAMPLE_META, **changes}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("changes", "column", "expected"),
    [
        ({"reference_date": "2099-12-31"}, "reference_date", "not in the future"),
        ({"reference_date": "2023-02-30"}, "reference_date", "a real date"),
        ({"indicator_id": "example_share\n"}, "indicator_id", "no line break"),
        ({"edition": "e2025\n"}, "edition", "no line break"),
        ({"direction": [1]}, "direction", "a text, number or true/false"),
        ({"label_de": "x" * 200_000}, "label_de", "at most 100,000 characters"),
        ({"source": "Quelle\x07"}, "source", "control characters"),
    ],
)
def test_bad_meta(tmp_path, changes, column, expected):
    with pytest.raises(DataError) as info:
        read_meta(_meta(tmp_path, **changes))
    text = _message(info)
    assert expected in text and f"'{column}'" in text


# --- the import's values ----------------------------------------------------------------------


@pytest.mark.parametrize("value", ["Infinity", "NaN", "1e308", "1" * 5000, "-inf"])
def test_non_numbers_in_a_city_table(tmp_path, bundle, value):
    path = tmp_path / "t.csv"
    path.write_text(HEADER + f"041;Hafen;{value}\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        read_city_table(path, bundle.units, value_column="Wert")
    assert "line 2, column 'Wert'" in _message(info)


def test_existing_edition_is_not_replaced_silently(tmp_path, data_copy):
    table = tmp_path / "t.csv"
    table.write_text(HEADER + "041;Hafen;10\n", encoding="utf-8")
    official = dict(indicator_id="transfer_benefits", edition="atlas2024")
    before = (data_copy / "indicators.csv").read_bytes()
    with pytest.raises(DataError) as info:
        import_table(table, _meta(tmp_path, **official), data_copy)
    assert "--replace" in _message(info) and "transfer_benefits atlas2024: 170 values" in str(
        info.value
    )
    assert (data_copy / "indicators.csv").read_bytes() == before
    key, replaced = import_table(table, _meta(tmp_path, **official), data_copy, replace=True)
    assert key == "transfer_benefits__atlas2024"
    assert replaced.startswith("transfer_benefits atlas2024 (170 values from Stadt Dortmund")
    values = load_bundle(data_copy).values
    assert (values[values.indicator_id == "transfer_benefits"].edition == "atlas2024").sum() == 1


# --- the data folder the app loads --------------------------------------------------------------


def _edit_units(folder: Path, change) -> None:
    doc = json.loads((folder / "units.geojson").read_text(encoding="utf-8"))
    change(doc)
    (folder / "units.geojson").write_text(json.dumps(doc), encoding="utf-8")


def _map_coords(coords, fn):
    if isinstance(coords[0], (int, float)):
        return fn(coords)
    return [_map_coords(c, fn) for c in coords]


def _ring(doc):
    g = doc["features"][0]["geometry"]
    return g["coordinates"][0] if g["type"] == "Polygon" else g["coordinates"][0][0]


def _shift(doc, fn):
    g = doc["features"][0]["geometry"]
    g["coordinates"] = _map_coords(g["coordinates"], fn)


def _hole_outside(doc):
    g = doc["features"][0]["geometry"]
    hole = [[7.30, 51.40], [7.301, 51.40], [7.301, 51.401], [7.30, 51.40]]
    (g["coordinates"] if g["type"] == "Polygon" else g["coordinates"][0]).append(hole)


def _projected(doc):
    for f in doc["features"]:
        f["geometry"]["coordinates"] = _map_coords(
            f["geometry"]["coordinates"], lambda c: [c[0] * 50_000, c[1] * 110_000]
        )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: _ring(d).__setitem__(1, [float("nan"), 51.5]), "non-finite number NaN"),
        (_projected, "a projected CRS"),
        (lambda d: _shift(d, lambda c: [c[0] - 7.4, c[1] - 51.5]), "inside Dortmund"),
        (_hole_outside, "a hole outside its shell"),
        (lambda d: d["features"][5]["properties"].__setitem__("name", "Ha\x00fen"), "NUL"),
        (lambda d: d.__setitem__("crs", {"properties": {"name": "EPSG:25832"}}), "WGS 84"),
        (lambda d: d["features"][0]["properties"].__setitem__("code", "001\n"), "line break"),
    ],
)
def test_bad_unit_geometry_and_properties(data_copy, change, expected):
    _edit_units(data_copy, change)
    with pytest.raises(DataError) as info:
        load_bundle(data_copy)
    assert expected in _message(info) and "units.geojson" in str(info.value)


def _replace_first_value(folder: Path, new: str) -> None:
    lines = (folder / "indicators.csv").read_text(encoding="utf-8").splitlines()
    cells = lines[1].split(",")
    cells[3] = new
    lines[1] = ",".join(cells)
    (folder / "indicators.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("value", ["inf", "-inf", "1e308", "1e13"])
def test_non_finite_values_in_data(data_copy, value):
    _replace_first_value(data_copy, value)
    with pytest.raises(DataError) as info:
        load_bundle(data_copy)
    assert "indicators.csv, line 2, column 'value'" in _message(info)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (",2023-12-31,", ",2099-12-31,", "not in the future"),
        (",2023-12-31,", ",2023-02-30,", "a real date"),
    ],
)
def test_bad_reference_dates_in_data(data_copy, old, new, expected):
    path = data_copy / "catalogue.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_bundle(data_copy)
    assert expected in _message(info) and "'reference_date'" in str(info.value)


@pytest.mark.parametrize(
    ("file", "content", "expected"),
    [
        ("sources.json", "[" * 100_000 + "]" * 100_000, "nested at most"),
        ("sources.json", "[1, 2]", "a JSON object"),
        ("spaces.geojson", '{"type": "FeatureCollection", "features": ' + "[" * 500, "nested"),
    ],
)
def test_bad_json_files_in_data(data_copy, file, content, expected):
    (data_copy / file).write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_bundle(data_copy)
    assert expected in _message(info) and file in str(info.value)


def test_a_folder_in_place_of_a_data_file(data_copy):
    (data_copy / "units.geojson").unlink()
    (data_copy / "units.geojson").mkdir()
    with pytest.raises(DataError, match=r"units\.geojson: expected a file, found 'a folder'"):
        load_bundle(data_copy)


# --- exports: cells that a spreadsheet would run ------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("-1,5", "-1,5"),  # a negative number in German format stays a number
        ("-12.345,6", "-12.345,6"),
        ("-0.25", "-0.25"),
        ("Nordmarkt-Süd", "Nordmarkt-Süd"),
        (-3.5, -3.5),
    ],
)
def test_formula_cells_are_neutralised(cell, expected):
    from dashboard.exports.cells import safe_cell

    assert safe_cell(cell) == expected


def test_analysis_csv_neutralises_names():
    from dashboard.analysis.tables import rows_to_csv

    text = rows_to_csv([["area_id", "name", "score"], ["001", "=1+1", "-0.500000"]])
    assert text.splitlines()[1] == "001,'=1+1,-0.500000"


def test_precompressed_assets_match_their_sources():
    """The shipped .br files are the vendored files (rewrite: python -m dashboard.compression)."""
    import brotli

    from dashboard.compression import PRECOMPRESSED

    for name in PRECOMPRESSED:
        source = ROOT / "assets" / name
        packed = source.with_name(source.name + ".br")
        assert brotli.decompress(packed.read_bytes()) == source.read_bytes(), name
