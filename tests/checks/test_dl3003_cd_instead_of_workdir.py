"""DL3003: cd in RUN instead of WORKDIR."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM debian:12\n"


def test_cd_is_reported_on_the_cd_command():
    findings = lint(FROM + "RUN make \\\n && cd /opt && ls\n", "DL3003")
    assert [f.span for f in findings] == [Span(3, 5, 3, 12)]


def test_workdir_is_fine():
    assert lint(FROM + "WORKDIR /opt\nRUN ls\n", "DL3003") == []


def test_each_cd_is_reported():
    assert len(lint(FROM + "RUN cd /a && cd /b\n", "DL3003")) == 2


def test_heredoc_sh_dash_c_and_onbuild():
    assert len(lint(FROM + "RUN <<EOF\ncd /opt\nEOF\n", "DL3003")) == 1
    assert len(lint(FROM + 'RUN ["sh", "-c", "cd /opt && ls"]\n', "DL3003")) == 1
    assert len(lint(FROM + "ONBUILD RUN cd /opt\n", "DL3003")) == 1


def test_a_word_cd_that_is_not_a_command_is_fine():
    assert lint(FROM + "RUN echo cd /opt\n", "DL3003") == []
