"""Table rows and CSV of exactly what the view shows (pure)."""

from __future__ import annotations

import csv
import io

import pandas as pd

from ..i18n import format_date, format_number, pick, t, unit_label
from ..viewmodel import ViewModel

MISSING = {
    "broken_in_source": ("in der Quelle defekt", "broken in source"),
    "not_published": ("nicht veröffentlicht", "not published"),
    "suppressed": ("geheim gehalten", "suppressed"),
    "no_member_values": ("keine Werte der Unterbezirke", "no values of its units"),
    "missing_atlas2019": ("fehlt 2019", "missing in 2019"),
    "missing_atlas2024": ("fehlt 2024", "missing in 2024"),
}
TYPE = {
    "Aktionsraum": ("Aktionsraum", "Aktionsraum"),
    "Aktionsquartier": ("Aktionsquartier", "Aktionsquartier"),
    "outside": ("außerhalb der Räume", "outside the spaces"),
}
MEMBERSHIP = {
    "documented": ("belegt", "documented"),
    "inferred": ("erschlossen*", "inferred*"),
    "guess": ("geschätzt*", "guess*"),
    "unknown": ("unbekannt*", "unknown*"),
}


def _de_en(pair, lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def note_text(row, lang: str) -> str:
    parts = []
    if isinstance(row.missing_reason, str) and pd.isna(row.value):
        parts.append(_de_en(MISSING.get(row.missing_reason, (row.missing_reason,) * 2), lang))
    if isinstance(row.note, str) and row.note.startswith("same_as:"):
        codes = ", ".join(row.note.removeprefix("same_as:").split(";"))
        parts.append(f"gleiche Werte wie {codes}" if lang == "de" else f"same values as {codes}")
    if getattr(row, "method", "") == "unweighted_mean":
        n = int(row.n_units)
        if n == 1:
            parts.append(
                "Wert seines einzigen Unterbezirks" if lang == "de" else "value of its single unit"
            )
        else:
            parts.append(
                f"ungewichtetes Mittel aus {n} Unterbezirken"
                if lang == "de"
                else f"unweighted mean of {n} units"
            )
    if getattr(row, "type", "") == "Aktionsquartier" and getattr(row, "method", "") != "unit":
        parts.append(
            "Werte des umgebenden Bezirks" if lang == "de" else "values of the surrounding district"
        )
    return "; ".join(parts)


def table_rows(vm: ViewModel) -> list[dict]:
    """Rows for the table: the shown areas, most need first (numbers stay numbers)."""
    lang = vm.state.lang
    rows = []
    for r in vm.shown.itertuples(index=False):
        rows.append(
            {
                "id": r.id,
                "rank": None if pd.isna(r.rank) else int(r.rank),
                "name": r.name,
                "stadtbezirk": r.stadtbezirk,
                "type": _de_en(TYPE.get(r.type, (r.type, r.type)), lang),
                "membership": _de_en(MEMBERSHIP[r.membership_confidence], lang)
                if isinstance(r.membership_confidence, str)
                else "–",
                "value": None if pd.isna(r.value) else float(r.value),
                "range": ""
                if pd.isna(r.min)
                else f"{format_number(r.min, lang)} – {format_number(r.max, lang)}",
                "cls": int(r.cls) + 1 if r.cls >= 0 else None,
                "note": note_text(r, lang),
            }
        )
    return rows


_TEXT_KEYS = ("name", "stadtbezirk", "type", "membership")
_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


def german_key(text: str) -> str:
    """Sort key as in a German index: case and umlauts folded (Ö with O, ß as ss)."""
    return text.casefold().translate(_FOLD)


def sorted_rows(vm: ViewModel) -> list[dict]:
    """The table rows in the state's order (missing values always last)."""
    rows = table_rows(vm)
    key = vm.state.sort.lstrip("-") or "rank"
    descending = vm.state.sort.startswith("-")
    present = [r for r in rows if r.get(key) not in (None, "")]
    missing = [r for r in rows if r.get(key) in (None, "")]
    if key in _TEXT_KEYS:
        present.sort(key=lambda r: german_key(str(r[key])), reverse=descending)
    else:
        present.sort(key=lambda r: r[key], reverse=descending)
    return present + missing


def table_columns(vm: ViewModel) -> list[tuple[str, str]]:
    lang = vm.state.lang
    de = lang == "de"
    cols = [
        ("rank", "Rang" if de else "Rank"),
        ("name", "Name"),
        ("stadtbezirk", "Stadtbezirk" if de else "District"),
        ("type", "Typ" if de else "Type"),
        ("membership", "Zuordnung" if de else "Membership"),
        (
            "value",
            f"{pick(vm.entry, 'label', lang)}"
            + (" – Veränderung" if vm.is_change and de else " – change" if vm.is_change else "")
            + f" ({unit_label(vm.unit, lang)})",
        ),
        ("cls", "Klasse" if de else "Class"),
        ("note", t("caveats", lang)),
    ]
    if vm.state.level == "spaces":
        cols.insert(6, ("range", "Spanne der Unterbezirke" if de else "Range of units"))
    return cols


def table_csv(vm: ViewModel) -> str:
    """CSV of the table with the source on every row (German: ';' and decimal comma)."""
    lang = vm.state.lang
    e = vm.entry
    sep = ";" if lang == "de" else ","
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, lineterminator="\n")
    cols = table_columns(vm)
    extra = [t("source", lang), t("reference_date", lang), t("confidence", lang)]
    writer.writerow([*(label for _, label in cols), *extra])
    source = (
        f"{e.source} ({e.transcription})"
        if isinstance(e.transcription, str) and e.transcription
        else e.source
    )
    for row in sorted_rows(vm):  # the order the table shows
        values = []
        for key, _ in cols:
            v = row[key]
            values.append(
                format_number(v, lang, 2).rstrip("0").rstrip(",.")
                if key == "value" and v is not None
                else ("" if v is None else v)
            )
        writer.writerow(
            [*values, source, format_date(e.reference_date, lang), t(e.confidence, lang)]
        )
    return "\ufeff" + out.getvalue()
