"""DL3048: label keys in Docker's recommended format."""

from __future__ import annotations

import pytest

from dlint.checks.dl3048_invalid_label_key import key_problem
from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM alpine:3.20\n"


@pytest.mark.parametrize("key", ["validlabel", "org.valid-key.label3", "org.opencontainers.image.version", "a1"])
def test_keys_in_the_recommended_format_are_fine(key):
    assert lint(FROM + f"LABEL {key}=foo\n", "DL3048") == []


def test_upper_case_key_is_reported_on_the_key():
    findings = lint(FROM + 'LABEL Maintainer="jane@example.com"\n', "DL3048")
    assert [f.span for f in findings] == [Span(2, 7, 2, 17)]
    assert "`M`" in findings[0].message


@pytest.mark.parametrize("key", ["build_date", "invalid@character", "space\\ key"])
def test_characters_outside_the_recommended_set_are_reported(key):
    assert len(lint(FROM + f"LABEL {key}=foo\n", "DL3048")) == 1


@pytest.mark.parametrize("key", [".invalid", "-invalid", "1invalid"])
def test_key_must_start_with_a_letter(key):
    assert len(lint(FROM + f"LABEL {key}=foo\n", "DL3048")) == 1


@pytest.mark.parametrize("key", ["invalid.", "invalid-"])
def test_key_must_not_end_with_a_separator(key):
    assert len(lint(FROM + f"LABEL {key}=foo\n", "DL3048")) == 1


@pytest.mark.parametrize("key", ["invalid..character", "invalid--character"])
def test_consecutive_separators_are_reported(key):
    assert "follow each other" in lint(FROM + f"LABEL {key}=foo\n", "DL3048")[0].message


@pytest.mark.parametrize("key", ["com.docker.label", "io.docker.label", "org.dockerproject.label"])
def test_reserved_namespaces_are_reported(key):
    assert "reserved" in lint(FROM + f"LABEL {key}=foo\n", "DL3048")[0].message


def test_only_the_bad_key_of_several_is_reported_on_its_continuation_line():
    text = FROM + "LABEL good=1 \\\n    Bad=2 \\\n    also-good=3\n"
    assert [f.span for f in lint(text, "DL3048")] == [Span(3, 5, 3, 8)]


def test_legacy_form_key_is_judged():
    findings = lint(FROM + "LABEL Description some words here\n", "DL3048")
    assert [f.span for f in findings] == [Span(2, 7, 2, 18)]


def test_quotes_around_a_key_are_not_part_of_it():
    assert lint(FROM + 'LABEL "org.example.key"="value"\n', "DL3048") == []
    assert "`Org.example`" in lint(FROM + 'LABEL "Org.example"="value"\n', "DL3048")[0].message


def test_key_is_judged_after_arg_expansion():
    findings = lint(FROM + "ARG KEY=Version\nLABEL ${KEY}=1\n", "DL3048")
    assert [f.span for f in findings] == [Span(3, 7, 3, 13)]
    assert "`Version`" in findings[0].message


def test_key_that_depends_on_an_unknown_arg_is_not_judged():
    assert lint(FROM + "ARG KEY\nLABEL ${KEY}=1\n", "DL3048") == []


def test_onbuild_label_key_is_judged():
    assert [f.span for f in lint(FROM + "ONBUILD LABEL Team=core\n", "DL3048")] == [Span(2, 15, 2, 19)]


def test_label_values_are_not_keys():
    assert lint(FROM + "LABEL version=UPPER..CASE\n", "DL3048") == []


def test_empty_key_has_a_problem():
    assert key_problem("") is not None
