"""DL3001: programs that make no sense while an image builds."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM debian:12\n"


@pytest.mark.parametrize("program", ["ssh", "vim", "shutdown", "service", "ps", "free", "top", "kill", "mount", "ifconfig"])
def test_each_listed_program_is_reported(program):
    assert len(lint(FROM + f"RUN {program} x\n", "DL3001")) == 1


def test_reported_on_the_program_word_inside_a_multi_line_run():
    findings = lint(FROM + "RUN apt-get update \\\n    && service nginx start\n", "DL3001")
    assert [f.span for f in findings] == [Span(3, 8, 3, 15)]


def test_installing_the_package_is_fine():
    assert lint(FROM + "RUN apt-get install -y ssh vim\n", "DL3001") == []


def test_behind_sudo_and_in_sh_dash_c():
    assert len(lint(FROM + "RUN sudo service ssh start\n", "DL3001")) == 1
    assert len(lint(FROM + 'RUN ["sh", "-c", "top -b -n1"]\n', "DL3001")) == 1


def test_heredoc_and_onbuild_are_read():
    assert len(lint(FROM + "RUN <<EOF\nps aux\nEOF\n", "DL3001")) == 1
    assert len(lint(FROM + "ONBUILD RUN kill 1\n", "DL3001")) == 1


def test_cmd_is_not_judged():
    assert lint(FROM + "CMD service nginx start\n", "DL3001") == []
