"""ConsistentInstructionCasing: keywords against the file's majority casing."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint


def test_lower_keyword_in_an_upper_case_file_is_reported_on_the_keyword():
    findings = lint("FROM alpine:3.20\ncopy a /a\nCOPY b /b\n", "ConsistentInstructionCasing")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 1, 2, 5), "Command 'copy' should match the case of the command majority (uppercase)")
    ]


def test_upper_keyword_in_a_lower_case_file_is_reported():
    findings = lint("from alpine:3.20\nCOPY a /a\ncopy b /b\n", "ConsistentInstructionCasing")
    assert [f.message for f in findings] == [
        "Command 'COPY' should match the case of the command majority (lowercase)"
    ]


def test_a_tie_goes_to_upper_case():
    findings = lint("from alpine:3.20\nCOPY a /a\n", "ConsistentInstructionCasing")
    assert [f.span.line for f in findings] == [1]


def test_mixed_case_keywords_do_not_vote_but_are_reported():
    text = "From alpine:3.20\nrun echo a\nRun echo b\n"
    findings = lint(text, "ConsistentInstructionCasing")
    assert [f.message for f in findings] == [
        "Command 'From' should match the case of the command majority (lowercase)",
        "Command 'Run' should match the case of the command majority (lowercase)",
    ]


def test_global_args_before_the_first_from_are_ignored():
    text = "arg VERSION=3.20\narg OTHER=1\nFROM alpine:$VERSION\nRUN echo\n"
    assert lint(text, "ConsistentInstructionCasing") == []


def test_consistent_file_is_fine():
    assert lint("from alpine:3.20\ncopy a /a\nrun echo\n", "ConsistentInstructionCasing") == []


def test_onbuild_is_judged_by_its_own_keyword():
    text = "FROM alpine:3.20\nONBUILD run echo hi\n"
    assert lint(text, "ConsistentInstructionCasing") == []


def test_keywords_of_all_stages_count_together():
    text = "FROM alpine:3.20 AS a\nRUN echo\nfrom a\nrun echo\nrun echo\n"
    assert [f.span.line for f in lint(text, "ConsistentInstructionCasing")] == [1, 2]


def test_a_line_that_is_not_an_instruction_is_neither_counted_nor_reported():
    text = "FROM alpine:3.20\nfoo bar\nbaz qux\nRUN true\n"
    assert lint(text, "ConsistentInstructionCasing") == []
