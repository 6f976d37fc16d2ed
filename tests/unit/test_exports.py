"""The export backbone without HTTP: resolving permalinks, file names, the static map's
colours, XLSX read back with pandas, decks read back with python-pptx."""

from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pandas as pd
import pytest
from pptx import Presentation

from dashboard.data.classify import NO_DATA
from dashboard.exports import registry
from dashboard.exports.registry import (
    ExportRequestError,
    build_export,
    export_filename,
    request_for,
    resolve,
    slug,
)
from dashboard.exports.static_map import class_traces, geometry, static_map_figure
from dashboard.figures.map_style import unit_hideout
from dashboard.models.main import main_model
from dashboard.state.main import parse_state

NOW = datetime(2026, 11, 25, 10, 30)
BASE = "https://aktionsplan.example"


def export(bundle, url, part, fmt):
    return build_export(bundle, resolve(url), part, fmt, BASE, NOW)


# ----------------------------------------------------------------------------- resolve


@pytest.mark.parametrize(
    "text, view, path, query, lang",
    [
        ("?ind=unemployed&lvl=units", "main", "/", {"ind": "unemployed", "lvl": "units"}, "de"),
        ("ind=unemployed", "main", "/", {"ind": "unemployed"}, "de"),
        ("/?lang=en", "main", "/", {"lang": "en"}, "en"),
        ("http://127.0.0.1:8050/", "main", "/", {}, "de"),
        (
            "http://h:1/raum/AR01?lang=en&hf=kinder",
            "profile",
            "/raum/AR01",
            {"lang": "en", "hf": "kinder"},
            "en",
        ),
        ("/raum/AR02/", "profile", "/raum/AR02", {}, "de"),
        ("/?lang=xx", "main", "/", {"lang": "xx"}, "de"),
    ],
)
def test_resolve_accepts_urls_paths_and_bare_queries(text, view, path, query, lang):
    request = resolve(text)
    assert (request.view, request.path, request.query, request.lang) == (view, path, query, lang)


def test_resolve_names_the_space_and_rejects_other_pages():
    assert resolve("/raum/AR07").args == {"space": "AR07"}
    with pytest.raises(ExportRequestError, match="no exportable view at '/daten'"):
        resolve("http://h/daten")
    with pytest.raises(ExportRequestError, match="no view given"):
        resolve("  ")


def test_request_for_takes_the_space_from_the_query():
    request = request_for("profile", {"space": "AR01", "lang": "en"})
    assert (request.path, request.args, request.query, request.lang) == (
        "/raum/AR01",
        {"space": "AR01"},
        {"lang": "en"},
        "en",
    )
    assert registry.export_path(request, "deck", "pptx") == (
        "/export/profile/deck.pptx?space=AR01&lang=en"
    )
    with pytest.raises(ExportRequestError, match="needs the parameter 'space'"):
        request_for("profile", {})
    with pytest.raises(ExportRequestError, match="unknown view 'nosuch'"):
        request_for("nosuch", {})


def test_every_view_lists_parts_and_formats():
    views = registry.views()
    assert set(views) >= {"main", "profile"}
    assert views["main"].parts == {
        "map": ("png", "svg", "pdf"),
        "ranking": ("png", "svg", "pdf"),
        "deck": ("pptx",),
        "table": ("csv", "xlsx"),
    }
    assert set(views["profile"].parts) == {"map", "chart", "deck", "table"}


def test_bad_part_format_or_space_is_one_line(bundle):
    with pytest.raises(ExportRequestError, match="no part 'chart'"):
        export(bundle, "/", "chart", "png")
    with pytest.raises(ExportRequestError, match="map is not available as PPTX"):
        export(bundle, "/", "map", "pptx")
    with pytest.raises(ExportRequestError, match="unknown format 'gif'"):
        export(bundle, "/", None, "gif")
    with pytest.raises(ExportRequestError, match="unknown space 'XX99'"):
        export(bundle, "/raum/XX99", None, "csv")


# ---------------------------------------------------------------------------- filenames


def test_file_names_say_what_they_are():
    assert slug("Bövinghausen/Westrich") == "boevinghausen-westrich"
    assert slug("Straße Über") == "strasse-ueber"
    assert (
        export_filename("children_u15_sgb2", "2024", "raeume", ext="pptx")
        == "aktionsplan_children-u15-sgb2_2024_raeume.pptx"
    )
    assert (
        export_filename("unemployed", "2019-2024", "unterbezirke", part="map", ext="png")
        == "aktionsplan_unemployed_2019-2024_unterbezirke_karte.png"
    )
    assert (
        export_filename("raum-AR01-Hafen", "aktuell", "", part="table", ext="xlsx")
        == "aktionsplan_raum-ar01-hafen_aktuell.xlsx"
    )


