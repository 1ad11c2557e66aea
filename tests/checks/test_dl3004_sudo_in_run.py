"""DL3004: sudo in RUN."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM debian:12\n"


def test_sudo_is_reported_on_the_sudo_word():
    findings = lint(FROM + "RUN apt-get update \\\n && sudo apt-get install -y curl\n", "DL3004")
    assert [f.span for f in findings] == [Span(3, 5, 3, 9)]


def test_installing_sudo_is_fine():
    assert lint(FROM + "RUN apt-get install -y sudo\n", "DL3004") == []


def test_sudo_with_options_and_behind_env():
    assert len(lint(FROM + "RUN sudo -u app make\n", "DL3004")) == 1
    assert len(lint(FROM + "RUN env A=1 sudo make\n", "DL3004")) == 1


def test_one_finding_for_one_sudo_running_a_script():
    assert len(lint(FROM + "RUN sudo sh -c 'apt-get update && apt-get install -y curl'\n", "DL3004")) == 1


def test_sudo_in_a_pipe_heredoc_and_onbuild():
    assert len(lint(FROM + "RUN echo x | sudo tee /etc/x\n", "DL3004")) == 1
    assert len(lint(FROM + "RUN <<EOF\nsudo make\nEOF\n", "DL3004")) == 1
    assert len(lint(FROM + "ONBUILD RUN sudo make\n", "DL3004")) == 1


def test_the_word_sudo_as_an_argument_is_fine():
    assert lint(FROM + "RUN echo sudo\n", "DL3004") == []
