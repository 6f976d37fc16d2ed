"""Exports of ``/kulisse`` without HTTP: the map's categories in the live map's colours, each
part and format read back (PNG size, SVG and PDF parse, PPTX text and notes, CSV and XLSX
with pandas), file names, and the statement "kein Urteil" in every file."""

from __future__ import annotations

import io
import re
from datetime import datetime
from xml.etree import ElementTree

import pandas as pd
import plotly.graph_objects as go
import pytest
from PIL import Image
from pptx import Presentation

from dashboard.exports.coverage_map import coverage_map_figure
from dashboard.exports.decorate import Frame, framed
from dashboard.exports.registry import ExportRequestError, build_export, resolve, views
from dashboard.exports.static_map import geometry
from dashboard.i18n import t
from dashboard.models.coverage import COLOURS, coverage_model, map_hideout
from dashboard.state.coverage import parse_state

NOW = datetime(2026, 11, 26, 3, 0)
BASE = "https://aktionsplan.example"
VERDICT = "Ein Werkzeug für die Diskussion, kein Urteil"
INFERRED = t("cov_verdict_3", "de")


def export(bundle, url, part, fmt):
    return build_export(bundle, resolve(url), part, fmt, BASE, NOW, 120)


def model(bundle, query=""):
    return coverage_model(bundle, parse_state(query, bundle)[0])


def test_the_view_is_registered_with_its_parts():
    assert views()["coverage"].parts == {
        "map": ("png", "svg", "pdf"),
        "deck": ("pptx",),
        "table": ("csv", "xlsx"),
    }
    request = resolve("http://h:1/kulisse?b=unemployed&lang=en")
    assert (request.view, request.query, request.lang) == (
        "coverage",
        {"b": "unemployed", "lang": "en"},
        "en",
    )


def test_bad_parts_are_one_line(bundle):
    with pytest.raises(ExportRequestError, match="the coverage view has no part 'ranking'"):
        export(bundle, "/kulisse", "ranking", "png")
    with pytest.raises(ExportRequestError, match="deck is not available as PNG"):
        export(bundle, "/kulisse", "deck", "png")


@pytest.mark.parametrize(
    "url, part, fmt, name",
    [
        ("/kulisse", "map", "png", "bedarfsindex-felder_2024_top20_karte.png"),
        ("/kulisse?p=unter_stadt&top=30", None, "pptx", "bedarfsindex-unter-stadt_2024_top30.pptx"),
        ("/kulisse?b=children_u15_sgb2&ed=atlas2019", None, "csv", "kinder-sgb2_2019_top20.csv"),
        ("/kulisse?b=unemployed&lang=en", None, "xlsx", "arbeitslose_2024_top20.xlsx"),
    ],
)
def test_file_names_say_what_they_are(bundle, url, part, fmt, name):
    if fmt in ("png", "pptx"):  # rendering is tested below; the name needs no image
        from dashboard.exports.views.coverage import filename
        from dashboard.exports.views.coverage import model as view_model

        got = filename(view_model(bundle, resolve(url)), part or "deck", fmt)
    else:
        got = export(bundle, url, part, fmt).filename
    assert got == f"aktionsplan_kulisse_{name}"


# ----------------------------------------------------------------------------- the map


@pytest.mark.parametrize("query", ["", "b=transfer_benefits&ed=atlas2019&top=30"])
def test_static_map_paints_each_unit_as_the_live_map(bundle, query):
    m = model(bundle, query)
    live = map_hideout(m)["colors"]  # what the browser paints per unit
    rings = geometry(bundle, "rings")["units"]
    fig = coverage_map_figure(bundle, m)
    filled = [tr for tr in fig.data if tr.fill == "toself"]
    assert [tr.fillcolor for tr in filled] == list(COLOURS.values())
    counts = m.result.units.category.value_counts()
    for tr, (cat, colour) in zip(filled, COLOURS.items(), strict=True):
        painted = [code for code, c in live.items() if c == colour]
        assert len(painted) == counts.get(cat, 0)
        n_rings = sum(1 for x in tr.x if x is None)
        expected = sum(sum(1 for x in rings[code][0] if x is None) for code in painted)
        if painted:  # every ring of this trace is a unit the live map paints in its colour
            assert n_rings == expected
        else:  # an empty category keeps its legend entry
            assert list(tr.x) == [None]
        assert tr.name.endswith(f"({len(painted)})")
    names = [tr.name for tr in fig.data]
    assert names[0].startswith("hoher Bedarf (Top")
    assert "Raum, Zuordnung belegt" in names and "Stadtbezirke" in names
    labels = {a.text for a in fig.layout.annotations}
    assert set(m.result.outside.name) <= labels  # units of high need outside are named
    assert {"Hafen", "Nordmarkt"} <= labels  # and the spaces
    out = framed(fig, Frame("Titel", "Untertitel", ("Quelle: x", "Exportiert am y")))
    go.Figure(out.to_dict())  # raises on an invalid property


