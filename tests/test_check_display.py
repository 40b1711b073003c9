"""scripts/check_display.py: no display, missing Qt libraries, and the apt-get line to fix them."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "desktop" / "display_check.py"


@pytest.fixture
def check_display():
    spec = importlib.util.spec_from_file_location("check_display", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def libraries(check_display, monkeypatch):
    """All libraries present unless a test removes some; apt-get available; not root."""
    missing: set[str] = set()
    import ctypes.util

    monkeypatch.setattr(
        ctypes.util, "find_library", lambda name: None if name in missing else f"lib{name}.so"
    )
    monkeypatch.setattr(check_display.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(check_display.os, "geteuid", lambda: 1000, raising=False)
    return missing


HEADLESS = (
    "briefing-desk: there is no display (DISPLAY and WAYLAND_DISPLAY are unset); use "
    "`python -m desktop analyze FILE --json` or `python -m desktop --screenshots DIR` instead"
)


def test_no_display(check_display, libraries):
    assert check_display.check({}, "linux") == (1, HEADLESS)
    assert "\n" not in HEADLESS


def test_offscreen_needs_no_display(check_display, libraries):
    assert check_display.check({"QT_QPA_PLATFORM": "offscreen"}, "linux") == (0, "")


@pytest.mark.parametrize("env", [{"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "wayland-0"}])
def test_display_with_every_library(check_display, libraries, env):
    assert check_display.check(env, "linux") == (0, "")


def test_missing_xcb_libraries_name_the_debian_packages(check_display, libraries):
    libraries.update({"xcb-icccm", "xcb-keysyms", "xcb-cursor", "EGL"})
    status, message = check_display.check({"DISPLAY": ":0"}, "linux")
    assert status == 1
    assert message.splitlines() == [
        "briefing-desk: the Qt window needs system libraries that are missing; install them with:",
        "  sudo apt-get install libegl1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1",
    ]


def test_root_needs_no_sudo(check_display, libraries, monkeypatch):
    libraries.add("xkbcommon-x11")
    monkeypatch.setattr(check_display.os, "geteuid", lambda: 0, raising=False)
    status, message = check_display.check({"DISPLAY": ":1"}, "linux")
    assert (status, message.splitlines()[1]) == (1, "  apt-get install libxkbcommon-x11-0")


def test_wayland_only_does_not_need_xcb(check_display, libraries):
    libraries.update({"xcb-icccm", "wayland-cursor"})
    status, message = check_display.check({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert (status, message.splitlines()[1]) == (1, "  sudo apt-get install libwayland-cursor0")


def test_forced_xcb_platform_checks_xcb(check_display, libraries):
    libraries.add("xcb-image")
    env = {"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}
    assert check_display.check(env, "linux")[1].splitlines()[1] == (
        "  sudo apt-get install libxcb-image0"
    )


def test_offscreen_still_needs_the_qt_gui_libraries(check_display, libraries):
    libraries.update({"EGL", "xcb-icccm"})
    status, message = check_display.check({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert (status, message.splitlines()[1]) == (1, "  sudo apt-get install libegl1")


def test_without_apt_get_the_packages_are_named_on_one_line(check_display, libraries, monkeypatch):
    libraries.add("xcb-icccm")
    monkeypatch.setattr(check_display.shutil, "which", lambda name: None)
    status, message = check_display.check({"DISPLAY": ":0"}, "linux")
    assert status == 1
    assert message == (
        "briefing-desk: the Qt window needs system libraries that are missing "
        "(Debian package names: libxcb-icccm4); install them, or use "
        "`python -m desktop analyze FILE --json` or `python -m desktop --screenshots DIR` instead"
    )


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_windows_and_macos_always_have_a_display(check_display, libraries, system):
    libraries.add("EGL")
    assert check_display.check({}, system) == (0, "")


def test_main_prints_to_stderr_and_returns_the_status(
    check_display, libraries, monkeypatch, capsys
):
    monkeypatch.setattr(check_display.os, "environ", {})
    monkeypatch.setattr(check_display.sys, "platform", "linux")
    assert check_display.main() == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", HEADLESS + "\n")


def test_importing_the_check_does_not_load_ctypes():
    # Every start of the window imports the module; ctypes (15 ms) only when checking.
    import subprocess
    import sys

    code = f"import runpy, sys; runpy.run_path({str(SCRIPT)!r}); print('ctypes' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False"
