"""Line continuations: joining, comment and empty lines inside, EOF, escaped escapes."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.parser.support import accepted, only


def test_continuation_joins_lines_without_the_escape():
    run = only("FROM alpine\nRUN apk add \\\n    curl\n")
    assert run.values == ("apk add     curl",)
    assert run.original == "RUN apk add     curl"
    assert (run.span.line, run.span.end_line) == (2, 3)


def test_comment_lines_inside_a_continuation_are_dropped():
    run = only("FROM alpine\nRUN apk add \\\n  # the client\n  curl\n")
    assert run.values == ("apk add   curl",)


def test_comment_lines_inside_a_continuation_are_still_comments():
    parsed = accepted("FROM alpine\nRUN apk add \\\n  # hadolint ignore=DL3018\n  curl\n")
    assert [(c.text, c.span) for c in parsed.comments] == [("hadolint ignore=DL3018", Span(3, 3, 3, 27))]


def test_empty_line_inside_a_continuation_is_skipped_with_buildkits_warning():
    parsed = accepted("FROM alpine\nRUN apk add \\\n\n    curl\n")
    run = parsed.instructions[1]
    assert run.values == ("apk add     curl",)
    assert len(parsed.warnings) == 1
    warning = parsed.warnings[0]
    assert warning.kind == "empty-continuation"
    assert warning.message == "Empty continuation line found in: RUN apk add     curl"
    assert (warning.span.line, warning.cause.line) == (4, 3)


def test_blank_line_with_spaces_inside_a_continuation_also_warns():
    parsed = accepted("FROM alpine\nRUN a \\\n   \t\n  b\n")
    assert [w.cause.line for w in parsed.warnings] == [3]


def test_one_warning_per_instruction_with_empty_continuation_lines():
    parsed = accepted("FROM alpine\nRUN a \\\n\n b \\\n\n c\n")
    assert [(w.span.line, w.cause.line) for w in parsed.warnings] == [(6, 3)]


def test_comment_line_inside_a_continuation_does_not_warn():
    parsed = accepted("FROM alpine\nRUN a \\\n# note\n b\n")
    assert parsed.warnings == ()


def test_continuation_at_end_of_file_ends_the_instruction():
    run = only("FROM alpine\nRUN echo hi \\\n")
    assert run.values == ("echo hi",)
    assert run.span.end_line == 2


def test_continuation_at_end_of_file_counts_trailing_comment_lines():
    run = only("FROM alpine\nRUN echo hi \\\n# trailing\n")
    assert run.span.end_line == 3


def test_escaped_escape_at_end_of_line_does_not_continue():
    parsed = accepted("FROM alpine\nRUN echo foo\\\\\nRUN true\n")
    assert [i.values for i in parsed.instructions[1:]] == [("echo foo\\\\",), ("true",)]


def test_blanks_after_the_escape_still_continue():
    run = only("FROM alpine\nRUN echo a \\ \t \n  b\n")
    assert run.values == ("echo a   b",)


def test_line_holding_only_the_escape_continues_with_nothing():
    run = only("FROM alpine\nRUN echo\\\n\\\nfoo\n")
    assert run.values == ("echofoo",)
    assert run.span.end_line == 4


def test_continuation_lines_keep_their_leading_whitespace():
    run = only("FROM alpine\nRUN a\\\n   b\n")
    assert run.values == ("a   b",)


def test_rest_maps_a_command_on_a_later_line_back_to_that_line():
    parsed = accepted(
        "FROM debian\n"
        "RUN apt-get update && \\\n"
        "    # packages\n"
        "\n"
        "    apt-get install -y curl \\\n"
        "    && rm -rf /var/lib/apt/lists/*\n"
    )
    rest = parsed.instructions[1].rest
    start = rest.text.index("apt-get install")
    assert rest.span(start, start + len("apt-get install")) == Span(5, 5, 5, 20)
    start = rest.text.index("rm -rf")
    assert rest.position(start) == (6, 8)


def test_rest_of_a_single_line_instruction_maps_to_its_columns():
    parsed = accepted("FROM alpine\n  RUN  --network=none  echo hi\n")
    rest = parsed.instructions[1].rest
    assert rest.text == "echo hi"
    assert rest.span(0, len(rest.text)) == Span(2, 24, 2, 31)


def test_argument_spanning_a_continuation_spans_both_lines():
    run = only("FROM alpine\nRUN echo a \\\n  b\n")
    assert run.args[0].span == Span(2, 5, 3, 4)


def test_instruction_starts_on_a_leading_line_holding_only_the_escape():
    parsed = accepted("FROM alpine\n\\\nRUN true\n")
    run = parsed.instructions[1]
    assert (run.span.line, run.span.end_line) == (2, 3)
    assert run.keyword_span == Span(3, 1, 3, 4)
