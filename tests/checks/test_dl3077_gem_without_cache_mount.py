"""DL3077: gem install or bundle install without a cache mount over the downloaded gems."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM ruby:3.3\n"


@pytest.mark.parametrize(
    "command", ["gem install rails", "gem i bundler -v 2.5.22", "bundle install", "bundle install --jobs 4",
                "bundler update"]
)
def test_commands_that_download_gems_are_reported(command):
    assert len(lint(FROM + f"RUN {command}\n", "DL3077")) == 1


@pytest.mark.parametrize("command", ["bundle exec rake install", "bundle config set --local without dev", "gem list"])
def test_other_commands_are_fine(command):
    assert lint(FROM + f"RUN {command}\n", "DL3077") == []


@pytest.mark.parametrize("target", ["/usr/local/bundle/cache", "/usr/local/bundle", "/root/.gem", "/root/.bundle/cache"])
def test_a_mount_over_the_gem_cache_is_fine(target):
    assert lint(FROM + f"RUN --mount=type=cache,target={target} bundle install\n", "DL3077") == []


def test_the_message_suggests_the_cache_folder_not_the_gem_folder():
    (finding,) = lint(FROM + "RUN bundle install\n", "DL3077")
    assert "target=/usr/local/bundle/cache" in finding.message


def test_the_finding_is_on_the_first_command_that_downloads():
    text = FROM + "RUN gem install bundler -v 2.5.22 \\\n && bundle install\n"
    assert [f.span for f in lint(text, "DL3077")] == [Span(2, 5, 2, 34)]
