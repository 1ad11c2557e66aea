"""Platform strings read as containerd's platforms.Parse and Normalize read them."""

from __future__ import annotations

import pytest

from dlint.model.platform import PlatformError, parse_platform


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("linux/amd64", "linux/amd64"),
        ("Linux/AMD64", "linux/amd64"),
        ("linux/x86_64", "linux/amd64"),
        ("linux/aarch64", "linux/arm64"),
        ("linux/arm64/v8", "linux/arm64"),
        ("linux/arm", "linux/arm/v7"),
        ("linux/armhf", "linux/arm/v7"),
        ("linux/i386", "linux/386"),
        ("macos/arm64", "darwin/arm64"),
        ("windows/amd64", "windows/amd64"),
        ("linux/amd64/v3", "linux/amd64/v3"),
    ],
)
def test_os_and_architecture_are_normalised(text, platform):
    assert str(parse_platform(text)) == platform


def test_lone_os_gets_the_assumed_architecture():
    assert str(parse_platform("linux")) == "linux/amd64"


def test_lone_architecture_gets_the_assumed_os():
    assert str(parse_platform("arm64")) == "linux/arm64"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("foo", "unknown operating system or architecture"),
        ("linux//amd64", "is an invalid component"),
        ("linux/amd64/v2/extra", "cannot parse platform specifier"),
        ("linux/*", "wildcards not yet supported"),
    ],
)
def test_malformed_platforms_are_refused_with_containerd_reason(text, reason):
    with pytest.raises(PlatformError, match=reason):
        parse_platform(text)
