"""Tests for reading the city's open-data tables (dashboard.pipeline.opendata)."""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest

from dashboard.data.errors import DataError
from dashboard.pipeline.opendata import read_city_table

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "city_table_example.csv"


@pytest.fixture
def units() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "code": ["041", "051", "124", "611", "921", "930"],
            "name": [
                "Hafen",
                "Nordmarkt-Süd",
                "Kemminghausen",
                "Schönau",
                "Brüninghausen/Knepper",
                "Nette",
            ],
        }
    )


def write(tmp_path: Path, text: str, encoding: str = "utf-8", filename: str = "ubz.csv") -> Path:
    path = tmp_path / filename
    path.write_bytes(text.encode(encoding))
    return path


def as_dict(result: pd.DataFrame) -> dict[str, float]:
    return dict(zip(result["unit_code"], result["value"], strict=True))


def raises(path: Path, units: pd.DataFrame, **kwargs: object) -> str:
    with pytest.raises(DataError) as info:
        read_city_table(path, units, **kwargs)
    message = str(info.value)
    assert path.name in message
    return message


# --- formats ---------------------------------------------------------------------------------


def test_semicolon_decimal_comma_and_thousands_dot(tmp_path, units):
    path = write(tmp_path, "Unterbezirk;Name;Wert\n041;Hafen;12,5\n051;Nordmarkt-Süd;1.234,5\n")
    path2 = write(tmp_path, "Unterbezirk;Wert\n124;2.500\n611;7\n930;0,25\n", filename="b.csv")
    assert as_dict(read_city_table(path, units)) == {"041": 12.5, "051": 1234.5}
    assert as_dict(read_city_table(path2, units)) == {"124": 2500.0, "611": 7.0, "930": 0.25}


def test_comma_separator_with_decimal_point_or_quoted_comma(tmp_path, units):
    path = write(tmp_path, 'Nr,Gebiet,Anteil\n41,Hafen,12.5\n930,Nette,"3,75"\n')
    assert as_dict(read_city_table(path, units, is_percentage=True)) == {"041": 12.5, "930": 3.75}


