"""Fetching datasets: checksums, provenance, the lock file, and a cache that never half-changes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from warclaims import datasets
from warclaims.errors import DatasetError, DatasetMissingError
from warclaims.paths import dataset_dir

GS = "general-staff-losses"
PERSONNEL = "data/russia_losses_personnel.json"


def test_fetch_from_mirror_records_provenance(fixture_registry):
    folder = datasets.fetch(GS, mirror=fixture_registry)
    prov = json.loads((folder / "_provenance.json").read_text())
    assert prov["repository"] == "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset"
    assert prov["licence"] == "MIT" and prov["evidence"] == "claim"
    assert prov["accessed"][:2] == "20"
    sums = {f.path: f.sha256 for f in datasets.get(GS).files}
    assert {p: v["sha256"] for p, v in prov["files"].items()} == sums
    assert prov["files"][PERSONNEL]["url"].startswith("https://raw.githubusercontent.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/37655f8")
    assert datasets.is_cached(GS)
    assert datasets.dataset_file(GS, PERSONNEL).read_bytes() == (fixture_registry / "PetroIvaniuk+2022-Ukraine-Russia-War-Dataset" / PERSONNEL).read_bytes()


def test_missing_dataset_says_how_to_get_it(fixture_registry):
    with pytest.raises(DatasetMissingError) as e:
        datasets.dataset_file(GS, PERSONNEL)
    assert f"warclaims fetch {GS}" in str(e.value)
    assert e.value.context["dataset"] == GS


def test_checksum_mismatch_is_refused_and_cache_kept(fixture_registry, tmp_path):
    datasets.fetch(GS, mirror=fixture_registry)
    cached = datasets.dataset_file(GS, PERSONNEL)
    before = cached.read_bytes()
    # A mirror whose copy of one file was altered.
    bad = tmp_path / "bad-mirror" / "PetroIvaniuk+2022-Ukraine-Russia-War-Dataset"
    for f in datasets.get(GS).files:
        src = fixture_registry / "PetroIvaniuk+2022-Ukraine-Russia-War-Dataset" / f.path
        (bad / f.path).parent.mkdir(parents=True, exist_ok=True)
        (bad / f.path).write_bytes(src.read_bytes())
    (bad / PERSONNEL).write_bytes(before.replace(b"5710", b"9999"))
    with pytest.raises(DatasetError) as e:
        datasets.fetch(GS, mirror=tmp_path / "bad-mirror")
    assert "failed its checksum and was refused" in str(e.value)
    assert PERSONNEL in str(e.value)
    assert cached.read_bytes() == before
    assert datasets.is_cached(GS)
    assert not any(p.name.startswith(f".{GS}.") for p in dataset_dir(GS).parent.iterdir())  # no staging left


def test_failed_download_leaves_cache_as_it_was(fixture_registry, monkeypatch):
    import pooch

    datasets.fetch(GS, mirror=fixture_registry)
    before = {p: p.read_bytes() for p in dataset_dir(GS).rglob("*") if p.is_file()}

    def offline(url, **kwargs):
        raise ConnectionError("network unreachable")

    monkeypatch.setattr(pooch, "retrieve", offline)
    with pytest.raises(DatasetError) as e:
        datasets.fetch(GS)
    assert "could not download https://raw.githubusercontent.com/PetroIvaniuk/2022-Ukraine-Russia-War-Dataset/" in str(e.value)
    assert {p: p.read_bytes() for p in dataset_dir(GS).rglob("*") if p.is_file()} == before


def test_download_checks_pinned_hash_and_latest_writes_lock(fixture_registry, monkeypatch):
    import pooch

    calls = []

    def fake_retrieve(url, known_hash, fname, path, progressbar):
        calls.append((url, known_hash))
        rel = url.split("/", 6)[6]
        src = fixture_registry / "PetroIvaniuk+2022-Ukraine-Russia-War-Dataset" / rel
        out = Path(path) / fname
        out.write_bytes(src.read_bytes())
        return str(out)

    monkeypatch.setattr(pooch, "retrieve", fake_retrieve)
    datasets.fetch(GS)
    assert all(h and h.startswith("sha256:") for _, h in calls)
    assert all("/37655f8bbdd6806d2f94416253116b02a750c97b/" in u for u, _ in calls)
    calls.clear()
    datasets.fetch(GS, latest=True)
    assert all(h is None and "/HEAD/" in u for u, h in calls)
    lock = json.loads(datasets.LOCK_FILE.read_text())
    assert set(lock[GS]["files"]) == {f.path for f in datasets.get(GS).files}
    assert datasets.get(GS).commit == "HEAD"
    assert datasets.is_cached(GS)


def test_status_lists_licence_and_state(fixture_registry):
    datasets.fetch(GS, mirror=fixture_registry)
    rows = {r["dataset"]: r for r in datasets.status()}
    assert rows[GS]["cached"] == "yes" and rows[GS]["licence"] == "MIT"
    assert rows["nzz-area"]["cached"] == "no"
    assert "check terms before reuse" in rows["nzz-area"]["licence"]


def test_unknown_dataset_is_named():
    with pytest.raises(DatasetError) as e:
        datasets.fetch("no-such-thing")
    assert "no-such-thing" in str(e.value) and GS in str(e.value)


def test_shipped_sidecars_are_complete():
    for ds in datasets.registry().values():
        assert ds.licence and ds.address.startswith("https://github.com/")
        assert ds.evidence in {"claim", "confirmation", "mapped_control"}
        assert len(ds.commit) >= 7
        assert ds.files and all(len(f.sha256) == 64 for f in ds.files)
    # The polygon datasets are pinned whole (every upstream file at their commit); `fetch`
    # gets their default days.
    assert len(datasets.get("nzz-polygons").files) == 1641
    assert len(datasets.get("deepstate-polygons").files) == 769
