"""Exports of ``/index`` without HTTP: parts and file names per mode, the static maps in the
live map's colours, the CSV against the command line's, XLSX and PPTX read back, and each
image format opened."""

from __future__ import annotations

import io
import re
import time
import xml.etree.ElementTree as ET
from datetime import datetime

import pandas as pd
import plotly.graph_objects as go
import pytest
from PIL import Image
from pptx import Presentation

from dashboard.analysis.hotspots import hotspots_csv
from dashboard.analysis.tables import index_csv
from dashboard.data.classify import NO_DATA
from dashboard.exports import registry
from dashboard.exports.decorate import Frame, framed
from dashboard.exports.index_map import hotspot_map_figure, index_map_figure
from dashboard.exports.registry import ExportRequestError, build_export, resolve
from dashboard.exports.static_map import geometry
from dashboard.figures.hotspot_style import hotspot_hideout
from dashboard.models.hotspots import hotspot_view
from dashboard.models.index import index_model, map_hideout, score_text
from dashboard.state.index import parse_state

NOW = datetime(2026, 11, 26, 9, 15)
BASE = "https://aktionsplan.example"
FELDER = "ind=children_u15_sgb2,transfer_benefits,unemployed,elderly_sgb12&w=2,1,1,2"


def export(bundle, url, part, fmt):
    return build_export(bundle, resolve(url), part, fmt, BASE, NOW)


def model(bundle, query):
    return index_model(bundle, parse_state(query, bundle)[0])


def slide_texts(slide) -> list[str]:
    return [s.text_frame.text for s in slide.shapes if s.has_text_frame]


# ------------------------------------------------------------------ parts and file names


def test_the_index_view_is_registered_with_its_parts():
    spec = registry.views()["index"]
    assert spec.pattern == "/index"
    assert spec.parts == {
        "map": ("png", "svg", "pdf"),
        "ranking": ("png", "svg", "pdf"),
        "stability": ("png", "svg", "pdf"),
        "deck": ("pptx",),
        "table": ("csv", "xlsx"),
    }
    request = resolve("http://h:1/index?mode=hotspots&lang=en")
    assert (request.view, request.lang, request.query["mode"]) == ("index", "en", "hotspots")


@pytest.mark.parametrize(
    "url, part, fmt, name",
    [
        ("/index", None, "pptx", "aktionsplan_bedarfsindex_felder_2024_unterbezirke.pptx"),
        (
            "/index?preset=status&ed=atlas2019&level=spaces",
            "map",
            "png",
            "aktionsplan_bedarfsindex_status_2019_raeume_karte.png",
        ),
        (
            f"/index?{FELDER.replace('2,1,1,2', '1,1,1,1')}",
            "stability",
            "svg",
            "aktionsplan_bedarfsindex_eigene_2024_unterbezirke_rangstabilitaet.svg",
        ),
        (
            "/index?preset=unter_stadt",
            "table",
            "xlsx",
            "aktionsplan_bedarfsindex_unter-stadt_2024_unterbezirke.xlsx",
        ),
        (
            "/index?mode=hotspots",
            "map",
            "png",
            "aktionsplan_hotspots_bedarfsindex-felder_2024_karte.png",
        ),
        (
            "/index?mode=hotspots&hs=transfer_benefits&ed=atlas2019",
            "table",
            "csv",
            "aktionsplan_hotspots_transferleistungen_2019.csv",
        ),
    ],
)
def test_file_names_say_what_they_are(bundle, url, part, fmt, name):
    assert export(bundle, url, part, fmt).filename == name


def test_the_hot_spot_mode_has_no_ranking_charts(bundle):
    for part in ("ranking", "stability"):
        with pytest.raises(ExportRequestError, match=f"the hot-spot view has no {part} chart"):
            export(bundle, "/index?mode=hotspots", part, "png")
    with pytest.raises(ExportRequestError, match="no part 'chart'"):
        export(bundle, "/index", "chart", "png")


