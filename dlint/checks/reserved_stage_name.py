"""ReservedStageName: a stage named ``scratch`` or ``context``.

``scratch`` is the empty image and ``context`` the build context in
``COPY --from``; a stage with either name is shadowed by (or shadows) them.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

RESERVED_STAGE_NAMES = frozenset({"context", "scratch"})


@rule(
    "ReservedStageName",
    buildkit_name="ReservedStageName",
    aliases=("DL3063",),
    title="Reserved words should not be used as stage names",
    severity=Severity.WARNING,
    category="correctness",
    tags=("buildkit", "stages"),
    url="https://docs.docker.com/go/dockerfile/rule/reserved-stage-name/",
)
def reserved_stage_name(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for stage in doc.stages:
        if stage.name in RESERVED_STAGE_NAMES and stage.name_span is not None:
            yield Violation(
                stage.name_span,
                f'Stage name should not use the same name as reserved stage "{stage.name}"',
            )
