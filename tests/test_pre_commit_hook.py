"""The pre-commit hook: its file pattern agrees with discovery, and the real hook fails on a bad Dockerfile.

The end-to-end tests run ``pre-commit try-repo`` against a committed copy of
this checkout, so pre-commit builds the hook's environment with pip exactly as
a user's machine would (that needs the package index, as CI has).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from dlint.engine.discovery import NOT_DOCKERFILE_SUFFIXES, SKIPPED_FOLDERS, is_dockerfile_name, is_skipped_folder

PROJECT = Path(__file__).resolve().parents[1]
HOOK = YAML(typ="safe", pure=True).load((PROJECT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))[0]

BAD = "FROM ubuntu\n"
GOOD = 'FROM scratch\nUSER 65534\nCMD ["/app"]\n'

NAMES = [
    "Dockerfile",
    "dockerfile",
    "Containerfile",
    "Dockerfile.dev",
    "Containerfile.arm64",
    "api.Dockerfile",
    "api.dockerfile",
    "Dockerfile.dockerignore",
    "api.Dockerfile.dockerignore",
    ".dockerignore",
    "Dockerfiles",
    "MyDockerfile",
    "docker-compose.yml",
    "README.md",
    "Dockerfile.alpine",
    "dockerfile.abi3.so",
    *(f"Dockerfile{suffix}" for suffix in sorted(NOT_DOCKERFILE_SUFFIXES)),
    *(f"Containerfile{suffix.upper()}" for suffix in sorted(NOT_DOCKERFILE_SUFFIXES)),
]
FOLDERS = ["", "services/api/", "docs.md/", *(f"{folder}/" for folder in sorted(SKIPPED_FOLDERS)), "web/node_modules/pkg/", "Vendor/x/"]


def hook_selects(path: str) -> bool:
    return bool(re.search(HOOK["files"], path)) and not re.search(HOOK["exclude"], path)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("folder", ["", "services/api/"])
def test_hook_selects_the_names_discovery_finds(folder, name):
    assert hook_selects(folder + name) == is_dockerfile_name(name)


@pytest.mark.parametrize("folder", FOLDERS)
def test_hook_skips_the_folders_discovery_skips(folder):
    searched = not any(is_skipped_folder(part) for part in folder.split("/"))
    assert hook_selects(folder + "Dockerfile") == searched


def test_hook_runs_the_dlint_console_script_in_its_own_python_environment():
    assert (HOOK["entry"], HOOK["language"], HOOK["types"], HOOK["require_serial"]) == (
        "dlint",
        "python",
        ["file"],
        False,
    )


def git(*args: str, cwd: Path) -> str:
    command = [
        "git",
        "-c",
        "user.name=dlint tests",
        "-c",
        "user.email=tests@dlint.invalid",
        "-c",
        "commit.gpgsign=false",
    ]
    return subprocess.run([*command, *args], cwd=cwd, capture_output=True, text=True, check=True).stdout


def committed_copy_of_the_project(destination: Path) -> Path:
    """This checkout, uncommitted changes included, committed alone in a fresh repository."""
    listed = git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=PROJECT)
    for relative in filter(None, listed.split("\0")):
        source = PROJECT / relative
        if source.is_file() and "__pycache__" not in source.parts:
            target = destination / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git("init", "-q", cwd=destination)
    git("add", "-A", cwd=destination)
    git("commit", "-q", "-m", "dlint under test", cwd=destination)
    return destination


@pytest.fixture(scope="module")
def try_hook(tmp_path_factory):
    if shutil.which("pre-commit") is None:
        pytest.skip("pre-commit is not installed")
    if not (PROJECT / ".git").exists():
        pytest.skip("the project is not a git checkout, which pre-commit try-repo needs")
    root = tmp_path_factory.mktemp("pre-commit")
    hook_repository = committed_copy_of_the_project(root / "dlint")
    environment = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    environment["PRE_COMMIT_HOME"] = str(root / "cache")

    def run(files: dict[str, str]) -> subprocess.CompletedProcess[str]:
        target = root / "target"
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir()
        git("init", "-q", cwd=target)
        for name, text in files.items():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            (target / name).write_text(text)
        git("add", "-A", cwd=target)
        return subprocess.run(
            ["pre-commit", "try-repo", str(hook_repository), "dlint", "--all-files", "--color=never"],
            cwd=target,
            env=environment,
            capture_output=True,
            text=True,
            timeout=900,
        )

    return run


def test_hook_fails_on_a_bad_dockerfile_and_names_the_rule(try_hook):
    result = try_hook({"Dockerfile": BAD, "good/Dockerfile": GOOD})
    assert result.returncode == 1, result.stdout + result.stderr
    assert "DL3006" in result.stdout


def test_hook_passes_on_a_good_dockerfile(try_hook):
    result = try_hook({"good/Dockerfile": GOOD})
    assert result.returncode == 0, result.stdout + result.stderr
