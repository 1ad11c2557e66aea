"""RedundantTargetPlatform: FROM --platform=$TARGETPLATFORM."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


@pytest.mark.parametrize("value", ["$TARGETPLATFORM", "${TARGETPLATFORM}", "${TARGETPLATFORM:-linux/amd64}"])
def test_target_platform_alone_is_redundant(value):
    findings = lint(f"FROM --platform={value} alpine:3.20\n", "RedundantTargetPlatform")
    assert [(f.span, f.message) for f in findings] == [
        (
            Span(1, 6, 1, 17 + len(value)),
            f"Setting platform to predefined {value} in FROM is redundant as this is the default behavior",
        )
    ]


@pytest.mark.parametrize("value", ["$BUILDPLATFORM", "linux/amd64", "$TARGETOS/$TARGETARCH", "${TARGETPLATFORM%/*}"])
def test_other_platforms_are_not_redundant(value):
    assert lint(f"FROM --platform={value} alpine:3.20\n", "RedundantTargetPlatform") == []


def test_from_without_platform_is_fine():
    assert lint("FROM alpine:3.20\n", "RedundantTargetPlatform") == []


def test_every_stage_is_checked():
    text = "FROM --platform=$TARGETPLATFORM alpine:3.20 AS a\nFROM --platform=$TARGETPLATFORM alpine:3.20\n"
    assert [f.span.line for f in lint(text, "RedundantTargetPlatform")] == [1, 2]


def test_hadolint_dl3065_is_an_alias():
    from dlint.engine.registry import registered_rules

    assert "DL3065" in registered_rules()["RedundantTargetPlatform"].aliases
