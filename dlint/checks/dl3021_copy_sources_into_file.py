"""COPY of several sources to a destination without a trailing slash (DL3021).

With more than one source the destination must be a folder written with a
trailing ``/``; BuildKit stops the build otherwise. The destination is judged
after ARG/ENV expansion; heredoc sources count as sources.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "DL3021",
    title="COPY with several sources needs a destination folder ending in /",
    severity=Severity.ERROR,
    aliases=("DS011", "AVD-DS-0011"),
    category="correctness",
)
def copy_sources_into_file(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for instruction in doc.instructions:
        copy = instruction.trigger_or_self
        if copy is None or copy.keyword != "COPY" or len(copy.args) < 3:
            continue
        destination = copy.args[-1]
        value = doc.scope(instruction).expand(destination.value).value
        if value is not None and not value.endswith("/"):
            yield Violation(
                destination.span,
                f"COPY with {len(copy.args) - 1} sources needs a folder as destination: write `{value}/`",
            )
