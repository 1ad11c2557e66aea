"""ExposeProtoCasing: an EXPOSE protocol not written in lower case (``80/TCP``)."""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._expose_ports import exposed_ports
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "ExposeProtoCasing",
    buildkit_name="ExposeProtoCasing",
    title="Protocol in EXPOSE instruction should be lowercase",
    severity=Severity.WARNING,
    category="style",
    tags=("buildkit", "expose", "casing"),
    url="https://docs.docker.com/go/dockerfile/rule/expose-proto-casing/",
)
def uppercase_expose_protocol(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for port in exposed_ports(doc):
        if port.protocol != port.protocol.lower():
            yield Violation(
                port.argument.span,
                f"Defined protocol '{port.text}' in EXPOSE instruction should be lowercase",
            )
