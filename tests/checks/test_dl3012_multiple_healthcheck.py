"""DL3012: more than one HEALTHCHECK in a stage."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint


def test_the_overridden_healthcheck_is_reported():
    text = "FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/\nHEALTHCHECK NONE\n"
    findings = lint(text, "DL3012")
    assert [f.span for f in findings] == [Span(2, 1, 2, 42)]


def test_single_healthcheck_is_fine():
    assert lint("FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/\n", "DL3012") == []


def test_healthchecks_in_different_stages_are_fine():
    text = "FROM nginx:1.27 AS a\nHEALTHCHECK NONE\nFROM a\nHEALTHCHECK CMD true\n"
    assert lint(text, "DL3012") == []


def test_healthcheck_with_options_over_several_lines():
    text = "FROM nginx:1.27\nHEALTHCHECK --interval=5s \\\n  CMD true\nHEALTHCHECK NONE\n"
    assert [f.span for f in lint(text, "DL3012")] == [Span(2, 1, 3, 11)]
