"""ExposeProtoCasing: an EXPOSE protocol not written in lower case (``80/TCP``).

The fix lower-cases the protocol where it is written literally; one that comes
from a variable (``80/$PROTO``) is left to the author.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._expose_ports import PortSpec, exposed_ports
from dlint.model.document import Document
from dlint.rule_api import Edit, Fix, RuleContext, Severity, Violation, rule


@rule(
    "ExposeProtoCasing",
    buildkit_name="ExposeProtoCasing",
    title="Protocol in EXPOSE instruction should be lowercase",
    severity=Severity.WARNING,
    category="style",
    tags=("buildkit", "expose", "casing"),
    url="https://docs.docker.com/go/dockerfile/rule/expose-proto-casing/",
    fixable=True,
)
def uppercase_expose_protocol(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for port in exposed_ports(doc):
        if port.protocol != port.protocol.lower():
            yield Violation(
                port.argument.span,
                f"Defined protocol '{port.text}' in EXPOSE instruction should be lowercase",
                fix=_lower_case_protocol(doc, port),
            )


def _lower_case_protocol(doc: Document, port: PortSpec) -> Fix | None:
    written = port.argument.value
    if written != port.text or doc.text_at(port.argument.span) != written:
        return None   # the spec comes from a variable or is quoted: not the text to rewrite
    fixed = written[: -len(port.protocol)] + port.protocol.lower()
    return Fix(f"Write {fixed}", (Edit(port.argument.span, fixed),))
