"""DL4004: more than one ENTRYPOINT in a stage."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint


def test_the_overridden_entrypoint_is_reported():
    findings = lint('FROM alpine:3.20\nENTRYPOINT ["/a"]\nENTRYPOINT ["/b"]\n', "DL4004")
    assert [f.span for f in findings] == [Span(2, 1, 2, 18)]


def test_entrypoint_in_each_stage_is_fine():
    text = 'FROM alpine:3.20 AS a\nENTRYPOINT ["/a"]\nFROM a\nENTRYPOINT ["/b"]\n'
    assert lint(text, "DL4004") == []


def test_cmd_and_entrypoint_do_not_count_against_each_other():
    assert lint('FROM alpine:3.20\nENTRYPOINT ["/a"]\nCMD ["b"]\n', "DL4004") == []


def test_lower_case_keyword_counts():
    assert len(lint('FROM alpine:3.20\nentrypoint ["/a"]\nENTRYPOINT ["/b"]\n', "DL4004")) == 1
