"""Public datasets: a registry of sidecars, a checksummed cache, and fetching.

Each dataset has a sidecar in ``data/datasets/<name>.json`` naming its source repository,
address, licence, whether its figures are claims or independent confirmations, the commit
it is pinned to, and the SHA-256 of every file. ``fetch`` fills the cache from the pinned
upstream commit (with pooch) or from a local mirror, refusing any file whose checksum does
not match, and writes a provenance sidecar with the access date beside the cached files.
A dataset is never shipped with the project: only its sidecar is.

Loaders find files through :func:`dataset_file`, the one path helper for cached data.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import datetime, timezone
from pathlib import Path

from .errors import DatasetError, DatasetMissingError
from .files import replace_atomically
from .paths import DATA_DIR, cache_dir, dataset_dir

SIDECARS = DATA_DIR / "datasets"
LOCK_FILE = DATA_DIR / "datasets.lock.json"
PROVENANCE = "_provenance.json"
RAW_URL = "https://raw.githubusercontent.com/{repository}/{commit}/{path}"


@dataclass
class DataFile:
    """One file of a dataset: its upstream path, checksum and where it sits locally."""

    path: str
    sha256: str | None
    size: int | None = None
    commit: str | None = None
    mirror_path: str | None = None
    cache_path: str | None = None

    @property
    def local(self) -> str:
        return self.cache_path or self.path


@dataclass
class Dataset:
    """A registered public dataset (one sidecar)."""

    name: str
    title: str
    repository: str
    address: str
    commit: str
    licence: str
    redistribution: bool
    evidence: str
    claimant: str
    description: str
    files: list[DataFile] = field(default_factory=list)

    @property
    def mirror_folder(self) -> str:
        """Folder name of this dataset's repository in a mirror (``owner+repo``)."""
        return self.repository.replace("/", "+", 1)

    def url(self, f: DataFile, commit: str | None = None) -> str:
        return RAW_URL.format(repository=self.repository, commit=commit or f.commit or self.commit, path=f.path)

    def source_line(self) -> str:
        """Short credit for chart source lines: title, repository and commit."""
        return f"{self.title} ({self.repository}@{self.commit[:7]}, {self.licence})"


def _read_sidecar(path: Path) -> Dataset:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        files = [DataFile(**f) for f in raw.pop("files")]
        return Dataset(files=files, **raw)
    except (ValueError, TypeError, KeyError) as e:
        raise DatasetError(f"unreadable dataset sidecar ({e})", file=path) from None


def registry() -> dict[str, Dataset]:
    """Return every registered dataset by name, with checksums from the lock file applied.

    A dataset fetched with ``--latest`` is recorded in ``data/datasets.lock.json``; its
    commit and checksums there replace the sidecar's pinned ones. Sidecars are read again
    only when a file among them (or the lock file) changes.
    """
    paths = sorted(SIDECARS.glob("*.json"))
    stamp = tuple((str(p), p.stat().st_mtime_ns) for p in paths)
    lock = (str(LOCK_FILE), LOCK_FILE.stat().st_mtime_ns if LOCK_FILE.exists() else None)
    return dict(_registry(stamp, lock))


@lru_cache(maxsize=4)
def _registry(sidecars: tuple, lock: tuple) -> dict[str, Dataset]:
    sets = {d.name: d for d in (_read_sidecar(Path(p)) for p, _ in sidecars)}
    lock_path, lock_stamp = lock
    if lock_stamp is not None:
        for name, entry in json.loads(Path(lock_path).read_text(encoding="utf-8")).items():
            if name in sets:
                ds = sets[name]
                ds.commit = entry["commit"]
                sums = entry["files"]
                ds.files = [DataFile(**{**f.__dict__, "sha256": sums.get(f.path), "commit": None}) for f in ds.files]
    return sets


def get(name: str) -> Dataset:
    """Return one registered dataset, or raise naming the known ones."""
    sets = registry()
    if name not in sets:
        raise DatasetError(f"no such dataset; known datasets: {', '.join(sets)}", dataset=name)
    return sets[name]


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _mirror_source(ds: Dataset, f: DataFile, mirror: Path) -> Path:
    src = mirror / ds.mirror_folder / (f.mirror_path or f.path)
    if not src.is_file():
        raise DatasetMissingError(f"file {f.path!r} is not in the mirror at {src}", dataset=ds.name, file=src)
    return src


def _download(ds: Dataset, f: DataFile, staging: Path, latest: bool) -> Path:
    import pooch  # imported here: only fetching needs it

    url = ds.url(f, commit="HEAD" if latest else None)
    try:
        got = pooch.retrieve(
            url,
            known_hash=None if latest else f"sha256:{f.sha256}",
            fname=f.local.replace("/", "__"),
            path=staging,
            progressbar=False,
        )
    except ValueError as e:  # pooch's checksum mismatch
        raise DatasetError(f"file {f.path!r} failed its checksum and was refused ({e})", dataset=ds.name) from None
    except Exception as e:  # network errors: name the address
        raise DatasetError(f"could not download {url} ({e.__class__.__name__}: {e})", dataset=ds.name) from None
    return Path(got)


