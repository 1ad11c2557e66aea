"""FromAsCasing: the AS keyword cased unlike FROM."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_lower_as_after_upper_from_is_reported_on_as():
    findings = lint("FROM alpine:3.20 as build\n", "FromAsCasing")
    assert [(f.span, f.message) for f in findings] == [
        (Span(1, 18, 1, 20), "'as' and 'FROM' keywords' casing do not match")
    ]


def test_upper_as_after_lower_from_names_both_as_written():
    findings = lint("from alpine:3.20 AS build\n", "FromAsCasing")
    assert findings[0].message == "'AS' and 'from' keywords' casing do not match"


@pytest.mark.parametrize("text", ["FROM alpine:3.20 AS build\n", "from alpine:3.20 as build\n"])
def test_matching_case_is_fine(text):
    assert lint(text, "FromAsCasing") == []


def test_mixed_case_from_keyword_sets_no_expectation():
    assert lint("From alpine:3.20 as build\n", "FromAsCasing") == []


def test_mixed_case_as_is_reported_after_upper_from():
    assert len(lint("FROM alpine:3.20 As build\n", "FromAsCasing")) == 1


def test_from_without_a_name_is_fine():
    assert lint("FROM alpine:3.20\n", "FromAsCasing") == []


def test_each_stage_is_checked():
    text = "FROM alpine:3.20 AS a\nFROM alpine:3.20 as b\nFROM alpine:3.20 as c\n"
    assert [f.span.line for f in lint(text, "FromAsCasing")] == [2, 3]
