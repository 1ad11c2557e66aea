"""RedundantTargetPlatform: ``FROM --platform=$TARGETPLATFORM``, which is the default anyway.

Reported when ``TARGETPLATFORM`` is the only variable the flag uses and the
flag expands to exactly its value.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.variables import global_scope
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "RedundantTargetPlatform",
    buildkit_name="RedundantTargetPlatform",
    aliases=("DL3065",),
    title="Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("buildkit", "platform"),
    url="https://docs.docker.com/go/dockerfile/rule/redundant-target-platform/",
)
def redundant_target_platform(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    scope = global_scope(doc)
    target = scope.value("TARGETPLATFORM")
    for stage in doc.stages:
        flag, expansion = stage.platform, stage.platform_expansion
        if flag is None or expansion is None:
            continue
        if expansion.references == ("TARGETPLATFORM",) and target is not None and expansion.value == target:
            yield Violation(
                flag.span,
                f"Setting platform to predefined {flag.value} in FROM is redundant "
                "as this is the default behavior",
            )
