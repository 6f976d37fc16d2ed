"""Faults while the data folder changes: concurrent imports, a kill during the swap, leftovers,
a symlinked or read-only folder, and an app whose data breaks in an unexpected way."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dashboard import ROOT
from dashboard.data.bundle import load_bundle
from dashboard.data.errors import DataError
from dashboard.data.store import BundleStore
from dashboard.pipeline import folder
from dashboard.pipeline.folder import cleanup_leftovers, data_lock, swap_in
from dashboard.pipeline.imports import import_table

META = json.loads((ROOT / "examples" / "city_table_example.meta.json").read_text())
TABLE = "Unterbezirk;Name;Wert\n041;Hafen;10,0\n051;Nordmarkt-Süd;20,5\n"


def _inputs(tmp_path: Path, indicator: str) -> tuple[Path, Path]:
    table = tmp_path / f"{indicator}.csv"
    table.write_text(TABLE, encoding="utf-8")
    meta = tmp_path / f"{indicator}.json"
    meta.write_text(json.dumps({**META, "indicator_id": indicator}), encoding="utf-8")
    return table, meta


def _import_cmd(table: Path, meta: Path, data: Path) -> list[str]:
    return [sys.executable, "-m", "dashboard.pipeline", "import", str(table), "--meta",
            str(meta), "--data", str(data)]  # fmt: skip


def test_two_imports_at_once_both_land(tmp_path, data_copy):
    """Separate processes, started together: the second waits for the lock; none is lost."""
    procs = []
    for name in ("example_a", "example_b", "example_c"):
        table, meta = _inputs(tmp_path, name)
        procs.append(
            subprocess.Popen(_import_cmd(table, meta, data_copy), cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        )  # fmt: skip
    results = [p.communicate(timeout=240) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], results
    catalogue = load_bundle(data_copy).catalogue
    assert {"example_a", "example_b", "example_c"} <= set(catalogue.indicator_id)


def test_a_second_writer_gives_up_with_a_message(data_copy):
    with (
        data_lock(data_copy),
        pytest.raises(DataError, match="no other build or import"),
        data_lock(data_copy, timeout=0.2),
    ):
        pass


def test_kill_during_imports_never_leaves_the_folder_missing(tmp_path, data_copy):
    """SIGKILL at many moments of an import while a watcher checks that data/ is always
    there; afterwards the folder loads and the next run cleans up."""
    table, meta = _inputs(tmp_path, "example_kill")
    seen_missing = []
    stop = threading.Event()

    def watch():
        while not stop.is_set():
            if not (data_copy / "units.geojson").is_file():
                seen_missing.append(time.monotonic())

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        for delay in (0.4, 0.8, 1.2, 1.6, 2.0, 2.4, 2.8, 3.2):
            proc = subprocess.Popen(
                _import_cmd(table, meta, data_copy),
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
    finally:
        stop.set()
        watcher.join()
    assert seen_missing == []
    load_bundle(data_copy)  # complete: either the old or the new data
    with data_lock(data_copy):  # the next run removes leftovers
        pass
    assert not list(data_copy.parent.glob(".data-new-*"))
    assert not data_copy.with_name(".data-old").exists()


def test_crash_between_the_fallback_renames_is_repaired(tmp_path, data_copy, monkeypatch):
    """Where the file system cannot exchange, a crash after the first rename leaves only
    .data-old; the next run puts it back."""
    old = data_copy.with_name(".data-old")
    data_copy.rename(old)
    (data_copy.parent / ".data-new-abc").mkdir()
    with data_lock(data_copy):
        pass
    assert data_copy.is_dir() and not old.exists()
    assert not (data_copy.parent / ".data-new-abc").exists()
    load_bundle(data_copy)


def test_swap_without_exchange_support(tmp_path, monkeypatch):
    monkeypatch.setattr(folder, "_exchange", lambda a, b: False)
    target, new = tmp_path / "data", tmp_path / ".data-new-1"
    target.mkdir()
    (target / "old.txt").write_text("old")
    new.mkdir()
    (new / "new.txt").write_text("new")
    swap_in(new, target)
    assert [p.name for p in target.iterdir()] == ["new.txt"]
    assert not new.exists() and not (tmp_path / ".data-old").exists()


def test_swap_is_one_exchange(tmp_path):
    target, new = tmp_path / "data", tmp_path / ".data-new-1"
    target.mkdir()
    new.mkdir()
    (new / "new.txt").write_text("new")
    assert folder._exchange(new, target)  # this machine's file system supports it
    assert (target / "new.txt").is_file()


def test_symlinked_data_folder_is_refused(tmp_path, data_copy):
    link = tmp_path / "linked"
    link.symlink_to(data_copy)
    table, meta = _inputs(tmp_path, "example_link")
    with pytest.raises(DataError, match="not a symbolic link"):
        import_table(table, meta, link)
    assert link.is_symlink() and (data_copy / "units.geojson").is_file()


def test_read_only_folder_gets_a_message(tmp_path, data_copy, monkeypatch):
    """Tests run as root here, which ignores file modes; so the operating system's answer
    for a read-only folder is simulated."""
    before = sorted(p.name for p in data_copy.iterdir())
    real_access = os.access
    monkeypatch.setattr(
        folder.os, "access",
        lambda p, mode: False if Path(p) == data_copy.parent else real_access(p, mode),
    )  # fmt: skip
    table, meta = _inputs(tmp_path, "example_ro")
    with pytest.raises(DataError, match="a folder that can be written, found 'read-only'"):
        import_table(table, meta, data_copy)
    assert sorted(p.name for p in data_copy.iterdir()) == before


def test_unwritable_lock_folder_gets_a_message(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(folder.os, "open", refuse)
    with (
        pytest.raises(DataError, match="can be written, found 'Permission denied'"),
        data_lock(tmp_path / "data"),
    ):
        pass


def test_leftovers_are_listed(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (tmp_path / ".data-new-x1").mkdir()
    (tmp_path / ".data-old").mkdir()
    assert cleanup_leftovers(data) == ["removed .data-new-x1", "removed .data-old"]


def test_app_keeps_serving_on_any_load_failure(data_copy, monkeypatch):
    store = BundleStore(data_copy, check_every=0)
    good = store.get()
    import dashboard.data.store as store_module

    def explode(*args, **kwargs):
        raise MemoryError("simulated")

    monkeypatch.setattr(store_module, "load_bundle", explode)
    (data_copy / "history.csv").write_text("changed\n")
    assert store.get() is good
    assert "MemoryError" in str(store.last_error)
