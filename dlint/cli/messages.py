"""What dlint says outside its reports, and how reports reach standard output.

Errors and warnings are one line each on stderr (``dlint: [where: ]error: reason``),
with control characters and undecodable bytes escaped. A report that cannot be
written is an error; a reader that goes away (``dlint ... | head``) is not, and
the command keeps the exit status its work calls for.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from dlint.reporters.printable import printable


def error(reason: str, where: str | None = None) -> None:
    say("error", reason, where)


def warning(reason: str, where: str | None = None) -> None:
    say("warning", reason, where)


def say(level: str, reason: str, where: str | None = None) -> None:
    """One line on standard error: ``dlint: [where: ]level: reason``, control characters escaped."""
    prefix = f"dlint: {printable(where)}: " if where else "dlint: "
    sys.stderr.write(f"{prefix}{level}: {printable(reason)}\n")


def detail(text: str) -> None:
    """Extra lines after an error, such as a traceback under ``--debug``."""
    sys.stderr.write(text if text.endswith("\n") else text + "\n")


def write_report(write: Callable[[TextIO], None]) -> bool:
    """Run ``write`` on standard output and flush it; False when the report could not be written.

    A closed pipe counts as written: its reader has seen enough. Either way
    standard output is then silenced, so Python does not fail again on it at exit.
    """
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
    except OSError as failure:
        silence_stdout()
        error(f"cannot write the report: {(failure.strerror or str(failure)).lower()}")
        return False
    return True


def to_stdout(text: str) -> bool:
    """Write ``text`` to standard output, as :func:`write_report` does."""
    return write_report(lambda stream: stream.write(text))


def silence_stdout() -> None:
    """Send what standard output still holds, and anything written later, to the null device."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
