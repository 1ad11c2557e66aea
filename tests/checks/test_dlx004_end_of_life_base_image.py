from dlint.engine.context import RuleContext

from tests.helpers import lint

RULE = "DLX004"


def eol(dockerfile, **kwargs):
    return lint(dockerfile, RULE, **kwargs)


def test_python_3_6_is_reported_on_the_image_word():
    [finding] = eol("FROM python:3.6-slim AS app\n")
    assert (finding.span.line, finding.span.column, finding.span.end_column) == (1, 6, 21)
    assert "2021-12-23" in finding.message


def test_supported_release_is_not_reported():
    assert eol("FROM python:3.13-slim\n") == []


def test_minor_version_prefix_does_not_match_a_longer_minor():
    assert eol("FROM python:3.1\n") != []
    assert eol("FROM python:3.12\n") == []


def test_version_after_arg_expansion():
    assert eol("ARG UBUNTU=16.04\nFROM ubuntu:${UBUNTU}\n") != []


def test_build_arg_overrides_the_default():
    assert eol("ARG UBUNTU=16.04\nFROM ubuntu:${UBUNTU}\n", build_args={"UBUNTU": "24.04"}) == []


def test_unknown_version_is_not_reported():
    assert eol("ARG TAG\nFROM node:${TAG}\n") == []


def test_codename_tags_are_resolved():
    assert eol("FROM debian:stretch-slim\n") != []
    assert eol("FROM ubuntu:xenial\n") != []


def test_every_centos_release_has_ended():
    assert eol("FROM centos\n") != []
    assert eol("FROM centos:7\n") != []


def test_untagged_or_floating_tags_are_not_reported():
    assert eol("FROM python\n") == []
    assert eol("FROM python:3\n") == []


def test_stage_names_and_scratch_are_not_images():
    assert eol("FROM python:3.13 AS node\nFROM node\nFROM scratch\n") == []


def test_judged_against_the_configured_date():
    context = RuleContext(path="Dockerfile", options={"today": "2020-01-01"})
    assert lint("FROM node:18\n", RULE, context=context) == []
    assert lint("FROM node:10\n", RULE, context=context) == []
    assert lint("FROM node:8\n", RULE, context=context) != []


def test_images_of_other_registries_are_not_matched_by_name():
    assert eol("FROM ghcr.io/acme/python:3.6\n") == []
