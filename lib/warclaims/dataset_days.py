"""Datasets published one file a day, pinned whole and fetched a day at a time.

A daily dataset (the NZZ's and DeepStateMap's control polygons) is pinned in its sidecar to
its whole history at one commit: every upstream file with its SHA-256, generated from the
repository's file list (:func:`pin_from_file_list`). Nobody needs all of it at once (the NZZ
alone is 1,641 maps of half a megabyte), so only the days asked for are fetched: a sidecar's
``by_day`` entry names how a file's path gives its day (``pattern``, a regular expression
with a ``day`` group, and ``format``) and the ranges ``warclaims fetch`` gets by default
(``default``). Everything else follows the rules of every other file
(:mod:`warclaims.datasets`): the pinned checksum or nothing, from a mirror laid out
``<owner>+<repo>/<path>`` or from the network, staged and verified before any cached file
is replaced; the provenance record lists every day cached, and is written last.

A day can be *cached*, *not cached* (the dataset has a file for it; fetch it) or *not
published* (the dataset has no file for that day): :func:`day_status` says which, so a place
check can say why a day has no map.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from .errors import DatasetError, DatasetMissingError
from .files import replace_atomically

CACHED, NOT_CACHED, NOT_PUBLISHED = "cached", "not cached", "not published"


def _day_of(ds, path: str) -> date | None:
    match = re.fullmatch(ds.by_day["pattern"], path)
    if not match:
        return None
    return datetime.strptime(match.group("day"), ds.by_day.get("format", "%Y-%m-%d")).date()


def files_by_day(name: str) -> dict:
    """Return ``{day: DataFile}`` for every pinned file of a daily dataset."""
    from .datasets import get

    ds = get(name)
    if not ds.by_day:
        raise DatasetError("not a dataset published by day", dataset=name)
    out = {}
    for f in ds.files:
        day = _day_of(ds, f.path)
        if day is not None:
            out[day] = f
    return out


def _days(start, end) -> list[date]:
    start, end = _as_date(start), _as_date(end)
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def _as_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "date"):  # a pandas Timestamp
        return value.date()
    return date.fromisoformat(str(value)[:10])


def default_days(name: str) -> list[date]:
    """The pinned days inside the sidecar's ``by_day.default`` ranges (what ``fetch`` gets)."""
    from .datasets import get

    pinned = files_by_day(name)
    wanted = [d for a, b in get(name).by_day.get("default", []) for d in _days(a, b)]
    return [d for d in dict.fromkeys(wanted) if d in pinned]


def _provenance_path(name: str) -> Path:
    from .datasets import PROVENANCE
    from .paths import dataset_dir

    return dataset_dir(name) / PROVENANCE


