"""Heredocs: which words of a RUN/COPY/ADD line open one, and how bodies are read.

Only RUN, COPY and ADD in shell form (also as ONBUILD triggers) take
heredocs. Every ``<<WORD`` of the line opens one (``<<-`` strips leading tabs
from the body, a quoted word disables expansion, ``3<<`` names a file
descriptor); their bodies follow the instruction in order, each up to a line
equal to its word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dlint.parser.go_text import go_quote
from dlint.parser.heredoc_words import LexError, ShellLexer

HEREDOC_KEYWORDS = frozenset({"run", "copy", "add"})

_HEREDOC_WORD = re.compile(r"^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$")
_LEADING_TABS = re.compile(r"^\t+", re.MULTILINE)


class HeredocError(Exception):
    """A heredoc word BuildKit refuses; the message is BuildKit's."""


@dataclass(frozen=True, slots=True)
class HeredocOpening:
    """A ``<<EOF`` word of an instruction line: the delimiter and how the body is read."""

    name: str
    expand: bool
    chomp: bool


def heredocs_in_line(line: str) -> list[HeredocOpening]:
    """Every heredoc the logical ``line`` opens, in order (BuildKit's heredocsFromLine)."""
    try:
        words = ShellLexer(raw_quotes=True, raw_escapes=True).words(line)
    except LexError:
        return []
    openings = []
    for word in words:
        opening = parse_heredoc_word(word)
        if opening is not None:
            openings.append(opening)
    return openings


def parse_heredoc_word(word: str) -> HeredocOpening | None:
    """BuildKit's ParseHeredoc: the heredoc a single word opens, if it is one."""
    match = _HEREDOC_WORD.match(word)
    if match is None:
        return None
    dash, rest = match.group(2), match.group(3)
    if not rest:
        return None
    try:
        words = ShellLexer(raw_quotes=False, raw_escapes=False).words(rest)
        if len(words) != 1:
            return None
        raw_words = ShellLexer(raw_quotes=True, raw_escapes=False).words(rest)
    except LexError as refused:
        raise HeredocError(f"failed to process {go_quote(rest)}: {refused}") from None
    if len(raw_words) != len(words):
        raise HeredocError(f"internal lexing of heredoc produced inconsistent results: {rest}")
    name = words[0]
    # A quote that lexing removed means part of the word was quoted.
    expand = _quote_count(name) == _quote_count(raw_words[0])
    return HeredocOpening(name, expand, dash == "-")


def _quote_count(text: str) -> int:
    return text.count("'") + text.count('"')


def chomp(content: str) -> str:
    """BuildKit's ChompHeredocContent: strip leading tabs from every line."""
    return _LEADING_TABS.sub("", content)
