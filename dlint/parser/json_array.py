"""The exec (JSON array) form, decoded the way Go's ``encoding/json`` decodes it.

BuildKit decodes the whole text with ``json.Unmarshal``, so anything but
whitespace after the array (``CMD ["a"] # note``) makes it invalid JSON and
the line shell form, as any other text that is not valid JSON does. A valid
array holding anything but strings is refused. Go rejects ``NaN`` and
``Infinity`` and numbers too large for a float64, and turns lone UTF-16
surrogates into U+FFFD; Python's decoder is adjusted to agree.
"""

from __future__ import annotations

import json
import math
import re

from dlint.parser.split_command import Word

NOT_STRING_ARRAY = "when using JSON array syntax, arrays must be comprised of strings only"

_DECODER = json.JSONDecoder(parse_constant=lambda name: _reject(name))
_STRING_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_WHITESPACE = " \t\n\r"


class NotStringArray(Exception):
    """A valid JSON array with a non-string element: BuildKit refuses the line."""


def _reject(name: str) -> None:
    raise ValueError(name)


def parse_json_array(rest: str, base: int) -> list[Word] | None:
    """The elements of the JSON array at the start of ``rest``, or None for shell form.

    ``rest`` is already trimmed; element offsets (quotes included) are
    ``base`` + index. Raises :class:`NotStringArray`.
    """
    if not rest.startswith("["):
        return None
    try:
        value, end = _DECODER.raw_decode(rest)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, list) or rest[end:].strip(_JSON_WHITESPACE):
        return None
    if not all(isinstance(item, str) for item in value):
        if _has_overflowing_number(value):
            return None
        raise NotStringArray(NOT_STRING_ARRAY)
    tokens = _STRING_TOKEN.finditer(rest, 0, end)
    words = []
    for item, token in zip(value, tokens):
        if _LONE_SURROGATE.search(item):
            item = _LONE_SURROGATE.sub("\ufffd", item)
        words.append(Word(item, base + token.start(), base + token.end()))
    return words


def _has_overflowing_number(value: object) -> bool:
    if isinstance(value, float):
        return math.isinf(value)
    if isinstance(value, list):
        return any(_has_overflowing_number(v) for v in value)
    if isinstance(value, dict):
        return any(_has_overflowing_number(v) for v in value.values())
    return False
