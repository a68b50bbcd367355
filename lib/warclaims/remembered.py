"""Loader results remembered for as long as the files they were read from are unchanged.

Reading and validating the ledger and the evidence datasets is most of what a notebook
does before it draws. A loader decorated with :func:`while_unchanged` keeps its results,
keyed by its arguments, by its input files (cached datasets by identity, size and
modification time; other files by content), and by a fingerprint of this package's code (so editing a loader forgets what it
returned). A result is kept in memory for the rest of the process and on disk in the
cache folder (``<cache>/_remembered/``) for later processes: the next notebook, the next
``warclaims run``, and kernels forked from ``warclaims run``'s kernel server (see
:mod:`warclaims.kernels`) all start with it.

Callers receive their own copy, so a caller that modifies what it got cannot change what
the next caller gets. Errors are never remembered: a loader that raised (a malformed file,
a dataset not cached) runs again on the next call and raises its own error.

Nothing that can run code is ever read from the cache. A result is stored as data only:
its DataFrames as Parquet files (dtypes, categories, index and ``attrs`` kept) and the rest
(dataclasses of this package, lists, dicts, paths, numbers, strings) as JSON naming them.
A result is stored only when it reads back equal to what the loader returned; anything
else is remembered in memory for this process only. The folder is created readable and
writable by its user alone, and a folder others can write to is not read at all.
"""
from __future__ import annotations

import contextlib
import copy
import dataclasses
import functools
import hashlib
import importlib
import io
import json
import os
import shutil
import stat
import sys
import tempfile
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Iterable

from .files import make_private_folder
from .paths import PACKAGE_DIR, cache_dir

#: Results kept in memory per loader (distinct argument sets: ledger folders, countries, ...).
KEEP = 8
#: Sub-folder of the cache holding remembered results.
FOLDER = "_remembered"
#: Sub-folder of the cache holding the lock of each result being computed.
LOCKS = "_remembered.locks"


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A digest of this package's source and the interpreter and pandas versions."""
    import pandas

    digest = hashlib.sha256(f"{sys.version}|{pandas.__version__}".encode())
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _signature(paths: Iterable[Path]) -> tuple:
    cached = cache_dir()
    out = []
    for path in map(Path, paths):
        try:
            st = os.stat(path)
        except OSError:
            out.append((str(path), None))  # absent: its appearance is a change
            continue
        # Cached dataset files are only ever replaced whole, by fetch: identity, size and
        # time tell them apart without reading 45 MB of polygons. Everything else (the
        # ledger's tables, sidecars, crosswalks) may be edited in place, within one tick of
        # the file system's clock and at the same size, so it is compared by content.
        content = None if path.is_relative_to(cached) else hashlib.sha256(path.read_bytes()).hexdigest()
        out.append((str(path), st.st_ino, st.st_size, st.st_mtime_ns, content))
    return tuple(out)


def _digest(value) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:20]


class _NotStorable(Exception):
    """A result holds something that has no data-only form; it is kept in memory only."""


def _encode(value, frames: list):
    """Return ``value`` as JSON-able data, with each DataFrame appended to ``frames``."""
    import pandas as pd

    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, (int, float)):
        if isinstance(value, float) and value != value:
            return {"__float__": "nan"}
        if isinstance(value, float) and value in (float("inf"), float("-inf")):
            return {"__float__": repr(value)}
        return value
    if isinstance(value, pd.DataFrame):
        frames.append(value)
        return {"__frame__": len(frames) - 1}
    if isinstance(value, Path):
        return {"__path__": str(value)}
    if isinstance(value, (list, tuple)):
        items = [_encode(v, frames) for v in value]
        return items if isinstance(value, list) else {"__tuple__": items}
    if isinstance(value, dict):
        return {"__dict__": [[_encode(k, frames), _encode(v, frames)] for k, v in value.items()]}
    cls = type(value)
    if dataclasses.is_dataclass(value) and cls.__module__.split(".")[0] == __package__:
        fields = {f.name: _encode(getattr(value, f.name), frames) for f in dataclasses.fields(value)}
        return {"__dataclass__": f"{cls.__module__}:{cls.__qualname__}", "fields": fields}
    raise _NotStorable(cls.__name__)


