"""One number parser for the pipeline and the UI (dashboard.data.numbers)."""

from __future__ import annotations

import pytest

from dashboard.data.numbers import decimal_mark, is_missing_marker, parse_number


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("12,5", "de", 12.5),
        ("1.234,5", "de", 1234.5),
        ("1.234.567,89", "de", 1234567.89),
        ("1.234", "de", 1234.0),
        ("1234", "de", 1234.0),
        ("-3,5", "de", -3.5),
        ("−3,5", "de", -3.5),
        (" 1 234,5 ", "de", 1234.5),
        ("1\u00a0234,5", ",", 1234.5),
        ("12.5", "de", 12.5),  # a lone dot that cannot group thousands is a decimal point
        ("12.5", "en", 12.5),
        ("1,234.5", "en", 1234.5),
        ("1,234", "en", 1234.0),
        ("1.234", "en", 1.234),
        ("12,5", "en", 12.5),  # a lone comma that cannot group thousands is a decimal comma
        ("0", ".", 0.0),
    ],
)
def test_numbers_in_both_conventions(text, lang, expected):
    assert parse_number(text, lang) == pytest.approx(expected)


@pytest.mark.parametrize("marker", ["x", "X", ".", "-", "–", "—", "", "  "])
def test_missing_markers_give_none(marker):
    assert parse_number(marker, "de") is None
    assert parse_number(marker, "en") is None
    assert is_missing_marker(marker)


@pytest.mark.parametrize("text", ["abc", "12,34,5", "1e5", "12.34,5", "+", "--1", "1.23.4", "12 %"])
def test_anything_else_is_a_clear_value_error(text):
    with pytest.raises(ValueError, match="is not a number"):
        parse_number(text, "de")


def test_unknown_convention_is_refused():
    with pytest.raises(ValueError, match="unknown number convention"):
        parse_number("1", "fr")
    assert decimal_mark("de") == "," and decimal_mark("en") == "."
