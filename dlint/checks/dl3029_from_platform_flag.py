"""FROM with a --platform flag (DL3029).

A fixed platform makes the image build for that platform whatever the user
asks for. A flag that is nothing but BuildKit's ``$BUILDPLATFORM`` (the
documented way to run build tools natively while cross-compiling) or
``$TARGETPLATFORM`` (the default; RedundantTargetPlatform reports it), in any
spelling (``"${BUILDPLATFORM:-}"``), follows the build's platforms and is
not reported, as in hadolint.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.stages import Stage
from dlint.model.variables import global_scope
from dlint.rule_api import RuleContext, Severity, Violation, rule

_BUILD_PLATFORMS = frozenset({"BUILDPLATFORM", "TARGETPLATFORM"})


@rule(
    "DL3029",
    title="FROM uses the --platform flag",
    severity=Severity.WARNING,
    category="best-practice",
)
def from_platform_flag(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for stage in doc.stages:
        flag = stage.platform
        if flag is None or not flag.value or _follows_the_build(doc, stage):
            continue
        yield Violation(flag.span, f"Do not fix the platform with `{flag.text}`: let the build choose it (`--platform` of docker build)")


def _follows_the_build(doc: Document, stage: Stage) -> bool:
    expansion = stage.platform_expansion
    if expansion is None or len(expansion.references) != 1 or expansion.references[0] not in _BUILD_PLATFORMS:
        return False
    return expansion.value == global_scope(doc).value(expansion.references[0])