def test_map_png_is_wide_and_carries_statement_source_and_link(bundle):
    e = export(bundle, "/kulisse", "map", "png")
    with Image.open(io.BytesIO(e.content)) as image:
        assert image.width >= 1600
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    rgb = {f"#{r:02x}{g:02x}{b:02x}" for _, (r, g, b) in colours}
    assert COLOURS["outside_top"] in rgb and COLOURS["close"] in rgb  # not blank


def test_map_svg_and_pdf_parse_and_carry_the_words(bundle):
    svg = export(bundle, "/kulisse?b=unemployed&lang=en", "map", "svg").content
    root = ElementTree.fromstring(svg)
    assert root.tag.endswith("svg")
    text = " ".join(root.itertext())
    text = re.sub(r"\s+", " ", text)
    assert "Area selection: do the chosen spaces cover the need?" in text
    assert "A tool for discussion, not a verdict." in text
    assert "Of the 21 units with the highest need, 17 lie in one of the 15 spaces" in text
    assert "Reference date: 31 Dec 2023 · Confidence: medium" in text
    assert f"{BASE}/kulisse?b=unemployed&amp;lang=en" in svg.decode() or (
        f"{BASE}/kulisse?b=unemployed&lang=en" in text
    )
    pdf = export(bundle, "/kulisse", "map", "pdf").content
    assert pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-1024:]


# -------------------------------------------------------------------------------- deck


def texts(slide) -> list[str]:
    return [s.text_frame.text for s in slide.shapes if s.has_text_frame]


def footnote(slide, word: str) -> str:
    """The slide's footnote (bodies are added after it): the text box with the export date."""
    (foot,) = [x for x in texts(slide) if word in x]
    return foot


def table_of(slide) -> list[list[str]]:
    tables = [s.table for s in slide.shapes if s.has_table]
    assert len(tables) == 1
    return [[c.text for c in row.cells] for row in tables[0].rows]


def test_deck_has_title_statement_map_tables_method_and_notes(bundle):
    e = export(bundle, "/kulisse", None, "pptx")
    prs = Presentation(io.BytesIO(e.content))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)
    slides = list(prs.slides)
    titles = [texts(s)[0] for s in slides]
    assert titles == [
        "Gebietskulisse: Deckt die Auswahl der Räume den Bedarf?",
        VERDICT,
        "Karte: Bedarfsindex, Top 20",
        "Hoher Bedarf außerhalb der 15 Räume",
        "Unterbezirke der Räume nahe am Stadtwert (Teil 1 von 2)",
        "Unterbezirke der Räume nahe am Stadtwert (Teil 2 von 2)",
        "So sind die Ränge zu lesen",
    ]
    # the page's boxed statement, word for word
    body = " ".join(texts(slides[1]))
    for i in (1, 2, 3):
        assert t(f"cov_verdict_{i}", "de") in body
    assert [s.shape_type for s in slides[2].shapes].count(13) == 1  # the map
    outside = table_of(slides[3])
    assert outside[0][:4] == ["Unterbezirk", "Stadtbezirk", "Indexwert", "Rang (5.–95. Perzentil)"]
    assert [r[0] for r in outside[1:]] == [
        "Lanstrop-Neu (251)",
        "Lütgendortmund-West (735)",
        "Cityring-Ost (004)",
        "Funkenburg (072)",
    ]
    assert outside[1][2:6] == ["2,04", "Rang 11 (8–11)", "5–11", "ja"]
    close = table_of(slides[4])[1:] + table_of(slides[5])[1:]
    assert len(close) == 11 and close[0][1] == "Wambeler Heide"
    assert "Nahe am Stadtwert heißt" in " ".join(texts(slides[5]))
    for slide in slides:
        foot = footnote(slide, "Exportiert am")
        assert foot.startswith("Quelle: Stadt Dortmund, Dortmunder Statistik: Statistikatlas")
        assert "Stand: 31.12.2023 · Verlässlichkeit: mittel" in foot
        assert f"Exportiert am 26.11.2026 · {BASE}/kulisse" in foot
        assert slide.notes_slide.notes_text_frame.text
    notes = slides[0].notes_slide.notes_text_frame.text
    assert notes.startswith(
        "Von den 20 Unterbezirken mit dem höchsten Bedarf liegen 16 in einem der 15 Räume "
        "und 4 außerhalb."
    )
    assert (
        "Von denen außerhalb bleiben unter jeder geprüften Einstellung in den Top 20: 1." in notes
    )
    map_notes = slides[2].notes_slide.notes_text_frame.text
    assert "Lanstrop-Neu (251), Scharnhorst, Rang 11 (8–11), 2,04" in map_notes
    assert "Westholz (263) (Wambeler Heide)" in slides[4].notes_slide.notes_text_frame.text


def test_english_deck_of_an_indicator(bundle):
    e = export(bundle, "/kulisse?b=unemployed&lang=en", None, "pptx")
    slides = list(Presentation(io.BytesIO(e.content)).slides)
    assert texts(slides[0])[0] == "Area selection: do the chosen spaces cover the need?"
    assert "There are more than 20 because units share a rank." in texts(slides[0])[2]
    assert table_of(slides[3])[0] == ["Unit", "Stadtbezirk", "Value (%)", "Rank", "Note"]
    assert table_of(slides[3])[1] == ["Lanstrop-Neu (251)", "Scharnhorst", "22.4%", "rank 5", ""]
    assert "With a single indicator the rank is a point" in " ".join(texts(slides[-1]))
    assert footnote(slides[-1], "Exported on").startswith("Source: Stadt Dortmund")