def _provenance(name: str) -> dict | None:
    try:
        return json.loads(_provenance_path(name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def cached_files(name: str) -> dict[str, Path]:
    """Return ``{upstream path: cached path}`` for the days cached at their pinned checksums.

    Raises
    ------
    DatasetMissingError
        No day of the dataset has been fetched; the message says how to get them.
    """
    from .datasets import get, how_to_get
    from .paths import dataset_dir

    prov = _provenance(name)
    if prov is None:
        raise DatasetMissingError(how_to_get(name), dataset=name)
    recorded = prov.get("files", {})
    folder = dataset_dir(name)
    return {f.path: folder / f.local for f in get(name).files if recorded.get(f.path, {}).get("sha256") == f.sha256}


def cached_days(name: str) -> dict:
    """Return ``{day: cached path}`` for the days of a daily dataset in the cache."""
    try:
        local = cached_files(name)
    except DatasetMissingError:
        return {}
    by_day = files_by_day(name)
    return {day: local[f.path] for day, f in by_day.items() if f.path in local}


def defaults_cached(name: str) -> bool:
    """True when every default day is cached at its pinned checksum (``warclaims datasets``' "yes")."""
    cached = cached_days(name)
    return bool(cached) and all(d in cached for d in default_days(name))


def day_status(name: str, start, end) -> list[tuple[date, str]]:
    """Each day from ``start`` to ``end`` and whether it is cached, not cached or not published."""
    pinned, cached = files_by_day(name), cached_days(name)
    return [(d, CACHED if d in cached else NOT_CACHED if d in pinned else NOT_PUBLISHED) for d in _days(start, end)]


@dataclass
class DaysFetched:
    """What :func:`fetch_days` did: the days it fetched, those already cached, and those it
    could not get (``{day: reason}``), with the dataset's cache folder."""

    folder: Path
    fetched: list[date] = field(default_factory=list)
    kept: list[date] = field(default_factory=list)
    missing: dict = field(default_factory=dict)


def fetch_days(name: str, days=None, mirror=None, latest: bool = False, strict: bool = True) -> DaysFetched:
    """Fetch some days of a daily dataset into the cache.

    Parameters
    ----------
    name : str
        A registered dataset with a ``by_day`` entry.
    days : iterable of date-like, or (start, end), optional
        The days wanted; a pair of dates is a range. The sidecar's default days when not
        given. Days the dataset has no file for are skipped (see :func:`day_status`).
    mirror : str or Path, optional
        A local mirror (``WARCLAIMS_MIRROR`` when not given), as :func:`warclaims.datasets.fetch`.
    latest : bool
        Download the upstream files at ``HEAD`` instead of the pinned commit.
    strict : bool
        Raise when a wanted day cannot be had (not in the mirror, a failed checksum, no
        network). Otherwise fetch what can be had and list the rest in ``missing``.

    Raises
    ------
    DatasetError
        A file failed its checksum (always), or, when ``strict``, a day could not be had.
        Days already fetched stay cached; days staged in this call are moved in only once
        every one of them is verified.
    """
    from .datasets import _download, _mirror_source, get, provenance_record, sha256_of
    from .paths import dataset_dir

    ds = get(name)
    mirror = mirror or os.environ.get("WARCLAIMS_MIRROR")
    if latest and mirror:
        raise DatasetError("--latest downloads upstream files; it cannot be combined with a mirror", dataset=name)
    if days is None:
        wanted = default_days(name)
    elif isinstance(days, tuple) and len(days) == 2:
        wanted = _days(*days)
    else:
        wanted = [_as_date(d) for d in days]
    pinned = files_by_day(name)
    target = dataset_dir(name)
    prov = _provenance(name)
    if prov is not None and prov.get("commit") != ("HEAD" if latest else ds.commit):
        prov = None  # pinned to another commit since: start the record afresh
    recorded = dict((prov or {}).get("files", {}))
    result = DaysFetched(target)
    todo = []
    for day in dict.fromkeys(wanted):
        f = pinned.get(day)
        if f is None:
            continue
        if not latest and recorded.get(f.path, {}).get("sha256") == f.sha256 and (target / f.local).is_file():
            result.kept.append(day)
        else:
            todo.append((day, f))
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=target.parent))
    try:
        staged = []
        for day, f in todo:
            try:
                if mirror:
                    got = staging / f.local.replace("/", "__")
                    shutil.copyfile(_mirror_source(ds, f, Path(mirror)), got)
                else:
                    got = _download(ds, f, staging, latest)
            except DatasetError as e:
                if strict or "failed its checksum" in str(e):
                    raise
                result.missing[day] = str(e)
                continue
            digest = sha256_of(got)
            if not latest and digest != f.sha256:
                raise DatasetError(
                    f"file {f.path!r} failed its checksum and was refused (expected sha256 {f.sha256}, got {digest})",
                    dataset=name, file=f.path,
                )
            staged.append((day, f, got, digest))
        for day, f, got, digest in staged:
            dest = target / f.local
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(got, dest)
            recorded[f.path] = {"sha256": digest, "url": ds.url(f, commit="HEAD" if latest else None)}
            result.fetched.append(day)
        provenance = {**(prov or {}), **provenance_record(ds, latest, mirror, recorded)}
        target.mkdir(parents=True, exist_ok=True)
        replace_atomically(target / _provenance_path(name).name, (json.dumps(provenance, indent=1) + "\n").encode("utf-8"))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result


def pin_from_file_list(name: str, file_list: str | Path) -> int:
    """Pin a daily dataset's sidecar to every file of a repository file list.

    ``file_list`` holds one ``path  sha256`` per line (the ``FILE_LIST.txt`` beside each
    repository of the mirror). Files whose path matches the sidecar's ``by_day.pattern``
    become the sidecar's files, in day order; sizes already recorded are kept. Returns the
    number of files pinned. Run it when moving a dataset to a newer commit (and set
    ``commit`` to the commit the list was made at).
    """
    from .datasets import SIDECARS, get

    ds = get(name)
    sidecar = SIDECARS / f"{name}.json"
    raw = json.loads(sidecar.read_text(encoding="utf-8"))
    sizes = {f["path"]: f.get("size") for f in raw["files"]}
    files = []
    for i, line in enumerate(Path(file_list).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            path, sha = line.split()
        except ValueError:
            raise DatasetError("expected 'path  sha256'", file=file_list, line=i) from None
        if not re.fullmatch(r"[0-9a-f]{64}", sha):
            raise DatasetError(f"not a SHA-256: {sha!r}", file=file_list, line=i)
        day = _day_of(ds, path)
        if day is not None:
            files.append((day, {"path": path, "sha256": sha, **({"size": sizes[path]} if sizes.get(path) else {})}))
    raw["files"] = [f for _, f in sorted(files, key=lambda t: t[0])]
    replace_atomically(sidecar, _sidecar_text(raw).encode("utf-8"))
    os.chmod(sidecar, 0o644)
    return len(raw["files"])


def _sidecar_text(raw: dict) -> str:
    # One line per file: a sidecar of 1,641 files stays readable in a diff.
    head = json.dumps({k: v for k, v in raw.items() if k != "files"}, indent=2, ensure_ascii=False)
    files = ",\n".join("    " + json.dumps(f, ensure_ascii=False) for f in raw["files"])
    return head[:-2] + ',\n  "files": [\n' + files + "\n  ]\n}\n"


if __name__ == "__main__":  # python -m warclaims.dataset_days pin NAME FILE_LIST
    import sys

    if len(sys.argv) != 4 or sys.argv[1] != "pin":
        sys.exit("usage: python -m warclaims.dataset_days pin NAME FILE_LIST")
    print(f"{sys.argv[2]}: {pin_from_file_list(sys.argv[2], sys.argv[3])} files pinned")
