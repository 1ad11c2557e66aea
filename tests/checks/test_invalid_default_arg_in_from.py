"""InvalidDefaultArgInFrom: FROM with only the ARG defaults is no valid image."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_arg_without_default_leaves_an_empty_tag():
    findings = lint("ARG TAG\nFROM alpine:$TAG\n", "InvalidDefaultArgInFrom")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 6, 2, 17), "Default value for ARG alpine:$TAG results in empty or invalid base image name")
    ]


def test_arg_without_default_as_the_whole_image_is_reported():
    assert len(lint("ARG IMAGE\nFROM $IMAGE\n", "InvalidDefaultArgInFrom")) == 1


def test_default_making_a_valid_image_is_fine():
    assert lint("ARG TAG=3.20\nFROM alpine:$TAG\n", "InvalidDefaultArgInFrom") == []


def test_build_args_are_ignored_on_purpose():
    assert len(lint("ARG TAG\nFROM alpine:$TAG\n", "InvalidDefaultArgInFrom", build_args={"TAG": "3.20"})) == 1


def test_default_that_is_not_a_valid_reference_is_reported():
    assert len(lint("ARG IMAGE=Alpine\nFROM $IMAGE\n", "InvalidDefaultArgInFrom")) == 1


@pytest.mark.parametrize("image", ["alpine${VARIANT:+-$VARIANT}", "${IMAGE:-alpine}"])
def test_modifiers_that_cover_a_missing_value_are_fine(image):
    assert lint(f"ARG VARIANT\nARG IMAGE\nFROM {image}\n", "InvalidDefaultArgInFrom") == []


def test_defaults_may_build_on_earlier_args():
    assert lint("ARG V=3.20\nARG IMAGE=alpine:$V\nFROM $IMAGE\n", "InvalidDefaultArgInFrom") == []


def test_platform_args_have_their_usual_values():
    assert lint("FROM --platform=$BUILDPLATFORM tonistiigi/xx:$TARGETARCH\n", "InvalidDefaultArgInFrom") == []


def test_stage_references_are_valid_names():
    assert lint("FROM alpine:3.20 AS base\nFROM base\n", "InvalidDefaultArgInFrom") == []


def test_check_stops_at_the_first_from_that_cannot_be_expanded():
    text = "ARG IMAGE\nFROM ${IMAGE:?required}\nFROM alpine:$IMAGE\n"
    assert lint(text, "InvalidDefaultArgInFrom") == []
