"""The value of a shell word: quotes removed and escapes resolved, as the shell does.

Expansions (``$X``, ``${X}``, ``$(...)``, backquotes, ``$((...))``) are not
evaluated: their text is kept as written, at the places the syntax tree
reports them.
"""

from __future__ import annotations

import re

_UNQUOTED_SPECIAL = re.compile(r"[\\'\"$]")
_DOUBLE_QUOTED_SPECIAL = re.compile(r'[\\"]')
_ESCAPABLE_IN_DOUBLE_QUOTES = '$`"\\\n'
_ANSI_C_ESCAPES = {
    "a": "\a", "b": "\b", "e": "\x1b", "E": "\x1b", "f": "\f", "n": "\n", "r": "\r",
    "t": "\t", "v": "\v", "\\": "\\", "'": "'", '"': '"', "?": "?",
}
_ANSI_C_NUMERIC = re.compile(r"x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8}|[0-7]{1,3}")


def needs_unquoting(text: str) -> bool:
    return "'" in text or '"' in text or "\\" in text or "$" in text


def unquote(text: str, expansions: tuple[tuple[int, int], ...] = ()) -> str:
    """``text`` with quoting removed; ``expansions`` (start, end) ranges copied as written."""
    out: list[str] = []
    pending = list(expansions)
    pending.reverse()
    position, end = 0, len(text)
    in_double_quotes = False
    while position < end:
        while pending and pending[-1][0] < position:
            pending.pop()
        stop = pending[-1][0] if pending else end
        special = (_DOUBLE_QUOTED_SPECIAL if in_double_quotes else _UNQUOTED_SPECIAL).search(text, position, stop)
        if special is None:
            out.append(text[position:stop])
            if stop < end:
                start, finish = pending.pop()
                out.append(text[start:finish])
                stop = max(finish, stop)
            position = stop
            continue
        out.append(text[position:special.start()])
        position = special.start()
        char = text[position]
        following = text[position + 1] if position + 1 < end else ""
        if char == "\\":
            if not following or (in_double_quotes and following not in _ESCAPABLE_IN_DOUBLE_QUOTES):
                out.append(char)
                position += 1
                continue
            if following != "\n":
                out.append(following)
            position += 2
        elif char == '"':
            in_double_quotes = not in_double_quotes
            position += 1
        elif char == "'":
            close = text.find("'", position + 1)
            close = end if close < 0 else close
            out.append(text[position + 1:close])
            position = close + 1
        elif following == "'":
            text_end, value = _ansi_c_string(text, position + 2)
            out.append(value)
            position = text_end
        elif following == '"':
            in_double_quotes = True
            position += 2
        else:
            out.append(char)
            position += 1
    return "".join(out)


def _ansi_c_string(text: str, position: int) -> tuple[int, str]:
    """The end of a ``$'...'`` string whose body starts at ``position``, and its value."""
    out: list[str] = []
    end = len(text)
    while position < end:
        char = text[position]
        if char == "'":
            return position + 1, "".join(out)
        if char != "\\" or position + 1 >= end:
            out.append(char)
            position += 1
            continue
        following = text[position + 1]
        if following in _ANSI_C_ESCAPES:
            out.append(_ANSI_C_ESCAPES[following])
            position += 2
            continue
        numeric = _ANSI_C_NUMERIC.match(text, position + 1)
        if numeric is None:
            out.append(char + following)
            position += 2
            continue
        digits = numeric.group()
        code = int(digits, 8) if digits[0].isdigit() else int(digits[1:], 16)
        out.append(chr(min(code, 0x10FFFF)))
        position = numeric.end()
    return end, "".join(out)
