"""MultipleInstructionsDisallowed: CMD/ENTRYPOINT/HEALTHCHECK overridden in the same stage."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_the_earlier_instruction_is_reported():
    findings = lint('FROM python:3.12\nCMD ["a"]\nCMD ["b"]\n', "MultipleInstructionsDisallowed")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 1, 2, 10), "Multiple CMD instructions should not be used in the same stage because only the last one will be used")
    ]


def test_the_overriding_instruction_is_related():
    findings = lint('FROM python:3.12\nCMD ["a"]\nCMD ["b"]\n', "MultipleInstructionsDisallowed")
    assert findings[0].related[0].span.line == 3


@pytest.mark.parametrize("keyword", ["CMD", "ENTRYPOINT", "HEALTHCHECK CMD"])
def test_each_single_use_instruction_is_tracked(keyword):
    text = f"FROM python:3.12\n{keyword} true\n{keyword} false\n"
    assert len(lint(text, "MultipleInstructionsDisallowed")) == 1


def test_three_cmds_report_the_first_two():
    text = "FROM python:3.12\nCMD a\nCMD b\nCMD c\n"
    assert [f.span.line for f in lint(text, "MultipleInstructionsDisallowed")] == [2, 3]


def test_message_uses_the_later_keyword_as_written():
    findings = lint("FROM python:3.12\nCMD a\ncmd b\n", "MultipleInstructionsDisallowed")
    assert findings[0].message.startswith("Multiple cmd instructions")


def test_cmd_and_entrypoint_do_not_override_each_other():
    text = 'FROM python:3.12\nENTRYPOINT ["python"]\nCMD ["app.py"]\n'
    assert lint(text, "MultipleInstructionsDisallowed") == []


def test_a_stage_built_from_another_starts_over():
    text = 'FROM python:3.12 AS base\nCMD ["a"]\nFROM base\nCMD ["b"]\n'
    assert lint(text, "MultipleInstructionsDisallowed") == []


def test_onbuild_cmd_does_not_count():
    text = 'FROM python:3.12\nONBUILD CMD ["a"]\nCMD ["b"]\n'
    assert lint(text, "MultipleInstructionsDisallowed") == []
