"""FromPlatformFlagConstDisallowed: a constant FROM --platform."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_constant_platform_is_reported_on_the_flag():
    findings = lint("FROM --platform=linux/amd64 alpine:3.20 AS build\n", "FromPlatformFlagConstDisallowed")
    assert [(f.span, f.message) for f in findings] == [
        (Span(1, 6, 1, 28), 'FROM --platform flag should not use constant value "linux/amd64"')
    ]


def test_quotes_are_removed_in_the_message():
    findings = lint('FROM --platform="linux/arm64" alpine:3.20\n', "FromPlatformFlagConstDisallowed")
    assert findings[0].message == 'FROM --platform flag should not use constant value "linux/arm64"'


@pytest.mark.parametrize("name", ["build-amd64", "linux-base", "amd64"])
def test_stage_named_for_its_platform_is_fine(name):
    assert lint(f"FROM --platform=linux/amd64 alpine:3.20 AS {name}\n", "FromPlatformFlagConstDisallowed") == []


def test_stage_name_is_compared_in_lower_case():
    assert lint("FROM --platform=linux/amd64 alpine:3.20 AS Build-AMD64\n", "FromPlatformFlagConstDisallowed") == []


@pytest.mark.parametrize("value", ["$BUILDPLATFORM", "${TARGETPLATFORM}", "$PLATFORM"])
def test_platform_from_a_variable_is_fine(value):
    text = f"ARG PLATFORM=linux/amd64\nFROM --platform={value} alpine:3.20\n"
    assert lint(text, "FromPlatformFlagConstDisallowed") == []


def test_unparsable_platform_is_left_to_the_build_error():
    assert lint("FROM --platform=nonsense alpine:3.20\n", "FromPlatformFlagConstDisallowed") == []


def test_lone_os_is_completed_before_comparing_with_the_name():
    assert lint("FROM --platform=linux alpine:3.20 AS amd64-tools\n", "FromPlatformFlagConstDisallowed") == []
