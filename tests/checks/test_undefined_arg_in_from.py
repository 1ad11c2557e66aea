"""UndefinedArgInFrom: FROM uses a variable no global ARG declares."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint


def test_undeclared_variable_in_the_image_is_reported_on_it():
    findings = lint("FROM node:${NODE_VERSION}-alpine\n", "UndefinedArgInFrom")
    assert [(f.span, f.message) for f in findings] == [
        (Span(1, 11, 1, 26), "FROM argument 'NODE_VERSION' is not declared")
    ]


def test_typo_gets_the_closest_declared_name():
    findings = lint("ARG IMAGE=alpine\nFROM $IMAGEE\n", "UndefinedArgInFrom")
    assert findings[0].message == "FROM argument 'IMAGEE' is not declared (did you mean IMAGE?)"


def test_arg_declared_without_default_counts():
    assert lint("ARG IMAGE\nFROM $IMAGE\n", "UndefinedArgInFrom") == []


def test_platform_args_are_predefined():
    assert lint("FROM --platform=$BUILDPLATFORM golang:1.22\n", "UndefinedArgInFrom") == []


def test_platform_flag_is_checked():
    findings = lint("FROM --platform=$BUILDPLATFROM golang:1.22\n", "UndefinedArgInFrom")
    assert [(f.span, f.message) for f in findings] == [
        (Span(1, 17, 1, 31), "FROM argument 'BUILDPLATFROM' is not declared (did you mean BUILDPLATFORM?)")
    ]


def test_arg_declared_inside_a_stage_is_not_visible_to_later_from():
    text = "FROM alpine:3.20\nARG TAG=1\nFROM alpine:$TAG\n"
    assert [f.span.line for f in lint(text, "UndefinedArgInFrom")] == [3]


def test_arg_declared_after_the_first_from_is_not_global():
    text = "FROM alpine:3.20\nARG BASE=debian\nFROM $BASE\n"
    assert len(lint(text, "UndefinedArgInFrom")) == 1


def test_build_arg_without_an_arg_does_not_declare():
    assert len(lint("FROM $BASE\n", "UndefinedArgInFrom", build_args={"BASE": "alpine"})) == 1