# ------------------------------------------------------------------------------ tables


def test_csv_has_both_lists_with_sources_in_german_numbers(bundle):
    e = export(bundle, "/kulisse", None, "csv")
    assert e.mimetype == "text/csv; charset=utf-8" and e.content.startswith("\ufeff".encode())
    table = pd.read_csv(io.BytesIO(e.content), sep=";", encoding="utf-8-sig", dtype=str)
    m = model(bundle)
    assert len(table) == len(m.result.outside) + len(m.result.close) == 15
    assert list(table.Liste.unique()) == [
        "Hoher Bedarf außerhalb der 15 Räume",
        "Unterbezirke der Räume nahe am Stadtwert",
    ]
    first = table.iloc[0]
    assert (first.Nummer, first.Unterbezirk, first.Indexwert, first.Rang) == (
        "251",
        "Lanstrop-Neu",
        "2,04",
        "11",
    )
    assert pd.isna(first.Raum) and first["Immer unter den Top 20?"] == "ja"
    assert (table.Stand == "31.12.2023").all() and (table["Verlässlichkeit"] == "mittel").all()
    assert table.Quelle.str.startswith("Stadt Dortmund").all()
    close = table[table.Liste.str.startswith("Unterbezirke")]
    assert set(close.Zuordnung) <= {"belegt", "erschlossen", "geschätzt", "unbekannt"}


def test_xlsx_has_numbers_and_metadata_with_the_statement(bundle):
    e = export(bundle, "/kulisse?b=transfer_benefits&ed=atlas2019&top=30", None, "xlsx")
    sheets = pd.read_excel(io.BytesIO(e.content), sheet_name=None, header=1)
    assert list(sheets) == ["Tabelle", "Metadaten"]
    table = sheets["Tabelle"]
    m = model(bundle, "b=transfer_benefits&ed=atlas2019&top=30")
    assert len(table) == len(m.result.outside) + len(m.result.close)
    value = table["Wert (%)"]
    assert pd.api.types.is_float_dtype(value)
    assert value.iloc[0] == pytest.approx(float(m.result.outside.value.iloc[0]))
    meta = pd.read_excel(io.BytesIO(e.content), sheet_name="Metadaten")
    fields = dict(zip(meta.Feld, meta.Wert, strict=True))
    assert fields["Zuordnung der Unterbezirke"] == INFERRED  # as the page says it
    assert fields[VERDICT].startswith(t("cov_verdict_1", "de"))
    assert fields["Empfänger*innen von Transferleistungen: Stand"] == "31.12.2018"
    assert fields["Empfänger*innen von Transferleistungen: Verlässlichkeit"] == "mittel"
    assert fields["Link zu dieser Ansicht"] == (
        f"{BASE}/kulisse?ed=atlas2019&b=transfer_benefits&top=30"
    )
    assert fields["Exportiert am"] == "26.11.2026"


def test_the_statement_says_when_units_are_not_ranked(bundle):
    from dashboard.exports.views.coverage import key_numbers, statement_lines

    m = model(bundle, "b=unemployed_u25")  # 78 units without a trusted value in 2024
    lines = statement_lines(m)
    assert lines[0].endswith("Es sind mehr als 20, weil sich Unterbezirke einen Rang teilen.")
    assert lines[1].startswith("Gerankt sind nur die 92 von 170 Unterbezirken mit einem Wert")
    assert lines[1] in key_numbers(m)
    assert statement_lines(model(bundle)) == (
        "Von den 20 Unterbezirken mit dem höchsten Bedarf liegen 16 in einem der 15 Räume und "
        "4 außerhalb.",
    )


def test_an_empty_list_says_so_in_every_file(bundle):
    query = "/kulisse?ed=atlas2019&b=children_u15_sgb2&top=10"  # none of the top 10 outside
    m = model(bundle, query.split("?")[1])
    assert m.result.outside.empty and not m.result.close.empty
    slides = list(Presentation(io.BytesIO(export(bundle, query, None, "pptx").content)).slides)
    outside = slides[3]
    assert texts(outside)[0] == "Hoher Bedarf außerhalb der 15 Räume"
    assert not any(s.has_table for s in outside.shapes)
    assert "Keiner der Top 10 liegt außerhalb der Räume." in texts(outside)
    assert outside.notes_slide.notes_text_frame.text == (
        "Keiner der Top 10 liegt außerhalb der Räume."
    )
    csv = export(bundle, query, None, "csv").content
    table = pd.read_csv(io.BytesIO(csv), sep=";", encoding="utf-8-sig", dtype=str)
    assert set(table.Liste) == {"Unterbezirke der Räume nahe am Stadtwert"}
    labels = {a.text for a in coverage_map_figure(bundle, m).layout.annotations}
    assert "Lanstrop-Neu" not in labels
