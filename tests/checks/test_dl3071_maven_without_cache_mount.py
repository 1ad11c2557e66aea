"""DL3071: a Maven build without a cache mount over ~/.m2."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM maven:3.9-eclipse-temurin-21\n"


@pytest.mark.parametrize(
    "command",
    ["mvn package", "mvn -B clean install -DskipTests", "mvn -f pom.xml verify", "./mvnw package",
     "mvn dependency:go-offline"],
)
def test_builds_that_resolve_dependencies_are_reported(command):
    assert len(lint(FROM + f"RUN {command}\n", "DL3071")) == 1


@pytest.mark.parametrize("command", ["mvn --version", "mvn clean", "mvn -f package help:effective-pom"])
def test_goals_that_download_nothing_are_fine(command):
    assert lint(FROM + f"RUN {command}\n", "DL3071") == []


@pytest.mark.parametrize("target", ["/root/.m2", "/root/.m2/repository", "/home/app/.m2", "$HOME/.m2"])
def test_a_mount_over_the_local_repository_is_fine(target):
    assert lint(FROM + f"RUN --mount=type=cache,target={target} mvn -B package\n", "DL3071") == []


def test_the_finding_is_on_the_maven_command():
    (finding,) = lint(FROM + "RUN cd app && mvn -B package\n", "DL3071")
    assert finding.span == Span(2, 15, 2, 29)
