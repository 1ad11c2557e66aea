"""DLX002: a package index update in a RUN that installs nothing."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_update_alone_is_reported_on_the_update_command():
    findings = lint("FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n", "DLX002")
    assert [f.span for f in findings] == [Span(2, 5, 2, 19)]


def test_update_followed_by_install_is_fine():
    assert lint("FROM debian:12\nRUN apt-get update && apt-get install -y curl\n", "DLX002") == []


def test_install_before_the_update_does_not_count():
    text = "FROM debian:12\nRUN apt-get install -y curl; apt-get update\n"
    assert len(lint(text, "DLX002")) == 1


def test_upgrade_counts_as_an_install():
    assert lint("FROM debian:12\nRUN apt-get update && apt-get upgrade -y\n", "DLX002") == []


@pytest.mark.parametrize(
    "update",
    ["apt update", "apk update", "yum makecache", "dnf makecache", "microdnf makecache", "zypper refresh"],
)
def test_every_package_manager_refresh_is_recognised(update):
    assert len(lint(f"FROM debian:12\nRUN {update}\n", "DLX002")) == 1


def test_install_of_another_package_manager_does_not_count():
    assert len(lint("FROM debian:12\nRUN apt-get update && pip install flask==3.0\n", "DLX002")) == 1


def test_apk_add_after_apk_update_is_fine_and_apk_message_says_add():
    assert lint("FROM alpine:3.20\nRUN apk update && apk add curl\n", "DLX002") == []
    (finding,) = lint("FROM alpine:3.20\nRUN apk update\n", "DLX002")
    assert "apk add" in finding.message


def test_heredoc_script_is_read():
    text = "FROM debian:12\nRUN <<EOF\napt-get update\nEOF\n"
    assert [f.span for f in lint(text, "DLX002")] == [Span(3, 1, 3, 15)]


def test_sudo_and_env_wrappers_are_seen_through():
    text = "FROM debian:12\nRUN sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y curl\n"
    assert lint(text, "DLX002") == []


def test_onbuild_trigger_is_read():
    assert len(lint("FROM debian:12\nONBUILD RUN apt-get update\n", "DLX002")) == 1


def test_update_on_a_continuation_line_is_reported_there():
    text = "FROM debian:12\nRUN set -eux; \\\n    apt-get update; \\\n    echo done\n"
    assert [f.span for f in lint(text, "DLX002")] == [Span(3, 5, 3, 19)]
