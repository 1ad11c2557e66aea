from tests.helpers import lint

RULE = "DL3029"


def test_a_fixed_platform_is_reported_on_the_flag():
    [finding] = lint("FROM --platform=linux/arm64 debian:12\n", RULE)
    assert (finding.span.column, finding.span.end_column) == (6, 28)


def test_the_build_platform_for_cross_compiling_is_fine():
    assert lint("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n", RULE) == []
    assert lint("FROM --platform=${BUILDPLATFORM} golang:1.23 AS build\n", RULE) == []


def test_no_flag_is_fine():
    assert lint("FROM debian:12\n", RULE) == []


def test_the_build_platform_with_an_empty_default_is_fine():
    assert lint("FROM --platform=${BUILDPLATFORM:-} golang:1.23 AS build\n", RULE) == []
    assert lint('FROM --platform="${BUILDPLATFORM:-}" golang:1.23 AS build\n', RULE) == []


def test_the_target_platform_is_left_to_redundant_target_platform():
    assert lint("FROM --platform=$TARGETPLATFORM debian:12\n", RULE) == []


def test_a_fixed_text_around_the_build_platform_is_reported():
    [finding] = lint("FROM --platform=linux/$TARGETARCH debian:12\n", RULE)
    assert finding.span.column == 6
