"""What the rebuild's copy of a build context holds, and that it never reaches outside itself. No engine."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from dlint.model import load
from dlint.model.dockerignore import DockerIgnore
from dlint.verify.build_context import BuildContext, append_to_copied_file, copy_context
from dlint.verify.cache_probe import probe_file
from dlint.verify.runner import lint

INSTALL_THEN_COPY = "FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\n"


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(content)
    return folder


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    target = tmp_path / "outside" / "secret.py"
    target.parent.mkdir()
    target.write_text("untouched\n")
    return target


@pytest.fixture
def context(tmp_path: Path) -> Path:
    return write(tmp_path / "context", {"Dockerfile": INSTALL_THEN_COPY, "requirements.txt": "flask\n"})


def test_a_symlink_is_copied_as_a_symlink(context, outside, tmp_path):
    (context / "app.py").symlink_to(outside)
    copy_context(BuildContext(context), tmp_path / "copy")
    assert (tmp_path / "copy" / "app.py").is_symlink()
    assert os.readlink(tmp_path / "copy" / "app.py") == str(outside)


def test_the_file_to_change_is_never_a_symlink(context, outside):
    (context / "app.py").symlink_to(outside)
    assert probe_file(load(INSTALL_THEN_COPY), BuildContext(context)) is None


def test_appending_through_a_symlink_is_refused(context, outside, tmp_path):
    (context / "app.py").symlink_to(outside)
    copy_context(BuildContext(context), tmp_path / "copy")
    with pytest.raises(OSError):
        append_to_copied_file(tmp_path / "copy", "app.py", b"\n")
    assert outside.read_text() == "untouched\n"


def test_appending_outside_the_copy_is_refused(context, outside, tmp_path):
    copy_context(BuildContext(context), tmp_path / "copy")
    with pytest.raises(OSError):
        append_to_copied_file(tmp_path / "copy", "../outside/secret.py", b"\n")
    assert outside.read_text() == "untouched\n"


def test_a_symlinked_folder_is_not_walked(context, outside):
    (context / "linked").symlink_to(outside.parent)
    assert "linked/secret.py" not in list(BuildContext(context).files())


def test_what_dockerignore_leaves_out_is_not_copied(context, tmp_path):
    write(context, {"data/huge.bin": "x" * 1000, "app.py": "a\n", "notes.log": "n\n"})
    copy_context(BuildContext(context, DockerIgnore.parse("data\n*.log\n")), tmp_path / "copy")
    copied = sorted(path.relative_to(tmp_path / "copy").as_posix() for path in (tmp_path / "copy").rglob("*"))
    assert copied == ["Dockerfile", "app.py", "requirements.txt"]


def test_a_file_brought_back_by_an_exclusion_is_copied(context, tmp_path):
    write(context, {"docs/keep.md": "k\n", "docs/drop.md": "d\n"})
    copy_context(BuildContext(context, DockerIgnore.parse("docs\n!docs/keep.md\n")), tmp_path / "copy")
    assert (tmp_path / "copy" / "docs" / "keep.md").is_file()
    assert not (tmp_path / "copy" / "docs" / "drop.md").exists()


def test_the_dockerfile_and_ignore_file_are_copied_even_when_ignored(context, tmp_path):
    write(context, {".dockerignore": "Dockerfile\n.dockerignore\n"})
    sent = frozenset({"Dockerfile", ".dockerignore"})
    copy_context(BuildContext(context, DockerIgnore.parse("Dockerfile\n.dockerignore\n"), sent), tmp_path / "copy")
    assert (tmp_path / "copy" / "Dockerfile").is_file() and (tmp_path / "copy" / ".dockerignore").is_file()


def test_a_fifo_is_skipped_and_never_opened(context, tmp_path):
    os.mkfifo(context / "pipe")
    skipped: list[tuple[str, ...]] = []
    copying = threading.Thread(target=lambda: skipped.append(copy_context(BuildContext(context), tmp_path / "copy")))
    copying.start()
    copying.join(timeout=30)
    assert not copying.is_alive(), "copying the context opened the FIFO and blocked"
    assert skipped == [("pipe",)]
    assert not (tmp_path / "copy" / "pipe").exists()


def test_lint_reads_the_dockerignore_beside_the_dockerfile_first(context):
    write(context, {".dockerignore": "a\n", "Dockerfile.dockerignore": "app.py\n", "app.py": "a\n"})
    linted = lint(str(context / "Dockerfile"))
    assert linted.context.dockerignore.path.endswith("Dockerfile.dockerignore")
    assert "app.py" not in list(linted.context.files())
    assert {"Dockerfile", ".dockerignore", "Dockerfile.dockerignore"} <= linted.context.always_sent
