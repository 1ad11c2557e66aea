"""What rules report and what reporters print."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

from dlint.model.spans import Span


class Severity(IntEnum):
    """Ordered so that ``>=`` compares with a ``--fail-on`` threshold."""

    STYLE = 0
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.strip().upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the source text under ``span`` with ``replacement``."""

    span: Span
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """A change that removes the violation: all ``edits`` applied together."""

    description: str
    edits: tuple[Edit, ...]


@dataclass(frozen=True, slots=True)
class Related:
    """Another place that explains a violation, such as the first of two stages with one name."""

    span: Span
    message: str


@dataclass(frozen=True, slots=True)
class Violation:
    """What a rule's check yields; the engine adds rule, severity and path."""

    span: Span
    message: str
    related: tuple[Related, ...] = ()
    fix: Fix | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    """A violation as reported: in which file, by which rule, at the severity that applies there."""

    path: str
    rule: str
    aliases: tuple[str, ...]
    severity: Severity
    message: str
    span: Span
    related: tuple[Related, ...] = ()
    fix: Fix | None = None
    fixable: bool = field(default=False)

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.span.line, self.span.column, self.rule)
