"""The GNU format: ``path:line:col: severity: message [RULE]``, with info and style as ``note``."""

from __future__ import annotations

from dlint.engine.findings import Finding, Severity
from dlint.model.spans import Span


def test_gnu_output_matches_golden_file(report, output, golden):
    golden("report.gnu", output("gnu", report()))


def test_gnu_line_has_location_severity_message_and_rule(report, output):
    assert output("gnu", report()).splitlines()[0] == (
        "Dockerfile:2:6: warning: tag the base image, e.g. ubuntu:<version> [DL3006]"
    )


def test_gnu_prints_info_and_style_as_note(report, output):
    levels = [line.split(": ")[1] for line in output("gnu", report()).splitlines()]
    assert levels == ["warning", "note", "error", "warning", "note", "warning"]


def test_gnu_keeps_a_multi_line_message_on_one_line(report, output):
    finding = Finding("Dockerfile", "DL3006", (), Severity.ERROR, "first\nsecond", Span(1, 1, 1, 2))
    assert output("gnu", report(findings=[finding])) == "Dockerfile:1:1: error: first second [DL3006]\n"


def test_gnu_prints_nothing_for_a_clean_run(report, output):
    assert output("gnu", report(findings=[])) == ""


def test_gnu_escapes_control_characters_in_paths_and_messages(report, output):
    from dlint.engine.findings import Finding, Severity
    from dlint.model.spans import Span

    finding = Finding("a\x1b[2J", "DL3006", (), Severity.WARNING, "tag ubu\x07ntu", Span(1, 1, 1, 2))
    assert output("gnu", report(findings=[finding])) == "a\\x1b[2J:1:1: warning: tag ubu\\x07ntu [DL3006]\n"
