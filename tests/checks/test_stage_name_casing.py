"""StageNameCasing: stage names written with capitals."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint


def test_capitalised_stage_name_is_reported_on_the_name():
    findings = lint("FROM alpine:3.20 AS Builder\n", "StageNameCasing")
    assert [(f.span, f.message) for f in findings] == [
        (Span(1, 21, 1, 28), "Stage name 'Builder' should be lowercase")
    ]


def test_lower_case_stage_name_is_fine():
    assert lint("FROM alpine:3.20 AS builder\n", "StageNameCasing") == []


def test_from_without_a_name_is_fine():
    assert lint("FROM alpine:3.20\n", "StageNameCasing") == []


def test_every_stage_is_checked():
    text = "FROM alpine:3.20 AS Build\nFROM build AS TEST\nFROM test AS done\n"
    assert [f.span.line for f in lint(text, "StageNameCasing")] == [1, 2]


def test_name_on_a_continuation_line_is_pointed_at_there():
    findings = lint("FROM alpine:3.20 \\\n    AS Builder\n", "StageNameCasing")
    assert findings[0].span == Span(2, 8, 2, 15)


def test_casing_of_the_as_keyword_does_not_matter_here():
    assert lint("FROM alpine:3.20 As builder\n", "StageNameCasing") == []


def test_platform_flag_does_not_shift_the_name():
    findings = lint("FROM --platform=$BUILDPLATFORM golang:1.22 AS Build\n", "StageNameCasing")
    assert findings[0].message == "Stage name 'Build' should be lowercase"
