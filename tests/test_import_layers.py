"""dlint's packages import one way: text flows from the parser to the model, the rules, the engine and out.

Every import is read with :mod:`ast`, so imports inside functions and under
``TYPE_CHECKING`` count as much as those at the top of a module. The layers:

- ``parser`` imports no other dlint package;
- ``model`` imports only ``parser``;
- ``rule_api`` (what checks and plugins import) imports only ``model`` and ``parser``;
- ``checks`` import only ``model``, ``parser``, ``rule_api`` and other checks;
- the engine finds the checks by discovery: only its loader names the ``dlint.checks`` package, and
  no module outside ``checks`` imports a check;
- no two packages import each other, directly or through others.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "dlint"

ALLOWED = {
    "parser": set(),
    "model": {"parser"},
    "rule_api": {"model", "parser"},
    "checks": {"model", "parser", "rule_api"},
    # the fixer applies the fixes findings carry and re-lints the result; nothing below it knows it
    "fixer": {"parser", "model", "rule_api", "engine"},
}
# The one place that names the checks package: to list its modules and import each by name.
DISCOVERY = "engine/loading.py"


def _part(module: str) -> str | None:
    """The dlint package (or top-level module) a dotted name belongs to."""
    pieces = module.split(".")
    if pieces[0] != "dlint":
        return None
    return pieces[1] if len(pieces) > 1 else "dlint"


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every dlint module ``path`` imports, anywhere in the file, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = ".".join(("dlint", *path.relative_to(PACKAGE).parent.parts))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            # ``from dlint import checks`` imports a package through its name.
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names if module == "dlint"]
    return [(line, module) for line, module in found if module == "dlint" or module.startswith("dlint.")]


def _modules() -> list[tuple[str, Path]]:
    return [(str(path.relative_to(PACKAGE)), path) for path in sorted(PACKAGE.rglob("*.py"))]


def _owner(relative: str) -> str:
    first = relative.split("/", 1)[0]
    return first.removesuffix(".py") if first.endswith(".py") else first


def test_the_import_reader_sees_function_local_and_type_checking_imports(tmp_path):
    sample = PACKAGE / "model" / "_sample_for_the_import_test.py"
    sample.write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from dlint.engine.lint import FileJob\n"
        "def f():\n    from ..checks import dl3008_unpinned_apt_packages\n"
    )
    try:
        assert [module for _, module in _imports(sample)] == ["dlint.engine.lint", "dlint.checks"]
    finally:
        sample.unlink()


@pytest.mark.parametrize("relative, path", _modules(), ids=[name for name, _ in _modules()])
def test_each_module_imports_only_the_layers_below_it(relative, path):
    owner = _owner(relative)
    wrong = []
    for line, module in _imports(path):
        target = _part(module)
        if target in (owner, "dlint", None) or target == "__main__":
            continue
        if owner in ALLOWED and target not in ALLOWED[owner]:
            wrong.append(f"{relative}:{line} imports {module}")
        if target == "checks" and owner != "checks" and not (relative == DISCOVERY and module == "dlint.checks"):
            wrong.append(f"{relative}:{line} imports {module}: only the engine's loader finds checks")
    assert wrong == []


def test_no_two_packages_import_each_other():
    graph: dict[str, set[str]] = defaultdict(set)
    for relative, path in _modules():
        owner = _owner(relative)
        for _, module in _imports(path):
            target = _part(module)
            if target not in (None, owner, "dlint") and not (relative == DISCOVERY and module == "dlint.checks"):
                graph[owner].add(target)
    cycles = []

    def visit(node: str, trail: list[str]) -> None:
        for target in sorted(graph.get(node, ())):
            if target in trail:
                cycles.append(" -> ".join(trail[trail.index(target):] + [target]))
            elif len(trail) < 12:
                visit(target, trail + [target])

    for start in sorted(graph):
        visit(start, [start])
    assert cycles == []