def test_file_names_of_the_views(bundle):
    assert (
        export(bundle, "?ind=children_u15_sgb2&ed=change&lvl=units", None, "csv").filename
        == "aktionsplan_kinder-sgb2_2019-2024_unterbezirke.csv"
    )
    assert (
        export(bundle, "/raum/AR01?ed=atlas2019&hf=kinder", None, "csv").filename
        == "aktionsplan_raum-ar01-hafen_2019_kinder.csv"
    )


# ----------------------------------------------------------------------------- the map


@pytest.mark.parametrize(
    "query", ["ind=children_u15_sgb2", "ind=children_u15_sgb2&lvl=units&sb=Innenstadt-Nord"]
)
def test_static_map_has_one_trace_per_class_in_the_live_maps_colours(bundle, query):
    state, _ = parse_state(query, bundle)
    vm = main_model(bundle, state)
    live = unit_hideout(bundle, vm)["colors"]  # what the browser paints per unit
    rings = geometry(bundle, "rings")["units"]
    traces = class_traces(vm, rings)
    c = vm.classification
    assert [tr.fillcolor for tr in traces[: c.k]] == list(reversed(c.colors))
    for tr in traces[: c.k]:
        # every ring of this trace is a unit that the live map paints in this colour
        n_rings = sum(1 for x in tr.x if x is None)
        painted = [code for code, colour in live.items() if colour == tr.fillcolor]
        expected = sum(sum(1 for x in rings[code][0] if x is None) for code in painted)
        assert n_rings == expected and painted
    names = [tr.name for tr in traces]
    assert names[0].endswith(f"({c.counts[-1]} Gebiete)")
    fig = static_map_figure(vm)
    assert fig.layout.yaxis.scaleanchor == "x" and 1.55 < fig.layout.yaxis.scaleratio < 1.65


def test_static_map_marks_units_without_data(bundle):
    state, _ = parse_state("ind=children_u15_sgb2&ed=atlas2019&lvl=units", bundle)
    vm = main_model(bundle, state)
    traces = class_traces(vm, geometry(bundle, "rings")["units"])
    missing = [tr for tr in traces if tr.fillcolor == NO_DATA]
    n_missing = sum(1 for s in vm.unit_status.values() if s == "no_data")
    if n_missing:
        assert len(missing) == 1 and missing[0].fillpattern.shape == "/"
        assert missing[0].name.startswith("keine Daten")
    else:
        assert missing == []


# -------------------------------------------------------------------------------- xlsx


def test_xlsx_has_the_table_and_the_metadata(bundle):
    e = export(bundle, "?ind=children_u15_sgb2&lvl=spaces", None, "xlsx")
    assert e.mimetype.endswith("spreadsheetml.sheet")
    sheets = pd.read_excel(io.BytesIO(e.content), sheet_name=None, header=1)
    assert list(sheets) == ["Tabelle", "Metadaten"]
    table = sheets["Tabelle"]
    assert len(table) == 15 and table.columns[0] == "Rang"
    value_col = next(c for c in table.columns if c.startswith("Kinder unter 15"))
    assert pd.api.types.is_float_dtype(table[value_col])  # numbers, not text
    top = table.iloc[0]
    assert top["Rang"] == 1 and top[value_col] == table[value_col].max()
    meta = pd.read_excel(io.BytesIO(e.content), sheet_name="Metadaten")
    fields = dict(zip(meta.Feld, meta.Wert, strict=True))
    assert fields["Quelle"].startswith("Stadt Dortmund, Dortmunder Statistik: Statistikatlas")
    assert fields["Stand"] == "31.12.2023"
    assert fields["Verlässlichkeit"] == "mittel"
    assert fields["Link zu dieser Ansicht"] == f"{BASE}/?ind=children_u15_sgb2&ed=atlas2024"
    assert fields["Exportiert am"] == "25.11.2026"
    wb = openpyxl.load_workbook(io.BytesIO(e.content))
    cell = wb["Tabelle"].cell(row=3, column=table.columns.get_loc(value_col) + 1)
    assert isinstance(cell.value, float) and cell.number_format == "#,##0.00"


def test_xlsx_in_english_and_of_a_profile(bundle):
    e = export(bundle, "/raum/AR02?lang=en", None, "xlsx")
    sheets = pd.read_excel(io.BytesIO(e.content), sheet_name=None, header=1)
    assert list(sheets) == ["Table", "Metadata"]
    table = sheets["Table"]
    row = table[table.Indicator == "Children under 15 receiving SGB II"].iloc[0]
    assert row["Value of the space"] > row["City value"] > 0
    assert row["of"] == 15 and 1 <= row["Rank among the 15 spaces"] <= 15
    meta = pd.read_excel(io.BytesIO(e.content), sheet_name="Metadata")
    assert "Source" in set(meta.Field) and "Link to this view" in set(meta.Field)


