"""DL3068: npm install or ci without a cache mount over ~/.npm."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM node:22-slim\n"


@pytest.mark.parametrize("verb", ["install", "i", "ci", "clean-install", "install-ci-test", "add lodash"])
def test_every_spelling_of_an_install_is_reported(verb):
    assert len(lint(FROM + f"RUN npm {verb}\n", "DL3068")) == 1


@pytest.mark.parametrize("command", ["npm run build", "npm run ci", "npm test", "npm --version", "echo npm install"])
def test_commands_that_download_nothing_are_fine(command):
    assert lint(FROM + f"RUN {command}\n", "DL3068") == []


def test_the_finding_is_on_the_npm_command_inside_a_multi_line_run():
    text = FROM + "RUN set -eux; \\\n    echo start; \\\n    npm ci --omit=dev\n"
    (finding,) = lint(text, "DL3068")
    assert finding.span == Span(4, 5, 4, 22)


@pytest.mark.parametrize(
    "target", ["/root/.npm", "/home/node/.npm", "~/.npm", "$HOME/.npm", "/root/.npm/", "/root", "/cache/.npm"]
)
def test_a_cache_mount_over_npms_cache_in_any_home_is_fine(target):
    assert lint(FROM + f"RUN --mount=type=cache,target={target} npm ci\n", "DL3068") == []


def test_a_tmpfs_mount_counts_and_dst_is_a_synonym_of_target():
    assert lint(FROM + "RUN --mount=type=tmpfs,target=/root/.npm npm ci\n", "DL3068") == []
    assert lint(FROM + "RUN --mount=type=cache,dst=/root/.npm npm ci\n", "DL3068") == []


@pytest.mark.parametrize(
    "mount", ["type=cache,target=/root/.cache", "type=bind,target=/root/.npm", "type=secret,id=npmrc"]
)
def test_other_mounts_do_not_count(mount):
    assert len(lint(FROM + f"RUN --mount={mount} npm ci\n", "DL3068")) == 1


def test_one_finding_per_run_and_one_per_unmounted_run():
    text = FROM + "RUN npm ci && npm install -g pm2\nRUN --mount=type=cache,target=/root/.npm npm ci\nRUN npm i\n"
    assert [f.span.line for f in lint(text, "DL3068")] == [2, 4]


def test_wrappers_sh_c_heredocs_and_onbuild_are_read():
    assert len(lint(FROM + "RUN sudo -u node npm ci\n", "DL3068")) == 1
    assert len(lint(FROM + 'RUN ["sh", "-c", "npm ci"]\n', "DL3068")) == 1
    assert len(lint(FROM + "RUN <<EOF\nnpm ci\nEOF\n", "DL3068")) == 1
    assert [f.span.line for f in lint(FROM + "ONBUILD RUN npm ci\n", "DL3068")] == [2]


def test_npm_in_cmd_is_not_a_build_step():
    assert lint(FROM + 'CMD ["npm", "install"]\n', "DL3068") == []
