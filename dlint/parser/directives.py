"""Parser directives (``# syntax=``, ``# escape=``, ``# check=``) and the escape token.

BuildKit looks for directives only in the leading run of comment lines: the
first line that is not a directive (an empty line, another comment, an
instruction, an unknown ``# key=value``) ends the search for good. Each
directive may appear once; ``escape`` must be a backslash or a backtick. The
escape token also decides which lines continue on the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Go's \s is [\t\n\f\r ]; spelled out because Python's \s is Unicode-wide.
_DIRECTIVE = re.compile(r"^#[\t\n\f\r ]*([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$")

KNOWN_DIRECTIVES = frozenset({"syntax", "escape", "check"})

DEFAULT_ESCAPE = "\\"


class DirectiveError(Exception):
    """A directive BuildKit refuses; the message is BuildKit's."""


@dataclass(frozen=True, slots=True)
class FoundDirective:
    """A parser directive found in a comment line, with where its value starts."""

    name: str
    value: str
    value_start: int  # offset of the value within the examined line


class DirectiveScanner:
    """Feeds lines to BuildKit's directive rules until they stop applying."""

    __slots__ = ("_seen", "done")

    def __init__(self) -> None:
        self.done = False
        self._seen: set[str] = set()

    def examine(self, line: str) -> FoundDirective | None:
        """The directive on ``line`` (left-trimmed, no line ending), if any.

        Raises :class:`DirectiveError` for a repeated directive or a bad escape
        token; the directive is then ignored.
        """
        if self.done:
            return None
        match = _DIRECTIVE.match(line)
        if match is None:
            self.done = True
            return None
        name = match.group(1).lower()
        if name not in KNOWN_DIRECTIVES:
            self.done = True
            return None
        if name in self._seen:
            raise DirectiveError(f"only one {name} parser directive can be used")
        self._seen.add(name)
        value = match.group(2)
        if name == "escape" and value not in ("`", "\\"):
            raise DirectiveError(f"invalid escape token '{value}' does not match ` or \\")
        return FoundDirective(name, value, match.start(2))


def trim_continuation(line: str, escape: str) -> tuple[str, bool]:
    """BuildKit's trimContinuationCharacter: (text without the escape, continues?).

    A line continues when its last non-blank character is the escape token and
    that token is not itself escaped (``foo \\\\`` ends the instruction).
    """
    stripped = line.rstrip(" \t")
    if stripped.endswith(escape) and (len(stripped) == 1 or stripped[-2] != escape):
        return stripped[:-1], True
    return line, False
