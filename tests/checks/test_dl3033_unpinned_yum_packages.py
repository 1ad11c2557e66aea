"""DL3033: yum install without version pins."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM centos:7\n"


def test_unpinned_packages_are_reported_on_their_words():
    findings = lint(FROM + "RUN yum install -y httpd git-1.8.3 tomcat && yum clean all\n", "DL3033")
    assert [f.span for f in findings] == [Span(2, 20, 2, 42)]
    assert "`httpd`, `tomcat`" in findings[0].message


@pytest.mark.parametrize("package", ["httpd-2.4.6", "httpd-2.4.6-99.el7", "openssl-1:1.0.2k", "gcc-c++-4.8.5",
                                     "'httpd >= 2.4'", "./app-1.0.rpm", "https://example.com/app.rpm"])
def test_pinned_forms_are_fine(package):
    assert lint(FROM + f"RUN yum install -y {package}\n", "DL3033") == []


def test_a_dash_without_a_version_is_no_pin():
    assert len(lint(FROM + "RUN yum install -y rpm-sign\n", "DL3033")) == 1


def test_module_needs_a_stream():
    assert len(lint(FROM + "RUN yum module install -y nodejs\n", "DL3033")) == 1
    assert lint(FROM + "RUN yum module install -y nodejs:18\n", "DL3033") == []


def test_module_enable_is_not_an_install():
    assert lint(FROM + "RUN yum module enable -y nodejs\n", "DL3033") == []


def test_env_version_is_expanded():
    text = FROM + "ENV VERSION=2.4.6\nRUN yum -y install httpd-${VERSION}\n"
    assert lint(text, "DL3033") == []


def test_variable_with_unknown_value_is_not_judged():
    assert lint(FROM + "RUN yum -y install httpd-${VERSION}\n", "DL3033") == []


def test_unpinned_word_on_a_continuation_line_is_reported_there():
    text = FROM + "RUN yum install -y \\\n    httpd-2.4.6 \\\n    tomcat\n"
    assert [f.span for f in lint(text, "DL3033")] == [Span(4, 5, 4, 11)]


def test_onbuild_trigger_is_judged():
    assert [f.span.line for f in lint(FROM + "ONBUILD RUN yum install -y httpd\n", "DL3033")] == [2]
