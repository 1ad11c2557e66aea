"""DL1001: ignore comments on one instruction."""

from __future__ import annotations

import pytest

from dlint.engine.registry import registered_rules
from dlint.model.spans import Span
from tests.helpers import lint


def test_off_by_default():
    assert registered_rules()["DL1001"].enabled is False


@pytest.mark.parametrize("tool", ["hadolint", "dlint"])
def test_inline_ignore_is_reported_on_the_comment(tool):
    findings = lint(f"FROM debian:12\n# {tool} ignore=DL3003\nRUN cd /tmp\n", "DL1001")
    assert [f.span.line for f in findings] == [2]
    assert findings[0].span.column == 1


def test_global_ignore_and_other_comments_are_fine():
    text = "# hadolint global ignore=DL3003\n# hadolint shell=powershell\n# just a note\nFROM debian:12\n"
    assert lint(text, "DL1001") == []


def test_comment_span_covers_the_comment():
    findings = lint("FROM debian:12\n# dlint ignore=DL3003 -- why\nRUN cd /tmp\n", "DL1001")
    assert findings[0].span.line == findings[0].span.end_line == 2
    assert findings[0].span != Span(2, 1, 2, 1)
