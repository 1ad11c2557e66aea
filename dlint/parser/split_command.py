"""Splitting a logical line into keyword, ``--flags`` and the rest (BuildKit's split_command.go).

Offsets are kept throughout so that the keyword, every flag and the rest can
be mapped back to where they were written.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from dlint.parser.go_text import (
    BYTE_SPACE,
    GO_SPACE,
    GO_SPACE_CLASS,
    byte_view,
    char_offsets,
)


class Word(NamedTuple):
    """A piece of the logical line: its value and the source range it came from."""

    value: str
    start: int
    end: int


class SplitLine(NamedTuple):
    """A logical line split into its keyword, its ``--flags`` and the rest."""

    keyword: Word
    flags: tuple[Word, ...]
    rest: str        # trimmed, as the per-keyword parsers receive it
    rest_start: int


# Leading blanks, then the keyword: up to the first tokenWhitespace.
_KEYWORD = re.compile(f"[{GO_SPACE_CLASS}]*([^\\t\\v\\f\\r ]*)[\\t\\v\\f\\r ]*")


def split_command(line: str, base: int = 0) -> SplitLine:
    """Keyword, flags and rest of ``line``; offsets are ``base`` + index into ``line``."""
    end = len(line.rstrip(GO_SPACE))
    match = _KEYWORD.match(line, 0, end)
    keyword = Word(match.group(1), base + match.start(1), base + match.end(1))
    after_start = match.end()
    if after_start >= end:
        return SplitLine(keyword, (), "", base + end)
    flags: list[tuple[str, int, int]] = []
    if line.startswith("--", after_start):
        rest, rest_index, flags = _builder_flags(line[after_start:end])
        rest_start = after_start + rest_index
    else:
        rest, rest_start = line[after_start:end], after_start
    stripped = rest.lstrip(GO_SPACE)
    rest_start += len(rest) - len(stripped)
    return SplitLine(
        keyword,
        tuple(Word(text, base + after_start + start, base + after_start + stop) for text, start, stop in flags),
        stripped,
        base + rest_start,
    )


def _builder_flags(region: str) -> tuple[str, int, list[tuple[str, int, int]]]:
    """extract_builder_flags as Go runs it, one byte at a time.

    Outside ASCII this matters: flag values come out as Go builds them byte by
    byte (``--chown=é`` is ``--chown=Ã©``), and the bytes 0x85 and 0xA0 inside
    a character count as blanks. Offsets are mapped back to characters; when
    such a blank splits a character, the rest starts with that character
    (Go's rest starts with its remaining bytes, which are not valid UTF-8).
    """
    if region.isascii():
        return extract_builder_flags(region)
    rest_at, flags = extract_builder_flags(byte_view(region))[1:]
    containing, following = char_offsets(region)
    rest_start = containing[rest_at]
    return region[rest_start:], rest_start, [(text, containing[start], following[stop]) for text, start, stop in flags]


_SPACES, _WORD, _QUOTE = 0, 1, 2


def extract_builder_flags(line: str) -> tuple[str, int, list[tuple[str, int, int]]]:
    """BuildKit's extractBuilderFlags: (rest, index of rest, [(flag, start, end)]).

    Flags are the leading words that start with ``--``; quotes are removed and
    backslash escapes resolved inside them. A lone ``--`` ends the flags.
    ``line`` holds one character per byte (see :func:`_builder_flags`).
    """
    first = len(line) - len(line.lstrip(BYTE_SPACE))
    if not line.startswith("--", first):
        return line[first:], first, []

    words: list[tuple[str, int, int]] = []
    phase = _SPACES
    word: list[str] = []
    quote = ""
    blank_ok = False
    word_start = 0
    length = len(line)
    pos = 0
    while pos <= length:
        ch = line[pos] if pos != length else ""
        if phase == _SPACES:
            if pos == length:
                break
            if ch in BYTE_SPACE:
                pos += 1
                continue
            if ch != "-" or pos + 1 == length or line[pos + 1] != "-":
                return line[pos:], pos, words
            phase = _WORD
            word_start = pos
        if pos == length:
            text = "".join(word)
            if text != "--" and (blank_ok or text):
                words.append((text, word_start, pos))
            break
        if phase == _WORD:
            if ch in BYTE_SPACE:
                phase = _SPACES
                text = "".join(word)
                if text == "--":
                    return line[pos:], pos, words
                if blank_ok or text:
                    words.append((text, word_start, pos))
                word = []
                blank_ok = False
                pos += 1
                continue
            if ch == "'" or ch == '"':
                quote = ch
                blank_ok = True
                phase = _QUOTE
                pos += 1
                continue
            if ch == "\\":
                if pos + 1 == length:
                    pos += 1
                    continue
                pos += 1
                ch = line[pos]
            word.append(ch)
            pos += 1
            continue
        # inside quotes
        if ch == quote:
            phase = _WORD
            pos += 1
            continue
        if ch == "\\":
            if pos + 1 == length:
                phase = _WORD
                pos += 1
                continue
            pos += 1
            ch = line[pos]
        word.append(ch)
        pos += 1
    return "", length, words