def _decode(data, frames: list):
    """Invert :func:`_encode`. Only this package's dataclasses are built; nothing else runs."""
    if isinstance(data, list):
        return [_decode(v, frames) for v in data]
    if not isinstance(data, dict):
        return data
    if "__frame__" in data:
        return frames[data["__frame__"]]
    if "__path__" in data:
        return Path(data["__path__"])
    if "__float__" in data:
        return float(data["__float__"])
    if "__tuple__" in data:
        return tuple(_decode(v, frames) for v in data["__tuple__"])
    if "__dict__" in data:
        return {_decode(k, frames): _decode(v, frames) for k, v in data["__dict__"]}
    if "__dataclass__" in data:
        module, _, qualname = data["__dataclass__"].partition(":")
        if module.split(".")[0] != __package__:
            raise ValueError(f"not a class of this package: {module}")
        cls = importlib.import_module(module)
        for part in qualname.split("."):
            cls = getattr(cls, part)
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)):
            raise ValueError(f"not a dataclass: {data['__dataclass__']}")
        return cls(**{k: _decode(v, frames) for k, v in data["fields"].items()})
    raise ValueError("unknown entry in a remembered result")


def _same(a, b) -> bool:
    """True when a result read back equals the one stored: values, dtypes, index, attrs."""
    import pandas as pd

    if isinstance(a, pd.DataFrame) or isinstance(b, pd.DataFrame):
        return type(a) is type(b) and _same(a.attrs, b.attrs) and _same_frame(a, b)
    if dataclasses.is_dataclass(a) and not isinstance(a, type):
        return type(a) is type(b) and all(_same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    if isinstance(a, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, dict):
        return type(b) is dict and list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, float) and isinstance(b, float) and a != a:
        return b != b
    return type(a) is type(b) and a == b


def _same_labels(a, b) -> bool:
    # An index equal in values, type and dtype (a RangeIndex read back as integers is not).
    return type(a) is type(b) and a.dtype == b.dtype and a.equals(b) and list(a.names) == list(b.names)


def _same_frame(a, b) -> bool:
    """Two frames equal exactly: labels, dtypes, categories in their order, and values.

    What ``pandas.testing.assert_frame_equal(check_exact=True, check_categorical=True)``
    asserts, tested as whole arrays (``DataFrame.equals``) rather than column by column with
    its messages prepared: a fifth of the time on a ledger of 100,000 claims.
    """
    import pandas as pd

    if not (_same_labels(a.columns, b.columns) and _same_labels(a.index, b.index)):
        return False
    if len(a.columns) != len(set(a.columns)):
        return False  # columns are compared by name below
    for name in a.columns:
        x, y = a[name].dtype, b[name].dtype
        if x != y:
            return False
        # Unordered categoricals compare equal whatever the order of their categories; the
        # order is what a chart's legend and a table's sort follow, so it must come back too.
        if isinstance(x, pd.CategoricalDtype) and not x.categories.equals(y.categories):
            return False
    return a.equals(b)


def _private(folder: Path) -> bool:
    """True when ``folder`` belongs to this user and no one else can write to it."""
    if os.name == "nt":
        return True  # no POSIX modes: the user's profile folder keeps others out
    try:
        st = folder.stat()
    except OSError:
        return False
    owner = getattr(os, "getuid", lambda: st.st_uid)()
    return st.st_uid == owner and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read(path: Path):
    """Return the result stored in the folder ``path``, or None (absent, damaged, not private)."""
    if not _private(path.parent):
        return None  # others could have written it: read the files again instead
    try:
        index = json.loads((path / "result.json").read_text(encoding="utf-8"))
        frames = [_read_frame((path / f"frame-{i}.parquet").read_bytes()) for i in range(index["frames"])]
        return _decode(index["value"], frames)
    except Exception:  # absent, cut short, or written by another pandas: read the files again
        return None


