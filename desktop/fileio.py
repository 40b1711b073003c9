"""Atomic file writing and friendly error messages for file-system failures."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

# What kind of thing a path names, when it is not a regular file (st_mode -> words).
_NOT_FILES = (
    (stat.S_ISDIR, "it is a folder, not a file"),
    (stat.S_ISFIFO, "it is a pipe (FIFO), not a file"),
    (stat.S_ISSOCK, "it is a socket, not a file"),
    (stat.S_ISCHR, "it is a device, not a file"),
    (stat.S_ISBLK, "it is a device, not a file"),
)


class NotAFileError(OSError):
    """The path names a folder, device, pipe or socket; str() is the reason, in words."""


class FileTooLargeError(OSError):
    """The file holds more bytes than the reader accepts."""


def read_regular_file(path: str | os.PathLike, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most max_bytes; nothing else is read.

    A device (/dev/zero) never ends and a pipe may never be written: they are refused
    from the opened descriptor, before any byte is read (opening does not wait for a
    pipe's writer), and at most max_bytes + 1 bytes are read from anything.

    Raises:
        NotAFileError: a folder, device, pipe or socket.
        FileTooLargeError: more than max_bytes.
        OSError: it does not exist, cannot be read, or is a loop of symbolic links.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        if os.path.isdir(path):  # Windows cannot open a folder at all
            raise NotAFileError(errno.EISDIR, "it is a folder, not a file") from None
        raise
    try:
        mode = os.fstat(fd).st_mode
        for test, reason in _NOT_FILES:
            if test(mode):
                raise NotAFileError(errno.EINVAL, reason)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        handle = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FileTooLargeError(errno.EFBIG, f"it is larger than {_size(max_bytes)}")
    return data


def read_error_reason(error: OSError) -> str:
    """Why a file could not be read, as the end of "Cannot open NAME: ...", no full stop."""
    if isinstance(error, NotAFileError | FileTooLargeError):
        return error.strerror
    if error.errno == errno.ENOENT:
        return "the file does not exist"
    if error.errno == errno.ELOOP:
        return "it is a symbolic link that loops back on itself"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if error.errno == errno.EISDIR:
        return "it is a folder, not a file"
    if error.errno == errno.ENOTDIR:
        return "a folder on its path is a file"
    return (error.strerror or str(error)).rstrip(".")


def _size(max_bytes: int) -> str:
    return f"{max_bytes / (1024 * 1024):g} MB"


def describe_os_error(error: OSError, path: str | os.PathLike | None = None) -> str:
    """A one-line, user-facing explanation of an OSError."""
    where = f" {Path(path).name!s}" if path else ""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return f"The disk is full: could not write{where}. Nothing was changed."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Permission denied: cannot write{where} (read-only or in use)."
    if error.errno == errno.ENOENT:
        folder = Path(path).parent if path else None
        if folder is not None and str(folder) not in ("", ".") and not folder.is_dir():
            return f"Cannot write{where}: the folder {folder} does not exist."
        return f"Not found:{where or ' the file'}."
    if isinstance(error, NotAFileError | FileTooLargeError):
        return f"Cannot open{where}: {error.strerror}."
    if error.errno == errno.ELOOP:
        return f"Cannot open{where}: it is a symbolic link that loops back on itself."
    if error.errno == errno.EISDIR:
        return f"{where.strip() or 'That path'} is a folder, not a file."
    return f"Could not access{where}: {error.strerror or error}."


def unexpected_error(error: BaseException) -> str:
    """One line for a failure no message was written for: its kind and what it said."""
    said = " ".join(str(error).split())[:200]
    return f"Unexpected error ({type(error).__name__}{': ' + said if said else ''})."


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
    """Write text as UTF-8, atomically; a lone surrogate (from a damaged paste) becomes U+FFFD.

    Such a character cannot be written as UTF-8; refusing it made a save, and the
    autosave that guards the analyst's work, fail.
    """
    atomic_write_bytes(path, without_lone_surrogates(text).encode("utf-8"))


def without_lone_surrogates(text: str) -> str:
    r"""text with each unpaired surrogate replaced by U+FFFD, the replacement character.

    "a\ud800b" -> "a\ufffdb"; a well-formed pair written as two surrogates
    ("\ud83d\ude00") becomes the one character it stands for.
    """
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
