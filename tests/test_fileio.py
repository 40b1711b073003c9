"""File-system failures explained in one line, and atomic writes."""

import errno
import os

import pytest

from desktop.fileio import atomic_write_bytes, describe_os_error


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
