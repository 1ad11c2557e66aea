"""DL3066: the image's last USER is not a numeric UID."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_named_user_is_reported_on_the_user_word():
    findings = lint("FROM debian:12\nUSER app:app\n", "DL3066")
    assert [f.span for f in findings] == [Span(2, 6, 2, 13)]


@pytest.mark.parametrize("user", ["10001", "10001:10001", "0"])
def test_numeric_ids_are_fine(user):
    assert lint(f"FROM debian:12\nUSER {user}\n", "DL3066") == []


def test_numeric_group_does_not_help_a_named_user():
    assert len(lint("FROM debian:12\nUSER app:1000\n", "DL3066")) == 1


def test_only_the_last_user_of_the_image_counts():
    assert lint("FROM debian:12\nUSER app\nUSER 1000\n", "DL3066") == []
    assert lint("FROM debian:12 AS b\nUSER app\nFROM debian:12\nUSER 1000\n", "DL3066") == []
    assert len(lint("FROM debian:12 AS base\nUSER app\nFROM base\nRUN id\n", "DL3066")) == 1


def test_user_from_an_arg():
    assert len(lint("FROM debian:12\nARG U=app\nUSER $U\n", "DL3066")) == 1
    assert lint("FROM debian:12\nARG U=1000\nUSER $U\n", "DL3066") == []
    assert lint("ARG U\nFROM debian:12\nUSER ${U}\n", "DL3066") == []


def test_no_user_is_fine():
    assert lint("FROM debian:12\nRUN id\n", "DL3066") == []
