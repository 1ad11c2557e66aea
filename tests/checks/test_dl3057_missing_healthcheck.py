from tests.helpers import lint

RULE = "DL3057"


def test_an_image_without_healthcheck_is_reported_on_its_from():
    [finding] = lint("FROM golang:1.23 AS build\nFROM nginx:1.27\nCOPY x /x\n", RULE)
    assert finding.span.line == 2


def test_build_only_stages_need_none():
    text = "FROM golang:1.23 AS build\nRUN go build\nFROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/\n"
    assert lint(text, RULE) == []


def test_healthcheck_none_is_a_decision():
    assert lint("FROM nginx:1.27\nHEALTHCHECK NONE\n", RULE) == []


def test_a_healthcheck_of_the_stage_it_is_built_from_counts():
    assert lint("FROM nginx:1.27 AS base\nHEALTHCHECK CMD true\nFROM base\nCOPY x /x\n", RULE) == []


def test_a_healthcheck_only_in_a_build_stage_does_not_count():
    assert lint("FROM nginx:1.27 AS build\nHEALTHCHECK CMD true\nFROM nginx:1.27\n", RULE) != []
