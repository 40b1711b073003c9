"""Whether the Qt window can open here: a display, and the system libraries Qt needs.

Exits 0 when the window can open, 1 with a short explanation (and the apt-get line to
fix it) when it cannot. Qt-free on purpose: importing PySide6 is exactly what fails
with an obscure message when these libraries are missing.
"""

from __future__ import annotations

import os
import shutil
import sys

PROGRAM = "briefing-desk"
HEADLESS_HINT = (
    "use `python -m desktop analyze FILE --json` or `python -m desktop --screenshots DIR` instead"
)
# QT_QPA_PLATFORM values that draw without a display server.
NO_DISPLAY_PLATFORMS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}

# The library name as find_library() takes it -> the Debian package that ships it.
# From `ldd` of PySide6 6.12's libQt6Gui, libqxcb and libqwayland on Debian 12.
QT_GUI_LIBRARIES = {
    "EGL": "libegl1",
    "GL": "libgl1",
    "X11": "libx11-6",
    "xcb": "libxcb1",
    "xkbcommon": "libxkbcommon0",
    "fontconfig": "libfontconfig1",
    "freetype": "libfreetype6",
    "glib-2.0": "libglib2.0-0",
    "dbus-1": "libdbus-1-3",
}
XCB_LIBRARIES = {
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-cursor": "libxcb-cursor0",
    "xcb-util": "libxcb-util1",
    "xcb-randr": "libxcb-randr0",
    "xcb-shape": "libxcb-shape0",
    "xcb-shm": "libxcb-shm0",
    "xcb-sync": "libxcb-sync1",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xcb-render": "libxcb-render0",
    "X11-xcb": "libx11-xcb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}
WAYLAND_LIBRARIES = {
    "wayland-client": "libwayland-client0",
    "wayland-cursor": "libwayland-cursor0",
}


def qt_platform(env: dict[str, str]) -> str | None:
    """The Qt platform plugin that will be used, or None when there is no display at all."""
    forced = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip().lower()
    if forced:
        return forced
    if env.get("DISPLAY"):
        return "xcb"  # also Qt's fallback when a Wayland session's plugin fails
    if env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return None


def required_libraries(platform: str) -> dict[str, str]:
    """The libraries (find_library name -> Debian package) that platform plugin needs."""
    needed = dict(QT_GUI_LIBRARIES)
    if platform == "xcb":
        needed.update(XCB_LIBRARIES)
    elif platform == "wayland":
        needed.update(WAYLAND_LIBRARIES)
    return needed


def missing_packages(platform: str) -> list[str]:
    """Debian packages whose libraries find_library cannot find, in a stable order."""
    # Imported here: ctypes costs 15 ms, and every start of the window imports this module.
    from ctypes.util import find_library

    missing = {
        package
        for name, package in required_libraries(platform).items()
        if find_library(name) is None
    }
    return sorted(missing)


def check(env: dict[str, str] | None = None, system: str | None = None) -> tuple[int, str]:
    """The exit status and the message to print ("" when all is well).

    Args:
        env: the environment (os.environ by default).
        system: sys.platform by default; only Linux and the BSDs are checked.
    """
    env = dict(os.environ if env is None else env)
    system = sys.platform if system is None else system
    if system in ("win32", "cygwin", "darwin"):
        return 0, ""
    platform = qt_platform(env)
    if platform is None:
        return 1, f"{PROGRAM}: there is no display (DISPLAY and WAYLAND_DISPLAY are unset); " + (
            HEADLESS_HINT
        )
    if not system.startswith("linux"):
        return 0, ""
    packages = missing_packages(platform)
    if not packages:
        return 0, ""
    if shutil.which("apt-get") is None:
        return 1, (
            f"{PROGRAM}: the Qt window needs system libraries that are missing "
            f"(Debian package names: {' '.join(packages)}); install them, or {HEADLESS_HINT}"
        )
    sudo = "" if hasattr(os, "geteuid") and os.geteuid() == 0 else "sudo "
    return 1, (
        f"{PROGRAM}: the Qt window needs system libraries that are missing; install them with:\n"
        f"  {sudo}apt-get install {' '.join(packages)}"
    )


def main() -> int:
    status, message = check()
    if message:
        print(message, file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main())
