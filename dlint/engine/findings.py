"""What rules report and what reporters print."""

from __future__ import annotations

from dataclasses import dataclass, field

from dlint.model.spans import Span
from dlint.rule_api import Edit, Fix, Related, Severity, Violation


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
    merged: tuple[str, ...] = ()     # ids of other rules that reported this same problem here

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """Every rule this finding stands for: its own and those merged into it."""
        return (self.rule, *self.merged)

    @property
    def sort_key(self) -> tuple:
        return (self.path, self.span.line, self.span.column, self.rule)


__all__ = ["Edit", "Finding", "Fix", "Related", "Severity", "Violation"]
