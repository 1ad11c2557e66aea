"""DL3032: yum clean all missing after yum install."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM centos:7\n"
INSTALL = "yum install -y httpd-2.4.6"


def test_install_without_clean_is_reported_on_the_install():
    assert [f.span for f in lint(FROM + f"RUN {INSTALL}\n", "DL3032")] == [Span(2, 5, 2, 31)]


@pytest.mark.parametrize("clean", ["yum clean all", "rm -rf /var/cache/yum", "rm -rf /var/cache/yum/*"])
def test_clean_after_the_install_is_fine(clean):
    assert lint(FROM + f"RUN {INSTALL} && {clean}\n", "DL3032") == []


def test_clean_before_the_install_does_not_count():
    assert len(lint(FROM + f"RUN yum clean all && {INSTALL}\n", "DL3032")) == 1


def test_clean_in_a_later_run_is_too_late():
    assert [f.span.line for f in lint(FROM + f"RUN {INSTALL}\nRUN yum clean all\n", "DL3032")] == [2]


@pytest.mark.parametrize("kind", ["cache", "tmpfs"])
def test_mount_of_the_cache_keeps_it_out_of_the_layer(kind):
    assert lint(FROM + f"RUN --mount=type={kind},target=/var/cache/yum {INSTALL}\n", "DL3032") == []


def test_one_finding_per_run_on_the_last_install_left_uncleaned():
    text = FROM + f"RUN {INSTALL} && yum clean all && \\\n    yum install -y git-1.8.3\n"
    assert [f.span for f in lint(text, "DL3032")] == [Span(3, 5, 3, 29)]


def test_upgrade_fills_the_cache_too():
    assert len(lint(FROM + "RUN yum -y update\n", "DL3032")) == 1


def test_dnf_is_another_rule():
    assert lint(FROM + "RUN dnf install -y httpd-2.4.6\n", "DL3032") == []


def test_heredoc_clean_is_seen():
    assert lint(FROM + f"RUN <<EOF\n{INSTALL}\nyum clean all\nEOF\n", "DL3032") == []


def test_onbuild_trigger_is_judged():
    assert [f.span.line for f in lint(FROM + f"ONBUILD RUN {INSTALL}\n", "DL3032")] == [2]
