"""DL3007: a FROM on the ``latest`` tag, judged after ARG expansion."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint


def test_latest_tag_is_reported_on_the_image_word():
    findings = lint("FROM nginx:latest\n", "DL3007")
    assert [f.span for f in findings] == [Span(1, 6, 1, 18)]


def test_release_tag_is_fine():
    assert lint("FROM nginx:1.27\n", "DL3007") == []


def test_arg_default_latest_is_reported_and_explained():
    findings = lint("ARG TAG=latest\nFROM nginx:${TAG}\n", "DL3007")
    assert [f.span for f in findings] == [Span(2, 6, 2, 18)]
    assert "resolves to `nginx:latest`" in findings[0].message


def test_build_arg_overrides_the_default():
    assert lint("ARG TAG=latest\nFROM nginx:${TAG}\n", "DL3007", build_args={"TAG": "1.27"}) == []


def test_unknown_tag_is_not_judged():
    assert lint("ARG TAG\nFROM nginx:${TAG}\n", "DL3007") == []


def test_untagged_image_is_left_to_dl3006():
    assert lint("FROM nginx\n", "DL3007") == []


def test_digest_pins_whatever_the_tag_says():
    assert lint("FROM nginx:latest@sha256:" + "b" * 64 + "\n", "DL3007") == []


def test_latest_in_a_later_stage_is_reported():
    findings = lint("FROM golang:1.22 AS build\nFROM alpine:latest\nCOPY --from=build /a /a\n", "DL3007")
    assert [f.span.line for f in findings] == [2]


def test_trivy_and_checkov_ids_select_the_rule():
    from dlint.engine.registry import registered_rules

    assert {"DS001", "CKV_DOCKER_7"} <= set(registered_rules()["DL3007"].aliases)
