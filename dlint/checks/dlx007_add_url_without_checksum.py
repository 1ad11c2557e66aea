"""DLX007: ``ADD <url>`` without ``--checksum`` trusts whatever the server sends today."""

from __future__ import annotations

from collections.abc import Iterator

from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule

_REMOTE = ("http://", "https://")


@rule(
    "DLX007",
    title="ADD downloads a URL without --checksum",
    severity=Severity.WARNING,
    category="security",
    tags=("security", "reproducibility"),
)
def add_url_without_checksum(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for instruction in doc.instructions:
        add = instruction.trigger_or_self
        if add is None or add.keyword != "ADD" or add.flag("checksum") or add.heredocs:
            continue
        for source in add.args[:-1]:
            if source.value.lower().startswith(_REMOTE):
                yield Violation(
                    source.span,
                    f"ADD of {source.value} has no --checksum: pin the download with --checksum=sha256:<digest>",
                )
