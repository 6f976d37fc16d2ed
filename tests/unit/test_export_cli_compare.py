"""``python -m dashboard.export`` with the comparison and needs-and-money views."""

from __future__ import annotations

import io
import subprocess
import sys

import pandas as pd
from pptx import Presentation

from dashboard import ROOT
from dashboard.export.__main__ import main


def test_compare_deck_by_subprocess(tmp_path):
    out = tmp_path / "vergleich.pptx"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "dashboard.export",
            "/vergleich?a=AR02,AR03&hf=arbeit",
            "--format",
            "pptx",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    assert "aktionsplan_vergleich_ar02-ar03_2024_arbeit.pptx" in result.stdout
    slides = list(Presentation(io.BytesIO(out.read_bytes())).slides)
    assert len(slides) == 3
    texts = [s.text_frame.text for s in slides[0].shapes if s.has_text_frame]
    assert texts[0] == "Vergleich: Nordmarkt, Borsigplatz"
    assert texts[-1].startswith("Quelle: Stadt Dortmund")


def test_money_table_and_an_empty_comparison(tmp_path, capsys):
    out = tmp_path / "mittel.csv"
    assert (
        main(["http://127.0.0.1:8050/mittel?ind=unemployed", "--format", "csv", "-o", str(out)])
        == 0
    )
    assert "aktionsplan_mittel_arbeitslose_2024.csv" in capsys.readouterr().out
    assert len(pd.read_csv(out, sep=";", decimal=",", encoding="utf-8-sig")) == 15
    empty = tmp_path / "leer.pptx"
    assert main(["/vergleich", "--format", "pptx", "-o", str(empty)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: Bitte mindestens zwei Gebiete wählen") and err.count("\n") == 1
    assert not empty.exists()
