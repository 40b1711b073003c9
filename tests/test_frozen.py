"""The packaged app: build.spec's one-folder build runs the CLI, the window and the export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import desktop
from desktop import platform_setup

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "resources" / "articles" / "ashok-leyland-calb-2025-09-25.txt"
HTML = REPO / "tests" / "fixtures" / "ingest" / "article.html"
SEED_GOLD = REPO / "eval" / "seed" / "ashok-leyland-calb.gold.json"
BUDGET_MB = 220
# A prebuilt dist/BriefingDesk/BriefingDesk to test instead of building one (make dist).
PREBUILT_ENV = "BRIEFING_DESK_FROZEN_APP"
BUILD_TIMEOUT = 1800


# -- the set-up the frozen app does before matplotlib loads (fast) ---------------------
def test_cache_folder_follows_each_platform():
    env = {"HOME": "/home/ana", "XDG_CACHE_HOME": "/xdg", "LOCALAPPDATA": r"C:\Users\ana\AppData"}
    cache = platform_setup.user_cache_dir
    assert cache("linux", env) == Path("/xdg/Briefing Desk/Briefing Desk")
    assert cache("linux", {"HOME": "/home/ana"}) == Path(
        "/home/ana/.cache/Briefing Desk/Briefing Desk"
    )
    # A relative XDG_CACHE_HOME is invalid by the XDG spec and ignored, as Qt does.
    assert cache("linux", {"HOME": "/h", "XDG_CACHE_HOME": "rel"}) == Path(
        "/h/.cache/Briefing Desk/Briefing Desk"
    )
    assert cache("darwin", env) == Path("/home/ana/Library/Caches/Briefing Desk/Briefing Desk")
    assert (
        cache("win32", env)
        == Path(r"C:\Users\ana\AppData") / "Briefing Desk" / ("Briefing Desk") / "cache"
    )


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG layout")
def test_cache_folder_is_where_qt_keeps_the_app_cache(qapp, tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    names = qapp.organizationName(), qapp.applicationName()
    qapp.setOrganizationName(platform_setup.ORGANISATION)
    qapp.setApplicationName(platform_setup.APP_NAME)
    try:
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    finally:
        qapp.setOrganizationName(names[0])
        qapp.setApplicationName(names[1])
    assert Path(location) == platform_setup.user_cache_dir()


def test_matplotlib_folder_is_set_only_when_frozen(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("MPLCONFIGDIR", raising=False)
    assert platform_setup.configure_matplotlib_cache() is None  # from source: untouched
    assert "MPLCONFIGDIR" not in os.environ

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    folder = platform_setup.configure_matplotlib_cache()
    assert folder == tmp_path / "Briefing Desk" / "Briefing Desk" / "matplotlib"
    assert folder.is_dir() and os.environ["MPLCONFIGDIR"] == str(folder)

    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mine"))  # the user's choice stands
    assert platform_setup.configure_matplotlib_cache() is None
    assert os.environ["MPLCONFIGDIR"] == str(tmp_path / "mine")


def _scratch_env(home: Path) -> dict[str, str]:
    """Settings, caches and recovery copies in home; nothing of the user's own."""
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    for name in ("MPLCONFIGDIR", "QT_QPA_PLATFORM", "BRIEFING_DESK_NO_CACHE"):
        env.pop(name, None)  # --selftest must choose offscreen by itself
    return env


def _run(command: list, env: dict, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(part) for part in command],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def test_selftest_from_source(tmp_path):
    done = _run([sys.executable, "-m", "desktop", "--selftest"], _scratch_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"Briefing Desk {desktop.__version__} self-test (from source)"
    assert sum(line.startswith("rendered the ") for line in lines) == 7
    assert lines[-1] == "selftest passed"


def test_selftest_refuses_a_command(tmp_path):
    done = _run([sys.executable, "-m", "desktop", "--selftest", "analyze", SEED], os.environ)
    assert done.returncode == 2
    assert done.stderr.strip().endswith("--selftest takes no command")


# -- the frozen build (slow: building takes about a minute) ----------------------------
@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory) -> Path:
    """The BriefingDesk executable: built once per test run into a scratch folder."""
    prebuilt = os.environ.get(PREBUILT_ENV)
    if prebuilt:
        return Path(prebuilt).resolve()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is not installed (pip install -e '.[dev]')")
        pytest.skip("PyInstaller is not installed (pip install -e '.[dev]')")
    scratch = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(scratch / "dist"),
            "--workpath",
            str(scratch / "build"),
            "build.spec",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    executable = scratch / "dist" / "BriefingDesk" / "BriefingDesk"
    if sys.platform == "win32":
        executable = executable.with_suffix(".exe")
    assert executable.is_file(), done.stderr[-4000:]
    return executable


def _folder_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1024**2


