"""The open-data ZIP of ``/daten`` (pure; no Dash): the public CSV and GeoJSON files of
``data/``, ``sources.json``, a README (German and English) and the licences.

``data_zip`` is deterministic: fixed file order, timestamps and permissions, so the same data
gives the same bytes. Data sets that are not public (``DASHBOARD_PUBLIC_DATASETS``) are left
out, and the README says which.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from ..data.datasets import DATASETS, public_files

FOLDER = "aktionsplan-daten"
ZIP_NAME = f"{FOLDER}.zip"
STAMP = (2008, 1, 1, 0, 0, 0)
"""Every entry's timestamp (the year the Aktionsplan began): no build time in the bytes."""

FILE_TEXT: dict[str, tuple[str, str]] = {
    "units.geojson": (
        "Die 170 statistischen Unterbezirke (Geometrie, WGS84) mit Code, Name, Stadtbezirk, "
        "Fläche und Zugehörigkeit zu einem Raum.",
        "The 170 statistical units (geometry, WGS84) with code, name, Stadtbezirk, area and "
        "the space they belong to.",
    ),
    "districts.geojson": (
        "Die 12 Stadtbezirke als Umrisse, aus den Unterbezirken zusammengefasst.",
        "The 12 Stadtbezirke as outlines, dissolved from the units.",
    ),
    "spaces.csv": (
        "Die 15 Räume (13 Aktionsräume, 2 Aktionsquartiere) und 2 frühere Aktionsräume, mit "
        "der Verlässlichkeit ihrer Abgrenzung und deren Beleg.",
        "The 15 spaces (13 Aktionsräume, 2 Aktionsquartiere) and 2 former Aktionsräume, with "
        "how reliable their boundaries are and the evidence.",
    ),
    "space_units.csv": (
        "Welche Unterbezirke zu welchem Raum gehören.",
        "Which units belong to which space.",
    ),
    "spaces.geojson": (
        "Umrisse der Räume, aus ihren Unterbezirken zusammengefasst (Näherungen).",
        "Outlines of the spaces, dissolved from their units (approximations).",
    ),
    "catalogue.csv": (
        "Ein Eintrag je Indikator und Ausgabe: Bezeichnung, Definition, Einheit, Richtung, "
        "Quelle, Lizenz, Stichtag, Verlässlichkeit, Hinweise.",
        "One row per indicator and edition: label, definition, unit, direction, source, "
        "licence, reference date, confidence, caveats.",
    ),
    "indicators.csv": (
        "Die Werte je Unterbezirk, Indikator und Ausgabe (Langformat); fehlende Werte mit Grund.",
        "The values per unit, indicator and edition (long form); missing values with a reason.",
    ),
    "city_reference.csv": (
        "Der städtische Vergleichswert je Indikator und Ausgabe und wie er berechnet ist.",
        "The city reference per indicator and edition and how it is computed.",
    ),
    "population.csv": (
        "Einwohnerzahlen aus öffentlichen Seiten, je Zeile mit Link.",
        "Population figures from public pages, one link per row.",
    ),
    "space_population.csv": (
        "Ungefähre Einwohnerzahlen je Raum (nie aufteilen oder addieren, wo mehrere Räume "
        "genannt sind).",
        "Approximate populations per space (never split or add up where several spaces are named).",
    ),
    "space_facts.csv": (
        "Öffentliche Fakten je Raum in eigenen Worten, je Zeile mit Quelle und Datum.",
        "Public facts per space in the project's own words, each with source and date.",
    ),
    "funding.csv": (
        "Förderbeträge und Programme aus öffentlichen Quellen, je Zeile mit Link.",
        "Funding amounts and programmes from public sources, one link per row.",
    ),
    "resources.csv": (
        "Ressourcen des Aktionsplans (Personal, Budget) mit Datum und Quelle.",
        "Resources of the Aktionsplan (staff, budget) with date and source.",
    ),
    "contacts.csv": (
        "Ansprechstellen und Wege mitzumachen (nur Rollen, keine Namen).",
        "Contacts and ways to take part (roles only, no names).",
    ),
    "history.csv": (
        "Ereignisse des Aktionsplans seit 2008.",
        "Events of the Aktionsplan since 2008.",
    ),
    "programme_entries.csv": (
        "Aktionsprogramme: Bedarfe, Potenziale, Voraussetzungen, Anforderungen.",
        "Aktionsprogramme: needs, potentials, prerequisites, requirements.",
    ),
    "programme_steps.csv": (
        "Aktionsprogramme: Prozessschritte mit Datum.",
        "Aktionsprogramme: process steps with dates.",
    ),
    "programme_measures.csv": (
        "Aktionsprogramme: Maßnahmen mit Jahr, Betrag und Stand.",
        "Aktionsprogramme: measures with year, amount and status.",
    ),
    "sources.json": (
        "Jede Eingangsdatei mit Prüfsumme (sha256), Lizenz und Herkunft.",
        "Every input file with checksum (sha256), licence and origin.",
    ),
}


