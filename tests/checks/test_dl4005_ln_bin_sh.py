"""DL4005: ln replacing /bin/sh."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM debian:12\n"


def test_link_onto_bin_sh_is_reported_on_the_ln_command():
    findings = lint(FROM + "RUN echo x \\\n && ln -sfv /bin/bash /bin/sh\n", "DL4005")
    assert [f.span for f in findings] == [Span(3, 5, 3, 30)]


@pytest.mark.parametrize("target", ["/bin/sh", "/usr/bin/sh"])
def test_both_paths_of_sh(target):
    assert len(lint(FROM + f"RUN ln -sf /bin/bash {target}\n", "DL4005")) == 1


@pytest.mark.parametrize("command", [
    "ln -sf /bin/true /sbin/initctl",
    "ln -s /bin/sh /usr/local/bin/mysh",
    "ln -s foo bar && something_with /bin/sh",
    "ln -s -t /usr/local/bin /bin/sh",
])
def test_fine_commands(command):
    assert lint(FROM + f"RUN {command}\n", "DL4005") == []


def test_onbuild_and_heredoc():
    assert len(lint(FROM + "ONBUILD RUN ln -sf /bin/bash /bin/sh\n", "DL4005")) == 1
    assert len(lint(FROM + "RUN <<EOF\nln -sf /bin/bash /bin/sh\nEOF\n", "DL4005")) == 1
