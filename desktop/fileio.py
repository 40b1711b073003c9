"""Atomic file writing and friendly error messages for file-system failures."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path


def describe_os_error(error: OSError, path: str | os.PathLike | None = None) -> str:
    """A one-line, user-facing explanation of an OSError."""
    where = f" {Path(path).name!s}" if path else ""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"The disk is full: could not write{where}. Nothing was changed."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Permission denied: cannot write{where} (read-only or in use)."
    if error.errno == errno.ENOENT:
        return f"Not found:{where or ' the file'}."
    if error.errno == errno.EISDIR:
        return f"{where.strip() or 'That path'} is a folder, not a file."
    return f"Could not access{where}: {error.strerror or error}."


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write data to path so that a crash or full disk never leaves a half-written file.

    The bytes go to a temporary file in the same folder, are flushed to disk, and
    then replace the target in one step. On failure the old file is untouched.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            # Keep the user's permissions on the file being replaced.
            os.chmod(tmp_name, target.stat().st_mode & 0o777)
        else:
            # mkstemp makes the file private (0600); a new file gets the usual mode.
            os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
