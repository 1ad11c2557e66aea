"""A stage that downloads with both ``wget`` and ``curl`` (DL4001).

One download tool is enough; installing both makes the image larger and
the Dockerfile harder to read. Within each stage, once both have been used,
every RUN that uses either is reported, on its first ``wget`` or ``curl``
command, with the first use of the other tool as related place.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.model.commands import ResolvedCommand
from dlint.model.document import Document
from dlint.rule_api import Related, RuleContext, Severity, Violation, rule

_TOOLS = ("wget", "curl")


@rule(
    "DL4001",
    title="Both wget and curl are used",
    severity=Severity.WARNING,
    aliases=("DS014", "AVD-DS-0014"),
    category="maintainability",
    tags=("image-size",),
)
def wget_and_curl(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for stage in doc.stages:
        first_use: dict[str, ResolvedCommand] = {}
        for instruction in stage.instructions:
            used = [c for c in doc.commands_of(instruction) if c.runs_in == "RUN" and c.program in _TOOLS]
            for command in used:
                first_use.setdefault(command.program, command)
            if used and len(first_use) == len(_TOOLS):
                command = used[0]
                other = first_use[_TOOLS[1] if command.program == _TOOLS[0] else _TOOLS[0]]
                yield Violation(
                    command.span,
                    "Either use wget or curl, not both",
                    related=(Related(other.span, f"{other.program} is used here"),),
                )
