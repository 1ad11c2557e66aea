"""DL3072: a Gradle build without a cache mount over ~/.gradle."""

from __future__ import annotations

import pytest

from tests.helpers import lint

FROM = "FROM eclipse-temurin:21-jdk\n"


@pytest.mark.parametrize("command", ["gradle build", "./gradlew bootJar", "/src/gradlew --no-daemon test"])
def test_every_gradle_command_is_reported(command):
    assert len(lint(FROM + f"RUN {command}\n", "DL3072")) == 1


@pytest.mark.parametrize("target", ["/root/.gradle", "/home/gradle/.gradle", "/root/.gradle/caches", "~/.gradle"])
def test_a_mount_over_the_gradle_home_is_fine(target):
    assert lint(FROM + f"RUN --mount=type=cache,target={target} ./gradlew build\n", "DL3072") == []


def test_a_mount_of_the_project_folder_does_not_count():
    assert len(lint(FROM + "RUN --mount=type=cache,target=/src/build ./gradlew build\n", "DL3072")) == 1


def test_a_program_named_like_gradle_is_not_gradle():
    assert lint(FROM + "RUN gradle-profiler --help\n", "DL3072") == []