@pytest.mark.slow
def test_build_is_one_folder_under_budget(frozen_app):
    folder = frozen_app.parent
    assert folder.name == "BriefingDesk"
    assert _folder_mb(folder) < BUDGET_MB
    internal = folder / "_internal"
    # The data files are where the code looks for them.
    assert (internal / "resources" / "articles" / SEED.name).is_file()
    assert (internal / "desktop" / "extraction" / "data" / "first_names.tsv").is_file()
    # python-docx as source files, so its templates are found (module_collection_mode).
    assert (internal / "docx" / "templates" / "default-header.xml").is_file()
    # What was left out stays out.
    assert not (internal / "PySide6" / "Qt" / "translations").exists()
    qt_modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*")}
    assert qt_modules == {"Qt", "QtCore", "QtGui", "QtWidgets", "QtSvg"}
    modules = _archived_modules(frozen_app)
    assert "desktop.app" in modules and "docx" in modules
    assert not {m for m in modules if m.split(".")[0] in LEFT_OUT}
    backends = {m.split(".")[2] for m in modules if m.startswith("matplotlib.backends.backend_")}
    assert backends == {"backend_agg", "backend_qt", "backend_qtagg"}


LEFT_OUT = {"tkinter", "_tkinter", "pytest", "_pytest", "pytestqt", "hypothesis", "PyQt5"}


def _archived_modules(executable: Path) -> set[str]:
    """The names of the Python modules in the executable's archive (pyi-archive_viewer)."""
    viewer = Path(sys.executable).with_name("pyi-archive_viewer")
    command = (
        [str(viewer)]
        if viewer.exists()
        else [sys.executable, "-m", "PyInstaller.utils.cliutils.archive_viewer"]
    )
    done = subprocess.run(
        [*command, "--list", "--recursive", "--brief", str(executable)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return {line.strip().strip("'\",") for line in done.stdout.splitlines()}


@pytest.mark.slow
def test_frozen_version(frozen_app, tmp_path):
    done = _run([frozen_app, "--version"], _scratch_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Briefing Desk {desktop.__version__}"


@pytest.mark.slow
@pytest.mark.parametrize("article", [SEED, HTML], ids=["seed", "html"])
def test_frozen_analyze_matches_the_source(frozen_app, tmp_path, article):
    env = _scratch_env(tmp_path)
    frozen = _run([frozen_app, "analyze", article, "--json"], env)
    assert frozen.returncode == 0, frozen.stderr
    source = _run([sys.executable, "-m", "desktop", "analyze", article, "--json"], env)
    assert json.loads(frozen.stdout) == json.loads(source.stdout)
    if article == SEED:
        gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
        people = {person["name"] for person in json.loads(frozen.stdout)["people"]}
        assert people == {person["name"] for person in gold["people"]}


@pytest.mark.slow
def test_frozen_export_reopens(frozen_app, tmp_path):
    import docx

    out = tmp_path / "out" / "seed.docx"
    out.parent.mkdir()
    done = _run([frozen_app, "export", SEED, "-o", out], _scratch_env(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    document = docx.Document(str(out))
    assert document.sections[0].header.paragraphs[0].text.strip()
    assert "Briefing Desk" in document.sections[0].footer.paragraphs[0].text
    assert len(document.inline_shapes) >= 3  # the charts drew
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)


@pytest.mark.slow
def test_frozen_selftest_keeps_its_font_cache(frozen_app, tmp_path):
    env = _scratch_env(tmp_path)
    folder = platform_setup.user_cache_dir(environ=env) / "matplotlib"
    runs = []
    for _ in range(2):
        done = _run([frozen_app, "--selftest"], env)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        assert "building the font cache" not in done.stderr or not runs
        runs.append(done)
        caches = sorted(folder.glob("fontlist-*.json"))
        assert len(caches) == 1, list(folder.iterdir())
        if len(runs) == 1:
            built = caches[0].stat().st_mtime_ns
    assert caches[0].stat().st_mtime_ns == built  # the second launch did not rebuild it
    lines = runs[0].stdout.splitlines()
    assert lines[0] == f"Briefing Desk {desktop.__version__} self-test (frozen)"
    assert sum(line.startswith("rendered the ") for line in lines) == 7
    assert any(line.startswith("re-opened it with python-docx") for line in lines)
    assert f"matplotlib config folder: {folder}" in lines
    assert lines[-1] == "selftest passed"


@pytest.mark.slow
def test_frozen_app_leaves_a_users_matplotlib_folder_alone(frozen_app, tmp_path):
    env = {**_scratch_env(tmp_path), "MPLCONFIGDIR": str(tmp_path / "mine")}
    out = tmp_path / "seed.docx"
    done = _run([frozen_app, "export", SEED, "-o", out], env)
    assert done.returncode == 0, done.stderr
    assert list((tmp_path / "mine").glob("fontlist-*.json"))
    assert not (platform_setup.user_cache_dir(environ=env) / "matplotlib").exists()
