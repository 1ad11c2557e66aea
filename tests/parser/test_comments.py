"""Comments: every comment line is listed; the ones right above an instruction are its PrevComment."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.parser.support import accepted


def test_comments_above_an_instruction_are_its_comments():
    parsed = accepted("FROM alpine\n# install tools\n# quietly\nRUN apk add -q curl\n")
    assert parsed.instructions[1].comments == ("install tools", "quietly")


def test_blank_lines_do_not_reset_prev_comments():
    parsed = accepted("FROM alpine\n# install tools\n\nRUN apk add curl\n")
    assert parsed.instructions[1].comments == ("install tools",)


def test_an_empty_comment_resets_prev_comments():
    parsed = accepted("FROM alpine\n# old note\n#\n# new note\nRUN true\n")
    assert parsed.instructions[1].comments == ("new note",)


def test_prev_comments_belong_to_one_instruction_only():
    parsed = accepted("FROM alpine\n# a\nRUN true\nRUN false\n")
    assert [i.comments for i in parsed.instructions[1:]] == [("a",), ()]


def test_every_comment_line_is_listed_with_its_span():
    parsed = accepted("# top\nFROM alpine\n  # hadolint ignore=DL3018\nRUN apk add curl\n")
    assert [(c.text, c.span) for c in parsed.comments] == [
        ("top", Span(1, 1, 1, 6)),
        ("hadolint ignore=DL3018", Span(3, 3, 3, 27)),
    ]


def test_hash_inside_an_instruction_is_not_a_comment():
    parsed = accepted("FROM alpine\nRUN echo hi # not a comment\n")
    assert parsed.comments == ()
    assert parsed.instructions[1].values == ("echo hi # not a comment",)


def test_indented_comment_keeps_its_hash_in_prev_comments_as_buildkit_does():
    # BuildKit drops the first byte of the raw line, which is a blank here.
    parsed = accepted("FROM alpine\n  # note\nRUN true\n")
    assert parsed.instructions[1].comments == ("# note",)
    assert parsed.comments[0].text == "note"