def fetch(name: str, mirror: str | Path | None = None, latest: bool = False) -> Path:
    """Fetch one dataset into the cache and return its folder.

    Parameters
    ----------
    name : str
        A registered dataset (see :func:`registry`).
    mirror : str or Path, optional
        A local mirror laid out ``<owner>+<repo>/<path>`` to copy from instead of the
        network. ``WARCLAIMS_MIRROR`` is used when this is not given.
    latest : bool
        Download the newest upstream files instead of the pinned commit, and record their
        checksums in ``data/datasets.lock.json``.

    Raises
    ------
    DatasetError
        A file failed its checksum or could not be read or downloaded. The cache keeps what
        it had: files are staged and verified before any replaces a cached one.
    """
    ds = get(name)
    mirror = mirror or os.environ.get("WARCLAIMS_MIRROR")
    if latest and mirror:
        raise DatasetError("--latest downloads upstream files; it cannot be combined with a mirror", dataset=name)
    target = dataset_dir(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=target.parent))
    sums: dict[str, str] = {}
    try:
        staged: list[tuple[DataFile, Path]] = []
        for f in ds.files:
            if mirror:
                src = _mirror_source(ds, f, Path(mirror))
                got = staging / f.local.replace("/", "__")
                shutil.copyfile(src, got)
            else:
                got = _download(ds, f, staging, latest)
            digest = sha256_of(got)
            if not latest and digest != f.sha256:
                raise DatasetError(
                    f"file {f.path!r} failed its checksum and was refused (expected sha256 {f.sha256}, got {digest})",
                    dataset=name,
                    file=f.path,
                )
            sums[f.path] = digest
            staged.append((f, got))
        # Every file verified: now move them in, then record provenance last, so a cache
        # folder with a provenance file is always complete.
        for f, got in staged:
            dest = target / f.local
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(got, dest)
        provenance = {
            "name": ds.name,
            "title": ds.title,
            "repository": ds.repository,
            "address": ds.address,
            "commit": "HEAD" if latest else ds.commit,
            "licence": ds.licence,
            "evidence": ds.evidence,
            "accessed": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "via": f"mirror {mirror}" if mirror else "download",
            "files": {f.path: {"sha256": sums[f.path], "url": ds.url(f, commit="HEAD" if latest else None)} for f in ds.files},
        }
        (target / PROVENANCE).write_text(json.dumps(provenance, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if latest:
        _record_lock(name, sums)
    return target


def _record_lock(name: str, sums: dict[str, str]) -> None:
    lock = json.loads(LOCK_FILE.read_text(encoding="utf-8")) if LOCK_FILE.exists() else {}
    lock[name] = {"commit": "HEAD", "fetched": datetime.now(timezone.utc).isoformat(timespec="seconds"), "files": sums}
    replace_atomically(LOCK_FILE, (json.dumps(lock, indent=2, sort_keys=True) + "\n").encode("utf-8"))


def provenance(name: str) -> dict | None:
    """Return the provenance record of a cached dataset, or None when it is not cached."""
    path = dataset_dir(name) / PROVENANCE
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def is_cached(name: str) -> bool:
    """True when the dataset is complete in the cache at its registered checksums."""
    prov = provenance(name)
    if prov is None:
        return False
    ds = get(name)
    return all(prov["files"].get(f.path, {}).get("sha256") == f.sha256 for f in ds.files)


def how_to_get(name: str) -> str:
    """The sentence a user needs when a dataset is missing."""
    return (
        # Short, and no cache path: this sentence ends up in chart footers and reports people
        # share (the README says how to fetch from a local mirror).
        f"dataset {name!r} is not in the cache (`warclaims fetch {name}`)"
    )


def dataset_file(name: str, path: str) -> Path:
    """Return the cached path of one file of a dataset: the path helper loaders use.

    Raises
    ------
    DatasetMissingError
        The dataset has not been fetched (or not at its registered checksums); the message
        says how to get it.
    """
    match = [f for f in get(name).files if f.path == path or f.local == path]
    if not match:
        raise DatasetError(f"no file {path!r} in this dataset", dataset=name)
    return dataset_files(name)[match[0].path]


def dataset_files(name: str) -> dict[str, Path]:
    """Return ``{upstream path: cached path}`` for every file of a dataset, checked once.

    Raises
    ------
    DatasetMissingError
        As :func:`dataset_file`.
    """
    if not is_cached(name):
        raise DatasetMissingError(how_to_get(name), dataset=name)
    return {f.path: dataset_dir(name) / f.local for f in get(name).files}


def dataset_inputs(*names: str) -> list[Path]:
    """Every file whose change can change what a loader of these datasets returns.

    The sidecars and lock file (the registered checksums), the crosswalks that name
    categories, each dataset's provenance record (written when it is fetched) and its
    cached files; for :func:`warclaims.remembered.while_unchanged`.
    """
    paths = [*sorted(SIDECARS.glob("*.json")), LOCK_FILE, *sorted((DATA_DIR / "crosswalk").glob("*.csv"))]
    for name in names:
        folder = dataset_dir(name)
        paths += [folder / PROVENANCE, *(folder / f.local for f in get(name).files)]
    return paths


def status() -> list[dict]:
    """One row per registered dataset: licence, kind of evidence, cache state, as-of date."""
    rows = []
    for ds in registry().values():
        prov = provenance(ds.name)
        cached = is_cached(ds.name)
        rows.append(
            {
                "dataset": ds.name,
                "evidence": ds.evidence,
                "licence": ds.licence if ds.redistribution else f"{ds.licence} (check terms before reuse)",
                "cached": "yes" if cached else ("stale" if prov else "no"),
                "commit": ds.commit[:7],
                "accessed": (prov or {}).get("accessed", "")[:10],
                "as_of": (prov or {}).get("as_of", ""),
            }
        )
    return rows


def record_as_of(name: str, as_of: str) -> None:
    """Store the newest date a cached dataset covers in its provenance record."""
    path = dataset_dir(name) / PROVENANCE
    prov = json.loads(path.read_text(encoding="utf-8"))
    prov["as_of"] = as_of
    path.write_text(json.dumps(prov, indent=2) + "\n", encoding="utf-8")
