"""Parser directives: only in the leading comment lines, each once, escape \\ or `."""

from __future__ import annotations

from dlint.model.spans import Span
from dlint.parser import parse
from tests.parser.support import accepted


def test_syntax_escape_and_check_directives_are_read():
    parsed = accepted("# syntax=docker/dockerfile:1\n# escape=`\n# check=skip=all\nFROM alpine\n")
    assert {name: d.value for name, d in parsed.directives.items()} == {
        "syntax": "docker/dockerfile:1",
        "escape": "`",
        "check": "skip=all",
    }


def test_directive_value_span_points_at_the_value():
    parsed = accepted("#  syntax = docker/dockerfile:1.7  \nFROM alpine\n")
    assert parsed.directives["syntax"].span == Span(1, 13, 1, 34)


def test_directive_names_are_case_insensitive():
    parsed = accepted("# ESCAPE=`\nFROM alpine\n")
    assert parsed.escape == "`"


def test_directive_after_an_instruction_is_an_ordinary_comment():
    parsed = accepted("FROM alpine\n# escape=`\n")
    assert parsed.directives == {}
    assert parsed.escape == "\\"


def test_directive_after_an_empty_line_is_ignored():
    parsed = accepted("\n# escape=`\nFROM alpine\n")
    assert parsed.directives == {}


def test_directive_after_another_comment_is_ignored():
    parsed = accepted("# hello\n# syntax=docker/dockerfile:1\nFROM alpine\n")
    assert parsed.directives == {}


def test_unknown_key_value_comment_ends_directives():
    parsed = accepted("# foo=bar\n# escape=`\nFROM alpine\n")
    assert parsed.directives == {}


def test_repeated_directive_is_an_error():
    parsed = parse("# escape=`\n# escape=\\\nFROM alpine\n")
    assert parsed.refusal.message == "only one escape parser directive can be used"
    assert parsed.refusal.span.line == 2
    assert parsed.escape == "`"


def test_invalid_escape_token_is_an_error_and_the_default_is_kept():
    parsed = parse("# escape=x\nFROM alpine\n")
    assert parsed.refusal.message == "invalid escape token 'x' does not match ` or \\"
    assert parsed.escape == "\\"


def test_backtick_escape_continues_lines():
    parsed = accepted("# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n  c:\\\n")
    assert parsed.instructions[1].values == ("dir   c:\\",)
    assert parsed.instructions[1].span.end_line == 4


def test_backslash_does_not_continue_lines_under_backtick_escape():
    parsed = accepted("# escape=`\nFROM windows\nRUN copy a\\\nRUN b\n")
    assert [i.values for i in parsed.instructions[1:]] == [("copy a\\",), ("b",)]


def test_directive_lines_are_not_prev_comments():
    parsed = accepted("# syntax=docker/dockerfile:1\n# base image\nFROM alpine\n")
    assert parsed.instructions[0].comments == ("base image",)


def test_directive_lines_are_listed_as_comments():
    parsed = accepted("# syntax=docker/dockerfile:1\nFROM alpine\n")
    assert [c.text for c in parsed.comments] == ["syntax=docker/dockerfile:1"]


def test_indented_directive_is_accepted():
    parsed = accepted("  # escape=`\nFROM alpine\n")
    assert parsed.escape == "`"


def test_check_directive_does_not_end_the_directives():
    parsed = accepted("# check=skip=JSONArgsRecommended\n# escape=`\nFROM alpine\n")
    assert parsed.escape == "`"
