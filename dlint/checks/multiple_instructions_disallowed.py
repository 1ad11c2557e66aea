"""MultipleInstructionsDisallowed: a CMD, ENTRYPOINT or HEALTHCHECK that a later one overrides.

Only the last of each in a stage takes effect, so BuildKit reports every
earlier one (the one that is ignored). A stage starts afresh even when it is
built FROM another stage. hadolint's DL4003 (CMD), DL4004 (ENTRYPOINT) and
DL3012 (HEALTHCHECK) report the same instructions; where both run, the user
sees one finding, this one, naming the hadolint code too.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.rule_api import Related, RuleContext, Severity, Violation, rule

_SINGLE_USE = frozenset({"CMD", "ENTRYPOINT", "HEALTHCHECK"})


@rule(
    "MultipleInstructionsDisallowed",
    buildkit_name="MultipleInstructionsDisallowed",
    title="Multiple instructions of the same type should not be used in the same stage",
    severity=Severity.WARNING,
    category="correctness",
    tags=("buildkit", "stages"),
    url="https://docs.docker.com/go/dockerfile/rule/multiple-instructions-disallowed/",
    same_problem_as=("DL4003", "DL4004", "DL3012"),
)
def overridden_instruction(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for stage in doc.stages:
        previous: dict[str, Instruction] = {}
        for instruction in stage.instructions:
            if instruction.keyword not in _SINGLE_USE:
                continue
            earlier = previous.get(instruction.keyword)
            if earlier is not None:
                name = instruction.keyword_as_written
                yield Violation(
                    earlier.span,
                    f"Multiple {name} instructions should not be used in the same stage "
                    "because only the last one will be used",
                    related=(Related(instruction.keyword_span, f"overridden by this {name}"),),
                )
            previous[instruction.keyword] = instruction
