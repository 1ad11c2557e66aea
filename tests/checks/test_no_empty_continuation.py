"""NoEmptyContinuation: empty lines inside a continued instruction."""

from __future__ import annotations

from tests.helpers import lint


def test_reported_on_the_last_line_of_the_instruction_as_buildkit_does():
    findings = lint("FROM debian:12\nRUN apt-get update && \\\n\n    apt-get install -y curl\n", "NoEmptyContinuation")
    assert [(f.span.line, f.message) for f in findings] == [(4, "Empty continuation line")]


def test_the_empty_line_is_shown_beside_the_finding():
    [finding] = lint("FROM debian:12\nRUN echo a \\\n\n    b \\\n    c\n", "NoEmptyContinuation")
    assert (finding.span.line, [r.span.line for r in finding.related]) == (5, [3])


def test_here_document_body_does_not_move_the_line():
    text = "FROM debian:12\nCOPY <<EOF \\\n\n  /a\nbody\nEOF\n"
    assert [f.span.line for f in lint(text, "NoEmptyContinuation")] == [4]


def test_whitespace_only_line_counts_as_empty():
    text = "FROM debian:12\nRUN echo a \\\n   \n    b\n"
    assert [f.span.line for f in lint(text, "NoEmptyContinuation")] == [4]


def test_one_finding_per_instruction():
    text = "FROM debian:12\nRUN echo a \\\n\n\n    b \\\n\n    c\n"
    assert len(lint(text, "NoEmptyContinuation")) == 1


def test_comment_line_inside_a_continuation_is_fine():
    text = "FROM debian:12\nRUN echo a \\\n    # a comment\n    b\n"
    assert lint(text, "NoEmptyContinuation") == []


def test_empty_line_after_a_finished_instruction_is_fine():
    assert lint("FROM debian:12\nRUN echo a\n\nRUN echo b\n", "NoEmptyContinuation") == []


def test_escape_directive_changes_the_continuation_character():
    text = "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a `\n\n    b\n"
    assert [f.span.line for f in lint(text, "NoEmptyContinuation")] == [5]
