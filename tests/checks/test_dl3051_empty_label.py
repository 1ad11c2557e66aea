"""DL3051: a label of the label-schema set to an empty value."""

from __future__ import annotations

import pytest

from dlint.engine.context import RuleContext
from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM alpine:3.20\n"
SCHEMA = RuleContext(path="Dockerfile", label_schema={"maintainer": "text", "version": "semver"})


def test_empty_quoted_value_is_reported_on_the_pair():
    findings = lint(FROM + 'LABEL maintainer=""\n', "DL3051", context=SCHEMA)
    assert [f.span for f in findings] == [Span(2, 7, 2, 20)]
    assert "`maintainer`" in findings[0].message


def test_nothing_after_the_equals_sign_is_empty():
    assert len(lint(FROM + "LABEL version=\n", "DL3051", context=SCHEMA)) == 1


@pytest.mark.parametrize("value", ['" "', "x", "'0'"])
def test_any_character_is_a_value(value):
    assert lint(FROM + f"LABEL maintainer={value}\n", "DL3051", context=SCHEMA) == []


def test_label_outside_the_schema_may_be_empty():
    assert lint(FROM + 'LABEL other=""\n', "DL3051", context=SCHEMA) == []


def test_nothing_is_reported_without_a_schema():
    assert lint(FROM + 'LABEL maintainer=""\n', "DL3051") == []


def test_only_the_empty_label_of_several_is_reported():
    text = FROM + 'LABEL maintainer="jane" \\\n  version=""\n'
    assert [f.span for f in lint(text, "DL3051", context=SCHEMA)] == [Span(3, 3, 3, 13)]


def test_legacy_form_with_an_empty_quoted_value_is_reported():
    assert len(lint(FROM + 'LABEL maintainer ""\n', "DL3051", context=SCHEMA)) == 1


def test_arg_declared_empty_makes_an_empty_label():
    assert len(lint(FROM + "ARG VERSION=\nLABEL version=$VERSION\n", "DL3051", context=SCHEMA)) == 1


def test_build_arg_fills_the_value():
    text = FROM + "ARG VERSION=\nLABEL version=$VERSION\n"
    assert lint(text, "DL3051", context=SCHEMA, build_args={"VERSION": "1.0.0"}) == []


def test_arg_without_a_value_is_not_judged():
    assert lint(FROM + "ARG VERSION\nLABEL version=$VERSION\n", "DL3051", context=SCHEMA) == []


def test_variable_the_base_image_may_set_is_not_judged():
    assert lint(FROM + "LABEL version=$VERSION\n", "DL3051", context=SCHEMA) == []


def test_undefined_variable_in_a_scratch_stage_is_empty():
    assert len(lint("FROM scratch\nLABEL version=$VERSION\n", "DL3051", context=SCHEMA)) == 1


def test_onbuild_label_is_judged():
    assert len(lint(FROM + 'ONBUILD LABEL maintainer=""\n', "DL3051", context=SCHEMA)) == 1


def test_onbuild_label_with_a_variable_is_not_judged():
    assert lint(FROM + "ARG V=\nONBUILD LABEL maintainer=$V\n", "DL3051", context=SCHEMA) == []
