"""How each keyword's arguments are split (BuildKit's line_parsers.go).

Every parser receives the trimmed text after the keyword and flags and the
offset where that text starts in the logical line, and returns the argument
words with their offsets plus whether the exec (JSON) form was used.
``LineError`` carries BuildKit's message for text the parser itself refuses.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dlint.parser.go_text import (
    BYTE_SPACE,
    GO_SPACE,
    NON_SPACE_RUN,
    TOKEN_WHITESPACE,
    byte_view,
    char_offsets,
    go_quote,
)
from dlint.parser.json_array import NotStringArray, parse_json_array
from dlint.parser.split_command import Word

Parsed = tuple[list[Word], bool]


class LineError(Exception):
    """Text BuildKit's parser refuses; the message is BuildKit's."""


def parse_ignore(rest: str, base: int, escape: str) -> Parsed:
    """Unknown keywords keep a single empty argument, as BuildKit's parseIgnore does."""
    return [Word("", base, base)], False


def parse_string(rest: str, base: int, escape: str) -> Parsed:
    if not rest:
        return [], False
    return [Word(rest, base, base + len(rest))], False


def parse_whitespace_delimited(rest: str, base: int, escape: str) -> Parsed:
    if not rest:
        return [], False
    words = []
    start = 0
    for separator in TOKEN_WHITESPACE.finditer(rest):
        words.append(Word(rest[start : separator.start()], base + start, base + separator.start()))
        start = separator.end()
    words.append(Word(rest[start:], base + start, base + len(rest)))
    return words, False


def parse_maybe_json(rest: str, base: int, escape: str) -> Parsed:
    if not rest:
        return [], False
    words = _json_or_none(rest, base)
    if words is not None:
        return words, True
    return [Word(rest, base, base + len(rest))], False


def parse_maybe_json_to_list(rest: str, base: int, escape: str) -> Parsed:
    words = _json_or_none(rest, base)
    if words is not None:
        return words, True
    return parse_whitespace_delimited(rest, base, escape)


def _json_or_none(rest: str, base: int) -> list[Word] | None:
    try:
        return parse_json_array(rest, base)
    except NotStringArray as refused:
        raise LineError(str(refused)) from None


def parse_name_or_name_value(rest: str, base: int, escape: str) -> Parsed:
    """ARG: each word is one argument, ``name`` or ``name=value``."""
    return parse_words(rest, base, escape), False


def parse_env(rest: str, base: int, escape: str) -> Parsed:
    return _parse_name_value(rest, base, escape, "ENV"), False


def parse_label(rest: str, base: int, escape: str) -> Parsed:
    return _parse_name_value(rest, base, escape, "LABEL"), False


def _parse_name_value(rest: str, base: int, escape: str, keyword: str) -> list[Word]:
    """ENV/LABEL: alternating key and value words.

    The legacy form ``KEY name value`` is chosen when the first word has no
    ``=``; the value is then everything after the first run of whitespace.
    """
    words = parse_words(rest, base, escape)
    if not words:
        return []
    if "=" not in words[0].value:
        separator = TOKEN_WHITESPACE.search(rest)
        if separator is None:
            raise LineError(f"{keyword} must have two arguments")
        return [
            Word(rest[: separator.start()], base, base + separator.start()),
            Word(rest[separator.end():], base + separator.end(), base + len(rest)),
        ]
    pairs = []
    for word in words:
        key, equals, value = word.value.partition("=")
        if not equals:
            raise LineError(f"Syntax error - can't find = in {go_quote(word.value)}. Must be of the form: name=value")
        value_start = word.start + len(key) + 1
        pairs.append(Word(key, word.start, word.start + len(key)))
        pairs.append(Word(value, value_start, value_start + len(value)))
    return pairs


