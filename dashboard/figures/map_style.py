"""What the map's style function needs, as a small JSON-able ``hideout`` dict."""

from __future__ import annotations

import pandas as pd

from ..data.classify import NO_DATA, Classification, class_colors
from ..i18n import format_value, t


def unit_hideout(
    units: pd.DataFrame,
    classification: Classification | None,
    unit: str,
    title: str,
    meta: str,
    space_names: dict[str, str],
    lang: str,
    selected: str | None = None,
) -> dict:
    """Colours and tooltip labels per unit code (units without a value get no colour)."""
    colors = class_colors(units.value, classification)
    has_value = units.value.notna()
    return {
        "colors": dict(zip(units.code[has_value], colors[has_value], strict=True)),
        "labels": {
            row.code: format_value(row.value, unit, lang) + _note(row.note, lang)
            for row in units[has_value].itertuples(index=False)
        },
        "noData": NO_DATA,
        "noDataLabel": t("no_data", lang),
        "title": title,
        "meta": meta,
        "spaceNames": space_names,
        "selected": selected,
    }


def _note(note, lang: str) -> str:
    """'same_as:112;130' -> ' (gleiche Werte wie 112, 130 in der Quelle)'."""
    if not isinstance(note, str) or not note.startswith("same_as:"):
        return ""
    codes = ", ".join(note.removeprefix("same_as:").split(";"))
    if lang == "en":
        return f" (same values as {codes} in the source)"
    return f" (gleiche Werte wie {codes} in der Quelle)"