# ----------------------------------------------------------------------- the static maps


@pytest.mark.parametrize("query", ["", "level=spaces&preset=status"])
def test_index_map_paints_each_unit_in_the_live_maps_colour(bundle, query):
    vm = model(bundle, query)
    live = map_hideout(bundle, vm)["colors"]  # what the browser paints per unit
    rings = geometry(bundle, "rings")["units"]
    fig = index_map_figure(bundle, vm)
    c = vm.classification
    classes = fig.data[: c.k]
    assert [tr.fillcolor for tr in classes] == list(reversed(c.colors))
    for tr in classes:
        painted = [code for code, colour in live.items() if colour == tr.fillcolor]
        expected = sum(sum(1 for x in rings[code][0] if x is None) for code in painted)
        assert sum(1 for x in tr.x if x is None) == expected
    unit = "Gebiete"
    assert all(re.search(rf"\(\d+ {unit}\)$", tr.name) for tr in classes)
    assert sum(int(re.search(r"\((\d+) ", tr.name)[1]) for tr in classes) == vm.n_scored
    names = [tr.name for tr in fig.data]
    if "level=spaces" in query:
        assert "außerhalb der 15 Räume" in names
        assert len(live) < 170
    assert "Stadtbezirke" in names and "Raum, Zuordnung belegt" in names
    assert fig.layout.yaxis.scaleanchor == "x"


def test_hot_spot_map_has_the_live_maps_colours_classes_and_counts(bundle):
    state = parse_state("mode=hotspots&hs=unemployed&lang=en", bundle)[0]
    view = hotspot_view(bundle, "unemployed", state.spec("units"), "en")
    live = hotspot_hideout(view, "en")["colors"]
    rings = geometry(bundle, "rings")["units"]
    fig = hotspot_map_figure(bundle, view, "en")
    clusters = [tr for tr in fig.data if tr.fill == "toself"]
    names = [tr.name for tr in clusters]
    assert names[0] == f"High, neighbours high – cluster of high need ({view.counts['HH']} units)"
    assert any(n.startswith("No notable pattern (") for n in names)
    for tr in clusters:
        painted = [code for code, colour in live.items() if colour == tr.fillcolor]
        expected = sum(sum(1 for x in rings[code][0] if x is None) for code in painted)
        assert painted and sum(1 for x in tr.x if x is None) == expected
    total = sum(int(re.search(r"\((\d+) unit", n)[1]) for n in names)
    assert total == 170
    assert "Spatial patterns" in fig.layout.legend.title.text


def test_hot_spot_map_hatches_units_without_a_value(bundle):
    state = parse_state("mode=hotspots&hs=children_u15_sgb2", bundle)[0]
    view = hotspot_view(bundle, "children_u15_sgb2", state.spec("units"), "de")
    fig = hotspot_map_figure(bundle, view, "de")
    missing = [tr for tr in fig.data if tr.fillcolor == NO_DATA]
    assert view.counts["missing"] >= 1  # one unit has no value in 2024
    assert len(missing) == 1 and missing[0].fillpattern.shape == "/"


@pytest.mark.parametrize("query", ["", "mode=hotspots&lang=en"])
def test_export_figures_are_valid_plotly(bundle, query):
    state = parse_state(query, bundle)[0]
    if state.mode == "hotspots":
        view = hotspot_view(bundle, state.hotspot, state.spec("units"), state.lang)
        fig = hotspot_map_figure(bundle, view, state.lang)
    else:
        fig = index_map_figure(bundle, index_model(bundle, state))
    go.Figure(framed(fig, Frame("T", "U", ("Quelle: x",))).to_dict())  # raises when invalid


# ---------------------------------------------------------------------------- the tables


