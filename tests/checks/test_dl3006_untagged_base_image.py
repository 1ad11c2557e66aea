"""DL3006: a FROM without a tag, judged after ARG expansion."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint


def test_untagged_image_is_reported_on_the_image_word():
    findings = lint("FROM ubuntu\n", "DL3006")
    assert [f.span for f in findings] == [Span(1, 6, 1, 12)]
    assert "ubuntu:<version>" in findings[0].message


def test_tagged_image_is_fine():
    assert lint("FROM ubuntu:24.04\n", "DL3006") == []


def test_arg_default_that_supplies_the_tag_is_fine():
    assert lint("ARG V=3.12.7\nFROM python:${V}-slim\n", "DL3006") == []


def test_arg_default_that_names_an_untagged_image_is_reported_on_the_written_word():
    findings = lint("ARG IMAGE=ubuntu\nFROM ${IMAGE}\n", "DL3006")
    assert [f.span for f in findings] == [Span(2, 6, 2, 14)]


def test_arg_without_value_is_not_judged():
    assert lint("ARG IMAGE\nFROM $IMAGE\n", "DL3006") == []


def test_build_arg_value_is_used():
    assert len(lint("ARG IMAGE\nFROM $IMAGE\n", "DL3006", build_args={"IMAGE": "ubuntu"})) == 1


def test_earlier_stage_name_is_not_an_image():
    assert lint("FROM ubuntu:24.04 AS build\nFROM build\n", "DL3006") == []


def test_stage_names_match_case_insensitively_as_in_buildkit():
    assert lint("FROM ubuntu:24.04 AS Build\nFROM build\n", "DL3006") == []


def test_scratch_needs_no_tag():
    assert lint("FROM scratch\n", "DL3006") == []


def test_digest_pins_without_a_tag():
    assert lint("FROM ubuntu@sha256:" + "a" * 64 + "\n", "DL3006") == []


def test_registry_port_is_not_mistaken_for_a_tag():
    assert [f.span for f in lint("FROM localhost:5000/app\n", "DL3006")] == [Span(1, 6, 1, 24)]


def test_platform_flag_is_skipped_to_the_image():
    findings = lint("FROM --platform=$BUILDPLATFORM golang AS build\n", "DL3006")
    assert [f.span for f in findings] == [Span(1, 32, 1, 38)]


def test_every_untagged_stage_is_reported():
    findings = lint("FROM golang AS build\nFROM alpine\n", "DL3006")
    assert [f.span.line for f in findings] == [1, 2]


def test_image_on_a_continuation_line_is_reported_there():
    findings = lint("FROM \\\n  ubuntu\n", "DL3006")
    assert [f.span for f in findings] == [Span(2, 3, 2, 9)]


def test_escape_directive_changes_the_continuation_character():
    findings = lint("# escape=`\nFROM `\n  ubuntu\n", "DL3006")
    assert [f.span for f in findings] == [Span(3, 3, 3, 9)]
