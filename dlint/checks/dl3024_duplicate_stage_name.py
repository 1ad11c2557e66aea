"""DL3024 / DuplicateStageName: two stages with the same name.

Stage names are compared lower-cased, as BuildKit does (``AS Build`` and
``AS build`` name the same stage). A later duplicate silently takes over the
name, so ``COPY --from`` and ``--target`` reach a stage the author may not
expect.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.stages import Stage
from dlint.rule_api import Related, RuleContext, Severity, Violation, rule


@rule(
    "DL3024",
    title="Stage names should be unique",
    severity=Severity.ERROR,
    aliases=("DuplicateStageName", "DS012", "AVD-DS-0012", "CKV_DOCKER_11"),
    category="correctness",
    tags=("stages",),
    buildkit_name="DuplicateStageName",
    url="https://docs.docker.com/go/dockerfile/rule/duplicate-stage-name/",
)
def duplicate_stage_name(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    first_with_name: dict[str, Stage] = {}
    for stage in doc.stages:
        if stage.name is None or stage.name_span is None:
            continue
        earlier = first_with_name.setdefault(stage.name, stage)
        if earlier is stage:
            continue
        yield Violation(
            stage.name_span,
            f'Duplicate stage name "{stage.name}", stage names should be unique',
            related=(Related(earlier.name_span, f'"{stage.name}" is first defined here'),),
        )
