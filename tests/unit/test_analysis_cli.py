"""``python -m dashboard.analysis``: the command-line twin of /index."""

from __future__ import annotations

import io
import subprocess
import sys

import pandas as pd
import pytest

from dashboard import ROOT
from dashboard.analysis.__main__ import run
from dashboard.analysis.hotspots import hotspots_csv, indicator_hotspots
from dashboard.analysis.index import IndexSpec, compute_index
from dashboard.analysis.stability import rank_stability
from dashboard.analysis.tables import index_csv

INDEX_ARGS = [
    "index",
    "--indicators", "children_u15_sgb2,transfer_benefits,elderly_sgb12",
    "--weights", "2,1,1.5",
    "--normalise", "rank",
    "--edition", "atlas2024",
    "--level", "units",
]  # fmt: skip


def _run(argv, capsys):
    out = io.StringIO()
    code = run(argv, out=out)
    return code, out.getvalue(), capsys.readouterr().err


def test_index_csv_has_every_area_with_score_and_rank(bundle, capsys):
    code, out, err = _run(INDEX_ARGS, capsys)
    assert code == 0 and err == ""
    csv = pd.read_csv(io.StringIO(out), dtype={"area_id": str})
    assert list(csv.columns) == ["area_id", "name", "score", "rank"]
    assert len(csv) == 170
    spec = IndexSpec(
        ("children_u15_sgb2", "transfer_benefits", "elderly_sgb12"), (2, 1, 1.5), "rank"
    )
    expected = compute_index(bundle, spec).table
    assert csv.area_id.tolist() == expected.id.tolist()
    pd.testing.assert_series_equal(
        csv["rank"].astype(float), expected["rank"].astype(float), check_names=False
    )
    assert (csv.score - expected.score).abs().max() < 5e-7


def test_stability_columns_and_seed(bundle, capsys):
    argv = [*INDEX_ARGS, "--level", "spaces", "--stability", "300", "--seed", "9"]
    code, out, _ = _run(argv, capsys)
    assert code == 0
    csv = pd.read_csv(io.StringIO(out))
    assert list(csv.columns)[4:] == ["median_rank", "p5_rank", "p95_rank", "min_rank", "max_rank"]
    assert len(csv) == 15
    spec = IndexSpec(
        ("children_u15_sgb2", "transfer_benefits", "elderly_sgb12"),
        (2, 1, 1.5),
        "rank",
        "atlas2024",
        "spaces",
    )
    st = rank_stability(bundle, spec, 300, 9).table
    assert csv.median_rank.tolist() == st["median"].round(1).tolist()
    assert csv.max_rank.tolist() == st["max"].astype(int).tolist()
    again = _run(argv, capsys)[1]
    assert again == out  # seeded: the same bytes every time


def test_cli_output_equals_the_shared_csv_function(bundle, capsys):
    spec = IndexSpec(("unemployed", "living_space"), (1.0, 1.0), "minmax", "atlas2019")
    argv = ["index", "--indicators", "unemployed,living_space", "--normalise", "minmax",
            "--edition", "atlas2019", "--stability", "50"]  # fmt: skip
    assert _run(argv, capsys)[1] == index_csv(bundle, spec, 50, 2021)


def test_hotspots_csv_starts_with_the_global_statement(bundle, capsys):
    argv = ["hotspots", "--indicator", "transfer_benefits", "--edition", "atlas2019"]
    code, out, _ = _run(argv, capsys)
    assert code == 0
    first, rest = out.split("\n", 1)
    result = indicator_hotspots(bundle, "transfer_benefits", "atlas2019")
    assert first == (f"# moran_i={result.moran_i:.6f} p={result.p_value:.6f} permutations=999")
    csv = pd.read_csv(io.StringIO(rest), dtype={"unit_code": str})
    assert list(csv.columns) == [
        "unit_code", "name", "value", "local_i", "p_value", "p_fdr", "cluster"
    ]  # fmt: skip
    assert len(csv) == 170
    assert set(csv.cluster) <= {"HH", "LL", "HL", "LH", "ns", "missing"}
    assert csv.set_index("unit_code").loc["535", "cluster"] == "ns"  # Clarenberg
    assert csv.set_index("unit_code").loc["052", "cluster"] == "HH"  # Nordmarkt-Südost
    assert out == hotspots_csv(result)


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["frobnicate"],
        ["index", "--edition", "atlas2024"],  # --indicators missing
        ["index", "--indicators", "unemployed", "--edition", "atlas2024", "--normalise", "log"],
        ["index", "--indicators", "unemployed", "--edition", "atlas2024", "--level", "city"],
        ["index", "--indicators", "unemployed", "--edition", "atlas1999"],
        ["index", "--indicators", "share_0_6", "--edition", "atlas2024"],
        ["index", "--indicators", "unemployed,,x", "--edition", "atlas2024"],
        ["index", "--indicators", "unemployed", "--weights", "1,2", "--edition", "atlas2024"],
        ["index", "--indicators", "unemployed", "--weights", "abc", "--edition", "atlas2024"],
        ["index", "--indicators", "unemployed", "--weights", "-1", "--edition", "atlas2024"],
        ["index", "--indicators", "unemployed", "--edition", "atlas2024", "--stability", "0"],
        ["index", "--indicators", "unemployed", "--edition", "atlas2024", "--seed", "x"],
        ["hotspots", "--indicator", "nope", "--edition", "atlas2024"],
        ["hotspots", "--indicator", "unemployed_u25", "--edition", "atlas2019"],  # broken
        ["hotspots", "--indicator", "unemployed", "--edition", "atlas2024", "--bogus"],
    ],
)
def test_bad_options_give_one_line_and_exit_2(argv, capsys):
    code, out, err = _run(argv, capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("python -m dashboard.analysis")


def test_help_documents_every_option():
    def helptext(*args):
        done = subprocess.run(
            [sys.executable, "-m", "dashboard.analysis", *args, "--help"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        )  # fmt: skip
        return done.stdout

    top = helptext()
    assert "index" in top and "hotspots" in top and "--data-dir" in top
    index = helptext("index")
    for option in ("--indicators", "--weights", "--normalise", "--edition", "--level",
                   "--stability", "--seed", "zscore", "rank", "minmax"):  # fmt: skip
        assert option in index, option
    hot = helptext("hotspots")
    for option in ("--indicator", "--edition", "--permutations", "--seed"):
        assert option in hot, option


def test_real_process_exit_status_and_stdout():
    done = subprocess.run(
        [sys.executable, "-m", "dashboard.analysis", *INDEX_ARGS],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.splitlines()[0] == "area_id,name,score,rank"
    bad = subprocess.run(
        [sys.executable, "-m", "dashboard.analysis", "index", "--normalise", "x"],
        cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
