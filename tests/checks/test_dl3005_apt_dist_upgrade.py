"""DL3005: apt-get dist-upgrade in a RUN."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM debian:12\n"


def test_dist_upgrade_is_reported_on_the_subcommand():
    findings = lint(FROM + "RUN apt-get update && apt-get -y dist-upgrade\n", "DL3005")
    assert [f.span for f in findings] == [Span(2, 34, 2, 46)]


def test_apt_full_upgrade_is_the_same_operation():
    assert len(lint(FROM + "RUN apt full-upgrade -y\n", "DL3005")) == 1


def test_plain_upgrade_stays_within_the_release_and_is_fine():
    assert lint(FROM + "RUN apt-get update && apt-get -y upgrade\n", "DL3005") == []


def test_dist_upgrade_behind_sudo_in_an_onbuild_trigger_is_reported():
    findings = lint(FROM + "ONBUILD RUN sudo apt-get dist-upgrade -y\n", "DL3005")
    assert [f.span.line for f in findings] == [2]


def test_dist_upgrade_on_a_continuation_line_is_reported_there():
    text = FROM + "RUN apt-get update \\\n && apt-get -y \\\n      dist-upgrade\n"
    assert [f.span for f in lint(text, "DL3005")] == [Span(4, 7, 4, 19)]


def test_the_word_in_an_echo_is_not_a_command():
    assert lint(FROM + "RUN echo apt-get dist-upgrade\n", "DL3005") == []