def test_index_csv_is_the_command_lines_with_the_source_on_every_row(bundle):
    e = export(bundle, f"/index?{FELDER}&norm=zscore", None, "csv")
    vm = model(bundle, "")
    cli = index_csv(bundle, vm.spec, 1000, 2021).splitlines()
    lines = e.content.decode("utf-8").splitlines()
    assert len(lines) == len(cli) == 171
    for ours, theirs in zip(lines, cli, strict=True):
        assert ours.startswith(theirs + ",")
    table = pd.read_csv(io.BytesIO(e.content), dtype={"area_id": str})
    assert list(table.columns[-3:]) == ["source", "reference_date", "confidence"]
    assert table.source.str.startswith("own calculation from: Stadt Dortmund").all()
    assert set(table.reference_date) == {"2023-12-31"} and set(table.confidence) == {"medium"}
    top = table.loc[table["rank"] == 1].iloc[0]
    assert (top.area_id, top["name"]) == ("051", "Nordmarkt-Süd")


def test_hot_spot_csv_is_the_pages_with_the_source_on_every_row(bundle):
    e = export(bundle, "/index?mode=hotspots&hs=unemployed&ed=atlas2019", None, "csv")
    state = parse_state("mode=hotspots&hs=unemployed&ed=atlas2019", bundle)[0]
    view = hotspot_view(bundle, "unemployed", state.spec("units"), "de")
    page = hotspots_csv(view.result).splitlines()
    lines = e.content.decode("utf-8").splitlines()
    assert lines[0] == page[0] and lines[0].startswith("# moran_i=")
    assert all(o.startswith(p + ",") for o, p in zip(lines[1:], page[1:], strict=True))
    table = pd.read_csv(io.BytesIO(e.content), comment="#", dtype={"unit_code": str})
    assert len(table) == 170
    assert (table.cluster == "HH").sum() == view.counts["HH"]
    assert set(table.reference_date) == {"2018-12-31"}
    assert table.source.iloc[0].startswith("Stadt Dortmund")  # one indicator: not "own"


def test_index_xlsx_has_the_pages_table_and_every_indicator_in_the_metadata(bundle):
    e = export(bundle, "/index?level=spaces", None, "xlsx")
    sheets = pd.read_excel(io.BytesIO(e.content), sheet_name=None, header=1)
    assert list(sheets) == ["Tabelle", "Metadaten"]
    table = sheets["Tabelle"]
    assert len(table) == 15 and list(table.columns[:5]) == [
        "Rang",
        "Kennung",
        "Gebiet",
        "Art",
        "Punkte",
    ]
    assert pd.api.types.is_float_dtype(table["Punkte"])  # numbers, not text
    assert table["Rang"].iloc[0] == 1 and table["Punkte"].iloc[0] == table["Punkte"].max()
    vm = model(bundle, "level=spaces")
    assert table["Gebiet"].iloc[0] == vm.rows.name.iloc[0]
    meta = pd.read_excel(io.BytesIO(e.content), sheet_name="Metadaten")
    fields = dict(zip(meta.Feld, meta.Wert, strict=True))
    indicators = {k: v for k, v in fields.items() if k.startswith("Indikator ")}
    assert len(indicators) == 4
    kids = fields["Indikator 1: Kinder unter 15 Jahren in SGB-II-Bezug"]
    for part in ("Gewicht 2,0", "Richtung: höher = mehr Bedarf", "Stand: 31.12.2023"):
        assert part in kids
    assert "Quelle: Stadt Dortmund, Dortmunder Statistik" in kids
    assert "Verlässlichkeit: mittel" in kids
    assert fields["Vereinheitlichung der Werte"] == "z-Wert"
    assert fields["Fehlende Werte"].startswith("Fehlende Werte zählen nie als 0")
    assert "67 %" in fields["Fehlende Werte"]
    assert fields["Link zu dieser Ansicht"].startswith(f"{BASE}/index?ed=atlas2024")
    assert fields["Link zu dieser Ansicht"].endswith("level=spaces")
    assert fields["Kommandozeile"].startswith("python -m dashboard.analysis index")
    assert fields["Exportiert am"] == "26.11.2026"


