"""One way to read a number typed by a person or written by the city (pure, no pandas).

Used by the pipeline's importer (city tables: ``12,5``, ``1.234,5``, markers ``x`` ``.`` ``-``)
and by the UI's manual class-break field, in German (``12,5``) or English (``12.5``).
"""

from __future__ import annotations

import re

MISSING_MARKERS: dict[str, str] = {
    "x": "suppressed", "X": "suppressed", ".": "suppressed",
    "-": "not_published", "–": "not_published", "—": "not_published", "": "not_published",
}  # fmt: skip
"""Cell text -> missing reason: ``x``/``X``/``.`` mark secrecy; dashes or empty: not published."""

_SEPARATORS = {"de": (",", "."), "en": (".", ","), ",": (",", "."), ".": (".", ",")}
"""``lang_or_decimal`` -> (decimal mark, thousands mark)."""
MAX_LENGTH = 40
"""Longer texts are refused before any parsing (no number we read has more digits)."""
_SPACES = re.compile(r"[ \u00a0\u202f]")
_NUMBER = re.compile(r"\d+(\.\d+)?")


def decimal_mark(lang_or_decimal: str) -> str:
    """``"de"`` or ``","`` -> ``","``; ``"en"`` or ``"."`` -> ``"."``; anything else: ValueError."""
    try:
        return _SEPARATORS[lang_or_decimal][0]
    except KeyError:
        raise ValueError(
            f"unknown number convention {lang_or_decimal!r}: use 'de', 'en', ',' or '.'"
        ) from None


def is_missing_marker(text: str) -> bool:
    """True for the markers that stand for a missing value (``x`` ``.`` ``-`` ``–`` or empty)."""
    return text.strip() in MISSING_MARKERS


def parse_number(text: str, lang_or_decimal: str = "de") -> float | None:
    """Read ``text`` as a number in German (``"de"``/``","``) or English (``"en"``/``"."``).

    - German: ``12,5`` ``1.234,5`` ``1234`` ``-3,5``; English: ``12.5`` ``1,234.5``.
    - Spaces (also no-break spaces) between digit groups are ignored.
    - A lone separator that cannot be a thousands mark is read as the decimal mark, so
      ``12.5`` is 12.5 in German too and ``12,5`` is 12.5 in English; ``1.234`` is 1234 in
      German and 1.234 in English.
    - Missing markers (``x``, ``X``, ``.``, ``-``, ``–``, ``—``, empty) give ``None``.

    Anything else raises :class:`ValueError` with a message that can be shown to the user.
    """
    decimal, thousands = _SEPARATORS.get(lang_or_decimal, (None, None))
    if decimal is None:
        decimal_mark(lang_or_decimal)  # raises
    raw = text if isinstance(text, str) else str(text)
    if len(raw) > MAX_LENGTH:
        raise ValueError(f"{raw[:20]!r}… is too long for a number")
    cleaned = _SPACES.sub("", raw.strip())
    if cleaned in MISSING_MARKERS:
        return None
    sign = ""
    if cleaned[0] in "+-−":
        sign, cleaned = ("-" if cleaned[0] in "-−" else ""), cleaned[1:]
    plain = _plain(cleaned, decimal, thousands)
    if plain is None or not _NUMBER.fullmatch(plain):
        example = "12,5 or 1.234,5" if decimal == "," else "12.5 or 1,234.5"
        raise ValueError(f"{raw.strip()!r} is not a number (expected e.g. {example})")
    return float(sign + plain)


def _plain(text: str, decimal: str, thousands: str) -> str | None:
    """``text`` without thousands marks and with a decimal point, or None if malformed."""
    if text.count(decimal) > 1:
        return None
    if thousands in text:
        head, _, tail = text.partition(decimal)
        groups = head.split(thousands)
        if decimal in text:
            return "".join(groups) + "." + tail if _grouped(groups) else None
        if _grouped(groups):
            return "".join(groups)
        if len(groups) == 2:  # a lone mark that cannot group thousands: a decimal mark
            return groups[0] + "." + groups[1]
        return None
    return text.replace(decimal, ".")


def _grouped(groups: list[str]) -> bool:
    """``["1", "234", "567"]``: a first group of 1-3 digits, then groups of exactly 3."""
    return (
        len(groups) > 1
        and 1 <= len(groups[0]) <= 3
        and groups[0].isdigit()
        and all(len(g) == 3 and g.isdigit() for g in groups[1:])
    )