def _sources(bundle_dir: Path) -> dict:
    return json.loads((bundle_dir / "sources.json").read_text(encoding="utf-8"))


def _catalogue_sources(bundle_dir: Path) -> pd.DataFrame:
    catalogue = pd.read_csv(bundle_dir / "catalogue.csv", dtype=str)
    columns = ["source", "edition", "licence_de", "licence_en", "reference_date"]
    return catalogue[columns].drop_duplicates().sort_values(["reference_date", "source"])


def readme_text(bundle_dir: Path, public: Iterable[str]) -> str:
    """The README of the ZIP: German first, then English."""
    public = set(public)
    files = [*public_files(public), "sources.json"]
    left_out = [d for key, d in DATASETS.items() if key not in public]
    inputs = _sources(bundle_dir).get("inputs", [])
    catalogue = _catalogue_sources(bundle_dir) if "indicators" in public else None
    out: list[str] = []
    for lang in ("de", "en"):
        de = lang == "de"
        out.append(
            "# Aktionsplan Soziale Stadt Dortmund – offene Daten\n"
            if de
            else "# Aktionsplan Soziale Stadt Dortmund – open data\n"
        )
        out.append(
            "Die öffentlichen Daten des Dashboards, wie es sie zeigt. Alle Dateien sind "
            "UTF-8; Geometrien in WGS84 (EPSG:4326).\n"
            if de
            else "The public data of the dashboard, as it shows them. Every file is UTF-8; "
            "geometries in WGS84 (EPSG:4326).\n"
        )
        out.append("## Dateien\n" if de else "## Files\n")
        for name in files:
            text = FILE_TEXT.get(name, ("", ""))[0 if de else 1]
            out.append(f"- `{name}`: {text}")
        out.append("")
        out.append("## Quellen und Lizenzen\n" if de else "## Sources and licences\n")
        if catalogue is not None:
            out.append(
                "Indikatoren (aus `catalogue.csv`):\n"
                if de
                else "Indicators (from `catalogue.csv`):\n"
            )
            for r in catalogue.itertuples(index=False):
                licence = r.licence_de if de else r.licence_en
                label = "Stichtag" if de else "reference date"
                out.append(f"- {r.source} ({r.edition}), {label} {r.reference_date}: {licence}")
            out.append(
                "\nDer Stichtag der Ausgabe 2024 ist erschlossen, nicht angegeben; die "
                "Bedeutung jeder Spalte ist aus Feldname und Wertebereich erschlossen."
                if de
                else "\nThe reference date of the 2024 edition is inferred, not stated; the "
                "meaning of each column is inferred from its field name and value range."
            )
            out.append("")
        out.append(
            "Eingangsdaten (aus `sources.json`):\n" if de else "Inputs (from `sources.json`):\n"
        )
        for i in inputs:
            licence = i.get("licence_de" if de else "licence_en") or i.get("licence", "")
            origin = i.get("origin_de" if de else "origin_en") or i.get("origin", "")
            out.append(
                f"- `{Path(i['path']).name}`: {origin}. {'Lizenz' if de else 'Licence'}: {licence}"
            )
        out.append(
            "\nFakten, Förderbeträge und Einwohnerzahlen nennen ihre Quelle, ihr Datum und "
            "ihre Verlässlichkeit in jeder Zeile."
            if de
            else "\nFacts, funding amounts and population figures name their source, date and "
            "confidence in every row."
        )
        out.append("")
        out.append("## Was erschlossen ist\n" if de else "## What is inferred\n")
        out.append(
            "- Welche Unterbezirke zu einem Aktionsraum gehören, ist zum Teil **erschlossen** "
            "(Sozialraum = statistische Bezirke), nur zum Teil belegt; die Teilung Eving I/II "
            "ist geschätzt. Die Aktionsquartiere haben keine öffentliche Grenze: ihre Werte "
            "sind die des ganzen umgebenden statistischen Bezirks (`spaces.csv`, Spalten "
            "`membership_confidence`, `evidence_de`).\n"
            "- Es gibt keine Einwohnerzahl je Unterbezirk: Werte der Räume sind ungewichtete "
            "Mittel ihrer Unterbezirke.\n"
            "- Fehlende Werte sind nie 0; eine 0 der Quelle, der nicht zu trauen ist, steht als "
            "fehlend mit Grund (`missing_reason`, `note`)."
            if de
            else "- Which units belong to an Aktionsraum is partly **inferred** (Sozialraum = "
            "statistical districts), only partly documented; the Eving I/II split is a guess. "
            "The Aktionsquartiere have no public boundary: their values are those of the whole "
            "surrounding statistical district (`spaces.csv`, columns `membership_confidence`, "
            "`evidence_en`).\n"
            "- There is no population per unit: values of the spaces are unweighted means of "
            "their units.\n"
            "- Missing values are never 0; a 0 of the source that cannot be trusted is kept as "
            "missing with a reason (`missing_reason`, `note`)."
        )
        out.append("")
        out.append("## Nicht enthalten\n" if de else "## Left out\n")
        if left_out:
            for d in left_out:
                names = ", ".join(f"`{f}`" for f in d.files)
                label = d.label_de if de else d.label_en
                out.append(f"- {label} ({names}): {'nicht öffentlich' if de else 'not public'}.")
            out.append(
                "\nDiese Daten sind (noch) nicht zur Veröffentlichung freigegeben, z. B. die "
                "Aktionsprogramme, bis die Stadt sie veröffentlicht."
                if de
                else "\nThese data have not been released for publication (yet), e.g. the "
                "Aktionsprogramme until the city publishes them."
            )
        else:
            out.append("- Nichts." if de else "- Nothing.")
        out.append("")
        out.append("Lizenzen: siehe `LIZENZEN.txt`.\n" if de else "Licences: see `LIZENZEN.txt`.\n")
        out.append("---\n")
    return "\n".join(out).rstrip("-\n") + "\n"


