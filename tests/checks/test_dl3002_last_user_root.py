"""DL3002: the image's last USER is root."""

from __future__ import annotations

import pytest

from tests.helpers import lint


@pytest.mark.parametrize("user", ["root", "0", "root:root", "0:0"])
def test_root_in_any_spelling_is_reported_on_the_user_instruction(user):
    findings = lint(f"FROM debian:12\nUSER {user}\n", "DL3002")
    assert [(f.span.line, f.span.column) for f in findings] == [(2, 1)]


def test_switching_back_to_a_user_is_fine():
    assert lint("FROM debian:12\nUSER root\nRUN id\nUSER app\n", "DL3002") == []


def test_root_inherited_from_the_parent_stage_is_reported():
    text = "FROM debian:12 AS base\nUSER root\nFROM base\nRUN id\n"
    assert [f.span.line for f in lint(text, "DL3002")] == [2]


def test_a_build_only_stage_that_stays_root_is_fine():
    text = "FROM debian:12 AS build\nUSER root\nRUN make\nFROM debian:12\nUSER app\n"
    assert lint(text, "DL3002") == []


def test_user_from_an_arg_is_expanded():
    assert len(lint("FROM debian:12\nARG WHO=root\nUSER ${WHO}\n", "DL3002")) == 1
    assert lint("FROM debian:12\nARG WHO\nUSER ${WHO}\n", "DL3002") == []


def test_no_user_is_left_to_dlx005():
    assert lint("FROM debian:12\nRUN id\n", "DL3002") == []


def test_same_span_as_dlx005_for_a_final_user_root():
    text = "FROM debian:12\nUSER root\n"
    assert [f.span for f in lint(text, "DL3002")] == [f.span for f in lint(text, "DLX005")]
