"""``python -m dashboard.export``: files, messages and exit status as the pipeline's."""

from __future__ import annotations

import io
import subprocess
import sys

import pandas as pd
import pytest
from pptx import Presentation

from dashboard import ROOT
from dashboard.export.__main__ import main


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard.export", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
    )


def test_csv_of_a_permalink_is_the_pages_table(tmp_path, capsys):
    out = tmp_path / "table.csv"
    code = main(
        [
            "http://127.0.0.1:8050/?ind=unemployed&lvl=units&sort=name",
            "--format",
            "csv",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    assert "aktionsplan_arbeitslose_2024_unterbezirke.csv" in capsys.readouterr().out
    table = pd.read_csv(out, sep=";", encoding="utf-8-sig", decimal=",")
    assert len(table) == 170
    names = table.Name.tolist()
    assert names[:3] == sorted(names[:3])  # sort=name, as the page shows it
    assert list(tmp_path.iterdir()) == [out]  # no temporary file left behind


def test_xlsx_with_a_base_url(tmp_path):
    out = tmp_path / "p.xlsx"
    code = main(
        ["/raum/AR04", "--format", "xlsx", "-o", str(out), "--base-url", "https://dash.example/"]
    )
    assert code == 0
    meta = pd.read_excel(out, sheet_name="Metadaten")
    link = meta.loc[meta.Feld == "Link zu dieser Ansicht", "Wert"].item()
    assert link == "https://dash.example/raum/AR04"


def test_pptx_by_subprocess_in_english(tmp_path):
    out = tmp_path / "deck.pptx"
    result = run("ind=children_u15_sgb2&lang=en", "--format", "pptx", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out}")
    prs = Presentation(io.BytesIO(out.read_bytes()))
    texts = [s.text_frame.text for s in prs.slides[0].shapes if s.has_text_frame]
    assert texts[0] == "Children under 15 receiving SGB II"
    assert texts[-1].startswith("Source: Stadt Dortmund")


@pytest.mark.parametrize(
    "view, extra, message",
    [
        ("/raum/ZZ9", [], "error: unknown space 'ZZ9' (e.g. AR01)"),
        ("/daten", [], "error: no exportable view at '/daten'"),
        ("/", ["--part", "chart"], "error: the main view has no part 'chart'"),
        ("/", ["--part", "map", "--format", "csv"], "error: map is not available as CSV"),
    ],
)
def test_bad_input_is_one_message_and_exit_1(tmp_path, capsys, view, extra, message):
    out = tmp_path / "x.png"
    args = [view, "-o", str(out), *extra]
    if "--format" not in extra:
        args += ["--format", "png"]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_exit_1(tmp_path, capsys):
    assert main(["/", "--format", "csv", "-o", str(tmp_path / "no" / "x.csv")]) == 1
    assert capsys.readouterr().err.startswith("error: no such folder")


def test_timeout_is_exit_1_and_writes_nothing(tmp_path, capsys, monkeypatch):
    import time

    from dashboard.exports import render

    real = render._render

    def slow(*args, **kwargs):
        time.sleep(1.0)
        return real(*args, **kwargs)

    monkeypatch.setattr(render, "_render", slow)
    out = tmp_path / "m.png"
    assert main(["/", "--format", "png", "-o", str(out), "--timeout", "0.2"]) == 1
    assert capsys.readouterr().err == "error: the PNG export took longer than 0.2 s\n"
    assert not out.exists()


def test_usage_errors_exit_2_and_help_documents_everything():
    bad = run("/", "--format", "gif", "-o", "x.gif")
    assert bad.returncode == 2 and "invalid choice: 'gif'" in bad.stderr
    missing = run("/", "--format", "png")
    assert missing.returncode == 2 and "-o/--output" in missing.stderr
    help_text = run("--help").stdout
    for word in (
        "URL_OR_QUERY",
        "--format",
        "--part",
        "--base-url",
        "--timeout",
        "--data",
        "DASHBOARD_PUBLIC_URL",
        "Exit status",
        "ranking",
        "chart",
        "deck",
        "table",
    ):
        assert word in help_text


def test_ignored_parameters_are_named(tmp_path, capsys):
    assert main(["?ind=nonsense&k=99", "--format", "csv", "-o", str(tmp_path / "t.csv")]) == 0
    assert capsys.readouterr().err == "note: ignored as the page does: ind, k\n"


# --- /kulisse ---
def test_coverage_exports_from_a_permalink(tmp_path, capsys):
    out = tmp_path / "kulisse.xlsx"
    url = "http://127.0.0.1:8050/kulisse?b=unemployed&ed=atlas2019&top=10&lang=en"
    assert main([url, "--format", "xlsx", "-o", str(out)]) == 0
    assert "aktionsplan_kulisse_arbeitslose_2019_top10.xlsx" in capsys.readouterr().out
    table = pd.read_excel(out, header=1)
    assert table.columns[0] == "List" and set(table.List) <= {
        "High need outside the 15 spaces",
        "Units of the spaces close to the city",
    }
    meta = pd.read_excel(out, sheet_name="Metadata")
    link = meta.loc[meta.Field == "Link to this view", "Value"].item()
    assert link.endswith("/kulisse?ed=atlas2019&b=unemployed&top=10&lang=en")
    assert main(["/kulisse", "--part", "ranking", "--format", "png", "-o", str(out)]) == 1
    assert "the coverage view has no part 'ranking'" in capsys.readouterr().err