def licence_text(bundle_dir: Path, public: Iterable[str]) -> str:
    """Lizenzen / licences of every source in the ZIP, German and English."""
    public = set(public)
    lines = [
        "Lizenzen / Licences",
        "===================",
        "",
        "Jede Quelle behält ihre Lizenz. Each source keeps its licence.",
        "",
    ]
    if "indicators" in public:
        for r in _catalogue_sources(bundle_dir).itertuples(index=False):
            lines += [
                f"* {r.source} ({r.edition})",
                f"  de: {r.licence_de}",
                f"  en: {r.licence_en}",
            ]
    for i in _sources(bundle_dir).get("inputs", []):
        lines += [
            f"* {Path(i['path']).name}",
            f"  de: {i.get('licence_de') or i.get('licence', '')}",
            f"  en: {i.get('licence_en') or i.get('licence', '')}",
        ]
    lines += [
        "",
        "Die Transkription der Statistikatlanten und die Geometrie stammen aus "
        "github.com/anienabe/SpatialJustice (MIT-Lizenz: der Urheberrechtshinweis des "
        "Repositorys bleibt erhalten). Die Lizenz der Originaldaten der Stadt Dortmund ist "
        "nicht geprüft (vermutlich dl-de/zero-2.0).",
        "",
        "The transcription of the Statistikatlas and the geometry come from "
        "github.com/anienabe/SpatialJustice (MIT licence: keep the repository's copyright "
        "notice). The licence of the City of Dortmund's original data is not verified "
        "(probably dl-de/zero-2.0).",
        "",
        "Fakten mit Quelle je Zeile sind Tatsachen aus öffentlichen Seiten in eigenen Worten; "
        "die verlinkten Seiten haben ihre eigenen Lizenzen.",
        "Facts with a source per row are facts from public pages in the project's own words; "
        "the linked pages keep their own licences.",
    ]
    return "\n".join(lines) + "\n"


def sources_json(bundle_dir: Path, public: frozenset[str]) -> bytes:
    """``sources.json`` as it is, or without the records of imported Aktionsprogramme
    (file name, checksum) when they are not public."""
    raw = (bundle_dir / "sources.json").read_bytes()
    if "programmes" in public:
        return raw
    sources = json.loads(raw)
    imports = sources.get("imports") or []
    kept = [i for i in imports if "programme" not in json.dumps(i).lower()]
    if len(kept) == len(imports):
        return raw
    sources["imports"] = kept
    return (json.dumps(sources, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(f"{FOLDER}/{name}", date_time=STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = 0o644 << 16
    return info


def data_zip(bundle_dir: Path | str, public: Iterable[str]) -> bytes:
    """The ZIP of the public data of ``bundle_dir`` (deterministic bytes)."""
    bundle_dir = Path(bundle_dir)
    public = frozenset(public)
    members: list[tuple[str, bytes]] = [
        ("README.md", readme_text(bundle_dir, public).encode("utf-8")),
        ("LIZENZEN.txt", licence_text(bundle_dir, public).encode("utf-8")),
    ]
    for name in public_files(public):
        path = bundle_dir / name
        if path.is_file():
            members.append((name, path.read_bytes()))
    members.append(("sources.json", sources_json(bundle_dir, public)))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members:
            archive.writestr(_entry(name), data, compresslevel=9)
    return buffer.getvalue()
