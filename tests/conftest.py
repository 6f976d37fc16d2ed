"""Fixtures shared by all test layers."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from dashboard import ROOT

RAW_DIR = ROOT.parent / "shared" / "research" / "data"
DATA_DIR = ROOT / "data"


@pytest.fixture(scope="session")
def raw_dir() -> Path:
    """The public raw inputs beside the project (CI always has them: never skip there)."""
    if not RAW_DIR.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{RAW_DIR} is missing on CI")
        pytest.skip("../shared/research/data is not beside the project")
    return RAW_DIR


@pytest.fixture(scope="session")
def bundle():
    from dashboard.data.bundle import load_bundle

    return load_bundle(DATA_DIR)


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A private copy of the committed data/ folder."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def tree_digest(folder: Path) -> dict[str, bytes]:
    """Every file's bytes by relative path (to prove a folder is unchanged)."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
