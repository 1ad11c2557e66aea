"""COPY to a relative destination while the stage sets no WORKDIR (DL3045).

A relative destination lands in the WORKDIR, which then comes from the base
image and changes when the base image does. A WORKDIR in the stage, or in
the stage it is built FROM, fixes it. The destination is judged after
ARG/ENV expansion; one that depends on an unknown value, or on a variable no
ARG or ENV declares, is not judged. A Windows path (``C:\\app``) is absolute
as written, before the backslashes are read as escapes. As in hadolint, a
COPY before the first FROM (a fragment) is judged too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.rule_api import RuleContext, Severity, Violation, rule

_WINDOWS_ABSOLUTE = re.compile(r"[A-Za-z]:[\\/]")


@rule(
    "DL3045",
    title="COPY to a relative destination without WORKDIR",
    severity=Severity.WARNING,
    category="best-practice",
)
def copy_to_relative_path_without_workdir(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    yield from _relative_copies_before_workdir(doc, doc.preamble)
    for stage in doc.stages:
        if "WORKDIR" not in stage.inherited_keywords:
            yield from _relative_copies_before_workdir(doc, stage.instructions)


def _relative_copies_before_workdir(doc: Document, instructions: Iterable[Instruction]) -> Iterator[Violation]:
    for instruction in instructions:
        if instruction.keyword == "WORKDIR":
            return
        if instruction.keyword != "COPY" or len(instruction.args) < 2:
            continue
        destination = instruction.args[-1]
        expansion = doc.scope(instruction).expand(destination.value)
        value = expansion.value
        if value is None or expansion.undefined or _absolute(value) or _absolute(destination.value):
            continue
        yield Violation(
            destination.span,
            f"COPY to the relative path `{value}` lands in the base image's WORKDIR: set a WORKDIR first "
            "or use an absolute destination",
        )


def _absolute(path: str) -> bool:
    return path.startswith("/") or _WINDOWS_ABSOLUTE.match(path) is not None
