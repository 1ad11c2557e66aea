"""ExposeInvalidFormat: EXPOSE with an IP address or a host port (``EXPOSE 8080:80``).

EXPOSE only documents the ports the container listens on; publishing to a
host address or port is ``docker run -p``'s job. BuildKit still accepts the
mapping today but announces it will become an error.
"""

from __future__ import annotations

from collections.abc import Iterator

from dlint.checks._expose_ports import exposed_ports
from dlint.model.document import Document
from dlint.rule_api import RuleContext, Severity, Violation, rule


@rule(
    "ExposeInvalidFormat",
    buildkit_name="ExposeInvalidFormat",
    title="IP address and host-port mapping should not be used in EXPOSE instruction",
    severity=Severity.WARNING,
    category="correctness",
    tags=("buildkit", "expose"),
    url="https://docs.docker.com/go/dockerfile/rule/expose-invalid-format/",
)
def expose_with_host_mapping(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for port in exposed_ports(doc):
        if port.ip or port.host_port:
            yield Violation(
                port.argument.span,
                "EXPOSE instruction should not define an IP address or host-port mapping, "
                f"found '{port.text}'",
            )
