"""What a Dockerfile holds besides its instructions: directives, comments, warnings and errors."""

from __future__ import annotations

from dataclasses import dataclass

from dlint.parser.spans import Span


@dataclass(frozen=True, slots=True)
class Directive:
    """A parser directive at the top of the file: ``# syntax=``, ``# escape=`` or ``# check=``."""

    name: str      # lower case: "syntax", "escape", "check"
    value: str
    span: Span


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment line anywhere in the file (inline-ignore comments among them)."""

    text: str      # after the ``#``, stripped
    span: Span


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """Something BuildKit accepts but warns about, such as an empty continuation line."""

    kind: str      # "empty-continuation"
    message: str   # BuildKit's wording
    span: Span     # where BuildKit reports it: the last line of the continued instruction
    cause: Span    # what it is about: the first empty line


@dataclass(frozen=True, slots=True)
class SyntaxProblem:
    """Something BuildKit refuses; reported as DL1000."""

    message: str
    span: Span
