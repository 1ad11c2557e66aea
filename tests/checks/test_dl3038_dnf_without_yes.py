"""DL3038: dnf install without -y."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM fedora:41\n"


def test_install_without_yes_is_reported_on_the_command():
    findings = lint(FROM + "RUN dnf install httpd-2.4.62 && dnf clean all\n", "DL3038")
    assert [f.span for f in findings] == [Span(2, 5, 2, 29)]


@pytest.mark.parametrize("program", ["dnf", "microdnf"])
def test_both_programs_are_judged(program):
    (finding,) = lint(FROM + f"RUN {program} install httpd-2.4.62\n", "DL3038")
    assert f"`{program} install -y" in finding.message


@pytest.mark.parametrize("command", ["dnf install -y httpd", "dnf --assumeyes in httpd", "microdnf -y install httpd"])
def test_yes_is_fine(command):
    assert lint(FROM + f"RUN {command}\n", "DL3038") == []


def test_short_form_in_asks_too():
    assert len(lint(FROM + "RUN dnf in httpd\n", "DL3038")) == 1


def test_yum_and_lookalike_programs_are_not_judged():
    assert lint(FROM + "RUN yum install httpd && notdnf install httpd\n", "DL3038") == []


def test_heredoc_body_is_read():
    text = FROM + "RUN <<EOF\nset -e\ndnf install httpd\nEOF\n"
    assert [f.span.line for f in lint(text, "DL3038")] == [4]


def test_onbuild_trigger_is_judged():
    assert [f.span.line for f in lint(FROM + "ONBUILD RUN dnf install httpd\n", "DL3038")] == [2]