def test_hot_spot_xlsx_in_english(bundle):
    e = export(bundle, "/index?mode=hotspots&lang=en", None, "xlsx")
    sheets = pd.read_excel(io.BytesIO(e.content), sheet_name=None, header=1)
    assert list(sheets) == ["Table", "Metadata"]
    table = sheets["Table"]
    assert len(table) == 170
    assert set(table["Pattern (code)"]) <= {"HH", "LL", "HL", "LH", "ns", "missing"}
    assert pd.api.types.is_float_dtype(table["Value"])
    meta = pd.read_excel(io.BytesIO(e.content), sheet_name="Metadata")
    fields = dict(zip(meta.Field, meta.Value, strict=True))
    assert fields["Are there spatial clusters?"].startswith("Moran's I = ")
    assert fields["How values are made comparable"] == "z-score"
    assert sum(1 for k in fields if k.startswith("Indicator ")) == 4


# ---------------------------------------------------------------------------- the decks


def test_index_deck_has_title_map_ranking_stability_and_notes_in_words(bundle):
    started = time.monotonic()
    e = export(bundle, "/index", None, "pptx")
    took = time.monotonic() - started
    assert took < 30, took  # DASHBOARD_EXPORT_TIMEOUT's default
    prs = Presentation(io.BytesIO(e.content))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)
    slides = list(prs.slides)
    assert len(slides) == 4
    cover = slide_texts(slides[0])
    assert cover[0] == "Bedarfsindex: Handlungsfelder gleich gewichtet (z-Werte)"
    assert "nicht der amtliche Index" in cover[1]
    assert any(x.startswith("Jeder Indikator wird so gedreht") for x in cover)
    assert slide_texts(slides[1])[0] == "Karte: Bedarfsindex"
    assert slide_texts(slides[2])[0].startswith("Rangfolge: die 20 Unterbezirke")
    assert slide_texts(slides[3])[0] == "Rangstabilität"
    for slide in slides:
        foot = slide_texts(slide)[-1]
        assert foot.startswith("Quelle: eigene Berechnung aus Stadt Dortmund")
        assert "Stand: 31.12.2023" in foot and "Verlässlichkeit: mittel" in foot
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text
    for slide in slides[1:]:
        assert [s.shape_type for s in slide.shapes].count(13) == 1  # one picture
    vm = model(bundle, "")
    notes = slides[0].notes_slide.notes_text_frame.text
    assert "67 % des Gesamtgewichts" in notes
    assert "Die 5 Gebiete mit dem höchsten Bedarf (von 170 Gebieten mit Punktwert): " in notes
    first = vm.rows.iloc[0]
    assert f"1. {first['name']} ({score_text(first.score, 'de')}); 2. " in notes
    assert "In den Top 5 unter jeder getesteten Einstellung: Nordmarkt-Süd" in notes
    stability = slides[3].notes_slide.notes_text_frame.text
    assert "Getestet wurden 1.008 Einstellungen" in stability


def test_hot_spot_deck_in_english_names_morans_i_and_the_clusters(bundle):
    e = export(bundle, "/index?mode=hotspots&hs=unemployed&lang=en", None, "pptx")
    prs = Presentation(io.BytesIO(e.content))
    slides = list(prs.slides)
    assert len(slides) == 5  # title, map, the 25 units in patterns (13 HH, 12 LL) on three
    assert slide_texts(slides[0])[0] == "Hot spots: Unemployment share"
    assert slide_texts(slides[2])[0] == "Units in patterns (1 / 3)"
    assert slide_texts(slides[1])[1].startswith("Moran's I = 0.53 (p = 0.001")
    for slide in slides:
        assert slide_texts(slide)[-1].startswith("Source: Stadt Dortmund")
    notes = slides[1].notes_slide.notes_text_frame.text
    assert "In clusters or as outliers: 13 units: High, neighbours high" in notes


