"""One number parser for the pipeline and the UI (pure).

German tables and German users write ``12,5`` and ``1.234,5``; English ones ``12.5`` and
``1,234.5``. Both are accepted in either language where they are unambiguous; the language
decides only the ambiguous case of one separator followed by exactly three digits
(``1.234`` is 1234 in German, 1.234 in English).
"""

from __future__ import annotations

import math
import re

MISSING_MARKERS = frozenset({"", "-", "–", ".", "x", "X", "..."})
"""Cells that mean "no value" in the city's tables."""

_PLAIN = re.compile(r"[+-]?\d+")
_DEC = re.compile(r"[+-]?\d*[.,]\d+")
_GROUPED_DE = re.compile(r"[+-]?\d{1,3}(\.\d{3})+(,\d+)?")
_GROUPED_EN = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?")
MAX_LENGTH = 40


def is_missing_marker(text: str) -> bool:
    return text.strip() in MISSING_MARKERS


def parse_number(text: str, lang: str = "de") -> float:
    """``text`` as a finite float; raises ValueError (with the text) otherwise.

    >>> parse_number("12,5"), parse_number("12.5"), parse_number("1.234,5")
    (12.5, 12.5, 1234.5)
    >>> parse_number("1.234", "de"), parse_number("1.234", "en")
    (1234.0, 1.234)
    """
    if not isinstance(text, str):
        raise ValueError(f"not a text: {text!r}")
    s = text.strip().replace("\u2212", "-").replace("\u00a0", "").replace(" ", "")
    if not s or len(s) > MAX_LENGTH:
        raise ValueError(f"not a number: {text!r}")
    if _PLAIN.fullmatch(s):
        value = float(s)
    elif _GROUPED_DE.fullmatch(s) and (lang == "de" or "," in s):
        value = float(s.replace(".", "").replace(",", "."))
    elif _GROUPED_EN.fullmatch(s) and (lang == "en" or "." in s):
        value = float(s.replace(",", ""))
    elif _DEC.fullmatch(s):
        value = float(s.replace(",", "."))
    else:
        raise ValueError(f"not a number: {text!r}")
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {text!r}")
    return value
