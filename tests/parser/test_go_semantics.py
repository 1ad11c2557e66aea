"""The Go behaviours the parser borrows: quoting, durations, suggestions, whitespace."""

from __future__ import annotations

import pytest

from dlint.parser.durations import DurationError, parse_duration
from dlint.parser.go_text import go_quote, go_quote_list, trim_space
from dlint.parser.suggest import suggestion


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("plain", '"plain"'),
        ('say "hi"\\', '"say \\"hi\\"\\\\"'),
        ("\t\n\r\x07\x08\x0b\x0c", '"\\t\\n\\r\\a\\b\\v\\f"'),
        ("\x01\x7f", '"\\x01\\x7f"'),
        ("é✓", '"é✓"'),
        ("\u00a0\u2028", '"\\u00a0\\u2028"'),
        ("\U000e0001", '"\\U000e0001"'),
    ],
)
def test_go_quote_matches_strconv_quote(text, quoted):
    assert go_quote(text) == quoted


def test_go_quote_list_matches_percent_q_of_a_slice():
    assert go_quote_list(["--a=1", "--b"]) == '["--a=1" "--b"]'


def test_trim_space_uses_go_whitespace():
    assert trim_space("\u00a0 x \u3000") == "x"
    assert trim_space("\x1cx\x1f") == "\x1cx\x1f"


@pytest.mark.parametrize(
    ("text", "nanoseconds"),
    [("0", 0), ("1ms", 1_000_000), ("1.5s", 1_500_000_000), ("1h30m", 5_400_000_000_000),
     ("-2us", -2_000), ("+3ns", 3), (".5m", 30_000_000_000), ("1µs", 1_000)],
)
def test_durations_parse_like_go(text, nanoseconds):
    assert parse_duration(text) == nanoseconds


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", 'time: invalid duration ""'),
        ("5", 'time: missing unit in duration "5"'),
        ("5x", 'time: unknown unit "x" in duration "5x"'),
        ("s", 'time: invalid duration "s"'),
        (".s", 'time: invalid duration ".s"'),
    ],
)
def test_bad_durations_have_gos_messages(text, message):
    with pytest.raises(DurationError, match=message):
        parse_duration(text)


def test_suggestion_is_the_closest_option_within_two_edits():
    assert suggestion("RUNN", ["COPY", "RUN"], case_sensitive=False) == "RUN"
    assert suggestion("xyzzy", ["COPY", "RUN"], case_sensitive=False) is None


def test_suggestion_follows_the_case_of_what_was_written():
    assert suggestion("Entrypont", ["ENTRYPOINT"], case_sensitive=False) == "entrypoint"
    assert suggestion("entrypont", ["ENTRYPOINT"], case_sensitive=False) == "entrypoint"
    assert suggestion("ENTRYPONT", ["ENTRYPOINT"], case_sensitive=False) == "ENTRYPOINT"


def test_case_sensitive_suggestion_for_flags():
    assert suggestion("form", ["chown", "from"], case_sensitive=True) == "from"
