"""DL3034: zypper without -n or -y."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM opensuse/leap:15.6\n"


def test_install_without_yes_is_reported_on_the_command():
    findings = lint(FROM + "RUN zypper install httpd=2.4.51 && zypper clean\n", "DL3034")
    assert [f.span for f in findings] == [Span(2, 5, 2, 32)]


@pytest.mark.parametrize("command", ["zypper -n install httpd", "zypper --non-interactive in httpd",
                                     "zypper install -y httpd", "zypper rm --no-confirm httpd"])
def test_non_interactive_switches_are_fine(command):
    assert lint(FROM + f"RUN {command}\n", "DL3034") == []


@pytest.mark.parametrize("verb", ["in", "remove", "rm", "source-install", "si", "patch"])
def test_commands_that_ask_are_judged(verb):
    assert len(lint(FROM + f"RUN zypper {verb} httpd\n", "DL3034")) == 1


def test_refresh_and_clean_do_not_ask():
    assert lint(FROM + "RUN zypper refresh && zypper clean\n", "DL3034") == []


def test_onbuild_trigger_is_judged():
    assert [f.span.line for f in lint(FROM + "ONBUILD RUN zypper in httpd\n", "DL3034")] == [2]