def test_profile_csv_has_every_indicator_with_its_source(bundle):
    e = export(bundle, "/raum/AR01", None, "csv")
    text = e.content.decode("utf-8-sig")
    lines = text.strip().split("\n")
    assert lines[0].startswith("Handlungsfeld;Indikator;Ausgabe;Wert des Raums")
    assert len(lines) == 1 + 22
    assert all("Stadt Dortmund" in line for line in lines[1:] if "keine Daten" not in line)


# -------------------------------------------------------------------------------- deck


def slide_texts(slide) -> list[str]:
    return [s.text_frame.text for s in slide.shapes if s.has_text_frame]


def test_main_deck_has_title_map_ranking_footnotes_and_notes(bundle):
    e = export(bundle, "?ind=children_u15_sgb2&lvl=units", None, "pptx")
    assert e.filename == "aktionsplan_kinder-sgb2_2024_unterbezirke.pptx"
    prs = Presentation(io.BytesIO(e.content))
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)  # 16:9, 13.333 × 7.5 in
    slides = list(prs.slides)
    assert len(slides) == 3
    assert slide_texts(slides[0])[0] == "Kinder unter 15 Jahren in SGB-II-Bezug"
    assert slide_texts(slides[1])[0].startswith("Karte:")
    assert slide_texts(slides[2])[0].startswith("Rangfolge:")
    for slide in slides:
        foot = slide_texts(slide)[-1]
        assert foot.startswith("Quelle: Stadt Dortmund") and "Stand: 31.12.2023" in foot
        assert "Verlässlichkeit: mittel" in foot and "Exportiert am 25.11.2026" in foot
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text
    assert [s.shape_type for s in slides[1].shapes].count(13) == 1  # one picture: the map
    notes = slides[1].notes_slide.notes_text_frame.text
    state, _ = parse_state("ind=children_u15_sgb2&lvl=units", bundle)
    vm = main_model(bundle, state)
    shown = vm.shown.dropna(subset=["value"])
    top = shown.loc[shown.value.idxmax()]
    value = f"{top.value:.1f}".replace(".", ",")
    assert f"Höchster Wert: {top['name']} mit {value} %" in notes
    assert "Stadt (Median der Gebiete) 17,9 %" in notes
    ranking_notes = slides[2].notes_slide.notes_text_frame.text
    assert ranking_notes.startswith("Größter Bedarf: 1. ")
    cut = f"Gezeigt: die ersten 15 von {vm.n_ranked} Gebieten"
    assert vm.n_ranked > 160 and cut in " ".join(slide_texts(slides[2]))


def test_profile_deck_in_english_has_its_profile_slides(bundle):
    e = export(bundle, "/raum/AR01?lang=en", None, "pptx")
    prs = Presentation(io.BytesIO(e.content))
    slides = list(prs.slides)
    # title, location, then one slide per Handlungsfeld (4)
    assert len(slides) == 2 + 4
    assert slide_texts(slides[0])[0] == "Aktionsraum Hafen"
    assert slide_texts(slides[2])[0] == "Hafen: Work and employment in the neighbourhood"
    for slide in slides:
        assert slide_texts(slide)[-1].startswith("Source: Stadt Dortmund")
    notes = slides[3].notes_slide.notes_text_frame.text
    assert "Children under 15 receiving SGB II (2024): Hafen " in notes
    assert "Rank among the 15 spaces" in notes


@pytest.mark.parametrize(
    "url", ["?ind=children_u15_sgb2&ed=change&lvl=units&sel=AR02", "/raum/AR01"]
)
def test_export_figures_are_valid_plotly(bundle, url):
    """The builders skip plotly's validation for speed; it is done here."""
    import plotly.graph_objects as go

    from dashboard.exports.decorate import Frame, framed
    from dashboard.exports.static_map import space_map_figure

    request = resolve(url)
    if request.view == "main":
        state, _ = parse_state(request.query, bundle)
        fig = static_map_figure(main_model(bundle, state))
    else:
        fig = space_map_figure(bundle, "AR01", "de")
    out = framed(fig, Frame("Titel", "Untertitel", ("Quelle: x", "Exportiert am y")))
    go.Figure(out.to_dict())  # raises on an invalid property
    assert out.layout.width == 1600 and out.layout.title.text == "<b>Titel</b>"
    assert [a.text for a in out.layout.annotations][-2:] == ["Quelle: x", "Exportiert am y"]
