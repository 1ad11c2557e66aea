"""DL3075: pnpm install, add or fetch without a cache mount over the store."""

from __future__ import annotations

import pytest

from tests.helpers import lint

FROM = "FROM node:22-slim\n"


@pytest.mark.parametrize("command", ["pnpm install", "pnpm i --frozen-lockfile", "pnpm add lodash", "pnpm fetch"])
def test_commands_that_download_packages_are_reported(command):
    assert len(lint(FROM + f"RUN {command}\n", "DL3075")) == 1


@pytest.mark.parametrize("command", ["pnpm run build", "pnpm --version", "corepack enable pnpm"])
def test_other_commands_are_fine(command):
    assert lint(FROM + f"RUN {command}\n", "DL3075") == []


@pytest.mark.parametrize(
    "target", ["/root/.local/share/pnpm/store", "/pnpm/store", "/home/node/.pnpm-store", "/root/.local/share/pnpm"]
)
def test_a_mount_over_the_store_is_fine(target):
    assert lint(FROM + f"RUN --mount=type=cache,id=pnpm,target={target} pnpm install\n", "DL3075") == []


def test_npm_and_pnpm_in_one_run_are_judged_by_their_own_rules():
    text = FROM + "RUN --mount=type=cache,target=/root/.npm npm i -g pnpm && pnpm install\n"
    assert lint(text, "DL3068") == []
    assert len(lint(text, "DL3075")) == 1
