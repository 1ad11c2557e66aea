"""Reading a Dockerfile's bytes and decoding them, or saying in one line why not.

BuildKit reads Dockerfiles as UTF-8 (a leading BOM is allowed and dropped by
the parser). Anything else is not a Dockerfile dlint can reason about, so
the caller reports it as unreadable and lints the other files.

Only regular files are opened: a named pipe would block the run until a writer
came, and a device could be changed by being read. What a path is comes from
its metadata, checked again on the open file in case it was swapped meanwhile.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

MAX_BYTES = 10 * 1024 * 1024

SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


class Unreadable(Exception):
    """The file cannot be linted; ``reason`` is one line for the user."""

    def __init__(self, reason: str, line: int | None = None, column: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.line = line
        self.column = column


def special_file_kind(path: str) -> str | None:
    """What a pipe, socket or device at ``path`` is ("a named pipe"); None for anything else, missing files too."""
    try:
        return _special_kind(os.stat(path).st_mode)
    except (OSError, ValueError):
        return None


def _special_kind(mode: int) -> str | None:
    return next((kind for test, kind in SPECIAL_FILES if test(mode)), None)


def read_file(path: str) -> str:
    """The decoded text of the file at ``path``."""
    kind = special_file_kind(path)
    if kind is not None:
        raise Unreadable(f"{kind}, not a regular file")
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with open(descriptor, "rb") as stream:
            mode = os.fstat(descriptor).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError(path)
            kind = _special_kind(mode)
            if kind is not None:
                raise Unreadable(f"{kind}, not a regular file")
            return decode(_read_limited(stream))
    except IsADirectoryError:
        raise Unreadable("is a directory") from None
    except FileNotFoundError:
        raise Unreadable("no such file or directory") from None
    except NotADirectoryError:
        raise Unreadable("a component of the path is not a directory") from None
    except PermissionError:
        raise Unreadable("permission denied") from None
    except OSError as error:
        raise Unreadable((error.strerror or str(error)).lower()) from None


def read_stream(stream: BinaryIO) -> str:
    """The decoded text of standard input (or any binary stream)."""
    return decode(_read_limited(stream))


def _read_limited(stream: BinaryIO) -> bytes:
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise Unreadable(f"file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    return data


def decode(data: bytes) -> str:
    """``data`` as text; binary content and invalid UTF-8 are :class:`Unreadable`."""
    nul = data.find(b"\0")
    if nul >= 0:
        line, column = _line_and_column(data, nul)
        raise Unreadable(f"binary file (NUL byte at offset {nul}, line {line})", line, column)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line, column = _line_and_column(data, error.start)
        raise Unreadable(f"invalid UTF-8 at byte {error.start} (line {line}, column {column})", line, column) from None


def _line_and_column(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column

