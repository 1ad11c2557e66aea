"""DL3055: a hash label of the label-schema holds a git commit hash."""

from __future__ import annotations

import pytest

from dlint.checks.dl3055_invalid_git_hash_label import is_git_hash
from dlint.engine.context import RuleContext
from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM alpine:3.20\n"
SCHEMA = RuleContext(path="Dockerfile", label_schema={"revision": "hash"})
SHA1 = "3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39"


def test_branch_name_is_reported_on_the_value():
    findings = lint(FROM + "LABEL revision=main\n", "DL3055", context=SCHEMA)
    assert [f.span for f in findings] == [Span(2, 16, 2, 20)]
    assert "`revision` is not a valid git hash" in findings[0].message


def test_full_hash_is_fine():
    assert lint(FROM + f"LABEL revision={SHA1}\n", "DL3055", context=SCHEMA) == []


def test_build_arg_value_is_judged():
    text = FROM + "ARG REVISION\nLABEL revision=${REVISION}\n"
    assert lint(text, "DL3055", context=SCHEMA, build_args={"REVISION": SHA1[:7]}) == []
    assert len(lint(text, "DL3055", context=SCHEMA, build_args={"REVISION": "v1.0"})) == 1


def test_value_without_a_build_arg_is_not_judged():
    assert lint(FROM + "ARG REVISION\nLABEL revision=${REVISION}\n", "DL3055", context=SCHEMA) == []


@pytest.mark.parametrize("text", [SHA1, SHA1[:7], SHA1[:12], "a" * 64])
def test_lengths_git_prints_are_hashes(text):
    assert is_git_hash(text)


@pytest.mark.parametrize("text", [SHA1[:6], SHA1 + "a", SHA1.upper(), "g" * 40, "a" * 50])
def test_other_text_is_not_a_hash(text):
    assert not is_git_hash(text)
