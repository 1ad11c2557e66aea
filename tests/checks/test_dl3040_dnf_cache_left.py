"""DL3040: dnf clean all missing after dnf install."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM fedora:41\n"
INSTALL = "dnf install -y httpd-2.4.62"


def test_install_without_clean_is_reported_on_the_install():
    assert [f.span for f in lint(FROM + f"RUN {INSTALL}\n", "DL3040")] == [Span(2, 5, 2, 32)]


def test_microdnf_is_judged_and_named_in_the_message():
    (finding,) = lint(FROM + "RUN microdnf install -y httpd-2.4.62\n", "DL3040")
    assert "`microdnf clean all`" in finding.message


@pytest.mark.parametrize("clean", ["dnf clean all", "rm -rf /var/cache/dnf", "rm -rf /var/cache/yum/*",
                                   "rm -rf /var/cache/libdnf5"])
def test_clean_after_the_install_is_fine(clean):
    assert lint(FROM + f"RUN {INSTALL} && {clean}\n", "DL3040") == []


def test_clean_before_the_install_does_not_count():
    assert len(lint(FROM + f"RUN dnf clean all && {INSTALL}\n", "DL3040")) == 1


@pytest.mark.parametrize("target", ["/var/cache/libdnf5", "/var/cache/dnf", "/var/cache"])
def test_cache_mount_keeps_it_out_of_the_layer(target):
    assert lint(FROM + f"RUN --mount=type=cache,target={target} {INSTALL}\n", "DL3040") == []


def test_mount_of_another_folder_does_not_help():
    assert len(lint(FROM + f"RUN --mount=type=tmpfs,target=/tmp {INSTALL}\n", "DL3040")) == 1


@pytest.mark.parametrize("verb", ["in", "reinstall", "upgrade", "up"])
def test_other_commands_that_fill_the_cache_are_judged(verb):
    assert len(lint(FROM + f"RUN dnf -y {verb}\n", "DL3040")) == 1


def test_yum_is_another_rule():
    assert lint(FROM + "RUN yum install -y httpd-2.4.62\n", "DL3040") == []


def test_sh_c_exec_form_is_read():
    assert len(lint(FROM + f'RUN ["bash", "-c", "{INSTALL}"]\n', "DL3040")) == 1


def test_onbuild_trigger_is_judged():
    assert [f.span.line for f in lint(FROM + f"ONBUILD RUN {INSTALL}\n", "DL3040")] == [2]
