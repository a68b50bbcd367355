"""Public datasets: a registry of sidecars, a checksummed cache, and fetching.

Each dataset has a sidecar in ``data/datasets/<name>.json`` naming its source repository,
address, licence, whether its figures are claims or independent confirmations, the commit
it is pinned to, and the SHA-256 of every file. ``fetch`` fills the cache from the pinned
upstream commit (with pooch) or from a local mirror, refusing any file whose checksum does
not match, and writes a provenance sidecar with the access date beside the cached files.
A dataset is never shipped with the project: only its sidecar is.

A cached file is checked again before its figures are used: a record beside it
(``_verified.json``) keeps the size, modification time and checksum it was last verified
at, and a file whose size or time differs is hashed again. A file that no longer matches
its checksum is named with how to repair it (``warclaims fetch NAME``, or
``warclaims run --fetch``, which fetches damaged datasets again).

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

from .errors import DatasetDamagedError, DatasetError, DatasetMissingError
from .files import folder_lock, make_private_folder, replace_atomically
from .paths import DATA_DIR, dataset_dir

SIDECARS = DATA_DIR / "datasets"
LOCK_FILE = DATA_DIR / "datasets.lock.json"
PROVENANCE = "_provenance.json"
#: Beside each cached dataset: size, modification time and checksum each file was verified at.
VERIFIED = "_verified.json"
#: How long a fetch waits for another fetch of the same dataset to finish.
FETCH_LOCK_TIMEOUT = 600
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
    #: The function(s) that read this dataset into a tidy frame with a ``date`` column,
    #: as "module:function" (the first gives the newest date; all are preloaded): see
    #: :mod:`warclaims.evidence.registry`.
    loader: str | list[str] | None = None
    #: For a tracker's area series: ``name``, ``file``, ``date_column``, ``area_column``,
    #: ``factor`` (to km²).
    tracker: dict | None = None
    #: For control polygons: ``reader`` ("module:function" giving a day's held areas),
    #: ``side`` (whose control the polygons map) and ``credit``.
    control: dict | None = None
    #: For datasets published one file a day: see :mod:`warclaims.dataset_days`.
    by_day: dict | None = None
    #: False for a dataset whose loader the kernel server need not run before notebooks.
    preload: bool = True

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
        try:
            entries = json.loads(Path(lock_path).read_text(encoding="utf-8"))
            if not isinstance(entries, dict):
                raise ValueError("not a JSON object")
        except (OSError, ValueError) as e:
            raise DatasetError(
                f"unreadable lock file ({e}); restore it from git (`git checkout -- data/datasets.lock.json`) "
                "or delete it to return to the pinned commits",
                file=lock_path,
            ) from None
        for name, entry in entries.items():
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

    # Our own line per dataset says what was fetched or missing; pooch's logger (a Logger of
    # its own, not reached through logging.getLogger) would add one per file.
    pooch.get_logger().setLevel("WARNING")
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
    if ds.by_day:  # a daily dataset: its default days (see dataset_days.fetch_days for others)
        from .dataset_days import fetch_days

        return fetch_days(name, None, mirror, latest).folder
    mirror = mirror or os.environ.get("WARCLAIMS_MIRROR")
    if latest and mirror:
        raise DatasetError("--latest downloads upstream files; it cannot be combined with a mirror", dataset=name)
    from filelock import FileLock, Timeout

    target = dataset_dir(name)
    try:
        make_private_folder(target.parent)
        lock = FileLock(target.parent / f".{name}-fetch.lock", timeout=FETCH_LOCK_TIMEOUT)
        with lock:
            sums = _fetch_locked(ds, target, mirror, latest)
    except Timeout:
        raise DatasetError(
            f"another fetch of this dataset has held its lock for {FETCH_LOCK_TIMEOUT} s; wait for it to finish",
            dataset=name, file=target.parent / f".{name}-fetch.lock") from None
    except OSError as e:
        where = e.filename or target
        raise DatasetError(
            f"cannot write the dataset cache for {name} ({e.strerror or e}); make the folder writable, "
            "or point WARCLAIMS_CACHE at a folder you can write",
            dataset=name, file=where) from None
    if latest:
        _record_lock(name, sums)
    return target


def _fetch_locked(ds: Dataset, target: Path, mirror, latest: bool) -> dict[str, str]:
    name = ds.name
    # Staging folders of a fetch that was killed: nobody else fetches this dataset now
    # (the lock is held), so they are leftovers.
    for old in target.parent.glob(f".{name}.*"):
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.staging-", dir=target.parent))
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
        # folder with a provenance file is always complete. The old record goes first: a
        # fetch killed while moving files in leaves a dataset that is not cached, not one
        # whose record vouches for files it never saw.
        make_private_folder(target)
        (target / PROVENANCE).unlink(missing_ok=True)
        verified = {}
        for f, got in staged:
            dest = target / f.local
            make_private_folder(dest.parent)
            os.replace(got, dest)
            st = dest.stat()
            verified[f.local] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": sums[f.path]}
        replace_atomically(target / VERIFIED, json.dumps(verified, indent=1).encode("utf-8"))
        provenance = provenance_record(
            ds, latest, mirror, {f.path: {"sha256": sums[f.path], "url": ds.url(f, commit="HEAD" if latest else None)} for f in ds.files})
        replace_atomically(target / PROVENANCE, (json.dumps(provenance, indent=2) + "\n").encode("utf-8"))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return sums


def _record_lock(name: str, sums: dict[str, str]) -> None:
    # Two `fetch --latest` at once each add their own entry: read-modify-write under a lock.
    with folder_lock(LOCK_FILE.parent, FETCH_LOCK_TIMEOUT, "the dataset lock file's folder"):
        lock = json.loads(LOCK_FILE.read_text(encoding="utf-8")) if LOCK_FILE.exists() else {}
        lock[name] = {"commit": "HEAD", "fetched": datetime.now(timezone.utc).isoformat(timespec="seconds"), "files": sums}
        replace_atomically(LOCK_FILE, (json.dumps(lock, indent=2, sort_keys=True) + "\n").encode("utf-8"))


def provenance(name: str) -> dict | None:
    """Return the provenance record of a cached dataset, or None when it is not cached.

    Raises
    ------
    DatasetDamagedError
        The record exists but cannot be read (cut short by a crash, edited).
    """
    path = dataset_dir(name) / PROVENANCE
    if not path.exists():
        return None
    try:
        prov = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(prov, dict) or not isinstance(prov.get("files"), dict):
            raise ValueError("no 'files' record")
    except (OSError, ValueError) as e:
        raise DatasetDamagedError(
            f"the provenance record is unreadable ({e}); {how_to_repair(name)}", dataset=name, file=path
        ) from None
    return prov


def how_to_repair(name: str) -> str:
    """The sentence a user needs when a cached dataset is damaged."""
    return f"repair it with `warclaims fetch {name}` (or `warclaims run --fetch`), which fetches it again"


def damaged_files(name: str) -> list[str]:
    """Return what is wrong with a cached dataset's files, one entry per damaged file.

    A file whose size and modification time match the record of its last verification
    (``_verified.json``) is taken as verified; any other is hashed and compared with its
    registered checksum, and the record is updated when it matches. An empty list means
    every file is intact; a dataset that is not cached at all has no damaged files.

    Raises
    ------
    DatasetDamagedError
        The provenance record cannot be read.
    """
    prov = provenance(name)
    if prov is None:
        return []
    folder = dataset_dir(name)
    record_path = folder / VERIFIED
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
        record = record if isinstance(record, dict) else {}
    except (OSError, ValueError):
        record = {}  # no record yet (or a damaged one): every file is hashed once
    damaged, changed = [], False
    ds = get(name)
    for f in ds.files:
        if ds.by_day and f.path not in prov["files"]:
            continue  # a day of a daily dataset not fetched: not cached, not damaged
        path = folder / f.local
        expected = f.sha256 or prov["files"].get(f.path, {}).get("sha256")
        try:
            st = path.stat()
        except OSError:
            damaged.append(f"{path}: missing")
            continue
        if not path.is_file():
            damaged.append(f"{path}: not a file")
            continue
        if record.get(f.local) == {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": expected}:
            continue
        seen = (str(path), st.st_ino, st.st_size, st.st_mtime_ns)
        if _verified_here.get(seen) == expected:  # a read-only cache: verified earlier in this process
            continue
        digest = sha256_of(path)
        _verified_here[seen] = digest
        if digest != expected:
            damaged.append(f"{path}: sha256 {digest[:12]}..., expected {str(expected)[:12]}...")
            record.pop(f.local, None)
            continue
        record[f.local] = {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "sha256": expected}
        changed = True
    if changed:
        try:
            replace_atomically(record_path, json.dumps(record, indent=1).encode("utf-8"))
        except OSError:
            pass  # a read-only cache is hashed again next time
    return damaged


#: Files hashed in this process, by path, identity, size and time: what they hashed to.
_verified_here: dict[tuple, str] = {}


def provenance_record(ds: "Dataset", latest: bool, mirror, files: dict) -> dict:
    """The provenance record of a fetch: where the files came from, at which commit, when."""
    return {
        "name": ds.name,
        "title": ds.title,
        "repository": ds.repository,
        "address": ds.address,
        "commit": "HEAD" if latest else ds.commit,
        "licence": ds.licence,
        "evidence": ds.evidence,
        "accessed": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "via": f"mirror {mirror}" if mirror else "download",
        "files": files,
    }


def is_cached(name: str) -> bool:
    """True when the dataset is complete and intact in the cache at its registered checksums."""
    try:
        prov = provenance(name)
    except DatasetDamagedError:
        return False
    if prov is None:
        return False
    ds = get(name)
    if ds.by_day:
        from .dataset_days import defaults_cached

        return defaults_cached(name) and not damaged_files(name)
    if not all(prov["files"].get(f.path, {}).get("sha256") == f.sha256 for f in ds.files):
        return False
    return not damaged_files(name)


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
    files = dataset_files(name)
    if match[0].path not in files:  # a day of a daily dataset not fetched yet
        raise DatasetMissingError(f"file {match[0].path!r} is not cached; {how_to_get(name)}", dataset=name, file=match[0].path)
    return files[match[0].path]


def dataset_files(name: str) -> dict[str, Path]:
    """Return ``{upstream path: cached path}`` for every file of a dataset, checked once.

    Raises
    ------
    DatasetMissingError
        As :func:`dataset_file`.
    """
    prov = provenance(name)  # raises when the record is damaged
    ds = get(name)
    if ds.by_day:  # the days cached so far
        from .dataset_days import cached_files

        files = cached_files(name)
    elif prov is None or not all(prov["files"].get(f.path, {}).get("sha256") == f.sha256 for f in ds.files):
        raise DatasetMissingError(how_to_get(name), dataset=name)
    else:
        files = {f.path: dataset_dir(name) / f.local for f in ds.files}
    damaged = damaged_files(name)
    if damaged:
        more = f" (and {len(damaged) - 1} more damaged file(s))" if len(damaged) > 1 else ""
        first = damaged[0].split(": ", 1)
        raise DatasetDamagedError(
            f"cached file damaged: {first[1]}{more}; its figures are not used; {how_to_repair(name)}",
            dataset=name, file=first[0])
    return files


def dataset_inputs(*names: str) -> list[Path]:
    """Every file whose change can change what a loader of these datasets returns.

    The sidecars and lock file (the registered checksums), the crosswalks that name
    categories, each dataset's provenance record (written when it is fetched) and its
    cached files; for :func:`warclaims.remembered.while_unchanged`.
    """
    paths = [*sorted(SIDECARS.glob("*.json")), LOCK_FILE, *sorted((DATA_DIR / "crosswalk").glob("*.csv"))]
    for name in names:
        folder = dataset_dir(name)
        if get(name).by_day:  # only the days cached: fetching another day changes the provenance
            paths.append(folder / PROVENANCE)
            continue
        paths += [folder / PROVENANCE, *(folder / f.local for f in get(name).files)]
    return paths


def status() -> list[dict]:
    """One row per registered dataset: licence, kind of evidence, cache state, as-of date."""
    rows = []
    for ds in registry().values():
        try:
            prov = provenance(ds.name)
            damaged = damaged_files(ds.name)
        except DatasetDamagedError as e:
            prov, damaged = None, [f"{e.context.get('file')}: {e.message}"]
        cached = not damaged and is_cached(ds.name)
        rows.append(
            {
                "dataset": ds.name,
                "evidence": ds.evidence,
                "licence": ds.licence if ds.redistribution else f"{ds.licence} (check terms before reuse)",
                "cached": "damaged" if damaged else _days_cached(ds) if ds.by_day and prov else "yes" if cached else ("stale" if prov else "no"),
                "commit": ds.commit[:7],
                "accessed": (prov or {}).get("accessed", "")[:10],
                "as_of": (prov or {}).get("as_of", ""),
                "damaged": damaged,
            }
        )
    return rows


def _days_cached(ds: Dataset) -> str:
    from .dataset_days import cached_days

    return f"{len(cached_days(ds.name))} of {len(ds.files)} days"


def record_as_of(name: str, as_of: str) -> None:
    """Store the newest date a cached dataset covers in its provenance record."""
    prov = provenance(name)
    if prov is None:
        raise DatasetMissingError(how_to_get(name), dataset=name)
    prov["as_of"] = as_of
    path = dataset_dir(name) / PROVENANCE
    try:
        replace_atomically(path, (json.dumps(prov, indent=2) + "\n").encode("utf-8"))
    except OSError as e:
        raise DatasetError(
            f"cannot write the provenance record ({e.strerror or e}); the previous record is kept; "
            "make the cache writable and fetch again", dataset=name, file=path) from None
