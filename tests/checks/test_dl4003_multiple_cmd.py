"""DL4003: more than one CMD in a stage, reported on the ones that are ignored."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint


def test_the_overridden_cmd_is_reported_with_the_later_one_as_related():
    findings = lint('FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n', "DL4003")
    assert [f.span for f in findings] == [Span(2, 1, 2, 10)]
    assert [r.span for r in findings[0].related] == [Span(3, 1, 3, 10)]


def test_three_cmds_give_two_findings_naming_the_one_that_wins():
    findings = lint('FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\nCMD ["c"]\n', "DL4003")
    assert [f.span.line for f in findings] == [2, 3]
    assert all("the last one (line 4) takes effect" in f.message for f in findings)


def test_one_cmd_per_stage_is_fine():
    text = 'FROM alpine:3.20 AS test\nCMD ["a"]\nFROM alpine:3.20\nCMD ["b"]\n'
    assert lint(text, "DL4003") == []


def test_onbuild_cmd_is_not_counted():
    assert lint('FROM alpine:3.20\nONBUILD CMD ["a"]\nCMD ["b"]\n', "DL4003") == []


def test_multi_line_cmd_is_reported_over_all_its_lines():
    findings = lint('FROM alpine:3.20\nCMD ["b", \\\n  "c"]\nCMD ["a"]\n', "DL4003")
    assert [f.span for f in findings] == [Span(2, 1, 3, 7)]


def test_shell_and_exec_forms_count_alike():
    assert len(lint('FROM alpine:3.20\nCMD echo a\nCMD ["b"]\n', "DL4003")) == 1
