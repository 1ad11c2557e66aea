"""WorkdirRelativePath: the first WORKDIR of a build is relative."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_relative_first_workdir_is_reported_on_the_path():
    findings = lint("FROM python:3.12\nWORKDIR app\n", "WorkdirRelativePath")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 9, 2, 12), 'Relative workdir "app" can have unexpected results if the base image changes')
    ]


def test_only_the_first_workdir_of_a_stage_is_judged():
    text = "FROM python:3.12\nWORKDIR /srv\nWORKDIR app\n"
    assert lint(text, "WorkdirRelativePath") == []


def test_later_relative_workdirs_are_not_reported_again():
    text = "FROM python:3.12\nWORKDIR app\nWORKDIR src\n"
    assert [f.span.line for f in lint(text, "WorkdirRelativePath")] == [2]


def test_workdir_of_the_parent_stage_counts():
    text = "FROM python:3.12 AS base\nWORKDIR /srv\nFROM base\nWORKDIR app\n"
    assert lint(text, "WorkdirRelativePath") == []


def test_each_independent_stage_is_judged():
    text = "FROM python:3.12 AS a\nWORKDIR /srv\nFROM python:3.12\nWORKDIR app\n"
    assert [f.span.line for f in lint(text, "WorkdirRelativePath")] == [4]


def test_path_is_judged_after_expansion_and_reported_expanded():
    findings = lint("FROM python:3.12\nENV DIR=app\nWORKDIR $DIR/src\n", "WorkdirRelativePath")
    assert findings[0].message.startswith('Relative workdir "app/src"')


def test_variable_expanding_to_an_absolute_path_is_fine():
    assert lint("FROM python:3.12\nARG DIR=/srv\nWORKDIR $DIR\n", "WorkdirRelativePath") == []


def test_unknown_value_is_not_judged():
    assert lint("FROM python:3.12\nWORKDIR $HOME/app\n", "WorkdirRelativePath") == []


def test_quotes_are_removed_before_judging():
    assert lint('FROM python:3.12\nWORKDIR "/app"\n', "WorkdirRelativePath") == []


@pytest.mark.parametrize("path", ["C:\\\\app", "c:/app", "\\\\app"])
def test_windows_stage_accepts_drive_letters_and_backslashes(path):
    text = f"FROM --platform=windows/amd64 mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR {path}\n"
    assert lint(text, "WorkdirRelativePath") == []


@pytest.mark.parametrize(
    "image", ["mcr.microsoft.com/windows/nanoserver:ltsc2022", "golang:1.22-windowsservercore-ltsc2022"]
)
def test_windows_base_image_makes_a_windows_stage(image):
    assert lint(f"# escape=`\nFROM {image}\nWORKDIR C:\\go\n", "WorkdirRelativePath") == []


def test_backslash_escape_eats_the_windows_separator_as_in_buildkit():
    text = "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\go\n"
    assert lint(text, "WorkdirRelativePath")[0].message.startswith('Relative workdir "C:go"')


def test_windows_stage_still_reports_relative_paths():
    text = "FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR app\n"
    assert len(lint(text, "WorkdirRelativePath")) == 1


def test_drive_letter_is_relative_on_linux():
    assert len(lint("FROM python:3.12\nWORKDIR c:/app\n", "WorkdirRelativePath")) == 1