def _read_frame(data: bytes):
    """A DataFrame from Parquet bytes, read on this thread alone.

    The kernel server reads remembered tables before it forks kernels and must not start
    a thread (see :mod:`warclaims.kernels`), so Arrow's thread pools are not used. The
    frame's ``attrs`` come back from the metadata pandas stores them in.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.ParquetFile(pa.BufferReader(data), pre_buffer=False).read(use_threads=False)
    frame = table.to_pandas(use_threads=False)
    attrs = (table.schema.metadata or {}).get(b"PANDAS_ATTRS")
    if attrs:
        frame.attrs = json.loads(attrs)
    return frame


def _serialise(value) -> dict[str, bytes] | None:
    """The files that store ``value``, or None when it does not read back exactly."""
    frames: list = []
    try:
        index = {"value": _encode(value, frames), "frames": len(frames)}
        files = {"result.json": json.dumps(index).encode("utf-8")}
        back = []
        for i, frame in enumerate(frames):
            buf = io.BytesIO()
            frame.to_parquet(buf, engine="pyarrow")
            files[f"frame-{i}.parquet"] = buf.getvalue()
            back.append(_read_frame(files[f"frame-{i}.parquet"]))
        if not _same(value, _decode(json.loads(files["result.json"])["value"], back)):
            return None
    except Exception:  # a type with no data-only form, column names Parquet refuses, ...
        return None
    return files


def _write(path: Path, value, stale: str) -> None:
    files = _serialise(value)
    if files is None:
        return
    try:
        make_private_folder(path.parent)
        # Written whole in a scratch folder, then renamed into place: a reader sees the
        # complete result or none.
        scratch = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
        try:
            for name, data in files.items():
                (scratch / name).write_bytes(data)
            try:
                os.rename(scratch, path)
            except OSError:
                if not path.is_dir():  # not another process storing the same result first
                    raise
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        for old in path.parent.glob(stale):
            if old != path:
                shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink(missing_ok=True)
        for old in path.parent.with_name(LOCKS).glob(stale + ".lock"):
            if old.name != f"{path.name}.lock":
                old.unlink(missing_ok=True)
        for old in path.parent.glob("*.pickle"):  # written by earlier versions; never read
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache only costs the time to read the files again


#: How long a process waits for another computing the same result before computing it too.
WAIT = 300


@contextlib.contextmanager
def _computing(path: Path):
    """Hold the lock of one result while it is computed and stored.

    ``warclaims run`` starts several notebooks at once, and each would otherwise read and
    validate the same 100,000 claims side by side: with the lock, one computes and the
    others read what it stored. The operating system releases the lock of a process that
    dies; a cache that cannot hold a lock file, or a wait longer than :data:`WAIT`, only
    costs computing the result here too.
    """
    from filelock import FileLock, Timeout

    lock = None
    try:
        # Beside the results, not among them: the folder of results holds data files only.
        lock = FileLock(str(make_private_folder(path.parent.with_name(LOCKS)) / f"{path.name}.lock"), timeout=WAIT)
        lock.acquire()
    except (OSError, Timeout):
        lock = None
    try:
        yield
    finally:
        if lock is not None:
            lock.release()


def while_unchanged(inputs: Callable[..., Iterable[Path]]):
    """Remember a loader's results while the files ``inputs(*args, **kwargs)`` names are unchanged.

    Parameters
    ----------
    inputs : callable
        Takes the loader's arguments and returns every path its result depends on, present
        or not. When it raises, the loader is simply called.

    Returns
    -------
    callable
        A decorator. The decorated loader has a ``forget()`` method that empties its
        in-memory results (the files on disk are keyed by content and need no forgetting),
        and a ``held()`` method listing the calls (arguments) whose results it holds.
    """
    def decorate(loader):
        kept: OrderedDict = OrderedDict()
        name = f"{loader.__module__}.{loader.__qualname__}"

        @functools.wraps(loader)
        def wrapper(*args, **kwargs):
            try:
                call = (args, tuple(sorted(kwargs.items())))
                key = (call, _signature(inputs(*args, **kwargs)), code_fingerprint())
                hash(key)
            except Exception:  # unhashable arguments, inputs that cannot be listed
                return loader(*args, **kwargs)
            if key in kept:
                kept.move_to_end(key)
                return copy.deepcopy(kept[key])
            stem = f"{name}-{_digest(call)}"
            path = cache_dir() / FOLDER / f"{stem}-{_digest(key)}"
            result = _read(path)
            if result is None:
                with _computing(path):
                    # Another process may have stored it while this one waited its turn.
                    result = _read(path)
                    if result is None:
                        result = loader(*args, **kwargs)
                        _write(path, result, f"{stem}-*")
            kept[key] = copy.deepcopy(result)
            while len(kept) > KEEP:
                kept.popitem(last=False)
            return result

        wrapper.forget = kept.clear
        wrapper.held = lambda: [call for call, _, _ in kept]  # the calls whose results are in memory
        return wrapper

    return decorate
