"""Atomic file writers.

A batch run that dies half-way (Ctrl-C, a full disk, a killed worker) must never leave a
half-written table where the analyst expects a complete one. Every writer here writes to a
temporary file in the destination's own folder (so the final rename stays on one file system)
and then swaps it into place with :func:`os.replace`, which is atomic on POSIX and Windows:
readers see either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pandas as pd


def _read_umask() -> int:
    # os.umask can only be read by setting it; do it once, at import, before any threads.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()

__all__ = [
    "atomic_write_bytes",
    "atomic_write_text",
    "atomic_write_with",
    "write_csv_atomic",
    "write_parquet_atomic",
]


def atomic_write_with(path: str | os.PathLike, write: Callable[[IO[bytes]], object]) -> Path:
    """Call ``write(fileobj)`` on a temporary binary file, then move it onto ``path``.

    The folder of ``path`` is created if needed. On any exception the temporary file is
    removed and the exception propagates; ``path`` is left as it was.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp creates the file 0600; give it the permissions a plain open() would.
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return target


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically."""
    return atomic_write_with(path, lambda fh: fh.write(data))


def atomic_write_text(path: str | os.PathLike, text: str, *, encoding: str = "utf-8") -> Path:
    """Write ``text`` to ``path`` atomically (UTF-8, newlines as given: no platform translation)."""
    return atomic_write_bytes(path, text.encode(encoding))


def write_csv_atomic(df: pd.DataFrame, path: str | os.PathLike, *, index: bool = False) -> Path:
    """Write ``df`` as UTF-8 CSV with ``\\n`` line ends, atomically."""
    return atomic_write_with(
        path, lambda fh: df.to_csv(fh, index=index, encoding="utf-8", lineterminator="\n")
    )


def write_parquet_atomic(df: pd.DataFrame, path: str | os.PathLike, *, index: bool = False) -> Path:
    """Write ``df`` as Parquet (pyarrow), atomically; nullable dtypes round-trip."""
    return atomic_write_with(path, lambda fh: df.to_parquet(fh, engine="pyarrow", index=index))
