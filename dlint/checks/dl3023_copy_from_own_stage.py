"""COPY --from names the stage it is in (DL3023).

A stage cannot copy from itself: its files are not built yet. BuildKit
reports a circular dependency.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3023",
    title="COPY --from cannot name its own stage",
    severity=Severity.ERROR,
    aliases=("DS006", "AVD-DS-0006"),
    category="correctness",
)
def copy_from_own_stage(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for stage in doc.stages:
        for reference in stage.dependencies:
            if reference.kind != "copy":
                continue
            own = reference.stage is stage or (stage.name is not None and reference.name.lower() == stage.name)
            if own:
                yield Violation(reference.span, f"COPY --from={reference.name} names the stage it is in: a stage cannot copy from itself")
