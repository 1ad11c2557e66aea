"""DLX011: base images named without a digest (off by default)."""

from __future__ import annotations

from dlint.engine.registry import registered_rules
from dlint.model.spans import Span
from tests.helpers import lint

DIGEST = "sha256:" + "c" * 64


def test_rule_is_off_by_default():
    assert registered_rules()["DLX011"].enabled is False


def test_tagged_image_without_digest_is_reported_on_the_image_word():
    findings = lint("FROM python:3.12-slim\n", "DLX011")
    assert [f.span for f in findings] == [Span(1, 6, 1, 22)]


def test_digest_satisfies_the_rule():
    assert lint(f"FROM python:3.12-slim@{DIGEST}\n", "DLX011") == []


def test_digest_from_an_arg_default_counts():
    assert lint(f"ARG BASE=python@{DIGEST}\nFROM $BASE\n", "DLX011") == []


def test_stage_references_and_scratch_are_not_images_to_pin():
    text = f"FROM python@{DIGEST} AS build\nFROM build\nFROM scratch\n"
    assert lint(text, "DLX011") == []


def test_unknown_image_is_not_judged():
    assert lint("ARG BASE\nFROM $BASE\n", "DLX011") == []
