"""JSONArgsRecommended: CMD or ENTRYPOINT in shell form while the default shell is in use.

In shell form the command runs as ``/bin/sh -c "..."``; the shell becomes
PID 1 and does not pass SIGTERM on, so ``docker stop`` waits and kills.
BuildKit stays quiet once a SHELL instruction chose another shell, in the
stage or in a stage it is built FROM (the image carries the SHELL along);
hadolint's DL3025 asks for JSON form regardless. Where both report a CMD or
ENTRYPOINT, the user sees one finding, this one, naming DL3025 too.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.stages import Stage
from dlint.rule_api import RuleContext, Severity, Violation, rule

_CHECKED = frozenset({"CMD", "ENTRYPOINT"})


@rule(
    "JSONArgsRecommended",
    buildkit_name="JSONArgsRecommended",
    title="JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals",
    severity=Severity.WARNING,
    category="best-practice",
    tags=("buildkit", "signals"),
    url="https://docs.docker.com/go/dockerfile/rule/json-args-recommended/",
    same_problem_as=("DL3025",),
)
def shell_form_command(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for stage in doc.stages:
        shell_changed = _inherits_shell(stage)
        for instruction in stage.instructions:
            if instruction.keyword == "SHELL":
                shell_changed = True
            elif instruction.keyword in _CHECKED and not instruction.json and not shell_changed:
                yield Violation(
                    instruction.arguments_span,
                    f"JSON arguments recommended for {instruction.keyword_as_written} "
                    "to prevent unintended behavior related to OS signals",
                )


def _inherits_shell(stage: Stage) -> bool:
    return "SHELL" in stage.inherited_keywords
