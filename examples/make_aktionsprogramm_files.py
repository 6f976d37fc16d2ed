"""Write the two committed example workbooks from code (run from the project folder):

    .venv/bin/python examples/make_aktionsprogramm_files.py

- ``aktionsprogramm_vorlage.xlsx``: the empty template (as ``programme-template`` writes it).
- ``aktionsprogramm_BEISPIEL.xlsx``: the template with MADE-UP content for two spaces, marked
  BEISPIEL in every text cell. It only shows how a filled-in workbook looks and is never
  imported into the committed ``data/``.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from dashboard.data.bundle import load_bundle  # noqa: E402
from dashboard.pipeline.programme_template import create_template, write_template  # noqa: E402

TEMPLATE = HERE / "aktionsprogramm_vorlage.xlsx"
EXAMPLE = HERE / "aktionsprogramm_BEISPIEL.xlsx"
NOTE = (
    "BEISPIEL – Beispiel mit erfundenen Inhalten. Nichts davon ist ein echtes Aktionsprogramm; "
    "nicht in data/ einlesen. / EXAMPLE with made-up content. None of it is a real "
    "Aktionsprogramm; do not load it into data/."
)
B = "BEISPIEL – "
SRC = "BEISPIEL – erfundene Quelle"
ENTRIES = [
    (
        "AR01 – Hafen",
        "need – Bedarf",
        "arbeit – Arbeit und Beschäftigung im Quartier",
        B + "erfundener Bedarf: Beratung zum Berufseinstieg",
        B + "made-up need: advice on first jobs",
        SRC,
        B + "erfundenes Gremium",
        "2022-06-30",
        "adopted – beschlossen",
    ),
    (
        "AR01 – Hafen",
        "need – Bedarf",
        "kinder – Eltern und Kinder stärken – Kinderarmut bekämpfen",
        B + "erfundener Bedarf: Treffpunkt für Familien",
        "",
        SRC,
        "",
        "2022-06-30",
        "draft – Entwurf",
    ),
    (
        "AR01 – Hafen",
        "potential – Potenzial",
        "none – übergreifend",
        B + "erfundenes Potenzial: aktive Vereine",
        B + "made-up potential: active clubs",
        SRC,
        "",
        "2022-06-30",
        "draft – Entwurf",
    ),
    (
        "AQ01 – Wambeler Heide",
        "requirement – Anforderung an Aktionsplan und Aktionsraumbeauftragte",
        "none – übergreifend",
        B + "erfundene Anforderung: feste Sprechzeit vor Ort",
        "",
        SRC,
        "",
        "2022-09-15",
        "draft – Entwurf",
    ),
]
STEPS = [
    (
        "AR01 – Hafen",
        "sondierung – Sondierungsgespräch",
        "2021-05-10",
        B + "erfundener Termin",
        "",
        SRC,
    ),
    (
        "AR01 – Hafen",
        "akteursgespraech – Akteursgespräch",
        "2022-03-22",
        B + "erfundener Termin",
        B + "made-up date",
        SRC,
    ),
    (
        "AQ01 – Wambeler Heide",
        "sondierung – Sondierungsgespräch",
        "2021-07-01",
        B + "erfundener Termin",
        "",
        SRC,
    ),
]
MEASURES = [
    (
        "AR01 – Hafen",
        B + "erfundene Maßnahme: Familiencafé",
        B + "made-up measure: family café",
        "kinder – Eltern und Kinder stärken – Kinderarmut bekämpfen",
        2023,
        4000,
        B + "erfundenes Programm",
        "completed – abgeschlossen",
        B + "erfundene Anmerkung",
        "",
        SRC,
    ),
    (
        "AQ01 – Wambeler Heide",
        B + "erfundene Maßnahme: Nachbarschaftsfest",
        "",
        "zusammenhalt – Sozialen Zusammenhalt im Quartier stärken",
        2024,
        None,
        B + "erfundenes Programm",
        "planned – geplant",
        B + "Betrag unbekannt, daher leer",
        "",
        SRC,
    ),
]


def main() -> None:
    spaces = load_bundle(HERE.parent / "data").spaces
    write_template(TEMPLATE, spaces)
    wb = create_template(spaces)
    wb.properties.title = "BEISPIEL – Aktionsprogramm mit erfundenen Inhalten"
    ws = wb["Erläuterung"]
    ws.insert_rows(1)
    ws["A1"] = NOTE
    ws["A1"].font = Font(bold=True, color="B00000")
    for sheet, rows in (
        ("Bedarfe und Potenziale", ENTRIES),
        ("Prozess", STEPS),
        ("Maßnahmen", MEASURES),
    ):
        for r, row in enumerate(rows, start=2):
            for c, value in enumerate(row, start=1):
                if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                    value = dt.date.fromisoformat(value)  # a real spreadsheet date
                wb[sheet].cell(row=r, column=c, value=value if value != "" else None)
    wb.save(EXAMPLE)
    print(f"wrote {TEMPLATE} and {EXAMPLE}")


if __name__ == "__main__":
    main()
