"""InvalidDefinitionDescription: the comment above an ARG or named FROM does not describe it.

BuildKit reads the comment right above ``ARG NAME`` or ``FROM ... AS name``
as its description (shown by ``docker buildx build --call=outline``) when it
starts with the name: ``# NAME what it is for``. A comment there that starts
otherwise is probably meant as a description in the wrong format. The
comments are BuildKit's ``PrevComment`` as the parser keeps them: blank
lines do not end them, an empty ``#`` line does; a ``# check=`` comment
there skips checks and describes nothing. Reported on the instruction, as
BuildKit does, with the comment shown beside it. Experimental in BuildKit,
so off by default.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Comment, Document
from dlint.model.instruction import Instruction
from dlint.model.stages import Stage
from dlint.model.variables import argument_declarations
from dlint.model.skip_comments import is_skip_comment
from dlint.rule_api import Related, RuleContext, Severity, Violation, rule


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
        descriptions = [c for c in instruction.comments if not is_skip_comment(c)]
        if not names or not descriptions:
            continue
        description = descriptions[-1]
        if description.split(" ")[0] in names:
            continue
        example = names[0] if len(names) == 1 else "<arg_key>"
        yield Violation(
            instruction.keyword_span,
            f"Comment for {instruction.keyword} should follow the format: `# {example} <description>`",
            related=tuple(Related(c.span, "the comment") for c in _comment_above(doc, instruction, description)),
        )


def _defined_names(instruction: Instruction, stage: Stage | None) -> tuple[str, ...]:
    if instruction.keyword == "ARG":
        return tuple(key for key, _ in argument_declarations(instruction))
    if stage is not None and stage.name:
        return (stage.name,)
    return ()


def _comment_above(doc: Document, instruction: Instruction, text: str) -> list[Comment]:
    above = [c for c in doc.comments if c.span.end_line < instruction.start_line and c.text == text]
    return above[-1:]
