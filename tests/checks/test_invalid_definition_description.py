"""InvalidDefinitionDescription: comments above ARG and named FROM that do not start with the name."""

from __future__ import annotations

from dlint.engine.registry import registered_rules
from dlint.model.spans import Span
from tests.helpers import lint


def test_comment_not_starting_with_the_arg_name_is_reported_on_the_instruction():
    findings = lint("# the version\nARG VERSION=1\nFROM alpine:3.20\n", "InvalidDefinitionDescription")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 1, 2, 4), "Comment for ARG should follow the format: `# VERSION <description>`")
    ]


def test_the_comment_is_shown_beside_the_finding():
    [finding] = lint("# the version\nARG VERSION=1\nFROM alpine:3.20\n", "InvalidDefinitionDescription")
    assert [r.span for r in finding.related] == [Span(1, 1, 1, 14)]


def test_skip_comment_is_not_taken_for_a_description():
    text = "# VERSION the version\n# check=skip=SecretsUsedInArgOrEnv\nARG VERSION=1\nFROM alpine:3.20\n"
    assert lint(text, "InvalidDefinitionDescription") == []


def test_comment_starting_with_the_name_is_a_description():
    assert lint("# VERSION the version\nARG VERSION=1\nFROM alpine:3.20\n", "InvalidDefinitionDescription") == []


def test_named_stage_is_checked_with_its_lower_case_name():
    findings = lint("FROM alpine:3.20\n# the builder\nFROM alpine:3.20 AS Builder\n", "InvalidDefinitionDescription")
    assert findings[0].message == "Comment for FROM should follow the format: `# builder <description>`"


def test_unnamed_stage_has_nothing_to_describe():
    assert lint("# base image\nFROM alpine:3.20\n", "InvalidDefinitionDescription") == []


def test_only_the_last_comment_line_counts():
    text = "# something else\n# VERSION the version\nARG VERSION=1\nFROM alpine:3.20\n"
    assert lint(text, "InvalidDefinitionDescription") == []


def test_arg_with_several_names_uses_a_placeholder():
    findings = lint("# versions\nARG A=1 B=2\nFROM alpine:3.20\n", "InvalidDefinitionDescription")
    assert findings[0].message == "Comment for ARG should follow the format: `# <arg_key> <description>`"


def test_empty_comment_line_separates_an_unrelated_comment():
    assert lint("# unrelated\n#\nARG VERSION=1\nFROM alpine:3.20\n", "InvalidDefinitionDescription") == []


def test_instruction_without_comment_is_fine():
    assert lint("ARG VERSION=1\nFROM alpine:3.20\n", "InvalidDefinitionDescription") == []


def test_stage_args_are_checked_too():
    findings = lint("FROM alpine:3.20\n# the port\nARG PORT=80\n", "InvalidDefinitionDescription")
    assert [f.span.line for f in findings] == [3]


def test_rule_is_experimental_and_off_by_default():
    rule = registered_rules()["InvalidDefinitionDescription"]
    assert rule.experimental and not rule.enabled
