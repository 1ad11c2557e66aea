"""The JSON format: findings with positions, aliases, related locations and fixes; files that failed as errors."""

from __future__ import annotations

import json
from dataclasses import replace

import dlint


def test_json_output_matches_golden_file(report, output, golden):
    golden("report.json", output("json", report()).replace(f'"{dlint.__version__}"', '"VERSION"'))


def test_json_names_the_dlint_version_and_the_files_linted(report, output):
    document = json.loads(output("json", report()))
    assert (document["version"], document["files"]) == (dlint.__version__, 3)


def test_json_finding_has_exclusive_end_column_and_aliases(report, output):
    first = json.loads(output("json", report()))["findings"][0]
    assert first == {
        "path": "Dockerfile",
        "line": 2,
        "column": 6,
        "end_line": 2,
        "end_column": 12,
        "rule": "DL3006",
        "aliases": ["CKV_DOCKER_7"],
        "severity": "warning",
        "message": "tag the base image, e.g. ubuntu:<version>",
        "fixable": False,
        "related": [],
        "fix": None,
    }


def test_json_lists_related_locations(report, output):
    finding = json.loads(output("json", report()))["findings"][4]
    assert finding["related"] == [
        {"line": 2, "column": 16, "end_line": 2, "end_column": 21, "message": "stage 'Build' is defined here"}
    ]


def test_json_gives_the_edits_of_a_fix(report, output):
    finding = json.loads(output("json", report()))["findings"][1]
    assert finding["fix"] == {
        "description": "rename the stage to 'build'",
        "safe": True,
        "unsafe_because": None,
        "edits": [{"line": 2, "column": 16, "end_line": 2, "end_column": 21, "replacement": "build"}],
    }


def test_json_says_why_an_unsafe_fix_is_unsafe(report, output):
    findings = report().findings
    findings[1] = replace(findings[1], fix=replace(findings[1].fix, unsafe_because="a later COPY may use the old name"))
    fix = json.loads(output("json", report(findings=findings)))["findings"][1]["fix"]
    assert (fix["safe"], fix["unsafe_because"]) == (False, "a later COPY may use the old name")


def test_json_reports_files_that_could_not_be_linted(report, output):
    errors = json.loads(output("json", report()))["errors"]
    assert errors == [
        {
            "path": "broken/Dockerfile",
            "message": "invalid UTF-8 at byte 12",
            "kind": "unreadable",
            "line": None,
            "column": None,
            "rule": None,
        },
        {
            "path": "Dockerfile",
            "message": "KeyError: 'curl'",
            "kind": "internal-error",
            "line": 5,
            "column": 5,
            "rule": "DL3008",
        },
    ]


def test_json_of_a_clean_run_has_empty_lists(report, output):
    document = json.loads(output("json", report(findings=[], problems=[])))
    assert (document["findings"], document["errors"]) == ([], [])
