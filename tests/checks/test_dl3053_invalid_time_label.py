"""DL3053: an rfc3339 label of the label-schema holds an RFC 3339 timestamp."""

from __future__ import annotations

import pytest

from dlint.checks.dl3053_invalid_time_label import is_rfc3339
from dlint.engine.context import RuleContext
from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM alpine:3.20\n"
SCHEMA = RuleContext(path="Dockerfile", label_schema={"created": "rfc3339"})


def test_value_that_is_no_timestamp_is_reported_on_the_value():
    findings = lint(FROM + 'LABEL created="not-date"\n', "DL3053", context=SCHEMA)
    assert [f.span for f in findings] == [Span(2, 15, 2, 25)]
    assert "RFC 3339" in findings[0].message


def test_timestamp_is_fine():
    assert lint(FROM + 'LABEL created="2021-03-10T10:26:33.564595127+01:00"\n', "DL3053", context=SCHEMA) == []


def test_build_arg_value_is_judged():
    text = FROM + "ARG CREATED\nLABEL created=$CREATED\n"
    assert len(lint(text, "DL3053", context=SCHEMA, build_args={"CREATED": "yesterday"})) == 1
    assert lint(text, "DL3053", context=SCHEMA, build_args={"CREATED": "2024-05-01T12:30:00Z"}) == []


def test_value_without_a_build_arg_is_not_judged():
    assert lint(FROM + "ARG CREATED\nLABEL created=$CREATED\n", "DL3053", context=SCHEMA) == []


def test_onbuild_label_is_judged():
    assert len(lint(FROM + "ONBUILD LABEL created=today\n", "DL3053", context=SCHEMA)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "2024-05-01T12:30:00Z",
        "2024-05-01T12:30:00.5-08:00",
        "2024-05-01t12:30:00z",
        "2016-12-31T23:59:60Z",
        "2024-02-29T00:00:00+14:00",
    ],
)
def test_rfc3339_date_times_are_accepted(text):
    assert is_rfc3339(text)


@pytest.mark.parametrize(
    "text",
    [
        "2024-05-01",
        "2024-05-01 12:30:00Z",
        "2024-05-01T12:30:00",
        "2024-13-01T00:00:00Z",
        "2023-02-29T00:00:00Z",
        "2024-05-01T24:00:00Z",
        "2024-05-01T12:30:00+0100",
        "2024-05-01T12:30Z",
        "1714566600",
    ],
)
def test_other_timestamps_are_refused(text):
    assert not is_rfc3339(text)
