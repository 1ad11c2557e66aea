"""Go string semantics that BuildKit's parser relies on.

BuildKit is written in Go, and several of its parsing decisions depend on
Go's definitions rather than Python's: which characters ``unicode.IsSpace``
accepts, what ``strings.TrimSpace`` removes, how ``%q`` quotes a string.
Python's ``str.isspace`` and ``repr`` differ (``\\x1c``-``\\x1f`` count as
space in Python, not in Go), so the parser uses these instead.
"""

from __future__ import annotations

import re
import unicodedata

# unicode.IsSpace: Latin-1 spaces plus the White_Space code points above U+00FF.
GO_SPACE = (
    "\t\n\v\f\r \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)

# What unicode.IsSpace accepts for a single byte: Go loops that walk bytes
# (not runes) use this, with each byte taken as the code point of its value.
BYTE_SPACE = "\t\n\v\f\r \x85\xa0"

# GO_SPACE escaped for use inside a regex character class.
GO_SPACE_CLASS = re.escape(GO_SPACE)

# BuildKit's reWhitespace / tokenWhitespace: `[\t\v\f\r ]+`.
TOKEN_WHITESPACE = re.compile(r"[\t\v\f\r ]+")

# Maximal runs of characters that unicode.IsSpace rejects.
NON_SPACE_RUN = re.compile(f"[^{GO_SPACE_CLASS}]+")


def byte_view(text: str) -> str:
    """``text`` as Go code that indexes bytes sees it: one character per UTF-8 byte.

    Characters built from such bytes are what Go produces with
    ``rune(line[pos])``: an ``é`` becomes ``Ã©``.
    """
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


def char_offsets(text: str) -> tuple[list[int], list[int]]:
    """Character offsets for each byte offset of ``text`` in UTF-8 (and for its end).

    Two maps: a byte inside a multi-byte character maps to that character in
    the first, to the next character in the second.
    """
    containing: list[int] = []
    following: list[int] = []
    for index, ch in enumerate(text):
        inside = len(ch.encode("utf-8", "surrogatepass")) - 1
        containing.append(index)
        following.append(index)
        containing.extend([index] * inside)
        following.extend([index + 1] * inside)
    containing.append(len(text))
    following.append(len(text))
    return containing, following


def trim_space(text: str) -> str:
    """strings.TrimSpace."""
    return text.strip(GO_SPACE)


def go_quote(text: str) -> str:
    """strconv.Quote: a double-quoted Go string literal."""
    out = ['"']
    for ch in text:
        out.append(_quote_char(ch))
    out.append('"')
    return "".join(out)


_SIMPLE_ESCAPES = {
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\v": "\\v",
    "\\": "\\\\",
    '"': '\\"',
}


def _quote_char(ch: str) -> str:
    escaped = _SIMPLE_ESCAPES.get(ch)
    if escaped is not None:
        return escaped
    code = ord(ch)
    if 0x20 <= code < 0x7F:
        return ch
    if _is_go_printable(ch):
        return ch
    if code < 0x80:
        return f"\\x{code:02x}"
    if 0xD800 <= code <= 0xDFFF:
        # A lone surrogate is invalid UTF-8 to Go; it quotes the replacement rune.
        return "\ufffd"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _is_go_printable(ch: str) -> bool:
    """unicode.IsPrint: letters, marks, numbers, punctuation, symbols, and ASCII space."""
    return unicodedata.category(ch)[0] in "LMNPS"


def go_quote_list(values: list[str] | tuple[str, ...]) -> str:
    """fmt.Sprintf("%q", []string{...}): ``["a" "b"]``."""
    return "[" + " ".join(go_quote(v) for v in values) + "]"
