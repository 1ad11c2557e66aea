"""Physical text: BOM, line endings, tabs, trailing blanks, a missing final newline."""

from __future__ import annotations

from dlint.model.spans import Span
from dlint.parser import parse
from tests.parser.support import accepted, only, source_at


def test_utf8_bom_is_dropped_and_columns_start_after_it():
    parsed = accepted("\ufeffFROM alpine\n")
    assert parsed.source == "FROM alpine\n"
    assert parsed.instructions[0].keyword_span == Span(1, 1, 1, 5)
    assert parsed.instructions[0].args[0].value == "alpine"


def test_bom_before_a_directive_still_allows_the_directive():
    parsed = accepted("\ufeff# escape=`\nFROM alpine\n")
    assert parsed.escape == "`"


def test_crlf_line_endings_are_not_part_of_values_or_lines():
    parsed = accepted("FROM alpine\r\nRUN echo hi\r\n")
    assert parsed.lines == ("FROM alpine", "RUN echo hi")
    assert parsed.instructions[1].values == ("echo hi",)
    assert parsed.instructions[1].span == Span(2, 1, 2, 12)


def test_crlf_continuation_joins_lines():
    run = only("FROM alpine\r\nRUN echo a \\\r\n  b\r\n")
    assert run.values == ("echo a   b",)
    assert run.span.end_line == 3


def test_source_keeps_line_endings():
    assert parse("FROM a\r\nRUN b\n").source == "FROM a\r\nRUN b\n"


def test_tab_between_keyword_and_argument_separates_them():
    run = only("FROM alpine\nRUN\techo\thi\n")
    assert run.values == ("echo\thi",)
    assert run.rest.text == "echo\thi"


def test_leading_tabs_before_the_keyword_are_skipped_and_counted_in_columns():
    parsed = accepted("FROM alpine\n\t\tRUN true\n")
    assert parsed.instructions[1].keyword_span == Span(2, 3, 2, 6)


def test_trailing_whitespace_is_not_part_of_the_last_argument():
    parsed = accepted("FROM alpine:3.20   \t\nWORKDIR /app  \n")
    assert parsed.instructions[0].values == ("alpine:3.20",)
    assert parsed.instructions[1].values == ("/app",)
    assert parsed.instructions[1].span == Span(2, 1, 2, 15)


def test_missing_final_newline_keeps_the_last_instruction():
    parsed = accepted("FROM alpine\nCMD [\"sh\"]")
    assert parsed.lines == ("FROM alpine", 'CMD ["sh"]')
    assert parsed.instructions[1].values == ("sh",)
    assert parsed.instructions[1].span == Span(2, 1, 2, 11)


def test_lines_are_split_on_newline_only():
    parsed = parse("FROM a\rRUN b\n")
    assert parsed.lines == ("FROM a\rRUN b",)
    assert parsed.instructions[0].values == ("a", "RUN", "b")


def test_columns_count_code_points_not_bytes():
    parsed = accepted("FROM alpine\nLABEL café=\"crème\" x=y\n")
    label = parsed.instructions[1]
    assert source_at(parsed, label.args[2].span) == "x"
    assert label.args[2].span == Span(2, 20, 2, 21)


def test_empty_file_has_no_instructions_and_is_refused():
    parsed = parse("")
    assert parsed.lines == ()
    assert [e.message for e in parsed.errors] == ["file with no instructions"]


def test_file_of_comments_only_is_refused():
    parsed = parse("# just a comment\n\n")
    assert parsed.refusal is not None
    assert parsed.refusal.message == "file with no instructions"
    assert len(parsed.comments) == 1


def test_line_longer_than_buildkits_scanner_buffer_is_refused():
    parsed = parse("FROM alpine\nRUN echo " + "x" * 70000 + "\nRUN true\n")
    assert parsed.refusal.message == "dockerfile line greater than max allowed size of 65535"
    assert parsed.refusal.span.line == 2
    assert [i.keyword for i in parsed.instructions] == ["FROM"]
