"""Finding Dockerfiles under folders; named files are taken as given."""

from __future__ import annotations

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
