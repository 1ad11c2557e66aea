"""The unified diff ``--diff`` prints for a file its fixes would change."""

from __future__ import annotations

import difflib

from dlint.engine.report import Rewrite

NO_NEWLINE = "\\ No newline at end of file\n"


def unified_diff(rewrite: Rewrite) -> str:
    """``git diff``-style: ``--- a/PATH``, ``+++ b/PATH``, three lines of context; empty when nothing changed.

    Lines keep their own endings, so a CRLF file's diff shows CRLF lines, and a
    last line without a newline is marked as ``diff`` marks it.
    """
    if rewrite.before == rewrite.after:
        return ""
    lines = difflib.unified_diff(
        _lines(rewrite.before),
        _lines(rewrite.after),
        fromfile=f"a/{rewrite.path}",
        tofile=f"b/{rewrite.path}",
    )
    return "".join(line if line.endswith("\n") else line + "\n" + NO_NEWLINE for line in lines)


def _lines(text: str) -> list[str]:
    """The lines of ``text`` with their endings; only ``\n`` ends a line, as for BuildKit (a form feed does not)."""
    pieces = text.split("\n")
    return [piece + "\n" for piece in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
