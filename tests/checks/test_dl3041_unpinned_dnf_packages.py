"""DL3041: dnf install without version pins."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM fedora:41\n"


def test_unpinned_packages_are_reported_on_their_words():
    findings = lint(FROM + "RUN dnf install -y httpd && dnf clean all\n", "DL3041")
    assert [f.span for f in findings] == [Span(2, 20, 2, 25)]


@pytest.mark.parametrize("package", ["httpd-2.4.62", "httpd-2.4.62-1.fc41", "openssl-1:3.2.2",
                                     "rpm-sign-4.19.1.1", "./app-1.0.rpm"])
def test_pinned_forms_are_fine(package):
    assert lint(FROM + f"RUN dnf install -y {package}\n", "DL3041") == []


def test_microdnf_is_judged():
    (finding,) = lint(FROM + "RUN microdnf install -y rpm-sign\n", "DL3041")
    assert "`microdnf install" in finding.message


def test_module_needs_a_stream():
    assert len(lint(FROM + "RUN dnf module install -y nodejs\n", "DL3041")) == 1
    assert lint(FROM + "RUN dnf module install -y nodejs:20\n", "DL3041") == []


def test_short_form_in_is_judged():
    assert len(lint(FROM + "RUN dnf in -y httpd\n", "DL3041")) == 1


def test_yum_and_lookalikes_are_not_judged():
    assert lint(FROM + "RUN yum install -y httpd && notdnf install httpd\n", "DL3041") == []


def test_arg_package_list_is_expanded():
    text = FROM + "ARG PKGS='httpd-2.4.62 git'\nRUN dnf install -y $PKGS\n"
    (finding,) = lint(text, "DL3041")
    assert "`git`" in finding.message and "httpd" not in finding.message


def test_onbuild_trigger_is_judged():
    assert [f.span.line for f in lint(FROM + "ONBUILD RUN dnf install -y httpd\n", "DL3041")] == [2]
