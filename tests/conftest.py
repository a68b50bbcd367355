"""Shared fixtures: a scratch copy of the shipped ledger, and the real dataset mirror if any."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from warclaims.paths import DATA_DIR, SHARED_MIRROR

FIXTURES = Path(__file__).parent / "fixtures"
LEDGER_FILES = ("claims.csv", "sources.csv", "claimants.csv", "places.csv")


@pytest.fixture
def ledger_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped ledger's four tables."""
    folder = tmp_path / "ledger"
    folder.mkdir()
    for name in LEDGER_FILES:
        shutil.copy(DATA_DIR / name, folder / name)
    return folder


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path_factory, monkeypatch):
    """Every test gets its own empty dataset cache; nothing touches the user's."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("WARCLAIMS_CACHE", str(cache))
    return cache


def mirror_or_skip() -> Path:
    """The real dataset mirror beside the checkout, or skip the test."""
    if not SHARED_MIRROR.is_dir():
        pytest.skip(f"no dataset mirror at {SHARED_MIRROR}")
    return SHARED_MIRROR
