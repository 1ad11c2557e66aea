"""COPY to a relative destination while the stage sets no WORKDIR (DL3045).

A relative destination lands in the WORKDIR, which then comes from the base
image and changes when the base image does. A WORKDIR in the stage, or in
the stage it is built FROM, fixes it. The destination is judged after
ARG/ENV expansion; one that depends on an unknown value is not judged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_WINDOWS_ABSOLUTE = re.compile(r"[A-Za-z]:[\\/]")


@rule(
    "DL3045",
    title="COPY to a relative destination without WORKDIR",
    severity=Severity.WARNING,
    category="best-practice",
)
def copy_to_relative_path_without_workdir(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for stage in doc.stages:
        if "WORKDIR" in stage.inherited_keywords:
            continue
        for instruction in stage.instructions:
            if instruction.keyword == "WORKDIR":
                break
            if instruction.keyword != "COPY" or len(instruction.args) < 2:
                continue
            destination = instruction.args[-1]
            value = doc.scope(instruction).expand(destination.value).value
            if value is None or value.startswith("/") or _WINDOWS_ABSOLUTE.match(value):
                continue
            yield Violation(
                destination.span,
                f"COPY to the relative path `{value}` lands in the base image's WORKDIR: set a WORKDIR first "
                "or use an absolute destination",
            )
