"""DL3035: zypper dist-upgrade in a RUN."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM opensuse/tumbleweed\n"


@pytest.mark.parametrize("verb", ["dist-upgrade", "dup"])
def test_dist_upgrade_is_reported_on_the_subcommand(verb):
    findings = lint(FROM + f"RUN zypper -n {verb}\n", "DL3035")
    assert [f.span for f in findings] == [Span(2, 15, 2, 15 + len(verb))]


def test_update_and_patch_are_not_distribution_upgrades():
    assert lint(FROM + "RUN zypper -n update && zypper -n patch\n", "DL3035") == []


def test_onbuild_trigger_is_judged():
    assert [f.span.line for f in lint(FROM + "ONBUILD RUN zypper dup\n", "DL3035")] == [2]
