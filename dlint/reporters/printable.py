"""Text from a Dockerfile or a file name made safe to print: it shows what is there and cannot drive a terminal.

A hostile Dockerfile can put escape sequences (ESC, BEL, C1 controls) into
the words a message quotes, and a file name can hold bytes that are not UTF-8
(Python carries them as lone surrogates, which no UTF-8 stream can write).
Each becomes a backslash escape: a byte as ``\\xNN`` (control characters below
0x80 and undecodable bytes alike), a C1 control or other lone surrogate as
``\\uNNNN``. Tabs are kept.
"""

from __future__ import annotations

from functools import lru_cache

KEPT = "\t"


def printable(text: str, keep: str = KEPT) -> str:
    """``text`` with every control character and undecodable byte escaped, except those in ``keep``."""
    if text.isprintable() or not text:
        return text
    table = _escapes()
    return "".join(char if char in keep else table.get(char, char) for char in text)


@lru_cache(maxsize=1)
def _escapes() -> dict[str, str]:
    escapes = {chr(code): f"\\x{code:02x}" for code in (*range(0x20), 0x7F)}
    escapes.update({chr(code): f"\\u{code:04x}" for code in range(0x80, 0xA0)})
    escapes.update({chr(code): f"\\u{code:04x}" for code in range(0xD800, 0xE000)})
    # os.fsdecode carries an undecodable byte b as the lone surrogate U+DC00 + b
    escapes.update({chr(0xDC00 + byte): f"\\x{byte:02x}" for byte in range(0x80, 0x100)})
    return escapes
