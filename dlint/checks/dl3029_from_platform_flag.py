"""FROM with a --platform flag (DL3029).

A fixed platform makes the image build for that platform whatever the user
asks for. ``--platform=$BUILDPLATFORM`` is the documented way to run build
tools natively while cross-compiling, so it is not reported (hadolint
reports it); ``$TARGETPLATFORM`` is BuildKit's RedundantTargetPlatform.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_INTENDED = frozenset({"$BUILDPLATFORM", "${BUILDPLATFORM}"})


@rule(
    "DL3029",
    title="FROM uses the --platform flag",
    severity=Severity.WARNING,
    category="best-practice",
)
def from_platform_flag(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for stage in doc.stages:
        flag = stage.platform
        if flag is None or not flag.value or flag.value.strip("\"'") in _INTENDED:
            continue
        yield Violation(flag.span, f"Do not fix the platform with `{flag.text}`: let the build choose it (`--platform` of docker build)")
