"""Exports of the comparison (``/vergleich``) and of needs next to money (``/mittel``): every
part and format built and opened as what it is (PNG size and pixels, SVG and PDF parsed,
PPTX text and notes read back, CSV and XLSX read back with pandas and compared with the
models), file names, and the one-line 400 for a comparison without areas."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from datetime import datetime

import pandas as pd
import plotly.graph_objects as go
import pytest
from PIL import Image, ImageStat
from pptx import Presentation

from dashboard.exports import registry, render
from dashboard.exports.registry import ExportRequestError, build_export, resolve
from dashboard.figures.compare_heat import matrix_figure, side_figure
from dashboard.i18n import format_value
from dashboard.models.compare import matrix_model, side_by_side
from dashboard.models.money import money_model
from dashboard.state.compare import parse_state as parse_compare
from dashboard.state.money import parse_state as parse_money

NOW = datetime(2026, 11, 25, 10, 30)
BASE = "https://aktionsplan.example"
COMPARE = "/vergleich?a=AR01,AR09,052&hf=kinder"
MONEY = "/mittel?ind=unemployed&y=linear"


@pytest.fixture(scope="module", autouse=True)
def stop_browser():
    yield
    render._executor().submit(render._restart).result(timeout=30)  # a clean exit of chromium


def export(bundle, url, part, fmt):
    return build_export(bundle, resolve(url), part, fmt, BASE, NOW)


def assert_picture(data: bytes) -> None:
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert image.width >= 1600 and image.height >= 800
    rgb = image.convert("RGB")
    assert len(rgb.getcolors(maxcolors=1 << 20) or []) > 50, "the image is (nearly) blank"
    assert max(ImageStat.Stat(rgb).stddev) > 20, "the image has no contrast"


def slide_texts(slide) -> list[str]:
    return [s.text_frame.text for s in slide.shapes if s.has_text_frame]


# ------------------------------------------------------------------------ registry, names


def test_both_views_are_registered_with_their_parts():
    views = registry.views()
    assert views["compare"].parts == {
        "side": ("png", "svg", "pdf"),
        "matrix": ("png", "svg", "pdf"),
        "deck": ("pptx",),
        "table": ("csv", "xlsx"),
    }
    assert views["money"].parts == {
        "chart": ("png", "svg", "pdf"),
        "deck": ("pptx",),
        "table": ("csv", "xlsx"),
    }
    assert resolve("http://h:1/vergleich?a=AR01,AR02").view == "compare"
    assert resolve("/mittel/?lang=en").view == "money"


@pytest.mark.parametrize("query", ["", "?a=AR01", "?a=XX99,AR01", "?hf=arbeit&lang=en"])
@pytest.mark.parametrize("part, fmt", [("side", "png"), ("matrix", "pdf"), (None, "pptx"),
                                       (None, "csv"), (None, "xlsx")])  # fmt: skip
def test_a_comparison_without_two_areas_is_one_line(bundle, query, part, fmt):
    with pytest.raises(ExportRequestError) as info:
        export(bundle, "/vergleich" + query, part, fmt)
    message = str(info.value)
    assert message.startswith("Bitte mindestens zwei Gebiete wählen")
    assert "choose at least two areas" in message and "\n" not in message


def test_bad_parts_are_one_line(bundle):
    with pytest.raises(ExportRequestError, match="the compare view has no part 'map'"):
        export(bundle, COMPARE, "map", "png")
    with pytest.raises(ExportRequestError, match="the money view has no part 'matrix'"):
        export(bundle, MONEY, "matrix", "png")
    with pytest.raises(ExportRequestError, match="chart is not available as CSV"):
        export(bundle, MONEY, "chart", "csv")


@pytest.mark.parametrize(
    "url, part, fmt, name",
    [
        (COMPARE, None, "pptx", "aktionsplan_vergleich_ar01-ar09-052_2024_kinder.pptx"),
        (COMPARE, None, "xlsx", "aktionsplan_vergleich_ar01-ar09-052_2024_kinder.xlsx"),
        (
            "/vergleich?a=AR01,AR02,AR03,001&hf=arbeit&ed=atlas2019",
            None,
            "csv",
            "aktionsplan_vergleich_4-gebiete_2019_arbeit.csv",
        ),
        (MONEY, None, "csv", "aktionsplan_mittel_arbeitslose_2024.csv"),
        ("/mittel?ed=atlas2019", None, "xlsx", "aktionsplan_mittel_kinder-sgb2_2019.xlsx"),
    ],
)
def test_file_names_say_what_they_are(bundle, url, part, fmt, name):
    assert export(bundle, url, part, fmt).filename == name


# -------------------------------------------------------------------------------- images


def test_compare_images_png_svg_pdf(bundle):
    side = export(bundle, COMPARE, "side", "png")
    assert side.filename == "aktionsplan_vergleich_ar01-ar09-052_2024_kinder_nebeneinander.png"
    assert_picture(side.content)
    matrix = export(bundle, COMPARE, "matrix", "png")
    assert matrix.filename == "aktionsplan_vergleich_ar01-ar09-052_2024_matrix.png"
    assert_picture(matrix.content)

    svg = export(bundle, COMPARE, "side", "svg")
    root = ET.fromstring(svg.content)
    text = " ".join(root.itertext())
    assert "Vergleich: Hafen, Hörde, Nordmarkt-Südost" in text  # title
    assert "Legende:" in text and "deutlich schlechter als die Stadt" in text  # legend
    assert "Quelle: Stadt Dortmund, Dortmunder Statistik" in text and "Stand: 31.12.2023" in text
    assert "Verlässlichkeit: mittel" in text and "Exportiert am 25.11.2026" in text
    assert f"{BASE}/vergleich?a=AR01,AR09,052" in text  # the permalink
    # every cell shows its value (not only a colour)
    state, _ = parse_compare({"a": "AR01,AR09,052"}, bundle)
    s = side_by_side(bundle, state)
    first = s.cells[0][0]
    assert format_value(first.value, s.columns[0].unit, "de") in text

    pdf = export(bundle, COMPARE, "matrix", "pdf")
    assert pdf.content.startswith(b"%PDF") and b"%%EOF" in pdf.content[-1024:]


def test_money_chart_names_both_sources_and_what_is_inferred(bundle):
    png = export(bundle, MONEY, "chart", "png")
    assert png.filename == "aktionsplan_mittel_arbeitslose_2024_diagramm.png"
    assert_picture(png.content)
    svg = export(bundle, MONEY, "chart", "svg")
    text = " ".join(ET.fromstring(svg.content).itertext())
    assert "Bedarf und bekannte Mittel: Arbeitslosenanteil" in text
    assert "mit veröffentlichtem Betrag" in text and "nichts veröffentlicht" in text  # legend
    assert "Indikator: Arbeitslosenanteil. Quelle: Stadt Dortmund" in text
    assert "Mittel: öffentliche Quellen je Betrag: Bezirksregierung Arnsberg" in text
    assert "Verlässlichkeit: zugeordnet" in text
    assert "über den Gebietsnamen ist erschlossen" in text
    assert f"{BASE}/mittel?ind=unemployed&amp;y=linear" in svg.content.decode()
    pdf = export(bundle, MONEY, "chart", "pdf")
    assert pdf.content.startswith(b"%PDF")


def test_heat_figures_are_valid_plotly(bundle):
    state, _ = parse_compare({"a": "AR01,AR02", "lang": "en"}, bundle)
    for fig in (
        side_figure(side_by_side(bundle, state), "en"),
        matrix_figure(matrix_model(bundle, state), "en"),
    ):
        go.Figure(fig.to_dict())  # raises on an invalid property
        names = [tr.name for tr in fig.data if tr.type == "scatter"]
        assert "▲ clearly worse than the city" in names and "– no data" in names


# --------------------------------------------------------------------------------- decks


def test_compare_deck_has_cover_side_matrix_footnotes_and_notes(bundle):
    e = export(bundle, COMPARE, None, "pptx")
    prs = Presentation(io.BytesIO(e.content))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)
    slides = list(prs.slides)
    assert len(slides) == 3
    assert slide_texts(slides[0])[0] == "Vergleich: Hafen, Hörde, Nordmarkt-Südost"
    assert slide_texts(slides[1])[0] == "Nebeneinander"
    assert slide_texts(slides[2])[0] == "Alle 15 Räume × alle Indikatoren der Ausgabe 2024"
    for slide in slides:
        foot = slide_texts(slide)[-1]
        assert foot.startswith("Quelle: Stadt Dortmund, Dortmunder Statistik")
        assert "Stand: 31.12.2023" in foot and "Verlässlichkeit: mittel" in foot
        assert f"Exportiert am 25.11.2026 · {BASE}/vergleich?a=AR01,AR09,052" in foot
        assert slide.notes_slide.notes_text_frame.text
    assert [s.shape_type for s in slides[1].shapes].count(13) == 1  # one picture
    # the notes say which chosen area is highest and lowest, with values
    state, _ = parse_compare({"a": "AR01,AR09,052"}, bundle)
    side = side_by_side(bundle, state)
    col, row = side.columns[0], side.cells[0]
    values = [(c.value, n) for c, n in zip(row, side.names, strict=True)]
    hi, lo = max(values), min(values)
    notes = slides[1].notes_slide.notes_text_frame.text
    assert (
        f"{col.label_de}: am höchsten {hi[1]} mit {format_value(hi[0], col.unit, 'de')}, "
        f"am niedrigsten {lo[1]} mit {format_value(lo[0], col.unit, 'de')}; "
        f"Stadt {format_value(col.city, col.unit, 'de')}."
    ) in notes
    assert "am häufigsten deutlich schlechter als die Stadt" in (
        slides[2].notes_slide.notes_text_frame.text
    )


def test_compare_deck_in_english(bundle):
    e = export(bundle, "/vergleich?a=AR02,AR03&lang=en&hf=arbeit", None, "pptx")
    slides = list(Presentation(io.BytesIO(e.content)).slides)
    assert slide_texts(slides[0])[0] == "Comparison: Nordmarkt, Borsigplatz"
    assert slide_texts(slides[1])[0] == "Side by side"
    assert all(slide_texts(s)[-1].startswith("Source: Stadt Dortmund") for s in slides)
    assert "highest" in slides[1].notes_slide.notes_text_frame.text


def test_money_deck_names_both_sources_on_every_slide(bundle):
    e = export(bundle, MONEY, None, "pptx")
    slides = list(Presentation(io.BytesIO(e.content)).slides)
    assert len(slides) == 3
    assert slide_texts(slides[0])[0] == "Bedarf und bekannte Mittel: Arbeitslosenanteil"
    assert slide_texts(slides[2])[0] == "Stadtweite Mittel des Aktionsplans"
    for slide in slides:
        foot = slide_texts(slide)[-1]
        assert foot.startswith("Indikator: Quelle: Stadt Dortmund, Dortmunder Statistik")
        assert "Stand: 31.12.2023" in foot
        assert "Mittel: öffentliche Quellen je Betrag: Bezirksregierung Arnsberg" in foot
        assert "Verlässlichkeit: zugeordnet" in foot
        assert f"Exportiert am 25.11.2026 · {BASE}/mittel?ind=unemployed&y=linear" in foot
    assert any("erschlossen" in x for x in slide_texts(slides[1]))  # labelled as inferred
    notes = slides[1].notes_slide.notes_text_frame.text
    assert notes.startswith("3 Räume mit Wert und einem nur für sie veröffentlichten Betrag:")
    assert "Bodelschwingh/Westerfilde (" in notes and "11.000.000 €" in notes


# -------------------------------------------------------------------------------- tables


def test_compare_csv_values_are_the_models(bundle):
    e = export(bundle, COMPARE, None, "csv")
    table = pd.read_csv(io.BytesIO(e.content), sep=";", decimal=",", encoding="utf-8-sig")
    state, _ = parse_compare({"a": "AR01,AR09,052", "hf": "kinder"}, bundle)
    side = side_by_side(bundle, state)
    assert list(table["Indikator-ID"]) == [c.indicator_id for c in side.columns]
    for j, name in enumerate(side.names):
        expected = [row[j].value for row in side.cells]
        assert table[f"{name}: Wert"].tolist() == pytest.approx(expected, abs=5e-4)
    assert table["Hafen: Verhältnis zur Stadt"].iloc[0] == "deutlich schlechter als die Stadt"
    assert table["Stadt (Median der Unterbezirke)"].tolist() == pytest.approx(
        [c.city for c in side.columns], abs=5e-4
    )
    assert set(table["Stand"]) == {"31.12.2023"} and table["Quelle"].str.contains("2024").all()


def test_compare_xlsx_has_table_metadata_and_matrix(bundle):
    e = export(bundle, "/vergleich?a=AR01,AR09,052&lang=en", None, "xlsx")
    sheets = pd.read_excel(io.BytesIO(e.content), sheet_name=None, header=1)
    assert list(sheets) == ["Table", "Metadata", "Matrix"]
    assert sheets["Table"]["Hafen: value"].notna().all()
    meta = pd.read_excel(io.BytesIO(e.content), sheet_name="Metadata")
    fields = dict(zip(meta.Field, meta.Value, strict=False))
    assert fields["Chosen areas"] == "Hafen (space), Hörde (space), Nordmarkt-Südost (unit)"
    assert fields["Link to this view"] == f"{BASE}/vergleich?a=AR01,AR09,052&lang=en"
    assert set(meta.loc[meta.Field == "Reference date", "Value"]) == {"31 Dec 2023"}
    assert {"medium", "low"} <= set(meta.loc[meta.Field == "Confidence", "Value"])
    state, _ = parse_compare({"a": "AR01,AR09,052"}, bundle)
    mx = matrix_model(bundle, state)
    matrix = sheets["Matrix"]
    assert list(matrix["space id"]) == list(mx.space_ids) and len(matrix) == 15
    first = mx.columns[0]
    assert matrix.iloc[:, 2].tolist() == pytest.approx(
        [mx.cells[(s, first.indicator_id)][0] for s in mx.space_ids]
    )


def test_money_csv_and_xlsx_are_the_models(bundle):
    state, _ = parse_money({"ind": "unemployed"}, bundle)
    mm = money_model(bundle, state.indicator, state.edition)
    e = export(bundle, MONEY, None, "csv")
    table = pd.read_csv(io.BytesIO(e.content), sep=";", decimal=",", encoding="utf-8-sig")
    assert len(table) == 15
    by_id = {s.space_id: s for s in mm.spaces}
    for r in table.itertuples(index=False):
        s = by_id[r[0]]
        assert r.Wert == pytest.approx(s.value, abs=5e-4)
        known = r[4]
        assert (pd.isna(known) and s.funding is None) or known == s.funding
    # nothing published is empty with a note, never 0
    none = table[table["bekannte Mittel in €"].isna()]
    assert len(none) == sum(1 for s in mm.spaces if s.funding is None)
    assert none.Hinweis.str.startswith("nichts veröffentlicht").all()

    x = export(bundle, MONEY, None, "xlsx")
    sheets = pd.read_excel(io.BytesIO(x.content), sheet_name=None, header=1)
    assert list(sheets) == ["Tabelle", "Metadaten", "Beträge"]
    assert sheets["Tabelle"].shape[0] == 15
    assert len(sheets["Beträge"]) == len(mm.rows)
    meta = pd.read_excel(io.BytesIO(x.content), sheet_name="Metadaten")
    fields = dict(zip(meta.Feld, meta.Wert, strict=False))
    assert fields["Stand"] == "31.12.2023" and fields["Verlässlichkeit"] == "mittel"
    assert fields["Quellen der Mittel"].startswith("Mittel: öffentliche Quellen je Betrag")
    assert "erschlossen" in fields["Erschlossen"]
