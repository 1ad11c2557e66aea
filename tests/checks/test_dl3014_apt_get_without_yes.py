"""DL3014: apt-get install without -y."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM debian:12\n"


def test_install_without_yes_is_reported_on_the_command():
    findings = lint(FROM + "RUN apt-get update && apt-get install curl\n", "DL3014")
    assert [f.span for f in findings] == [Span(2, 23, 2, 43)]


@pytest.mark.parametrize("flags", ["-y", "--yes", "--assume-yes", "-qy", "-qq", "-q -q", "-q=2", "--quiet=2",
                                   "--quiet --quiet", "-o APT::Get::Assume-Yes=true", "--simulate"])
def test_flags_that_answer_yes_are_fine(flags):
    assert lint(FROM + f"RUN apt-get install {flags} curl\n", "DL3014") == []


@pytest.mark.parametrize("flags", ["-q", "--quiet", "-o APT::Get::Assume-Yes=false"])
def test_one_quiet_level_does_not_answer(flags):
    assert len(lint(FROM + f"RUN apt-get install {flags} curl\n", "DL3014")) == 1


def test_yes_before_the_subcommand_counts():
    assert lint(FROM + "RUN apt-get -y install curl\n", "DL3014") == []


def test_apt_install_asks_too():
    assert len(lint(FROM + "RUN apt install curl\n", "DL3014")) == 1


def test_commands_that_do_not_install_are_not_judged():
    assert lint(FROM + "RUN apt-get update && apt-get source curl && apt-get clean\n", "DL3014") == []


def test_sh_c_in_exec_form_is_read():
    assert len(lint(FROM + 'RUN ["sh", "-c", "apt-get install curl"]\n', "DL3014")) == 1


def test_heredoc_body_is_read_with_its_lines():
    text = FROM + "RUN <<EOF\napt-get update\napt-get install curl\nEOF\n"
    assert [f.span.line for f in lint(text, "DL3014")] == [4]


def test_env_wrapper_is_peeled():
    assert len(lint(FROM + "RUN env DEBIAN_FRONTEND=noninteractive apt-get install curl\n", "DL3014")) == 1


def test_onbuild_trigger_is_judged():
    assert [f.span.line for f in lint(FROM + "ONBUILD RUN apt-get install curl\n", "DL3014")] == [2]
