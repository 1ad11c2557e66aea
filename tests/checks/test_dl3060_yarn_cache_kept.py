"""DL3060: yarn install that leaves yarn's cache in the image."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM node:20\n"


def test_yarn_install_is_reported_on_the_command():
    findings = lint(FROM + "RUN echo go \\\n && yarn install --frozen-lockfile\n", "DL3060")
    assert [f.span for f in findings] == [Span(3, 5, 3, 35)]


def test_cache_clean_after_the_install_is_fine():
    assert lint(FROM + "RUN yarn install && yarn cache clean\n", "DL3060") == []


def test_cache_clean_before_the_install_does_not_count():
    assert len(lint(FROM + "RUN yarn cache clean && yarn install\n", "DL3060")) == 1


def test_removing_the_cache_folder_counts():
    assert lint(FROM + "RUN yarn install && rm -rf /usr/local/share/.cache/yarn\n", "DL3060") == []


@pytest.mark.parametrize("target", ["/root/.cache/yarn", "/home/node/.cache/yarn", "/usr/local/share/.cache/yarn"])
@pytest.mark.parametrize("kind", ["cache", "tmpfs"])
def test_cache_or_tmpfs_mount_over_the_cache_is_fine(kind, target):
    assert lint(FROM + f"RUN --mount=type={kind},target={target} yarn install\n", "DL3060") == []


def test_mount_elsewhere_does_not_help():
    assert len(lint(FROM + "RUN --mount=type=cache,target=/var/lib/x yarn install\n", "DL3060")) == 1


def test_yarn_add_fills_the_cache_too():
    assert len(lint(FROM + "RUN yarn add react@18.3.1\n", "DL3060")) == 1


def test_build_only_stage_is_not_judged_but_a_parent_stage_is():
    only_copied = "FROM node:20 AS deps\nRUN yarn install\nFROM node:20\nCOPY --from=deps /a /a\n"
    assert lint(only_copied, "DL3060") == []
    parent = "FROM node:20 AS deps\nRUN yarn install\nFROM deps\nRUN echo done\n"
    assert len(lint(parent, "DL3060")) == 1


def test_heredoc_and_onbuild():
    assert len(lint(FROM + "RUN <<EOF\nyarn install\nEOF\n", "DL3060")) == 1
    assert len(lint(FROM + "ONBUILD RUN yarn install\n", "DL3060")) == 1
