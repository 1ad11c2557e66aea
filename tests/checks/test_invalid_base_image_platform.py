"""InvalidBaseImagePlatform: platforms the Dockerfile alone shows to be impossible."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint


def test_stage_asking_for_another_platform_than_its_base_stage():
    text = "FROM --platform=linux/arm64 alpine:3.20 AS base\nFROM --platform=linux/amd64 base\n"
    findings = lint(text, "InvalidBaseImagePlatform")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 6, 2, 28), 'Base image base was pulled with platform "linux/arm64", expected "linux/amd64" for current build')
    ]


def test_platform_is_followed_through_a_chain_of_stages():
    text = "FROM --platform=linux/arm64 alpine:3.20 AS a\nFROM a AS b\nFROM --platform=linux/amd64 b\n"
    assert [f.span.line for f in lint(text, "InvalidBaseImagePlatform")] == [3]


def test_same_os_and_architecture_is_fine_whatever_the_variant():
    text = "FROM --platform=linux/arm/v6 alpine:3.20 AS a\nFROM --platform=linux/arm/v7 a\n"
    assert lint(text, "InvalidBaseImagePlatform") == []


def test_aliases_are_normalised_before_comparing():
    text = "FROM --platform=linux/aarch64 alpine:3.20 AS a\nFROM --platform=linux/arm64 a\n"
    assert lint(text, "InvalidBaseImagePlatform") == []


def test_platforms_from_the_assumed_build_machine_are_not_compared():
    text = "FROM --platform=$BUILDPLATFORM alpine:3.20 AS a\nFROM --platform=linux/arm64 a\n"
    assert lint(text, "InvalidBaseImagePlatform") == []


def test_base_stage_without_platform_is_not_compared():
    text = "FROM alpine:3.20 AS a\nFROM --platform=linux/arm64 a\n"
    assert lint(text, "InvalidBaseImagePlatform") == []


def test_image_base_is_not_compared():
    assert lint("FROM --platform=linux/arm64 alpine:3.20\n", "InvalidBaseImagePlatform") == []


def test_unparsable_platform_is_reported_with_the_reason():
    findings = lint("FROM --platform=linux//amd64 alpine:3.20\n", "InvalidBaseImagePlatform")
    assert findings[0].message.startswith('Platform "linux//amd64" of base image alpine:3.20 is not valid: ')
    assert "invalid component" in findings[0].message


def test_platform_with_an_undeclared_arg_is_left_to_undefined_arg_in_from():
    text = "ARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} alpine:3.20\n"
    findings = lint(text, "InvalidBaseImagePlatform", "UndefinedArgInFrom")
    assert [f.rule for f in findings] == ["UndefinedArgInFrom"]


def test_platform_arg_default_is_expanded_before_parsing():
    text = "ARG P=linux/amd64/v2/x\nFROM --platform=$P alpine:3.20\n"
    assert len(lint(text, "InvalidBaseImagePlatform")) == 1
