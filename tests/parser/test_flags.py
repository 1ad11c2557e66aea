"""Flags between the keyword and the arguments, for every instruction that takes them."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from dlint.parser import parse
from tests.parser.support import accepted, only, source_at


@pytest.mark.parametrize(
    ("line", "flags"),
    [
        ("RUN --mount=type=cache,target=/root/.cache pip install x", ["--mount=type=cache,target=/root/.cache"]),
        ("RUN --network=none true", ["--network=none"]),
        ("RUN --security=insecure true", ["--security=insecure"]),
        ("RUN --mount=type=secret,id=a --mount=type=ssh true", ["--mount=type=secret,id=a", "--mount=type=ssh"]),
        ("COPY --from=build /a /b", ["--from=build"]),
        ("COPY --chown=app:app --chmod=644 a b", ["--chown=app:app", "--chmod=644"]),
        ("COPY --link a b", ["--link"]),
        ("COPY --parents a/b ./", ["--parents"]),
        ("COPY --exclude=*.md --exclude=*.txt . /app", ["--exclude=*.md", "--exclude=*.txt"]),
        ("ADD --checksum=sha256:abc https://x/y /y", ["--checksum=sha256:abc"]),
        ("ADD --keep-git-dir=true https://github.com/a/b.git /b", ["--keep-git-dir=true"]),
        ("HEALTHCHECK --interval=30s --timeout=5s --start-period=1m --start-interval=2s --retries=3 CMD true",
         ["--interval=30s", "--timeout=5s", "--start-period=1m", "--start-interval=2s", "--retries=3"]),
    ],
)
def test_flags_are_kept_as_written(line, flags):
    instruction = only(f"FROM alpine\n{line}\n")
    assert [f.text for f in instruction.flags] == flags


def test_from_platform_flag():
    parsed = accepted("FROM --platform=$BUILDPLATFORM golang AS build\n")
    [platform] = parsed.instructions[0].flags
    assert (platform.name, platform.value) == ("platform", "$BUILDPLATFORM")
    assert parsed.instructions[0].values == ("golang", "AS", "build")


def test_flag_name_value_and_span():
    parsed = accepted("FROM alpine\nCOPY  --from=build /a /b\n")
    [flag] = parsed.instructions[1].flags
    assert (flag.name, flag.value, flag.text) == ("from", "build", "--from=build")
    assert flag.span == Span(2, 7, 2, 19)
    assert source_at(parsed, flag.span) == "--from=build"


def test_boolean_flag_has_no_value():
    flag = only("FROM alpine\nCOPY --link a b\n").flags[0]
    assert (flag.name, flag.value) == ("link", None)


def test_quotes_and_backslashes_in_flags_are_resolved():
    copy = only('FROM alpine\nCOPY --from="build stage" --chown=a\\:b x y\n')
    assert [f.text for f in copy.flags] == ["--from=build stage", "--chown=a:b"]
    assert copy.flags[0].span == Span(2, 6, 2, 26)


def test_double_dash_ends_the_flags():
    run = only("FROM alpine\nRUN --network=host -- --not-a-flag\n")
    assert [f.text for f in run.flags] == ["--network=host"]
    assert run.values == ("--not-a-flag",)


def test_single_dash_word_is_an_argument():
    run = only("FROM alpine\nRUN -x --y\n")
    assert run.flags == ()
    assert run.values == ("-x --y",)


def test_flag_lookup_returns_the_last_of_that_name():
    run = only("FROM alpine\nRUN --mount=type=cache,target=/a --mount=type=tmpfs,target=/b true\n")
    assert run.flag("mount").value == "type=tmpfs,target=/b"
    assert len(run.flags_named("mount")) == 2


def test_flags_on_a_continued_line_map_to_that_line():
    run = only("FROM alpine\nRUN --network=none \\\n    --mount=type=cache,target=/x \\\n    true\n")
    assert run.flags[1].span == Span(3, 5, 3, 33)


def test_flags_of_instructions_that_take_none_are_still_collected():
    parsed = parse("FROM alpine\nENV --foo=bar A=b\n")
    assert [f.text for f in parsed.instructions[1].flags] == ["--foo=bar"]
    assert parsed.refusal.message == "unknown flag: --foo"


def test_non_ascii_flag_values_come_out_as_go_builds_them_byte_by_byte():
    copy = only("FROM alpine\nCOPY --chown=josé a b\n")
    assert copy.flags[0].text == "--chown=josÃ©"
    assert copy.flags[0].span == Span(2, 6, 2, 18)
    assert copy.values == ("a", "b")


def test_a_blank_byte_inside_a_character_ends_the_flag():
    run = only("FROM alpine\nRUN --mount=x\u00a0echo hi\n")
    assert run.flags[0].text == "--mount=x\u00c2"
    assert run.values == ("echo hi",)
