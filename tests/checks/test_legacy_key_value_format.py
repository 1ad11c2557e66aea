"""LegacyKeyValueFormat: ENV/LABEL written as ``KEY value``."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_legacy_env_is_reported_on_the_pair():
    findings = lint("FROM alpine:3.20\nENV APP_HOME /app\n", "LegacyKeyValueFormat")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 5, 2, 18), '"ENV key=value" should be used instead of legacy "ENV key value" format')
    ]


def test_legacy_label_names_the_keyword_as_written():
    findings = lint("FROM alpine:3.20\nlabel maintainer someone\n", "LegacyKeyValueFormat")
    assert findings[0].message == '"label key=value" should be used instead of legacy "label key value" format'


@pytest.mark.parametrize(
    "instruction",
    ["ENV APP_HOME=/app", "ENV A=1 B=2", 'ENV A="with space"', "LABEL a=b", "ENV A=", 'ENV "A"=1'],
)
def test_key_equals_value_is_fine(instruction):
    assert lint(f"FROM alpine:3.20\n{instruction}\n", "LegacyKeyValueFormat") == []


def test_legacy_value_with_an_equals_sign_later_is_still_legacy():
    assert len(lint("FROM alpine:3.20\nENV OPTS -Da=b\n", "LegacyKeyValueFormat")) == 1


def test_legacy_form_continued_over_lines():
    findings = lint("FROM alpine:3.20\nENV PATH \\\n    /opt/bin:$PATH\n", "LegacyKeyValueFormat")
    assert (findings[0].span.line, findings[0].span.end_line) == (2, 3)


def test_key_on_a_continuation_line_in_modern_form_is_fine():
    assert lint("FROM alpine:3.20\nENV \\\n    A=1 \\\n    B=2\n", "LegacyKeyValueFormat") == []


def test_onbuild_env_is_not_checked_where_it_is_declared():
    assert lint("FROM alpine:3.20\nONBUILD ENV A b\n", "LegacyKeyValueFormat") == []


def test_other_instructions_are_ignored():
    assert lint("FROM alpine:3.20\nARG A\nRUN echo a b\n", "LegacyKeyValueFormat") == []
