"""DL3076: mix deps.get, deps.compile or compile without a cache mount."""

from __future__ import annotations

import pytest

from tests.helpers import lint

FROM = "FROM elixir:1.17\n"


@pytest.mark.parametrize("command", ["mix deps.get", "mix deps.get --only prod", "mix deps.compile", "mix compile"])
def test_tasks_that_fetch_or_build_dependencies_are_reported(command):
    assert len(lint(FROM + f"RUN {command}\n", "DL3076")) == 1


@pytest.mark.parametrize("command", ["mix local.hex --force", "mix release", "mix --version"])
def test_other_tasks_are_fine(command):
    assert lint(FROM + f"RUN {command}\n", "DL3076") == []


@pytest.mark.parametrize("target", ["/root/.hex", "/root/.mix", "/home/app/.hex"])
def test_a_mount_over_hex_or_mix_is_fine(target):
    assert lint(FROM + f"RUN --mount=type=cache,target={target} mix deps.get\n", "DL3076") == []


def test_a_mount_of_the_deps_folder_does_not_count():
    assert len(lint(FROM + "RUN --mount=type=cache,target=/app/deps mix deps.get\n", "DL3076")) == 1
