"""One problem, one finding: a hadolint rule and the BuildKit check for the same mistake report it once."""

from __future__ import annotations

from dlint.engine.config.settings import FileSettings
from dlint.engine.findings import Severity
from dlint.engine.lint import FileJob, lint_file
from dlint.engine.registry import registered_rules

SHELL_FORM_CMD = "FROM alpine:3.20\nCMD run\n"


def lint(text: str, *rules: str):
    return lint_file(FileJob("Dockerfile", FileSettings(rules=frozenset(rules)), text=text)).findings


def test_both_rules_on_give_one_finding_under_the_buildkit_check_naming_both():
    [finding] = lint(SHELL_FORM_CMD, "DL3025", "JSONArgsRecommended")
    assert (finding.rule, finding.span.line) == ("JSONArgsRecommended", 2)
    assert "DL3025" in finding.aliases
    assert finding.rule_ids == ("JSONArgsRecommended", "DL3025")


def test_the_merged_finding_says_what_the_buildkit_check_says():
    [finding] = lint(SHELL_FORM_CMD, "DL3025", "JSONArgsRecommended")
    assert finding.message == "JSON arguments recommended for CMD to prevent unintended behavior related to OS signals"


def test_turning_one_rule_off_keeps_the_others_finding():
    assert [f.rule for f in lint(SHELL_FORM_CMD, "DL3025")] == ["DL3025"]
    assert [f.rule for f in lint(SHELL_FORM_CMD, "JSONArgsRecommended")] == ["JSONArgsRecommended"]


def test_a_finding_only_one_rule_makes_is_not_merged():
    text = 'FROM alpine:3.20\nSHELL ["/bin/bash", "-c"]\nCMD run\n'
    [finding] = lint(text, "DL3025", "JSONArgsRecommended")
    assert (finding.rule, finding.merged) == ("DL3025", ())


def test_the_merged_finding_is_as_severe_as_the_more_severe_rule():
    [finding] = lint("FROM alpine:3.20\nWORKDIR app\n", "DL3000", "WorkdirRelativePath")
    assert (finding.rule, finding.severity) == ("WorkdirRelativePath", Severity.ERROR)
    assert finding.aliases[0] == "DL3000"


def test_later_relative_workdirs_stay_dl3000_findings():
    findings = lint("FROM alpine:3.20\nWORKDIR app\nWORKDIR sub\n", "DL3000", "WorkdirRelativePath")
    assert [(f.rule, f.span.line) for f in findings] == [("WorkdirRelativePath", 2), ("DL3000", 3)]


def test_repeated_instructions_are_one_finding_per_ignored_instruction():
    text = 'FROM alpine:3.20\nCMD ["a"]\nENTRYPOINT ["b"]\nHEALTHCHECK NONE\nCMD ["c"]\nENTRYPOINT ["d"]\nHEALTHCHECK NONE\n'
    findings = lint(text, "MultipleInstructionsDisallowed", "DL4003", "DL4004", "DL3012")
    assert [(f.rule, f.span.line, f.merged) for f in findings] == [
        ("MultipleInstructionsDisallowed", 2, ("DL4003",)),
        ("MultipleInstructionsDisallowed", 3, ("DL4004",)),
        ("MultipleInstructionsDisallowed", 4, ("DL3012",)),
    ]


def test_an_ignore_comment_naming_either_rule_silences_the_merged_finding():
    for name in ("DL3025", "JSONArgsRecommended"):
        text = f"FROM alpine:3.20\n# dlint ignore={name}\nCMD run\n"
        assert lint(text, "DL3025", "JSONArgsRecommended") == []


def test_every_rule_named_as_the_same_problem_exists():
    rules = registered_rules()
    for rule in rules.values():
        assert set(rule.same_problem_as) <= set(rules), rule.id


def test_a_constant_platform_is_one_finding_of_dl3029_and_buildkits_check():
    [finding] = lint("FROM --platform=linux/arm64 debian:12\n", "DL3029", "FromPlatformFlagConstDisallowed")
    assert finding.rule_ids == ("FromPlatformFlagConstDisallowed", "DL3029")


def test_the_build_platform_is_neither_rules_problem():
    assert lint("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n", "DL3029", "FromPlatformFlagConstDisallowed") == []


def test_a_final_root_user_is_one_finding_under_dl3002_with_dlx005s_peer_ids():
    [finding] = lint("FROM alpine:3.20\nUSER root\n", "DL3002", "DLX005")
    assert (finding.rule, finding.span.line) == ("DL3002", 2)
    assert {"DLX005", "DS002", "CKV_DOCKER_8"} <= set(finding.aliases)
    assert "CKV_DOCKER_3" not in finding.aliases
