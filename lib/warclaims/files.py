"""Writing a file so that readers see the old version or the whole new one, never a part."""
from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import threading
from pathlib import Path

#: The lock file a process holds while it reads, changes and writes files in a folder.
LOCK_NAME = ".warclaims.lock"


def replace_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    The temporary file is flushed to disk and moved over ``path`` with ``os.replace``
    (atomic on POSIX and Windows), so an interrupted write leaves the previous file intact,
    and two processes writing at once each leave a whole file (the last one wins).

    Raises
    ------
    OSError
        The folder cannot be created or written; ``path`` is then unchanged.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def make_private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) readable and writable by its user alone.

    Folders are created with mode 0o700 whatever the umask, and a folder this call creates
    is set to 0o700 even when a permissive umask would have left it open, so another local
    user cannot put files into the cache that a later run would read. Existing folders
    that the user owns are also narrowed to 0o700.

    Raises
    ------
    OSError
        The folder cannot be created.
    """
    path = Path(path)
    missing = []
    for folder in (path, *path.parents):
        if folder.is_dir():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            if not folder.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "a file is in the way of a folder", str(folder)) from None
    for folder in (*missing, path):
        try:
            if folder.stat().st_uid == getattr(os, "getuid", lambda: folder.stat().st_uid)() and folder.stat().st_mode & 0o077:
                os.chmod(folder, 0o700)
        except OSError:
            pass  # a folder we cannot narrow is refused by its readers instead
    return path


_locks: dict = {}
_locks_guard = threading.Lock()


@contextlib.contextmanager
def folder_lock(folder: Path, timeout: float, what: str = "this folder"):
    """Hold ``<folder>/.warclaims.lock`` (a ``filelock``) for a read-modify-write of files there.

    Re-entrant within a process. The operating system releases the lock when its holder
    dies, so a killed writer never leaves the folder locked.

    Raises
    ------
    WarclaimsError
        Another process held the lock for ``timeout`` seconds, or the folder cannot be
        written; nothing was changed.
    """
    from filelock import FileLock, Timeout

    from .errors import WarclaimsError

    path = Path(folder).resolve() / LOCK_NAME
    with _locks_guard:
        lock = _locks.setdefault(str(path), FileLock(path))
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise WarclaimsError(
            f"another process has held the lock of {what} for {timeout:g} s (a write in progress); "
            "try again when it has finished", file=path) from None
    except OSError as e:
        raise WarclaimsError(
            f"cannot lock {what} for writing ({e.strerror or e}); check that the folder exists and you can write to it",
            file=path) from None
    try:
        yield path
    finally:
        lock.release()
