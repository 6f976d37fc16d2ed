"""The main view's table: rows, columns, order and notes of exactly what the view shows (pure).

The HTML table, the CSV and the XLSX exports are all built from these rows.
"""

from __future__ import annotations

import pandas as pd

from ..i18n import edition_year, format_number, has_text, pick, t, unit_label
from .main import MainModel

FIRST_YEAR = 2008
"""The Aktionsplan's first year: spaces in it since then need no "since" note."""
TEXT_KEYS = ("name", "stadtbezirk", "type", "space", "membership")
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def german_key(text: str) -> str:
    """Sort key as in a German index: case and umlauts folded (Ö with O, ß as ss)."""
    return text.casefold().translate(_FOLD)


def missing_text(reason: str, model: MainModel) -> str:
    """Why a value is missing, in words (in change mode naming the edition that lacks it)."""
    lang = model.state.lang
    if reason in ("missing_old", "missing_new"):
        entry = model.older if reason == "missing_old" else model.entry
        year = edition_year(entry.edition) if entry is not None else ""
        return t("missing_in", lang).format(year=year)
    key = f"missing_{reason}"
    return t(key, lang) if isinstance(reason, str) and has_text(key) else t("no_data", lang)


def note_text(row, model: MainModel) -> str:
    """Caveats of one area's value: why it is missing, shared values, aggregation,
    Aktionsquartier, and since when a space is in the Aktionsplan."""
    lang = model.state.lang
    parts = []
    if isinstance(row.missing_reason, str) and pd.isna(row.value):
        parts.append(missing_text(row.missing_reason, model))
    note = row.note if isinstance(row.note, str) else ""
    if note.startswith("same_as:"):
        codes = ", ".join(note.removeprefix("same_as:").split(";"))
        parts.append(t("note_same_as", lang).format(codes=codes))
    elif note == "members_shared":
        parts.append(t("note_members_shared", lang))
    method = getattr(row, "method", "")
    if method == "unweighted_mean":
        n = int(row.n_units)
        parts.append(t("note_single_unit", lang) if n == 1 else t("note_mean_of", lang).format(n=n))
    if getattr(row, "type", "") == "Aktionsquartier":
        parts.append(t("note_aq_values", lang))
    return "; ".join(parts)


def since_text(spaces: pd.DataFrame, space_id, lang: str, short: bool = False) -> str:
    """' (seit 2021 im Aktionsplan)' for a space that joined the Aktionsplan after its
    start, else ''; ``short``: ' (seit 2021)'."""
    if not isinstance(space_id, str) or space_id not in spaces.index:
        return ""
    since = int(spaces.at[space_id, "valid_from"])
    key = "since_short" if short else "since_year"
    return f" ({t(key, lang).format(year=since)})" if since > FIRST_YEAR else ""


def _has_check(spaces: pd.DataFrame, space_id: str) -> bool:
    check = spaces.at[space_id, "check_de"] if "check_de" in spaces.columns else None
    return isinstance(check, str) and bool(check.strip())


def _type_label(area_type: str, lang: str) -> str:
    key = {"Aktionsraum": "type_ar", "Aktionsquartier": "type_aq"}.get(area_type, "type_out")
    return t(key, lang)


def _membership(confidence, lang: str) -> str:
    if not isinstance(confidence, str):
        return "–"
    star = "" if confidence == "documented" else "*"
    return t(f"conf_{confidence}_short", lang) + star


def table_rows(model: MainModel) -> list[dict]:
    """Rows for the table: the shown areas, most need first (numbers stay numbers)."""
    lang = model.state.lang
    spaces = model.bundle.current_spaces.set_index("space_id")
    units_level = model.state.level == "units"
    rows = []
    for r in model.shown.itertuples(index=False):
        space = r.space_id if isinstance(r.space_id, str) else None
        row = {
            "id": r.id,
            "rank": None if pd.isna(r.rank) else int(r.rank),
            "name": r.name,
            "stadtbezirk": r.stadtbezirk,
            "type": _type_label(r.type, lang),
            "membership": _membership(r.membership_confidence, lang),
            "value": None if pd.isna(r.value) else float(r.value),
            "range": ""
            if pd.isna(r.min)
            else f"{format_number(r.min, lang)} – {format_number(r.max, lang)}",
            "cls": int(r.cls) + 1 if r.cls >= 0 else None,
            "note": note_text(r, model),
        }
        if not units_level and space in spaces.index and _has_check(spaces, space):
            row["note"] = "; ".join(
                x for x in (t("note_membership_checked", lang), row["note"]) if x
            )
        since = since_text(spaces, space, lang)
        if units_level:
            row["space"] = f"{spaces.at[space, 'name']}{since}" if space in spaces.index else ""
        elif since:
            row["note"] = "; ".join(x for x in (since.strip(" ()"), row["note"]) if x)
        if model.is_change:
            row["old"] = None if pd.isna(r.old_value) else float(r.old_value)
            row["new"] = None if pd.isna(r.new_value) else float(r.new_value)
        rows.append(row)
    return rows


def sorted_rows(model: MainModel) -> list[dict]:
    """The table rows in the state's order (missing values always last)."""
    rows = table_rows(model)
    key = model.state.sort.lstrip("-") or "rank"
    descending = model.state.sort.startswith("-")
    present = [r for r in rows if r.get(key) not in (None, "")]
    missing = [r for r in rows if r.get(key) in (None, "")]
    if key in TEXT_KEYS:
        present.sort(key=lambda r: german_key(str(r[key])), reverse=descending)
    else:
        present.sort(key=lambda r: r[key], reverse=descending)
    return present + missing


def value_header(model: MainModel) -> str:
    lang = model.state.lang
    change = f" – {t('change_word', lang)}" if model.is_change else ""
    return f"{pick(model.entry, 'label', lang)}{change} ({unit_label(model.unit, lang)})"


def table_columns(model: MainModel) -> list[tuple[str, str]]:
    """(key, header) of the shown columns."""
    lang = model.state.lang
    cols = [
        ("rank", t("col_rank", lang)),
        ("name", t("col_name", lang)),
        ("stadtbezirk", t("col_district", lang)),
    ]
    if model.state.level == "units":
        cols.append(("space", t("col_space", lang)))
    cols += [("type", t("col_type", lang)), ("membership", t("col_membership", lang))]
    if model.is_change:
        unit = unit_label(model.entry.unit, lang)
        cols += [
            ("old", f"{edition_year(model.older.edition)} ({unit})"),
            ("new", f"{edition_year(model.entry.edition)} ({unit})"),
        ]
    cols.append(("value", value_header(model)))
    if model.state.level == "spaces":
        cols.append(("range", t("col_range", lang)))
    cols += [("cls", t("col_class", lang)), ("note", t("caveats", lang))]
    return cols
