"""StageNameCasing: a stage name written with capital letters (``FROM x AS Build``).

BuildKit lower-cases stage names, so ``Build`` and ``build`` are the same
stage; writing them in lower case keeps ``--target`` and ``COPY --from``
references unambiguous.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "StageNameCasing",
    buildkit_name="StageNameCasing",
    title="Stage names should be lowercase",
    severity=Severity.WARNING,
    category="style",
    tags=("buildkit", "stages", "casing"),
    url="https://docs.docker.com/go/dockerfile/rule/stage-name-casing/",
)
def uppercase_stage_name(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for instruction in doc.instructions:
        # BuildKit looks at the third word of any three-word FROM, before it
        # checks that the second one is AS.
        if instruction.keyword != "FROM" or len(instruction.args) != 3:
            continue
        name = instruction.args[2]
        if name.value != name.value.lower():
            yield Violation(name.span, f"Stage name '{name.value}' should be lowercase")
