"""DL3028: gem install without version pins."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM ruby:3.3\n"


def test_unpinned_gem_is_reported_on_its_word():
    findings = lint(FROM + "RUN gem install \\\n    bundler:2.5.10 rails\n", "DL3028")
    assert [f.span for f in findings] == [Span(3, 20, 3, 25)]


@pytest.mark.parametrize("command", [
    "gem install bundler:2.5.10",
    "gem i bundler:2.5.10",
    "gem install bundler -v 2.5.10",
    "gem install bundler --version=2.5.10",
    "gem install ./pkg/app-1.0.gem",
    "gem install nokogiri:1.16.5 -- --use-system-libraries",
    "gem install nokogiri:1.16.5 --no-document",
])
def test_pinned_forms_are_fine(command):
    assert lint(FROM + f"RUN {command}\n", "DL3028") == []


def test_unpinned_after_a_switch_is_still_a_gem():
    assert len(lint(FROM + "RUN gem install --no-document rails\n", "DL3028")) == 1


def test_gem_from_an_env_is_expanded():
    assert len(lint(FROM + "ENV GEMS=rails\nRUN gem install $GEMS\n", "DL3028")) == 1


def test_other_gem_commands_are_fine():
    assert lint(FROM + "RUN gem update --system && gem cleanup\n", "DL3028") == []


def test_onbuild_and_sh_dash_c():
    assert len(lint(FROM + "ONBUILD RUN gem install rails\n", "DL3028")) == 1
    assert len(lint(FROM + 'RUN ["sh", "-c", "gem install rails"]\n', "DL3028")) == 1
