"""Shared fixtures: a scratch copy of the shipped ledger, and the real dataset mirror if any."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from warclaims.paths import DATA_DIR, SHARED_MIRROR

FIXTURES = Path(__file__).parent / "fixtures"


def pytest_configure(config):
    config.addinivalue_line("markers", "faults: a fault test (issue 12): hostile or unlucky input, damage, interruption "
                            "or concurrent use; run by default (select with -m faults)")
    config.addinivalue_line("markers", "browser: opens the reports in headless Chromium (skipped without one)")


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
    # A test fetches from a mirror only when it says so.
    monkeypatch.delenv("WARCLAIMS_MIRROR", raising=False)
    return cache


FIXTURE_MIRROR = FIXTURES / "mirror"


def _fixture_sidecars(target: Path) -> None:
    """Write sidecars for the datasets the fixture mirror has, with its files' checksums."""
    import hashlib
    import json

    from warclaims.datasets import SIDECARS

    target.mkdir(parents=True, exist_ok=True)
    for sidecar in SIDECARS.glob("*.json"):
        spec = json.loads(sidecar.read_text())
        folder = FIXTURE_MIRROR / spec["repository"].replace("/", "+", 1)
        files = []
        for f in spec["files"]:
            local = folder / f.get("mirror_path", f["path"])
            if local.is_file():
                data = local.read_bytes()
                files.append({**f, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
        if files:
            (target / sidecar.name).write_text(json.dumps({**spec, "files": files}))


@pytest.fixture
def fixture_registry(tmp_path, monkeypatch):
    """Point the dataset registry at sidecars for the small hand-written fixture mirror."""
    import warclaims.datasets as ds

    sidecars = tmp_path / "sidecars"
    _fixture_sidecars(sidecars)
    monkeypatch.setattr(ds, "SIDECARS", sidecars)
    monkeypatch.setattr(ds, "LOCK_FILE", tmp_path / "datasets.lock.json")
    return FIXTURE_MIRROR


@pytest.fixture
def fixture_data(fixture_registry):
    """The fixture registry with every fixture dataset fetched into the test's cache."""
    from warclaims import datasets

    for name in datasets.registry():
        datasets.fetch(name, mirror=fixture_registry)
    return fixture_registry


def _real_mirror() -> Path | None:
    env = os.environ.get("WARCLAIMS_MIRROR")
    if env and Path(env).is_dir():
        return Path(env)
    return SHARED_MIRROR if SHARED_MIRROR.is_dir() else None


#: The real dataset mirror (WARCLAIMS_MIRROR or ../shared/datasets), read once at start,
#: before the per-test isolation below clears WARCLAIMS_MIRROR.
REAL_MIRROR = _real_mirror()


@pytest.fixture(scope="session")
def real_cache(tmp_path_factory) -> Path:
    """A cache filled once per session from the real mirror (skips when there is none)."""
    mirror = REAL_MIRROR
    if mirror is None:
        pytest.skip("no real dataset mirror (../shared/datasets or WARCLAIMS_MIRROR)")
    from warclaims import datasets

    cache = tmp_path_factory.mktemp("real-cache")
    old = os.environ.get("WARCLAIMS_CACHE")
    os.environ["WARCLAIMS_CACHE"] = str(cache)
    try:
        for name in datasets.registry():
            datasets.fetch(name, mirror=mirror)
    finally:
        if old is None:
            os.environ.pop("WARCLAIMS_CACHE", None)
        else:
            os.environ["WARCLAIMS_CACHE"] = old
    return cache


@pytest.fixture
def real_data(real_cache, monkeypatch):
    """Use the session's cache of the real datasets in this test."""
    monkeypatch.setenv("WARCLAIMS_CACHE", str(real_cache))
    return real_cache


@pytest.fixture(scope="session")
def real_cache_or_none(tmp_path_factory):
    """Like ``real_cache`` but yields None without a mirror; sets WARCLAIMS_CACHE for the session's runs."""
    import os

    if REAL_MIRROR is None:
        cache = tmp_path_factory.mktemp("empty-cache")
        result = None
    else:
        from warclaims import datasets

        cache = tmp_path_factory.mktemp("real-cache-runs")
        os.environ["WARCLAIMS_CACHE"] = str(cache)
        for name in datasets.registry():
            datasets.fetch(name, mirror=REAL_MIRROR)
        result = cache
    os.environ["WARCLAIMS_CACHE"] = str(cache)
    return result


@pytest.fixture(scope="session")
def suite_cache(real_cache_or_none) -> Path:
    """The dataset cache the session's notebook runs use: the real datasets, or an empty cache."""
    return Path(os.environ["WARCLAIMS_CACHE"])


@pytest.fixture
def as_upstream(fixture_data):
    """``as_upstream(name, path, data)``: a cached fixture file replaced as if upstream had
    published ``data`` (its sidecar and provenance record the new checksum), so loaders
    are tested on malformed upstream content, not on a damaged cache (which is refused)."""
    import hashlib
    import json

    from warclaims import datasets

    def rewrite(name: str, path: str, data: bytes):
        file = datasets.dataset_file(name, path)
        file.write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        for sidecar in datasets.SIDECARS.glob("*.json"):
            spec = json.loads(sidecar.read_text())
            if spec["name"] == name:
                for f in spec["files"]:
                    if path in (f["path"], f.get("cache_path")):
                        f["sha256"], f["size"] = digest, len(data)
                        path = f["path"]
                sidecar.write_text(json.dumps(spec))
        record = datasets.dataset_dir(name) / datasets.PROVENANCE
        prov = json.loads(record.read_text())
        prov["files"][path]["sha256"] = digest
        record.write_text(json.dumps(prov))
        return file

    return rewrite


@pytest.fixture(scope="session")
def default_run(tmp_path_factory, real_cache_or_none):
    """The suite run once per session with its defaults (as `warclaims run` does): the output
    folder, the results by notebook, and the index page. Shared by the notebook and browser tests."""
    from warclaims.runner import run

    out = tmp_path_factory.mktemp("run-defaults")
    results, index = run([], [], out, jobs=2, progress=False)
    return out, {r.notebook: r for r in results}, index
