"""InvalidBaseImagePlatform: the base image cannot be the platform the stage asks for.

BuildKit compares the platform an image was pulled with to the one the stage
expects; dlint pulls nothing and reports the two cases it can decide from
the Dockerfile alone:

* ``FROM --platform=P <stage>`` where that earlier stage is built for a
  different constant platform Q (its own ``--platform``, or its base stage's):
  BuildKit builds the new stage on Q and silently drops P.
* a ``--platform`` that expands to something BuildKit cannot parse as a
  platform (``linux/amd64/v2/extra``, ``linux/``); the build fails there.
  When the platform uses an ARG that is not declared, UndefinedArgInFrom
  reports the cause and this rule stays quiet: one problem, one finding.

Platforms that depend on dlint's assumed linux/amd64 build machine
(``$BUILDPLATFORM``, ``$TARGETARCH``...) are never compared.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.platform import Platform, PlatformError, parse_platform
from dlint.model.stages import Stage
from dlint.model.variables import Scope, global_scope
from dlint.parser.go_text import go_quote
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "InvalidBaseImagePlatform",
    buildkit_name="InvalidBaseImagePlatform",
    title="Base image platform does not match expected target platform",
    severity=Severity.WARNING,
    category="correctness",
    tags=("buildkit", "platform"),
    url="https://docs.docker.com/go/dockerfile/rule/invalid-base-image-platform/",
)
def mismatched_base_platform(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    scope = global_scope(doc)
    for stage in doc.stages:
        flag = stage.platform
        value = _constant_value(scope, stage)
        if flag is None or not value:
            continue
        try:
            expected = parse_platform(value)
        except PlatformError as error:
            yield Violation(
                flag.span, f"Platform {go_quote(value)} of base image {stage.base.text} is not valid: {error}"
            )
            continue
        actual = _built_for(scope, stage.base_stage)
        if actual is not None and (actual.os, actual.architecture) != (expected.os, expected.architecture):
            yield Violation(
                flag.span,
                f"Base image {stage.base.value} was pulled with platform {go_quote(str(actual))}, "
                f"expected {go_quote(str(expected))} for current build",
            )


def _built_for(scope: Scope, stage: Stage | None) -> Platform | None:
    """The constant platform an earlier stage is built for, if the file fixes it."""
    if stage is None:
        return None
    value = _constant_value(scope, stage.root)
    try:
        return parse_platform(value) if value else None
    except PlatformError:
        return None


def _constant_value(scope: Scope, stage: Stage) -> str | None:
    """The stage's expanded ``--platform``, unless it depends on a value dlint only assumes."""
    expansion = stage.platform_expansion
    if expansion is None or expansion.undefined or any(scope.is_assumed(name) for name in expansion.references):
        return None
    return expansion.value
