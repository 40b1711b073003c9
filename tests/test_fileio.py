"""File-system failures explained in one line, and atomic writes."""

import errno
import os
import sys

import pytest

from desktop.fileio import (
    FileTooLargeError,
    NotAFileError,
    atomic_write_bytes,
    atomic_write_text,
    describe_os_error,
    read_error_reason,
    read_regular_file,
    unexpected_error,
    without_lone_surrogates,
)


def test_disk_full():
    error = OSError(errno.ENOSPC, "No space left on device")
    assert describe_os_error(error, "/home/ann/acme.briefing.json") == (
        "The disk is full: could not write acme.briefing.json. Nothing was changed."
    )


def test_quota_exceeded_reads_as_disk_full():
    error = OSError(errno.EDQUOT, "Disk quota exceeded")
    assert describe_os_error(error, "a.docx") == (
        "The disk is full: could not write a.docx. Nothing was changed."
    )


@pytest.mark.parametrize("code", [errno.EACCES, errno.EPERM, errno.EROFS])
def test_permission_denied(code):
    error = OSError(code, os.strerror(code))
    assert describe_os_error(error, "/srv/share/acme.briefing.json") == (
        "Permission denied: cannot write acme.briefing.json (read-only or in use)."
    )


def test_without_a_path():
    assert describe_os_error(OSError(errno.EACCES, "Permission denied")) == (
        "Permission denied: cannot write (read-only or in use)."
    )
    assert describe_os_error(OSError(errno.ENOENT, "No such file")) == "Not found: the file."


def test_other_errors_keep_the_system_reason():
    error = OSError(errno.EIO, "Input/output error")
    assert describe_os_error(error, "a.txt") == "Could not access a.txt: Input/output error."


def test_real_permission_error_is_described(tmp_path):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(PermissionError) as caught:
        atomic_write_bytes(folder / "a.json", b"{}")
    assert describe_os_error(caught.value, folder / "a.json").startswith("Permission denied")


def test_atomic_write_keeps_permissions(tmp_path):
    path = tmp_path / "a.json"
    path.write_bytes(b"old")
    path.chmod(0o640)
    atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_a_new_file_gets_the_usual_permissions_not_private_ones(tmp_path):
    import os
    import stat

    from desktop.fileio import atomic_write_bytes

    target = tmp_path / "new.docx"
    atomic_write_bytes(target, b"data")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


# -- hostile input: only regular files are read; any typed text is written --


def test_read_regular_file_reads_at_most_the_limit(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"12345")
    assert read_regular_file(path, 5) == b"12345"
    with pytest.raises(FileTooLargeError) as caught:
        read_regular_file(path, 4 * 1024 * 1024)
        path.write_bytes(b"x" * (4 * 1024 * 1024 + 1))
        read_regular_file(path, 4 * 1024 * 1024)
    assert read_error_reason(caught.value) == "it is larger than 4 MB"


@pytest.mark.skipif(sys.platform == "win32", reason="devices and pipes")
def test_read_regular_file_refuses_folders_devices_and_pipes(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    reasons = []
    for path in (tmp_path, "/dev/null", tmp_path / "pipe"):
        with pytest.raises(NotAFileError) as caught:
            read_regular_file(path, 100)
        reasons.append(read_error_reason(caught.value))
    assert reasons == [
        "it is a folder, not a file",
        "it is a device, not a file",
        "it is a pipe (FIFO), not a file",
    ]


def test_read_error_reasons_in_words(tmp_path):
    assert read_error_reason(FileNotFoundError(errno.ENOENT, "x")) == "the file does not exist"
    loop = OSError(errno.ELOOP, "Too many levels of symbolic links")
    assert read_error_reason(loop) == "it is a symbolic link that loops back on itself"


def test_lone_surrogates_are_replaced_and_pairs_joined():
    assert without_lone_surrogates("plain") == "plain"
    assert without_lone_surrogates("a\ud800b\udfff") == "a\ufffdb\ufffd"
    assert without_lone_surrogates("\ud83d\ude00") == "\U0001f600"


def test_a_text_with_a_lone_surrogate_is_written(tmp_path):
    atomic_write_text(tmp_path / "s.json", "Anna \udc80Berg")
    assert (tmp_path / "s.json").read_text(encoding="utf-8") == "Anna \ufffdBerg"


def test_unexpected_error_is_one_line():
    assert unexpected_error(ValueError("bad\nvalue")) == "Unexpected error (ValueError: bad value)."
    assert unexpected_error(KeyError()) == "Unexpected error (KeyError)."
