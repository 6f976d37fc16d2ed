"""i18n, view state, settings, the pure-core rule, and the data store."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from dashboard import ROOT
from dashboard.data.bundle import BundleStore
from dashboard.i18n import format_date, format_number, format_value
from dashboard.settings import Settings, documented_settings
from dashboard.state.main import MainState, parse_state, state_query


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (12.5, "de", "12,5"),
        (12.5, "en", "12.5"),
        (1234.5, "de", "1.234,5"),
        (1234.5, "en", "1,234.5"),
        (None, "de", "–"),
        (float("nan"), "en", "–"),
    ],
)
def test_format_number(value, lang, expected):
    assert format_number(value, lang) == expected


def test_format_value_and_date():
    assert format_value(12.5, "percent", "de") == "12,5 %"
    assert format_value(12.5, "percent", "en") == "12.5%"
    assert format_value(44.85, "years", "de") == "44,9 Jahre"
    assert format_date("2018-12-31", "de") == "31.12.2018"
    assert format_date("2018-12-31", "en") == "31 Dec 2018"


def test_view_state_round_trip_and_fallbacks(bundle):
    state, ignored = parse_state("?ind=unemployed&ed=atlas2019&lang=en", bundle)
    assert state == MainState("unemployed", "atlas2019", lang="en") and ignored == []
    assert parse_state(state_query(state, bundle), bundle)[0] == state
    state, ignored = parse_state({"ind": "nonsense", "ed": "1999", "x": "1"}, bundle)
    assert state == MainState(edition="atlas2024")
    assert [i.key for i in ignored] == ["ind", "ed", "x"]
    # an indicator with only one edition falls back to it
    state, _ = parse_state({"ind": "gymnasium_transition"}, bundle)
    assert state.edition == "atlas2019"


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for env, _default, help_text in documented_settings():
        assert env in readme, f"{env} is not documented in README.md"
        assert help_text


def test_settings_from_environment(tmp_path):
    s = Settings.from_env(
        {"DASHBOARD_PORT": "9000", "DASHBOARD_DEBUG": "true", "DASHBOARD_DATA_DIR": str(tmp_path)}
    )
    assert (s.port, s.debug, s.data_dir) == (9000, True, tmp_path)
    assert Settings.from_env({}).tile_url == ""  # no tiles, no outside requests by default


PURE_PACKAGES = ("data", "pipeline", "state", "models", "exports")
"""Packages that must never import Dash (pure core, thin shell)."""


def test_pure_layers_do_not_import_dash():
    modules = sorted(
        "dashboard." + ".".join(p.relative_to(ROOT / "dashboard").with_suffix("").parts)
        for package in PURE_PACKAGES
        for p in (ROOT / "dashboard" / package).rglob("*.py")
    )
    modules = [m.removesuffix(".__init__") for m in modules if not m.endswith("__main__")]
    assert len(modules) > 20 and "dashboard.state.main" in modules
    code = (
        f"import sys, importlib; [importlib.import_module(m) for m in {modules!r}]; "
        "import dashboard.i18n; "
        "print(sorted(m for m in sys.modules if m == 'dash' or m.startswith('dash.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "[]"


def _package_imports(package: str) -> dict[str, set[str]]:
    """Module -> the modules of the same package it imports (relative or absolute)."""
    import ast

    folder = ROOT / package.replace(".", "/")
    graph = {}
    for path in sorted(folder.glob("*.py")):
        name = f"{package}.{path.stem}"
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package if node.level == 1 else (node.module or "")
                if node.level == 1 and node.module:
                    base = f"{package}.{node.module}"
                if node.level == 1 and not node.module:
                    found |= {f"{package}.{a.name}" for a in node.names}
                elif base.startswith(package):
                    found.add(base)
        graph[name] = {
            m for m in found if m in {f"{package}.{p.stem}" for p in folder.glob("*.py")}
        }
    return graph


@pytest.mark.parametrize("package", ["dashboard.pipeline", "dashboard.data"])
def test_no_import_cycles(package):
    graph = _package_imports(package)
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, " -> ".join((*path, module))
        if module in done:
            return
        for dep in graph.get(module, ()):
            visit(dep, (*path, module))
        done.add(module)

    for module in graph:
        visit(module, ())


def test_pure_modules_stay_small():
    for folder in ("dashboard/data", "dashboard/pipeline"):
        for path in (ROOT / folder).glob("*.py"):
            lines = len(path.read_text(encoding="utf-8").splitlines())
            assert lines <= 300, f"{path.name}: {lines} lines"


def test_store_keeps_serving_the_last_good_data(data_copy):
    store = BundleStore(data_copy, check_every=0)
    good = store.get()
    path = data_copy / "indicators.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "052,children_u15_sgb2,atlas2019,60.7,", "052,children_u15_sgb2,atlas2019,abc,"
        ),
        encoding="utf-8",
    )
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 10**9))
    assert store.get() is good
    assert "indicators.csv, line" in str(store.last_error)
    path.write_text(
        text.replace(
            "052,children_u15_sgb2,atlas2019,60.7,", "052,children_u15_sgb2,atlas2019,61.7,"
        ),
        encoding="utf-8",
    )
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 2 * 10**9))
    fresh = store.get()
    assert fresh is not good and store.last_error is None
    v = fresh.values.set_index(["unit_code", "indicator_id", "edition"]).value
    assert v[("052", "children_u15_sgb2", "atlas2019")] == 61.7


def test_app_refuses_to_start_on_broken_data(data_copy):
    path = data_copy / "space_units.csv"
    path.write_text(
        path.read_text(encoding="utf-8").replace("AR11,760,", "AR11,769,"), encoding="utf-8"
    )
    env = {**os.environ, "DASHBOARD_DATA_DIR": str(data_copy)}
    out = subprocess.run(
        [sys.executable, "-c", "import dashboard.app"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert out.returncode == 1
    assert "not starting" in out.stderr
    assert "space_units.csv, line" in out.stderr and "column 'unit_code'" in out.stderr
    assert "Traceback" not in out.stderr
