"""DL3015: apt-get install without --no-install-recommends."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM ubuntu:24.04\n"


def test_missing_option_is_reported_on_the_apt_get_command():
    text = FROM + "RUN apt-get update && apt-get install -y curl=8.5\n"
    assert [f.span for f in lint(text, "DL3015")] == [Span(2, 23, 2, 50)]


def test_option_anywhere_on_the_command_is_fine():
    assert lint(FROM + "RUN apt-get install -y curl=8.5 --no-install-recommends\n", "DL3015") == []


def test_apt_config_option_is_accepted():
    assert lint(FROM + "RUN apt-get -o APT::Install-Recommends=false install -y curl\n", "DL3015") == []


def test_apt_config_option_set_to_true_is_not_accepted():
    assert len(lint(FROM + "RUN apt-get -o APT::Install-Recommends=true install -y curl\n", "DL3015")) == 1


def test_command_on_its_own_continuation_line_is_reported_there():
    text = FROM + "RUN apt-get update \\\n && apt-get install -y curl\n"
    assert [f.span.line for f in lint(text, "DL3015")] == [3]


def test_apt_is_left_to_its_own_rule_as_in_hadolint():
    assert lint(FROM + "RUN apt install -y curl\n", "DL3015") == []


def test_each_install_is_judged():
    text = FROM + "RUN apt-get install -y --no-install-recommends a && apt-get install -y b\n"
    assert len(lint(text, "DL3015")) == 1
