"""DL3020: ADD for local files; archives, URLs and git refs are what ADD is for."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_add_of_a_local_file_is_reported_on_the_keyword():
    findings = lint("FROM ubuntu:16.04\nADD hello.py /apps/hello.py\n", "DL3020")
    assert [f.span for f in findings] == [Span(2, 1, 2, 4)]
    assert "`hello.py`" in findings[0].message


def test_add_of_the_whole_context_is_reported():
    assert len(lint("FROM python:3.6\nADD . /app\n", "DL3020")) == 1


@pytest.mark.parametrize("archive", ["busybox.tar.xz", "rootfs.tar", "app.tgz", "x.tar.gz", "x.tar.bz2", "x.tar.zst"])
def test_local_archives_are_legitimate(archive):
    assert lint(f"FROM scratch\nADD {archive} /\n", "DL3020") == []


@pytest.mark.parametrize(
    "source",
    [
        "https://example.com/tool",
        "http://example.com/tool",
        "git@github.com:moby/buildkit.git",
        "https://github.com/moby/buildkit.git#v0.14.0",
    ],
)
def test_remote_sources_are_legitimate(source):
    assert lint(f"FROM alpine:3.20\nADD {source} /src/\n", "DL3020") == []


def test_one_local_file_among_archives_is_reported():
    findings = lint("FROM alpine:3.20\nADD a.tar.gz notes.txt /x/\n", "DL3020")
    assert "`notes.txt`" in findings[0].message and "a.tar.gz" not in findings[0].message


def test_source_is_judged_after_arg_expansion():
    assert lint("FROM alpine:3.20\nARG PKG=tool.tar.gz\nADD ${PKG} /opt/\n", "DL3020") == []


def test_unknown_source_is_not_judged():
    assert lint("FROM alpine:3.20\nARG PKG\nADD ${PKG} /opt/\n", "DL3020") == []


def test_json_form_is_judged_the_same():
    assert len(lint('FROM alpine:3.20\nADD ["app.py", "/app/"]\n', "DL3020")) == 1


def test_copy_is_never_reported():
    assert lint("FROM alpine:3.20\nCOPY app.py /app/\n", "DL3020") == []


def test_heredoc_content_is_not_a_local_file():
    assert lint("FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n", "DL3020") == []