def test_utf8_with_bom_keeps_first_header(tmp_path, units):
    path = write(tmp_path, "Unterbezirk;Wert\r\n611;40,0\r\n921;0\r\n", encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert as_dict(read_city_table(path, units)) == {"611": 40.0, "921": 0.0}


def test_latin1_names_with_umlauts(tmp_path, units):
    text = "Name;Quote\nSchönau;1,5\nNordmarkt-Süd;2,5\nBrüninghausen/Knepper;3,5\n"
    path = write(tmp_path, text, encoding="latin-1")
    assert b"Sch\xf6nau" in path.read_bytes()
    result = read_city_table(path, units)
    assert as_dict(result) == {"051": 2.5, "611": 1.5, "921": 3.5}


def test_codes_without_leading_zero_and_with_name_suffix(tmp_path, units):
    path = write(tmp_path, "UBz;Wert\n41;1\n124 Kemminghausen;2\n0930;3\n")
    assert as_dict(read_city_table(path, units)) == {"041": 1.0, "124": 2.0, "930": 3.0}


def test_names_in_upper_case_with_ue_and_spaces(tmp_path, units):
    text = "Bezeichnung;Wert\nNORDMARKT-SUED;1\nSCHOENAU;2\nbrueninghausen / knepper;3\n"
    path = write(tmp_path, text)
    assert as_dict(read_city_table(path, units)) == {"051": 1.0, "611": 2.0, "921": 3.0}
    path2 = write(tmp_path, "name;wert\nnordmarkt süd;5\nHAFEN;6\n", filename="b.csv")
    assert as_dict(read_city_table(path2, units)) == {"041": 6.0, "051": 5.0}


@pytest.mark.parametrize(
    ("marker", "reason"),
    [
        ("x", "suppressed"),
        ("X", "suppressed"),
        (".", "suppressed"),
        ("-", "not_published"),
        ("–", "not_published"),
        ("", "not_published"),
        ("  ", "not_published"),
    ],
)
def test_missing_markers(tmp_path, units, marker, reason):
    path = write(tmp_path, f"Unterbezirk;Wert\n041;{marker}\n051;3,0\n", encoding="cp1252")
    result = read_city_table(path, units, is_percentage=True)
    assert math.isnan(result.loc[0, "value"])
    assert result.loc[0, "missing_reason"] == reason
    assert result.loc[1, "value"] == 3.0
    assert result.loc[1, "missing_reason"] is None


def test_output_is_sorted_with_three_columns(tmp_path, units):
    path = write(tmp_path, "Unterbezirk;Wert\n930;1\n041;x\n611;2\n")
    result = read_city_table(path, units)
    assert list(result.columns) == ["unit_code", "value", "missing_reason"]
    assert list(result["unit_code"]) == ["041", "611", "930"]
    assert result["value"].dtype == "float64"
    assert list(result["missing_reason"]) == ["suppressed", None, None]


def test_label_columns_and_trailing_separator_are_not_values(tmp_path, units):
    text = "Jahr;Stadtbezirk;Unterbezirk;Name;Arbeitslose;\n2024;Innenstadt-Nord;041;Hafen;9,5;\n"
    path = write(tmp_path, text)
    assert as_dict(read_city_table(path, units)) == {"041": 9.5}


def test_explicit_value_and_unit_columns(tmp_path, units):
    path = write(tmp_path, "Kennung;Männer;Frauen\n041;1;2\n930;3;4\n")
    result = read_city_table(path, units, value_column="Frauen", unit_column="Kennung")
    assert as_dict(result) == {"041": 2.0, "930": 4.0}


def test_example_file_reads(units):
    extra = pd.DataFrame({"code": ["052"], "name": ["Nordmarkt-Südost"]})
    result = read_city_table(EXAMPLE, pd.concat([units, extra]), is_percentage=True)
    assert list(result["unit_code"]) == ["041", "051", "052", "124", "611"]
    assert result["missing_reason"].notna().sum() == 2
    assert set(result["missing_reason"].dropna()) == {"suppressed", "not_published"}


# --- errors ----------------------------------------------------------------------------------


def test_unknown_unit_code(tmp_path, units):
    path = write(tmp_path, "Unterbezirk;Wert\n041;1\n999;2\n")
    message = raises(path, units)
    assert "line 3" in message and "column 'Unterbezirk'" in message
    assert "a unit code of the 6 statistische Unterbezirke or its name" in message
    assert "'999'" in message


def test_unknown_unit_name(tmp_path, units):
    path = write(tmp_path, "Name;Wert\nHafen;1\nNette;2\nAtlantis;3\n")
    message = raises(path, units)
    assert "line 4" in message and "column 'Name'" in message and "'Atlantis'" in message


def test_duplicate_unit_by_code_and_name(tmp_path, units):
    path = write(tmp_path, "Unterbezirk;Wert\n51;1\nNordmarkt-Süd;2\n")
    message = raises(path, units)
    assert "line 3" in message and "column 'Unterbezirk'" in message
    assert "already on line 2" in message


def test_non_numeric_value(tmp_path, units):
    path = write(tmp_path, "Unterbezirk;Wert\n041;1\n051;zwölf\n")
    message = raises(path, units)
    assert "line 3" in message and "column 'Wert'" in message and "'zwölf'" in message


def test_percentage_above_100(tmp_path, units):
    path = write(tmp_path, "Unterbezirk;Anteil\n041;100,0\n051;1.234,0\n")
    message = raises(path, units, is_percentage=True)
    assert "line 3" in message and "column 'Anteil'" in message
    assert "between 0 and 100" in message


def test_negative_value(tmp_path, units):
    path = write(tmp_path, "Unterbezirk;Wert\n041;-0,5\n")
    message = raises(path, units)
    assert "line 2" in message and "column 'Wert'" in message
    assert "a non-negative number" in message


def test_value_column_renamed(tmp_path, units):
    path = write(tmp_path, "Unterbezirk;Quote 2024\n041;1\n")
    message = raises(path, units, value_column="Quote")
    assert "line 1" in message and "column 'Quote'" in message and "Quote 2024" in message


def test_unit_column_renamed(tmp_path, units):
    path = write(tmp_path, "Unterbezirk;Wert\n041;1\n")
    message = raises(path, units, unit_column="UBZ")
    assert "line 1" in message and "column 'UBZ'" in message


def test_no_unit_column(tmp_path, units):
    path = write(tmp_path, "Raum;Wert\n041;1\n")
    message = raises(path, units)
    assert "line 1" in message and "unit column" in message and "'Raum'" in message


def test_several_value_columns_ask_for_value_column(tmp_path, units):
    path = write(tmp_path, "Unterbezirk;Männer;Frauen\n041;1;2\n")
    message = raises(path, units)
    assert "line 1" in message and "value_column" in message
    assert "Männer" in message and "Frauen" in message


def test_empty_file(tmp_path, units):
    path = write(tmp_path, "")
    assert "empty file" in raises(path, units)


def test_header_only(tmp_path, units):
    path = write(tmp_path, "Unterbezirk;Wert\n")
    message = raises(path, units)
    assert "line 2" in message and "data line" in message


def test_name_argument_is_used_in_messages(tmp_path, units):
    path = write(tmp_path, "Unterbezirk;Wert\n041;abc\n")
    with pytest.raises(DataError, match=r"^raw/arbeitslose\.csv, line 2, column 'Wert'"):
        read_city_table(path, units, name="raw/arbeitslose.csv")
