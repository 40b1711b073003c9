"""Layering: only desktop/ui/ and desktop/app.py import Qt; every module says what it is for."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"
QT_PACKAGES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "qtpy")
MODULES = sorted(PACKAGE.rglob("*.py"))


def _may_use_qt(path: Path) -> bool:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] == "ui" or relative == Path("app.py")


def _imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    """Every module name imported anywhere in the file, with its line (lazy imports too)."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.lineno, node.args[0].value))
    return found


def _qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {name}"
        for line, name in _imported_modules(tree)
        if name.split(".")[0] in QT_PACKAGES
    ]


def test_the_package_has_modules_to_check():
    names = {p.relative_to(PACKAGE).as_posix() for p in MODULES}
    assert {"__init__.py", "__main__.py", "cli.py", "resources.py", "domain/model.py"} <= names


def test_only_the_ui_layer_imports_qt():
    offenders = [hit for path in MODULES if not _may_use_qt(path) for hit in _qt_imports(path)]
    assert offenders == []


def test_the_checker_catches_a_lazy_qt_import(tmp_path):
    module = tmp_path / "sneaky.py"
    module.write_text(
        '"""Sneaky."""\n\ndef f():\n    from PySide6.QtCore import QObject\n    import shiboken6\n'
    )
    tree = ast.parse(module.read_text())
    assert [name for _, name in _imported_modules(tree)] == ["PySide6.QtCore", "shiboken6"]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_every_module_opens_with_a_one_line_docstring(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    docstring = ast.get_docstring(tree)
    assert docstring, f"{path.name} has no module docstring"
    summary = docstring.splitlines()[0]
    assert summary.strip() and len(summary) <= 100, f"{path.name}: {summary!r}"
