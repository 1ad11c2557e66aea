"""DL3031: yum update in a RUN (off by default)."""

from __future__ import annotations

import pytest

from dlint.engine.registry import registered_rules
from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM centos:7\n"


def test_update_is_reported_on_the_subcommand_inside_a_multi_line_run():
    findings = lint(FROM + "RUN yum install -y httpd-2.4.6 \\\n && yum -y update\n", "DL3031")
    assert [f.span for f in findings] == [Span(3, 12, 3, 18)]


@pytest.mark.parametrize("command", ["yum upgrade -y", "sudo yum update-minimal -y", "/usr/bin/yum -q -y upgrade-minimal"])
def test_other_spellings_and_wrappers_are_reported(command):
    assert len(lint(FROM + f"RUN {command}\n", "DL3031")) == 1


def test_dnf_update_and_yum_install_are_not_judged():
    assert lint(FROM + "RUN dnf -y update && yum -y install httpd-2.4.6 && yum check-update\n", "DL3031") == []


def test_rule_is_off_by_default_as_hadolint_removed_it():
    assert registered_rules()["DL3031"].enabled is False
