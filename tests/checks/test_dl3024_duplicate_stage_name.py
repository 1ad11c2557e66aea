"""DL3024 / DuplicateStageName: stage names must be unique."""

from __future__ import annotations

from dlint.engine.registry import registered_rules
from dlint.model.spans import Span
from tests.helpers import lint


def test_second_stage_with_the_same_name_is_reported_on_its_name():
    findings = lint("FROM debian:12 AS build\nFROM golang:1.22 AS build\n", "DL3024")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 21, 2, 26), 'Duplicate stage name "build", stage names should be unique')
    ]


def test_the_first_definition_is_related():
    findings = lint("FROM debian:12 AS build\nFROM golang:1.22 AS build\n", "DL3024")
    assert findings[0].related[0].span == Span(1, 19, 1, 24)


def test_names_differing_only_in_case_are_duplicates():
    findings = lint("FROM debian:12 AS Build\nFROM golang:1.22 AS build\n", "DL3024")
    assert findings[0].message == 'Duplicate stage name "build", stage names should be unique'


def test_every_repetition_is_reported():
    text = "FROM a:1 AS x\nFROM b:1 AS x\nFROM c:1 AS x\n"
    assert [f.span.line for f in lint(text, "DL3024")] == [2, 3]


def test_unique_names_and_unnamed_stages_are_fine():
    text = "FROM a:1 AS x\nFROM b:1\nFROM c:1\nFROM d:1 AS y\n"
    assert lint(text, "DL3024") == []


def test_answers_to_the_buildkit_and_scanner_names():
    rule = registered_rules()["DL3024"]
    assert rule.buildkit_name == "DuplicateStageName"
    assert {"DuplicateStageName", "DS012", "CKV_DOCKER_11"} <= set(rule.aliases)
