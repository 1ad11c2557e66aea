"""DL3047: wget without a quiet progress option."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM debian:12\n"


def test_wget_is_reported_on_the_command():
    findings = lint(FROM + "RUN apt-get update \\\n && wget https://x.test/a\n", "DL3047")
    assert [f.span for f in findings] == [Span(3, 5, 3, 26)]


@pytest.mark.parametrize("option", [
    "--progress=dot:giga", "--progress dot", "-q", "--quiet", "-nv", "--no-verbose", "-o /tmp/log",
    "--output-file=/tmp/log", "-a /tmp/log", "--append-output=/tmp/log", "-qO-",
])
def test_quiet_enough_options(option):
    assert lint(FROM + f"RUN wget {option} https://x.test/a\n", "DL3047") == []


def test_output_document_is_not_quiet():
    assert len(lint(FROM + "RUN wget -O /tmp/a https://x.test/a\n", "DL3047")) == 1


def test_no_clobber_is_not_no_verbose():
    assert len(lint(FROM + "RUN wget -nc https://x.test/a\n", "DL3047")) == 1


def test_heredoc_and_onbuild():
    assert len(lint(FROM + "RUN <<EOF\nwget https://x.test/a\nEOF\n", "DL3047")) == 1
    assert len(lint(FROM + "ONBUILD RUN wget https://x.test/a\n", "DL3047")) == 1
