"""A check reads a build-context file through the rule context, only as the build would send it."""

from __future__ import annotations

import os

from dlint.model.dockerignore import DockerIgnore
from dlint.rule_api import CONTEXT_FILE_LIMIT, RuleContext


def context(tmp_path, ignore: str | None = None) -> RuleContext:
    dockerignore = DockerIgnore.parse(ignore) if ignore is not None else None
    return RuleContext(path=str(tmp_path / "Dockerfile"), context_dir=str(tmp_path), dockerignore=dockerignore)


def test_a_context_file_is_read_and_remembered(tmp_path):
    (tmp_path / "docker").mkdir()
    (tmp_path / "docker" / "entry.sh").write_text("exec gosu app \"$@\"\n")
    ctx = context(tmp_path)
    assert ctx.context_file("./docker/entry.sh") == "exec gosu app \"$@\"\n"
    assert ctx.files_read == {"docker/entry.sh": "exec gosu app \"$@\"\n"}


def test_a_missing_file_or_an_unknown_context_reads_as_none(tmp_path):
    assert context(tmp_path).context_file("nope.sh") is None
    assert RuleContext(path="-").context_file("entry.sh") is None


def test_an_ignored_file_is_not_sent_to_the_build(tmp_path):
    (tmp_path / ".npmrc").write_text("//registry/:_authToken=${NPM_TOKEN}\n")
    assert context(tmp_path, ignore=".npmrc\n").context_file(".npmrc") is None


def test_a_path_never_leaves_the_context(tmp_path):
    inside = tmp_path / "ctx"
    inside.mkdir()
    (tmp_path / "secret").write_text("s")
    (inside / "link").symlink_to(tmp_path / "secret")
    ctx = context(inside)
    assert ctx.context_file("../secret") is None
    assert ctx.context_file("link") is None


def test_a_fifo_is_never_opened(tmp_path):
    os.mkfifo(tmp_path / "entry.sh")
    assert context(tmp_path).context_file("entry.sh") is None


def test_a_huge_file_is_not_read(tmp_path):
    (tmp_path / "big.sh").write_bytes(b"#" * (CONTEXT_FILE_LIMIT + 1))
    assert context(tmp_path).context_file("big.sh") is None


def test_undecodable_bytes_read_as_replacement_characters(tmp_path):
    (tmp_path / "entry.sh").write_bytes(b"echo \xff\n")
    assert context(tmp_path).context_file("entry.sh") == "echo \ufffd\n"
