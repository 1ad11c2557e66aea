"""GitHub Actions workflow commands: one annotation per finding, escaped as the runner expects."""

from __future__ import annotations

from dlint.engine.findings import Finding, Severity
from dlint.model.spans import Span
from dlint.reporters.github import escape_data, escape_property


def test_github_output_matches_golden_file(report, output, golden):
    golden("report.github", output("github", report()))


def test_github_annotation_places_the_finding_on_its_span(report, output):
    assert output("github", report()).splitlines()[0] == (
        "::warning file=Dockerfile,line=2,col=6,endLine=2,endColumn=12,title=DL3006::"
        "tag the base image, e.g. ubuntu:<version>"
    )


def test_github_levels_are_error_warning_and_notice(report, output):
    commands = [line.split(" ")[0] for line in output("github", report()).splitlines()]
    assert commands == ["::warning", "::notice", "::error", "::warning", "::notice", "::warning"]


def test_github_multi_line_annotation_has_no_columns(report, output):
    line = output("github", report()).splitlines()[3]
    assert line.startswith("::warning file=Dockerfile,line=5,endLine=6,title=DL3008::")


def test_github_message_escapes_percent_and_newlines():
    assert escape_data("100%\r\ndone") == "100%25%0D%0Adone"


def test_github_property_also_escapes_colon_and_comma():
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"


def test_github_file_is_relative_to_the_root_with_escaped_separators(report, output):
    finding = Finding("./docker/a,b:c/Dockerfile", "DL3006", (), Severity.ERROR, "50% done", Span(1, 1, 1, 2))
    assert output("github", report(findings=[finding])) == (
        "::error file=docker/a%2Cb%3Ac/Dockerfile,line=1,col=1,endLine=1,endColumn=2,title=DL3006::50%25 done\n"
    )
