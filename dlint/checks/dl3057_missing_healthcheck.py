"""The image defines no HEALTHCHECK (DL3057, off by default).

Only the image a plain ``docker build`` produces is judged: the target stage
and the stages it is built FROM. A HEALTHCHECK in a build-only stage does
nothing for the image, and build-only stages need none (hadolint looks at
every stage of the file). ``HEALTHCHECK NONE`` counts as a decision.
Orchestrators such as Kubernetes use their own probes, which is why the rule
is off by default.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3057",
    title="HEALTHCHECK instruction missing",
    severity=Severity.INFO,
    aliases=("DS026", "AVD-DS-0026", "CKV_DOCKER_2"),
    category="best-practice",
    enabled=False,
)
def missing_healthcheck(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    target = doc.target
    if target is None or target.base.is_scratch and not target.instructions:
        return
    if any(i.keyword == "HEALTHCHECK" for stage in target.chain() for i in stage.instructions):
        return
    yield Violation(
        target.from_.span,
        "The image has no HEALTHCHECK: add one (or `HEALTHCHECK NONE` to say it needs none)",
    )
