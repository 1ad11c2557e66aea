"""SARIF 2.1.0 for GitHub code scanning: valid against the OASIS schema, with rules, fingerprints and fixes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

import dlint
from dlint.engine.catalogue import CatalogueEntry, Example
from dlint.engine.findings import Finding, Severity
from dlint.engine.registry import registered_rules
from dlint.engine.report import Report
from dlint.model.spans import Span
from dlint.reporters.locations import root_uri
from dlint.reporters.sarif import FINGERPRINT, sarif_log

SCHEMA = Path(__file__).resolve().parents[2] / ".." / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def sarif_of(report: Report, catalogue: dict | None = None) -> dict:
    return sarif_log(report, (catalogue or {}).get)


def run_of(report: Report, catalogue: dict | None = None) -> dict:
    return sarif_of(report, catalogue)["runs"][0]


def assert_valid(log: dict) -> None:
    if not SCHEMA.exists():
        pytest.skip("the SARIF schema is in ../shared/schemas beside the project, which is absent")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)
    validator(schema, format_checker=validator.FORMAT_CHECKER).validate(log)


def fingerprints(report: Report) -> list[str]:
    return [result["partialFingerprints"][FINGERPRINT] for result in run_of(report)["results"]]


def test_sarif_output_matches_golden_file(report, catalogue, golden):
    text = json.dumps(sarif_of(report(), catalogue), indent=2) + "\n"
    text = text.replace(root_uri("."), "file:///project/").replace(f'"{dlint.__version__}"', '"VERSION"')
    golden("report.sarif", text)


def test_sarif_of_the_sample_report_is_valid(report, catalogue):
    assert_valid(sarif_of(report(), catalogue))


def test_sarif_of_a_clean_run_is_valid(report):
    assert_valid(sarif_of(report(findings=[], problems=[], rules=[])))


def test_sarif_with_a_file_outside_the_root_is_valid(report):
    finding = Finding("/elsewhere/Dockerfile", "DL3006", (), Severity.WARNING, "message", Span(1, 1, 1, 2))
    assert_valid(sarif_of(report(findings=[finding], root="/project")))


def test_sarif_lists_every_rule_that_ran(report):
    rules = run_of(report(findings=[]))["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == ["DL3006", "DL4000", "DL3008", "DLX001", "StageNameCasing"]


def test_shellcheck_codes_are_listed_only_when_they_report(report):
    registry = registered_rules()
    shellcheck_rules = [registry["SC2086"], registry["SC2164"]]
    finding = Finding("Dockerfile", "SC2086", (), Severity.INFO, "Double quote", Span(2, 10, 2, 15))
    rules = run_of(report(findings=[finding], rules=shellcheck_rules))["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == ["SC2086"]


def test_rule_index_points_at_the_rules_descriptor(report):
    run = run_of(report())
    rules = run["tool"]["driver"]["rules"]
    assert all(rules[result["ruleIndex"]]["id"] == result["ruleId"] for result in run["results"])


def test_rule_without_a_descriptor_gets_a_minimal_one(report):
    finding = Finding("Dockerfile", "plugin-rule", (), Severity.ERROR, "message", Span(1, 1, 1, 2))
    run = run_of(report(findings=[finding], rules=[]))
    assert run["tool"]["driver"]["rules"] == [{"id": "plugin-rule", "shortDescription": {"text": "plugin-rule"}}]


def test_rule_name_is_the_check_function_in_pascal_case(report):
    rules = run_of(report())["tool"]["driver"]["rules"]
    assert rules[0]["name"] == "UntaggedBaseImage"


def test_rule_descriptions_come_from_the_title_and_catalogue_summary(report, catalogue):
    rule = run_of(report(), catalogue)["tool"]["driver"]["rules"][0]
    assert rule["shortDescription"] == {"text": "Base image has no tag"}
    assert rule["fullDescription"] == {"text": "Finds base images named without a tag or digest."}


def test_rule_help_shows_an_examples_build_context_and_build_args(report, catalogue):
    example = Example("FROM a\nCOPY . .\n", files={".dockerignore": "*.md\n"}, build_args={"TAG": "1"})
    entry = CatalogueEntry(id="DL3006", summary="Finds untagged images.", bad=(example,))
    markdown = run_of(report(), {"DL3006": entry})["tool"]["driver"]["rules"][0]["help"]["markdown"]
    assert markdown.endswith(
        "Reported:\n\n```dockerfile\nFROM a\nCOPY . .\n```\n\nbuilt with `--build-arg TAG=1`"
        "\n\nwith `.dockerignore`:\n\n```\n*.md\n```"
    )


def test_rule_help_carries_rationale_fix_options_and_examples(report, catalogue):
    markdown = run_of(report(), catalogue)["tool"]["driver"]["rules"][0]["help"]["markdown"]
    assert "## Why\n\nWithout a tag the build uses `latest`" in markdown
    assert "## How to fix\n\nName a version: `FROM ubuntu:24.04`." in markdown
    assert "- `trusted-registries`: Registries whose images may stay untagged." in markdown
    assert "Reported:\n\n```dockerfile\nFROM ubuntu\n```" in markdown
    assert "Not reported:\n\n```dockerfile\nFROM scratch\n```" in markdown


def test_rule_without_catalogue_entry_falls_back_to_its_title(report):
    rule = run_of(report())["tool"]["driver"]["rules"][0]
    assert rule["fullDescription"] == {"text": "Base image has no tag"}
    assert rule["help"] == {"text": "Base image has no tag", "markdown": "Base image has no tag"}
    assert "helpUri" not in rule


def test_help_uri_is_the_catalogue_file_on_the_project_repository(report, catalogue):
    rule = run_of(report(), catalogue)["tool"]["driver"]["rules"][0]
    assert rule["helpUri"] == "https://github.com/dlint/dlint/blob/main/rules/DL3006.yaml"


def test_help_uri_prefers_the_rules_own_url(report):
    rule = run_of(report())["tool"]["driver"]["rules"][4]
    assert rule["helpUri"] == "https://docs.docker.com/go/dockerfile/rule/stage-name-casing/"


def test_default_level_maps_info_and_style_to_note(report):
    rules = run_of(report())["tool"]["driver"]["rules"]
    assert [rule["defaultConfiguration"]["level"] for rule in rules] == ["warning", "error", "warning", "note", "note"]


def test_security_rules_carry_a_security_severity(report):
    rules = run_of(report())["tool"]["driver"]["rules"]
    assert {rule["id"]: rule["properties"].get("security-severity") for rule in rules} == {
        "DL3006": None,
        "DL4000": None,
        "DL3008": "5.5",
        "DLX001": None,
        "StageNameCasing": None,
    }


def test_rule_tags_end_with_the_category(report):
    assert run_of(report())["tool"]["driver"]["rules"][2]["properties"]["tags"] == ["supply-chain", "security"]


def test_result_region_is_the_finding_span_with_exclusive_end_column(report):
    location = run_of(report())["results"][0]["locations"][0]["physicalLocation"]
    assert location["region"] == {"startLine": 2, "startColumn": 6, "endLine": 2, "endColumn": 12}


def test_result_uri_is_relative_to_the_source_root_and_percent_encoded(report):
    location = run_of(report())["results"][5]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "services/my%20api/Dockerfile.dev", "uriBaseId": "%SRCROOT%"}


def test_source_root_is_the_absolute_uri_of_the_report_root(report, tmp_path):
    run = run_of(report(root=str(tmp_path)))
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.as_uri() + "/"}}


def test_file_outside_the_root_gets_an_absolute_uri(report, tmp_path):
    outside = tmp_path / "other" / "Dockerfile"
    finding = Finding(str(outside), "DL3006", (), Severity.WARNING, "message", Span(1, 1, 1, 2))
    run = run_of(report(findings=[finding], root=str(tmp_path / "project")))
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": outside.as_uri()}


def test_related_locations_have_ids_and_messages(report):
    related = run_of(report())["results"][4]["relatedLocations"]
    assert related == [
        {
            "id": 1,
            "physicalLocation": {
                "artifactLocation": {"uri": "Dockerfile", "uriBaseId": "%SRCROOT%"},
                "region": {"startLine": 2, "startColumn": 16, "endLine": 2, "endColumn": 21},
            },
            "message": {"text": "stage 'Build' is defined here"},
        }
    ]


def test_fix_replaces_the_deleted_region_with_the_new_text(report):
    fixes = run_of(report())["results"][1]["fixes"]
    assert fixes == [
        {
            "description": {"text": "rename the stage to 'build'"},
            "properties": {"safe": True},
            "artifactChanges": [
                {
                    "artifactLocation": {"uri": "Dockerfile", "uriBaseId": "%SRCROOT%"},
                    "replacements": [
                        {
                            "deletedRegion": {"startLine": 2, "startColumn": 16, "endLine": 2, "endColumn": 21},
                            "insertedContent": {"text": "build"},
                        }
                    ],
                }
            ],
        }
    ]


def test_fingerprint_survives_lines_inserted_above(report):
    before = report()
    shifted = [
        replace(f, span=Span(f.span.line + 2, f.span.column, f.span.end_line + 2, f.span.end_column))
        for f in before.findings
    ]
    sources = {path: ("# a comment", "", *lines) for path, lines in before.sources.items()}
    assert fingerprints(before) == fingerprints(report(findings=shifted, sources=sources))


def test_fingerprint_changes_when_the_flagged_line_changes(report):
    before = report()
    edited = dict(before.sources)
    edited["Dockerfile"] = ("# syntax=docker/dockerfile:1", "FROM debian AS Build", *before.sources["Dockerfile"][2:])
    assert fingerprints(before)[0] != fingerprints(report(sources=edited))[0]


def test_fingerprints_of_identical_lines_differ_by_occurrence(report):
    lines = ("FROM ubuntu", "FROM ubuntu")
    findings = [Finding("Dockerfile", "DL3006", (), Severity.WARNING, "m", Span(n, 6, n, 12)) for n in (1, 2)]
    first, second = fingerprints(report(findings=findings, sources={"Dockerfile": lines}))
    assert first != second


def test_fingerprint_ignores_changes_in_spacing(report):
    def fingerprint_of_git(line: str) -> str:
        column = line.index("git") + 1
        finding = Finding("Dockerfile", "DL3008", (), Severity.WARNING, "m", Span(1, column, 1, column + 3))
        return fingerprints(report(findings=[finding], sources={"Dockerfile": (line,)}))[0]

    assert fingerprint_of_git("RUN apt-get install -y git") == fingerprint_of_git("RUN  apt-get install -y\tgit ")


def test_fingerprint_ignores_the_message(report):
    before = report()
    reworded = [replace(f, message=f"{f.message} (line {f.span.line})") for f in before.findings]
    assert fingerprints(before) == fingerprints(report(findings=reworded))


def test_file_problems_become_error_notifications(report):
    invocation = run_of(report())["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"] == [
        {
            "level": "error",
            "message": {"text": "invalid UTF-8 at byte 12"},
            "descriptor": {"id": "unreadable"},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": "broken/Dockerfile", "uriBaseId": "%SRCROOT%"}}}
            ],
        },
        {
            "level": "error",
            "message": {"text": "KeyError: 'curl'"},
            "descriptor": {"id": "internal-error"},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": "Dockerfile", "uriBaseId": "%SRCROOT%"},
                        "region": {"startLine": 5, "startColumn": 5},
                    }
                }
            ],
            "associatedRule": {"id": "DL3008", "index": 2},
        },
    ]


def test_run_without_problems_is_successful(report):
    assert run_of(report(problems=[]))["invocations"][0] == {
        "executionSuccessful": True,
        "toolExecutionNotifications": [],
    }


def test_columns_are_unicode_code_points(report):
    assert run_of(report())["columnKind"] == "unicodeCodePoints"


def test_sarif_describing_every_registered_rule_from_the_catalogue_is_valid(report, output):
    from dlint.engine.catalogue import entry_for
    from dlint.engine.registry import registered_rules

    rules = sorted(registered_rules().values(), key=lambda rule: rule.id)
    log = json.loads(output("sarif", report(findings=[], rules=rules)))
    assert_valid(log)
    descriptors = log["runs"][0]["tool"]["driver"]["rules"]
    documented = [d["id"] for d in descriptors if d["fullDescription"]["text"] != d["shortDescription"]["text"]]
    assert documented == [rule.id for rule in rules if entry_for(rule.id) is not None]
