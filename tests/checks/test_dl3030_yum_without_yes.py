"""DL3030: yum install without -y."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM centos:7\n"


def test_install_without_yes_is_reported_on_the_command():
    findings = lint(FROM + "RUN yum install httpd-2.4.6 && yum clean all\n", "DL3030")
    assert [f.span for f in findings] == [Span(2, 5, 2, 28)]


@pytest.mark.parametrize("command", ["yum install -y httpd-2.4.6", "yum --assumeyes install httpd-2.4.6",
                                     "yum -qy install httpd-2.4.6"])
def test_yes_in_any_spelling_is_fine(command):
    assert lint(FROM + f"RUN {command}\n", "DL3030") == []


@pytest.mark.parametrize("verb", ["groupinstall 'Development Tools'", "localinstall ./app-1.0.rpm"])
def test_group_and_local_installs_ask_too(verb):
    assert len(lint(FROM + f"RUN yum {verb}\n", "DL3030")) == 1


def test_dnf_is_another_rule():
    assert lint(FROM + "RUN dnf install httpd-2.4.6\n", "DL3030") == []


def test_backquoted_comment_is_no_yum_command():
    assert lint(FROM + "RUN bash -c `# not yum`\n", "DL3030") == []


def test_onbuild_and_sudo_are_judged():
    assert [f.span.line for f in lint(FROM + "ONBUILD RUN sudo yum install httpd\n", "DL3030")] == [2]
