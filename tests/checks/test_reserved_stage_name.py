"""ReservedStageName: stages named scratch or context."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


@pytest.mark.parametrize("name", ["scratch", "context"])
def test_reserved_name_is_reported_on_the_name(name):
    findings = lint(f"FROM alpine:3.20 AS {name}\n", "ReservedStageName")
    assert [(f.span, f.message) for f in findings] == [
        (Span(1, 21, 1, 21 + len(name)), f'Stage name should not use the same name as reserved stage "{name}"')
    ]


def test_reserved_name_is_compared_in_lower_case():
    findings = lint("FROM alpine:3.20 AS Scratch\n", "ReservedStageName")
    assert findings[0].message == 'Stage name should not use the same name as reserved stage "scratch"'


def test_building_from_scratch_is_fine():
    assert lint("FROM scratch AS base\n", "ReservedStageName") == []


def test_names_containing_a_reserved_word_are_fine():
    assert lint("FROM alpine:3.20 AS scratch-files\n", "ReservedStageName") == []


def test_hadolint_dl3063_is_an_alias():
    from dlint.engine.registry import registered_rules

    assert "DL3063" in registered_rules()["ReservedStageName"].aliases
