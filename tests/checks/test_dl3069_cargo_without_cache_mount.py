"""DL3069: cargo build, install or fetch without a cache mount over the registry."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM rust:1.82\n"


@pytest.mark.parametrize("verb", ["build --release", "b", "install ripgrep", "fetch", "test", "check", "clippy"])
def test_commands_that_fetch_crates_are_reported(verb):
    assert len(lint(FROM + f"RUN cargo {verb}\n", "DL3069")) == 1


@pytest.mark.parametrize("command", ["cargo --version", "cargo fmt --check", "rustup component add clippy"])
def test_commands_that_fetch_nothing_are_fine(command):
    assert lint(FROM + f"RUN {command}\n", "DL3069") == []


@pytest.mark.parametrize(
    "mounts",
    [
        "--mount=type=cache,target=/usr/local/cargo/registry",
        "--mount=type=cache,target=/usr/local/cargo",
        "--mount=type=cache,target=/root/.cargo",
        "--mount=type=cache,target=/root/.cargo/registry --mount=type=cache,target=/root/.cargo/git",
        "--mount=type=tmpfs,target=/home/rust/.cargo/registry",
    ],
)
def test_a_mount_over_the_registry_is_fine(mounts):
    assert lint(FROM + f"RUN {mounts} cargo build --release\n", "DL3069") == []


def test_a_mount_of_the_git_folder_alone_leaves_the_registry_in_the_layer():
    text = FROM + "RUN --mount=type=cache,target=/usr/local/cargo/git cargo build\n"
    assert len(lint(text, "DL3069")) == 1


def test_the_finding_is_on_the_cargo_command():
    text = FROM + "WORKDIR /src\nRUN cd app \\\n && cargo build --release --locked\n"
    (finding,) = lint(text, "DL3069")
    assert finding.span == Span(4, 5, 4, 35)


def test_onbuild_run_is_read():
    assert len(lint(FROM + "ONBUILD RUN cargo build\n", "DL3069")) == 1


def test_mounts_of_parts_of_the_registry_keep_those_parts_between_builds():
    mounts = (
        "--mount=type=cache,target=/usr/local/cargo/registry/index "
        "--mount=type=cache,target=/usr/local/cargo/registry/cache"
    )
    assert lint(FROM + f"RUN {mounts} cargo build --release\n", "DL3069") == []
