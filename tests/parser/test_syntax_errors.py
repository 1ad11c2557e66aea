"""What BuildKit refuses, in its words; parsing goes on after each problem."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from dlint.parser import parse


def messages(text: str) -> list[str]:
    return [e.message for e in parse(text).errors]


def test_unknown_instruction_suggests_the_closest_keyword():
    assert messages("FROM alpine\nRUNN true\n") == ["unknown instruction: RUNN (did you mean RUN?)"]


def test_unknown_instruction_suggestion_follows_the_written_case():
    assert messages("FROM alpine\ncopi a b\n") == ["unknown instruction: copi (did you mean copy?)"]


def test_unknown_instruction_without_a_close_keyword():
    assert messages("FROM alpine\nFOOBAR x\n") == ["unknown instruction: FOOBAR"]


def test_unknown_instruction_points_at_the_keyword_and_keeps_the_instruction():
    parsed = parse("FROM alpine\n  RUNN true\n")
    assert parsed.errors[0].span == Span(2, 3, 2, 7)
    assert parsed.instructions[1].keyword == "RUNN"
    assert parsed.instructions[1].values == ("",)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("COPY --form=build a b", "unknown flag: --form (did you mean from?)"),
        ("COPY --from a b", "missing a value on flag: --from"),
        ("COPY --from=a --from=b x y", "duplicate flag specified: --from"),
        ("COPY --link=maybe a b", "expecting boolean value for flag --link, not: maybe"),
        ("COPY --link= a b", "missing a value on flag: --link"),
        ("RUN --network=bridge true", 'invalid network mode "bridge"'),
        ("RUN --security=privileged true", 'security "privileged" is not valid'),
        ("WORKDIR --x=1 /a", "unknown flag: --x"),
    ],
)
def test_bad_flags_are_refused(line, message):
    assert messages(f"FROM alpine\n{line}\n") == [message]


def test_repeatable_flags_may_repeat():
    assert messages("FROM alpine\nRUN --mount=type=ssh --mount=type=secret,id=x true\n") == []


def test_bad_flag_error_points_at_the_flag():
    parsed = parse("FROM alpine\nCOPY --chown=1 --form=x a b\n")
    assert parsed.errors[0].span == Span(2, 16, 2, 24)


def test_arg_and_stopsignal_do_not_check_flags():
    assert messages("FROM alpine\nARG --x=1 A\nSTOPSIGNAL --y SIGKILL\n") == []


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("FROM", "FROM requires either one or three arguments"),
        ("FROM a b", "FROM requires either one or three arguments"),
        ("FROM a AS 1st", 'invalid name for build stage: "1st", name can\'t start with a number or contain symbols'),
        ("COPY onlyone", "COPY requires at least two arguments, but only one was provided. Destination could not be determined"),
        ("ADD x", "ADD requires at least two arguments, but only one was provided. Destination could not be determined"),
        ("COPY a <<EOF\nEOF", "COPY cannot accept a heredoc as a destination"),
        ("USER", "USER requires exactly one argument"),
        ("WORKDIR", "WORKDIR requires exactly one argument"),
        ("EXPOSE", "EXPOSE requires at least one argument"),
        ("VOLUME", "VOLUME requires at least one argument"),
        ('VOLUME [""]', "VOLUME specified can not be an empty string"),
        ("ARG", "ARG requires at least one argument"),
        ("ENV", "ENV requires at least one argument"),
        ("LABEL", "LABEL requires at least one argument"),
        ("ONBUILD", "ONBUILD requires at least one argument"),
        ("HEALTHCHECK", "HEALTHCHECK requires at least one argument"),
        ("HEALTHCHECK CMD", "Missing command after HEALTHCHECK CMD"),
        ("SHELL /bin/bash -c", "SHELL requires the arguments to be in JSON form"),
        ("SHELL []", "SHELL requires at least one argument"),
        ("STOPSIGNAL", "STOPSIGNAL requires exactly one argument"),
        ("MAINTAINER", "MAINTAINER requires exactly one argument"),
    ],
)
def test_argument_counts_are_checked(line, message):
    assert messages(f"FROM alpine\n{line}\n") == [message]


def test_instruction_after_a_rejected_line_is_still_parsed():
    parsed = parse("FROM alpine\nENV A\nRUN echo after\n")
    assert [i.keyword for i in parsed.instructions] == ["FROM", "RUN"]
    assert parsed.instructions[1].index == 1
    assert parsed.errors[0].span == Span(2, 1, 2, 6)


def test_every_error_is_reported():
    parsed = parse("FROM alpine\nRUNN x\nENV A\nCOPY a\n")
    assert [e.span.line for e in parsed.errors] == [3, 2, 4]


def test_refusal_is_the_parsers_error_before_instruction_errors():
    parsed = parse("FROM alpine\nRUNN x\nENV A\n")
    assert parsed.refusal.message == "ENV must have two arguments"
    assert parsed.parser_refusal.message == "ENV must have two arguments"


def test_instruction_errors_alone_do_not_fail_the_parser_package():
    parsed = parse("FROM alpine\nRUNN x\n")
    assert parsed.refusal.message.startswith("unknown instruction")
    assert parsed.parser_refusal is None


def test_accepted_file_has_no_refusal():
    parsed = parse("FROM alpine\nRUN true\n")
    assert parsed.refusal is None and parsed.parser_refusal is None
