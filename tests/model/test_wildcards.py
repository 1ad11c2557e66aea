"""Wildcard patterns: linear-time matching that finds what Go's (and Python's) regexp finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dlint.model.dockerignore import DockerIgnore
from dlint.model.word_expansion import UNSET, expand_word

PATTERNS = st.text(alphabet="ab*?\n", max_size=7)
VALUES = st.text(alphabet="ab\n", max_size=10)


def _regex(pattern: str, *, greedy: bool, anchored: bool) -> re.Pattern[str]:
    star = ".*" if greedy else ".*?"
    body = "".join(star if ch == "*" else "." if ch == "?" else re.escape(ch) for ch in pattern)
    return re.compile(("^" if anchored else "") + body)


def _expand(word: str, value: str) -> str | None:
    return expand_word(word, lambda name: value if name == "A" else UNSET).value


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(PATTERNS, VALUES)
def test_shortest_prefix_trim_matches_a_lazy_regexp(pattern, value):
    found = _regex(pattern, greedy=False, anchored=True).search(value)
    assert _expand("${A#" + pattern + "}", value) == (value[found.end() :] if found else value)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(PATTERNS, VALUES)
def test_longest_prefix_trim_matches_a_greedy_regexp(pattern, value):
    found = _regex(pattern, greedy=True, anchored=True).search(value)
    assert _expand("${A##" + pattern + "}", value) == (value[found.end() :] if found else value)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(PATTERNS, VALUES)
def test_suffix_trims_match_the_reversed_regexp(pattern, value):
    for operator, greedy in (("%", False), ("%%", True)):
        found = _regex(pattern[::-1], greedy=greedy, anchored=True).search(value[::-1])
        expected = value[::-1][found.end() :][::-1] if found else value
        assert _expand("${A" + operator + pattern + "}", value) == expected


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(PATTERNS.filter(bool), VALUES)
def test_first_replacement_matches_the_leftmost_greedy_regexp_match(pattern, value):
    found = _regex(pattern, greedy=True, anchored=False).search(value)
    expected = value[: found.start()] + "X" + value[found.end() :] if found else value
    assert _expand("${A/" + pattern + "/X}", value) == expected


def _go_replace_all(regex: re.Pattern[str], value: str) -> str:
    out, last_end, search = [], 0, 0
    while search <= len(value):
        found = regex.search(value, search)
        if found is None:
            break
        out.append(value[last_end : found.start()])
        if found.end() > last_end or found.start() == 0:
            out.append("X")
        last_end = found.end()
        search = max(found.end(), search + 1)
    return "".join(out) + value[last_end:]


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(PATTERNS, VALUES)
def test_replacing_every_match_follows_go_replace_all(pattern, value):
    expected = _go_replace_all(_regex(pattern, greedy=True, anchored=False), value)
    assert _expand("${A//" + pattern + "/X}", value) == expected


def test_replacing_every_match_skips_an_empty_match_right_after_a_match():
    assert _expand("${A//*/x}", "abc") == "x"


def test_many_stars_against_a_long_value_finish_with_the_right_answer():
    stars = "*a" * 40 + "*b"
    value = "a" * 5000
    assert _expand("${A/" + stars + "/x}", value) == value
    assert _expand("${A#" + stars + "}", value) == value
    assert _expand("${A%" + stars + "}", value) == value


def test_dockerignore_pattern_with_many_stars_matches_a_long_path():
    ignore = DockerIgnore.parse("*a" * 40 + "*b\n")
    assert ignore.matches("a" * 5000) is False
    assert ignore.matches("a" * 5000 + "b") is True


def test_dockerignore_double_star_group_is_skipped_only_before_it_starts():
    ignore = DockerIgnore.parse("**?\n")
    assert (ignore.matches("1"), ignore.matches("11"), ignore.matches("x/1")) == (True, False, True)
