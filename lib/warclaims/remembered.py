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

The files on disk are pickles: like the datasets beside them, the cache folder must be
writable only by its user.
"""
from __future__ import annotations

import copy
import functools
import hashlib
import os
import pickle
import sys
from collections import OrderedDict
from pathlib import Path
from typing import Callable, Iterable

from .files import replace_atomically
from .paths import PACKAGE_DIR, cache_dir

#: Results kept in memory per loader (distinct argument sets: ledger folders, countries, ...).
KEEP = 8
#: Sub-folder of the cache holding remembered results.
FOLDER = "_remembered"


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


def _read(path: Path):
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # absent, truncated, or written by another pandas: read the files again
        return None


def _write(path: Path, value, stale: str) -> None:
    try:
        replace_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        for old in path.parent.glob(stale):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache only costs the time to read the files again


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
        in-memory results (the files on disk are keyed by content and need no forgetting).
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
            path = cache_dir() / FOLDER / f"{stem}-{_digest(key)}.pickle"
            result = _read(path)
            if result is None:
                result = loader(*args, **kwargs)
                _write(path, result, f"{stem}-*.pickle")
            kept[key] = copy.deepcopy(result)
            while len(kept) > KEEP:
                kept.popitem(last=False)
            return result

        wrapper.forget = kept.clear
        return wrapper

    return decorate
