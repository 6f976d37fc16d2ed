"""The data folder under change: one writer at a time, an atomic swap, no leftovers.

- :func:`data_lock` takes an exclusive ``flock`` on ``.<name>.lock`` beside the data folder
  for the whole read–change–write of a build or an import. A second writer waits up to
  ``timeout`` seconds, then stops with a message; no import is lost.
- :func:`swap_in` replaces the data folder with a complete new one in **one** system call
  (Linux ``renameat2(RENAME_EXCHANGE)``), so there is no moment without ``data/``. Where the
  file system cannot exchange, it falls back to two renames, and the next run restores
  ``data/`` from ``.<name>-old`` if a crash hit between them.
- Leftover temporary folders (``.<name>-new-*``, ``.<name>-old``) of a killed run are removed
  on the next run, under the lock.
- A data folder that is a symbolic link, or a folder that cannot be written, gets a clear
  :class:`DataError` before anything is changed.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

from ..data.errors import DataError

LOCK_TIMEOUT = 60.0
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _check_folder(data_dir: Path) -> None:
    if data_dir.is_symlink():
        raise DataError(
            str(data_dir),
            "a real folder, not a symbolic link (give the folder the link points to)",
            found=f"a link to {os.readlink(data_dir)}",
        )
    if data_dir.exists() and not data_dir.is_dir():
        raise DataError(str(data_dir), "a folder", found="a file")


@contextlib.contextmanager
def data_lock(data_dir: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the data folder's lock; clean up what a killed run left behind."""
    data_dir = Path(data_dir)
    _check_folder(data_dir)
    parent = data_dir.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(parent / f".{data_dir.name}.lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise DataError(
            str(parent), "a folder that can be written", found=exc.strerror or str(exc)
        ) from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise DataError(
                        str(data_dir),
                        "no other build or import running on this folder",
                        found=f"another one still running after {timeout:g} s; try again later",
                    ) from None
                time.sleep(0.05)
        cleanup_leftovers(data_dir)
        yield
    finally:
        os.close(fd)  # releases the lock


def cleanup_leftovers(data_dir: Path) -> list[str]:
    """Remove temporary folders of earlier runs; restore ``data/`` if a crash left only
    ``.<name>-old``. Call only while holding :func:`data_lock`. Returns what it did."""
    done = []
    old = data_dir.with_name(f".{data_dir.name}-old")
    if not data_dir.exists() and old.is_dir():
        old.rename(data_dir)
        done.append(f"restored {data_dir} from {old.name}")
    for leftover in [*sorted(data_dir.parent.glob(f".{data_dir.name}-new-*")), old]:
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
            done.append(f"removed {leftover.name}")
    return done


def check_writable(data_dir: Path) -> None:
    """A clear message for a read-only data folder, before any work is done."""
    for folder in (data_dir.parent, data_dir):
        if folder.exists() and not os.access(folder, os.W_OK):
            raise DataError(str(folder), "a folder that can be written", found="read-only")


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; False where the system or file system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                          ctypes.c_uint]  # fmt: skip
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


def swap_in(new: Path, data_dir: Path) -> None:
    """Put the complete folder ``new`` in place of ``data_dir`` (atomically where possible)."""
    try:
        if not data_dir.exists():
            new.rename(data_dir)
            return
        if _exchange(new, data_dir):
            shutil.rmtree(new)  # now holds the old data
            return
        old = data_dir.with_name(f".{data_dir.name}-old")
        if old.exists():
            shutil.rmtree(old)
        data_dir.rename(old)
        new.rename(data_dir)
        shutil.rmtree(old)
    except OSError as exc:
        raise DataError(
            str(data_dir), "a folder that can be replaced", found=exc.strerror or str(exc)
        ) from None
