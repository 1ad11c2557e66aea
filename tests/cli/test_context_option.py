"""``--context DIR`` and the ``context`` config key: the build context of every linted file."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_runner import run_dlint, write

DOCKERFILE = "FROM busybox:1.36\nCOPY . .\nCOPY app.py /app/\n"


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A repository built as ``docker build -f docker/Dockerfile .``: the ignore file and sources at its root."""
    write(tmp_path, "docker/Dockerfile", DOCKERFILE)
    write(tmp_path, ".dockerignore", ".git\n")
    write(tmp_path, "app.py", "print('hello')\n")
    return tmp_path


def lint_rules(repository: Path, *options: str) -> tuple[int, str]:
    completed = run_dlint("--no-config", "--select", "DLX008,DLX100", *options, "docker/Dockerfile", cwd=repository)
    return completed.returncode, completed.stdout


def test_without_context_the_dockerfile_folder_has_no_dockerignore(repository):
    _, output = lint_rules(repository)
    assert "DLX008" in output


def test_context_reads_the_dockerignore_of_the_named_folder(repository):
    _, output = lint_rules(repository, "--context", ".")
    assert "DLX008" not in output


def test_context_finds_copy_sources_in_the_named_folder(repository):
    code, output = lint_rules(repository, "--context", ".")
    assert "DLX100" not in output and code == 0


def test_a_source_missing_from_the_named_context_is_reported(repository):
    (repository / "app.py").unlink()
    _, output = lint_rules(repository, "--context", ".")
    assert "docker/Dockerfile:3:6: DLX100" in output and "`app.py` is not in the build context" in output


def test_a_dockerignore_beside_the_dockerfile_wins_over_the_context_one(repository):
    write(repository, "docker/Dockerfile.dockerignore", "app.py\n")
    _, output = lint_rules(repository, "--context", ".")
    assert "`app.py` is excluded by .dockerignore" in output


@pytest.mark.parametrize("folder", ["no-such-folder", "app.py"])
def test_a_context_that_is_not_a_folder_is_a_usage_error(repository, folder):
    completed = run_dlint("--no-config", "--context", folder, "docker/Dockerfile", cwd=repository)
    assert completed.returncode == 2
    assert completed.stderr.strip().splitlines() == [f"dlint: error: --context: {folder} is not a folder"]
    assert completed.stdout == ""


def test_the_config_context_is_relative_to_the_config_folder(repository):
    write(repository, "docker/.dlint.yaml", "select: [DLX008]\ncontext: ..\n")
    completed = run_dlint("docker/Dockerfile", cwd=repository)
    assert completed.returncode == 0, completed.stdout


def test_the_command_line_context_wins_over_the_config(repository):
    write(repository, "docker/.dlint.yaml", "select: [DLX008]\ncontext: ..\n")
    completed = run_dlint("--context", "docker", "docker/Dockerfile", cwd=repository)
    assert "DLX008" in completed.stdout


def test_a_config_context_that_is_not_a_folder_is_a_config_error(repository):
    write(repository, ".dlint.yaml", "context: missing\n")
    completed = run_dlint("docker/Dockerfile", cwd=repository)
    assert completed.returncode == 2
    assert ".dlint.yaml:1:1: error: context 'missing' is not a folder" in completed.stderr
