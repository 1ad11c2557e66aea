"""DL3046: useradd with a high UID and without -l."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM debian:12\n"


def test_high_uid_is_reported_on_the_uid_option():
    findings = lint(FROM + "RUN groupadd app \\\n && useradd -u 1000000 app\n", "DL3046")
    assert [f.span for f in findings] == [Span(3, 13, 3, 23)]


@pytest.mark.parametrize("command", [
    "useradd app", "useradd -u 10001 app", "useradd -l -u 1000000 app", "useradd --no-log-init --uid 1000000 app",
    "useradd -lu 1000000 app",
])
def test_fine_forms(command):
    assert lint(FROM + f"RUN {command}\n", "DL3046") == []


def test_long_option_and_attached_value():
    assert len(lint(FROM + "RUN useradd --uid=1000000 app\n", "DL3046")) == 1
    assert len(lint(FROM + "RUN useradd -u1000000 app\n", "DL3046")) == 1


def test_uid_from_an_arg_is_expanded():
    assert len(lint(FROM + "ARG UID=1000000\nRUN useradd -u $UID app\n", "DL3046")) == 1
    assert lint(FROM + "ARG UID\nRUN useradd -u $UID app\n", "DL3046") == []


def test_comment_value_is_not_read_as_the_user():
    assert lint(FROM + "RUN useradd -c 'User 1000000' app\n", "DL3046") == []


def test_sudo_and_onbuild():
    assert len(lint(FROM + "RUN sudo useradd -u 1000000 app\n", "DL3046")) == 1
    assert len(lint(FROM + "ONBUILD RUN useradd -u 1000000 app\n", "DL3046")) == 1
