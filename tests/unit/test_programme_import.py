"""The Aktionsprogramm workbook: the committed template equals what the code writes; the
BEISPIEL workbook imports into a copy of data/ and reads back; every bad workbook ends with
exit 1, one message naming file, sheet, row and column, and data/ left byte-identical."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from openpyxl import Workbook, load_workbook

from dashboard import ROOT
from dashboard.data.bundle import load_bundle
from dashboard.data.programmes import programme_for, programme_overview
from dashboard.pipeline.__main__ import main
from dashboard.pipeline.programme_spec import SHEETS
from dashboard.pipeline.programme_template import create_template
from tests.conftest import tree_digest

TEMPLATE = ROOT / "examples" / "aktionsprogramm_vorlage.xlsx"
EXAMPLE = ROOT / "examples" / "aktionsprogramm_BEISPIEL.xlsx"
MEASURES = "Maßnahmen"
ENTRIES = "Bedarfe und Potenziale"


def _import(data_dir, workbook=EXAMPLE, *extra) -> int:
    return main(["import-programme", str(workbook), "--data", str(data_dir), *extra])


def _validations(ws) -> list[tuple]:
    return sorted(
        (
            str(dv.sqref),
            dv.type,
            dv.operator,
            dv.formula1,
            dv.formula2,
            dv.allow_blank,
            dv.showErrorMessage,
            dv.error,
        )
        for dv in ws.data_validations.dataValidation
    )


def _cells(ws) -> list[tuple]:
    return [tuple(row) for row in ws.iter_rows(values_only=True)]


def test_committed_template_equals_the_generated_one(bundle, tmp_path):
    generated = tmp_path / "vorlage.xlsx"
    create_template(bundle.spaces).save(generated)
    committed, fresh = load_workbook(TEMPLATE), load_workbook(generated)
    assert committed.sheetnames == fresh.sheetnames
    for name in fresh.sheetnames:
        a, b = committed[name], fresh[name]
        assert _cells(a) == _cells(b), name
        assert _validations(a) == _validations(b), name
        assert (a.freeze_panes, a.sheet_state) == (b.freeze_panes, b.sheet_state), name


def test_template_has_explanation_lists_and_checked_columns(bundle):
    wb = create_template(bundle.spaces)
    assert wb.sheetnames == ["Erläuterung", *SHEETS, "Listen"]
    assert wb["Listen"].sheet_state == "hidden"
    explanation = " ".join(str(c) for row in _cells(wb["Erläuterung"]) for c in row if c)
    assert "leer heißt „unbekannt“" in explanation and "empty means 'unknown'" in explanation
    assert "AR01 – Hafen" in explanation and "AQ02 – Meylantviertel" in explanation
    lists = _cells(wb["Listen"])
    assert lists[0][0] == "space_id" and len([r for r in lists[1:] if r[0]]) == 15
    for sheet, (_file, cols) in SHEETS.items():
        ws = wb[sheet]
        assert [c.value for c in ws[1]] == [c.key for c in cols]
        assert ws.freeze_panes == "A2"
        assert all(c.comment and "/" not in c.comment.author for c in ws[1])
    kinds = {(dv.type, str(dv.sqref)) for dv in wb[MEASURES].data_validations.dataValidation}
    assert ("list", "A2:A500") in kinds  # space_id
    assert ("whole", "E2:E500") in kinds  # year
    assert ("decimal", "F2:F500") in kinds  # amount_eur
    date = next(dv for dv in wb["Prozess"].data_validations.dataValidation if dv.type == "date")
    assert str(date.sqref) == "C2:C500" and date.formula2 == "TODAY()"


def test_template_for_one_space_offers_only_that_space(bundle, tmp_path):
    out = tmp_path / "ar05.xlsx"
    assert main(["programme-template", "-o", str(out), "--space", "AR05"]) == 0
    lists = _cells(load_workbook(out)["Listen"])
    assert [r[0] for r in lists[1:] if r[0]] == ["AR05 – Dorstfeld"]


def test_template_for_an_unknown_space_is_refused(tmp_path, capsys):
    assert main(["programme-template", "-o", str(tmp_path / "x.xlsx"), "--space", "EX01"]) == 1
    assert "--space: expected one of the current spaces" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_example_is_marked_beispiel_in_every_text_cell():
    wb = load_workbook(EXAMPLE)
    assert "Beispiel mit erfundenen Inhalten" in wb["Erläuterung"]["A1"].value
    texts = 0
    for sheet, (_file, cols) in SHEETS.items():
        ws = wb[sheet]
        for row in ws.iter_rows(min_row=2, values_only=True):
            for col, value in zip(cols, row, strict=False):
                if col.kind == "text" and value:
                    texts += 1
                    assert "BEISPIEL" in value, (sheet, col.key, value)
    assert texts > 20


def test_example_is_not_in_the_committed_data(bundle):
    assert bundle.programmes.entries.empty
    assert not (ROOT / "data" / "imports").exists() or not list(
        (ROOT / "data" / "imports").glob("programme__*")
    )


def test_example_imports_and_reads_back(data_copy, capsys):
    assert _import(data_copy) == 0
    out = capsys.readouterr().out
    assert "imported the Aktionsprogramm of AQ01, AR01" in out
    bundle = load_bundle(data_copy)
    ar01 = programme_for(bundle, "AR01")
    c = ar01.completeness()
    assert (c.part("need:arbeit").count, c.part("need:arbeit").adopted) == (1, 1)
    assert c.part("need:kinder").count == 1 and not c.part("need:zusammenhalt").filled
    assert c.part("step:sondierung").date == "2021-05-10"
    assert c.part("step:akteursgespraech").date == "2022-03-22"
    assert not c.part("step:programme_adopted").filled and ar01.adopted_on is None
    measure = ar01.measures.iloc[0]
    assert (measure.handlungsfeld, measure.year, measure.amount_eur) == ("kinder", 2023, 4000.0)
    assert measure.status == "completed"
    aq01 = programme_for(bundle, "AQ01")
    assert aq01.measures.amount_eur.isna().all()  # unknown stays unknown, not 0
    assert aq01.entries.text_en.isna().all()  # no English: the page shows German
    assert programme_for(bundle, "AR02").is_empty
    kept = sorted(p.name for p in (data_copy / "imports").iterdir())
    assert kept == ["programme__AQ01.json", "programme__AR01.json"]
    entry = next(e for e in bundle.sources["imports"] if e["space_id"] == "AR01")
    assert entry["kind"] == "programme" and entry["file"] == EXAMPLE.name
    assert entry["imported_on"] == dt.date.today().isoformat()
    assert len(set(bundle.programmes.entries.import_id)) == 1
    overview = programme_overview(bundle).set_index("space_id")
    assert list(overview.index[:2]) == ["AR01", "AR02"] and len(overview) == 15
    assert overview.at["AR01", "n_filled"] == 6 and overview.at["AR01", "n_parts"] == 10
    assert overview.at["AQ01", "n_filled"] == 3 and overview.at["AR02", "n_filled"] == 0
    assert overview.at["AR01", "file"] == EXAMPLE.name
    assert pd.isna(overview.at["AR02", "file"])
    assert [p.key for p in overview.at["AR01", "missing"]] == [
        "need:zusammenhalt",
        "prerequisite",
        "requirement",
    ]
    # everything else is still there
    assert len(bundle.values[bundle.values.indicator_id == "children_u15_sgb2"]) == 340


def test_programme_import_survives_a_rebuild_and_an_indicator_import(raw_dir, data_copy):
    assert _import(data_copy) == 0
    before = tree_digest(data_copy)
    assert main(["build", "--raw", str(raw_dir), "--out", str(data_copy)]) == 0
    assert tree_digest(data_copy) == before
    meta = ROOT / "examples" / "city_table_example.meta.json"
    table = ROOT / "examples" / "city_table_example.csv"
    assert main(["import", str(table), "--meta", str(meta), "--data", str(data_copy)]) == 0
    after = tree_digest(data_copy)
    for file in ("programme_entries.csv", "programme_steps.csv", "programme_measures.csv"):
        assert after[file] == before[file]


def test_replace_says_what_it_replaced_and_keeps_other_spaces(data_copy, tmp_path, capsys):
    assert _import(data_copy) == 0
    wb = load_workbook(EXAMPLE)
    for sheet in SHEETS:
        ws = wb[sheet]
        for r in range(ws.max_row, 1, -1):
            if str(ws.cell(row=r, column=1).value).startswith("AQ01"):
                ws.delete_rows(r)
    wb[MEASURES]["F2"] = 4500
    changed = tmp_path / "ar01_neu.xlsx"
    wb.save(changed)
    capsys.readouterr()
    before = tree_digest(data_copy)
    assert _import(data_copy, changed) == 1
    assert tree_digest(data_copy) == before
    err = capsys.readouterr().err
    assert err.startswith(
        f"error: {changed}, column 'space_id': expected only spaces without an Aktionsprogramm "
        "in the data folder (add --replace to replace it), found 'AR01, imported on "
    )
    assert _import(data_copy, changed, "--replace") == 0
    out = capsys.readouterr().out
    assert "replaced AR01: import " in out and f"from {EXAMPLE.name}" in out and "6 rows" in out
    bundle = load_bundle(data_copy)
    assert programme_for(bundle, "AR01").measures.amount_eur.tolist() == [4500.0]
    assert len(programme_for(bundle, "AQ01").measures) == 1  # not in the new file: kept


def _edited(tmp_path, edit, name="bad.xlsx"):
    wb = load_workbook(EXAMPLE)
    edit(wb)
    path = tmp_path / name
    wb.save(path)
    return path


def _set(sheet: str, cell: str, value):
    def edit(wb):
        wb[sheet][cell] = value

    return edit


def _refused(data_copy, path, capsys) -> str:
    before = tree_digest(data_copy)
    assert _import(data_copy, path) == 1
    assert tree_digest(data_copy) == before, "data/ must stay exactly as it was"
    assert not list(data_copy.parent.glob(".data-*")), "no temporary folder is left behind"
    err = capsys.readouterr().err
    assert err.count("\n") == 2, err  # one message, plus 'data/ was left unchanged.'
    assert err.endswith("data/ was left unchanged.\n")
    return err.splitlines()[0]


TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()
TODAY = dt.date.today().isoformat()


@pytest.mark.parametrize(
    ("edit", "where", "expected"),
    [
        (
            _set(MEASURES, "A3", "AR14"),
            f"sheet '{MEASURES}', row 3, column 'space_id'",
            "expected one of the current spaces ['AQ01', 'AQ02', 'AR01', 'AR02', 'AR03', "
            "'AR04', 'AR05', 'AR06', 'AR07', 'AR08', 'AR09', 'AR10', 'AR11', 'AR12', 'AR13'], "
            "found 'AR14'",
        ),
        (
            _set("Prozess", "C3", "31.02.2022"),
            "sheet 'Prozess', row 3, column 'date'",
            "expected a date (DD.MM.YYYY or YYYY-MM-DD), found '31.02.2022'",
        ),
        (
            _set(ENTRIES, "H4", TOMORROW),
            f"sheet '{ENTRIES}', row 4, column 'as_of'",
            f"expected a date not after today ({TODAY}), found '{TOMORROW}'",
        ),
        (
            _set(MEASURES, "F3", "viel"),
            f"sheet '{MEASURES}', row 3, column 'amount_eur'",
            "expected a number ≥ 0 or empty, found 'viel'",
        ),
        (
            _set(MEASURES, "F2", -5),
            f"sheet '{MEASURES}', row 2, column 'amount_eur'",
            "expected a number ≥ 0 or empty, found -5",
        ),
        (
            _set(MEASURES, "F2", "=2000*2"),
            f"sheet '{MEASURES}', row 2, column 'amount_eur'",
            "expected a value, not a formula (type the value itself), found '=2000*2'",
        ),
        (
            _set(MEASURES, "E2", 1999),
            f"sheet '{MEASURES}', row 2, column 'year'",
            "expected a year 2008–2100 or empty, found 1999",
        ),
        (
            _set(ENTRIES, "B3", "wunsch"),
            f"sheet '{ENTRIES}', row 3, column 'section'",
            "expected one of ['need', 'potential', 'prerequisite', 'requirement'], found 'wunsch'",
        ),
        (
            _set(ENTRIES, "C2", "none – übergreifend"),
            f"sheet '{ENTRIES}', row 2, column 'handlungsfeld'",
            "expected a need in one of the Handlungsfelder ['arbeit', 'kinder', 'zusammenhalt'], "
            "found 'none'",
        ),
        (
            _set(ENTRIES, "F3", None),
            f"sheet '{ENTRIES}', row 3, column 'source'",
            "expected a value (the field is required), found 'an empty cell'",
        ),
        (
            _set(MEASURES, "K2", None),
            f"sheet '{MEASURES}', row 2, column 'source'",
            "expected a value (the field is required), found 'an empty cell'",
        ),
        (
            _set(MEASURES, "L3", "vergessen"),
            f"sheet '{MEASURES}', row 3, column 'L'",
            "expected nothing right of column 'source' (the template's columns only), found "
            "'vergessen'",
        ),
        (
            _set("Prozess", "C1", "datum"),
            "sheet 'Prozess', row 1, column 'date'",
            "expected the header ['space_id', 'step', 'date', 'note_de', 'note_en', 'source'], "
            "found 'datum'",
        ),
    ],
)
def test_bad_cell_is_named(data_copy, tmp_path, capsys, edit, where, expected):
    path = _edited(tmp_path, edit)
    assert _refused(data_copy, path, capsys) == f"error: {path}, {where}: {expected}"


def test_second_adoption_of_a_space_is_named(data_copy, tmp_path, capsys):
    def edit(wb):
        ws = wb["Prozess"]
        for r, date in ((5, "2022-10-01"), (6, "2023-01-15")):
            for c, value in enumerate(["AR01", "programme_adopted", date, None, None, "Q"], 1):
                ws.cell(row=r, column=c, value=value)

    path = _edited(tmp_path, edit)
    assert _refused(data_copy, path, capsys) == (
        f"error: {path}, sheet 'Prozess', row 6, column 'step': expected at most one step "
        "programme_adopted per space (later changes are step update), found 'AR01'"
    )


def test_completed_measure_in_a_future_year_is_named(data_copy, tmp_path, capsys):
    year = dt.date.today().year
    path = _edited(tmp_path, _set(MEASURES, "E2", year + 1))
    assert _refused(data_copy, path, capsys) == (
        f"error: {path}, sheet '{MEASURES}', row 2, column 'year': expected a completed measure "
        f"in {year} or earlier, found {year + 1}"
    )


def test_missing_sheet_is_named(data_copy, tmp_path, capsys):
    path = _edited(tmp_path, lambda wb: wb.remove(wb["Prozess"]))
    assert _refused(data_copy, path, capsys) == (
        f"error: {path}: expected a sheet 'Prozess', found 'no such sheet'"
    )


def test_workbook_without_rows_is_refused(data_copy, tmp_path, capsys):
    path = tmp_path / "leer.xlsx"
    create_template(load_bundle(data_copy).spaces).save(path)
    assert _refused(data_copy, path, capsys).startswith(
        f"error: {path}: expected at least one filled-in row in the sheets"
    )


def test_file_too_large_is_refused(data_copy, tmp_path, capsys):
    path = tmp_path / "gross.xlsx"
    path.write_bytes(b"PK" + b"\0" * (5 * 1024 * 1024))
    assert _refused(data_copy, path, capsys) == (
        f"error: {path}: expected a workbook of at most 5 MB, found '5242882 bytes'"
    )


@pytest.mark.parametrize(
    "content", [b"space_id;section\nAR01;need\n", b"PK\x03\x04 not really a zip"]
)
def test_not_an_xlsx_is_refused(data_copy, tmp_path, capsys, content):
    path = tmp_path / "tabelle.xlsx"
    path.write_bytes(content)
    assert _refused(data_copy, path, capsys) == (
        f"error: {path}: expected an Excel workbook (.xlsx), found 'a file that is not one'"
    )


def test_zip_that_is_not_a_workbook_is_refused(data_copy, tmp_path, capsys):
    import zipfile

    path = tmp_path / "archiv.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hallo")
    assert _refused(data_copy, path, capsys).startswith(
        f"error: {path}: expected an Excel workbook (.xlsx), found "
    )


def test_missing_file_is_named(data_copy, tmp_path, capsys):
    path = tmp_path / "fehlt.xlsx"
    assert _refused(data_copy, path, capsys) == (
        f"error: {path}: expected an existing file, found 'no such file'"
    )


def test_plain_workbook_dates_and_german_numbers_are_read(data_copy, tmp_path):
    def edit(wb):
        wb["Prozess"]["C2"] = dt.datetime(2021, 5, 11)
        wb["Prozess"]["C3"] = "22.03.2022"
        wb[MEASURES]["F2"] = "4.000,50"
        wb[MEASURES]["A2"] = "AR01"  # the code alone is enough
        wb[MEASURES]["H2"] = "running"

    assert _import(data_copy, _edited(tmp_path, edit)) == 0
    ar01 = programme_for(load_bundle(data_copy), "AR01")
    assert sorted(ar01.steps.date) == ["2021-05-11", "2022-03-22"]
    assert ar01.measures.amount_eur.tolist() == [4000.5]
    assert ar01.measures.status.tolist() == ["running"]


def test_new_workbook_without_our_sheets_is_refused(data_copy, tmp_path, capsys):
    path = tmp_path / "fremd.xlsx"
    Workbook().save(path)
    assert _refused(data_copy, path, capsys) == (
        f"error: {path}: expected a sheet 'Bedarfe und Potenziale', found 'no such sheet'"
    )
