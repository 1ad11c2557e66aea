"""FromPlatformFlagConstDisallowed: ``FROM --platform=linux/amd64`` written as a constant.

A constant platform pins the stage to one architecture and breaks
multi-platform builds. BuildKit accepts it when the stage's name mentions
the platform's OS or architecture (``AS build-amd64``): such a stage is
meant for that platform. A platform BuildKit cannot parse is left to the
build error. hadolint's DL3029 reports every ``--platform`` instead.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.platform import PlatformError, parse_platform
from dlint.parser.go_text import go_quote
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "FromPlatformFlagConstDisallowed",
    buildkit_name="FromPlatformFlagConstDisallowed",
    title="FROM --platform flag should not use a constant value",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("buildkit", "platform"),
    url="https://docs.docker.com/go/dockerfile/rule/from-platform-flag-const-disallowed/",
    same_problem_as=("DL3029",),
)
def constant_platform(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for stage in doc.stages:
        flag, expansion = stage.platform, stage.platform_expansion
        if flag is None or expansion is None or expansion.references or expansion.value is None:
            continue
        try:
            platform = parse_platform(expansion.value)
        except PlatformError:
            continue
        name = stage.name or ""
        if platform.os in name or platform.architecture in name:
            continue
        yield Violation(
            flag.span, f"FROM --platform flag should not use constant value {go_quote(expansion.value)}"
        )