# ------------------------------------------------------------------------ image formats


def test_maps_and_charts_open_as_png_svg_and_pdf(bundle):
    png = export(bundle, "/index?level=spaces", "map", "png").content
    with Image.open(io.BytesIO(png)) as image:
        assert image.width >= 1600
        assert len(image.convert("RGB").getcolors(1 << 20)) > 20  # not blank
    hot = export(bundle, "/index?mode=hotspots", "map", "png").content
    with Image.open(io.BytesIO(hot)) as image:
        assert image.width >= 1600
        colours = {c for _n, c in image.convert("RGB").getcolors(1 << 20)}
        assert (0xB2, 0x18, 0x2B) in colours and (0x21, 0x66, 0xAC) in colours  # HH, LL
    svg = export(bundle, "/index", "stability", "svg").content
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert "Rangstabilität – Bedarfsindex" in svg.decode()
    pdf = export(bundle, "/index?lang=en", "ranking", "pdf").content
    assert pdf.startswith(b"%PDF")


# ------------------------------------------------------------------------ command line


def test_command_line_exports_the_index_and_the_hot_spots(tmp_path, capsys):
    from dashboard.export.__main__ import main

    out = tmp_path / "index.xlsx"
    url = "http://127.0.0.1:8050/index?preset=status&level=spaces&lang=en"
    assert main([url, "--format", "xlsx", "-o", str(out)]) == 0
    assert "aktionsplan_bedarfsindex_status_2024_raeume.xlsx" in capsys.readouterr().out
    table = pd.read_excel(out, header=1)
    assert len(table) == 15 and table.Rank.iloc[0] == 1
    meta = pd.read_excel(out, sheet_name="Metadata")
    link = meta.loc[meta.Field == "Link to this view", "Value"].item()
    assert link.startswith("http://127.0.0.1:8050/index?ed=atlas2024&preset=status")

    out = tmp_path / "hot.csv"
    assert main(["/index?mode=hotspots&hs=unemployed", "--format", "csv", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("# moran_i=0.527")

    assert (
        main(
            [
                "/index?mode=hotspots",
                "--part",
                "ranking",
                "--format",
                "png",
                "-o",
                str(tmp_path / "x.png"),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert err.startswith("error: the hot-spot view has no ranking chart")
    assert not (tmp_path / "x.png").exists()


def test_hot_spot_deck_lists_every_unit_in_a_pattern(bundle):
    """After the map, native tables name each unit in a cluster or outlier pattern, with
    its pattern, value and corrected p; the speaker notes say how many."""
    from dashboard.exports.views.index import hotspots_of

    view = hotspots_of(bundle, parse_state({"mode": "hotspots"}, bundle)[0])
    table = view.result.table
    expected = table[table.cluster.isin(["HH", "LL", "HL", "LH"])]
    e = export(bundle, "/index?mode=hotspots", None, "pptx")
    slides = list(Presentation(io.BytesIO(e.content)).slides)
    listed = []
    for slide in slides[2:]:
        tables = [s.table for s in slide.shapes if s.has_table]
        assert len(tables) == 1
        rows = list(tables[0].rows)
        header = [c.text for c in rows[0].cells]
        assert header == ["Unterbezirk", "Muster", "Wert", "p (FDR-korrigiert)"]
        listed += [rows[i].cells[0].text for i in range(1, len(rows))]
        texts = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        assert "Quelle" in texts
    assert len(listed) == len(expected) > 0
    assert {text.split("(")[1].split(",")[0] for text in listed} == set(expected.code)
    first = expected[expected.cluster == "HH"].sort_values("value", ascending=False).iloc[0]
    assert listed[0].startswith(first["name"]) and f"({first.code}," in listed[0]
    notes = slides[2].notes_slide.notes_text_frame.text
    assert notes.startswith(f"{len(expected)} Unterbezirke liegen in einer Häufung")
