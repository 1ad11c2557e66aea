"""DL3037: zypper install without version pins."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM opensuse/leap:15.6\n"


def test_unpinned_packages_are_reported_on_their_words():
    findings = lint(FROM + "RUN zypper -n install httpd curl=8.0 && zypper clean\n", "DL3037")
    assert [f.span for f in findings] == [Span(2, 23, 2, 28)]


@pytest.mark.parametrize("package", ["httpd=2.4.51", "'httpd>=2.4'", "'httpd<2.5'", "httpd-2.4.51",
                                     "./httpd-2.4.51-1.rpm"])
def test_pinned_forms_are_fine(package):
    assert lint(FROM + f"RUN zypper -n install {package}\n", "DL3037") == []


def test_unquoted_comparison_is_a_redirection_and_leaves_the_package_unpinned():
    assert len(lint(FROM + "RUN zypper -n install httpd>=2.4\n", "DL3037")) == 1


def test_short_form_in_is_judged():
    assert len(lint(FROM + "RUN zypper -n in httpd\n", "DL3037")) == 1


def test_source_install_is_not_judged():
    assert lint(FROM + "RUN zypper -n source-install httpd\n", "DL3037") == []


def test_onbuild_trigger_is_judged():
    assert [f.span.line for f in lint(FROM + "ONBUILD RUN zypper -n in httpd\n", "DL3037")] == [2]
