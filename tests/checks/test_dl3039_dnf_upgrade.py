"""DL3039: dnf upgrade in a RUN (off by default)."""

from __future__ import annotations

import pytest

from dlint.engine.registry import registered_rules
from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM fedora:41\n"


def test_upgrade_is_reported_on_the_subcommand():
    assert [f.span for f in lint(FROM + "RUN dnf -y upgrade\n", "DL3039")] == [Span(2, 12, 2, 19)]


@pytest.mark.parametrize("command", ["dnf up -y", "dnf update -y", "microdnf upgrade-minimal -y"])
def test_other_spellings_of_upgrade_are_reported(command):
    assert len(lint(FROM + f"RUN {command}\n", "DL3039")) == 1


def test_yum_upgrade_and_dnf_install_are_not_judged():
    assert lint(FROM + "RUN yum -y upgrade && dnf -y install httpd-2.4.62\n", "DL3039") == []


def test_rule_is_off_by_default_as_hadolint_dropped_it():
    assert registered_rules()["DL3039"].enabled is False
