"""DL3027: apt used instead of apt-get."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM debian:12\n"


def test_apt_is_reported_on_the_program_word():
    findings = lint(FROM + "RUN apt-get update && apt install -y curl\n", "DL3027")
    assert [f.span for f in findings] == [Span(2, 23, 2, 26)]


def test_apt_get_and_apt_cache_are_fine():
    assert lint(FROM + "RUN apt-get update && apt-cache policy curl\n", "DL3027") == []


def test_each_apt_command_is_reported():
    assert len(lint(FROM + "RUN apt update && apt upgrade -y\n", "DL3027")) == 2


def test_apt_behind_sudo_and_in_sh_c_is_reported():
    text = FROM + "RUN sudo apt update\nRUN [\"/bin/sh\", \"-c\", \"apt install -y curl\"]\n"
    assert [f.span.line for f in lint(text, "DL3027")] == [2, 3]


def test_apt_in_cmd_is_not_a_build_step():
    assert lint(FROM + 'CMD ["apt", "list"]\n', "DL3027") == []


def test_apt_key_is_another_program():
    assert lint(FROM + "RUN apt-key add key.gpg\n", "DL3027") == []


def test_onbuild_trigger_is_judged():
    assert [f.span.line for f in lint(FROM + "ONBUILD RUN apt update\n", "DL3027")] == [2]
