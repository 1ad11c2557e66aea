"""DL3026: base images only from the registries in trusted-registries."""

from __future__ import annotations

import pytest

from dlint.checks.dl3026_untrusted_registry import registry_allowed
from dlint.engine.context import RuleContext
from dlint.model.spans import Span
from tests.helpers import lint


def trusting(*registries: str) -> RuleContext:
    return RuleContext(path="Dockerfile", trusted_registries=registries)


def test_nothing_is_reported_without_trusted_registries():
    assert lint("FROM ghcr.io/acme/app:1\n", "DL3026") == []


def test_image_from_another_registry_is_reported_on_the_image_word():
    findings = lint("FROM ghcr.io/acme/app:1 AS app\n", "DL3026", context=trusting("registry.example.com"))
    assert [f.span for f in findings] == [Span(1, 6, 1, 24)]
    assert "`ghcr.io`" in findings[0].message
    assert "registry.example.com" in findings[0].message


def test_image_from_a_trusted_registry_is_fine():
    assert lint("FROM registry.example.com/acme/app:1\n", "DL3026", context=trusting("registry.example.com")) == []


DOCKER_HUB_SPELLINGS = [
    "ubuntu:24.04",
    "zemanlx/ubuntu:18.04",
    "docker.io/zemanlx/ubuntu:18.04",
    "index.docker.io/library/ubuntu:24.04",
]


@pytest.mark.parametrize("image", DOCKER_HUB_SPELLINGS)
def test_every_docker_hub_spelling_is_allowed_by_docker_io(image):
    assert lint(f"FROM {image}\n", "DL3026", context=trusting("docker.io")) == []


@pytest.mark.parametrize("name", ["hub.docker.com", "index.docker.io"])
def test_docker_hub_is_also_allowed_by_its_other_names(name):
    assert lint("FROM docker.io/library/ubuntu:24.04\n", "DL3026", context=trusting(name)) == []


def test_docker_hub_image_is_reported_when_only_other_registries_are_trusted():
    findings = lint("FROM python:3.12\n", "DL3026", context=trusting("registry.example.com"))
    assert len(findings) == 1
    assert "Docker Hub" in findings[0].message


def test_leading_wildcard_allows_subdomains_only():
    context = trusting("*.example.com")
    assert lint("FROM eu.mirror.example.com/app:1\n", "DL3026", context=context) == []
    assert len(lint("FROM example.com/app:1\n", "DL3026", context=context)) == 1
    assert len(lint("FROM x.com/app:1\n", "DL3026", context=context)) == 1


def test_trailing_wildcard_allows_a_prefix():
    context = trusting("registry.*")
    assert lint("FROM registry.example.com/app:1\n", "DL3026", context=context) == []
    assert len(lint("FROM quay.io/app:1\n", "DL3026", context=context)) == 1


def test_lone_wildcard_allows_every_registry():
    assert lint("FROM quay.io/app:1\nFROM ubuntu:24.04\n", "DL3026", context=trusting("*")) == []


def test_registry_hosts_compare_case_insensitively():
    assert lint("FROM Registry.Example.com/app:1\n", "DL3026", context=trusting("registry.example.COM")) == []


def test_registry_port_is_part_of_the_registry():
    context = trusting("localhost:5000")
    assert lint("FROM localhost:5000/app:1\n", "DL3026", context=context) == []
    assert len(lint("FROM localhost:5001/app:1\n", "DL3026", context=context)) == 1


def test_scratch_is_fine():
    assert lint("FROM scratch\n", "DL3026", context=trusting("registry.example.com")) == []


def test_earlier_stage_is_not_an_image():
    text = "FROM registry.example.com/app:1 AS Build\nFROM build\n"
    assert lint(text, "DL3026", context=trusting("registry.example.com")) == []


def test_every_untrusted_stage_is_reported():
    text = "FROM quay.io/a:1 AS a\nFROM registry.example.com/b:1 AS b\nFROM ghcr.io/c:1\n"
    assert [f.span.line for f in lint(text, "DL3026", context=trusting("registry.example.com"))] == [1, 3]


def test_registry_from_an_arg_default_is_judged_after_expansion():
    text = "ARG REGISTRY=quay.io\nFROM ${REGISTRY}/acme/app:1\n"
    findings = lint(text, "DL3026", context=trusting("registry.example.com"))
    assert [f.span for f in findings] == [Span(2, 6, 2, 28)]


def test_build_arg_can_choose_a_trusted_registry():
    text = "ARG REGISTRY=quay.io\nFROM ${REGISTRY}/acme/app:1\n"
    context = trusting("registry.example.com")
    assert lint(text, "DL3026", context=context, build_args={"REGISTRY": "registry.example.com"}) == []


def test_image_that_depends_on_an_unknown_arg_is_not_judged():
    assert lint("ARG IMAGE\nFROM $IMAGE\n", "DL3026", context=trusting("registry.example.com")) == []


def test_invalid_reference_is_left_to_other_rules():
    assert lint("FROM Quay.io/Acme/App\n", "DL3026", context=trusting("registry.example.com")) == []


@pytest.mark.parametrize(
    ("pattern", "registry", "allowed"),
    [
        ("docker.io", "docker.io", True),
        ("docker.io", "docker.io.evil.com", False),
        ("*.random.com", "foo.random.com", True),
        ("*.random.com", "random.com", False),
        ("gcr.*", "gcr.io", True),
        ("*", "anything", True),
        (" quay.io ", "quay.io", True),
    ],
)
def test_registry_patterns_match_as_in_hadolint(pattern, registry, allowed):
    assert registry_allowed(pattern, registry) is allowed
