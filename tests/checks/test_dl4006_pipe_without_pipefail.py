"""DL4006: a pipe in RUN without pipefail."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM debian:12\n"


def test_pipe_is_reported_on_its_first_pipe():
    findings = lint(FROM + "RUN apt-get update \\\n && curl -fsSL x | tar -xz\n", "DL4006")
    assert [f.span for f in findings] == [Span(3, 5, 3, 27)]


def test_one_finding_per_run():
    assert len(lint(FROM + "RUN a | b && c | d\n", "DL4006")) == 1


@pytest.mark.parametrize("shell", [
    '["/bin/bash", "-o", "pipefail", "-c"]', '["/bin/bash", "-eo", "pipefail", "-c"]',
    '["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]', '["zsh", "-o", "pipefail", "-c"]',
    '["/bin/ash", "-euxo", "pipefail", "-c"]',
])
def test_shell_with_pipefail_is_fine(shell):
    assert lint(FROM + f"SHELL {shell}\nRUN a | b\n", "DL4006") == []


def test_plain_sh_with_pipefail_does_not_count():
    assert len(lint(FROM + 'SHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b\n', "DL4006")) == 1


def test_shell_resets_in_a_new_stage_and_with_a_new_shell():
    text = FROM + 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nSHELL ["/bin/sh", "-c"]\nRUN a | b\n'
    assert [f.span.line for f in lint(text, "DL4006")] == [5]
    text = FROM + 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12\nRUN a | b\n'
    assert [f.span.line for f in lint(text, "DL4006")] == [4]


@pytest.mark.parametrize("script", ["set -o pipefail && a | b", "set -euo pipefail; a | b"])
def test_set_pipefail_before_the_pipe_is_fine(script):
    assert lint(FROM + f"RUN {script}\n", "DL4006") == []


def test_set_pipefail_after_the_pipe_is_too_late():
    assert len(lint(FROM + "RUN a | b && set -o pipefail\n", "DL4006")) == 1


def test_no_pipe_and_non_posix_shells_are_fine():
    assert lint(FROM + "RUN a && b > /c || d\n", "DL4006") == []
    assert lint(FROM + 'SHELL ["pwsh", "-c"]\nRUN Get-Thing | Select-Object x\n', "DL4006") == []


def test_heredoc_and_onbuild():
    assert len(lint(FROM + "RUN <<EOF\na | b\nEOF\n", "DL4006")) == 1
    assert len(lint(FROM + "ONBUILD RUN a | b\n", "DL4006")) == 1
