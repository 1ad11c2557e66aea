"""Finding Dockerfiles under folders; named files are taken as given."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from dlint.engine.discovery import discover, is_dockerfile_name


@pytest.mark.parametrize(
    "name",
    ["Dockerfile", "dockerfile", "Containerfile", "api.Dockerfile", "api.dockerfile", "Dockerfile.dev", "Containerfile.arm64"],
)
def test_dockerfile_names_are_recognised(name):
    assert is_dockerfile_name(name)


@pytest.mark.parametrize("name", ["Dockerfile.dockerignore", "api.Dockerfile.dockerignore", "README.md", "Dockerfile-base", "docker-compose.yml"])
def test_other_names_are_not(name):
    assert not is_dockerfile_name(name)


@pytest.mark.parametrize(
    "name",
    ["dockerfile.py", "dockerfile.pyc", "Dockerfile.md", "dockerfile.rst", "Dockerfile.json", "dockerfile.sh",
     "Dockerfile.yaml", "Dockerfile.txt", "dockerfile.abi3.so", "Dockerfile.go", "dockerfile.js"],
)
def test_source_documentation_data_and_binaries_named_like_dockerfiles_are_not_searched_for(name):
    assert not is_dockerfile_name(name)


@pytest.mark.parametrize("name", ["Dockerfile.j2", "Dockerfile.tmpl", "Dockerfile.in", "Dockerfile.template", "Containerfile.jinja2"])
def test_templates_are_not_searched_for(name):
    assert not is_dockerfile_name(name)


@pytest.mark.parametrize("name", ["Dockerfile.orig", "Dockerfile.rej", "Dockerfile.bak"])
def test_leftovers_of_patches_and_editors_are_not_searched_for(name):
    assert not is_dockerfile_name(name)


@pytest.mark.parametrize("name", ["Dockerfile.alpine", "Dockerfile.ubuntu-22.04", "Dockerfile.dev.arm64", "Containerfile.rhel9"])
def test_variants_named_by_suffix_are_searched_for(name):
    assert is_dockerfile_name(name)


def make_tree(root, *paths):
    for path in paths:
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("FROM scratch\n")


def test_a_folder_is_searched_recursively_in_sorted_order(tmp_path):
    make_tree(tmp_path, "b/Dockerfile", "a/x.Dockerfile", "a/notes.txt", "Containerfile")
    assert discover([str(tmp_path)]).files == [str(tmp_path / p) for p in ("Containerfile", "a/x.Dockerfile", "b/Dockerfile")]


def test_dot_gives_paths_without_a_dot_prefix(tmp_path, monkeypatch):
    make_tree(tmp_path, "app/Dockerfile")
    monkeypatch.chdir(tmp_path)
    assert discover(["."]).files == ["app/Dockerfile"]


def test_dot_git_is_never_searched(tmp_path):
    make_tree(tmp_path, ".git/Dockerfile", "Dockerfile")
    assert discover([str(tmp_path)]).files == [str(tmp_path / "Dockerfile")]


@pytest.mark.parametrize(
    "folder", [".venv", "venv", "lib/python3.12/site-packages/pkg", "web/node_modules/pkg", ".tox/py312", "__pycache__", "vendor/github.com/x/y", ".hg", ".svn"]
)
def test_environment_vendored_and_metadata_folders_are_not_searched(tmp_path, folder):
    make_tree(tmp_path, f"{folder}/Dockerfile", "Dockerfile")
    assert discover([str(tmp_path)]).files == [str(tmp_path / "Dockerfile")]


def test_a_virtual_environment_of_any_name_is_not_searched(tmp_path):
    make_tree(tmp_path, "py-env/pyvenv.cfg", "py-env/lib/pkg/Dockerfile", "Dockerfile")
    assert discover([str(tmp_path)]).files == [str(tmp_path / "Dockerfile")]


def test_a_skipped_folder_named_on_the_command_line_is_searched(tmp_path):
    make_tree(tmp_path, "vendor/tool/Dockerfile")
    assert discover([str(tmp_path / "vendor")]).files == [str(tmp_path / "vendor" / "tool" / "Dockerfile")]


def test_a_named_pipe_in_a_folder_is_skipped_with_a_notice(tmp_path):
    make_tree(tmp_path, "Dockerfile")
    os.mkfifo(tmp_path / "api.Dockerfile")
    found = discover([str(tmp_path)])
    assert found.files == [str(tmp_path / "Dockerfile")]
    assert [(n.path, n.message) for n in found.notices] == [(str(tmp_path / "api.Dockerfile"), "skipped: a named pipe, not a regular file")]


def test_a_named_pipe_named_on_the_command_line_is_skipped_with_a_notice(tmp_path):
    os.mkfifo(tmp_path / "Dockerfile")
    found = discover([str(tmp_path / "Dockerfile")])
    assert (found.files, [n.message for n in found.notices]) == ([], ["skipped: a named pipe, not a regular file"])


def test_a_folder_that_cannot_be_listed_is_a_problem(tmp_path, monkeypatch):
    make_tree(tmp_path, "locked/Dockerfile", "open/Dockerfile")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = discover([str(tmp_path)])
    assert found.files == [str(tmp_path / "open" / "Dockerfile")]
    assert [(p.path, p.message, p.kind) for p in found.problems] == [(str(tmp_path / "locked"), "permission denied", "unreadable")]


def test_dockerignore_files_are_skipped(tmp_path):
    make_tree(tmp_path, "Dockerfile", "Dockerfile.dockerignore")
    assert discover([str(tmp_path)]).files == [str(tmp_path / "Dockerfile")]


def test_a_named_file_is_taken_whatever_its_name(tmp_path):
    make_tree(tmp_path, "build.txt")
    assert discover([str(tmp_path / "build.txt")]).files == [str(tmp_path / "build.txt")]


def test_a_missing_named_file_is_kept_for_reading_to_report(tmp_path):
    assert discover([str(tmp_path / "absent")]).files == [str(tmp_path / "absent")]


def test_a_file_named_twice_is_linted_once(tmp_path):
    make_tree(tmp_path, "Dockerfile")
    assert discover([str(tmp_path / "Dockerfile"), str(tmp_path)]).files == [str(tmp_path / "Dockerfile")]


@pytest.fixture
def git_repo(tmp_path):
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    return tmp_path


def test_files_git_ignores_are_skipped_when_searching(git_repo):
    make_tree(git_repo, "Dockerfile", "build/Dockerfile")
    (git_repo / ".gitignore").write_text("build/\n")
    assert discover([str(git_repo)]).files == [str(git_repo / "Dockerfile")]


def test_a_named_file_is_linted_even_when_git_ignores_it(git_repo):
    make_tree(git_repo, "build/Dockerfile")
    (git_repo / ".gitignore").write_text("build/\n")
    assert discover([str(git_repo / "build" / "Dockerfile")]).files == [str(git_repo / "build" / "Dockerfile")]


def test_git_is_not_asked_outside_a_work_tree(tmp_path, monkeypatch):
    make_tree(tmp_path, "Dockerfile")
    calls = []
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: calls.append(a))
    assert discover([str(tmp_path)]).files == [str(tmp_path / "Dockerfile")]
    assert calls == []


def test_git_is_asked_once_for_a_work_tree(git_repo, monkeypatch):
    make_tree(git_repo, "a/Dockerfile", "b/Dockerfile")
    real_run = subprocess.run
    calls = []

    def counting_run(*args, **kwargs):
        calls.append(args)
        return real_run(*args, **kwargs)

    monkeypatch.setattr(subprocess, "run", counting_run)
    discover([str(git_repo / "a"), str(git_repo / "b")])
    assert len(calls) == 1


def test_git_never_runs_the_fsmonitor_command_of_the_repository(git_repo):
    marker = git_repo / "fsmonitor-ran"
    hook = git_repo / "fsmonitor.sh"
    hook.write_text(f"#!/bin/sh\ntouch {marker}\n")
    hook.chmod(0o755)
    subprocess.run(["git", "config", "core.fsmonitor", str(hook)], cwd=git_repo, check=True)
    make_tree(git_repo, "Dockerfile", "build/Dockerfile")
    (git_repo / ".gitignore").write_text("build/\n")
    assert discover([str(git_repo)]).files == [str(git_repo / "Dockerfile")]
    assert not marker.exists()


def test_git_reads_a_file_name_that_is_not_utf8(git_repo):
    name = os.fsdecode(b"caf\xe9")
    make_tree(git_repo, f"{name}/Dockerfile", "ignored/Dockerfile")
    (git_repo / ".gitignore").write_text("ignored/\n")
    assert discover([str(git_repo)]).files == [os.path.join(str(git_repo), name, "Dockerfile")]
