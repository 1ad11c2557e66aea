"""DL3000: relative WORKDIR, judged after variable expansion."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_relative_workdir_is_reported_on_the_path():
    findings = lint("FROM python:3.12\nWORKDIR ./app\n", "DL3000")
    assert [f.span for f in findings] == [Span(2, 9, 2, 14)]


@pytest.mark.parametrize("path", ["/app", "/", '"/app"', "C:\\\\app", "c:/app", "\\\\server\\share"])
def test_absolute_paths_are_fine(path):
    assert lint(f"FROM python:3.12\nWORKDIR {path}\n", "DL3000") == []


def test_env_that_expands_to_an_absolute_path_is_fine():
    assert lint("FROM genesis:1\nENV HOME_DIR=/home\nWORKDIR $HOME_DIR\n", "DL3000") == []


def test_env_that_expands_to_a_relative_path_is_reported_with_its_value():
    findings = lint("FROM python:3.12\nENV APP_DIR=app\nWORKDIR ${APP_DIR}/src\n", "DL3000")
    assert "(= `app/src`)" in findings[0].message


def test_variable_the_base_image_may_set_is_not_judged():
    assert lint("FROM python:3.12\nWORKDIR $HOME/app\n", "DL3000") == []


def test_arg_default_is_used():
    assert len(lint("FROM python:3.12\nARG DIR=build\nWORKDIR $DIR\n", "DL3000")) == 1


def test_env_from_the_parent_stage_is_inherited():
    text = "FROM python:3.12 AS base\nENV DIR=/srv\nFROM base\nWORKDIR $DIR\n"
    assert lint(text, "DL3000") == []


def test_quoted_relative_path_is_still_relative():
    assert len(lint('FROM python:3.12\nWORKDIR "app"\n', "DL3000")) == 1


def test_tilde_is_not_expanded_by_docker():
    assert len(lint("FROM python:3.12\nWORKDIR ~/app\n", "DL3000")) == 1


def test_windows_escape_directive_and_backslash_paths():
    assert lint("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n", "DL3000") == []