def parse_health_config(rest: str, base: int, escape: str) -> Parsed:
    """HEALTHCHECK: the type word (CMD or NONE), then the command as in CMD."""
    type_end, command_start = _health_type_bounds(rest)
    if type_end == 0:
        return [], False
    command, is_json = parse_maybe_json(rest[command_start:], base + command_start, escape)
    return [Word(rest[:type_end], base, base + type_end), *command], is_json


def health_command_start(rest: str) -> int:
    """Where HEALTHCHECK's command starts within its rest (after ``CMD``)."""
    return _health_type_bounds(rest)[1]


_TYPE_AND_BLANKS = re.compile(f"([^{re.escape(BYTE_SPACE)}]*)[{re.escape(BYTE_SPACE)}]*")


def _health_type_bounds(rest: str) -> tuple[int, int]:
    """(end of the type word, start of the command); Go finds both walking bytes."""
    if rest.isascii():
        match = _TYPE_AND_BLANKS.match(rest)
        return match.end(1), match.end()
    match = _TYPE_AND_BLANKS.match(byte_view(rest))
    containing, following = char_offsets(rest)
    return following[match.end(1)], containing[match.end()]


_SPACES, _WORD, _QUOTE = 0, 1, 2


def parse_words(rest: str, base: int, escape: str) -> list[Word]:
    """BuildKit's parseWords: split on whitespace, keeping quotes and escapes in the words.

    A quoted empty string is a word; an escape token at the very end of the
    text is dropped. Words keep their source text, so each word's range is
    its start plus its length.
    """
    if escape not in rest and '"' not in rest and "'" not in rest:
        return [Word(m.group(), base + m.start(), base + m.end()) for m in NON_SPACE_RUN.finditer(rest)]

    words: list[Word] = []
    phase = _SPACES
    word: list[str] = []
    quote = ""
    blank_ok = False
    word_start = 0
    length = len(rest)
    pos = 0
    while pos <= length:
        ch = rest[pos] if pos != length else ""
        if phase == _SPACES:
            if pos == length:
                break
            if ch in GO_SPACE:
                pos += 1
                continue
            phase = _WORD
            word_start = pos
        if pos == length:
            if blank_ok or word:
                words.append(_word(word, word_start, base))
            break
        if phase == _WORD:
            if ch in GO_SPACE:
                phase = _SPACES
                if blank_ok or word:
                    words.append(_word(word, word_start, base))
                word = []
                blank_ok = False
                pos += 1
                continue
            if ch == "'" or ch == '"':
                quote = ch
                blank_ok = True
                phase = _QUOTE
            if ch == escape:
                if pos + 1 == length:
                    pos += 1
                    continue
                word.append(ch)
                pos += 1
                ch = rest[pos]
            word.append(ch)
            pos += 1
            continue
        # inside quotes
        if ch == quote:
            phase = _WORD
        if ch == escape and quote != "'":
            if pos + 1 == length:
                phase = _WORD
                pos += 1
                continue
            pos += 1
            word.append(ch)
            ch = rest[pos]
        word.append(ch)
        pos += 1
    return words


def _word(chars: list[str], start: int, base: int) -> Word:
    text = "".join(chars)
    return Word(text, base + start, base + start + len(text))


LineParser = Callable[[str, int, str], Parsed]

# BuildKit's dispatch table; ONBUILD is handled by the caller (it nests a line).
DISPATCH: dict[str, LineParser] = {
    "add": parse_maybe_json_to_list,
    "arg": parse_name_or_name_value,
    "cmd": parse_maybe_json,
    "copy": parse_maybe_json_to_list,
    "entrypoint": parse_maybe_json,
    "env": parse_env,
    "expose": parse_whitespace_delimited,
    "from": parse_whitespace_delimited,
    "healthcheck": parse_health_config,
    "label": parse_label,
    "maintainer": parse_string,
    "run": parse_maybe_json,
    "shell": parse_maybe_json,
    "stopsignal": parse_string,
    "user": parse_string,
    "volume": parse_maybe_json_to_list,
    "workdir": parse_string,
}
