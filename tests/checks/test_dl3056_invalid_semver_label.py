"""DL3056: a semver label of the label-schema holds a semantic version."""

from __future__ import annotations

import pytest

from dlint.checks.dl3056_invalid_semver_label import is_semver
from dlint.engine.context import RuleContext
from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM alpine:3.20\n"
SCHEMA = RuleContext(path="Dockerfile", label_schema={"semver": "semver"})


def test_value_that_is_no_version_is_reported_on_the_value():
    findings = lint(FROM + 'LABEL semver="not-sem-ver"\n', "DL3056", context=SCHEMA)
    assert [f.span for f in findings] == [Span(2, 14, 2, 27)]
    assert "does not conform to semantic versioning" in findings[0].message


@pytest.mark.parametrize("value", ["1.0.0", '"2.0.1-rc1"'])
def test_semantic_versions_are_fine(value):
    assert lint(FROM + f"LABEL semver={value}\n", "DL3056", context=SCHEMA) == []


def test_version_from_an_arg_default_is_judged():
    assert len(lint(FROM + "ARG V=1.4\nLABEL semver=$V\n", "DL3056", context=SCHEMA)) == 1


def test_version_built_from_several_args_is_judged_whole():
    text = FROM + "ARG MAJOR=1\nARG MINOR=4\nLABEL semver=${MAJOR}.${MINOR}.0\n"
    assert lint(text, "DL3056", context=SCHEMA) == []


def test_each_bad_version_of_a_multi_stage_file_is_reported():
    text = "FROM alpine:3.20 AS a\nLABEL semver=1\nFROM a\nLABEL semver=1.0.0\nFROM alpine:3.20\nLABEL semver=v2\n"
    assert [f.span.line for f in lint(text, "DL3056", context=SCHEMA)] == [2, 6]


@pytest.mark.parametrize("text", ["0.0.0", "1.0.0-alpha.1", "1.0.0+build.5", "1.0.0-rc.1+20240501", "1.0.0-0a.x-y"])
def test_semver_2_versions_are_accepted(text):
    assert is_semver(text)


@pytest.mark.parametrize("text", ["v1.0.0", "1.0", "01.0.0", "1.0.0-01", "1.0.0+", "1.0.0-", "1.0.0-a..b", "1.0.0.0"])
def test_other_versions_are_refused(text):
    assert not is_semver(text)
