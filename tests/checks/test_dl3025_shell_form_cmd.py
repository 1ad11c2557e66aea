"""DL3025: CMD and ENTRYPOINT in shell form."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint


def test_shell_form_cmd_is_reported_on_the_command_text():
    findings = lint("FROM python:3.12\nCMD python hello.py\n", "DL3025")
    assert [f.span for f in findings] == [Span(2, 5, 2, 20)]


def test_shell_form_entrypoint_is_reported():
    findings = lint("FROM python:3.12\nENTRYPOINT /docker-entrypoint.sh\n", "DL3025")
    assert [f.span.line for f in findings] == [2]
    assert "ENTRYPOINT" in findings[0].message


def test_exec_form_is_fine():
    assert lint('FROM python:3.12\nCMD ["python", "hello.py"]\n', "DL3025") == []


def test_shell_form_over_continuation_lines_spans_them():
    findings = lint("FROM python:3.12\nCMD python \\\n  hello.py\n", "DL3025")
    assert [f.span for f in findings] == [Span(2, 5, 3, 11)]


def test_comment_inside_the_continuation_is_not_part_of_the_span_start():
    findings = lint("FROM python:3.12\nCMD \\\n# run it\n  python hello.py\n", "DL3025")
    assert [f.span.line for f in findings] == [4]


def test_onbuild_cmd_is_left_alone_as_hadolint_does():
    assert lint("FROM python:3.12\nONBUILD CMD python hello.py\n", "DL3025") == []


def test_healthcheck_and_run_are_not_judged():
    assert lint("FROM python:3.12\nRUN echo hi\nHEALTHCHECK CMD curl -f http://x/\n", "DL3025") == []


def test_malformed_json_is_shell_form():
    assert len(lint("FROM python:3.12\nCMD ['python', 'hello.py']\n", "DL3025")) == 1
