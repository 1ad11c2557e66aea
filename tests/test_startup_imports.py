"""What a one-file lint costs besides linting: an editor or a pre-commit hook pays it on every save.

A plain lint imports only the modules it needs: checked, with ShellCheck's
rules ignored (running ShellCheck needs ``subprocess`` and ``tempfile``), in a fresh
interpreter, started without running ``.pth`` files, by the modules the lint
added to ``sys.modules``. The program's shortcuts with the garbage collector
stay out of the way of callers that run dlint in their own process. Speed
itself is measured by ``bench/startup.py``, never here.
"""

from __future__ import annotations

import gc
import os
import site
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]

# Lints with the arguments after the output file's name, then lists the modules the lint imported.
LINT_AND_LIST_IMPORTS = """
import sys
already_loaded = set(sys.modules)
from dlint.cli.main import main
main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as listing:
    listing.write("\\n".join(sorted(set(sys.modules) - already_loaded)))
"""

DOCKERFILE = """\
# syntax=docker/dockerfile:1
FROM python:3.12-slim AS build
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \\
 && useradd --create-home app
FROM python:3.12-slim
COPY --from=build /src /app
USER app
CMD python -m app
"""

NOT_FOR_A_PLAIN_LINT = (
    "ruamel",                       # YAML: only a .dlint.yaml, .hadolint.yaml or the catalogue needs it
    "tomllib",                      # only a pyproject.toml with a [tool.dlint] table
    "pygments",                     # only coloured text output
    "subprocess",                   # only git check-ignore, for folders in a work tree
    "concurrent.futures",           # only --jobs with many files
    "traceback",                    # only an internal error
    "shutil",                       # argparse asks it for the terminal width unless told
    "tempfile",                     # tree-sitter-bash's package imports it for queries dlint never reads
    "dlint.verify",
    "dlint.cli.rules_command",
    "dlint.cli.explain_command",
    "dlint.cli.parse_command",
    "dlint.cli.verify_command",
    "dlint.reporters.json_format",
    "dlint.reporters.sarif",
    "dlint.reporters.gnu",
    "dlint.reporters.github",
)


def run_python(folder: Path, code: str, *args: str) -> subprocess.CompletedProcess:
    """Run ``code`` without the site module, so no ``.pth`` file imports anything first; packages stay on the path."""
    environment = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "NO_COLOR")}
    environment["PYTHONPATH"] = os.pathsep.join([str(PROJECT), *site.getsitepackages(), site.getusersitepackages()])
    return subprocess.run(
        [sys.executable, "-S", "-c", code, *args],
        cwd=folder,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def imports_of_lint(folder: Path, *args: str) -> set[str]:
    listing = folder.parent / f"{folder.name}-imports.txt"
    completed = run_python(folder, LINT_AND_LIST_IMPORTS, str(listing), *args)
    assert listing.exists(), completed.stderr
    return set(listing.read_text(encoding="utf-8").split("\n"))


def loaded(module: str, modules: set[str]) -> bool:
    return any(name == module or name.startswith(module + ".") for name in modules)


def new_project(folder: Path) -> Path:
    """A work tree with one Dockerfile; its ``.git`` ends the search for config files."""
    (folder / ".git").mkdir(parents=True)
    (folder / "Dockerfile").write_text(DOCKERFILE)
    return folder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return new_project(tmp_path / "project")


@pytest.fixture(scope="module")
def plain_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return new_project(tmp_path_factory.mktemp("plain") / "project")


@pytest.fixture(scope="module")
def plain_lint(plain_project: Path) -> set[str]:
    return imports_of_lint(plain_project, "--ignore", "SC", "Dockerfile")


def test_a_plain_lint_parses_the_shell_of_its_run_instructions(plain_lint):
    assert loaded("tree_sitter", plain_lint)
    assert loaded("dlint.reporters.text", plain_lint)


@pytest.mark.parametrize("module", NOT_FOR_A_PLAIN_LINT)
def test_a_plain_lint_does_not_import(module, plain_lint):
    assert not loaded(module, plain_lint)


def test_a_plain_lint_looks_for_plugins_without_importlib_metadata(plain_project, plain_lint):
    answer = run_python(plain_project, "from dlint.engine.loading import may_have_plugins; print(may_have_plugins())")
    if answer.stdout.strip() != "False":
        pytest.skip("a distribution on this interpreter's path declares dlint.rules entry points")
    assert not loaded("importlib.metadata", plain_lint)


def test_json_output_imports_the_json_reporter_and_no_other(project):
    modules = imports_of_lint(project, "--format", "json", "Dockerfile")
    assert loaded("dlint.reporters.json_format", modules)
    assert not loaded("dlint.reporters.text", modules)


def test_a_dlint_yaml_config_is_read_with_ruamel(project):
    (project / ".dlint.yaml").write_text("ignore: [DL3008]\n")
    assert loaded("ruamel", imports_of_lint(project, "Dockerfile"))


def test_a_pyproject_without_a_dlint_table_is_not_parsed(project):
    (project / "pyproject.toml").write_text('[project]\nname = "app"\n')
    assert not loaded("tomllib", imports_of_lint(project, "Dockerfile"))


def test_a_pyproject_with_a_dlint_table_is_parsed(project):
    if sys.version_info < (3, 11):
        pytest.skip("Python 3.10 reads TOML with tomli")
    (project / "pyproject.toml").write_text('[tool.dlint]\nignore = ["DL3008"]\n')
    assert loaded("tomllib", imports_of_lint(project, "Dockerfile"))


def test_a_lint_in_process_leaves_the_garbage_collector_running(project, monkeypatch, capsys):
    from dlint.cli.main import main

    monkeypatch.chdir(project)
    main(["Dockerfile"])
    assert gc.isenabled()


def test_the_program_exits_with_the_status_of_the_lint(project):
    completed = run_python(project, "from dlint.cli.main import program; program()", "Dockerfile")
    assert completed.returncode == 1, completed.stderr
    assert completed.stdout.rstrip().endswith("in 1 file")
