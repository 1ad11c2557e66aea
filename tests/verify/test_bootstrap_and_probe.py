"""The stand-in base images' root filesystem, and the file a cache experiment changes. No engine."""

from __future__ import annotations

import io
import struct
import tarfile
from pathlib import Path

import pytest

from dlint.model import load
from dlint.verify.base_images import BASE_IMAGES, base_image
from dlint.verify.bootstrap import is_static_executable, root_filesystem
from dlint.model.dockerignore import DockerIgnore
from dlint.verify.build_context import BuildContext
from dlint.verify.cache_probe import probe_file
from dlint.verify.dependencies import copies, dependency_installs, is_manifest

FAKE_BUSYBOX = b"#!fake busybox"
PYTHON = base_image("python:3.12-slim")


def members(archive: bytes) -> dict[str, tarfile.TarInfo]:
    with tarfile.open(fileobj=io.BytesIO(archive)) as opened:
        return {member.name: member for member in opened.getmembers()}


def test_root_filesystem_is_the_same_bytes_every_time():
    assert root_filesystem(FAKE_BUSYBOX, ("sh", "ls"), PYTHON) == root_filesystem(FAKE_BUSYBOX, ("sh", "ls"), PYTHON)


def test_root_filesystem_links_every_applet_to_busybox():
    found = members(root_filesystem(FAKE_BUSYBOX, ("sh", "ls"), PYTHON))
    assert found["bin/sh"].issym() and found["bin/sh"].linkname == "busybox"
    assert found["bin/busybox"].isfile()


def test_root_filesystem_has_root_and_nobody_and_a_sticky_tmp():
    archive = root_filesystem(FAKE_BUSYBOX, ("sh",), PYTHON)
    with tarfile.open(fileobj=io.BytesIO(archive)) as opened:
        passwd = opened.extractfile("etc/passwd").read().decode()
        assert opened.getmember("tmp").mode == 0o1777
    assert passwd.startswith("root:x:0:0:") and "\nnobody:x:65534:" in passwd


def test_python_image_has_an_executable_stand_in_pip():
    found = members(root_filesystem(FAKE_BUSYBOX, ("sh",), PYTHON))
    assert found["usr/local/bin/pip"].mode == 0o755


def test_plain_busybox_image_has_no_language_tools():
    found = members(root_filesystem(FAKE_BUSYBOX, ("sh",), base_image("busybox:1.36")))
    assert not [name for name in found if name.startswith("usr/local/bin/") and name != "usr/local/bin"]


def test_base_image_tags_are_unique():
    tags = [image.tag for image in BASE_IMAGES]
    assert len(tags) == len(set(tags))


def elf(interpreter: bool) -> bytes:
    header = bytearray(64)
    header[:6] = b"\x7fELF\x02\x01"
    struct.pack_into("<Q", header, 0x20, 64)
    struct.pack_into("<HH", header, 0x36, 56, 2)
    loads = struct.pack("<I", 1) + bytes(52)
    second = struct.pack("<I", 3 if interpreter else 1) + bytes(52)
    return bytes(header) + loads + second


@pytest.mark.parametrize(("content", "static"), [(elf(False), True), (elf(True), False), (b"#!/bin/sh\n", False)])
def test_only_an_elf_without_interpreter_counts_as_static(content, static):
    assert is_static_executable(content) is static


@pytest.mark.parametrize(("path", "manifest"), [
    ("requirements.txt", True), ("requirements-prod.txt", True), ("web/package.json", True),
    ("go.sum", True), ("app.py", False), ("src/index.js", False),
])
def test_manifests_are_recognised_by_name(path, manifest):
    assert is_manifest(path) is manifest


@pytest.mark.parametrize(("source", "path", "copied"), [
    (".", "src/app.py", True), ("./", "app.py", True), ("src/", "src/a/b.py", True), ("src", "srcx/a.py", False),
    ("*.py", "app.py", True), ("*.py", "lib/app.py", False), ("/app.py", "app.py", True),
])
def test_copy_source_covers_context_paths(source, path, copied):
    assert copies(source, path) is copied


def test_only_dependency_installs_count_not_builds():
    doc = load("FROM golang:1.22-alpine\nRUN go mod download\nCOPY . .\nRUN go build -o /app .\n")
    assert [i.span.line for i in dependency_installs(doc)] == [2]


def context(tmp_path: Path, files: dict[str, str], dockerfile: str) -> Path:
    for name, content in {**files, "Dockerfile": dockerfile}.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(content)
    return tmp_path


def test_probe_file_prefers_a_source_copied_before_the_install(tmp_path):
    text = "FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\n"
    folder = context(tmp_path, {"requirements.txt": "x\n", "README": "r\n", "app.py": "a\n"}, text)
    assert probe_file(load(text, path=str(folder / "Dockerfile")), BuildContext(folder)) == "app.py"


def test_probe_file_falls_back_to_a_file_copied_after_the_install(tmp_path):
    text = "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY src/ src/\n"
    folder = context(tmp_path, {"requirements.txt": "x\n", "src/app.py": "a\n", "notes.txt": "n\n"}, text)
    assert probe_file(load(text, path=str(folder / "Dockerfile")), BuildContext(folder)) == "src/app.py"


def test_probe_file_skips_what_dockerignore_leaves_out(tmp_path):
    text = "FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\n"
    folder = context(tmp_path, {"requirements.txt": "x\n", "app.py": "a\n", "lib.py": "b\n"}, text)
    ignore = DockerIgnore.parse("app.py\n")
    assert probe_file(load(text, path=str(folder / "Dockerfile")), BuildContext(folder, ignore)) == "lib.py"


def test_no_probe_file_without_a_dependency_install(tmp_path):
    text = "FROM busybox:1.36\nCOPY . .\n"
    folder = context(tmp_path, {"app.py": "a\n"}, text)
    assert probe_file(load(text, path=str(folder / "Dockerfile")), BuildContext(folder)) is None
