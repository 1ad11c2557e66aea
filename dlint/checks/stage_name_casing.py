"""StageNameCasing: a stage name written with capital letters (``FROM x AS Build``).

BuildKit lower-cases stage names, so ``Build`` and ``build`` are the same
stage; writing them in lower case keeps ``--target`` and ``COPY --from``
references unambiguous.

The fix writes the name in lower case, and with it every reference to the
stage written literally (``FROM``, ``COPY --from``, ``RUN --mount=from=``).
BuildKit matches stage names in any case, so no reference changes meaning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dlint.model.document import Document
from dlint.model.stages import Stage, StageReference
from dlint.rule_api import Edit, Fix, RuleContext, Severity, Violation, rule


# What BuildKit accepts as a stage name once lower-cased; a name made of a variable is left alone.
VALID_NAME = re.compile(r"[a-z][a-z0-9-_.]*")


@rule(
    "StageNameCasing",
    buildkit_name="StageNameCasing",
    title="Stage names should be lowercase",
    severity=Severity.WARNING,
    category="style",
    tags=("buildkit", "stages", "casing"),
    url="https://docs.docker.com/go/dockerfile/rule/stage-name-casing/",
    fixable=True,
)
def uppercase_stage_name(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    stages = {stage.from_.index: stage for stage in doc.stages}
    references: dict[int, list[StageReference]] | None = None
    for instruction in doc.instructions:
        # BuildKit looks at the third word of any three-word FROM, before it
        # checks that the second one is AS.
        if instruction.keyword != "FROM" or len(instruction.args) != 3:
            continue
        name = instruction.args[2]
        if name.value == name.value.lower():
            continue
        stage = stages.get(instruction.index)
        fix = None
        if stage is not None and stage.name_span == name.span and VALID_NAME.fullmatch(stage.name or ""):
            references = _references_by_stage(doc) if references is None else references
            fix = _lower_case_name(stage, references.get(stage.index, ()))
        yield Violation(name.span, f"Stage name '{name.value}' should be lowercase", fix=fix)


def _references_by_stage(doc: Document) -> dict[int, list[StageReference]]:
    """The references to each stage that name it (not by index) and are written literally."""
    found: dict[int, list[StageReference]] = {}
    for stage in doc.stages:
        for reference in stage.dependencies:
            target = reference.stage
            if target is not None and reference.name_span is not None and reference.name.lower() == target.name:
                found.setdefault(target.index, []).append(reference)
    return found


def _lower_case_name(stage: Stage, references: Iterable[StageReference]) -> Fix:
    name = stage.name or ""
    edits = [Edit(stage.name_span, name)]
    edits += [Edit(reference.name_span, name) for reference in references if reference.name != name]
    return Fix(f"Rename the stage {name}, and its references", tuple(edits))
