"""InvalidDefinitionDescription: the comment above an ARG or named FROM does not describe it.

BuildKit reads the comment right above ``ARG NAME`` or ``FROM ... AS name``
as its description (shown by ``docker buildx build --call=outline``) when it
starts with the name: ``# NAME what it is for``. A comment there that starts
otherwise is probably meant as a description in the wrong format. The
comments are BuildKit's ``PrevComment`` as the parser keeps them: blank
lines do not end them, an empty ``#`` line does. Experimental in BuildKit,
so off by default.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.spans import Span
from dlint.model.stages import Stage
from dlint.model.variables import argument_declarations
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "InvalidDefinitionDescription",
    buildkit_name="InvalidDefinitionDescription",
    title="Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`",
    severity=Severity.WARNING,
    category="style",
    tags=("buildkit", "documentation"),
    enabled=False,
    experimental=True,
    url="https://docs.docker.com/go/dockerfile/rule/invalid-definition-description/",
)
def misformatted_description(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    stage_names = {id(stage.from_): stage for stage in doc.stages}
    for instruction in doc.instructions:
        names = _defined_names(instruction, stage_names.get(id(instruction)))
        if not names or not instruction.comments:
            continue
        description = instruction.comments[-1]
        if description.split(" ")[0] in names:
            continue
        example = names[0] if len(names) == 1 else "<arg_key>"
        yield Violation(
            _comment_span(doc, instruction),
            f"Comment for {instruction.keyword} should follow the format: `# {example} <description>`",
        )


def _defined_names(instruction: Instruction, stage: Stage | None) -> tuple[str, ...]:
    if instruction.keyword == "ARG":
        return tuple(key for key, _ in argument_declarations(instruction))
    if stage is not None and stage.name:
        return (stage.name,)
    return ()


def _comment_span(doc: Document, instruction: Instruction) -> Span:
    above = [c for c in doc.comments if c.span.end_line < instruction.start_line]
    if above and above[-1].text == instruction.comments[-1]:
        return above[-1].span
    return instruction.keyword_span
