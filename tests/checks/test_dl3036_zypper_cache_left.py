"""DL3036: zypper clean missing after zypper install."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM opensuse/leap:15.6\n"
INSTALL = "zypper -n install httpd=2.4.51"


def test_install_without_clean_is_reported_on_the_install():
    assert [f.span for f in lint(FROM + f"RUN {INSTALL}\n", "DL3036")] == [Span(2, 5, 2, 35)]


@pytest.mark.parametrize("clean", ["zypper clean", "zypper cc", "zypper clean --all", "rm -rf /var/cache/zypp/*"])
def test_clean_after_the_install_is_fine(clean):
    assert lint(FROM + f"RUN {INSTALL} && {clean}\n", "DL3036") == []


def test_clean_before_the_install_does_not_count():
    assert len(lint(FROM + f"RUN zypper clean && {INSTALL}\n", "DL3036")) == 1


@pytest.mark.parametrize("kind", ["cache", "tmpfs"])
def test_mount_of_the_cache_keeps_it_out_of_the_layer(kind):
    assert lint(FROM + f"RUN --mount=type={kind},target=/var/cache/zypp {INSTALL}\n", "DL3036") == []


def test_refresh_alone_is_not_judged():
    assert lint(FROM + "RUN zypper refresh\n", "DL3036") == []


def test_onbuild_trigger_is_judged():
    assert [f.span.line for f in lint(FROM + f"ONBUILD RUN {INSTALL}\n", "DL3036")] == [2]
