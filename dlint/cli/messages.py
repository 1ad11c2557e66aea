"""What dlint says outside its reports: one-line errors on stderr (``dlint: [where: ]error: reason``), and a quiet exit when stdout's reader goes away."""

from __future__ import annotations

import sys


def error(reason: str, where: str | None = None) -> None:
    prefix = f"dlint: {where}: " if where else "dlint: "
    sys.stderr.write(f"{prefix}error: {reason}\n")


def notice(text: str) -> None:
    """Something the user should know that is no error: ``dlint: notice: ...``."""
    sys.stderr.write(f"dlint: notice: {text}\n")


def detail(text: str) -> None:
    """Extra lines after an error, such as a traceback under ``--debug``."""
    sys.stderr.write(text if text.endswith("\n") else text + "\n")


def silence_stdout() -> None:
    """After ``dlint ... | head`` closed the pipe, keep Python from complaining about stdout while it exits."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
