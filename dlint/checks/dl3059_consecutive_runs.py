"""Consecutive RUN instructions that could be one (DL3059).

Each RUN adds a layer. Two RUNs in a row with the same flags, each running
a single command, are reported on the second; a RUN that already chains
commands (``&&``, ``;``, a pipeline) shows the split was chosen, as hadolint
reads it, and RUNs with different ``--mount`` or other flags cannot be
merged. Comments between them do not
separate them; any other instruction does.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.rule_api import RuleContext, Severity, Violation, rule

_CHAINED = 2


@rule(
    "DL3059",
    title="Multiple consecutive RUN instructions",
    severity=Severity.INFO,
    category="maintainability",
    tags=("image-size",),
)
def consecutive_runs(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    previous: Instruction | None = None
    for instruction in doc.instructions:
        if instruction.keyword != "RUN":
            previous = None
            continue
        if previous is not None and _mergeable(doc, previous, instruction):
            yield Violation(
                instruction.keyword_span,
                f"This RUN follows the RUN on line {previous.span.line}: consider joining them with `&&` into one layer",
            )
        previous = instruction


def _mergeable(doc: Document, first: Instruction, second: Instruction) -> bool:
    if {flag.text for flag in first.flags} != {flag.text for flag in second.flags}:
        return False
    return all(_commands(doc, run) < _CHAINED for run in (first, second))


def _commands(doc: Document, run: Instruction) -> int:
    script = doc.shell(run)
    return len(script.commands) if script is not None else 1
