"""DL3017: apk upgrade in a RUN (off by default)."""

from __future__ import annotations

from dlint.engine.registry import registered_rules
from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM alpine:3.20\n"


def test_apk_upgrade_is_reported_on_the_subcommand():
    assert [f.span for f in lint(FROM + "RUN apk -U upgrade\n", "DL3017")] == [Span(2, 12, 2, 19)]


def test_apk_add_upgrade_flag_is_not_the_upgrade_subcommand():
    assert lint(FROM + "RUN apk add --upgrade --no-cache curl=8.11.0-r2\n", "DL3017") == []


def test_upgrade_in_an_onbuild_trigger_is_reported():
    assert [f.span.line for f in lint(FROM + "ONBUILD RUN apk upgrade\n", "DL3017")] == [2]


def test_rule_is_off_by_default_as_hadolint_dropped_it():
    assert registered_rules()["DL3017"].enabled is False
